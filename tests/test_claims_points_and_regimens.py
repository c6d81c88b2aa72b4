"""Points in time and regimens, classes first seen on heldout36 and heldout37: a time before an
event, a place in a course named by an ordinal, a regimen's length and frequency, a count of
doses with its pace, a mean age with its spread. Short excerpts name their source; the other
sentences were written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(sentence: str, words: str) -> Claim:
    """The one claim (routes and attributions aside) whose span holds `words`."""
    at = sentence.index(words)
    found = [
        c
        for c in extract_claims(sentence)
        if c.start <= at
        and at + len(words) <= c.end
        and c.type not in ("route", "study_attribution")
    ]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


# --- a time before an event is a point, never a length ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # NHS hay fever page (heldout36)
        (
            "This kind of treatment usually starts in the winter about 3 months before the hay"
            " fever season begins.",
            "about 3 months",
        ),
        ("The lining usually closes a couple of months before birth.", "a couple of months"),
        ("She was stillborn 11 days before her due date.", "11 days"),
        ("Women could be invited up to 6 months before their 25th birthday.", "6 months"),
        ("The canal closes a few weeks before or after birth.", "a few weeks"),
        # a plan too: every dev gold of a time before a one-off event accepts onset_time
        # (test_claims_before_events.py)
        ("Patients should stop the drug 5 days before the procedure starts.", "5 days"),
    ],
)
def test_a_time_before_an_event_is_when_it_comes(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # NHS sildenafil page (heldout37; its gold accepts onset_time too): a dose timed by
        # one of quantities.timing_events
        ("You can take it up to 4 hours before you want to have sex.", "4 hours"),
    ],
)
def test_a_time_before_an_event_with_a_dose_in_its_clause_is_a_schedule(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Contacts in the 3 days before treatment should be washed.", "3 days"),
        ("Exposure in the 14 days before symptom onset was recorded.", "14 days"),
        ("Avoid alcohol for 2 weeks before surgery.", "2 weeks"),
    ],
)
def test_a_window_ending_at_an_event_stays_a_duration(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "duration"


# --- a place in a course named by an ordinal ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # BMC Pulmonary Medicine CPAP abstract (heldout36)
        (
            "We defined long term adherence as compliance on the 12th month following CPAP set up.",
            "the 12th month",
            {"value": 12, "unit": "month"},
        ),
        ("Scores were compared at the 3rd week.", "the 3rd week", {"value": 3, "unit": "week"}),
        (
            "Compliance at 1st, 3rd, 6th, 9th and 12th month after therapy initiation was"
            " collected.",
            "1st, 3rd, 6th, 9th and 12th month",
            {"unit": "month", "points": [1, 3, 6, 9, 12]},
        ),
    ],
)
def test_an_ordinal_time_point_is_an_onset(
    sentence: str, words: str, value: dict[str, object]
) -> None:
    claim = _claim_on(sentence, words)
    assert (claim.type, claim.text, _value(claim)) == ("onset_time", words, value)


def test_the_first_unit_after_in_is_a_window_not_a_point() -> None:
    sentence = "Most relapses happen in the first year."
    assert all(c.type != "onset_time" for c in extract_claims(sentence))


# --- a regimen: its length, its frequency, its count of doses with their pace ---------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # CDC latent TB guidance (heldout36)
        ("The preferred regimen for children is 9 months of daily INH.", "daily"),
        ("An option is 3 months of once-weekly rifapentine.", "once-weekly"),
    ],
)
def test_a_frequency_after_a_regimens_length_is_a_schedule(sentence: str, span: str) -> None:
    claims = [(c.type, c.text) for c in extract_claims(sentence)]
    assert ("frequency_schedule", span) in claims
    assert any(kind == "duration" for kind, _ in claims)


def test_a_count_of_doses_with_its_pace_is_one_schedule() -> None:
    # CDC latent TB guidance (heldout36)
    sentence = "The directly observed 12-dose once-weekly regimen of INH and RPT is recommended."
    claim = _claim_on(sentence, "12-dose")
    assert claim.text == "12-dose once-weekly"
    assert (_value(claim)["count"], _value(claim)["period_unit"]) == (12, "week")


@pytest.mark.parametrize(
    ("sentence", "span", "period"),
    [
        # every period word a frequency has elsewhere (sentences written for this test)
        ("They finished a 6-dose once-fortnightly regimen.", "6-dose once-fortnightly", 2),
        ("A 4-dose once-biweekly course was given.", "4-dose once-biweekly", 2),
        ("A 3-dose once-weekly course was given.", "3-dose once-weekly", 1),
    ],
)
def test_a_count_of_doses_takes_any_pace(sentence: str, span: str, period: int) -> None:
    claim = _claim_on(sentence, span.split()[0])
    assert claim.text == span
    assert (_value(claim)["period"], _value(claim)["period_unit"]) == (period, "week")


def test_a_frequency_after_the_dose_itself_stays_a_schedule() -> None:
    claim = _claim_on("Doctors raise the dose once a week.", "once a week")
    assert (claim.type, claim.text) == ("frequency_schedule", "once a week")


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        # PLoS ONE altitude sickness abstract (heldout36)
        ("226 participants provided symptom scores on a daily basis.", "on a daily basis", "day"),
        ("Patients were reviewed on a weekly basis.", "on a weekly basis", "week"),
    ],
)
def test_on_a_periodic_basis_is_a_schedule(sentence: str, span: str, unit: str) -> None:
    claim = _claim_on(sentence, span)
    assert (claim.type, claim.text, _value(claim)["period_unit"]) == (
        "frequency_schedule",
        span,
        unit,
    )


# --- a mean age with its spread -------------------------------------------------------------


def test_mean_ages_compared_with_their_spreads_are_ages() -> None:
    # International Journal of Clinical Practice ED abstract (heldout37)
    sentence = "Men with ED were older (54.1 ± 14.5 vs. 46.8 ± 14.1 years) and smoked more."
    for words in ("54.1 ± 14.5", "46.8 ± 14.1 years"):
        claim = _claim_on(sentence, words)
        assert (claim.type, _value(claim)["measure"]) == ("other_quantity", "age")


def test_a_spread_in_years_far_from_an_age_stays_a_time() -> None:
    sentence = "Patients aged over 60 had a follow-up of 3.2 ± 1.1 years."
    assert _claim_on(sentence, "3.2 ± 1.1 years").type == "duration"


# --- other quantities and words first seen on these sets ------------------------------------


def test_a_count_from_birth_to_an_age_is_an_age_band() -> None:
    # NIH news release on early cystic fibrosis lung disease (heldout36)
    sentence = "The program will study lung abnormalities in children from birth to age 6."
    claim = _claim_on(sentence, "age 6")
    assert (claim.text, _value(claim)) == (
        "from birth to age 6",
        {"low": 0, "high": 6, "unit": "year", "measure": "age"},
    )


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        # NHS Lothian stop-smoking page (heldout36)
        ("Medication can double your chances of stopping successfully.", "double your chances", 2),
        ("Smoking triples the risk of stroke.", "triples the risk", 3),
    ],
)
def test_a_verb_that_multiplies_a_measure_is_a_ratio(sentence: str, span: str, number: int) -> None:
    claim = _claim_on(sentence, span)
    assert (claim.type, claim.text, _value(claim)["value"]) == ("other_quantity", span, number)


@pytest.mark.parametrize("sentence", ["He had double vision.", "Never take a double dose."])
def test_double_with_no_measure_after_it_is_no_ratio(sentence: str) -> None:
    assert extract_claims(sentence) == []


def test_orders_of_magnitude_are_one_ratio() -> None:
    # NICHD endometriosis research page (heldout37)
    sentence = "Incidence ranged by two orders of magnitude by diagnostic method."
    claim = _claim_on(sentence, "two orders")
    assert (claim.text, _value(claim)) == (
        "two orders of magnitude",
        {"value": 2, "unit": "order of magnitude", "measure": "ratio"},
    )


def test_a_month_over_a_year_is_a_date_not_a_share() -> None:
    # BMC Pulmonary Medicine CPAP abstract (heldout36)
    sentence = "Patients were diagnosed from 01/2013 to 06/2019 at a large sleep practice."
    assert [c for c in extract_claims(sentence) if c.type == "percentage"] == []
    assert [c.text for c in extract_claims("Of them, 17/30 responded.")] == ["17/30"]


@pytest.mark.parametrize("words", ["inhalators", "inhalator"])
def test_an_inhalator_is_an_inhaled_route(words: str) -> None:
    sentence = f"NRT comes as patches, gum and {words}."
    (claim,) = [c for c in extract_claims(sentence) if c.text == words]
    assert (claim.type, _value(claim)["route"]) == ("route", "inhaled")


def test_a_rating_scale_is_no_source() -> None:
    # BMC Women's Health menopause abstract (heldout37)
    sentence = "According to the menopausal rating scale, hot flushes were reported by 54.7%."
    assert [c.type for c in extract_claims(sentence)] == ["percentage"]


@pytest.mark.parametrize(
    "sentence",
    [
        # MMWR carbon monoxide report (heldout36)
        "Estimates were described in 1991 for the years 1979--1988 (2). Rates rose.",
        "Deaths were counted during 1999–2004 (3). Rates rose.",
        # MMWR hepatitis A outbreaks report (heldout40)
        "There were 415 deaths as of September 23, 2022 (2). Rates rose.",
    ],
)
def test_a_bracketed_number_after_a_span_of_years_is_a_citation(sentence: str) -> None:
    cited = [c for c in extract_claims(sentence) if c.type == "study_attribution"]
    assert [c.text for c in cited] == [sentence[sentence.index("(") : sentence.index(")") + 1]]
