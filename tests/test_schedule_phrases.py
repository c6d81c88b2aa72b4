"""Bare schedule phrases: a vague count of times ("several times a day") and alternative
schedules each written whole ("every day or every week") (issue 17). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [(c.text, c.value) for c in extract_claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    ("text", "span", "descriptor", "unit"),
    [
        (
            "Do the stretches several times a day to keep the knee moving.",
            "several times a day",
            "several",
            "per day",
        ),
        ("Check the dressing a few times a week.", "a few times a week", "a few", "per week"),
        ("She used the inhaler many times a day.", "many times a day", "many", "per day"),
    ],
)
def test_a_vague_count_of_times_is_a_vague_schedule(
    text: str, span: str, descriptor: str, unit: str
) -> None:
    found = dict(_schedules(text))
    assert span in found
    assert found[span].get("vague") is True
    assert found[span].get("descriptor") == descriptor
    assert found[span].get("unit") == unit
    assert "frequency" not in found[span]


def test_a_question_about_how_many_times_is_no_schedule() -> None:
    assert _schedules("Ask your doctor how many times a day to use it.") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Injections are given every day or every week at first.", ["every day", "every week"]),
        ("The scan is repeated every year or every two years.", ["every year", "every two years"]),
    ],
)
def test_alternative_schedules_written_whole_are_two_claims(text: str, spans: list[str]) -> None:
    assert [t for t, _ in _schedules(text)] == spans


def test_an_interval_or_a_frequency_word_stays_one_claim() -> None:
    assert [t for t, _ in _schedules("It was given every two to three days or weekly.")] == [
        "every two to three days or weekly"
    ]


def test_a_counted_frequency_keeps_its_number() -> None:
    found = dict(_schedules("Take it three times a day."))
    assert found["three times a day"].get("frequency") == 3
    assert "vague" not in found["three times a day"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The amount of iodine you need each day depends on your age.", "each day", "day"),
        ("Apply a thin layer each night before sleep.", "each night", "night"),
        ("The nurse weighs the baby each week until it gains weight.", "each week", "week"),
    ],
)
def test_each_period_is_a_schedule_as_every_period_is(text: str, span: str, unit: str) -> None:
    found = dict(_schedules(text))
    assert found[span].get("period_unit") == unit
    assert found[span].get("frequency") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Each year about 500 cases are reported to the agency.",
        "About 300 people catch the disease each year in the region.",
    ],
)
def test_each_year_of_a_count_is_no_schedule(text: str) -> None:
    assert "each year" not in [t.lower() for t, _ in _schedules(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take the tablet at the same time each day.", "at the same time each day"),
        ("Take methotrexate on the same day each week.", "on the same day each week"),
    ],
)
def test_a_timing_with_each_is_read_whole(text: str, span: str) -> None:
    assert [t for t, _ in _schedules(text)] == [span]
