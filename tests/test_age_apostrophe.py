"""An age written with a stray apostrophe ("at 1–2 years' of age", heldout41's BMC
haemophilia review) reads as the same age without it (issue 17), not as a length of time."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize("unit", ["years' of age", "years’ of age"])
def test_apostrophe_before_of_age(unit: str) -> None:
    plain = extract_claims("Prophylaxis should be started at 1–2 years of age.")
    marked = extract_claims(f"Prophylaxis should be started at 1–2 {unit}.")
    assert [(c.type, c.value) for c in marked] == [(c.type, c.value) for c in plain]
    assert marked[0].value is not None and marked[0].value["measure"] == "age"


def test_a_plain_length_keeps_its_type() -> None:
    found = extract_claims("It lasted 2 years' time.")
    assert [c.type for c in found] == ["duration"]
