"""A route word before something that is no medicine: a sanitary product, or a finding where it
sits (dir14). Excerpts: Centre for Menstrual Cycle and Ovulation Research, "Heavy flow"
(heldout72/08); a reference entry of a Baker's cyst review (heldout70/08). The other sentences
are written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _routes(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "route"]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy flow requires us to change two soaked normal-sized sanitary products (vaginal "
        "pads, tampons) two to four days a cycle.",
        "Arthroscopic treatment of popliteal cyst and associated intra-articular knee disorders "
        "in adults.",
        "Oral findings were normal at the follow-up visit.",
        "MRI showed intra-articular pathology in 40% of the knees.",
    ],
)
def test_a_route_word_before_no_medicine_is_no_route(text: str) -> None:
    assert _routes(text) == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("An intra-articular injection of steroid was given.", "intra-articular injection"),
        ("The vaginal ring is replaced every month.", "vaginal ring"),
        ("Vaginal estrogen eases dryness.", "Vaginal"),
    ],
)
def test_a_route_word_before_a_medicine_stays(text: str, route: str) -> None:
    assert route in _routes(text)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        # a route word ending its clause; the finding opens the next one
        ("The drug was taken orally, findings showed no change.", "orally"),
        ("Patients received it intravenously, and findings were similar.", "intravenously"),
        ("When given as an injection, abnormalities were rare.", "injection"),
    ],
)
def test_a_finding_in_the_next_clause_keeps_the_route(text: str, route: str) -> None:
    assert route in _routes(text)
