"""Article URLs, served by a local HTTP server the test starts: the page read as a reader sees it,
and every bad answer (404, time-out, a PDF, a huge page, a redirect to file://) one line, exit 2."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from citecheck.cli import main
from citecheck.errors import ArticleError
from citecheck.inputs import web
from citecheck.inputs.article import read_article
from citecheck.inputs.web import fetch_page, user_agent

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"
PAGE = (FIXTURES / "ketamine-news.html").read_bytes()
LATIN1_PAGE = (
    "<html><head><title>Caf\xe9 study</title></head><body><article><h1>Caf\xe9 study</h1>"
    + "".join(
        f"<p>Paragraph {i}: the caf\xe9 trial gave 40 mg of caffeine to {i + 20} adults and "
        "measured their alertness over the following two hours.</p>"
        for i in range(8)
    )
    + "</article></body></html>"
).encode("cp1252")
SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # the client may have given up first (the time-out test)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, PAGE)
        elif path == "/latin1":
            self._send(200, LATIN1_PAGE, "text/html; charset=iso-8859-1")
        elif path == "/missing":
            self._send(404, b"<html><body>Not found</body></html>")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, PAGE)
        elif path == "/paper.pdf":
            self._send(200, b"%PDF-1.4 not really", "application/pdf")
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"<html>" + b" " * 1024)
        elif path == "/streamed-huge":
            # no Content-Length: only the running count while streaming can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"filler " * 1000 + b"</p>\n"
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(50 * 1024 * 1024 // len(chunk)):
                    self.wfile.write(chunk)
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/moved":
            self._redirect("/article")
        elif path == "/bad-location":
            self._redirect("http://[bad")
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def test_a_url_is_read_as_its_main_text_with_meta(server: str) -> None:
    article = read_article(f"{server}/moved")
    assert article.path == f"{server}/moved"
    assert "Ketamine has spent most of its life in operating theatres" in article.text
    for furniture in ("cookies", "Related articles", "Privacy policy", "I tried 50 mg"):
        assert furniture not in article.text
    assert article.meta is not None
    assert article.meta.url == f"{server}/article"  # where the redirect led
    assert article.meta.site == "Health Desk"
    assert article.meta.published == "2024-02-14"
    assert SEEN_AGENTS and SEEN_AGENTS[-1].startswith("citecheck/")
    assert user_agent() in SEEN_AGENTS


def test_the_pages_charset_is_honoured(server: str) -> None:
    article = read_article(f"{server}/latin1")
    assert "caf\xe9 trial" in article.text


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/missing", "HTTP 404"),
        ("/paper.pdf", "application/pdf, not HTML"),
        ("/declared-huge", "larger than 10 MB"),
        ("/streamed-huge", "larger than 10 MB"),
        ("/to-file", "redirect to a file: URL"),
        ("/loop", "more than 5 redirects"),
        ("/bad-location", "redirected to an invalid address"),
    ],
)
def test_bad_urls_exit_2_with_one_line_and_write_nothing(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, needle: str
) -> None:
    findings = tmp_path / "findings.json"
    dump = tmp_path / "text.txt"
    # (audit without --offline: --offline refuses a URL before reading it)
    for command in (["audit", "--no-progress", "--no-support"], ["claims"], ["refs"]):
        argv = [*command, f"{server}{path}", "--json", str(findings), "--dump-text", str(dump)]
        code, out, err = run(argv, capsys)
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and needle in err, err
        assert "Traceback" not in err
        assert not findings.exists() and not dump.exists()
        assert list(tmp_path.iterdir()) == []


def test_a_time_out_is_one_line(server: str) -> None:
    with pytest.raises(ArticleError, match="timed out") as info:
        fetch_page(f"{server}/slow", read_timeout=0.5)
    assert "\n" not in str(info.value)


TRICKLE_BYTES = 400  # one every 50 ms: 20 s if nothing stops the client first
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"


class _Trickle:
    """A raw socket server that writes `prefix` at once, then `trickle` one byte at a time,
    counting the bytes it wrote before the client went away."""

    def __init__(self, prefix: bytes, trickle: bytes) -> None:
        self.prefix, self.trickle, self.sent = prefix, trickle, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/page"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection, contextlib.suppress(OSError):
            connection.recv(65536)
            connection.sendall(self.prefix)
            for byte in self.trickle:
                connection.sendall(bytes([byte]))
                self.sent += 1
                time.sleep(0.05)

    def close(self) -> None:
        self.thread.join(timeout=30)
        self.listener.close()


@pytest.mark.parametrize(
    ("prefix", "trickle"),
    [
        # the status line and headers themselves arrive a byte at a time
        (b"", HEAD + b"X-Pad: " + b"a" * TRICKLE_BYTES + b"\r\n\r\n<html></html>"),
        # headers at once, then a body a byte at a time
        (HEAD + b"\r\n", b"<html><body>" + b"a" * TRICKLE_BYTES),
    ],
    ids=["headers", "body"],
)
def test_the_whole_fetch_deadline_stops_a_trickling_server(prefix: bytes, trickle: bytes) -> None:
    server = _Trickle(prefix, trickle)
    try:
        with pytest.raises(ArticleError, match="timed out") as info:
            fetch_page(server.url, deadline=1.0, read_timeout=0.5)
    finally:
        server.close()
    assert "\n" not in str(info.value)
    # the client gave up long before the server ran out of bytes to trickle
    assert server.sent < TRICKLE_BYTES // 2


def test_only_http_and_https_urls_are_fetched() -> None:
    with pytest.raises(ArticleError, match="not an http or https URL"):
        fetch_page("file:///etc/passwd")


def test_audit_of_a_url_puts_the_url_and_meta_in_the_findings(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings = tmp_path / "findings.json"
    dump = tmp_path / "text.txt"
    argv = ["refs", f"{server}/article", "--json", str(findings), "--dump-text", str(dump)]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    article = json.loads(findings.read_text())["articles"][0]
    assert article["path"] == f"{server}/article"
    assert article["meta"]["title"].startswith("Ketamine for Anxiety")
    assert article["meta"]["url"] == f"{server}/article"
    text = dump.read_text(encoding="utf-8")
    assert article["chars"] == len(text)
    dois = [ref["cited"]["doi"] for ref in article["references"] if ref["cited"].get("doi")]
    # each DOI was only the href of an "Article" link in the page's source list
    assert "10.1038/mp.2017.255" in dois
    for ref in article["references"]:
        assert text[ref["start"] : ref["end"]] == ref["raw"]


def test_audit_reads_a_url_article(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    findings = tmp_path / "findings.json"
    # the lookups go to the local server too (it knows no work); --offline would refuse a URL
    argv = ["audit", f"{server}/article", "--no-progress", "--no-cache", "--no-support"]
    for option in ("--crossref-url", "--doi-url", "--pubmed-url"):
        argv += [option, f"{server}/registry"]
    code, _, err = run([*argv, "--json", str(findings), "--fail-on", "none"], capsys)
    assert code == 0, err
    article = json.loads(findings.read_text())["articles"][0]
    assert article["path"] == f"{server}/article"
    assert article["meta"]["site"] == "Health Desk"
    assert len([r for r in article["references"] if r["origin"] == "reference_list"]) == 13


PUBLIC = "93.184.215.14"
NAMES = {
    "news.example": [PUBLIC],
    "mirror.example": [PUBLIC],
    "intranet.example": ["10.0.0.5"],
    "rebound.example": [PUBLIC, "127.0.0.1"],
}


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    async def addresses(host: str, port: int) -> list[str]:
        return NAMES[host]

    monkeypatch.setattr(web, "_addresses", addresses, raising=False)


def _streamed(body: bytes, content_type: str, encoding: str = "") -> httpx.Response:
    """A 200 answer whose body is read from the wire as a server's would be (content= would
    have httpx read and decode it before the client sees it)."""
    headers = {"Content-Type": content_type, **({"Content-Encoding": encoding} if encoding else {})}
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))


def _pages(requested: list[str]) -> httpx.MockTransport:
    """A stand-in web: /go?to=X redirects to X, anything else is a small page."""

    def answer(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        target = request.url.params.get("to")
        if target:
            return httpx.Response(302, headers={"Location": target})
        return _streamed(b"<html><body><p>A page.</p></body></html>", "text/html")

    return httpx.MockTransport(answer)


@pytest.mark.usefixtures("fake_dns")
@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://127.0.0.1:8080/admin",
        "http://[::1]/admin",
        "http://[::ffff:10.1.2.3]/",
        "http://100.100.100.200/",  # shared address space (a cloud's metadata service)
        "http://intranet.example/wiki",  # a name that resolves to a private address
        "http://rebound.example/",  # one of its addresses is loopback
        "http://localhost/",
    ],
)
def test_a_public_page_cannot_redirect_to_a_private_address(target: str) -> None:
    requested: list[str] = []
    start = f"http://news.example/go?to={target}"
    with pytest.raises(ArticleError, match="refused to fetch .* private") as info:
        fetch_page(start, transport=_pages(requested))
    assert "\n" not in str(info.value)
    assert requested == [start]  # the private address was never asked


@pytest.mark.usefixtures("fake_dns")
def test_a_url_whose_name_resolves_to_a_private_address_is_not_fetched() -> None:
    requested: list[str] = []
    with pytest.raises(ArticleError, match="refused to fetch .* private"):
        fetch_page("http://intranet.example/draft", transport=_pages(requested))
    assert requested == []


@pytest.mark.usefixtures("fake_dns")
def test_public_redirects_and_a_private_address_given_in_the_url_are_fetched() -> None:
    requested: list[str] = []
    page = fetch_page(
        "http://news.example/go?to=http://mirror.example/a", transport=_pages(requested)
    )
    assert page.url == "http://mirror.example/a"
    # the user named the address: their own machine or network is theirs to read
    page = fetch_page("http://10.0.0.5/go?to=/b", transport=_pages(requested))
    assert page.url == "http://10.0.0.5/b"
    assert b"A page." in page.body


def test_a_compressed_page_is_capped_as_it_inflates() -> None:
    # one 64 KB gzip chunk that inflates to 64 MB: the cap must hold while inflating, not after
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), 9)

    def answer(request: httpx.Request) -> httpx.Response:
        return _streamed(bomb, "text/html", "gzip")

    tracemalloc.start()
    try:
        with pytest.raises(ArticleError, match="larger than 1 MB"):
            fetch_page(
                "http://127.0.0.1/bomb",
                max_bytes=1024 * 1024,
                transport=httpx.MockTransport(answer),
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_a_compressed_page_is_read_whole() -> None:
    page = b"<html><body>" + b"<p>A sentence of the article.</p>" * 5000 + b"</body></html>"

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Accept-Encoding"] == "gzip, deflate"
        return _streamed(gzip.compress(page), "text/html", "gzip")

    fetched = fetch_page("http://127.0.0.1/page", transport=httpx.MockTransport(answer))
    assert fetched.body == page


def test_a_fetch_from_inside_an_event_loop_runs_on_its_own_thread() -> None:
    async def caller() -> web.FetchedPage:
        return fetch_page("http://127.0.0.1/page", transport=_pages([]))

    assert b"A page." in asyncio.run(caller()).body


def test_a_name_that_answers_otherwise_to_the_connection_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the check's look-up says public, the connection's says loopback."""
    port = int(server.rsplit(":", 1)[1])

    async def checked(host: str, port: int) -> list[str]:
        return [PUBLIC]

    real = socket.getaddrinfo

    def connected(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else host
        return real("127.0.0.1" if name == "rebind.example" else host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(web, "_addresses", checked)
    monkeypatch.setattr(socket, "getaddrinfo", connected)
    with pytest.raises(ArticleError, match="refused to read rebind.example: .* 127.0.0.1") as info:
        fetch_page(f"http://rebind.example:{port}/article")
    assert "\n" not in str(info.value)


def test_a_loopback_address_the_user_wrote_is_still_read(server: str) -> None:
    assert b"operating theatres" in fetch_page(f"{server}/article").body
