"""More than one of a schedule's unit written singular is no count of it: in "40 required
treatment" or "928 successfully completed treatment" (heldout47/08, a trial abstract) a verb
and its object follow the figure, which counts who did it; in "approved in 2012 for
treatment" a preposition does. A count of one ("1 more dose") and a plural ("2 more doses")
are counts as before. Texts written for the test."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    "text",
    [
        "Of these, 40 required treatment.",
        "Of the 1004 enrolled, 928 successfully completed treatment.",
        "Of these, 40 stopped treatment early.",
        "The lotion was approved in 2012 for treatment of head lice.",
    ],
)
def test_a_figure_before_a_verb_and_a_singular_unit_counts_no_unit(text: str) -> None:
    assert _schedules(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take 2 more doses.", "2 more doses"),
        ("You need 1 more dose.", "1 more dose"),
        ("Give 4 doses in 24 hours.", "4 doses in 24 hours"),
    ],
)
def test_counts_of_the_unit_stay(text: str, span: str) -> None:
    assert _schedules(text) == [span]


def test_the_last_unit_written_is_what_is_counted() -> None:
    (claim,) = [
        c
        for c in extract_claims("Patients had 12 weekly treatment sessions.")
        if c.type == "frequency_schedule"
    ]
    assert claim.value["count"] == 12 and claim.value["count_unit"] == "session"


@pytest.mark.parametrize(
    ("text", "span", "period", "period_unit"),
    [
        ("Denosumab is a 6 monthly injection.", "6 monthly injection", 6, "month"),
        ("Zoledronic acid is given as a 12 monthly infusion.", "12 monthly infusion", 12, "month"),
        ("Give 4 weekly infusion of 10 mg/kg.", "4 weekly infusion", 4, "week"),
        (
            "Women chose the 3 monthly contraceptive injection.",
            "3 monthly contraceptive injection",
            3,
            "month",
        ),
    ],
)
def test_a_figure_before_how_often_and_a_singular_unit_is_every_so_many(
    text: str, span: str, period: int, period_unit: str
) -> None:
    # the UK "a 6 monthly injection": one every 6 months, not six injections a month
    (claim,) = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert claim.text == span
    assert (claim.value["frequency"], claim.value["period"], claim.value["period_unit"]) == (
        1,
        period,
        period_unit,
    )
    assert "count" not in claim.value
