"""PMIDs and PMCIDs to DOIs, through PubMed E-utilities' `esummary` (ids asked together share a
request).

Why esummary and not NCBI's PMC ID Converter
(https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/): the converter "will only return
related IDs if the article is in PubMed Central", a minority of PubMed's records, while esummary
on `db=pubmed` answers every PMID, and on `db=pmc` every PMCID, with the record's `articleids`
(its DOI among them), title, authors, date and journal. One service also means one base URL
(`--pubmed-url`), one API key and one rate limit to respect, which the converter would split.

- `esummary.fcgi?db=pubmed&id=<pmid>&retmode=json` -> `result[<pmid>]` with `articleids`
  (`idtype` "doi", "pmc", ...), `title`, `authors[].name` ("Berman RM"), `pubdate`,
  `fulljournalname`, `elocationid` ("doi: 10...", read when `articleids` has no DOI).
- `esummary.fcgi?db=pmc&id=<digits of the PMCID>&retmode=json` -> `result[<digits>]`, its
  `articleids` with `idtype` "pmid", "doi", "pmcid".
- An id NCBI holds no record of answers `{"uid": ..., "error": "cannot get document summary"}`:
  ABSENT. Anything else that is not a record (an error page, a cut-off body, an `esummaryresult`
  complaint, another id's record, an entry whose error is in other words) is FAILED, never
  ABSENT.

Etiquette as for `pubmed.py`: `tool` and the user's `email` on every request, `api_key` when
given, at most 3 requests/s without a key and 10 with one, through `PoliteHttp`.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx

from citecheck.doi import normalize_doi
from citecheck.resolution.pubmed import EUtilities
from citecheck.resolution.source import IdKind, IdResult, LookupStatus
from citecheck.resolution.text_http import TextFetchFailed, json_or_none

# Ids asked within this many seconds of each other share one request (references are verified
# concurrently, so a list's ids arrive together), at most MAX_BATCH of them: NCBI takes up to 200
# ids per esummary request; fewer keep a GET's URL short and a failed batch small.
BATCH_WAIT = 0.05
MAX_BATCH = 100
_PMID = re.compile(r"[1-9]\d{0,8}")
_PMCID = re.compile(r"PMC([1-9]\d{0,9})", re.IGNORECASE)
_ELOCATION_DOI = re.compile(r"\bdoi:\s*(10\.\S+)", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# NCBI's own words for "no record under this id"; an entry's other errors are faults
NO_RECORD = "cannot get document summary"
# "Berman RM", "van der Berg JA": the trailing initials are not part of the family name
_INITIALS = re.compile(r"\s+[A-Z]{1,4}$")


def id_uid(kind: IdKind, value: str) -> str | None:
    """The Entrez uid for a PMID ("10686270") or PMCID ("PMC5877356" -> "5877356"), or None
    when `value` is not shaped like one (nothing is asked then)."""
    text = value.strip()
    if kind == "pmid":
        return text if _PMID.fullmatch(text) else None
    match = _PMCID.fullmatch(text)
    return match.group(1) if match else None


class PubMedIdClient(EUtilities):
    """Resolves PMIDs and PMCIDs to the records (and DOIs) NCBI files them under.

    Ids asked at about the same time (within `batch_wait` seconds, up to `max_batch`) go out in
    one `esummary` request per database, as NCBI asks of tools that look up many ids: a reference
    list of 60 PMIDs is one request, not 20 seconds of them at 3/s."""

    name = "pubmed-ids"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        email: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        batch_wait: float = BATCH_WAIT,
        max_batch: int = MAX_BATCH,
        **getter_options: Any,
    ) -> None:
        super().__init__(
            base_url=base_url, api_key=api_key, email=email, transport=transport, **getter_options
        )
        self.batch_wait = batch_wait
        self.max_batch = max(1, max_batch)
        # per database: the uids waiting for the next request, and the timer that sends it
        self._waiting: dict[str, dict[str, asyncio.Future[IdResult]]] = {"pubmed": {}, "pmc": {}}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._sending: set[asyncio.Task[None]] = set()

    def _params(self, db: str, uids: list[str]) -> dict[str, str]:
        return self.identified({"db": db, "id": ",".join(uids), "retmode": "json"})

    async def resolve(self, kind: IdKind, value: str) -> IdResult:
        uid = id_uid(kind, value)
        if uid is None:
            return IdResult(
                status=LookupStatus.UNKNOWN,
                kind=kind,
                value=value,
                detail=f"{value!r} is not shaped like a {kind.upper()}",
            )
        db = "pubmed" if kind == "pmid" else "pmc"
        waiting = self._waiting[db]
        future = waiting.get(uid)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            waiting[uid] = future
            if len(waiting) >= self.max_batch:
                self._send(db)
            elif db not in self._timers:
                self._timers[db] = asyncio.get_running_loop().call_later(
                    self.batch_wait, self._send, db
                )
        # shield: one caller given up must not cancel the answer the others wait for
        found = await asyncio.shield(future)
        return found.model_copy(update={"kind": kind, "value": value})

    def _send(self, db: str) -> None:
        timer = self._timers.pop(db, None)
        if timer is not None:
            timer.cancel()
        batch, self._waiting[db] = self._waiting[db], {}
        if batch:
            task = asyncio.ensure_future(self._fetch(db, batch))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _fetch(self, db: str, batch: dict[str, asyncio.Future[IdResult]]) -> None:
        kind: IdKind = "pmid" if db == "pubmed" else "pmcid"
        uids = list(batch)
        try:
            answers = await self._ask(db, kind, uids)
        except Exception as exc:  # a bug or an answer nobody foresaw: a failure, not an answer
            failed = IdResult(
                status=LookupStatus.FAILED, kind=kind, value="", detail=f"esummary: {exc!r}"
            )
            answers = {uid: failed for uid in uids}
        for uid, future in batch.items():
            if not future.done():
                future.set_result(answers[uid])

    async def _ask(self, db: str, kind: IdKind, uids: list[str]) -> dict[str, IdResult]:
        def failed(detail: str) -> dict[str, IdResult]:
            result = IdResult(status=LookupStatus.FAILED, kind=kind, value="", detail=detail)
            return {uid: result.model_copy(update={"value": uid}) for uid in uids}

        try:
            status, body = await self.http.get(
                f"{self.base_url}/esummary.fcgi", self._params(db, uids)
            )
        except TextFetchFailed as exc:
            return failed(f"esummary: {exc}")
        if status != 200:
            return failed(f"esummary answered HTTP {status}")
        parsed = json_or_none(body)
        return {uid: parse_summary(parsed, kind, uid, uid) for uid in uids}

    @property
    def warnings(self) -> list[str]:
        return self.http.warnings

    async def aclose(self) -> None:
        for db in list(self._timers):
            self._send(db)
        if self._sending:
            await asyncio.gather(*self._sending, return_exceptions=True)
        await self.http.aclose()


def _malformed(kind: IdKind, value: str, why: str) -> IdResult:
    return IdResult(
        status=LookupStatus.FAILED,
        kind=kind,
        value=value,
        source="ncbi",
        detail=f"esummary: {why}",
        malformed=True,
    )


def parse_summary(body: Any, kind: IdKind, value: str, uid: str) -> IdResult:
    """The `IdResult` an esummary JSON answer for `uid` gives (see the module's docstring)."""
    if not isinstance(body, dict):
        return _malformed(kind, value, "the answer is not JSON")
    result = body.get("result")
    if not isinstance(result, dict):
        complaint = body.get("error") or body.get("esummaryresult")
        return _malformed(kind, value, f"no result ({complaint})" if complaint else "no result")
    entry = result.get(uid)
    if not isinstance(entry, dict) or str(entry.get("uid", uid)) != uid:
        return _malformed(kind, value, f"the answer holds no entry for {uid}")
    if "error" in entry:
        error = entry.get("error")
        if (
            isinstance(error, str)
            and NO_RECORD in error.casefold()
            and not entry.get("articleids")
            and not entry.get("title")
        ):
            return IdResult(
                status=LookupStatus.ABSENT,
                kind=kind,
                value=value,
                source="ncbi",
                detail=f"NCBI holds no record {value} ({error})",
            )
        return _malformed(kind, value, f"an entry with an error ({error!r})")
    ids = entry.get("articleids")
    if not isinstance(ids, list):
        return _malformed(kind, value, "the record has no article id list")
    by_type: dict[str, str] = {}
    for item in ids:
        if isinstance(item, dict) and isinstance(item.get("idtype"), str):
            text = item.get("value")
            if isinstance(text, str) and text.strip():
                by_type.setdefault(item["idtype"].lower(), text.strip())
    given_title = entry.get("title")
    title = (given_title.strip() or None) if isinstance(given_title, str) else None
    if not by_type and title is None:
        # every record carries its own id and a title: a bare entry is a cut-off answer, and
        # taken as "a record without a DOI" it would be cached for months
        return _malformed(kind, value, "the entry has neither an id nor a title")
    doi = normalize_doi(by_type.get("doi", "")) or None
    location = entry.get("elocationid")
    found = _ELOCATION_DOI.search(location) if isinstance(location, str) else None
    if doi is None and found:
        # "pii: e4375. doi: 10.7717/peerj.4375": some records carry the DOI only here
        doi = normalize_doi(found.group(1))
    if kind == "pmid":
        pmid: str | None = uid
        pmcid = _pmcid(by_type.get("pmc") or by_type.get("pmcid"))
    else:
        pmid_text = by_type.get("pmid") or by_type.get("pubmed") or ""
        pmid = pmid_text if _PMID.fullmatch(pmid_text) else None
        pmcid = f"PMC{uid}"
    return IdResult(
        status=LookupStatus.FOUND,
        kind=kind,
        value=value,
        doi=doi,
        pmid=pmid,
        pmcid=pmcid,
        title=title,
        authors=_authors(entry.get("authors")),
        year=_year(entry),
        journal=_journal(entry),
        source="ncbi",
    )


def _pmcid(text: str | None) -> str | None:
    match = _PMCID.search(text or "")
    return f"PMC{match.group(1)}" if match else None


def _authors(people: Any) -> list[str]:
    """Family names of the personal authors ("Berman RM" -> "Berman"); collective names and
    anything not shaped like an author entry are left out."""
    names: list[str] = []
    for person in people if isinstance(people, list) else []:
        if not isinstance(person, dict):
            continue
        if str(person.get("authtype") or "Author") != "Author":
            continue
        name = person.get("name")
        if isinstance(name, str) and name.strip():
            names.append(_INITIALS.sub("", name.strip()))
    return names


def _year(entry: dict[str, Any]) -> int | None:
    for key in ("pubdate", "epubdate", "sortpubdate"):
        text = entry.get(key)
        match = _YEAR.search(text) if isinstance(text, str) else None
        if match:
            return int(match.group(1))
    return None


def _journal(entry: dict[str, Any]) -> str | None:
    for key in ("fulljournalname", "source"):
        text = entry.get(key)
        if isinstance(text, str) and text.strip():
            return text.strip()
    return None
