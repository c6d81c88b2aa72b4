"""Fetch one article page over http(s), carefully: the page is input the user must fix when it is
wrong, never a reason to hang, fill memory or touch anything but the web.

- `http` and `https` only, the first URL and every redirect target (a redirect to `file://`
  or `ftp://` is refused); at most `MAX_REDIRECTS` redirects, followed here one by one so each
  target is checked before it is requested.
- Time-outs per connect/read and one deadline for the whole fetch, from the first request to the
  last body byte, headers and redirects included (a server that trickles one byte a second never
  trips a read time-out). The fetch runs on an async client under `asyncio.timeout`, because only
  cancellation stops a read that keeps receiving bytes.
- No private addresses unless the user named one: a host that is, or resolves to, a loopback,
  private, link-local (cloud metadata) or other non-global address is refused, for the first URL
  and every redirect, except the very host the user wrote as an address (`127.0.0.1`, `[::1]`,
  `10.0.0.5`, `localhost`). A page handed to citecheck cannot make it read the machine or network
  it runs on. The look-up is made just before each request, and the address the connection
  actually reached is checked again before a byte of the answer is read, so a name that answers
  differently to the connection a moment later (DNS rebinding) gets nothing back.
- A size cap enforced while streaming and while inflating: the body is never held past
  `max_bytes`, also when a small gzip chunk would inflate to gigabytes (only gzip and deflate are
  asked for, and inflated here with a bound on each step's output).
- A page must say it is HTML (or XHTML); a PDF or an image at the URL is refused by name.
- The User-Agent names citecheck and its version (`citecheck.net`, shared with the registry
  clients).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import socket
import zlib
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urljoin, urlsplit

from citecheck.errors import ArticleError
from citecheck.net import MAX_REDIRECTS, REDIRECT_STATUSES
from citecheck.net import user_agent as _polite_user_agent

if TYPE_CHECKING:  # httpx is loaded by a fetch: reading a file needs none of it
    import httpx

MAX_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TOTAL_DEADLINE = 60.0
_SCHEMES = ("http", "https")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    body: bytes
    charset: str | None  # from the Content-Type header, when it names one


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    return _polite_user_agent("article reader")


def _check_scheme(url: str, original: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise ArticleError(
            f"{original}: refused to follow a redirect to a {scheme or 'relative'}: URL "
            "(only http and https)"
        )


_T = TypeVar("_T")


def fetch_page(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    deadline: float = TOTAL_DEADLINE,
    read_timeout: float = READ_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchedPage:
    """GET `url` and return its HTML bytes; raise `ArticleError` (one line) on any failure."""
    if not is_url(url):
        raise ArticleError(f"{url}: not an http or https URL")
    return _run(_fetch(url, max_bytes, deadline, read_timeout, transport))


def _run(work: Coroutine[object, object, _T]) -> _T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    # called from inside an event loop: asyncio.run needs a thread of its own
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


async def _fetch(
    url: str,
    max_bytes: int,
    deadline: float,
    read_timeout: float,
    transport: httpx.AsyncBaseTransport | None,
) -> FetchedPage:
    import httpx

    timeout = httpx.Timeout(read_timeout, connect=CONNECT_TIMEOUT)
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    own_host = _private_host_named(url)
    try:
        async with asyncio.timeout(deadline):
            async with httpx.AsyncClient(
                timeout=timeout, headers=headers, follow_redirects=False, transport=transport
            ) as client:
                current = url
                for _ in range(MAX_REDIRECTS + 1):
                    await _check_address(current, url, own_host)
                    async with client.stream("GET", current) as response:
                        _check_peer(response, current, url, own_host)
                        if (
                            response.status_code in REDIRECT_STATUSES
                            and "location" in response.headers
                        ):
                            current = _redirect_target(current, response.headers["location"], url)
                            continue
                        return await _read_response(response, url, max_bytes)
                raise ArticleError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except TimeoutError as exc:
        raise ArticleError(f"{url}: timed out (no whole page within {deadline:g} s)") from exc
    except httpx.TimeoutException as exc:
        raise ArticleError(f"{url}: timed out ({type(exc).__name__})") from exc
    except httpx.InvalidURL as exc:
        raise ArticleError(f"{url}: not a valid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise ArticleError(f"{url}: cannot fetch: {type(exc).__name__}: {exc}") from exc


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") aside
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _is_local_name(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None


def _host(url: str, original: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError as exc:
        raise ArticleError(f"{original}: not a valid URL ({exc})") from exc


def _private_host_named(url: str) -> str | None:
    """The URL's host when the user wrote a non-public address (or localhost) into it."""
    host = _host(url, url)
    literal = _literal(host)
    if _is_local_name(host) or (literal is not None and not _is_public(literal)):
        return host
    return None


async def _addresses(host: str, port: int) -> list[str]:
    found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in found]


async def _check_address(target: str, original: str, own_host: str | None) -> None:
    host = _host(target, original)
    if not host or host == own_host:
        return
    literal = _literal(host)
    if _is_local_name(host):
        addresses = ["127.0.0.1"]
    elif literal is not None:
        addresses = [literal]
    else:
        parts = urlsplit(target)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        try:
            addresses = await _addresses(host, port)
        except (OSError, UnicodeError):
            return  # no answer here: the request fails by itself, or a proxy resolves the name
    private = [address for address in addresses if not _is_public(address)]
    if private:
        raise ArticleError(
            f"{original}: refused to fetch {host} ({private[0]}): a private, loopback or "
            "link-local address (write such an address into the URL yourself to read it)"
        )


def _check_peer(response: httpx.Response, target: str, original: str, own_host: str | None) -> None:
    """Refuse an answer from a private address the look-up did not give (the name changed its
    answer between the check and the connection). Stand-in transports have no socket: nothing
    to check there."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not isinstance(peer, tuple) or not peer or not isinstance(peer[0], str):
        return
    host = _host(target, original)
    if host == own_host or _literal(peer[0]) is None or _is_public(peer[0]):
        return
    raise ArticleError(
        f"{original}: refused to read {host}: the connection reached {peer[0]}, a private, "
        "loopback or link-local address its look-up did not give"
    )


def _decoder(content_encoding: str, url: str) -> zlib._Decompress | None:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or a zlib header, either
    raise ArticleError(
        f"{url}: the page is sent with a content encoding citecheck cannot read: {encoding}"
    )


def _redirect_target(current: str, location: str, original: str) -> str:
    try:
        target = urljoin(current, location)
        urlsplit(target).port  # noqa: B018 (parses the port: a bad one raises here)
    except ValueError as exc:
        raise ArticleError(f"{original}: the server redirected to an invalid address") from exc
    _check_scheme(target, original)
    return target


async def _read_response(response: httpx.Response, url: str, max_bytes: int) -> FetchedPage:
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
    too_large = f"{url}: the page is larger than {max_bytes // (1024 * 1024)} MB"
    decoder = _decoder(response.headers.get("content-encoding", ""), url)
    chunks: list[bytes] = []
    size = 0
    try:
        async for raw in response.aiter_raw():
            # at most one byte past the cap comes out of each step, so the cap holds in memory
            chunk = raw if decoder is None else decoder.decompress(raw, max_bytes - size + 1)
            size += len(chunk)
            if size > max_bytes:
                raise ArticleError(too_large)
            chunks.append(chunk)
        if decoder is not None:
            chunk = decoder.flush()
            size += len(chunk)
            if size > max_bytes:
                raise ArticleError(too_large)
            chunks.append(chunk)
    except zlib.error as exc:
        raise ArticleError(f"{url}: the page's compressed body is damaged ({exc})") from exc
    return FetchedPage(
        url=str(response.url), body=b"".join(chunks), charset=response.charset_encoding
    )
