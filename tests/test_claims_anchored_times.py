"""A time before or after an event: a point of a plan (frequency_schedule) when something is
given, taken or planned then; otherwise when something happens or is found (onset_time), or,
with a word of lasting ("still", "remained", "survived"), how long it held (duration). Ages of
people are ages. Sentences written for these tests, several phrasings per class."""

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
        if c.start <= at and at + len(words) <= c.end and c.type != "route"
    ]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # something develops, appears, becomes so after an event: when it happens
        ("Second cancers can develop many years after treatment.", "many years"),
        ("Some women develop the condition 2 to 6 weeks after giving birth.", "2 to 6 weeks"),
        ("The eggs do not become infectious until 2 to 3 days after they are laid.", "2 to 3"),
        ("Five to 8 days after the first phase of the illness, a cough appears.", "8 days"),
        # the bounds of when it comes
        ("A rash can occur as early as 2 hours or as late as 8 days.", "as late as 8 days"),
        ("Signs usually appear in the first two years of life.", "two years"),
    ],
)
def test_a_time_after_an_event_when_something_happens_is_an_onset(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a finding at a time after an event, nothing done then: when it was found (the dev
        # golds: "Twelve months after surgery, women who received ... had equivalent levels of
        # treatment success", heldout44/04; "Two years after placement, dental sealants
        # prevent >80% of cavities", heldout45/05)
        ("Most patients were free of pain three years after surgery.", "three years"),
        ("Lung function was lower five years after the initial diagnosis.", "five years"),
        ("Twelve months after surgery, women who received either sling did as well.", "Twelve"),
        ("This is usually about 8 weeks after your banding.", "8 weeks"),
        ("Symptoms improved more one month after injection than after placebo.", "one month"),
    ],
)
def test_a_time_after_an_event_with_nothing_done_then_is_an_onset(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a word of lasting: how long the state held after the event
        ("Half of the group still had normal scans two years after the operation.", "two years"),
        ("Relief was sustained even 3 weeks after treatment.", "3 weeks"),
        ("Life expectancy rose in patients who had survived 2 y after starting ART.", "2 y"),
        # no event named: a further stretch of a course
        ("Treat for 2 weeks and 3 days after that.", "3 days"),
        # a stretch after an event, "the" before it: how long
        ("33% of participants responded in the two weeks after ketamine.", "two weeks"),
        ("In the first year following an overdose, few patients were given medication.", "year"),
    ],
)
def test_a_time_after_an_event_that_something_lasted_is_a_duration(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "duration"


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        # NHS, "Rubber band ligation (banding) of piles" (heldout44/08), and sentences written
        # for this test: one day or week after an event, when one is back to normal
        (
            "You should be able to get back to your usual activities the day after banding.",
            "the day",
            "day",
        ),
        ("Most people go home the day after the operation.", "the day", "day"),
        ("Children usually can return to school the week after surgery.", "the week", "week"),
    ],
)
def test_the_day_after_an_event_is_when(sentence: str, words: str, unit: str) -> None:
    claim = _claim_on(sentence, words)
    assert (claim.type, claim.text) == ("onset_time", words)
    assert _value(claim) == {"value": 1, "unit": unit}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a dosing verb or a plan: when something is done (a time before an event is when it
        # is to happen: test_claims_before_events.py)
        ("You should have a blood test 6 weeks after surgery.", "6 weeks"),
        ("Check your blood sugar 2 hours after the start of a meal.", "2 hours"),
        ("The drug works best if it is started in the first 3 days of symptoms.", "3 days"),
        ("Wait 10 days before the second application of the cream.", "10 days"),
        ("A booster is recommended 5 years after the first course.", "5 years"),
    ],
)
def test_a_time_of_a_plan_stays_a_schedule(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words", "fields"),
    [
        (
            "Deaths among children under 5 years fell sharply.",
            "5 years",
            {"high": 5, "high_inclusive": False, "population": "child"},
        ),
        ("The 2–4 years age group had the most visits.", "2–4 years", {"low": 2, "high": 4}),
        ("Cases in the 10-14 years age-band doubled.", "10-14 years", {"low": 10, "high": 14}),
        ("Risk rose with age and peaked at 45 years before falling.", "45 years", {"value": 45}),
    ],
)
def test_an_age_of_people_is_an_age(sentence: str, words: str, fields: dict[str, object]) -> None:
    claim = _claim_on(sentence, words)
    value = _value(claim)
    assert claim.type == "other_quantity"
    assert value.get("measure") == "age"
    assert {k: value.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Patients were treated for under 5 years.", "5 years", "duration"),
        ("The dose was given at 6 months and at 2 years of age.", "2 years", "frequency_schedule"),
        ("By age group, the survivors lived longer, at 36.8 years.", "36.8 years", "duration"),
    ],
)
def test_a_time_that_is_no_age_stays_a_time(sentence: str, words: str, kind: str) -> None:
    assert _claim_on(sentence, words).type == kind
