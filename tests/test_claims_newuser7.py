"""Claim classes from a first-time user's trial (a health-news fact-checker): years dating a
study, windows of a plan written unit first, counts under a column of people, the other end of
a change, a schedule's alternative, a restated set of doses. Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.formats.values import describe_value
from citecheck.models import Claim


def _by_text(text: str) -> dict[str, Claim]:
    return {c.text: c for c in extract_claims(text)}


# F1: a year before the study noun it dates is a year, whatever describes the study


@pytest.mark.parametrize(
    ("sentence", "mention", "year"),
    [
        ("It builds on a smaller 2006 study.", "a smaller 2006 study", 2006),
        ("An earlier 2015 study agreed.", "An earlier 2015 study", 2015),
        ("A larger 2010 trial disagreed.", "A larger 2010 trial", 2010),
        ("A much bigger 2012 analysis found this.", "A much bigger 2012 analysis", 2012),
    ],
)
def test_a_described_year_study_is_a_dated_source(sentence: str, mention: str, year: int) -> None:
    claims = extract_claims(sentence)
    assert [(c.type, c.text, c.value.get("year")) for c in claims] == [
        ("study_attribution", mention, year)
    ]


def test_studies_dated_by_a_year_keep_their_count() -> None:
    for sentence, span, count in (
        ("Two 2006 studies agreed.", "Two 2006 studies", 2),
        ("Three large 2019 trials disagreed.", "Three large 2019 trials", 3),
    ):
        (claim,) = extract_claims(sentence)
        assert (claim.type, claim.text, claim.value["value"]) == ("other_quantity", span, count)


def test_a_year_shaped_count_of_studies_a_verb_takes_stays_a_count() -> None:
    (claim,) = extract_claims("The authors screened 1883 studies.")
    assert (claim.type, claim.value) == (
        "other_quantity",
        {"value": 1883, "unit": "study", "measure": "count"},
    )


# F4: a range written unit first is a window of a plan or a follow-up, not a length


def test_weeks_of_a_plan_are_its_windows() -> None:
    text = (
        "The spray is started at 56 mg twice a week for weeks 1 to 4, then 56 mg once weekly "
        "for weeks 5 to 8."
    )
    claims = _by_text(text)
    for span, low, high in (("weeks 1 to 4", 1, 4), ("weeks 5 to 8", 5, 8)):
        window = claims[span]
        assert window.type == "frequency_schedule"
        assert window.value["points"] == [{"low": low, "high": high}]
        assert (window.value["low"], window.value["high"], window.value["unit"]) == (
            low,
            high,
            "week",
        )
    dosed = _by_text("Take 10 mg once a day on days 2-5.")["on days 2-5"]
    assert dosed.type == "frequency_schedule"
    assert dosed.value["points"] == [{"low": 2, "high": 5}]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Pain improved in months 6-12.", "months 6-12"),
        ("Nausea was worst in the delayed period (days 2-5 after chemotherapy).", "days 2-5"),
        ("Scores fell between day 29 and day 113 of the study.", "between day 29 and day 113"),
    ],
)
def test_a_window_outside_a_plan_is_when_something_happens(sentence: str, span: str) -> None:
    claim = _by_text(sentence)[span]
    assert claim.type == "onset_time"
    assert "points" not in claim.value


# F10: the earlier end of a change, written after the later one


@pytest.mark.parametrize(
    ("sentence", "later", "earlier"),
    [
        ("Prescriptions rose to 200,000 in 2023, up from 50,000 in 2019.", "200,000", "50,000"),
        ("Prescriptions rose to 200,000 in 2023 from 50,000 in 2019.", "200,000", "50,000"),
        ("Deaths fell to 300 last year, down from 450 in 2010.", "300", "450"),
    ],
)
def test_the_earlier_end_of_a_change_is_a_count_too(
    sentence: str, later: str, earlier: str
) -> None:
    claims = _by_text(sentence)
    assert claims[earlier].type == claims[later].type == "other_quantity"
    assert claims[earlier].value["unit"] == claims[later].value["unit"]


def test_from_after_a_count_without_a_change_adds_no_count() -> None:
    claims = _by_text("The study enrolled 200 patients from 12 centers.")
    assert claims["12 centers"].value["unit"] == "center"


# F14: a set of doses named before, restated with "the"


@pytest.mark.parametrize(
    "sentence",
    ["Patients on the two higher doses improved.", "The two smaller test doses were safe."],
)
def test_the_doses_restated_are_no_schedule(sentence: str) -> None:
    assert [c for c in extract_claims(sentence) if c.type == "frequency_schedule"] == []


def test_a_plan_of_doses_with_the_still_counts() -> None:
    (claim,) = extract_claims("Patients got the 12 weekly doses.")
    assert (claim.value["count"], claim.value["period_unit"]) == (12, "week")


# F8: a bare count under a column header that counts people


@pytest.mark.parametrize(
    ("header", "unit"),
    [("Patients", "patient"), ("No. of participants", "participant"), ("Patients (n)", "patient")],
)
def test_a_column_of_people_gives_sample_sizes(header: str, unit: str) -> None:
    table = f"| Dose | {header} | Response |\n|---|---|---|\n| 56 mg | 22 | 45% |\n"
    claim = _by_text(table)["22"]
    assert (claim.type, claim.value) == ("sample_size", {"value": 22, "unit": unit})


def test_an_n_column_gives_sample_sizes_and_other_headers_do_not() -> None:
    table = "| Study | n | Visits |\n|---|---|---|\n| Smith | 120 | 31 |\n"
    claims = _by_text(table)
    assert (claims["120"].type, claims["120"].value) == ("sample_size", {"value": 120})
    assert claims["31"].type == "other_quantity"


# F13: a second pace after "or" is kept with the first


def test_a_schedule_keeps_its_alternative_pace() -> None:
    (claim,) = extract_claims("Microdoses were taken every two to three days or weekly.")
    assert claim.text == "every two to three days or weekly"
    assert (claim.value["period"], claim.value["period_max"], claim.value["period_unit"]) == (
        2,
        3,
        "day",
    )
    alternative = claim.value["alternative"]
    assert (alternative["frequency"], alternative["period"], alternative["period_unit"]) == (
        1,
        1,
        "week",
    )
    assert describe_value(claim) == "1× every 2–3 days or 1× per week"


# F9: a hedge inside a reported finding, or in another statement, leaves the rest unhedged


def test_a_cue_in_a_reported_finding_hedges_the_finding_only() -> None:
    claims = _by_text(
        "A 2024 study of 2,300 people warned that up to 15% may feel detached for over 2 hours."
    )
    assert (claims["2,300 people"].hedge, claims["2,300 people"].hedge_scope) == (
        "may",
        "sentence",
    )
    assert (claims["up to 15%"].hedge, claims["up to 15%"].hedge_scope) == ("may", "clause")
    # a cue before the finding still covers it
    suggested = _by_text("A study of 300 patients suggests that 30% respond.")["30%"]
    assert (suggested.hedge, suggested.hedge_scope) == ("suggests", "clause")


def test_and_with_a_subject_of_its_own_opens_another_statement() -> None:
    text = "Ketamine may not be safe in pregnancy, and it is unclear whether 5 mg is enough."
    dose = _by_text(text)["5 mg"]
    assert (dose.hedge, dose.hedge_scope) == ("unclear whether", "clause")
    plain = _by_text("Ketamine may help, and it is given at 5 mg.")["5 mg"]
    assert plain.hedge_scope == "sentence"
