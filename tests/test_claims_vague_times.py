"""Vague amounts of time ("several days", "a few weeks", "many years"): claims typed by the same
context as numeric times (duration, onset_time, frequency_schedule), with a value that says the
amount is vague and invents no number. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim

_TIMED = ("frequency_schedule", "duration", "onset_time")


def _timed(sentence: str) -> list[Claim]:
    return [c for c in extract_claims(sentence) if c.type in _TIMED]


def _claim_on(sentence: str, words: str) -> Claim:
    """The one time claim whose span holds `words`."""
    at = sentence.index(words)
    found = [c for c in _timed(sentence) if c.start <= at and at + len(words) <= c.end]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in _timed(sentence)])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


# --- how long something lasts or is done, said with a vague amount -------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "descriptor", "unit"),
    [
        ("Keep the dressing dry for several days.", "several days", "several", "day"),
        ("The cramps can come and go over a few hours.", "a few hours", "a few", "hour"),
        (
            "The ache normally lasts for more than a few minutes.",
            "a few minutes",
            "a few",
            "minute",
        ),
        ("The swelling lasts for only a few minutes.", "a few minutes", "a few", "minute"),
        ("Avoid heavy lifting for several weeks.", "several weeks", "several", "week"),
        ("Some patients stay on the tablets for many years.", "many years", "many", "year"),
        ("The dose is raised slowly over a few days.", "a few days", "a few", "day"),
        ("Keep the cast on for a few more weeks.", "a few more weeks", "a few", "week"),
        ("Patients needed nursing care for several months.", "several months", "several", "month"),
    ],
)
def test_a_vague_length_of_time_is_a_duration(
    sentence: str, words: str, descriptor: str, unit: str
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "duration"
    value = _value(claim)
    assert value.get("unit") == unit
    assert value.get("vague") is True
    assert value.get("descriptor") == descriptor
    assert "value" not in value  # no invented number


@pytest.mark.parametrize(
    ("sentence", "words", "low", "unit"),
    [
        ("An attack usually lasts from 1 to several hours.", "1 to several hours", 1, "hour"),
        ("The rash fades in 2 to several days.", "2 to several days", 2, "day"),
    ],
)
def test_a_range_with_a_vague_end_keeps_its_known_end(
    sentence: str, words: str, low: int, unit: str
) -> None:
    claim = _claim_on(sentence, words)
    value = _value(claim)
    assert value.get("low") == low
    assert value.get("unit") == unit
    assert value.get("vague") is True
    assert "high" not in value


# --- the same context rules as for numbers --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        # an onset cue: when something comes
        ("Most people feel better within a few days.", "a few days", "onset_time"),
        ("It can take several weeks for the tablets to work.", "several weeks", "onset_time"),
        ("It may be many years before you notice any symptoms.", "many years", "onset_time"),
        # an interval of a schedule
        ("The skin is renewed every few weeks.", "few weeks", "frequency_schedule"),
        ("Get the two doses a few weeks apart.", "a few weeks", "frequency_schedule"),
    ],
)
def test_a_vague_time_is_typed_by_its_context(sentence: str, words: str, kind: str) -> None:
    assert _claim_on(sentence, words).type == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people feel dizzy on standing.",
        "Many patients stop the drug early.",
        "Several trials compared the two drugs.",
        "A few of the children were admitted.",
    ],
)
def test_a_vague_quantifier_without_a_time_unit_is_no_time(sentence: str) -> None:
    assert not _timed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The disease was first described many years ago.",
        "A few years ago, doctors changed the advice.",
        "Several decades ago the drug was withdrawn.",
    ],
)
def test_how_long_ago_without_a_number_is_no_claim(sentence: str) -> None:
    # "200 years ago" is a claim (other_quantity, measure "time ago"); "many years ago" has
    # nothing to check
    assert not [c for c in extract_claims(sentence) if "ago" in c.text]


_QUANTIFIERS = ["a few", "few", "several", "many", "a couple of", "a number of"]
_UNITS = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month"}


@settings(max_examples=40, deadline=None)
@given(quantifier=st.sampled_from(_QUANTIFIERS), unit=st.sampled_from(sorted(_UNITS)))
def test_any_vague_quantifier_before_a_unit_reads_as_a_vague_time(
    quantifier: str, unit: str
) -> None:
    sentence = f"Keep the wound covered for {quantifier} {unit} at home."
    claim = _claim_on(sentence, f"{quantifier} {unit}")
    value = _value(claim)
    assert claim.type == "duration"
    assert value.get("unit") == _UNITS[unit]
    # "a couple of" is a number in claims.yaml (2); the others are vague
    assert value.get("vague") is True or value.get("value") == 2


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        ("Researchers will follow the group for an additional year.", "an additional year", "year"),
        ("Keep the splint on for an extra week.", "an extra week", "week"),
        ("The trial ran for a further month after that.", "a further month", "month"),
    ],
)
def test_one_more_of_a_unit_is_one_of_it(sentence: str, words: str, unit: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "duration"
    assert _value(claim) == {"value": 1, "unit": unit}
