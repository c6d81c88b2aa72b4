"""Classes of claims in guidance-style health pages: an organisation's advice opening the
paragraph under a heading, counted things whose modifier ends in -us/-is or opens a hyphened
word with a function word, frequency adjectives before a recurring check, and smoking
exposure in pack-years. Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.type, text[c.start : c.end]) for c in extract_claims(text)]


def _find(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


# --- an organisation's advice right under a heading ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("## General\n\nThe USPSTF recommends screening for colon cancer.", "USPSTF"),
        ("### Who should be tested\n\nCDC recommends testing all adults once.", "CDC"),
        ("## Advice\nThe NHS recommends a check every five years.", "NHS"),
        ("# Dosing\n\nThe FDA advises against giving it to children.", "FDA"),
        ("Background\n\nThe WHO considers the vaccine safe in pregnancy.", "WHO"),
    ],
)
def test_an_organisation_advising_under_a_heading_is_a_source(text: str, source: str) -> None:
    found = _find(text, "study_attribution")
    assert [text[c.start : c.end] for c in found] == [source]
    # the heading's words are not part of the name
    assert "#" not in text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "The USPSTF considers adults who smoke to be at high risk.",
        "The agency said that the CDC considers the outbreak over.",
    ],
)
def test_an_organisation_that_considers_is_a_source(text: str) -> None:
    assert len(_find(text, "study_attribution")) == 1


def test_a_capitalised_heading_line_still_ends_a_name() -> None:
    text = "Recommendations and Guidelines\nCDC recommends two doses."
    assert [text[c.start : c.end] for c in _find(text, "study_attribution")] == ["CDC"]


# --- counted things with awkward modifiers ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Two rotavirus vaccines are licensed for infants.", "Two rotavirus vaccines", "vaccine"),
        ("Two different rotavirus vaccines are in use.", "Two different rotavirus vaccines",
         "vaccine"),
        ("Always carry 2 in-date adrenaline auto-injectors.",
         "2 in-date adrenaline auto-injectors", "auto-injector"),
        ("Three up-to-date vaccines were given at the visit.", "Three up-to-date vaccines",
         "vaccine"),
        ("The team ran four meta-analysis models.", "four meta-analysis models", "model"),
        ("Six virus strains were sequenced.", "Six virus strains", "strain"),
        ("Three crisis lines were set up.", "Three crisis lines", "line"),
    ],
)  # fmt: skip
def test_a_counted_plural_after_any_modifier(text: str, span: str, unit: str) -> None:
    found = [c for c in extract_claims(text) if text[c.start : c.end] == span]
    assert len(found) == 1
    assert found[0].type in {"other_quantity", "sample_size"}
    assert found[0].value.get("unit") == unit


@pytest.mark.parametrize(
    "text",
    [
        "We looked at two in patients with asthma.",
        "It was one of the best.",
    ],
)
def test_a_function_word_alone_is_still_no_modifier(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.value.get("measure") == "count"]


# --- how often a check is done ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The task force recommends annual screening for lung cancer.",
        "Book an annual eye exam with your optometrist.",
        "Adults with diabetes need an annual check-up of their feet.",
        "Annual testing is advised for people at high risk.",
    ],
)
def test_a_frequency_adjective_before_a_check_is_a_schedule(text: str) -> None:
    found = _find(text, "frequency_schedule")
    assert [text[c.start : c.end].lower() for c in found] == ["annual"]
    assert found[0].value.get("period_unit") == "year"


@pytest.mark.parametrize(
    "text",
    [
        "Annual screening rates rose in every state.",
        "The annual testing budget was cut.",
        "Annual screening coverage fell last year.",
    ],
)
def test_an_annual_figure_about_checks_is_no_schedule(text: str) -> None:
    assert not _find(text, "frequency_schedule")


# --- smoking exposure ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Adults who have a 20 pack-year smoking history should be screened.", "20 pack-year",
         20),
        ("Those with at least 30 pack-years of smoking were included.",
         "at least 30 pack-years", 30),
        ("He had a 40-pack-year history of smoking.", "40-pack-year", 40),
        ("Smokers of 15 pack years or more were eligible.",
         "15 pack years or more", 15),
    ],
)  # fmt: skip
def test_pack_years_are_a_smoking_exposure(text: str, span: str, value: int) -> None:
    found = [c for c in extract_claims(text) if c.value.get("unit") == "pack-year"]
    assert [(c.type, text[c.start : c.end], c.value["value"]) for c in found] == [
        ("other_quantity", span, value)
    ]
    assert found[0].value["measure"] == "smoking exposure"


# --- a delivery device named for its route ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prescribe an adrenaline auto-injector for anaphylaxis.", "auto-injector"),
        ("Patients given autoinjectors should be trained to use them.", "autoinjectors"),
        ("Epinephrine auto-injectors are used in the thigh.", "auto-injectors"),
    ],
)
def test_an_auto_injector_is_an_injection(text: str, span: str) -> None:
    found = _find(text, "route")
    assert [(text[c.start : c.end], c.value.get("route")) for c in found] == [(span, "injection")]


# --- a rate's series that leaves its base out ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The rate fell from 33.2 deaths per 1,000 births to 23.9 in 2010.", [33.2, 23.9]),
        ("Incidence was 7.9 per 100,000 and ranged from 1.1 in the north to 90.6 in the south.",
         [7.9, 1.1, 90.6]),
        ("Mortality went from 12.5 per 100,000 in men to 8.1 in women.", [12.5, 8.1]),
    ],
)  # fmt: skip
def test_later_figures_of_a_rate_share_its_base(text: str, figures: list[float]) -> None:
    rates = [c for c in extract_claims(text) if c.value.get("measure") == "rate"]
    assert [c.value["value"] for c in rates] == figures
    assert len({c.value["unit"] for c in rates}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The rate was 5.1 per 100,000 compared to 10 years ago.",
        "The rate was 4.2 per 100,000 from 2010 to 2015.",
        "The rate was 4.2 per 100,000, up from 3 regions reporting.",
    ],
)
def test_a_figure_after_a_rate_with_its_own_unit_or_a_year_is_no_rate(text: str) -> None:
    rates = [c for c in extract_claims(text) if c.value.get("measure") == "rate"]
    assert len(rates) == 1


# --- a time marker before an age -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The first dose may be given as early as 6 weeks of age.",
        "Babies can be vaccinated as early as 2 months old.",
        "Puberty can begin as early as 8 years of age in girls.",
    ],
)
def test_as_early_as_before_an_age_is_no_onset(text: str) -> None:
    found = extract_claims(text)
    assert not [c for c in found if c.type == "onset_time"]
    assert [c.value.get("measure") for c in found] == ["age"]


def test_as_early_as_before_a_time_after_something_is_an_onset() -> None:
    text = "Symptoms can start as early as 2 days after exposure."
    assert [c.type for c in extract_claims(text)] == ["onset_time"]


# --- a medicine given through a device -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heparin is given through an IV tube.",
        "The antibiotic runs through an IV tube into your arm.",
        "Fluids are given through the IV catheter.",
    ],
)
def test_given_through_an_iv_device_is_intravenous(text: str) -> None:
    assert [c.value.get("route") for c in _find(text, "route")] == ["intravenous"]


@pytest.mark.parametrize(
    "text", ["An IV tube was placed in his arm.", "A catheter into the vein was placed."]
)
def test_a_device_put_in_is_no_route(text: str) -> None:
    assert not _find(text, "route")
