"""The claim <-> source check through the CLI, against local stand-ins of Crossref, PubMed and
Europe PMC: the issue's example, the options, faults and offline runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from citecheck.cli import main
from crossref_stub import CrossrefStub
from text_stub import StubWork, TextStub

ROOT = Path(__file__).resolve().parents[1]
SET = yaml.safe_load((ROOT / "tests/fixtures/support/dev.yaml").read_text(encoding="utf-8"))
TRIAL = next(w for w in SET["works"] if w["id"] == "ketamine-ect")
MICE = next(w for w in SET["works"] if w["id"] == "mouse-zx14")
# the stand-ins publish no rate limit: these tests assert verdicts and requests, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")
SEED = (
    "In this extensive trial involving 403 patients, ketamine demonstrated a significant "
    "improvement in depressive symptoms in 55% of the participants"
)
ARTICLE = f"""# Ketamine news

{SEED} [1]. ZX-14 at 10 mg/kg may calm anxious people [2].

## References

1. Tester A, Example B. {TRIAL["title"]}. Journal of Test Medicine. 2023;1:1-9. doi:{TRIAL["doi"]}
2. Mouse C. {MICE["title"]}. Journal of Test Biology. 2024;2:10-19. doi:{MICE["doi"]}
"""


def _stub_work(work: dict[str, Any]) -> StubWork:
    return StubWork(
        doi=work["doi"],
        title=work["title"],
        sections=[(label, text) for label, text in work["sections"]],
        publication_types=work.get("publication_types", []),
        mesh=work.get("mesh", []),
        trial_ids=work.get("trial_ids", []),
    )


def _record(work: dict[str, Any], family: str, journal: str, year: int, page: str) -> dict:
    return {
        "DOI": work["doi"],
        "type": "journal-article",
        "title": [work["title"]],
        "author": [{"given": "A.", "family": family}],
        "container-title": [journal],
        "issued": {"date-parts": [[year]]},
        "volume": "1" if year == 2023 else "2",
        "page": page,
    }


RECORDS = {
    TRIAL["doi"]: _record(TRIAL, "Tester", "Journal of Test Medicine", 2023, "1-9"),
    MICE["doi"]: _record(MICE, "Mouse", "Journal of Test Biology", 2024, "10-19"),
}


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, _ = capsys.readouterr()
    return int(info.value.code or 0), json.loads(out)


def _args(crossref: CrossrefStub, texts: TextStub) -> list[str]:
    return [
        "--crossref-url",
        crossref.url,
        "--doi-url",
        crossref.doi_url,
        "--pubmed-url",
        texts.pubmed_url,
        "--europepmc-url",
        texts.europepmc_url,
        "--no-progress",
        "--format",
        "json",
    ]


def _claims(findings: dict) -> dict[str, dict]:
    return {claim["text"]: claim for claim in findings["articles"][0]["claims"]}


def test_the_issue_example_end_to_end(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    works = {TRIAL["doi"]: _stub_work(TRIAL), MICE["doi"]: _stub_work(MICE)}
    with CrossrefStub(records=RECORDS) as crossref, TextStub(works) as texts:
        code, findings = _run(
            ["audit", str(article), *_args(crossref, texts), "--fail-on", "contradicted"],
            capsys,
        )
    claims = _claims(findings)
    share = claims["55% of the participants"]["support"]
    assert share["verdict"] == "contradicted" and share["source"] == "pubmed"
    assert share["reasons"][0]["code"] == "arm_as_all"
    assert "55.4% of the patients in the ketamine group" in share["evidence"]
    assert share["found"]["value"] == 55.4
    assert claims["403 patients"]["support"]["verdict"] == "consistent"
    dose = claims["10 mg/kg"]["support"]
    assert dose["verdict"] == "consistent"
    assert [r["code"] for r in dose["reasons"]] == ["weak_evidence"]
    refs = {r["record"]["doi"]: r for r in findings["articles"][0]["references"]}
    assert refs[TRIAL["doi"]]["study"]["design"] == "rct"
    assert refs[TRIAL["doi"]]["study"]["trial_ids"] == ["NCT03113968"]
    assert refs[MICE["doi"]]["study"]["species"] == "animal"
    assert code == 1


def test_weak_evidence_fails_only_when_asked(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    works = {MICE["doi"]: _stub_work(MICE)}  # the trial's text is not to be had
    with CrossrefStub(records=RECORDS) as crossref, TextStub(works) as texts:
        quiet, findings = _run(
            ["audit", str(article), *_args(crossref, texts), "--fail-on", "none"], capsys
        )
        loud, _ = _run(
            ["audit", str(article), *_args(crossref, texts), "--fail-on", "weak_evidence"],
            capsys,
        )
    assert (quiet, loud) == (0, 1)
    assert _claims(findings)["55% of the participants"]["support"]["verdict"] == "no_source_text"


def _annotations(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_a_contradicted_claim_is_an_error_exactly_when_it_fails_the_run(
    article: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """newuser9 S10: by default a contradicted claim does not fail the run, so it is no error;
    with `--fail-on ...,contradicted` it fails the run and is one. The contract's error rules
    (not_found, wrong_doi, retracted) stay errors either way."""
    works = {TRIAL["doi"]: _stub_work(TRIAL), MICE["doi"]: _stub_work(MICE)}
    gated = "not_found,wrong_doi,retracted,contradicted"
    with CrossrefStub(records=RECORDS) as crossref, TextStub(works) as texts:
        args = [*_args(crossref, texts)[:-1], fmt]
        default = _annotations(["audit", str(article), *args], capsys)
        failing = _annotations(["audit", str(article), *args, "--fail-on", gated], capsys)

    def levels(out: str) -> set[str]:
        if fmt == "sarif":
            (run,) = json.loads(out)["runs"]
            return {r["level"] for r in run["results"] if r["ruleId"] == "contradicted"}
        return {
            line[2 : line.index(" ")]
            for line in out.splitlines()
            if "citecheck contradicted" in line
        }

    assert default[0] == 0 and levels(default[1]) == {"warning"}
    assert failing[0] == 1 and levels(failing[1]) == {"error"}


def test_no_support_asks_nothing(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with CrossrefStub(records=RECORDS) as crossref, TextStub({}) as texts:
        _, findings = _run(["audit", str(article), *_args(crossref, texts), "--no-support"], capsys)
        assert texts.log == []
    assert all(claim["support"] is None for claim in findings["articles"][0]["claims"])
    assert all(ref["study"] is None for ref in findings["articles"][0]["references"])


def test_failures_and_offline_are_unverifiable_never_contradicted(
    article: Path, capsys: pytest.CaptureFixture[str], quick_retries: None
) -> None:
    works = {TRIAL["doi"]: _stub_work(TRIAL)}
    with CrossrefStub(records=RECORDS) as crossref, TextStub(works) as texts:
        texts.fail_next(10_000, "503")
        with pytest.raises(SystemExit):
            main(["audit", str(article), *_args(crossref, texts), "--concurrency", "2"])
        out, warned = capsys.readouterr()
        failed = json.loads(out)
        texts.log.clear()
        _, offline = _run(["audit", str(article), *_args(crossref, texts), "--offline"], capsys)
        assert texts.log == []
    assert "could not be held against their sources" in warned
    for findings, code in ((failed, "network"), (offline, "offline")):
        for claim in findings["articles"][0]["claims"]:
            support = claim["support"]
            if support is None:
                continue
            assert support["verdict"] == "unverifiable", claim
            assert support["reasons"][0]["code"] == code


def test_a_bad_pubmed_url_is_a_usage_error(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit", str(article), "--offline", "--pubmed-url", "ftp://nowhere"])
    assert info.value.code == 2
    assert "--pubmed-url" in capsys.readouterr().err


def test_a_claim_is_held_against_its_own_clauses_source_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One sentence cites the trial and the mouse study: the ketamine dose rests on the trial
    alone, whose 0.5 mg/kg contradicts it, not on the mouse study's 10 mg/kg of another drug."""
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "article.md"
    path.write_text(
        ARTICLE.replace(
            f"{SEED} [1]. ZX-14 at 10 mg/kg may calm anxious people [2].",
            "Patients were given ketamine at 10 mg/kg twice a week [1], while mice were given "
            "ZX-14 for 14 days [2].",
        ),
        encoding="utf-8",
    )
    works = {TRIAL["doi"]: _stub_work(TRIAL), MICE["doi"]: _stub_work(MICE)}
    with CrossrefStub(records=RECORDS) as crossref, TextStub(works) as texts:
        _, findings = _run(
            ["audit", str(path), *_args(crossref, texts), "--fail-on", "none"], capsys
        )
    refs = {r["id"]: r["record"]["doi"] for r in findings["articles"][0]["references"]}
    claims = _claims(findings)
    dose, days = claims["10 mg/kg"], claims["14 days"]
    assert [refs[r] for r in dose["reference_ids"]] == [TRIAL["doi"]]
    assert [refs[r] for r in days["reference_ids"]] == [MICE["doi"]]
    assert dose["support"]["verdict"] == "contradicted"
    assert dose["support"]["reference_id"] == dose["reference_ids"][0]
    assert days["support"]["verdict"] == "consistent"
