"""A local stand-in for PubMed E-utilities (`esearch.fcgi`, `efetch.fcgi`) and Europe PMC's REST
`search`, for offline tests and the support bench.

    with TextStub(works) as stub:
        PubMedClient(base_url=stub.pubmed_url), EuropePmcClient(base_url=stub.europepmc_url)
        stub.fail_next(2, "503")     # the next 2 requests fail (see FAULTS)
        stub.log                     # every request: service, path, query, time, status

`works` maps a DOI to a `StubWork`: its abstract sections, publication types, MeSH headings,
trial ids and which services hold it. `summaries` maps (db, uid) to an `esummary` record
(`esummary_doc`), served by `esummary.fcgi`; any other uid answers NCBI's "cannot get document
summary" entry. Records are rendered in each service's own shape, so the
clients' parsers read what the real services send.
"""

from __future__ import annotations

import json
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

FAULTS = ("500", "503", "429", "drop", "malformed", "hang", "error-json")


@dataclass
class StubWork:
    doi: str
    title: str = "A test work"
    sections: list[tuple[str | None, str]] = field(default_factory=list)
    publication_types: list[str] = field(default_factory=lambda: ["Journal Article"])
    mesh: list[str] = field(default_factory=list)
    trial_ids: list[str] = field(default_factory=list)
    retracted: bool = False
    preprint: bool = False
    in_pubmed: bool = True
    in_europepmc: bool = True


@dataclass
class Logged:
    service: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    time: float
    status: int | None = None


def pubmed_xml(works: list[tuple[str, StubWork]]) -> bytes:
    root = ET.Element("PubmedArticleSet")
    for pmid, work in works:
        article = ET.SubElement(root, "PubmedArticle")
        citation = ET.SubElement(article, "MedlineCitation", Status="MEDLINE")
        ET.SubElement(citation, "PMID", Version="1").text = pmid
        body = ET.SubElement(citation, "Article")
        ET.SubElement(body, "ArticleTitle").text = work.title
        abstract = ET.SubElement(body, "Abstract")
        for label, text in work.sections:
            attrs = {"Label": label, "NlmCategory": label.upper()} if label else {}
            ET.SubElement(abstract, "AbstractText", attrs).text = text
        types = ET.SubElement(body, "PublicationTypeList")
        for kind in work.publication_types:
            ET.SubElement(types, "PublicationType").text = kind
        if work.trial_ids:
            banks = ET.SubElement(body, "DataBankList")
            bank = ET.SubElement(banks, "DataBank")
            ET.SubElement(bank, "DataBankName").text = "ClinicalTrials.gov"
            numbers = ET.SubElement(bank, "AccessionNumberList")
            for trial in work.trial_ids:
                ET.SubElement(numbers, "AccessionNumber").text = trial
        if work.mesh:
            headings = ET.SubElement(citation, "MeshHeadingList")
            for name in work.mesh:
                heading = ET.SubElement(headings, "MeshHeading")
                ET.SubElement(heading, "DescriptorName", MajorTopicYN="N").text = name
        if work.retracted:
            comments = ET.SubElement(citation, "CommentsCorrectionsList")
            ET.SubElement(comments, "CommentsCorrections", RefType="RetractionIn")
        data = ET.SubElement(article, "PubmedData")
        ids = ET.SubElement(data, "ArticleIdList")
        ET.SubElement(ids, "ArticleId", IdType="pubmed").text = pmid
        ET.SubElement(ids, "ArticleId", IdType="doi").text = work.doi
    return b'<?xml version="1.0" ?>\n' + ET.tostring(root, encoding="utf-8")


def europepmc_result(pmid: str, work: StubWork) -> dict[str, Any]:
    abstract = "".join(
        (f"<h4>{label}</h4>" if label else "") + text for label, text in work.sections
    )
    return {
        "id": pmid,
        "source": "PPR" if work.preprint else "MED",
        "pmid": None if work.preprint else pmid,
        "doi": work.doi,
        "title": work.title,
        "abstractText": abstract,
        "pubTypeList": {"pubType": list(work.publication_types)},
        "meshHeadingList": {
            "meshHeading": [{"majorTopic_YN": "N", "descriptorName": m} for m in work.mesh]
        },
    }


def esummary_doc(
    uid: str,
    *,
    doi: str | None = None,
    title: str = "A test work.",
    authors: tuple[str, ...] = ("Tester A",),
    journal: str = "Journal of Tests",
    pubdate: str = "2020 Jan",
    pmid: str | None = None,
    pmcid: str | None = None,
) -> dict[str, Any]:
    """One `esummary` record in E-utilities' JSON shape: `db=pubmed` ids when `pmid` is None
    (the uid is the PMID), `db=pmc` ids otherwise (`pmid`, `doi`, `pmcid`)."""
    if pmid is None:
        ids = [{"idtype": "pubmed", "idtypen": 1, "value": uid}]
        if doi:
            ids.append({"idtype": "doi", "idtypen": 3, "value": doi})
        if pmcid:
            ids.append({"idtype": "pmc", "idtypen": 8, "value": pmcid})
    else:
        ids = [{"idtype": "pmid", "idtypen": 1, "value": pmid}]
        if doi:
            ids.append({"idtype": "doi", "idtypen": 3, "value": doi})
        ids.append({"idtype": "pmcid", "idtypen": 5, "value": f"PMC{uid}"})
    return {
        "uid": uid,
        "pubdate": pubdate,
        "source": journal,
        "fulljournalname": journal,
        "title": title,
        "authors": [{"name": name, "authtype": "Author", "clusterid": ""} for name in authors],
        "articleids": ids,
    }


class TextStub:
    def __init__(
        self,
        works: dict[str, StubWork] | None = None,
        *,
        latency: float = 0.0,
        summaries: dict[tuple[str, str], dict[str, Any]] | None = None,
    ) -> None:
        self.works = {doi.lower(): work for doi, work in (works or {}).items()}
        self.summaries = dict(summaries or {})
        self.pmids = {doi: str(30_000_000 + n) for n, doi in enumerate(sorted(self.works))}
        self.latency = latency
        self.log: list[Logged] = []
        self._faults: list[list[Any]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def pubmed_url(self) -> str:
        return f"{self.base}/entrez/eutils"

    @property
    def europepmc_url(self) -> str:
        return f"{self.base}/europepmc/webservices/rest"

    def fail_next(self, n: int, kind: str, *, service: str | None = None) -> None:
        assert kind in FAULTS, kind
        with self._lock:
            self._faults.append([kind, n, service])

    def requests(self, service: str | None = None) -> list[Logged]:
        return [r for r in self.log if service is None or r.service == service]

    def _take_fault(self, service: str) -> str | None:
        with self._lock:
            for fault in self._faults:
                if fault[1] > 0 and fault[2] in (None, service):
                    fault[1] -= 1
                    return str(fault[0])
        return None

    def start(self) -> TextStub:
        stub = self

        class Handler(_Handler):
            owner = stub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # polled every 50 ms, not the default 500: `stop` waits for the next poll
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> TextStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    owner: TextStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        stub = self.owner
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        service = "pubmed" if "/entrez/" in parts.path else "europepmc"
        entry = Logged(service, parts.path, query, dict(self.headers), time.monotonic())
        with stub._lock:
            stub.log.append(entry)
        if stub.latency:
            time.sleep(stub.latency)
        fault = stub._take_fault(service)
        if fault == "hang":
            stub._stopping.wait(30)
            return
        if fault == "drop":
            self.close_connection = True
            self.connection.close()
            return
        if fault in ("500", "503"):
            self._send(entry, int(fault), b"server error", "text/plain")
            return
        if fault == "429":
            self._send(entry, 429, b"slow down", "text/plain", {"Retry-After": "0"})
            return
        status, body, kind = self._route(stub, parts.path, query)
        if fault == "malformed":
            body = body[: max(1, len(body) // 2)]
        if fault == "error-json":
            status, body, kind = 200, b'{"esearchresult": {"ERROR": "bad"}}', "application/json"
        self._send(entry, status, body, kind)

    def _route(self, stub: TextStub, path: str, query: dict[str, str]) -> tuple[int, bytes, str]:
        if path.endswith("/esummary.fcgi"):
            uids = query.get("id", "").split(",")
            result: dict[str, Any] = {"uids": uids}
            for uid in uids:
                doc = stub.summaries.get((query.get("db", ""), uid))
                missing = {"uid": uid, "error": "cannot get document summary"}
                result[uid] = doc if doc is not None else missing
            body = {"header": {"type": "esummary", "version": "0.3"}, "result": result}
            return 200, json.dumps(body).encode(), "application/json"
        if path.endswith("/esearch.fcgi"):
            doi = query.get("term", "").removesuffix("[doi]").lower()
            work = stub.works.get(doi)
            ids = [stub.pmids[doi]] if work is not None and work.in_pubmed else []
            body = {"header": {}, "esearchresult": {"count": str(len(ids)), "idlist": ids}}
            return 200, json.dumps(body).encode(), "application/json"
        if path.endswith("/efetch.fcgi"):
            by_pmid = {pmid: doi for doi, pmid in stub.pmids.items()}
            found = [
                (pmid, stub.works[by_pmid[pmid]])
                for pmid in query.get("id", "").split(",")
                if pmid in by_pmid
            ]
            return 200, pubmed_xml(found), "text/xml"
        if path.endswith("/search"):
            wanted = query.get("query", "").removeprefix("DOI:").strip('"').lower()
            work = stub.works.get(wanted)
            results = (
                [europepmc_result(stub.pmids[wanted], work)]
                if work is not None and work.in_europepmc
                else []
            )
            body = {"hitCount": len(results), "resultList": {"result": results}}
            return 200, json.dumps(body).encode(), "application/json"
        return 404, b"not found", "text/plain"

    def _send(
        self,
        entry: Logged,
        status: int,
        body: bytes,
        kind: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        entry.status = status
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
