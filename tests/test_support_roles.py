"""A claim is contradicted only by the SAME quantity of the SAME thing.

Classes (all texts are our own, about a fictional drug):
- a schedule of changing the dose ("increased every 2 weeks"), of checking the patient
  ("blood tests every 4 weeks") or of anything not dosed ("weighed every 4 weeks") is not the
  dosing frequency ("twice-daily");
- a starting dose or a step ("started at 10 mg", "increased by 10 mg") is not the dose the
  trial gave ("40 mg once weekly");
- a time point ("reached after 6 weeks", "within 4 weeks", "at 20 weeks", "over the first 16
  weeks") is not the length of the trial ("60 weeks of treatment");
- "over N weeks" before a period is the period ("during"), not a lower bound; after a word of
  extent ("lasting over", "for over") it is a lower bound, and a lower bound on a period never
  agrees with a much longer one;
- offline, a work whose abstract was read says so: `not_in_source` with the text read named,
  never "no abstract is cached".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.cli import main
from citecheck.extraction.claims import load_rules
from citecheck.models import Claim
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.verification.support_match import PreparedSource, decide, prepare_source
from support_claims import cited_claim

RULES = load_rules()
METHODS = (
    "We randomly assigned 900 adults to 60 weeks of treatment with twice-daily oral zentrafil "
    "at a dose of 40 mg or placebo."
)
RESULTS = (
    "From baseline to week 60, body weight fell by 12.1% with zentrafil and by 2.0% with placebo."
)


def _source(*sections: tuple[str, str]) -> PreparedSource:
    text = SourceText(
        doi="10.5555/citecheck.roles",
        origin="pubmed",
        sections=[TextSection(label=label, category=label, text=body) for label, body in sections],
        publication_types=["Randomized Controlled Trial"],
    )
    return prepare_source(text, RULES)


TRIAL = _source(("METHODS", METHODS), ("RESULTS", RESULTS))


def _claim(sentence: str, part: str) -> Claim:
    return cited_claim(sentence, part, RULES)


def _verdict(sentence: str, part: str, source: PreparedSource = TRIAL) -> str:
    return decide(_claim(sentence, part), source).verdict


# --- schedules: dosing, changing the dose, checking the patient ----------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        (
            "The dose starts at 10 mg twice daily and is increased every 2 weeks until 40 mg "
            "is reached.",
            "every 2 weeks",
        ),
        ("The dose is doubled every two weeks.", "every two weeks"),
        ("The dose was escalated every 3 weeks to the full 40 mg.", "every 3 weeks"),
        ("Doctors raise the dose once a week.", "once a week"),
        ("The dose goes up every 4 weeks.", "every 4 weeks"),
        ("The dose is tapered every 2 weeks.", "every 2 weeks"),
        ("It is started at 10 mg and increased by 10 mg every 4 weeks.", "every 4 weeks"),
        ("The dose of zentrafil is increased to 20 mg every 2 weeks.", "every 2 weeks"),
        ("Blood tests are done every 4 weeks.", "every 4 weeks"),
        ("Patients were seen every 2 weeks.", "every 2 weeks"),
        # no medicine, dose or act of dosing named: not a dosing schedule
        ("Patients are weighed every 4 weeks.", "every 4 weeks"),
        ("Participants kept a food diary three times a week.", "three times a week"),
        ("Nurses phoned patients once a week.", "once a week"),
    ],
)
def test_a_schedule_of_something_else_is_never_the_dosing_frequency(
    sentence: str, part: str
) -> None:
    assert _verdict(sentence, part) == "not_in_source"


def test_the_dosing_frequency_is_still_checked() -> None:
    assert _verdict("Zentrafil is taken twice daily.", "twice daily") == "consistent"
    assert _verdict("Zentrafil is taken three times daily.", "three times daily") == (
        "contradicted"
    )
    # the schedule before the increase is the dosing one
    sentence = "It is started at 10 mg twice daily and increased every 2 weeks."
    assert _verdict(sentence, "twice daily") == "consistent"


def test_an_escalation_interval_is_held_against_the_sources_escalation_interval() -> None:
    source = _source(
        (
            "METHODS",
            "Adults took oral zentrafil twice daily; the dose was increased every 4 weeks "
            "up to 40 mg.",
        )
    )
    assert _verdict("The dose goes up every 4 weeks.", "every 4 weeks", source) == "consistent"
    assert _verdict("The dose is raised every 2 weeks.", "every 2 weeks", source) == (
        "contradicted"
    )
    assert _verdict("Zentrafil is taken twice daily.", "twice daily", source) == "consistent"


@pytest.mark.parametrize(
    ("sentence", "part", "expected"),
    [
        ("Zentrafil is taken at most three times a day.", "three times a day", "not_in_source"),
        ("Take zentrafil up to 4 times a day.", "4 times a day", "not_in_source"),
        ("Zentrafil is taken no more than twice a day.", "twice a day", "consistent"),
        ("Zentrafil is taken at least twice a day.", "twice a day", "consistent"),
    ],
)
def test_a_bounded_schedule_is_a_limit_never_contradicted(
    sentence: str, part: str, expected: str
) -> None:
    assert _verdict(sentence, part) == expected


def test_at_most_is_an_upper_bound() -> None:
    # "70 weeks or less" (qualifier "at most") holds for a 60-week treatment
    assert _verdict("Treatment lasts 70 weeks or less.", "70 weeks") == "consistent"
    assert _verdict("Treatment lasted 40 weeks or less.", "40 weeks") == "contradicted"


# --- doses: the dose given against a starting dose or a step ------------------------------

ARMS = _source(
    ("METHODS", "Adults were randomly assigned to zentrafil or placebo."),
    ("METHODS", "Participants in the zentrafil group received 40 mg once weekly for 60 weeks."),
)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Zentrafil is started at 10 mg once weekly.", "10 mg"),
        ("Zentrafil treatment begins with a 10 mg dose.", "10 mg"),
        ("The starting dose of zentrafil is 10 mg.", "10 mg"),
        ("Zentrafil is started low and increased by 10 mg at a time.", "10 mg"),
        ("The zentrafil dose is increased to 20 mg after a month.", "20 mg"),
        ("A loading dose of 80 mg of zentrafil is given first.", "80 mg"),
    ],
)
def test_a_starting_dose_or_a_step_is_never_contradicted_by_the_dose_given(
    sentence: str, part: str
) -> None:
    assert _verdict(sentence, part, ARMS) == "not_in_source"


def test_the_dose_given_is_still_checked() -> None:
    assert _verdict("Zentrafil is given at 20 mg once weekly.", "20 mg", ARMS) == "contradicted"
    assert _verdict("Zentrafil is given at 40 mg once weekly.", "40 mg", ARMS) == "consistent"
    # the dose reached agrees, whatever the words of getting there
    sentence = "The zentrafil dose is raised step by step until 40 mg is reached."
    assert _verdict(sentence, "40 mg", ARMS) == "consistent"


# --- times: the length of a period against a point in it ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The full 40 mg dose is reached after 6 weeks.", "6 weeks"),
        ("Most people reach the full dose after 8 weeks.", "8 weeks"),
        ("Weight loss began within 4 weeks.", "4 weeks"),
        ("At 20 weeks, most had reached the top dose.", "20 weeks"),
        ("Over the first 16 weeks, people lost 6% of their weight.", "16 weeks"),
        ("Nausea eased 3 weeks later.", "3 weeks"),
    ],
)
def test_a_time_point_is_never_contradicted_by_the_trials_length(sentence: str, part: str) -> None:
    assert _verdict(sentence, part) != "contradicted"


def test_the_length_of_treatment_is_still_checked() -> None:
    assert _verdict("Treatment lasted 40 weeks.", "40 weeks") == "contradicted"
    assert _verdict("Patients were treated for 60 weeks.", "60 weeks") == "consistent"


# --- "over N weeks" -------------------------------------------------------------------------

_UNITS = st.sampled_from(["days", "weeks", "months", "years"])
_NUMBERS = st.integers(min_value=2, max_value=90)


@given(_NUMBERS, _UNITS)
def test_over_before_a_period_is_the_period(number: int, unit: str) -> None:
    for sentence in (
        f"Over {number} {unit}, people on zentrafil lost weight.",
        f"People on zentrafil lost weight over {number} {unit}.",
    ):
        found = _claim(sentence, f"{number} {unit}")
        assert found.qualifier == "over", sentence


@given(_NUMBERS, _UNITS, st.sampled_from(["lasting", "for", "lasted", "a delay of"]))
def test_over_after_a_word_of_extent_is_a_lower_bound(number: int, unit: str, lead: str) -> None:
    sentence = f"Symptoms {lead} over {number} {unit} need a doctor."
    found = _claim(sentence, f"{number} {unit}")
    assert found.qualifier == "more than", sentence


def test_over_a_period_is_not_a_lower_bound_in_the_support_check() -> None:
    # 52 weeks is no "more than 52 weeks" that 60 weeks would satisfy
    sentence = "Over 52 weeks, people taking zentrafil lost 12.1% of their body weight."
    assert _verdict(sentence, "52 weeks") != "consistent"
    results_only = _source(("RESULTS", RESULTS))
    assert _verdict(sentence, "52 weeks", results_only) == "not_in_source"
    assert _verdict("People lost weight over 60 weeks.", "60 weeks") == "consistent"


def test_a_lower_bound_on_a_period_agrees_only_with_a_period_near_it() -> None:
    assert _verdict("Patients were treated for more than 52 weeks.", "52 weeks") == "consistent"
    assert _verdict("Patients were treated for more than 12 weeks.", "12 weeks") == (
        "not_in_source"
    )
    assert _verdict("Patients were treated for at least 20 weeks.", "20 weeks") == ("not_in_source")


# --- end to end, offline, from a local snapshot ---------------------------------------------

DOI = "10.5555/citecheck.roles.snapshot"
ABSTRACT = f"<jats:p>{METHODS} {RESULTS}</jats:p>"
ENTRY = (
    "1. Tester A. Twice-daily zentrafil for weight in adults. Journal of Test Medicine. "
    f"2024;3:1-9. doi:{DOI}"
)


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    record = {
        "DOI": DOI,
        "type": "journal-article",
        "title": ["Twice-daily zentrafil for weight in adults"],
        "author": [{"given": "A.", "family": "Tester"}],
        "container-title": ["Journal of Test Medicine"],
        "issued": {"date-parts": [[2024]]},
        "volume": "3",
        "page": "1-9",
        "abstract": ABSTRACT,
    }
    path = tmp_path / "snapshot.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _supports(
    tmp_path: Path, snapshot: Path, sentence: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, dict]:
    article = tmp_path / "article.txt"
    article.write_text(f"{sentence}1\n\nReferences\n{ENTRY}\n", encoding="utf-8")
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit):
        main([*argv, "--snapshot", str(snapshot), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)
    return {c["text"]: c["support"] for c in findings["articles"][0]["claims"] if c["support"]}


def test_offline_the_snapshot_abstract_decides(
    tmp_path: Path, snapshot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    supports = _supports(
        tmp_path,
        snapshot,
        "Zentrafil is started at 10 mg twice daily and increased every 2 weeks until the "
        "40 mg dose is reached after 8 weeks; people lost 12.1% of their weight, compared "
        "with 3.5% on placebo.",
        capsys,
    )
    verdicts = {text: s["verdict"] for text, s in supports.items()}
    assert "contradicted" not in verdicts.values(), supports
    assert verdicts["twice daily"] == "consistent"
    assert verdicts["12.1%"] == "consistent"
    for text in ("every 2 weeks", "after 8 weeks", "3.5%"):
        support = supports[text]
        assert support["verdict"] == "not_in_source", support
        codes = [r["code"] for r in support["reasons"]]
        assert codes == ["partly_read"], support
        assert "snapshot" in support["reasons"][0]["message"]
        assert "no abstract" not in support["reasons"][0]["message"]


# --- a bound in the source is no value -------------------------------------------------------


@pytest.mark.parametrize(
    ("source_sentence", "sentence", "part"),
    [
        (
            "More than 500 adults were enrolled in the zentrafil trial.",
            "The zentrafil trial enrolled 612 adults.",
            "612",
        ),
        (
            "Adults received zentrafil 40 mg up to twice weekly.",
            "Adults received zentrafil 40 mg once weekly.",
            "once weekly",
        ),
        (
            "Adults took zentrafil 40 mg at most 3 times a day.",
            "Patients took zentrafil 40 mg twice a day.",
            "twice a day",
        ),
    ],
)
def test_a_value_within_the_sources_bound_is_never_contradicted(
    source_sentence: str, sentence: str, part: str
) -> None:
    source = _source(("METHODS", source_sentence))
    assert any(q.claim.qualifier for q in source.quantities)  # the bound was read as one
    assert _verdict(sentence, part, source) != "contradicted"


def test_a_plain_value_in_the_source_still_contradicts() -> None:
    source = _source(("METHODS", "Exactly 500 adults were enrolled in the zentrafil trial."))
    assert _verdict("The zentrafil trial enrolled 612 adults.", "612", source) == "contradicted"
