"""References cited by PMID/PMCID, on the real strings of bench/data/refcorpus.jsonl (not tuned on).

Stand-ins, built from truth fields only: Crossref as in `eval_refcorpus.py` (each truth with a title
served as a record, DOI-only truths UNKNOWN, decoys and synthetic neighbours); NCBI answers an id
with the truth's DOI, title, authors, year and journal.

1. Strings that print a PMID or PMCID themselves (the corpus has few): each run as printed, its
   printed id mapped to the truth DOI when it has one.
2. Derived, for every string whose truth has a DOI and a title: the printed DOI removed, then
   (a) nothing added (search only), (b) "PMID: <id>" appended with NCBI giving the truth DOI,
   (c) the same with NCBI giving another work (a decoy's DOI and record: a mistyped PMID),
   (d) the same with NCBI failing; and with Crossref's search failing (as when its list budget
   is spent or the service degrades), (e) without and (f) with the PMID. Counted: resolved (verified or metadata_mismatch naming the
   truth DOI) and accusations (a real work called not_found or wrong_doi: must be 0).

Run: `PYTHONPATH=src .venv/bin/python bench/eval_pmid.py [-v]` (a few seconds).
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_refcorpus import (  # noqa: E402
    ACCUSATIONS,
    CorpusCrossref,
    load,
    message_from_truth,
    run_one,
)
from eval_styles import neighbours, true_messages  # noqa: E402

from citecheck.doi import doi_key, find_identifiers  # noqa: E402
from citecheck.resolution.source import IdKind, IdResult, LookupStatus  # noqa: E402

# a printed DOI with its label or resolver in front, as strings print it
_DOI_TEXT = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|doi\s*:\s*(?:doi\s*:\s*)?)?10\.\d{4,9}/\S+", re.IGNORECASE
)


class IdCrossref(CorpusCrossref):
    """The corpus Crossref stand-in plus NCBI answers for ids."""

    def __init__(
        self, messages: list[dict[str, Any]], unknown: set[str], ids: dict[str, IdResult]
    ) -> None:
        super().__init__(messages, unknown)
        self.ids = ids

    async def resolve_id(self, kind: IdKind, value: str) -> IdResult:
        found = self.ids.get(value)
        if found is None:
            return IdResult(status=LookupStatus.ABSENT, kind=kind, value=value)
        return found.model_copy(update={"kind": kind, "value": value})


def from_truth(value: str, truth: dict[str, Any]) -> IdResult:
    kind: IdKind = "pmcid" if value.upper().startswith("PMC") else "pmid"
    return IdResult(
        status=LookupStatus.FOUND,
        kind=kind,
        value=value,
        doi=doi_key(truth["DOI"]),
        title=truth.get("title"),
        authors=list(truth.get("authors") or []),
        year=int(truth["year"]) if truth.get("year") else None,
        journal=truth.get("journal"),
        source="ncbi",
    )


def without_doi(text: str) -> str:
    stripped = _DOI_TEXT.sub("", text)
    return re.sub(r"\s+([.,;])", r"\1", re.sub(r"\s{2,}", " ", stripped)).strip().rstrip(";,")


def resolved(after: Any, truth: dict[str, Any]) -> bool:
    return (
        after is not None
        and after.record is not None
        and after.record.doi == doi_key(truth["DOI"])
        and after.verdict in ("verified", "metadata_mismatch")
    )


async def evaluate(verbose: bool) -> None:
    strings = load("strings")
    served: list[dict[str, Any]] = []
    unknown: set[str] = set()
    for row in strings:
        truth = row["truth"]
        if truth.get("DOI") and truth.get("title"):
            served.append(message_from_truth(truth, row.get("kind") or "journal-article"))
        elif truth.get("DOI"):
            unknown.add(doi_key(truth["DOI"]))
    decoys = true_messages()
    messages = [*served, *decoys, *neighbours([*served, *decoys])]

    # 1. ids as printed
    printed = [(row, find_identifiers(row["string"])) for row in strings]
    printed = [(row, ids) for row, ids in printed if "pmid" in ids or "pmcid" in ids]
    ids_map = {
        value: from_truth(value, row["truth"])
        for row, ids in printed
        if row["truth"].get("DOI")
        for value in (ids.get("pmid"), ids.get("pmcid"))
        if value
    }
    source = IdCrossref(messages, unknown, ids_map)
    print(f"1. strings printing a PMID or PMCID: {len(printed)}")
    for row, ids in printed:
        _, after = await run_one(row["string"], source)
        codes = ",".join(r.code for r in after.reasons) if after else ""
        truth_doi = row["truth"].get("DOI")
        print(
            f"   {row['id']}: ids={ids} truth DOI={truth_doi} -> "
            f"{after.verdict if after else 'no entry'} [{codes}]"
        )

    # 2. derived: each titled truth cited by PMID instead of DOI
    rows = [r for r in strings if r["truth"].get("DOI") and r["truth"].get("title")]
    decoy = decoys[0]
    decoy_truth = {
        "DOI": decoy["DOI"],
        "title": (decoy.get("title") or [None])[0],
        "authors": [a.get("family") for a in decoy.get("author", []) if a.get("family")],
    }
    variants = (
        "search only",
        "PMID -> truth",
        "PMID -> another work",
        "NCBI failing",
        "no search, no PMID",
        "no search, PMID",
    )
    outcome: dict[str, Counter[str]] = {v: Counter() for v in variants}
    hits: Counter[str] = Counter()
    accused: list[str] = []
    for n, row in enumerate(rows):
        truth = row["truth"]
        base = without_doi(row["string"])
        pmid = str(90_000_000 + n)
        answers = {
            "search only": None,
            "PMID -> truth": from_truth(pmid, truth),
            "PMID -> another work": from_truth(pmid, decoy_truth),
            "NCBI failing": IdResult(status=LookupStatus.FAILED, kind="pmid", value=pmid),
            "no search, no PMID": None,
            "no search, PMID": from_truth(pmid, truth),
        }
        for variant, answer in answers.items():
            text = base if answer is None else f"{base} PMID: {pmid}."
            ids = {} if answer is None else {pmid: answer}
            stand_in = IdCrossref(messages, unknown, ids)
            if variant.startswith("no search"):
                stand_in.search_status = LookupStatus.FAILED
            _, after = await run_one(text, stand_in)
            verdict = str(after.verdict) if after else "no entry"
            outcome[variant][verdict] += 1
            if resolved(after, truth):
                hits[variant] += 1
            if after is not None and after.verdict in ACCUSATIONS:
                codes = ",".join(r.code for r in after.reasons)
                accused.append(f"   {variant}: {verdict} [{codes}]: {text}")
            elif verbose and not resolved(after, truth):
                codes = ",".join(r.code for r in after.reasons) if after else ""
                print(f"   {variant}: {verdict} [{codes}]: {text}")
    print(f"2. derived from the {len(rows)} strings whose truth has a DOI and a title:")
    for variant in variants:
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(outcome[variant].items()))
        print(f"   {variant:22} resolved {hits[variant]:2}/{len(rows)}  ({verdicts})")
    print(f"   FALSE ACCUSATIONS: {len(accused)}")
    for line in accused:
        print(line)


def main() -> None:
    asyncio.run(evaluate("-v" in sys.argv[1:]))


if __name__ == "__main__":
    main()
