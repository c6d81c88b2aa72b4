"""Claims the extractor missed on the least-tuned development sets (heldout23-27), by class,
each class with several phrasings.

The sentences are written for these tests; none is a dev text's sentence.
"""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _typed(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in _claims(text)]


def _claim(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {_typed(text)}"
    return found[0]


# --- an age band named as such: "between the ages of", "age group", a labelled band ----------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Chickenpox is most often seen between the ages of three and nine years.",
            "between the ages of three and nine years",
            3,
            9,
        ),
        (
            "Screening is offered to women between the ages of 50 and 70 years.",
            "between the ages of 50 and 70 years",
            50,
            70,
        ),
        ("Most cases were in the age group 20-39 years.", "age group 20-39 years", 20, 39),
        (
            "Prevalence was highest in the age group of 60-69 years.",
            "age group of 60-69 years",
            60,
            69,
        ),
        ("We surveyed adults in the age band 25 to 34 years.", "age band 25 to 34 years", 25, 34),
        (
            "The age range of 18-45 years was chosen for the survey.",
            "age range of 18-45 years",
            18,
            45,
        ),
    ],
)
def test_a_named_age_band_is_an_age(text: str, span: str, low: int, high: int) -> None:
    claim = _claim(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["measure"], claim.value["low"], claim.value["high"]) == ("age", low, high)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Men took part (age group 20-59 years; Canada: 18-59 years).", "18-59 years"),
        ("Adults were eligible (aged 18-64 years; in Japan 20-64 years).", "20-64 years"),
        ("Children were enrolled (aged 5-11 years, Sweden: 6-11 years).", "6-11 years"),
    ],
)
def test_a_band_listed_after_an_age_under_its_label_is_an_age(text: str, second: str) -> None:
    claim = _claim(text, second)
    assert claim.type == "other_quantity" and claim.value["measure"] == "age"


def test_a_time_after_a_semicolon_without_an_age_stays_a_time() -> None:
    claims = _typed("Treatment lasted 10-14 days; follow-up: 6-12 months.")
    assert ("duration", "10-14 days") in claims
    assert all(kind != "other_quantity" for kind, _ in claims)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Acne usually begins in a person's teens.", 13, 19),
        ("The condition tends to appear in their teens or twenties.", 13, 29),
        ("Symptoms often start in a patient's late teens.", 13, 19),
    ],
)
def test_teens_are_an_age_by_decade_word(text: str, low: int, high: int) -> None:
    ages = [c for c in _claims(text) if c.type == "other_quantity"]
    assert len(ages) == 1
    assert (ages[0].value["measure"], ages[0].value["low"], ages[0].value["high"]) == (
        "age",
        low,
        high,
    )


# --- an age a person reaches or is at, the number standing alone --------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("You will not be invited until you're 25, because cancer is rare before then.", 25),
        ("Invitations stop once you turn 65.", 65),
        ("Women turning 50 are sent a letter.", 50),
        ("When your child is 4, they can have the booster.", 4),
        ("Children who turned 2 during the study were followed up.", 2),
        ("Wait until they are 12 before trying this.", 12),
        ("If you're 40 or older, ask about a health check.", 40),
    ],
)
def test_an_age_reached_is_an_age(text: str, age: int) -> None:
    ages = [c for c in _claims(text) if c.value.get("measure") == "age"]
    assert len(ages) == 1
    assert ages[0].type == "other_quantity" and ages[0].value["value"] == age


@pytest.mark.parametrize(
    "text",
    [
        "Turn 90 degrees to the left.",
        "Turn 2 pages ahead to find the table.",
        "When you are 5 minutes late, call the clinic.",
        "Turn the dial 3 times a day.",
    ],
)
def test_a_turn_or_a_time_that_is_no_age_stays_no_age(text: str) -> None:
    assert all(c.value.get("measure") != "age" for c in _claims(text))


# --- a span of time: ahead of now, in centuries, "nearly a year", a change's size -----------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Patients return for check-ups over the next year.",
            "over the next year",
            {"value": 1, "unit": "year"},
        ),
        (
            "Levels were measured during the following month.",
            "during the following month",
            {"value": 1, "unit": "month"},
        ),
        (
            "Keep the dressing on for the next 3 days.",
            "for the next 3 days",
            {"value": 3, "unit": "day"},
        ),
        (
            "The swelling goes down over the next few days.",
            "over the next few days",
            {"vague": True, "descriptor": "few", "unit": "day"},
        ),
    ],
)
def test_a_span_ahead_is_a_duration(text: str, span: str, value: dict[str, object]) -> None:
    claim = _claim(text, span)
    assert claim.type == "duration"
    assert {k: claim.value[k] for k in value} == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Quinine has been used for more than a century.", "more than a century", 1),
        ("The remedy has been known for over two centuries.", "over two centuries", 2),
        ("The trial ran for nearly a year.", "nearly a year", 1),
        ("Relief lasted for almost a week.", "almost a week", 1),
        ("The effect persisted for roughly a decade.", "roughly a decade", 1),
    ],
)
def test_a_long_or_approximate_span_is_a_duration(text: str, span: str, value: int) -> None:
    claim = _claim(text, span)
    assert claim.type == "duration" and claim.value["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Prophylaxis can lengthen the incubation period by several days.",
        "Early treatment may extend the incubation period by about 3 days.",
        "The new vaccine shortened the incubation time by 2 days in mice.",
    ],
)
def test_a_change_to_an_onset_period_is_no_onset(text: str) -> None:
    kinds = [c.type for c in _claims(text)]
    assert kinds == ["duration"]


def test_an_onset_period_stated_stays_an_onset() -> None:
    assert _typed("The incubation period is usually 5 to 7 days.") == [
        ("onset_time", "5 to 7 days")
    ]
