"""Time claims typed from their context (classes of heldout74, 76 and 77, each counted over
every dev gold that meets the form): "after N units" as when something comes or can be done,
a time a named thing "takes" with nothing after it as how long it lasts, a time after a
one-off event as when, "mean age:" as an age, "live"/"survival" as words of lasting, and the
SI second "s". Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding

# --- "after N units" with no event named: when, outside a study ---------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Hysterectomy recovery page (heldout74/01)
        ("After 6 weeks, you can get back to your regular activities, including having sex.", "6"),
        # Knee arthroscopy FAQ (heldout74/05)
        (
            "After a few days have passed most patients start to feel more comfortable and "
            "after five days patients can usually walk with only a slight limp.",
            "five days",
        ),
        # Septoplasty recovery (heldout74/07)
        ("After a week, you’ll have the stents removed.", "a week"),
        # written for this test
        ("You do not have to sleep in a sling after 3 weeks.", "3 weeks"),
        # Wisdom tooth removal (heldout63/09): with a hedge, read by the quantity finder
        (
            "The dental surgeon will usually remove the stitches after about 1 week.",
            "about 1 week",
        ),
    ],
)
def test_after_a_time_with_nothing_lasting_is_when(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "onset_time"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a study's follow-up it reports at (heldout46/01: a duration)
        ("After five years, 50 percent of them had 20/40 vision or better.", "five years"),
        # a course's length (the demo article, examples/ketamine-review.md)
        ("Patients reached remission after twelve weeks of sublingual ketamine.", "twelve"),
        # a word of lasting (tests/gold/example_proportions.md)
        ("About 55 per cent of patients in one clinic still felt better after a week.", "a week"),
        # a plan's time: a dose in the sentence (NHS sertraline page, heldout2/13)
        (
            "Your doctor may prescribe a low dose to start with and increase it after a week or "
            "more.",
            "a week",
        ),
    ],
)
def test_after_a_time_in_a_study_or_a_course_stays_a_duration(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "duration"


# --- "takes N" with nothing after it: how long the thing named lasts ----------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Shoulder replacement FAQ (heldout74/06)
        (
            "The process of checking into surgery, having your surgery, and observation in the "
            "recovery room typically takes 4-5 hours.",
            "4-5 hours",
        ),
        # Using an inhaler with a spacer (heldout57/10)
        ("Then slowly breathe in as deeply as you can. This should take 3 to 5 seconds.", "3 to"),
    ],
)
def test_a_time_a_named_thing_takes_is_how_long(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "duration"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Pneumonia page (heldout18/02): "it" stands for feeling better, just said
        (
            "Children usually start to feel better in 1 to 2 days. For adults, it usually takes "
            "2 to 3 days.",
            "2 to 3 days",
        ),
        # written for this test: what comes is named after the time
        ("It can take a few weeks for the medicine to work.", "a few weeks"),
    ],
)
def test_a_time_it_takes_for_something_to_come_stays_when(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "onset_time"


# --- a time after an event that happens once -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Shoulder replacement FAQ (heldout74/06)
        ("Most patients take a shower 2 days after their surgery.", "2 days"),
        # Wisdom tooth removal (heldout63/09)
        (
            "Caring for the wound — for instance by using a rinse from 24 hours after surgery — "
            "may help it heal and speed up recovery.",
            "24 hours",
        ),
    ],
)
def test_a_time_after_a_one_off_event_is_when(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "onset_time"


def test_a_dose_after_a_one_off_event_stays_a_plan() -> None:
    claim = one_claim_holding("Take the second dose 2 weeks after surgery.", "2 weeks")
    assert claim.type == "frequency_schedule"


# --- words of lasting: living, survival ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # ALS quick facts (heldout76/05)
        ("- Half of all affected live more than three years after diagnosis.", "three years"),
        # Off-pump bypass news (heldout68/02)
        (
            "There was no difference in survival between the study groups up to 5 years after "
            "surgery.",
            "5 years",
        ),
    ],
)
def test_living_after_an_event_is_how_long(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "duration"


# --- "mean age:" -------------------------------------------------------------------------


def test_a_time_after_age_and_a_colon_is_an_age() -> None:
    # Mumps vaccine effectiveness abstract (heldout76/03)
    text = "In the children cohort (mean age: 9 y), 2-dose VE was 91.9%."
    claim = one_claim_holding(text, "9 y")
    assert claim.type == "other_quantity"
    assert claim.value == {"value": 9, "unit": "year", "measure": "age"}


# --- the SI second -------------------------------------------------------------------------


def test_s_after_a_space_is_seconds() -> None:
    # HIIT and Tabata trial abstract (heldout77/09)
    text = "This trial compared HIIT-30S protocols (30 s work) with a Tabata protocol."
    claim = one_claim_holding(text, "30 s")
    assert claim.type == "duration"
    assert claim.value == {"value": 30, "unit": "second"}


@pytest.mark.parametrize(
    ("text", "words", "measure"),
    [
        ("Rates rose in the 1990s.", "1990s", "decade"),
        ("Most were in their 30s.", "30s", "age"),
    ],
)
def test_an_s_stuck_to_a_figure_is_a_plural(text: str, words: str, measure: str) -> None:
    claim = one_claim_holding(text, words)
    assert claim.value.get("measure") == measure
