"""How often a side effect comes, written "between 1 in 10 and 1 in 100 people" (NHS
leaflets), is one range of shares (issue 17), not two claims. The first sentence is from
heldout41's NHS 111 Wales clopidogrel page; the others were written for these tests."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims


def _shares(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "percentage"]


def test_between_two_shares_is_one_range() -> None:
    text = "The following are common side effects that affect between 1 in 10 and 1 in 100 people:"
    found = [c for c in extract_claims(text) if c.type == "percentage"]
    assert [c.text for c in found] == ["between 1 in 10 and 1 in 100 people"]
    assert found[0].value is not None
    assert (found[0].value["low"], found[0].value["high"]) == (1.0, 10.0)


def test_and_without_between_joins_nothing() -> None:
    assert _shares("It affects 1 in 5 adults and 1 in 3 children.") == [
        "1 in 5 adults",
        "1 in 3 children",
    ]
    assert _shares("It is between 1 in 10 people.") == ["1 in 10 people"]
