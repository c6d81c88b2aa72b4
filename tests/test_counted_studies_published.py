"""Studies counted and dated by publication ("Two studies published in 2010 estimated ...")
are a source named, as "A study published in 2010" is (issue 17), not a sample of two. The
first sentence is from heldout41's CDC sickle cell data page; the others were written for
these tests."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def test_counted_studies_published_in_a_year() -> None:
    text = (
        "Two studies published in 2010 estimated that SCD affects approximately 100,000 people"
        " in the United States."
    )
    found = [(c.type, c.text) for c in extract_claims(text)]
    assert ("study_attribution", "Two studies published in 2010") in found
    assert ("other_quantity", "Two studies") not in found


def test_counted_studies_without_published_stay_a_count() -> None:
    found = [(c.type, c.text) for c in extract_claims("Two studies in 2010 were run.")]
    assert [t for t, _ in found] == ["other_quantity"]
