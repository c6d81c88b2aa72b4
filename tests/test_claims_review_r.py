"""Review R of attr13: route words before a clause that opens with "tests" or "sites", a test
dose, singular "vaccination" after an age or a year, drops given by dropper, a quoted
statement, a number glued to a bracket before its unit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from support.attributions import attributions as _attributions


def _routes(text: str) -> list[tuple[str, object]]:
    return [
        (c.text, (c.value or {}).get("route")) for c in extract_claims(text) if c.type == "route"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Patients took the drug orally, tests showed no change in liver enzymes.", "orally"),
        ("The drug was given intravenously, sites of infusion were checked daily.",
         "intravenously"),
        ("The medicine was taken rectally, temperatures dropped within an hour.", "rectally"),
    ],
)  # fmt: skip
def test_a_clause_after_a_comma_does_not_block_the_route_before_it(text: str, span: str) -> None:
    assert span in [t for t, _ in _routes(text)]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("A subcutaneous test dose of 0.1 mL was given before the full dose.", "subcutaneous"),
        ("An intravenous test dose of iron is given first.", "intravenous"),
    ],
)
def test_a_test_dose_keeps_its_route(text: str, route: str) -> None:
    assert route in [r for _, r in _routes(text)]


def test_a_measurement_after_listed_routes_is_still_no_route() -> None:
    assert _routes("Oral, rectal or axillary temperatures were taken.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Adults 65 vaccination coverage was low.",
        "In those over 65 vaccination reduced deaths.",
        "By age 2 vaccination coverage reached 90%.",
        "Since 2020 immunization has slowed.",
    ],
)
def test_a_number_before_a_singular_vaccination_counts_none(text: str) -> None:
    spans = [c.text for c in extract_claims(text)]
    assert not any("vaccination" in s or "immunization" in s for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Apply one drop to each eye by dropper twice daily.",
        "Ear drops are given by dropper into the ear canal.",
        "Put two drops in each nostril by dropper.",
    ],
)
def test_drops_given_by_dropper_are_not_oral(text: str) -> None:
    assert "oral" not in [r for _, r in _routes(text)]


def test_a_dropper_beside_a_spoon_is_oral() -> None:
    assert _routes("Give it by dropper or spoon.") == [("by dropper or spoon", "oral")]


def test_a_statement_quoted_after_a_comma_is_no_named_work() -> None:
    for text in (
        'The hospital issued a statement, "Patients are safe," after the outbreak.',
        "The agency released a statement, “The risk to the public is low,” on Monday.",
    ):
        assert [v.get("form") for _, v in _attributions(text)] == []


def test_a_statement_titled_so_is_a_named_work() -> None:
    text = 'The board issued a statement titled "Safe Staffing in Hospitals" in May.'
    assert [v.get("title") for _, v in _attributions(text)] == ["Safe Staffing in Hospitals"]


_FLAT = " Deaths fell by a third.2 The rest stayed."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Of adults in the survey (NHIS)30 percent reported pain." + _FLAT, "30 percent"),
        ("The trial used a dose of insulin (units/kg)2 times daily." + _FLAT, "2 times daily"),
        ("The patients were followed up (median)5 years after surgery." + _FLAT, "5 years"),
    ],
)
def test_a_number_glued_to_a_bracket_before_its_unit_is_no_note(text: str, kept: str) -> None:
    assert [c.text for c in find_citations(text)] == ["2"]
    assert kept in [c.text for c in extract_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "If you have forgotten a dose of the vaccine, ask your doctor.",
        "If a dose of the vaccine is missed, give it as soon as possible.",
    ],
)
def test_a_dose_forgotten_or_missed_in_the_passive_is_no_schedule(text: str) -> None:
    assert [c.text for c in extract_claims(text) if c.type == "frequency_schedule"] == []


def test_a_dose_measured_by_spoon_is_no_route() -> None:
    assert _routes("Doses measured by spoon are often wrong.") == []
