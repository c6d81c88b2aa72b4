"""An unregistered DOI (doi.org: "DOI does not exist") is evidence of its own, whatever the
work's type: a preprint, book or report citing one that no search finds is `not_found`, while
the same citation whose DOI went unchecked, or that Crossref alone lacks, stays `unverifiable`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main
from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.source import AgencyResult, DoiResult, LookupStatus, SearchResult
from citecheck.verification.decide import Evidence, decide
from crossref_stub import CrossrefStub

DOI = "10.1101/2024.01.15.24301234"
PREPRINT = (
    "Hollis KM, Varga T. Intranasal ketamine for acute suicidal ideation in the emergency "
    "department. medRxiv [Preprint]. 2024. doi:10.1101/2024.01.15.24301234"
)
BOOK = (
    "Hollis KM. Ketamine in Emergency Psychiatry. 2nd edition. Oxford: Clinical Press; 2020. "
    "doi:10.1101/2024.01.15.24301234"
)
ABSENT = DoiResult(status=LookupStatus.ABSENT, source="crossref-api")
NO_MATCH = (SearchResult(status=LookupStatus.ABSENT, source="crossref-api", authoritative=True),)


def cited_ref(raw: str, **fields: object) -> Reference:
    cited = Cited(
        title="Intranasal ketamine for acute suicidal ideation in the emergency department",
        authors=["Hollis", "Varga"],
        year=2024,
        doi=DOI,
    ).model_copy(update=fields)
    return Reference(id="ref-5", origin="reference_list", raw=raw, cited=cited)


def evidence(agency: AgencyResult, searches: tuple[SearchResult, ...] = NO_MATCH) -> Evidence:
    return Evidence(doi=DOI, doi_result=ABSENT, agency=agency, searches=searches, queries=("q",))


UNREGISTERED = AgencyResult(
    status=LookupStatus.ABSENT, source="crossref-api", detail="doi.org: DOI does not exist"
)


@pytest.mark.parametrize(
    "ref",
    [
        cited_ref(PREPRINT, journal="medRxiv"),
        cited_ref(BOOK, journal=None, publisher="Clinical Press"),
    ],
    ids=["preprint", "book"],
)
def test_an_unregistered_doi_is_not_found_whatever_the_type(ref: Reference) -> None:
    out = decide(ref, evidence(UNREGISTERED))
    codes = [r.code for r in out.reasons]
    assert out.verdict == Verdict.NOT_FOUND, codes
    assert codes[:2] == ["doi_unregistered", "search_no_match"]
    assert "not_journal_article" not in codes


@pytest.mark.parametrize(
    "agency",
    [
        AgencyResult(status=LookupStatus.FAILED, detail="HTTP 503 after 4 attempts"),
        AgencyResult(status=LookupStatus.OFFLINE),
        AgencyResult(status=LookupStatus.UNKNOWN),
        AgencyResult(status=LookupStatus.FOUND, agency="datacite"),
    ],
    ids=["doi.org failed", "offline", "unknown", "datacite"],
)
def test_without_doi_orgs_own_no_a_preprint_stays_unverifiable(agency: AgencyResult) -> None:
    out = decide(cited_ref(PREPRINT, journal="medRxiv"), evidence(agency))
    assert out.verdict == Verdict.UNVERIFIABLE, [r.code for r in out.reasons]


def test_an_unregistered_doi_with_no_search_answer_stays_unverifiable() -> None:
    failed = (SearchResult(status=LookupStatus.FAILED, source="crossref-api"),)
    out = decide(cited_ref(PREPRINT, journal="medRxiv"), evidence(UNREGISTERED, failed))
    assert out.verdict == Verdict.UNVERIFIABLE


def test_a_preprint_without_a_doi_that_no_search_finds_stays_unverifiable() -> None:
    ref = cited_ref(PREPRINT.rsplit(" doi:", 1)[0], journal="medRxiv", doi=None)
    out = decide(ref, Evidence(searches=NO_MATCH, queries=("q",)))
    codes = [r.code for r in out.reasons]
    assert out.verdict == Verdict.UNVERIFIABLE and "not_journal_article" in codes


# --- through the CLI, against the local Crossref and doi.org stand-in -----------------------

ARTICLE = f"""# Ketamine in the emergency department

Intranasal ketamine eased suicidal ideation within hours [1].

## References

1. {PREPRINT}
"""


def _audit_online(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_doi_org: bool
) -> tuple[int, dict[str, Any]]:
    article = tmp_path / "preprint.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with CrossrefStub(records={}) as stub:
        if fail_doi_org:
            stub.fail_next(10_000, "503", budget="doi-org")
        argv = ["audit", str(article), "--crossref-url", stub.url, "--doi-url", stub.doi_url]
        argv += ["--mailto", "qa@example.org", "--no-progress", "--no-cache", "--format", "json"]
        argv += ["--no-support"]
        with pytest.raises(SystemExit) as info:
            main(argv)
    out, _ = capsys.readouterr()
    return int(info.value.code or 0), json.loads(out)


@pytest.mark.usefixtures("quick_pace", "quick_retries")
@pytest.mark.parametrize("fail_doi_org", [False, True], ids=["doi.org says no", "doi.org down"])
def test_cli_an_invented_preprint_doi_fails_the_run_only_on_doi_orgs_no(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fail_doi_org: bool,
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    code, findings = _audit_online(tmp_path, capsys, fail_doi_org)
    (ref,) = [r for r in findings["articles"][0]["references"] if r["origin"] == "reference_list"]
    codes = [reason["code"] for reason in ref["reasons"]]
    if fail_doi_org:
        assert ref["verdict"] == "unverifiable" and code == 0, codes
        assert "doi_unregistered" not in codes
    else:
        assert ref["verdict"] == "not_found" and code == 1, codes
        assert codes[:2] == ["doi_unregistered", "search_no_match"]
