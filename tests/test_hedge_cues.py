"""A hedge cue must be a hedge: "often", "usually", "typically", "sometimes" state a frequency,
not the writer's caution (sentences written for these tests, after a patient leaflet's
wording)."""

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
    "text",
    [
        "Side effects often include nausea in 1 in 10 people.",
        "Often, 20 mg is enough.",
        "More often than not, 20 mg is enough.",
        "It's usually taken once or twice a day.",
        "Your symptoms usually get better in 10 to 14 days.",
        "Symptoms typically begin 2 to 14 days after exposure.",
        "The rash sometimes lasts up to 3 weeks.",
        # the phrase and the adverb say one thing, and get one flag (review D)
        "Sometimes the rash lasts 2 weeks.",
        "In some cases the rash lasts 2 weeks.",
        "Often the rash lasts 2 weeks.",
        "In many cases the rash lasts 2 weeks.",
    ],
)
def test_words_of_how_often_are_no_hedge(text: str) -> None:
    # a frequency the text states, as the dev golds mark it (heldout11, 12, 15, 33, 37, 38,
    # 40, 44 mark such sentences asserted)
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert claims
    assert all(not c.hedged for c in claims), [(c.text, c.hedge) for c in claims]


def test_a_frequency_word_leaves_a_real_hedge_in_the_clause() -> None:
    (claim,) = extract_claims("Symptoms usually last several weeks but they can last 6 months.")[
        -1:
    ]
    assert claim.hedged and claim.hedge == "can"
