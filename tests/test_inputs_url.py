"""Article URLs, served by a local HTTP server the test starts: the page read as a reader sees it,
and every bad answer (404, time-out, a PDF, a huge page, a redirect to file://) one line, exit 2."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import ArticleError
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
    ],
)
def test_bad_urls_exit_2_with_one_line_and_write_nothing(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, needle: str
) -> None:
    findings = tmp_path / "findings.json"
    dump = tmp_path / "text.txt"
    for command in (["audit", "--offline", "--no-progress"], ["claims"], ["refs"]):
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


def test_the_total_deadline_stops_a_slow_fetch(server: str) -> None:
    with pytest.raises(ArticleError, match="timed out"):
        fetch_page(f"{server}/streamed-huge", deadline=0.0, max_bytes=10**9)


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


def test_audit_reads_a_url_article_offline(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    findings = tmp_path / "findings.json"
    argv = ["audit", f"{server}/article", "--offline", "--no-progress", "--no-cache"]
    code, _, err = run([*argv, "--json", str(findings), "--fail-on", "none"], capsys)
    assert code == 0, err
    article = json.loads(findings.read_text())["articles"][0]
    assert article["path"] == f"{server}/article"
    assert article["meta"]["site"] == "Health Desk"
    assert len([r for r in article["references"] if r["origin"] == "reference_list"]) == 13
