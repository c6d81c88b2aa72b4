"""A local stand-in for Crossref's REST API and doi.org's `doiRA`, for offline tests.

    with CrossrefStub(records={doi: message}, agencies={doi: "DataCite"}) as stub:
        source = CrossrefSource(base_url=stub.url, doi_url=stub.doi_url, mailto="me@example.org")
        ...
        stub.log          # every request: method, path, query, headers, time, status, budget
        stub.fail_next(2, "503")   # the next 2 requests fail (see FAULTS)

Serves `GET /works/{doi}` (200 work envelope, or 404 text "Resource not found."),
`GET /works?query.bibliographic=...&rows=N` (word-overlap ranking), and `GET /doiRA/{doi}`
(records default to Crossref; unknown DOIs answer "DOI does not exist"). Optional latency,
per-budget rate limits (429 + Retry-After when exceeded, `X-Rate-Limit-*` headers always), an
in-flight limit, and injected faults.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

# "hang": the request is read and never answered until the stub stops (a server that accepts
# connections but no longer serves them); "slow": answered after `slow_seconds`; "trickle":
# headers at once, then one byte of body every `trickle_seconds` until the stub stops (no
# single read ever waits long).
FAULTS = ("500", "503", "429", "drop", "truncate", "nonjson", "slow", "hang", "trickle")
_WORD = re.compile(r"\w+")


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    time: float  # time.monotonic() when the request arrived
    budget: str  # "single", "list" or "doi-org"
    status: int | None = None  # None when the connection was dropped or never answered


@dataclass
class _Fault:
    kind: str
    remaining: int
    budget: str | None  # only requests of this budget, or any


@dataclass
class _Bucket:
    """Token bucket: `rate` tokens/s, capacity `rate` (Crossref-style per-second budget)."""

    rate: float
    tokens: float = field(init=False)
    stamp: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.rate

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


def envelope(message: dict[str, Any], message_type: str = "work") -> dict[str, Any]:
    return {
        "status": "ok",
        "message-type": message_type,
        "message-version": "1.0.0",
        "message": message,
    }


class CrossrefStub:
    """Start with `with CrossrefStub(...) as stub:`; `stub.url` is the API base."""

    def __init__(
        self,
        records: dict[str, dict[str, Any]] | None = None,
        agencies: dict[str, str] | None = None,
        *,
        latency: float = 0.0,
        rate_limits: dict[str, float] | None = None,
        concurrency_limit: int | None = None,
        advertise: dict[str, str] | None = None,
        # seconds, a string sent as is (an HTTP date), or None for a 429 without the header
        retry_after: float | str | None = 1.0,
        slow_seconds: float = 3.0,
        trickle_seconds: float = 0.1,
    ) -> None:
        self.records = {doi.lower(): msg for doi, msg in (records or {}).items()}
        self.agencies = {doi.lower(): ra for doi, ra in (agencies or {}).items()}
        self.latency = latency
        self.buckets = {name: _Bucket(rate) for name, rate in (rate_limits or {}).items()}
        self.concurrency_limit = concurrency_limit
        # headers to send instead of the ones derived from rate_limits, e.g. {"limit": "2"}
        self.advertise = advertise or {}
        self.retry_after = retry_after
        self.slow_seconds = slow_seconds
        self.trickle_seconds = trickle_seconds
        self.log: list[LoggedRequest] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._active = 0
        self._stopping = threading.Event()  # releases the requests a "hang" holds
        self._server: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    # --- control ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "start the stub first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def doi_url(self) -> str:
        return self.url  # /doiRA/ is served by the same server

    def fail_next(self, n: int, kind: str, *, budget: str | None = None) -> None:
        """The next `n` requests (of `budget`, if given) fail with `kind` (one of FAULTS)."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; choose from {FAULTS}")
        with self._lock:
            self._faults.append(_Fault(kind, n, budget))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def requests(self, budget: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.log if budget is None or r.budget == budget]

    def start(self) -> CrossrefStub:
        stub = self

        class Handler(_Handler):
            owner = stub

        self._stopping.clear()
        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> CrossrefStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- behaviour -------------------------------------------------------------------------

    def _take_fault(self, budget: str) -> str | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.budget in (None, budget):
                    fault.remaining -= 1
                    return fault.kind
        return None

    def search(self, query: str, rows: int) -> list[dict[str, Any]]:
        """Records ranked by how many query words their title/authors/journal share."""
        words = {w.lower() for w in _WORD.findall(query) if len(w) > 2}
        scored = []
        for message in self.records.values():
            text = " ".join(
                [
                    *(message.get("title") or []),
                    *(message.get("container-title") or []),
                    *[a.get("family", "") for a in message.get("author") or []],
                ]
            )
            overlap = len(words & {w.lower() for w in _WORD.findall(text)})
            if overlap:
                scored.append((overlap, message))
        scored.sort(key=lambda pair: -pair[0])
        return [dict(message, score=float(score)) for score, message in scored[:rows]]

    def agency_of(self, doi: str) -> str | None:
        if doi in self.agencies:
            return self.agencies[doi]
        return "Crossref" if doi in self.records else None


def _retry_after_header(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:g}"


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # dropped connections are the point of some tests; no tracebacks on stderr


class _Handler(BaseHTTPRequestHandler):
    owner: CrossrefStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        stub = self.owner
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if path.startswith("/doiRA/"):
            budget = "doi-org"
        elif path.rstrip("/") == "/works":
            budget = "list"
        else:
            budget = "single"
        entry = LoggedRequest(
            "GET", path, query, dict(self.headers.items()), time.monotonic(), budget
        )
        with stub._lock:
            stub.log.append(entry)
            stub._active += 1
            over_concurrency = (
                stub.concurrency_limit is not None and stub._active > stub.concurrency_limit
            )
        try:
            self._answer(stub, entry, path, query, over_concurrency)
        finally:
            with stub._lock:
                stub._active -= 1

    def _answer(
        self,
        stub: CrossrefStub,
        entry: LoggedRequest,
        path: str,
        query: dict[str, str],
        over_concurrency: bool,
    ) -> None:
        if stub.latency:
            time.sleep(stub.latency)
        fault = stub._take_fault(entry.budget)
        if fault == "hang":
            entry.status = None
            stub._stopping.wait()  # never answer; the client's time-out is what ends it
            self.close_connection = True
            return
        if fault == "trickle":
            entry.status = 200
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            self.close_connection = True
            while not stub._stopping.wait(stub.trickle_seconds):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:  # the client gave up on it
                    return
            return
        if fault == "drop":
            entry.status = None
            self.close_connection = True
            self.connection.shutdown(2)  # abrupt close: the client sees a protocol/read error
            return
        if fault == "slow":
            time.sleep(stub.slow_seconds)
        bucket = stub.buckets.get(entry.budget)
        limited = fault == "429" or over_concurrency or (bucket is not None and not bucket.take())
        if limited:
            self._send(
                entry,
                429,
                b"<h1>429 Too Many Requests</h1>",
                "text/html",
                {}
                if stub.retry_after is None
                else {"Retry-After": _retry_after_header(stub.retry_after)},
            )
            return
        if fault in ("500", "503"):
            self._send(entry, int(fault), b"server error", "text/plain")
            return
        status, body = self._route(stub, path, query)
        payload = json.dumps(body).encode() if not isinstance(body, bytes) else body
        content_type = "application/json" if not isinstance(body, bytes) else "text/plain"
        # a garbled body comes with a 200, as from a proxy or a cut-off transfer: the status
        # alone must not be trusted
        if fault == "truncate":
            status, payload = 200, payload[: max(1, len(payload) // 2)]
        elif fault == "nonjson":
            status = 200
            payload, content_type = b"<html>Service temporarily unavailable</html>", "text/html"
        self._send(entry, status, payload, content_type)

    def _route(self, stub: CrossrefStub, path: str, query: dict[str, str]) -> tuple[int, Any]:
        if path.startswith("/doiRA/"):
            doi = path[len("/doiRA/") :].lower()
            agency = stub.agency_of(doi)
            if agency is None:
                return 200, [{"DOI": doi, "status": "DOI does not exist"}]
            return 200, [{"DOI": doi, "RA": agency}]
        if path.rstrip("/") == "/works":
            rows = int(query.get("rows", "20"))
            items = stub.search(query.get("query.bibliographic", ""), rows)
            return 200, envelope(
                {"total-results": len(items), "items": items, "items-per-page": rows}, "work-list"
            )
        if path.startswith("/works/"):
            doi = path[len("/works/") :].lower()
            message = stub.records.get(doi)
            if message is None:
                return 404, b"Resource not found."
            return 200, envelope(dict(message, score=1))
        return 404, b"Resource not found."

    def _send(
        self,
        entry: LoggedRequest,
        status: int,
        payload: bytes,
        content_type: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        stub = self.owner
        entry.status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if entry.budget != "doi-org":
            polite = "mailto" in entry.query or "mailto:" in entry.headers.get("User-Agent", "")
            bucket = stub.buckets.get(entry.budget)
            limit = stub.advertise.get("limit") or (f"{bucket.rate:g}" if bucket else "50")
            self.send_header("X-Rate-Limit-Limit", limit)
            self.send_header("X-Rate-Limit-Interval", stub.advertise.get("interval", "1s"))
            concurrency = stub.advertise.get("concurrency") or str(stub.concurrency_limit or 5)
            self.send_header("X-Concurrency-Limit", concurrency)
            self.send_header("X-Api-Pool", f"{'polite' if polite else 'public'}-{entry.budget}")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        # a truncated body keeps the full length header off: the client reads what there is
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
