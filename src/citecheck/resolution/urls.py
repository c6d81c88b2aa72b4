"""The base URLs citecheck talks to: checked where the settings are built (a typo must stop the
run with one line, not turn every reference `unverifiable`), and normalised into the key under
which the cache files each server's answers (a stand-in's answers must never be served for
Crossref's).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from citecheck.errors import InputError

DEFAULT_CROSSREF_URL = "https://api.crossref.org"
DEFAULT_DOI_URL = "https://doi.org"
_DEFAULT_PORTS = {"http": 80, "https": 443}


class BaseURLError(InputError):
    """A `--crossref-url` / `--doi-url` that is not an http(s) URL with a host."""


def check_base_url(url: str, option: str) -> str:
    """`url` without surrounding space, or `BaseURLError` naming `option` and the bad value."""
    text = str(url).strip()
    problem = _problem(text)
    if problem:
        raise BaseURLError(
            f"{option}: {text!r} is not a usable base URL ({problem}; "
            "expected http(s)://host[:port][/path])"
        )
    return text


def _problem(text: str) -> str | None:
    if any(ch.isspace() for ch in text):
        return "it contains spaces"
    parts = urlsplit(text)
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return "the scheme must be http or https"
    if not parts.hostname:
        return "it has no host"
    try:
        port = parts.port  # ValueError for a port that is not a number, or not in range
    except ValueError:
        port_text = _port_text(parts.netloc)
        if not (port_text.isascii() and port_text.isdecimal()):
            return "its port is not a number"
        port = int(port_text)
    if port is not None and not 1 <= port <= 65535:
        return "its port is out of range (1-65535)"
    return None


def _port_text(netloc: str) -> str:
    """What follows the host's last `:` in `netloc` ("" when none), IPv6 brackets allowed for."""
    host_port = netloc.rpartition("@")[2]
    after_host = host_port.rpartition("]")[2]
    return after_host.rpartition(":")[2] if ":" in after_host else ""


def base_url_key(url: str) -> str:
    """`scheme://host[:port]/path`: lower-case scheme and host, no default port, no user, query,
    fragment or trailing slash, so spellings of one server share its cache entries."""
    parts = urlsplit(str(url).strip())
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"
