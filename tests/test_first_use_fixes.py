"""What first-time users found: --offline with a web address, comparators before statistics,
assertive phrases taken for hedges, a dose's rate written "a day"."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.cli import main
from citecheck.extraction.claims import extract_claims
from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import parse_reference
from citecheck.formats.values import describe_value
from citecheck.inputs import web
from citecheck.models import Cited, Claim, Record
from citecheck.resolution.records import record_from_message
from citecheck.verification.compare import compare_fields


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every attempt to fetch a page or open a socket is recorded and refused."""
    attempts: list[str] = []

    def refuse_fetch(url: str, **_: object) -> None:
        attempts.append(url)
        raise AssertionError("fetched a page")

    def refuse_connect(*args: object, **_: object) -> None:
        attempts.append(repr(args))
        raise AssertionError("opened a connection")

    monkeypatch.setattr(web, "fetch_page", refuse_fetch)
    monkeypatch.setattr(socket, "create_connection", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_connect)
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    return attempts


@pytest.mark.parametrize(
    "address",
    ["https://example.org/article", "http://example.org/news/2024/story.html", "HTTPS://EX.ORG/a"],
)
def test_offline_refuses_a_web_address_before_any_network(
    address: str, no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(["audit", address, "--offline", "--no-progress"], capsys)
    assert code == 2
    assert no_network == []
    assert err.count("\n") == 1 and address in err and "--offline" in err
    assert "Traceback" not in err and out == ""


def test_offline_refuses_a_web_address_listed_after_a_file(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(
        ["audit", str(article), "https://example.org/b", "--offline", "--no-progress"], capsys
    )
    assert code == 2 and no_network == [] and "https://example.org/b" in err


def test_a_file_offline_still_runs(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(["audit", str(article), "--offline", "--no-progress"], capsys)
    assert code == 0, err
    assert no_network == []


# --- a comparison before a statistic stays in its value ------------------------------------


def _claim_for(text: str, needle: str) -> Claim:
    return next(c for c in extract_claims(text) if needle in c.text)


@pytest.mark.parametrize(
    ("sentence", "needle", "bound", "shown"),
    [
        ("Deaths were fewer with the drug (p<0.001).", "0.001", {"high": 0.001,
         "high_inclusive": False}, "less than 0.001"),
        ("The gap between the arms was small (p < .05).", ".05", {"high": 0.05,
         "high_inclusive": False}, "less than 0.05"),
        ("Pain scores differed (P≤0.01) at twelve weeks.", "0.01", {"high": 0.01},
         "at most 0.01"),
        ("Weight did not change (p>0.2).", "0.2", {"low": 0.2, "low_inclusive": False},
         "more than 0.2"),
        ("Sleep was unchanged (P ≥ 0.5).", "0.5", {"low": 0.5}, "at least 0.5"),
        ("Only results with a p-value less than 0.05 were kept.", "0.05", {"high": 0.05,
         "high_inclusive": False}, "less than 0.05"),
        ("Children with an IQ<70 were not enrolled.", "70", {"high": 70,
         "high_inclusive": False}, "less than 70"),
        ("Adults with a BMI ≥ 35 joined the trial.", "35", {"low": 35}, "at least 35"),
        ("Studies with an OR>1.5 were pooled.", "1.5", {"low": 1.5, "low_inclusive": False},
         "more than 1.5"),
    ],
)  # fmt: skip
def test_a_comparison_before_a_statistic_is_kept_in_its_value(
    sentence: str, needle: str, bound: dict[str, object], shown: str
) -> None:
    claim = _claim_for(sentence, needle)
    assert claim.type == "other_quantity"
    figure = next(iter(v for k, v in bound.items() if k in ("low", "high")))
    assert claim.value["value"] == figure  # the figure as written, as before
    assert {k: claim.value[k] for k in bound} == bound
    assert ({"low", "high"} - set(bound)).isdisjoint(claim.value)  # one side only
    assert describe_value(claim) == shown


def test_an_equal_sign_sets_no_bound() -> None:
    claim = _claim_for("Mortality fell (p = 0.003).", "0.003")
    assert claim.value == {"value": 0.003, "measure": "p-value"}
    assert describe_value(claim) == "0.003"


_SIGNS = {"<": ("high", False), "≤": ("high", True), "<=": ("high", True), ">": ("low", False),
          "≥": ("low", True), ">=": ("low", True)}  # fmt: skip


@given(
    sign=st.sampled_from(sorted(_SIGNS)),
    space=st.sampled_from(["", " "]),
    letter=st.sampled_from(["p", "P"]),
    figure=st.integers(min_value=1, max_value=999),
)
def test_any_signed_p_value_keeps_its_bound(
    sign: str, space: str, letter: str, figure: int
) -> None:
    written = f"0.{figure:03d}"
    claim = _claim_for(f"Scores fell ({letter}{space}{sign}{space}{written}).", written)
    number = float(written)
    key, inclusive = _SIGNS[sign]
    assert claim.value["measure"] == "p-value" and claim.value["value"] == number
    assert claim.value[key] == number
    assert claim.value.get(f"{key}_inclusive", True) is inclusive
    assert ({"low", "high"} - {key}).isdisjoint(claim.value)


# --- an assertion is no hedge ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It has been shown that 40% of patients respond.",
        "Daily walks have been shown to cut the risk by 25%.",
        "Vaccination has been shown to protect 9 in 10 children.",
    ],
)
def test_shown_findings_are_asserted_not_hedged(sentence: str) -> None:
    claims = [c for c in extract_claims(sentence) if c.type != "study_attribution"]
    assert claims
    assert all(not c.hedged and c.hedge is None for c in claims)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It has been suggested that 40% of patients respond.", "suggested"),
        ("It may have been shown that 40% of patients respond.", "may"),
        ("Daily walks are thought to cut the risk by 25%.", "are thought to"),
    ],
)
def test_uncertain_findings_stay_hedged(sentence: str, cue: str) -> None:
    claim = next(c for c in extract_claims(sentence) if c.type == "percentage")
    assert claim.hedged and claim.hedge == cue


# --- a dose's period written as how often ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Take 10 micrograms a day.", "10 micrograms a day",
         {"value": 10, "unit": "microgram", "per": "day"}),
        ("Children need 15 mcg a day of vitamin D.", "15 mcg a day",
            {"value": 15, "per": "day"}),
        ("Use no more than 3 g each day.", "no more than 3 g each day",
         {"value": 3, "unit": "g", "per": "day"}),
        ("The tablet is 70 mg a week, taken on Mondays.", "70 mg a week",
         {"value": 70, "unit": "mg", "per": "week"}),
        ("Adults may take 1 g every day with food.", "1 g every day",
         {"value": 1, "unit": "g", "per": "day"}),
        ("Give 800 units a day until the spring.", "800 units a day",
         {"value": 800, "unit": "unit", "per": "day"}),
        ("The injection is 150 mg a month.", "150 mg a month",
         {"value": 150, "unit": "mg", "per": "month"}),
        ("Take 9mg a day after that.", "9mg a day", {"value": 9, "unit": "mg", "per": "day"}),
    ],
)  # fmt: skip
def test_a_dose_taken_each_period_is_one_claim_with_its_period(
    sentence: str, span: str, value: dict[str, object]
) -> None:
    doses = [c for c in extract_claims(sentence) if c.type == "dose"]
    assert [c.text for c in doses] == [span]
    assert {k: doses[0].value.get(k) for k in value} == value
    assert describe_value(doses[0]).endswith(f"per {value['per']}")


def test_per_day_after_a_plain_unit_is_how_often_and_a_slash_joins_the_unit() -> None:
    # "per day" says what "a day" says (heldout50, 51, 64 golds: unit mg); "/day" is a unit
    (dose,) = [c for c in extract_claims("Take 2 mg per day.") if c.type == "dose"]
    assert dose.text == "2 mg per day" and dose.value == {"value": 2, "unit": "mg", "per": "day"}
    (dose,) = [c for c in extract_claims("Take 2 mg/day.") if c.type == "dose"]
    assert dose.text == "2 mg/day" and dose.value == {"value": 2, "unit": "mg/day"}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Take 5 mg a day or two before the scan.", "5 mg"),
        ("Start 5 mg a week later.", "5 mg"),
        ("Give 2 mg a day after the first dose.", "2 mg"),
        ("Doses of 10 mg a week apart were given.", "10 mg"),
    ],
)
def test_a_time_after_a_dose_is_not_its_period(sentence: str, span: str) -> None:
    doses = [c for c in extract_claims(sentence) if c.type == "dose"]
    assert [c.text for c in doses] == [span]
    assert "per" not in doses[0].value


# --- a citation that mixes two works; where a DOI's record came from ------------------------

# Two SYNTHETIC works (DOI prefix 10.5555) of one year in one journal, as a local
# Crossref-format snapshot holds them.
_TRIAL = {
    "DOI": "10.5555/trial-a",
    "type": "journal-article",
    "title": ["Oral zinc for the common cold in school children"],
    "author": [{"family": "Moreau", "given": "L"}, {"family": "Achebe", "given": "K"}],
    "container-title": ["Journal of Synthetic Paediatrics"],
    "volume": "41",
    "issue": "2",
    "page": "101-109",
    "issued": {"date-parts": [[2019, 3]]},
}
_REVIEW = {
    "DOI": "10.5555/review-b",
    "type": "journal-article",
    "title": ["Nasal saline irrigation for chronic sinusitis in adults"],
    "author": [{"family": "Ferreira", "given": "M"}, {"family": "Holm", "given": "J"}],
    "container-title": ["Journal of Synthetic Paediatrics"],
    "volume": "44",
    "issue": "7",
    "page": "880-891",
    "issued": {"date-parts": [[2019, 9]]},
}


def _snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "snapshot.jsonl"
    path.write_text("\n".join(json.dumps(m) for m in (_TRIAL, _REVIEW)) + "\n", encoding="utf-8")
    return path


def _audit(
    tmp_path: Path, entry: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    article = tmp_path / "draft.md"
    article.write_text(
        f"# Draft\n\nZinc shortened colds [1].\n\n## References\n\n1. {entry}\n", encoding="utf-8"
    )
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--no-support"]
    code, out, err = run([*argv, "--snapshot", str(_snapshot(tmp_path)), *extra], capsys)
    assert "Traceback" not in err
    return code, out


def _reference(out: str) -> dict[str, Any]:
    findings = json.loads(out)
    (reference,) = findings["articles"][0]["references"]
    return dict(reference)


def test_a_title_borrowed_from_another_work_is_a_mismatch_not_a_wrong_doi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[str]
) -> None:
    # authors, year, journal, volume, issue, pages and DOI are the trial's; the title is the
    # review's: the DOI is right and the title is wrong, not the other way round
    entry = (
        "Moreau L, Achebe K. Nasal saline irrigation for chronic sinusitis in adults. "
        "J Synth Paediatr. 2019;41(2):101-9. doi:10.5555/trial-a"
    )
    code, out = _audit(tmp_path, entry, capsys, "--format", "json")
    reference = _reference(out)
    assert reference["verdict"] == "metadata_mismatch"
    assert reference["suggested_doi"] is None
    assert reference["record"]["doi"] == "10.5555/trial-a"
    codes = [r["code"] for r in reference["reasons"]]
    assert "title_differs" in codes and "title_of_other_work" in codes
    other = next(r for r in reference["reasons"] if r["code"] == "title_of_other_work")
    assert "10.5555/review-b" in other["message"]
    assert code == 0  # a mismatch is not in the default --fail-on
    assert no_network == []


def test_the_title_and_authors_of_another_work_still_make_a_wrong_doi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[str]
) -> None:
    # the review's authors and title: the review is meant, with another work's DOI
    entry = (
        "Ferreira M, Holm J. Nasal saline irrigation for chronic sinusitis in adults. "
        "J Synth Paediatr. 2019;44(7):880-91. doi:10.5555/trial-a"
    )
    code, out = _audit(tmp_path, entry, capsys, "--format", "json")
    reference = _reference(out)
    assert reference["verdict"] == "wrong_doi"
    assert reference["suggested_doi"] == "10.5555/review-b"
    assert code == 1


def test_only_problems_lists_what_else_differs_beside_a_wrong_doi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[str]
) -> None:
    # the review's authors and title, the trial's DOI, year, volume and pages
    entry = (
        "Ferreira M, Holm J. Nasal saline irrigation for chronic sinusitis in adults. "
        "J Synth Paediatr. 2019;41(2):101-9. doi:10.5555/trial-a"
    )
    code, out = _audit(tmp_path, entry, capsys, "--only", "problems", "--format", "markdown")
    assert code == 1
    action = out.split("### Needs action", 1)[1]
    wrong = action.split("Wrong DOI", 1)[1].split("\n- **", 1)[0]
    assert "`10.5555/trial-a` → `10.5555/review-b`" in wrong
    for difference in ("volume: 41 → 44", "issue: 2 → 7", "pages: 101-9 → 880-891"):
        assert difference in wrong, wrong


def test_a_snapshot_answer_is_not_called_crossrefs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[str]
) -> None:
    entry = (
        "Moreau L, Achebe K. Oral zinc for the common cold in school children. "
        "J Synth Paediatr. 2019;41(2):101-9. doi:10.5555/trial-a"
    )
    _, out = _audit(tmp_path, entry, capsys, "--format", "json")
    reference = _reference(out)
    assert reference["verdict"] == "verified" and reference["source"] == "snapshot"
    resolves = next(r for r in reference["reasons"] if r["code"] == "doi_resolves")
    assert "snapshot" in resolves["message"] and "Crossref" not in resolves["message"]


# --- annotations on a group of citations ------------------------------------------------------


def test_each_reference_in_a_group_is_marked_at_its_own_number_and_its_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: list[str]
) -> None:
    # both entries garbled (wrong pages), cited together in one bracket group
    article = tmp_path / "draft.md"
    article.write_text(
        "# Draft\n\nColds were shorter [1], [2] in two trials.\n\n## References\n\n"
        "1. Moreau L, Achebe K. Oral zinc for the common cold in school children. "
        "J Synth Paediatr. 2019;41(2):101-8. doi:10.5555/trial-a\n"
        "2. Ferreira M, Holm J. Nasal saline irrigation for chronic sinusitis in adults. "
        "J Synth Paediatr. 2019;44(7):880-90. doi:10.5555/review-b\n",
        encoding="utf-8",
    )
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--no-support"]
    argv += ["--snapshot", str(_snapshot(tmp_path)), "--format", "sarif"]
    _, out, _ = run(argv, capsys)
    lines = article.read_text(encoding="utf-8").split("\n")
    results = json.loads(out)["runs"][0]["results"]
    marked: dict[str, list[str]] = {}
    for result in results:
        assert result["ruleId"] == "metadata_mismatch"
        ref_id = result["message"]["text"].split()[0]
        for location in result["locations"]:
            region = location["physicalLocation"]["region"]
            text = lines[region["startLine"] - 1][region["startColumn"] - 1 :]
            marked.setdefault(ref_id, []).append(text[:12])
    assert marked == {
        "ref-1": ["[1], [2] in ", "Moreau L, Ac"],
        "ref-2": ["[2] in two t", "Ferreira M, "],
    }


# --- a group author, in the list and by its short name in the text --------------------------


@pytest.mark.parametrize(
    ("entry", "author"),
    [
        ("RECOVERY Collaborative Group, 2021. Dexamethasone in hospitalized patients with "
         "Covid-19. New England Journal of Medicine, 384(8), pp.693-704.",
         "RECOVERY Collaborative Group"),
        ("SPRINT Research Group, 2015. A randomized trial of intensive versus standard "
         "blood-pressure control. New England Journal of Medicine, 373(22), pp.2103-2116.",
         "SPRINT Research Group"),
    ],
)  # fmt: skip
def test_a_harvard_entry_by_a_group_names_the_group(entry: str, author: str) -> None:
    cited, _ = parse_reference(entry)
    assert cited.authors == [author]
    assert cited.title is not None and not cited.title.startswith(author)
    assert cited.journal == "New England Journal of Medicine"
    assert cited.volume is not None and cited.issue is not None and cited.pages is not None


@given(
    volume=st.integers(min_value=1, max_value=999),
    issue=st.integers(min_value=1, max_value=52),
    first=st.integers(min_value=1, max_value=5000),
    length=st.integers(min_value=1, max_value=40),
)
def test_a_harvard_volume_issue_and_pages_are_read_apart(
    volume: int, issue: int, first: int, length: int
) -> None:
    entry = (
        f"Okafor, B. and Lindqvist, A., 2020. Sleep and mood in night-shift nurses. "
        f"Journal of Synthetic Nursing, {volume}({issue}), pp.{first}-{first + length}."
    )
    cited, _ = parse_reference(entry)
    assert cited.journal == "Journal of Synthetic Nursing"
    assert (cited.volume, cited.issue) == (str(volume), str(issue))
    assert cited.pages == f"{first}-{first + length}"


_GROUP_LIST = (
    "\n\n## References\n\n"
    "Moreau, L. and Achebe, K., 2019. Oral zinc for colds. Journal of Synthetic Paediatrics, "
    "41(2), pp.101-109.\n\n"
    "ZINC-KIDS Study Group, 2021. Zinc syrup in nursery children. Journal of Synthetic "
    "Paediatrics, 43(1), pp.12-20.\n"
)


@pytest.mark.parametrize(
    "cites",
    [
        "(ZINC-KIDS, 2021)",
        "(ZINC-KIDS Study Group, 2021)",
        "the ZINC-KIDS Study Group (2021)",
        "(Moreau and Achebe, 2019; ZINC-KIDS, 2021)",
    ],
)
def test_a_group_cited_by_its_short_name_finds_its_entry(cites: str) -> None:
    text = f"# Draft\n\nColds were shorter {cites}." + _GROUP_LIST
    references, citations = extract_references(text)
    group = next(r for r in references if r.cited.authors == ["ZINC-KIDS Study Group"])
    assert group.origin == "reference_list"
    assert group.id in {c.reference_id for c in citations}
    assert all(r.origin == "reference_list" for r in references)  # nothing left unlinked


@pytest.mark.parametrize(
    "cites",
    ["(ZINC-KIDS, 2017)", "(ZINC, 2021)", "(Study Group, 2021)"],
)
def test_another_year_or_another_name_is_not_the_group(cites: str) -> None:
    text = f"# Draft\n\nColds were shorter {cites}." + _GROUP_LIST
    references, citations = extract_references(text)
    group = next(r for r in references if r.cited.authors == ["ZINC-KIDS Study Group"])
    assert group.id not in {c.reference_id for c in citations}


# --- a volume cited by the year's half -----------------------------------------------------


def _half_year_record(volume: str, issue: str) -> Record:
    return record_from_message(
        {
            "DOI": "10.5555/half-year",
            "type": "journal-article",
            "title": ["Agreement between two ways of weighing newborns"],
            "author": [{"family": "Moreau", "given": "L"}],
            "container-title": ["The Synthetic Lancet"],
            "volume": volume,
            "issue": issue,
            "page": "307-310",
            "issued": {"date-parts": [[1986, 2]]},
        }
    )


@pytest.mark.parametrize(
    ("cited_volume", "cited_issue", "record_volume", "record_issue", "ok"),
    [
        ("1", "8476", "327", "8476", True),  # the year's first volume, as PubMed cites it
        ("2", "8507", "328", "8507", True),
        ("1", "8477", "327", "8476", False),  # another issue: another volume indeed
        ("3", "8476", "327", "8476", False),  # no half-year volume
        ("1", "4", "12", "4", False),  # a small issue number says nothing across years
        ("1", None, "327", "8476", False),  # nothing to tell it by
    ],
)
def test_a_half_year_volume_with_the_same_running_issue_is_no_difference(
    cited_volume: str,
    cited_issue: str | None,
    record_volume: str,
    record_issue: str,
    ok: bool,
) -> None:
    cited = Cited(
        title="Agreement between two ways of weighing newborns",
        authors=["Moreau"],
        year=1986,
        journal="Synth Lancet",
        volume=cited_volume,
        issue=cited_issue,
        pages="307-10",
    )
    checks = compare_fields(cited, _half_year_record(record_volume, record_issue))
    volume = next(c for c in checks if c.field == "volume")
    assert volume.ok is ok
    assert volume.found == record_volume  # the record's number is still shown


@pytest.mark.parametrize(
    ("sentence", "needle", "bound", "shown"),
    [
        ("Side effects were rare (<5%).", "5%", {"high": 5, "high_inclusive": False},
         "less than 5%"),
        ("Most patients waited >48 hours for a bed.", "48 hours",
         {"low": 48, "low_inclusive": False}, "more than 48 hours"),
        ("Doses of ≥ 10 mg were used.", "10 mg", {"low": 10}, "at least 10 mg"),
        ("A blood lead level ≥5 µg/dL needs follow-up.", "5 µg/dL", {"low": 5},
         "at least 5 µg/dL"),
        ("Bleeding of > 1000 mL was recorded.", "1000 mL",
         {"low": 1000, "low_inclusive": False}, "more than 1000 ml"),
    ],
)  # fmt: skip
def test_a_sign_before_any_figure_is_kept_as_its_bound(
    sentence: str, needle: str, bound: dict[str, object], shown: str
) -> None:
    claim = _claim_for(sentence, needle)
    figure = next(iter(v for k, v in bound.items() if k in ("low", "high")))
    assert claim.value["value"] == figure
    assert {k: claim.value[k] for k in bound} == bound
    assert ({"low", "high"} - set(bound)).isdisjoint(claim.value)
    assert describe_value(claim) == shown


@pytest.mark.parametrize(
    ("sentence", "needle"),
    [
        ("Side effects were rare (5%).", "5%"),
        ("The score fell from 12 to 8 points.", "8"),
        ("Ages 5-10 years were eligible.", "10"),
    ],
)
def test_no_sign_no_bound(sentence: str, needle: str) -> None:
    claim = _claim_for(sentence, needle)
    assert "low_inclusive" not in claim.value and "high_inclusive" not in claim.value
    assert not ({"low", "high"} & set(claim.value)) or "value" not in claim.value
