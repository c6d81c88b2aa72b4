"""A share that continues a list of shares ("another third", "the other third") is a
percentage as the first one is (issue 17). The first sentence is from heldout41's
womenshealth.gov thyroid Q&A; the second was written for this test."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def test_shares_continuing_a_list() -> None:
    text = (
        "About one-third of nodules are found by the patient, another third by the doctor, and"
        " the other third through an imaging test of the neck."
    )
    found = [c for c in extract_claims(text) if c.type == "percentage"]
    assert [c.text for c in found] == [
        "About one-third of nodules",
        "another third",
        "the other third",
    ]
    assert all(c.value is not None and c.value["value"] == 33.3 for c in found)


def test_an_ordinal_third_is_no_share() -> None:
    assert extract_claims("Take another third dose.") == []
