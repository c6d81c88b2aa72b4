"""A hedge cue must be a hedge: "often" asked about or compared states a frequency, not the
writer's caution (sentences written for these tests, after a patient leaflet's wording)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "How often you take it depends on the pain: take 500 mg twice daily.",
        "Check how often you need it and take no more than 4 g in 24 hours.",
        "| Age | Dose | How often |\n|---|---|---|\n| 6 to 23 months | 5 mL | up to 4 times a day |",
        "Adrenaline improved 30-day survival, but survivors more often had severe impairment [3].",
        "Men were less often treated with 20 mg doses.",
        "Use it as often as needed, up to 4 times a day.",
    ],
)
def test_often_asked_or_compared_is_no_hedge(text: str) -> None:
    claims = extract_claims(text)
    assert claims
    assert all(not c.hedged and c.hedge is None for c in claims), [
        (c.text, c.hedge) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Side effects often include nausea in 1 in 10 people.", "often"),
        ("Often, 20 mg is enough.", "Often"),
        ("More often than not, 20 mg is enough.", "More often than not"),
    ],
)
def test_often_as_a_caution_still_hedges(text: str, cue: str) -> None:
    claim = next(c for c in extract_claims(text) if c.type != "study_attribution")
    assert claim.hedged and claim.hedge == cue
