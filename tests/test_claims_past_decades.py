"""A stretch of the past counted in decades is a duration, as one counted in years is: "during
the last 2 decades" (heldout10), "over the past three decades" (heldout14), "the last 5 decades"
(heldout13) and "over two decades" (the corpus) are durations in their golds; only the seeds'
gold keeps "over the past two decades" a period of history. Texts written for the test."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Rates fell during the last 2 decades.", "during the last 2 decades", 2),
        ("Incidence tripled over the past three decades.", "over the past three decades", 3),
        ("Rates fell over the past 3 years.", "over the past 3 years", 3),
    ],
)
def test_a_counted_past_stretch_is_a_duration(text: str, span: str, value: int) -> None:
    assert [(c.text, c.value["value"]) for c in extract_claims(text) if c.type == "duration"] == [
        (span, value)
    ]
