"""Labelled-set evaluation of the verification layer: confusion matrix per verdict.

Real records: `tests/fixtures/verify/records.jsonl` (facts from crossref-api-notes.md) plus every
`data/crossref-snapshot.jsonl` (the bundled, hand-verified records). From each record it derives citations (exact,
year +-1 and +3, truncated title, misspelt first author, wrong pages, abbreviated journal, DOI of
another record, invented DOI with correct fields, no DOI) and adds wholly invented works in the
style of the seeds' machine-written reference list (invented titles, plausible author pairs, real
journal names, invented DOIs or none, and "real DOI + invented title"). A Crossref-like in-memory
source (`tests/fakes.py`) serves the records.

Run: `.venv/bin/python bench/eval_verdicts.py`. `tests/test_eval_verdicts.py` asserts the targets:
no real citation judged not_found, >= 95% of invented works not_found, >= 95% accuracy.
"""

from __future__ import annotations

import asyncio
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from citecheck.models import Cited, Reference, Verdict  # noqa: E402
from citecheck.resolution.records import record_from_message  # noqa: E402
from citecheck.verification.compare import title_similarity  # noqa: E402
from citecheck.verification.normalize import strip_retracted_prefix  # noqa: E402
from citecheck.verification.verify import verify_references  # noqa: E402
from fakes import FakeCrossref, load_messages  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "verify" / "records.jsonl"


@dataclass
class Case:
    kind: str
    expected: Verdict
    ref: Reference
    real: bool  # derived from a real work (as opposed to an invented one)
    true_title: str | None = None


def load_real_messages(root: Path = ROOT) -> list[dict[str, Any]]:
    """Every true record available: the notes fixture plus the bundled snapshot."""
    paths = [
        root / "tests" / "fixtures" / "verify" / "records.jsonl",
        root / "data" / "crossref-snapshot.jsonl",
    ]
    by_doi: dict[str, dict[str, Any]] = {}
    for path in paths:
        if path.exists():
            for message in load_messages(path):
                if message.get("DOI"):
                    by_doi.setdefault(str(message["DOI"]).lower(), message)
    return list(by_doi.values())


def _raw(cited: Cited) -> str:
    authors = ", ".join(f"{a}, X." for a in cited.authors)
    pieces = [
        f"{authors} " if authors else "",
        f"({cited.year}). " if cited.year else "",
        f"{cited.title}. " if cited.title else "",
        cited.journal or "",
    ]
    if cited.volume:
        pieces.append(f", {cited.volume}")
        if cited.issue:
            pieces.append(f"({cited.issue})")
    if cited.pages:
        pieces.append(f", {cited.pages}")
    pieces.append(".")
    if cited.doi:
        pieces.append(f" doi:{cited.doi}")
    return "".join(pieces).strip()


def _misspell(name: str) -> str:
    if len(name) < 5:
        return name + "e"
    middle = len(name) // 2
    swap = "a" if name[middle] != "a" else "e"
    return name[:middle] + swap + name[middle + 1 :]


def _abbreviate_journal(journal: str) -> str:
    words = [
        w for w in journal.replace("The ", "").split() if w.lower() not in {"of", "and", "the"}
    ]
    return " ".join(w[:4] if len(w) > 7 else w for w in words)


def _shift_pages(pages: str) -> str:
    head = pages.split("-")[0]
    digits = "".join(ch for ch in head if ch.isdigit())
    prefix = head[: len(head) - len(digits)]
    return f"{prefix}{int(digits or '0') + 37}"


def real_cases(messages: list[dict[str, Any]], rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    records = [record_from_message(m) for m in messages]
    for index, record in enumerate(records):
        title = strip_retracted_prefix(record.title or "") or None
        base = Cited(
            title=title,
            authors=list(record.authors),
            year=record.year,
            journal=record.journal or _short_journal(messages[index]),
            volume=record.volume,
            issue=record.issue,
            pages=record.pages,
            doi=record.doi,
        )
        variants: list[tuple[str, Verdict, Cited]] = [("exact", Verdict.VERIFIED, base)]
        if base.year:
            variants += [
                (
                    "year+1",
                    Verdict.METADATA_MISMATCH,
                    base.model_copy(update={"year": base.year + 1}),
                ),
                (
                    "year-1",
                    Verdict.METADATA_MISMATCH,
                    base.model_copy(update={"year": base.year - 1}),
                ),
                (
                    "year+3",
                    Verdict.METADATA_MISMATCH,
                    base.model_copy(update={"year": base.year + 3}),
                ),
            ]
        if title and len(title.split()) >= 6:
            words = title.split()
            cut = " ".join(words[: max(4, int(len(words) * 0.6))])
            variants.append(
                ("truncated_title", Verdict.VERIFIED, base.model_copy(update={"title": cut}))
            )
        if base.authors:
            misspelt = [_misspell(base.authors[0]), *base.authors[1:]]
            variants.append(
                (
                    "misspelt_author",
                    Verdict.METADATA_MISMATCH,
                    base.model_copy(update={"authors": misspelt}),
                )
            )
            variants.append(
                (
                    "et_al",
                    Verdict.VERIFIED,
                    base.model_copy(update={"authors": [base.authors[0], "et al."]}),
                )
            )
        if base.pages:
            variants.append(
                (
                    "wrong_pages",
                    Verdict.METADATA_MISMATCH,
                    base.model_copy(update={"pages": _shift_pages(base.pages)}),
                )
            )
        if base.journal:
            variants.append(
                (
                    "journal_abbrev",
                    Verdict.VERIFIED,
                    base.model_copy(update={"journal": _abbreviate_journal(base.journal)}),
                )
            )
        if len(records) > 1:
            other = records[(index + 1) % len(records)].doi
            variants.append(
                ("other_work_doi", Verdict.WRONG_DOI, base.model_copy(update={"doi": other}))
            )
        if title and base.authors and base.journal and base.year:
            topic = [w for w in title.split() if len(w) >= 5][:2]
            if len(topic) == 2:
                garbled = f"{topic[0]} and {topic[1]}: a systematic review of clinical outcomes"
                variants.append(
                    (
                        "garbled_title",
                        Verdict.METADATA_MISMATCH,
                        base.model_copy(update={"title": garbled}),
                    )
                )
                variants.append(
                    (
                        "garbled_title_bad_doi",
                        Verdict.WRONG_DOI,
                        base.model_copy(
                            update={"title": garbled, "doi": f"{record.doi}x", "pages": None}
                        ),
                    )
                )
        prefix = record.doi.split("/")[0]
        invented = f"{prefix}/citecheck.{rng.randrange(10**6, 10**7)}"
        variants.append(
            ("invented_doi", Verdict.WRONG_DOI, base.model_copy(update={"doi": invented}))
        )
        variants.append(("no_doi", Verdict.VERIFIED, base.model_copy(update={"doi": None})))
        variants.append(
            (
                "no_doi_year+3",
                Verdict.METADATA_MISMATCH,
                base.model_copy(update={"doi": None, "year": (base.year or 2000) + 3}),
            )
        )
        for kind, expected, cited in variants:
            ref = Reference(
                id=f"real-{index}-{kind}", origin="reference_list", raw=_raw(cited), cited=cited
            )
            cases.append(Case(kind=kind, expected=expected, ref=ref, real=True, true_title=title))
    return cases


def _short_journal(message: dict[str, Any]) -> str | None:
    short = message.get("short-container-title") or []
    return short[0] if short else None


_DRUGS = [
    "Ketamine",
    "Esketamine",
    "Psilocybin",
    "Intranasal ketamine",
    "Nitrous oxide",
    "Arketamine",
    "Low-dose ketamine",
    "Intravenous ketamine",
]
_CONDITIONS = [
    "refractory anxiety",
    "treatment-resistant depression",
    "social anxiety disorder",
    "generalized anxiety disorder",
    "post-traumatic stress disorder",
    "obsessive-compulsive disorder",
    "suicidal ideation",
    "bipolar depression",
]
_TEMPLATES = [
    "{drug} for {cond}: A systematic review",
    "The role of {drug_l} in the treatment of {cond}: A review of the literature",
    "Safety and efficacy of {drug_l}: A retrospective study in {cond}",
    "Emerging roles of {drug_l} in mental health care: Implications for {cond}",
    "Behavioral therapy in combination with {drug_l}: A multidisciplinary approach to treating {cond}",
    "{drug} and {drug2_l} for the treatment of {cond}: A systematic review and meta-analysis",
    "Rapid anxiolytic effects of {drug_l} in {cond}: A randomized controlled trial",
    "Long-term outcomes of {drug_l} maintenance therapy for {cond}",
]
_SURNAMES = [
    "Davis",
    "Henter",
    "Wang",
    "Liao",
    "Newman",
    "Hughes",
    "Wilkins",
    "Zubieta",
    "Yavi",
    "Kloiber",
    "Morrison",
    "Patel",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Castillo",
    "Novak",
    "Hartmann",
    "Ferreira",
    "Kowalski",
    "Sato",
    "Andersen",
]
_JOURNALS = [
    ("Journal of Psychiatric Practice", "10.1097/PRA.0000000000000"),
    ("Neuropsychiatric Disease and Treatment", "10.2147/NDT.S"),
    ("BMJ Open", "10.1136/bmjopen-2021-0"),
    ("American Journal of Psychiatry", "10.1176/appi.ajp.2021.2"),
    ("Psychological Medicine", "10.1017/S00332917160"),
    ("Expert Review of Neurotherapeutics", "10.1586/14737175.2016.11"),
    ("Journal of Psychiatric Research", "10.1016/j.jpsychires.2021.03.0"),
    ("Journal of Affective Disorders", "10.1016/j.jad.2020.0"),
    ("Molecular Psychiatry", "10.1038/s41380-020-0"),
    ("Biological Psychiatry", "10.1016/j.biopsych.2019.0"),
]


def invented_cases(
    messages: list[dict[str, Any]], rng: random.Random, count: int = 60
) -> list[Case]:
    cases: list[Case] = []
    real_dois = [str(m["DOI"]).lower() for m in messages]
    for index in range(count):
        drug, drug2 = rng.sample(_DRUGS, 2)
        template = _TEMPLATES[index % len(_TEMPLATES)]
        title = template.format(
            drug=drug, drug_l=drug.lower(), drug2_l=drug2.lower(), cond=rng.choice(_CONDITIONS)
        )
        title = title[0].upper() + title[1:]
        authors = rng.sample(_SURNAMES, rng.choice([1, 2, 2, 3]))
        journal, prefix = rng.choice(_JOURNALS)
        year = rng.randrange(2012, 2024)
        style = index % 6
        if style == 5 and real_dois:
            doi: str | None = rng.choice(real_dois)  # real DOI, invented title
            kind = "invented_real_doi"
        elif style == 4:
            doi, kind = None, "invented_no_doi"
        else:
            doi, kind = f"{prefix}{rng.randrange(1000, 99999)}".lower(), "invented"
        first = rng.randrange(1, 900)
        cited = Cited(
            title=title,
            authors=authors,
            year=year,
            journal=journal,
            volume=str(rng.randrange(5, 60)),
            issue=str(rng.randrange(1, 12)),
            pages=f"{first}-{first + rng.randrange(5, 15)}",
            doi=doi,
        )
        ref = Reference(
            id=f"invented-{index}", origin="reference_list", raw=_raw(cited), cited=cited
        )
        cases.append(Case(kind=kind, expected=Verdict.NOT_FOUND, ref=ref, real=False))
    return cases


def build_labelled_set(messages: list[dict[str, Any]], seed: int = 20261122) -> list[Case]:
    rng = random.Random(seed)
    return real_cases(messages, rng) + invented_cases(messages, rng)


@dataclass
class Evaluation:
    cases: list[Case]
    predicted: list[Verdict]
    confusion: dict[tuple[str, str], int]
    accuracy: float
    real_not_found: int
    invented_not_found_rate: float
    min_real_title: float  # worst title similarity of a real citation with its own record
    max_invented_title: float  # best title similarity of an invented work with any real record


def evaluate(cases: list[Case], messages: list[dict[str, Any]]) -> Evaluation:
    source = FakeCrossref(messages)
    refs = asyncio.run(verify_references([c.ref for c in cases], source))
    predicted = [r.verdict or Verdict.UNVERIFIABLE for r in refs]
    confusion = Counter((c.expected.value, p.value) for c, p in zip(cases, predicted, strict=True))
    correct = sum(1 for c, p in zip(cases, predicted, strict=True) if c.expected == p)
    real_nf = sum(
        1 for c, p in zip(cases, predicted, strict=True) if c.real and p == Verdict.NOT_FOUND
    )
    invented = [p for c, p in zip(cases, predicted, strict=True) if not c.real]
    titles = [record_from_message(m).title for m in messages]
    real_titles = [
        title_similarity(c.ref.cited.title, c.true_title)
        for c in cases
        if c.real and c.ref.cited.title and c.true_title and "garbled" not in c.kind
    ]
    invented_titles = [
        max((title_similarity(c.ref.cited.title, t) for t in titles), default=0.0)
        for c in cases
        if not c.real
    ]
    return Evaluation(
        cases=cases,
        predicted=predicted,
        confusion=dict(confusion),
        accuracy=correct / len(cases) if cases else 0.0,
        real_not_found=real_nf,
        invented_not_found_rate=(
            sum(1 for p in invented if p == Verdict.NOT_FOUND) / len(invented) if invented else 0.0
        ),
        min_real_title=min(real_titles, default=0.0),
        max_invented_title=max(invented_titles, default=0.0),
    )


def format_report(result: Evaluation) -> str:
    verdicts = [v.value for v in Verdict]
    width = max(len(v) for v in verdicts) + 2
    lines = ["expected \\ predicted".ljust(width + 4) + "".join(v[:12].rjust(14) for v in verdicts)]
    for expected in verdicts:
        row = [result.confusion.get((expected, p), 0) for p in verdicts]
        if any(row):
            lines.append(expected.ljust(width + 4) + "".join(str(n).rjust(14) for n in row))
    real = sum(1 for c in result.cases if c.real)
    lines += [
        f"cases: {len(result.cases)} ({real} real-derived, {len(result.cases) - real} invented)",
        f"accuracy: {result.accuracy:.3f}",
        f"real citations judged not_found: {result.real_not_found}",
        f"invented works judged not_found: {result.invented_not_found_rate:.3f}",
        f"title similarity: worst real variant {result.min_real_title:.3f}, "
        f"best invented look-alike {result.max_invented_title:.3f}",
    ]
    for case, predicted in zip(result.cases, result.predicted, strict=True):
        if case.expected != predicted:
            lines.append(
                f"  MISS {case.ref.id}: expected {case.expected.value}, got {predicted.value}"
            )
    return "\n".join(lines)


def main() -> int:
    messages = load_real_messages()
    result = evaluate(build_labelled_set(messages), messages)
    print(f"real records: {len(messages)}")
    print(format_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
