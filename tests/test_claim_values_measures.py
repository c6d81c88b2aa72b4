"""What a figure measures (issue 17, "with values right"): a count in each period is a rate.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _quantity(text: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type == "other_quantity"]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Lung cancer causes approximately 1.3 million deaths per year.", "year"),
        ("There are about ten deaths per day from drowning.", "day"),
    ],
)
def test_a_count_in_each_period_is_a_rate(text: str, per: str) -> None:
    claim = _quantity(text)
    assert claim.value["measure"] == "rate"
    assert claim.value["per"] == per


def test_a_count_with_no_period_stays_a_count() -> None:
    assert _quantity("The outbreak caused 12 deaths.").value["measure"] == "count"
