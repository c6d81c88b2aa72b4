"""A Snellen fraction is a visual acuity, not a share (issue 17, heldout45/46): "20/40 vision or
better" is no 50% of anything. The quoted excerpt is from heldout46/01 (an NEI news release on
anti-VEGF treatment); the other sentences were written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim

_NEI = (
    "After five years, 50 percent of them had 20/40 vision or better, 20 percent had 20/200 "
    "vision or worse."
)


def _acuities(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.value.get("measure") == "visual acuity"]


def test_snellen_fractions_with_their_side() -> None:
    found = _acuities(_NEI)
    assert [(c.text, c.value["ratio"], c.qualifier) for c in found] == [
        ("20/40 vision or better", [20, 40], "at least"),
        ("20/200 vision or worse", [20, 200], "up to"),
    ]
    assert all(c.type == "other_quantity" for c in found)
    shares = [c.text for c in extract_claims(_NEI) if c.type == "percentage"]
    assert shares == ["50 percent of them", "20 percent"]


def test_an_acuity_named_before_its_fraction() -> None:
    [claim] = _acuities("At the last visit his visual acuity was 6/12 in the right eye.")
    assert claim.value["ratio"] == [6, 12]


@pytest.mark.parametrize(
    "text",
    ["About 20/25 patients improved on the drug.", "Response was seen in 20/40 (50%)."],
)
def test_a_share_written_with_a_slash_is_no_acuity(text: str) -> None:
    assert not _acuities(text)


@given(bottom=st.sampled_from([20, 25, 30, 40, 50, 60, 70, 80, 100, 200, 400]))
def test_any_snellen_line_before_vision_is_an_acuity(bottom: int) -> None:
    text = f"Most patients kept 20/{bottom} vision after a year of treatment."
    [claim] = _acuities(text)
    assert claim.text == f"20/{bottom} vision"
    assert claim.value["ratio"] == [20, bottom]
