"""Attribution forms the eighth session's first look missed or misread (cite15). Excerpts:
weather.com "Lightning by the numbers" (heldout76/10), MMWR "Hantavirus Pulmonary Syndrome"
(heldout76/04), MMWR on chlamydia screening (heldout14/06). The other sentences are written for
these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "study_attribution"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The myth that a person who has been struck can shock anyone who touches them is "
            "false, according to FEMA.",
            "according to FEMA",
        ),
        ("Most cases were mild, according to ECDC.", "according to ECDC"),
    ],
)
def test_a_body_named_by_its_acronym_alone_is_a_source(text: str, source: str) -> None:
    assert _attributions(text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Doses differ according to how old the child is.",
        "The rash was graded according to Brighton.",
    ],
)
def test_according_to_no_body_is_no_source(text: str) -> None:
    assert _attributions(text) == []
