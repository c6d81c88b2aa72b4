"""False positives by class, each beside a true claim of the same shape that must stay.

The sentences are written for these tests; the classes were counted among the extras of the
development sets (see KNOWN-ISSUES.md for the conventions the golds disagree on).
"""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _of_type(text: str, claim_type: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == claim_type]


# --- a time of day says when the body does something, not when a dose is taken ---------


@pytest.mark.parametrize(
    "text",
    [
        "Asthma symptoms are often worse at night.",
        "Many people with arthritis feel stiff in the morning.",
        "People who have trouble sleeping at night often feel tired the next day.",
        "Patients may find it hard to fall asleep or to wake up in the morning.",
        "Heartburn often happens after meals and when lying down.",
        "Gallbladder pain tends to come on in the evening.",
        "| Before meals | 80 to 130 mg/dL |",
    ],
)
def test_a_time_of_day_with_nothing_taken_or_done_is_no_schedule(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take the tablet at night.", "at night"),
        ("Most people use the cream in the morning.", "in the morning"),
        ("Your doctor may give it in the evening to help you sleep.", "in the evening"),
        ("Check your blood sugar before meals.", "before meals"),
        ("Collect the urine sample first thing in the morning.", "first thing in the morning"),
        ("Avoid exercising in the late afternoon if you sleep badly.", "in the late afternoon"),
        ("The test is most reliable when given in the morning.", "in the morning"),
    ],
)
def test_a_time_of_day_for_a_dose_or_an_act_stays_a_schedule(text: str, span: str) -> None:
    assert _of_type(text, "frequency_schedule") == [span]
