"""Claim values for classes of text where the extractor's numbers were wrong or a range was
lost (issue 17, "with values right"). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim(text: str, kind: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type == kind]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


def _holds(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Acne often starts between ages 12 and 15.", "between ages 12 and 15", 12, 15, "year"),
        ("Children between age 2 and 5 are most at risk.", "between age 2 and 5", 2, 5, "year"),
        (
            "It is licensed for babies between ages 6 months and 2 years.",
            "between ages 6 months and 2 years",
            0.5,
            2,
            "year",
        ),
    ],
)
def test_an_age_band_opened_by_between_keeps_both_ends(
    text: str, span: str, low: float, high: float, unit: str
) -> None:
    claim = _claim(text, "other_quantity")
    assert claim.text == span
    assert _holds(claim.value, {"measure": "age", "low": low, "high": high, "unit": unit})
    assert "value" not in claim.value


@pytest.mark.parametrize(
    ("text", "kind", "high", "unit"),
    [
        ("Most people feel better within a day or two of starting.", "onset_time", 2, "day"),
        ("Rest the ankle for a week or two.", "duration", 2, "week"),
        ("The itching stops within an hour or two.", "onset_time", 2, "hour"),
        ("The rash lasts a day or three.", "duration", 3, "day"),
    ],
)
def test_a_unit_or_two_is_one_to_two(text: str, kind: str, high: float, unit: str) -> None:
    claim = _claim(text, kind)
    assert claim.value == {"low": 1, "high": high, "unit": unit}


def test_a_unit_then_a_count_of_another_unit_is_no_range() -> None:
    claims = [c for c in extract_claims("Take it for a day or two weeks.") if c.type == "duration"]
    assert all("low" not in c.value for c in claims)


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("Four to 10 days after the first phase, a cough begins.", "onset_time", 4, 10),
        ("Twenty to 30 patients were enrolled at each site.", "sample_size", 20, 30),
        ("Two to 3 weeks of rest is usual.", "duration", 2, 3),
    ],
)
def test_a_range_opening_a_sentence_in_words_then_digits(
    text: str, kind: str, low: float, high: float
) -> None:
    claim = _claim(text, kind)
    assert _holds(claim.value, {"low": low, "high": high})
    assert claim.start == 0


@pytest.mark.parametrize(
    ("text", "kind", "low", "high", "unit"),
    [
        ("Rates went from 1 to nearly 4 per 1,000 live births.", "other_quantity", 1, 4, None),
        ("Recovery takes 2 to almost 3 weeks.", "duration", 2, 3, "week"),
        # ("rose from 12 to about 20" is a change: two claims, test_claim_values_round4)
        ("Rates ranged from 12 to about 20 per 100,000 people.", "other_quantity", 12, 20, None),
    ],
)
def test_a_range_whose_high_end_is_approximate(
    text: str, kind: str, low: float, high: float, unit: str | None
) -> None:
    claim = _claim(text, kind)
    assert _holds(claim.value, {"low": low, "high": high})
    assert "value" not in claim.value
    if unit:
        assert claim.value["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The trial enrolled 200 pregnant women.", "pregnant woman"),
        ("The survey reached 1,500 health care workers.", "worker"),
        ("The study enrolled 300 older adults.", "adult"),
    ],
)
def test_a_counted_noun_is_singular(text: str, unit: str) -> None:
    claim = _claim(text, "sample_size")
    assert claim.value["unit"].endswith(unit)
    assert not claim.value["unit"].endswith(("women", "workers", "adults"))


@pytest.mark.parametrize(
    "text",
    [
        "The medicine is injected into the eye by an eye doctor.",
        "She needs eye injections every month.",
        "Injections into the eye can slow the damage.",
    ],
)
def test_an_injection_into_the_eye_is_intravitreal(text: str) -> None:
    assert _claim(text, "route").value["route"] == "intravitreal"


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("The drug is injected into a vein.", "intravenous"),
        ("Use one eye drop in each eye.", "ophthalmic"),
    ],
)
def test_other_sites_keep_their_routes(text: str, route: str) -> None:
    assert _claim(text, "route").value["route"] == route


def test_drops_put_into_the_eye_are_not_intravitreal() -> None:
    claims = extract_claims("Put two drops into the eye at night.")
    assert all(c.value.get("route") != "intravitreal" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Give one dose of the vaccine at 12 to 15 months of age.", {"low": 12, "high": 15}),
        ("Babies get the first dose at 2 months of age.", {"value": 2, "unit": "month"}),
        (
            "Give 1 dose at each of the following ages:\n\n- 2 months\n- 4 months\n",
            {"value": 2, "unit": "month"},
        ),
    ],
)
def test_a_plans_time_that_is_an_age_says_so(text: str, expected: dict[str, Any]) -> None:
    points = [
        c
        for c in extract_claims(text)
        if c.type == "frequency_schedule" and c.value.get("unit") in ("week", "month", "year")
    ]
    assert points, [(c.type, c.text, c.value) for c in extract_claims(text)]
    assert _holds(points[0].value, {**expected, "measure": "age"})


def test_a_plans_time_that_is_no_age_has_no_measure() -> None:
    text = "Give 1 dose at these times:\n\n- 2 weeks after surgery\n- 6 weeks after surgery\n"
    claims = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert all("measure" not in c.value for c in claims)
    claim = _claim("Repeat the dose 4 weeks after the first one.", "frequency_schedule")
    assert "measure" not in claim.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Leukemia is 10 times as common in adults as in children.", 10),
        ("Smokers are twice as likely to get it.", 2),
        ("Heavy drinkers had three times the risk.", 3),
    ],
)
def test_a_multiple_is_in_times_whichever_reader_finds_it(text: str, value: float) -> None:
    claim = _claim(text, "other_quantity")
    assert claim.value == {"value": value, "unit": "times", "measure": "ratio"}


@pytest.mark.parametrize(
    ("text", "bound", "age"),
    [
        ("If you're under 18, ask a parent or carer first.", "high", 18),
        ("Find support for someone under 18 in your area.", "high", 18),
        ("The vaccine is offered to those over 65.", "low", 65),
        ("Anyone over 50 should be screened.", "low", 50),
    ],
)
def test_a_person_named_by_a_pronoun_over_or_under_a_figure_is_an_age(
    text: str, bound: str, age: int
) -> None:
    claim = _claim(text, "other_quantity")
    assert _holds(claim.value, {"measure": "age", "value": age, bound: age, "unit": "year"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Those over 100 mg a day risk liver damage.", "dose"),
        ("You are over 50 percent more likely to recover.", "percentage"),
    ],
)
def test_a_pronoun_before_another_unit_is_no_age(text: str, kind: str) -> None:
    assert all(c.value.get("measure") != "age" for c in extract_claims(text))
    assert any(c.type == kind for c in extract_claims(text))
