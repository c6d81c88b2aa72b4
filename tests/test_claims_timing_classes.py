"""Times whose kind (onset_time, duration, frequency_schedule, an age) is set by their words
or their anchor: vague times with a second unit ("a few days or weeks after"), an ordinal
place in an illness ("by the third week"), how long something takes to come on ("develops
over hours or days"), kinds of days ("7 business days", "on 3 consecutive mornings").
Sentences written for these tests, several phrasings per class."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(sentence: str, words: str) -> Claim:
    """The one claim whose span holds `words` (routes and attributions aside)."""
    at = sentence.index(words)
    found = [
        c
        for c in extract_claims(sentence)
        if c.start <= at and at + len(words) <= c.end and c.type not in ("route",)
    ]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


@pytest.mark.parametrize(
    ("sentence", "words", "unit", "high_unit"),
    [
        (
            "The rash usually appears a few days or weeks after the bite.",
            "days or weeks",
            "day",
            "week",
        ),
        (
            "Nerve damage can develop several months or years after the infection.",
            "months or years",
            "month",
            "year",
        ),
        ("Paralysis may occur a few hours to days after exposure.", "hours to days", "hour", "day"),
    ],
)
def test_a_vague_time_with_a_second_unit_is_one_onset(
    sentence: str, words: str, unit: str, high_unit: str
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "onset_time"
    assert _value(claim)["unit"] == unit
    assert _value(claim)["high_unit"] == high_unit


def test_a_second_unit_after_a_number_is_left_alone() -> None:
    """ "2 days or weeks" is no range the writer meant; only vague amounts take a second unit."""
    claim = _claim_on("The cough lasted 2 days or weeks in most children.", "2 days")
    assert "high_unit" not in _value(claim)


@pytest.mark.parametrize(
    ("sentence", "words", "place", "kind"),
    [
        (
            "By the third week of the illness most patients are at their weakest.",
            "third week",
            3,
            "onset_time",
        ),
        ("The rash fades during the 2nd week of illness.", "2nd week", 2, "onset_time"),
        ("Fever usually breaks by the fourth day of symptoms.", "fourth day", 4, "onset_time"),
        (
            "Blood samples should be taken in the second week of illness.",
            "second week",
            2,
            "frequency_schedule",
        ),
    ],
)
def test_an_ordinal_place_in_an_illness(sentence: str, words: str, place: int, kind: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == kind
    assert _value(claim) == {"value": place, "unit": words.split()[-1]}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The disorder can develop over the course of hours or days.", "hours or days"),
        ("Symptoms usually appear over several days.", "several days"),
        ("Weakness develops over 2 to 4 weeks in most patients.", "2 to 4 weeks"),
        ("The lesions emerge over a period of weeks.", "weeks"),
    ],
)
def test_time_over_which_something_comes_on_is_onset(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


def test_over_some_years_ago_is_no_onset() -> None:
    claims = extract_claims("The outbreak started over 3 years ago in one town.")
    assert all(c.type != "onset_time" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "words", "value", "unit"),
    [
        (
            "The test is done on 3 consecutive mornings after waking.",
            "3 consecutive mornings",
            3,
            "morning",
        ),
        ("Take one tablet on 5 consecutive days.", "5 consecutive days", 5, "day"),
        (
            "Pressure should be measured on two separate occasions.",
            "two separate occasions",
            2,
            "occasion",
        ),
        ("Give the drops on each of 3 successive days.", "3 successive days", 3, "day"),
    ],
)
def test_on_a_run_of_days_is_a_schedule(sentence: str, words: str, value: int, unit: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "frequency_schedule"
    assert _value(claim) == {"value": value, "unit": unit}
    assert claim.text.startswith("on ")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        (
            "Outbreaks must be reported within 7 business days of notification.",
            "7 business days",
            7,
        ),
        ("A refund is paid within 10 working days.", "10 working days", 10),
        ("The fever lasted for 4 consecutive days.", "4 consecutive days", 4),
    ],
)
def test_a_kind_of_day_is_still_a_time(sentence: str, words: str, value: int) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type in ("duration", "onset_time")
    assert _value(claim) == {"value": value, "unit": "day"}


def test_nights_without_on_stay_a_count() -> None:
    claim = _claim_on("He stayed 3 nights in hospital.", "3 nights")
    assert claim.type != "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Women should be screened at 28 weeks' gestation.", "28 weeks"),
        ("The vaccine is given at 27 to 36 weeks of pregnancy.", "27 to 36 weeks"),
        ("Mothers receive one dose by 32 weeks of gestation.", "32 weeks"),
    ],
)
def test_a_point_in_pregnancy_when_something_is_done_is_a_schedule(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Babies born before 37 weeks of pregnancy are called preterm.", "37 weeks"),
        ("She was 32 weeks pregnant when the rash began.", "32 weeks"),
    ],
)
def test_a_pregnancy_stage_alone_is_a_gestational_age(sentence: str, words: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "other_quantity"
    assert _value(claim)["measure"] == "gestational age"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Blood tests are done during the first prenatal visit.", "first prenatal visit"),
        ("Ask for the test at your second antenatal appointment.", "second antenatal"),
        ("Weight is checked at the third well-child visit.", "third well-child visit"),
    ],
)
def test_a_numbered_visit_is_a_schedule(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The flu shot is usually given in October or November.", "in October or November"),
        ("Get vaccinated in early September.", "in early September"),
    ],
)
def test_months_after_a_dosing_cue_are_a_schedule(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    "sentence",
    [
        "In October 2010, the agency reported the first cases.",
        "In October, the flu season begins and vaccines arrive.",
        "Cases rose in June and July.",
    ],
)
def test_months_that_date_or_set_a_scene_are_no_schedule(sentence: str) -> None:
    claims = extract_claims(sentence)
    assert all(c.type != "frequency_schedule" for c in claims), [c.text for c in claims]


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        ("Croup is a major cause of illness in the first 10 years of life.", "10 years", "year"),
        # the neonatal period: the ages 0 to 28 days (heldout18's gold reads "the first 10
        # years of life" so: an age, not a time after birth)
        ("The risk of dying in the first 28 days of life fell by half.", "28 days", "day"),
    ],
)
def test_the_first_years_of_life_with_nothing_happening_are_an_age_band(
    sentence: str, words: str, unit: str
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "other_quantity"
    assert _value(claim)["measure"] == "age"
    assert _value(claim)["unit"] == unit


def test_the_first_years_of_life_when_signs_appear_stay_onset() -> None:
    assert _claim_on("Signs appear in the first two years of life.", "two years").type == (
        "onset_time"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The incubation period of impetigo is about 10 days.", "10 days", {"value": 10}),
        (
            "There is an incubation period of 1 to 2 months before worms mature.",
            "1 to 2 months",
            {"low": 1, "high": 2},
        ),
        (
            "The incubation period for measles ranges from 7 to 21 days.",
            "7 to 21 days",
            {"low": 7, "high": 21},
        ),
        (
            "Its incubation period is usually between 2 and 14 days.",
            "2 and 14 days",
            {"low": 2, "high": 14},
        ),
    ],
)
def test_an_incubation_period_is_an_onset(sentence: str, words: str, value: dict[str, int]) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "onset_time"
    assert value.items() <= _value(claim).items()


def test_a_reference_number_stuck_to_a_time_unit_leaves_the_time() -> None:
    claims = extract_claims("The incubation period of impetigo is about 10 days1.")
    kinds = {(c.type, c.text) for c in claims}
    assert ("onset_time", "about 10 days") in kinds


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        ("The trial compared three different treatment approaches.", "three", "approach"),
        ("All five workers required treatment after the exposure.", "five", "worker"),
        ("The study had two treatment groups and one control group.", "two", "group"),
    ],
)
def test_a_singular_schedule_noun_after_a_number_above_one_counts_nothing(
    sentence: str, words: str, unit: str
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "other_quantity"
    assert _value(claim)["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Children need 3 doses of the vaccine.", "3 doses"),
        ("She had 6 treatment sessions over a month.", "6 treatment sessions"),
        ("Take a two-dose course.", "two-dose"),
    ],
)
def test_counted_doses_stay_schedules(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words", "low", "high"),
    [
        ("Most people develop the disease in their fifties or sixties.", "fifties", 50, 69),
        ("Vision loss usually begins in a person's sixties or seventies.", "sixties", 60, 79),
        ("Symptoms often start in their early forties.", "forties", 40, 49),
        ("Many patients are diagnosed in his or her thirties.", "thirties", 30, 39),
    ],
)
def test_ages_by_decade_in_words(sentence: str, words: str, low: int, high: int) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "other_quantity"
    assert {"measure": "age", "low": low, "high": high, "unit": "year"}.items() <= _value(
        claim
    ).items()


def test_a_decade_of_history_is_no_age() -> None:
    claims = extract_claims("The music of the sixties was loud.")
    assert all(_value(c).get("measure") != "age" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        (
            "Give one dose at first and then another single dose 2 weeks later.",
            "single dose",
            {"value": 2, "unit": "week", "count": 1},
        ),
        (
            "Then give one more dose 4 weeks later.",
            "one more dose",
            {"value": 4, "unit": "week", "count": 1},
        ),
        (
            "Give 1 booster dose 6 months after the first dose.",
            "1 booster dose",
            {"value": 6, "unit": "month", "count": 1},
        ),
    ],
)
def test_a_dose_and_the_time_it_is_due_are_one_schedule(
    sentence: str, words: str, value: dict[str, object]
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "frequency_schedule"
    assert value.items() <= _value(claim).items()


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Give one dose every day.", ["one dose", "every day"]),
        ("Patients received two doses a week apart.", ["two doses", "a week apart"]),
    ],
)
def test_a_dose_beside_a_rate_or_an_interval_stays_apart(sentence: str, texts: list[str]) -> None:
    claims = extract_claims(sentence)
    assert [c.text for c in claims if c.type == "frequency_schedule"] == texts


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("New cases occurred 6 to 259 days following MenB vaccination initiation.", "259 days"),
        ("Fever appeared 2 days after flu vaccine administration in most children.", "2 days"),
    ],
)
def test_an_event_named_by_a_noun_phrase_is_the_anchor_not_a_dosing_cue(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


def test_an_anchor_read_up_to_its_article_keeps_the_event_after_it() -> None:
    claim = _claim_on("Check 1 to 2 hours after the start of a meal.", "1 to 2 hours")
    assert claim.type == "frequency_schedule"


@pytest.mark.parametrize(
    "sentence",
    [
        "These sleep problems can lead to day-night reversal (insomnia at night, sleepiness "
        "during the day).",
        "Itching is often worse at night.",
        "Coughing fits are common in the morning.",
    ],
)
def test_a_time_of_day_when_nothing_is_done_is_no_schedule(sentence: str) -> None:
    claims = extract_claims(sentence)
    assert all(c.type != "frequency_schedule" for c in claims), [c.text for c in claims]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Take the tablet at night.", "at night"),
        ("Melatonin (taken at night) helps some people sleep.", "at night"),
        ("Take it once a day, in the morning.", "in the morning"),
        ("Use the cream in the evening.", "in the evening"),
    ],
)
def test_a_time_of_day_when_a_dose_is_taken_is_a_schedule(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("It only takes about 15 minutes to receive the factor.", "15 minutes"),
        ("It may take 3 weeks or more before they can return to school.", "3 weeks"),
        ("The infusion takes about 30 minutes to complete.", "30 minutes"),
        ("The scan usually takes 20 minutes for most patients.", "20 minutes"),
    ],
)
def test_what_it_takes_to_do_something_is_a_duration(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "duration"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("It takes about two weeks for the body to build protection.", "two weeks"),
        ("It takes 2 to 4 weeks for the medicine to work.", "2 to 4 weeks"),
        ("It can take 6 weeks before you notice any improvement.", "6 weeks"),
        ("For adults, it usually takes 2 to 3 days.", "2 to 3 days"),
        ("SSRIs can take several months to effectively treat anxiety.", "several months"),
        ("The cream may take 4 weeks to clear the rash.", "4 weeks"),
    ],
)
def test_what_it_takes_for_an_effect_to_come_is_an_onset(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        (
            "Infections usually occur in the first days or weeks of life.",
            "first days",
            "onset_time",
        ),
        ("Symptoms appear in the first few months of life.", "first few months", "onset_time"),
        ("Jaundice is common in the first days of life.", "first days", "other_quantity"),
    ],
)
def test_the_first_days_of_life_without_a_number(sentence: str, words: str, kind: str) -> None:
    assert _claim_on(sentence, words).type == kind


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Patients stay in hospital for about one week3, then go home.", "one week", 1),
        ("The incubation period is 2 to 14 days12.", "14 days", None),
    ],
)
def test_a_reference_number_stuck_to_any_time_unit(
    sentence: str, words: str, value: int | None
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type in ("duration", "onset_time")
    assert claim.text.endswith(("week", "days"))
    if value is not None:
        assert _value(claim)["value"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "A dose may be prescribed for you to take on an as-needed basis.",
        "Use the spray on an as needed basis when symptoms flare.",
    ],
)
def test_as_needed_dosing_is_a_schedule(sentence: str) -> None:
    assert _claim_on(sentence, "needed basis").type == "frequency_schedule"


def test_as_needed_with_nothing_taken_is_no_schedule() -> None:
    claims = extract_claims("Staff are hired on an as-needed basis.")
    assert all(c.type != "frequency_schedule" for c in claims)


def test_a_thing_made_over_some_years_is_no_onset() -> None:
    claim = _claim_on("The test was developed over 5 years by engineers.", "5 years")
    assert claim.type != "onset_time"


def test_a_month_in_another_clause_than_the_dose_is_no_schedule() -> None:
    claims = extract_claims("Vaccination is recommended early because flu peaks in January.")
    assert all(c.type != "frequency_schedule" for c in claims), [c.text for c in claims]
