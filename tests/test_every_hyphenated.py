"""A schedule written as a hyphenated modifier ("an every-three-day regimen") is the same
schedule as "every three days" (issue 17). The first sentence is cut from heldout41's
haemophilia figure legend (Thrombosis Journal, Fig. 2); the others were written for these
tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("In order for an every-three-day (q3d) regimen to produce a trough", "every-three-day", 3),
        ("Prophylaxis every-two-day was shown.", "every-two-day", 2),
        ("Every-other-day dosing was tried.", "Every-other-day", 2),
    ],
)
def test_hyphenated_every(text: str, span: str, period: int) -> None:
    found = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [c.text for c in found] == [span]
    assert found[0].value is not None and found[0].value["period"] == period
    assert found[0].value["period_unit"] == "day"


def test_every_day_as_an_adjective_is_no_schedule() -> None:
    found = extract_claims("It helps with every-day life.")
    assert [c for c in found if c.type == "frequency_schedule"] == []
