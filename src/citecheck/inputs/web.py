"""Fetch one article page over http(s), carefully: the page is input the user must fix when it is
wrong, never a reason to hang, fill memory or touch anything but the web.

- `http` and `https` only, the first URL and every redirect target (a redirect to `file://`
  or `ftp://` is refused); at most `MAX_REDIRECTS` redirects, followed here one by one so each
  target is checked before it is requested.
- Time-outs per connect/read and one deadline for the whole fetch (a server that trickles one
  byte a second never trips a read time-out).
- A size cap enforced while streaming: the body is never held past `max_bytes`.
- A page must say it is HTML (or XHTML); a PDF or an image at the URL is refused by name.
- The User-Agent names citecheck and its version, as the Crossref client does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from citecheck import __version__
from citecheck.errors import ArticleError

MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_DEADLINE = 60.0
_SCHEMES = ("http", "https")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    body: bytes
    charset: str | None  # from the Content-Type header, when it names one


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    return f"citecheck/{__version__} (article reader)"


def _check_scheme(url: str, original: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise ArticleError(
            f"{original}: refused to follow a redirect to a {scheme or 'relative'}: URL "
            "(only http and https)"
        )


def fetch_page(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    deadline: float = TOTAL_DEADLINE,
    read_timeout: float = READ_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
) -> FetchedPage:
    """GET `url` and return its HTML bytes; raise `ArticleError` (one line) on any failure."""
    if not is_url(url):
        raise ArticleError(f"{url}: not an http or https URL")
    timeout = httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT)
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    }
    started = time.monotonic()
    try:
        with httpx.Client(
            timeout=timeout, headers=headers, follow_redirects=False, transport=transport
        ) as client:
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                if time.monotonic() - started > deadline:
                    raise ArticleError(f"{url}: timed out (no page within {deadline:g} s)")
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        _check_scheme(current, url)
                        continue
                    return _read_response(response, url, max_bytes, started, deadline)
            raise ArticleError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException as exc:
        raise ArticleError(f"{url}: timed out ({type(exc).__name__})") from exc
    except httpx.InvalidURL as exc:
        raise ArticleError(f"{url}: not a valid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise ArticleError(f"{url}: cannot fetch: {type(exc).__name__}: {exc}") from exc


def _read_response(
    response: httpx.Response, url: str, max_bytes: int, started: float, deadline: float
) -> FetchedPage:
    if response.status_code >= 400:
        raise ArticleError(f"{url}: the server answered HTTP {response.status_code}")
    if response.status_code != 200:
        raise ArticleError(f"{url}: unexpected HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in _HTML_TYPES:
        raise ArticleError(
            f"{url}: the page is {media_type}, not HTML (download it and pass the file instead)"
        )
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ArticleError(f"{url}: the page is larger than {max_bytes // (1024 * 1024)} MB")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(f"{url}: the page is larger than {max_bytes // (1024 * 1024)} MB")
        if time.monotonic() - started > deadline:
            raise ArticleError(f"{url}: timed out (no complete page within {deadline:g} s)")
        chunks.append(chunk)
    return FetchedPage(
        url=str(response.url), body=b"".join(chunks), charset=response.charset_encoding
    )
