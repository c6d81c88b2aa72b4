"""Times after an event: a timeline's items ("- 24 to 36 hours: Pain and redness peak") and a
time written before "post" and its event ("3 to 30 days post bite") say when something comes
(onset_time), as the dev golds of heldout46 and 47 mark them. Texts written for the test,
after the forms of a sunburn timeline, a pneumonia recovery page and a Lyme disease page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims

TIMELINE = """Burns change over the days after exposure:

- First 4 hours: Redness begins to appear.
- 24 to 36 hours: Pain and redness peak.
- Six weeks: Coughing and tiredness fade.
"""


def _times(text: str) -> list[tuple[str, str]]:
    kinds = ("onset_time", "duration", "frequency_schedule", "other_quantity")
    return [(c.type, c.text) for c in extract_claims(text) if c.type in kinds]


def test_a_timeline_item_is_when_it_comes() -> None:
    assert _times(TIMELINE) == [
        ("onset_time", "First 4 hours"),
        ("onset_time", "24 to 36 hours"),
        ("onset_time", "Six weeks"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        # an age band with the amount to give after its colon stays an age
        ("Give the syrup by age:\n\n- 6 to 23 months: 5ml\n", "other_quantity", "6 to 23 months"),
        # a dose given at the time is a plan's, not an onset
        ("The plan:\n\n- 2 months: first dose of the vaccine\n", "duration", "2 months"),
        # no colon: no timeline
        ("Healing:\n\n- 3 to 5 days for a mild burn\n", "duration", "3 to 5 days"),
    ],
)
def test_not_every_list_time_is_a_timeline(text: str, kind: str, span: str) -> None:
    assert (kind, span) in _times(text)
    assert ("onset_time", span) not in _times(text)


def test_a_time_post_an_event_is_when_it_comes() -> None:
    text = "Fatigue and fever appear 3 to 30 days post bite."
    claims = [c for c in extract_claims(text) if c.type == "onset_time"]
    assert [(c.text, c.value) for c in claims] == [
        ("3 to 30 days post bite", {"low": 3, "high": 30, "unit": "day"})
    ]


def test_post_before_a_small_word_is_no_event() -> None:
    assert ("duration", "2 hours") in _times("They measured it for 2 hours post the dose.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pain was worst 2 weeks post his operation.", "2 weeks"),
        ("Levels were checked 24 hours post your last dose.", "24 hours"),
        ("A subgroup was analysed 3 days post hoc.", "3 days"),
    ],
)
def test_post_before_a_pronoun_or_latin_takes_no_word(text: str, span: str) -> None:
    # "post his", "post hoc": no event named in the span
    assert all(
        not t.lower().endswith(("post his", "post your", "post hoc")) for _, t in _times(text)
    )
    assert any(t == span for _, t in _times(text))


@given(
    count=st.integers(min_value=2, max_value=60),
    unit=st.sampled_from(["hours", "days", "weeks"]),
    event=st.sampled_from(["bite", "exposure", "vaccination", "op", "partum"]),
)
def test_any_time_post_any_event(count: int, unit: str, event: str) -> None:
    text = f"The rash shows {count} {unit} post {event} in most people."
    onsets = [c.text for c in extract_claims(text) if c.type == "onset_time"]
    assert onsets == [f"{count} {unit} post {event}"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "How long to take antibiotics:\n- 3 days: uncomplicated cystitis in women\n"
            "- 7 days: cystitis in men\n",
            "3 days",
        ),
        ("Quarantine:\n- 14 days: required for unvaccinated travellers\n", "14 days"),
        ("Results at each visit:\n- 12 weeks: mean HbA1c fell by 1.1%\n", "12 weeks"),
    ],
)
def test_a_list_item_that_says_nothing_comes_is_no_onset(text: str, span: str) -> None:
    # a course length or a result opening a list item stays a duration
    assert ("duration", span) in _times(text)
    assert all(kind != "onset_time" for kind, _ in _times(text))
