"""Times of day listed in a schedule ("at 7am, 3pm and 11pm") are each a claim; "and" joins
two times, not a span, unless "between" opens it; a sentence's stop is no part of "11pm".
Sentences written for these tests (no article's text)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def times(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.text, c.value["time_of_day"], c.value.get("time_of_day_end"))
        for c in extract_claims(text)
        if "time_of_day" in c.value
    ]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Give doses at 7am, 3pm and 11pm.", [("7am", "07:00"), ("3pm", "15:00"), ("11pm", "23:00")]),
        ("Give doses at 7 am, 3 pm, and 11 pm.", [("7 am", "07:00"), ("3 pm", "15:00"), ("11 pm", "23:00")]),
        ("Take one at 8am, 2pm, 8pm and midnight.",
         [("8am", "08:00"), ("2pm", "14:00"), ("8pm", "20:00"), ("midnight", "00:00")]),
        ("Take the tablets at 8am and 8pm.", [("8am", "08:00"), ("8pm", "20:00")]),
        ("Take it at 10am or 2pm with water.", [("10am", "10:00"), ("2pm", "14:00")]),
        ("Doses are due at 6:30am, 2:30pm and 10:30pm.",
         [("6:30am", "06:30"), ("2:30pm", "14:30"), ("10:30pm", "22:30")]),
    ],
)  # fmt: skip
def test_each_listed_time_is_a_claim(text: str, listed: list[tuple[str, str]]) -> None:
    assert times(text) == [(span, time, None) for span, time in listed]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("Take it between 10pm and midnight.", "between 10pm and midnight", "22:00", "00:00"),
        ("Sleep from 10pm to midnight.", "10pm to midnight", "22:00", "00:00"),
        ("Take it from 8am to 10am.", "8am to 10am", "08:00", "10:00"),
    ],
)
def test_a_span_of_time_stays_one_claim(text: str, span: str, start: str, end: str) -> None:
    ((found, first, last),) = times(text)
    assert span.endswith(found) and (first, last) == (start, end)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Give the last dose at 11pm.", "11pm"),
        ("Give the last dose at 11 PM.", "11 PM"),
        ("Give the last dose at 11 p.m.", "11 p.m."),  # the abbreviation's own stop
    ],
)
def test_the_sentence_stop_is_no_part_of_the_time(text: str, span: str) -> None:
    assert [found for found, _, _ in times(text)] == [span]


def test_particulate_matter_is_no_time() -> None:
    assert times("Levels of PM 2.5 rose in winter, and PM 10 too.") == []
