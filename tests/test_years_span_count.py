"""A span of years before a counted noun ("based on 2007-2011 cases", NCI SEER's thyroid fact
sheet in heldout41) says when the cases come from: no count of 2,007 to 2,011 cases (issue 17).
The other sentences were written for these tests."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def test_years_before_cases_are_no_count() -> None:
    text = "These rates are age-adjusted and based on 2007-2011 cases and 2006-2010 deaths."
    assert extract_claims(text) == []


def test_a_wide_range_is_still_a_count() -> None:
    found = extract_claims("There were 1800-2000 cases.")
    assert [(c.type, c.text) for c in found] == [("other_quantity", "1800-2000 cases")]
