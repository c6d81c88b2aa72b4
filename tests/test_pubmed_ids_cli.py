"""`citecheck audit` on an article whose reference list cites by PMID, PMCID and PubMed/PMC links,
against local stand-ins of Crossref and E-utilities given as --crossref-url / --pubmed-url.

Real facts: PMID 10686270 is Berman et al. 2000 (DOI 10.1016/s0006-3223(99)00230-9, Crossref
record in data/crossref-snapshot.jsonl). The other works, ids and DOIs are synthetic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main
from crossref_stub import CrossrefStub
from fakes import load_messages
from text_stub import TextStub, esummary_doc

ROOT = Path(__file__).resolve().parents[1]
BERMAN_DOI = "10.1016/s0006-3223(99)00230-9"
BERMAN = next(
    m
    for m in load_messages(ROOT / "data/crossref-snapshot.jsonl")
    if m["DOI"].lower() == BERMAN_DOI
)
# the stand-ins publish no rate limit: these tests assert verdicts and requests, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")
LINK_DOI = "10.5555/citecheck.pmc.link"
LINK = {
    "DOI": LINK_DOI,
    "type": "journal-article",
    "title": ["Nightly glucose swings in shift workers: a cohort study"],
    "author": [{"given": "Ada", "family": "Quenby"}, {"given": "Bo", "family": "Lindqvist"}],
    "container-title": ["Journal of Test Endocrinology"],
    "issued": {"date-parts": [[2019]]},
    "volume": "12",
    "page": "101-109",
}
SUMMARIES = {
    ("pubmed", "10686270"): esummary_doc(
        "10686270",
        doi="10.1016/S0006-3223(99)00230-9",
        title="Antidepressant effects of ketamine in depressed patients.",
        authors=("Berman RM", "Cappiello A", "Anand A"),
        journal="Biological psychiatry",
        pubdate="2000 Feb 15",
    ),
    ("pmc", "9000001"): esummary_doc(
        "9000001",
        doi=LINK_DOI,
        pmid="31000001",
        title="Nightly glucose swings in shift workers: a cohort study.",
        authors=("Quenby A", "Lindqvist B"),
        journal="Journal of test endocrinology",
        pubdate="2019",
    ),
}
ARTICLE = """# Ketamine and sleep

Ketamine lifted mood within 72 hours [1]. Glucose swings were larger at night [2]. A third
entry gives no title, only a PubMed link [3]. A fourth by a number PubMed does not know [4].

## References

1. Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-354. PMID: 10686270.
2. Quenby A, Lindqvist B. Nightly glucose swings in shift workers: a cohort study. J Test Endocrinol. 2019;12:101-109. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9000001/
3. Berman RM, Cappiello A, Anand A, et al. Biol Psychiatry. 2000;47(4):351-354. https://pubmed.ncbi.nlm.nih.gov/10686270/
4. Tester A. Imaginary effects of imaginary drugs. J Imag Med. 2021;3:1-2. PMID: 424242.
"""


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, _ = capsys.readouterr()
    return int(info.value.code or 0), json.loads(out)


def _args(crossref: CrossrefStub, ncbi: TextStub) -> list[str]:
    return [
        "--crossref-url",
        crossref.url,
        "--doi-url",
        crossref.doi_url,
        "--pubmed-url",
        ncbi.pubmed_url,
        "--mailto",
        "qa@example.org",
        "--no-support",
        "--no-progress",
        "--format",
        "json",
    ]


def _refs(findings: dict[str, Any]) -> list[dict[str, Any]]:
    refs: list[dict[str, Any]] = findings["articles"][0]["references"]
    return refs


def test_references_cited_by_pmid_and_pmc_link_are_verified(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = {BERMAN_DOI: BERMAN, LINK_DOI: LINK}
    with CrossrefStub(records=records) as crossref, TextStub(summaries=SUMMARIES) as ncbi:
        code, findings = _run(["audit", str(article), *_args(crossref, ncbi)], capsys)
        asked = [(r.query["db"], uid) for r in ncbi.requests() for uid in r.query["id"].split(",")]

        identified = all(
            r.query["tool"] == "citecheck" and r.query["email"] == "qa@example.org"
            for r in ncbi.requests()
        )
    refs = _refs(findings)
    assert [r["cited"].get("pmid") or r["cited"].get("pmcid") for r in refs] == [
        "10686270",
        "PMC9000001",
        "10686270",
        "424242",
    ]
    # the third entry's journal is read as its title, as it would be beside a DOI
    assert [r["verdict"] for r in refs[:3]] == ["verified", "verified", "metadata_mismatch"]
    assert "title_differs" in [reason["code"] for reason in refs[2]["reasons"]]
    assert [r["record"]["doi"] for r in refs[:3]] == [BERMAN_DOI, LINK_DOI, BERMAN_DOI]
    assert all(r["reasons"][0]["code"] == "pmid_doi" for r in refs[:3])
    # PubMed does not know 424242: a reason, and the reference is decided on its title
    assert refs[3]["reasons"][0]["code"] == "pmid_unknown"
    # as it would be without the PMID: a titled journal article no search confirms
    assert refs[3]["verdict"] == "not_found"
    # each distinct id asked once, identifying the tool and its user
    assert sorted(asked) == [("pmc", "9000001"), ("pubmed", "10686270"), ("pubmed", "424242")]
    assert identified
    assert code == 1


def test_offline_asks_nothing_then_answers_from_the_cache(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = {BERMAN_DOI: BERMAN, LINK_DOI: LINK}
    with CrossrefStub(records=records) as crossref, TextStub(summaries=SUMMARIES) as ncbi:
        _, cold = _run(["audit", str(article), *_args(crossref, ncbi), "--offline"], capsys)
        assert ncbi.log == [] and crossref.log == []
        _run(["audit", str(article), *_args(crossref, ncbi)], capsys)
        ncbi.log.clear()
        crossref.log.clear()
        _, warm = _run(["audit", str(article), *_args(crossref, ncbi), "--offline"], capsys)
        assert ncbi.log == [] and crossref.log == []
    # cold: only the bundled snapshot answers (it holds Berman 2000, so entries 1 and 3 are
    # found by search); the PMC-linked work is unverifiable, the unknown PMID never not_found
    cold_verdicts = [r["verdict"] for r in _refs(cold)]
    assert (cold_verdicts[1], cold_verdicts[3]) == ("unverifiable", "unverifiable")
    assert _refs(cold)[1]["reasons"][0]["code"] == "offline"
    assert [r["verdict"] for r in _refs(warm)][:2] == ["verified"] * 2


def test_an_ncbi_outage_is_never_evidence(
    article: Path, capsys: pytest.CaptureFixture[str], quick_retries: None
) -> None:
    with CrossrefStub(records={LINK_DOI: LINK}) as crossref, TextStub(summaries=SUMMARIES) as ncbi:
        ncbi.fail_next(10_000, "503")
        with pytest.raises(SystemExit):
            main(["audit", str(article), *_args(crossref, ncbi), "--concurrency", "2"])
        out, warned = capsys.readouterr()
    refs = _refs(json.loads(out))
    assert all(r["reasons"][0]["code"] == "network" for r in refs)
    # found by search all the same (Berman 2000 from the bundled snapshot)
    assert [r["verdict"] for r in refs[:2]] == ["verified", "verified"]
    # nothing found, but the PMID went unchecked: unverifiable, never not_found
    assert refs[3]["verdict"] == "unverifiable"
    assert "could not be checked" in warned


def test_a_bad_pubmed_url_stops_the_run_before_any_lookup(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit", str(article), "--no-support", "--pubmed-url", "ftp://nowhere"])
    assert info.value.code == 2
    assert "--pubmed-url" in capsys.readouterr().err


BARE_LIST = """# Ketamine and sleep

Ketamine lifted mood within 72 hours [1]. Glucose swings were larger at night [2]. The same
trial again, by its link [3].

## References

1. PMID: 10686270
2. PMCID: PMC9000001
3. https://pubmed.ncbi.nlm.nih.gov/10686270/
"""


def test_a_list_of_bare_identifiers_is_resolved_and_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Health articles often print an entry as its PMID alone: each is an entry, resolved."""
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    path = tmp_path / "bare.md"
    path.write_text(BARE_LIST, encoding="utf-8")
    records = {BERMAN_DOI: BERMAN, LINK_DOI: LINK}
    with CrossrefStub(records=records) as crossref, TextStub(summaries=SUMMARIES) as ncbi:
        code, findings = _run(["audit", str(path), *_args(crossref, ncbi)], capsys)
    refs = _refs(findings)
    assert [r["raw"] for r in refs] == [
        "PMID: 10686270",
        "PMCID: PMC9000001",
        "https://pubmed.ncbi.nlm.nih.gov/10686270/",
    ]
    assert [r["verdict"] for r in refs] == ["verified"] * 3
    assert [r["record"]["doi"] for r in refs] == [BERMAN_DOI, LINK_DOI, BERMAN_DOI]
    assert code == 0
