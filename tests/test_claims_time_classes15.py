"""Time claims typed from their context (classes of heldout74, 76 and 77, each counted over
every dev gold that meets the form): "after N units" as when something comes or can be done,
a time a named thing "takes" with nothing after it as how long it lasts, a time after a
one-off event as when, "mean age:" as an age, "live"/"survival" as words of lasting, and the
SI second "s". Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding

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
