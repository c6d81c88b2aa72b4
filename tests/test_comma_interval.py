"""A named ratio's interval written with a comma ("HR 0.80 (0.61, 0.90)") is a confidence
interval claim of its own, as the same interval written with a dash is (issue 17). Sentences
written for these tests, in the form of heldout41's NSAID abstract (PLOS Medicine 2011)."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def _intervals(text: str) -> list[tuple[str, object, object]]:
    return [
        (c.text, c.value.get("low"), c.value.get("high"))
        for c in extract_claims(text)
        if c.value is not None and c.value.get("measure") == "confidence interval"
    ]


def test_comma_pair_after_a_named_ratio() -> None:
    text = "Risk was HR 0.72 (0.60–0.86) in men and HR 0.80 (0.61, 0.90) in women."
    assert _intervals(text) == [("0.60–0.86", 0.6, 0.86), ("0.61, 0.90", 0.61, 0.9)]


def test_comma_pair_that_is_not_the_estimates_interval() -> None:
    """Two figures in brackets the ratio does not hold as its bounds stay no interval."""
    text = "Risk was HR 0.80 (n = 12, 14 events) in women."
    assert _intervals(text) == []
