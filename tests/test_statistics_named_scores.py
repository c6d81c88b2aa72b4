"""A clinical score named by the word before "score" and limited by a sign is a claim, whatever
the name (issue 17, heldout46): "Lee score ≥ 3" is a Lee score of at least 3. The quoted excerpt
is from heldout46/03 (an Amiens hip-fracture cohort abstract); the other sentences were written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _scores(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if str(c.value.get("measure", "")).endswith("score")]


def test_a_named_score_with_its_limit() -> None:
    text = "Independent factors were: age, Lee score ≥ 3 (HR at 1,52) and time to surgery."
    [claim] = _scores(text)
    assert claim.text == "Lee score ≥ 3"
    assert claim.value == {"value": 3, "measure": "Lee score", "low": 3}


@pytest.mark.parametrize(
    "text",
    [
        "The score ≥ 3 was rare.",
        "Patients with a total score > 10 were excluded.",
        # a sentence's first word has its capital whatever it is (review I8)
        "Each score ≥ 2 was counted.",
        "Sum score ≥ 2 was counted.",
    ],
)
def test_a_score_named_by_no_name_is_left(text: str) -> None:
    assert not [c for c in _scores(text) if c.value["measure"] != "score"]


@given(
    name=st.sampled_from(["Charlson", "ASA", "Caprini", "Wells"]),
    limit=st.integers(min_value=1, max_value=30),
    sign=st.sampled_from(["≥", ">", "<", "≤", ">="]),
)
def test_any_named_score_limit_is_read(name: str, limit: int, sign: str) -> None:
    text = f"Mortality was higher with a {name} score {sign} {limit} at admission."
    [claim] = _scores(text)
    assert claim.value["measure"] == f"{name} score"
    assert claim.value["value"] == limit


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("ASA score > 2 excluded a patient.", "ASA score"),
        ("A PHQ-9 score ≥ 10 was used.", "PHQ-9 score"),
        ("Patients with a Gleason score ≥ 8 had worse outcomes.", "Gleason score"),
    ],
)
def test_a_score_named_by_a_capital_inside_or_after_the_start(text: str, measure: str) -> None:
    assert [c.value["measure"] for c in _scores(text)] == [measure]
