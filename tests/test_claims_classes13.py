"""Routes, schedules and dated works of the sixth session's open sets (heldout51, 54, 55, 58,
59): route words about a measurement, a place on the body or a disease ("rectal temperature",
"a patch test", "the injection site", "Inhalation Bacillus anthracis", "the fecal–oral route");
a dose missed; "a single vaccination"; a work dated after its noun ("a more recent study
(2014)"). Short excerpts with their source named, or sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from support.attributions import attributions as _attributions


def _of_type(text: str, kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [(c.text, c.value) for c in extract_claims(text) if c.type == kind]


# --- route words that name no way a medicine is given ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Journal of Athletic Training abstract, heat stroke cooling (heldout54/10)
        "We compared cooling rates by gender, age, and initial rectal temperature (Tr).",
        # WebMD, tattoo skin reactions (heldout51/07)
        "His advice is to get a patch test done ahead of time to see how your skin reacts.",
        "You can get reactions, from swelling at the injection site to a rash.",
        # Lancet summary, R21 malaria vaccine (heldout55/07)
        "The most common adverse events were fever (46.7%) and injection site pain (18.6%).",
        # Drugs.com, doxycycline dosage (heldout59/03)
        "Usual Adult Dose for Inhalation Bacillus anthracis",
        # MMWR, norovirus outbreak (heldout39/06)
        "Norovirus is predominantly transmitted through the fecal–oral route.",
        "Patch testing showed an allergy to nickel.",
        "An oral thermometer reading was taken.",
    ],
)
def test_a_route_word_naming_a_measurement_a_site_or_a_disease_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Diazepam can be given as a rectal solution.", "rectal"),
        ("Give the vaccine as an intramuscular injection into the thigh.", "intramuscular"),
        ("The nicotine patch is placed on the skin once a day.", "transdermal"),
        ("Inhaled steroids are the first treatment; rectal paracetamol is an option.", "inhaled"),
        ("Paracetamol suppositories are given rectally.", "rectal"),
    ],
)
def test_a_route_word_before_other_words_stays_a_route(text: str, route: str) -> None:
    assert route in [v.get("route") for _, v in _of_type(text, "route")]


# --- doses: missed, or counted as vaccinations ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Drugs.com, Hib vaccine (heldout58/05)
        "What if my child misses a dose of the Hib vaccine?",
        "If you forgot a dose of the flu vaccine, ask your pharmacist.",
        "Do not skip a dose of the vaccine series.",
    ],
)
def test_a_missed_dose_is_no_schedule(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


def test_a_dose_of_a_vaccine_to_get_stays_a_schedule() -> None:
    text = "Adults with SCD should get a dose of the PCV13 vaccine."
    assert [t for t, _ in _of_type(text, "frequency_schedule")] == ["a dose"]


@pytest.mark.parametrize(
    ("text", "span", "count"),
    [
        # Valneva press release, chikungunya vaccine phase 1 (heldout58/09)
        ("The aim was to assess safety 28 days after a single vaccination across three dose "
         "levels.", "a single vaccination", 1),
        ("It investigated three dose levels of VLA1553 after a single immunization.",
         "a single immunization", 1),
        ("Children need two vaccinations before school.", "two vaccinations", 2),
        ("Travellers had 2 rabies immunisations.", "2 rabies immunisations", 2),
    ],
)  # fmt: skip
def test_counted_vaccinations_are_a_schedule(text: str, span: str, count: int) -> None:
    found = _of_type(text, "frequency_schedule")
    assert [(t, v["count"]) for t, v in found] == [(span, count)]


@pytest.mark.parametrize(
    "text",
    [
        # MMWR, immunization schedule changes (tests/heldout/10)
        "doses are based upon the child's history of monovalent 2009 H1N1 vaccination (4).",
        "Hepatitis A vaccination coverage rose in 2019.",
    ],
)
def test_a_year_or_a_bare_vaccination_is_no_count(text: str) -> None:
    assert [(c.type, c.text) for c in extract_claims(text) if c.type != "study_attribution"] == []


# --- a work dated after its noun ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        # BMC Pediatrics background, tongue-tie (heldout51/08)
        ("In a more recent study (2014) involving school children in India, a higher rate of "
         "16.4% was reported.", "a more recent study (2014)", 2014),
        # PMC review, penicillin allergy (heldout59/10)
        ("A compelling article published in November 2019 correlates the risk with surgical "
         "site infection.", "A compelling article published in November 2019", 2019),
        ("An earlier report published on 3 March 2020 found the same.",
         "An earlier report published on 3 March 2020", 2020),
        ("A survey (2019) of 500 nurses found burnout in half.", "A survey (2019)", 2019),
    ],
)  # fmt: skip
def test_a_work_dated_after_its_noun_is_a_source(text: str, span: str, year: int) -> None:
    found = [(s, v.get("year")) for s, v in _attributions(text) if v.get("form") == "unnamed"]
    assert found == [(span, year)]


@pytest.mark.parametrize(
    "text",
    [
        "The study (2014) found the same.",  # pointed back at
        "A study published in English was excluded.",
        "A report published on the website in full was read.",
        "A study of 2014 patients (2015) found less pain.",
    ],
)
def test_no_dated_work_without_its_date_after_the_noun(text: str) -> None:
    assert [s for s, v in _attributions(text) if v.get("form") == "unnamed"] == []


# --- advice put out by a body ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # JAMA Pediatrics summary, toddler screen time (heldout55/06)
        ("Guidelines put forth by the World Health Organization and pediatric societies have "
         "recommended no more than one hour of screen time.",
         "Guidelines put forth by the World Health Organization"),
        ("Recommendations issued by the American Academy of Pediatrics say the same.",
         "Recommendations issued by the American Academy of Pediatrics"),
    ],
)  # fmt: skip
def test_advice_put_out_by_a_body_is_a_source(text: str, span: str) -> None:
    assert [s for s, _ in _attributions(text)] == [span]


def test_advice_issued_without_its_maker_is_no_source() -> None:
    assert _attributions("Guidelines issued last year are stricter.") == []


# --- "×" for times before a slash and a period -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Knee replacement recovery timeline (heldout54/06)
        ("Weeks 3–4 | 10–20 min walks 2–3×/day; practice stairs with rail |", "2–3×/day",
         {"frequency": 2, "frequency_max": 3, "period_unit": "day"}),
        ("Walk 3x/week for 20 minutes.", "3x/week", {"frequency": 3, "period_unit": "week"}),
    ],
)  # fmt: skip
def test_the_times_sign_before_a_period_is_a_schedule(
    text: str, span: str, value: dict[str, Any]
) -> None:
    found = _of_type(text, "frequency_schedule")
    assert [t for t, _ in found] == [span]
    assert value.items() <= found[0][1].items()


@pytest.mark.parametrize("text", ["It grows 10x faster.", "Mix 1 part in a 5x/10 dilution."])
def test_the_times_sign_without_a_period_is_no_schedule(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


# --- a device for the mouth ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # DailyMed, levothyroxine label (heldout48/10)
        ("Mix in 5 to 10 mL of water and immediately administer the suspension by spoon or "
         "dropper.", "by spoon or dropper"),
        ("Babies can be given the medicine by oral syringe.", "by oral syringe"),
    ],
)  # fmt: skip
def test_given_by_a_device_for_the_mouth_is_oral(text: str, span: str) -> None:
    assert (span, "oral") in [(t, v.get("route")) for t, v in _of_type(text, "route")]


def test_p_o_after_a_dose_is_oral() -> None:
    # Supportive Care in Cancer abstract, olanzapine (tests/heldout34/09)
    text = "The test group took olanzapine 10 mg p.o. plus azasetron 10 mg i.v. on day 1."
    routes = [(t, v.get("route")) for t, v in _of_type(text, "route")]
    assert routes == [("p.o.", "oral"), ("i.v.", "intravenous")]
    assert _of_type("Write to P.O. Box 12 for a copy.", "route") == []


def test_a_spoon_to_measure_with_is_no_route() -> None:
    # NHS, pregabalin (tests/heldout11/02)
    text = "It will come with a syringe or spoon to measure your dose."
    assert _of_type(text, "route") == []


# --- a note glued to a closing bracket ------------------------------------------------------------


def test_a_note_glued_to_a_bracket_in_a_text_citing_so_is_a_reference() -> None:
    # JAMA Network Open research letter, long COVID prevalence (heldout55/09)
    text = (
        "Data from the 2022 National Health Interview Survey (NHIS)1 showed that 6.9% of "
        "adults had the condition. Data from the 2023 NHIS were used for this analysis.2 NHIS "
        "is a household survey."
    )
    numbers = [v.get("numbers") for _, v in _attributions(text) if v.get("form") == "numeric"]
    assert numbers == [[1], [2]]


@pytest.mark.parametrize(
    "text",
    [
        # alone: no other flattened note vouches for the style
        "Data from the survey (NHIS)1 showed that 6.9% of adults had it.",
        # a count after a bracket whose space a copy lost
        "In the trial (n=30)10 patients improved. Deaths fell by a third.2 The rest stayed.",
    ],
)
def test_a_number_after_a_bracket_alone_or_after_a_count_is_no_reference(text: str) -> None:
    numbers = [v.get("numbers") for _, v in _attributions(text) if v.get("form") == "numeric"]
    assert [1] not in numbers and [10] not in numbers


def test_a_number_opening_a_line_is_not_glued_to_the_word_before() -> None:
    # the falsifying example hypothesis found for test_attribution_speakers' glued notes
    assert find_citations("rates\n3, rates ") == []
    assert [c.numbers for c in find_citations("caused by falling4, most often")] == [[4]]


# --- a quoted title after a verb of putting it out ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # MinnPost, life expectancy (heldout55/04)
        ("In December, the agency’s National Center for Health Statistics released “Mortality "
         "in the United States, 2023,” which found life expectancy was 78.4 years.",
         "Mortality in the United States, 2023"),
        ('The CDC published a report titled "Vital Signs: Opioid Overdoses" last week.',
         "Vital Signs: Opioid Overdoses"),
    ],
)  # fmt: skip
def test_a_quoted_title_put_out_is_a_named_work(text: str, span: str) -> None:
    assert (span, span) in [(s, v.get("title")) for s, v in _attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        'He said he was "Very happy" with the results.',
        "The journal published “a call to action” on screen time.",
    ],
)
def test_a_quoted_phrase_is_no_title(text: str) -> None:
    assert _attributions(text) == []
