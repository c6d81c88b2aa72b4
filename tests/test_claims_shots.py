"""A shot or a jab counted ("a single shot", "one jab") is how many doses a vaccine takes, a
schedule as "a single dose" is (heldout47's gold: "Zostavax is given in a single shot"); in "a
single-shot injection" the shot is the injection itself, one route phrase (heldout38's gold).
Texts written for the test."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[tuple[str, object]]:
    return [
        (c.text, c.value.get("count"))
        for c in extract_claims(text)
        if c.type == "frequency_schedule"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The older vaccine is given in a single shot.", "a single shot"),
        ("It takes a single jab.", "a single jab"),
        ("It is a single-shot vaccine.", "single-shot"),
    ],
)
def test_a_counted_shot_is_a_schedule(text: str, span: str) -> None:
    assert _schedules(text) == [(span, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Patients received a single-shot injection of 4 ml.",
        "The vaccine comes as a shot.",
        "Cases shot up in 2020.",
    ],
)
def test_a_shot_that_counts_nothing_is_no_schedule(text: str) -> None:
    assert _schedules(text) == []
