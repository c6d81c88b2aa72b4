"""Times the time13 rules must leave alone (review S): an adult's or a study's time near a
baby is no age, a length after "for" near a peak word stays a length, and "takes between 2
weeks and 6 weeks" stays one range. Text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Newborns lose weight at first. Adults recover at around 6 months.", "6 months"),
        ("Babies are vaccinated at 2 months. Adults need a booster at about 10 years.", "10 years"),
        ("Dental implants replace missing teeth. Implants fail at about 10 years.", "10 years"),
        ("Babies born early need care. Mothers can return to work at about 6 months.", "6 months"),
        ("The baby had surgery. Follow-up visits were at about 6 months.", "6 months"),
        (
            "Infants are at risk. The study measured outcomes at 6 months and 12 months.",
            "12 months",
        ),
    ],
)
def test_a_time_not_said_of_the_child_is_no_age(text: str, words: str) -> None:
    claim = one_claim_holding(text, words)
    assert claim.value.get("measure") != "age"


def test_a_childs_milestone_said_of_it_is_still_an_age() -> None:
    for text in (
        "Most babies begin to crawl at about 9 months.",
        "Milk teeth come in pairs. They usually show up at about 6 months.",
    ):
        assert one_claim_holding(text, "months").value.get("measure") == "age"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The maximum effect lasts for 6 hours after the dose.", "6 hours"),
        ("Peak flow was measured for 4 weeks after the attack.", "4 weeks"),
        ("Use the maximum dose for 2 weeks following surgery.", "2 weeks"),
        ("Maximum dose is 4 g per day for 10 days after surgery.", "10 days"),
    ],
)
def test_a_length_after_for_near_a_peak_word_stays_a_length(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "duration"


def test_takes_between_two_times_is_one_range() -> None:
    claim = one_claim_holding("Recovery takes between 2 weeks and 6 weeks.", "2 weeks")
    assert (claim.value.get("low"), claim.value.get("high"), claim.value["unit"]) == (2, 6, "week")
    assert "6 weeks" in claim.text
