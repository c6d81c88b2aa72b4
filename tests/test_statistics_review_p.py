"""Review P of the statistics round (stats13): ordinary prose the new statistic forms must leave
as main read it, and the forms' edges. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning, claims_of

# --- a share before a word that only looks like an interval's name -----------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The score was 85% predictive of response.", "85%"),
        ("A 70% prediction accuracy was reached.", "70%"),
    ],
)
def test_a_share_before_prediction_words_stays_a_share(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "percentage"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Of the respondents, 62% cis women and 21% cis men reported anxiety.", "62%"),
        ("Of the respondents, 62% cis women and 21% cis men reported anxiety.", "21%"),
        ("About 30% CIS cases progressed to invasive cancer.", "About 30%"),
    ],
)
def test_a_share_before_cis_stays_a_share(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "percentage"


def test_a_plural_interval_name_needs_its_level() -> None:
    # "CIS" (carcinoma in situ) before figures is no confidence interval
    text = "Bladder CIS 2-3 years after surgery recurred in 10 patients."
    assert all(c.value.get("measure") != "confidence interval" for c in claims_of(text))
    assert claim_spanning(text, "2-3 years").value["low"] == 2
