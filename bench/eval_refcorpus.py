"""The reference resolver on REAL reference strings nobody tuned on (bench/data/refcorpus.jsonl).

The data (see bench/README.md and each record's provenance fields): 202 reference-list entries
copied as their citing articles print them (`set: strings`), 66 of them with the real work's DOI in
`truth.DOI`, 29 with truth fields checked field by field on an independent record; and 12 real
works with titles in Japanese, Korean, Chinese and Russian (`set: nonlatin`).

The stand-in for Crossref (`tests/fakes.FakeCrossref`: word-overlap search that always returns its
best rows, as Crossref does) holds, for every entry with a truth DOI, a Crossref-style work message
built ONLY from its truth fields (never from the citing string), plus decoys: the true records of
bench/eval_styles.py and synthetic neighbours of every truth record (same authors, journal and
year, another title and pages; DOIs under Crossref's test prefix 10.5555).

46 of the 66 truths are a DOI and nothing else (the citing publisher's printed, deposited or linked
DOI): a record of just a DOI is no Crossref record, so those DOIs answer UNKNOWN (as from a partial
snapshot). For the 30 of them whose string prints the DOI the outcome that matters is whether the
tool accuses a real work; for the 16 whose string does not, the stand-in holds nothing of the work
and a not_found there is the stand-in's blind spot. The 20 truths with a title are served as
records and measured fully ("served").

Each string is run alone as the only entry of a "References" list through the real extraction
(`extract_references`) and verification (`verify_references`). Per style: entries found, parsed
with a title ("titled"), title right (similarity >= 0.85 to the truth title), resolved (verified
or metadata_mismatch naming the truth DOI), verified, metadata_mismatch, unverifiable, "bad DOI"
(a printed DOI that is not the work's, reported as the contract's wrong_doi with the true DOI
suggested: the right verdict) and FALSE ACCUSATIONS: a real work called not_found or wrong_doi
otherwise (each listed with its string; must be 0). For strings without a truth DOI only their
verdict counts are reported: the stand-in does not hold their works, so a not_found there says
nothing about the tool (a search in a stand-in without the work cannot tell; the stand-in also
answers ABSENT for every DOI it does not hold).

Non-Latin works are cited twice: with their DOI (as printed when the real citation has one, else
appended as "doi:...") and without it. Where no real citation string exists (7 of 12), a plain
Vancouver string is rendered from the truth fields ("rendered" in the table): easier than real
print, so those rows flatter the tool.

Run: `PYTHONPATH=src .venv/bin/python bench/eval_refcorpus.py [-v]` (about 15 s; -v lists every
measured entry not verified, the no-truth accusations, and how each non-Latin entry was parsed).

Measured, nothing tuned on this data (main f273ad6 and 8afa06a give the same figures; first look
at 42dad3d, the matcher before search-and-validate, in brackets):
- served truths, 20 strings: found 20, titled 20 [17], title right 19 [11], resolved 18 [10],
  verified 11 [3], metadata_mismatch 7 [7], unverifiable 0 [10], bad DOI caught 1 [0], FALSE
  ACCUSATIONS 1 [0]; of them the 17 with an independently verified DOI: resolved 15 [7], verified
  8 [2], accusations 1 [0]. The accusation: lncs-repo-resnet-doi prints its (right) DOI as
  Markdown code, "`https://doi.org/10.1109/CVPR.2016.90`"; the parser keeps the closing backtick
  in the DOI ("10.1109/cvpr.2016.90`"), the lookup finds no such DOI, the search finds the work,
  and the verdict is wrong_doi. The caught one: ieee-repo-resnet-wrongdoi (printed
  10.1002/chin.200650130) -> wrong_doi suggesting 10.1109/CVPR.2016.90.
- DOI-only truths printed in the string, 30: unverifiable 30 [30], accusations 0 [0].
- DOI-only truths not printed, 16: not_found 14 [7], unverifiable 2 [9] (stand-in blind spot).
- no truth DOI, 136: found and titled 136, not_found 113 [78], unverifiable 22 [55], verified 1 [1], no entry 0 [2];
  of the 13 printing a DOI: not_found 12 [12], unverifiable 1 [1]. The one verified is
  vancouver-ga-lecun, rightly matched to LeCun 2015 (on the stand-in as another entry's truth).
- non-Latin, 12 works x 2 = 24 entries: found 21 [21], resolved 20 [4], verified 17 [1],
  metadata_mismatch 3, unverifiable 1, accusations 0 [0]. Not found as entries: three rendered
  strings without DOI that carry neither authors nor journal (ko-chnr, ko-kisti, ru-bekhterev).
  Chinese GB/T 7714 strings are not split into fields (the whole entry becomes the title) and
  the year is the first four-digit number: zh-jbjc ("2009-2015年...") gets year 2009 ->
  metadata_mismatch year_differs on a right citation; ko-kisti likewise reads 2015 from
  "PISA 2015". The short Korean form "J Korean Acad Nurs. 2023 Oct;53(5):514-524." without its
  DOI is unverifiable (too_little_to_search), rightly.

After the styles branch (title-and-year entries, MLA given names, initials-first Vancouver,
GB/T 7714 fields, prefixed page ranges, venue acronyms, CJK names written out; each found on the
-v listing of this corpus, so these figures are no longer a first look; in brackets main at 8c5cc43):
- served truths, 20: title right 20, resolved 19 (+1 bad DOI caught), verified 17 [12],
  metadata_mismatch 2 [7], accusations 0. The two mismatches are the citing strings' own errors:
  Rao & Scott cited as 1989 (Annals of Statistics 12 is 1984) and Zhang et al. cited as "Zang Y"
  with volume 37 for 372.
- no truth DOI, 136: not_found 113 [113], unverifiable 22 [22], verified 1: two WHO reports
  now read as reports (not_found -> unverifiable), and two PLOS strings whose journal the parser
  now finds ("epidemic?Inflammopharmacology 19: 131-137") go the other way, since the stand-in
  holds neither work. DOI-only truths not printed: not_found 15 [14], likewise.
- non-Latin, 24 entries: found 23 [21], title right 19 [9], resolved 22 [20], verified 22 [17],
  metadata_mismatch 0 [3], unverifiable 1 (the Korean entry that prints no title), accusations 0.
  Not found as an entry: the Russian string without DOI that gives neither year nor authors.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_styles import neighbours, true_messages  # noqa: E402

from citecheck.doi import doi_key  # noqa: E402
from citecheck.extraction.references import extract_references  # noqa: E402
from citecheck.models import Reference, Verdict  # noqa: E402
from citecheck.resolution.source import DoiResult, LookupStatus  # noqa: E402
from citecheck.verification.compare import title_similarity  # noqa: E402
from citecheck.verification.verify import verify_references  # noqa: E402
from fakes import FakeCrossref  # noqa: E402

DATA = ROOT / "bench" / "data" / "refcorpus.jsonl"

# the corpus's `kind` -> Crossref's work type
CROSSREF_TYPE = {
    "journal-article": "journal-article",
    "book": "book",
    "chapter": "book-chapter",
    "proceedings-article": "proceedings-article",
    "report": "report",
    "preprint": "posted-content",
    "dataset/software": "dataset",
}
ACCUSATIONS = (Verdict.NOT_FOUND, Verdict.WRONG_DOI)
# a DOI as a reader sees it printed: up to white space, without the sentence's or the Markdown's
# closing marks (the bench's own reading, so that a parser slip cannot move the expected outcome)
PRINTED_DOI = re.compile(r"10\.\d{4,9}/\S+")
CLOSING = ".,;:`'\"”’)]>"


def printed_doi(text: str) -> str | None:
    found = PRINTED_DOI.search(text)
    return doi_key(found.group(0).rstrip(CLOSING)) if found else None


def load(name: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if row["set"] == name]


def message_from_truth(truth: dict[str, Any], kind: str) -> dict[str, Any]:
    """A Crossref work message holding only the truth fields that are known."""
    message: dict[str, Any] = {"DOI": truth["DOI"], "type": CROSSREF_TYPE.get(kind, "other")}
    if truth.get("title"):
        message["title"] = [truth["title"]]
    if truth.get("journal"):
        message["container-title"] = [truth["journal"]]
    if truth.get("short_journal"):
        message["short-container-title"] = [truth["short_journal"]]
    if truth.get("authors"):
        message["author"] = [
            {"family": name, "sequence": "additional"} for name in truth["authors"]
        ]
        message["author"][0]["sequence"] = "first"
    if truth.get("year"):
        message["issued"] = {"date-parts": [[int(truth["year"])]]}
    for key, target in (("volume", "volume"), ("issue", "issue"), ("pages", "page")):
        if truth.get(key):
            message[target] = str(truth[key])
    if truth.get("ISSN"):
        message["ISSN"] = list(truth["ISSN"])
    return message


class CorpusCrossref(FakeCrossref):
    """FakeCrossref whose DOI-only truths answer UNKNOWN: the work exists, its record is unknown."""

    def __init__(self, messages: list[dict[str, Any]], unknown: set[str]) -> None:
        super().__init__(messages)
        self.unknown = unknown

    async def get_doi(self, doi: str) -> DoiResult:
        if doi_key(doi) in self.unknown:
            self.calls.append(("doi", doi))
            return DoiResult(status=LookupStatus.UNKNOWN, detail="record not known to the bench")
        return await super().get_doi(doi)


@dataclass
class Tally:
    n: int = 0
    found: int = 0
    titled: int = 0
    title_right: int = 0
    resolved: int = 0
    caught: int = 0  # a wrong printed DOI reported as wrong_doi with the true DOI suggested
    verdicts: Counter[str] = field(default_factory=Counter)
    accused: list[str] = field(default_factory=list)


async def run_one(text: str, source: FakeCrossref) -> tuple[Reference | None, Reference | None]:
    """The entry as parsed (before any lookup) and as verified; None when no entry is found."""
    refs, _ = extract_references("Some text.\n\n## References\n\n" + text + "\n")
    if not refs:
        return None, None
    done = await verify_references(refs[:1], source, concurrency=1)
    return refs[0], done[0]


def count(
    tally: Tally,
    text: str,
    before: Reference | None,
    after: Reference | None,
    truth: dict[str, Any],
) -> str | None:
    """Adds one entry; returns the verdict, or None when no entry was found."""
    tally.n += 1
    if before is None or after is None:
        return None
    tally.found += 1
    if before.cited.title:
        tally.titled += 1
        if truth.get("title") and title_similarity(before.cited.title, truth["title"]) >= 0.85:
            tally.title_right += 1
    verdict = str(after.verdict)
    tally.verdicts[verdict] += 1
    right = after.record is not None and after.record.doi == doi_key(truth.get("DOI") or "")
    if right and after.verdict in (Verdict.VERIFIED, Verdict.METADATA_MISMATCH):
        tally.resolved += 1
    if truth.get("DOI") and after.verdict in ACCUSATIONS:
        printed = printed_doi(text)
        truth_doi = doi_key(truth["DOI"])
        suggested = doi_key(after.suggested_doi) if after.suggested_doi else None
        # the contract's wrong_doi: the work exists and the DOI printed for it is another's
        wrong_printed = printed is not None and printed != truth_doi
        if wrong_printed and after.verdict == Verdict.WRONG_DOI and suggested == truth_doi:
            tally.caught += 1
            return verdict
        codes = ",".join(r.code for r in after.reasons)
        tally.accused.append(f"{verdict} [{codes}]: {text}")
    return verdict


def vancouver(truth: dict[str, Any]) -> str:
    """A plain Vancouver citation rendered from the truth fields (no real string exists)."""
    parts = []
    if truth.get("authors"):
        parts.append(", ".join(truth["authors"]) + ".")
    parts.append(truth["title"].rstrip(".") + ".")
    if truth.get("journal"):
        parts.append(truth["journal"] + ".")
    where = str(truth.get("year") or "")
    if truth.get("volume"):
        where += f";{truth['volume']}"
        if truth.get("issue"):
            where += f"({truth['issue']})"
    if truth.get("pages"):
        where += f":{truth['pages']}"
    if where:
        parts.append(where + ".")
    return " ".join(parts)


def nonlatin_citations(work: dict[str, Any]) -> tuple[str, str, str]:
    """(how, with DOI, without DOI) citations of a non-Latin work."""
    doi = work["truth"]["DOI"]
    printed = work.get("citation_string")
    base = printed or vancouver(work["truth"])
    how = "printed" if printed else "rendered"
    without = base
    for prefix in (f" DOI: {doi}.", f" DOI: {doi}", f" doi:{doi}"):
        without = without.replace(prefix, "")
    with_doi = base if doi in base else f"{base.rstrip()} doi:{doi}"
    return how, with_doi, without


def print_table(title: str, rows: dict[str, Tally]) -> None:
    print(f"== {title} ==")
    head = f"{'style':46} {'n':>3} {'found':>5} {'titled':>6} {'title ok':>8} {'resolved':>8} "
    print(head + f"{'verified':>8} {'mismatch':>8} {'unverif':>7} {'bad DOI':>7} {'ACCUSED':>7}")
    total = Tally()
    for name, t in sorted(rows.items()):
        print(
            f"{name[:46]:46} {t.n:3} {t.found:5} {t.titled:6} {t.title_right:8} {t.resolved:8} "
            f"{t.verdicts['verified']:8} {t.verdicts['metadata_mismatch']:8} "
            f"{t.verdicts['unverifiable']:7} {t.caught:7} {len(t.accused):7}"
        )
        for key in ("n", "found", "titled", "title_right", "resolved", "caught"):
            setattr(total, key, getattr(total, key) + getattr(t, key))
        total.verdicts.update(t.verdicts)
        total.accused.extend(t.accused)
    print(
        f"{'all':46} {total.n:3} {total.found:5} {total.titled:6} {total.title_right:8} "
        f"{total.resolved:8} {total.verdicts['verified']:8} "
        f"{total.verdicts['metadata_mismatch']:8} {total.verdicts['unverifiable']:7} "
        f"{total.caught:7} {len(total.accused):7}"
    )
    for line in total.accused:
        print(f"  FALSE ACCUSATION {line}")
    print()


async def evaluate(verbose: bool) -> None:
    strings = load("strings")
    nonlatin = load("nonlatin")
    served: list[dict[str, Any]] = []
    unknown: set[str] = set()
    for row in [*strings, *nonlatin]:
        truth = row["truth"]
        if not truth.get("DOI"):
            continue
        if truth.get("title"):
            served.append(message_from_truth(truth, row.get("kind") or "journal-article"))
        else:
            unknown.add(doi_key(truth["DOI"]))
    decoys = true_messages()
    source = CorpusCrossref([*served, *decoys, *neighbours([*served, *decoys])], unknown)

    full: dict[str, Tally] = defaultdict(Tally)
    independent: dict[str, Tally] = defaultdict(Tally)
    doi_only: dict[str, Tally] = defaultdict(Tally)
    doi_only_unprinted: Counter[str] = Counter()
    no_truth: Counter[str] = Counter()
    no_truth_styles: dict[str, Tally] = defaultdict(Tally)
    no_truth_printed_doi: Counter[str] = Counter()
    notes: list[str] = []
    for row in strings:
        truth, text = row["truth"], row["string"]
        before, after = await run_one(text, source)
        if not truth.get("DOI"):
            count(no_truth_styles[row["style"]], text, before, after, truth)
            verdict = str(after.verdict) if after else "no entry"
            no_truth[verdict] += 1
            if row["doi_in_string"]:
                no_truth_printed_doi[verdict] += 1
            if verbose and verdict in ("not_found", "wrong_doi"):
                codes = ",".join(r.code for r in after.reasons) if after else ""
                notes.append(f"  no-truth {verdict} [{codes}]: {text}")
            continue
        if truth.get("title"):
            table = full
        elif row["doi_in_string"]:
            table = doi_only
        else:
            # neither the DOI nor any record is on the stand-in: a search cannot find the work
            verdict = str(after.verdict) if after else "no entry"
            doi_only_unprinted[verdict] += 1
            continue
        measured = count(table[row["style"]], text, before, after, truth)
        doi_verified = row["verified"] and "DOI" in row["truth_fields_verified"]
        if truth.get("title") and doi_verified:
            count(independent[row["style"]], text, before, after, truth)
        if verbose and measured != "verified":
            codes = ",".join(r.code for r in after.reasons) if after else ""
            record = after.record.doi if after and after.record else None
            notes.append(f"  [{row['id']}] {measured} [{codes}] record={record}: {text}")

    nl: dict[str, Tally] = defaultdict(Tally)
    for work in nonlatin:
        how, with_doi, without = nonlatin_citations(work)
        for label, text in (("with DOI", with_doi), ("without DOI", without)):
            before, after = await run_one(text, source)
            key = f"{work['script'].split(' ')[0]} {label} ({how})"
            measured = count(nl[key], text, before, after, work["truth"])
            if verbose:
                codes = ",".join(r.code for r in after.reasons) if after else ""
                parsed = before.cited.model_dump(exclude_none=True) if before else None
                notes.append(f"  [{work['id']} {label}] {measured} [{codes}]: {text}")
                notes.append(f"      parsed: {parsed}")

    print_table("served truths: a record built from the truth fields is on the stand-in", full)
    print_table("of them, truth DOI verified on an independent record", independent)
    print_table("DOI-only truths printed in the string: the stand-in answers UNKNOWN", doi_only)
    print("== DOI-only truths NOT printed in the string (the stand-in holds nothing of them) ==")
    print(f"  verdicts: {dict(sorted(doi_only_unprinted.items()))}")
    print("  not_found here is the stand-in's blind spot, not a finding about the tool.\n")
    print("== strings without a truth DOI (their works are not on the stand-in) ==")
    print(f"{'style':46} {'n':>3} {'found':>5} {'titled':>6} {'not_found':>9} {'wrong_doi':>9}")
    for name, t in sorted(no_truth_styles.items()):
        print(
            f"{name[:46]:46} {t.n:3} {t.found:5} {t.titled:6} {t.verdicts['not_found']:9} "
            f"{t.verdicts['wrong_doi']:9}"
        )
    print(f"  verdicts: {dict(sorted(no_truth.items()))}")
    print(f"  of them printing a DOI: {dict(sorted(no_truth_printed_doi.items()))}")
    print(
        "  not_found here is no evidence either way: the stand-in holds no record of these works"
        " (a search cannot find them, and it answers ABSENT for every DOI it does not hold, as"
        " Crossref does for unregistered ones).\n"
    )
    print_table("non-Latin works (12), cited with and without their DOI", nl)
    for line in notes:
        print(line)


def main() -> None:
    asyncio.run(evaluate(verbose="-v" in sys.argv))


if __name__ == "__main__":
    main()
