"""Routes and doses on medicine pages: which dosage-form words are route claims, and the amounts
a leaflet states in brackets. Sentences written for these tests (no article's text)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def claims_of(text: str, kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [(c.text, c.value) for c in extract_claims(text) if c.type == kind]


def routes(text: str) -> list[str]:
    return [found for found, _ in claims_of(text, "route")]


# --- a form that says how the medicine comes or is taken is a route ----------------------------
# (a dosage form alone is none since dir14: tests/test_routes_bare_forms.py)
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Lisinopril is sold as 5 mg oral tablets.", "tablets"),
        ("It comes as 2.5mg, 5mg and 10mg pills for adults.", "pills"),
        ("Young children can have the syrup; older ones can take pills.", "pills"),
        ("If you take the tablet that dissolves on your tongue, do not chew it.", "tablet"),
        ("Swallow the pills whole with water.", "pills"),
    ],
)
def test_a_form_naming_how_a_medicine_comes_is_a_route(text: str, form: str) -> None:
    assert any(form in found for found in routes(text))


# --- a form counted as a dose's unit, or told apart by its look, or pointed back at, is not --
@pytest.mark.parametrize(
    "text",
    [
        "Take 2 tablets at once.",
        "Never take more than 8 capsules in a day.",
        "The dose is between 2 and 6 pills a day.",
        "Chew three or four glucose tablets when your sugar is low.",
        "Take one tablet after breakfast.",
        "Babies get one sachet mixed in milk.",
    ],
)
def test_a_counted_form_is_the_dose_unit_not_a_route(text: str) -> None:
    assert routes(text) == []
    assert claims_of(text, "dose") or claims_of(text, "dose_range")


@pytest.mark.parametrize(
    "text",
    [
        "- 2.5mg – yellow tablet",
        "The 10mg strength is a round pink tablet.",
        "Your pack may hold different coloured capsules.",
        "Keep the tablets and their box away from heat.",
        "These capsules are opened and sprinkled on food.",
        "Ask how many capsules you should take.",
        "Store the capsules below 25C.",
        "The tablets contain lactose.",
    ],
)
def test_a_form_told_by_its_look_pointed_back_at_or_asked_for_is_no_route(text: str) -> None:
    assert routes(text) == []


# --- route words that name anatomy, infection or a numeral ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Breathing in aerosolized virus is rare; inhalation of airborne virus particles can happen in caves.",
        "The parasite can be spread by injection of contaminated blood.",
        "Injection of bacteria into the wound was reported.",
        "Most patients had stage IV disease at diagnosis.",
        "Tumours were graded I+IV in the cohort, and DSM-IV criteria were used.",
        # the end of a range of numerals (heldout50's trials table: "NYHA Class II–IV")
        "It enrolled 900 adults with NYHA Class II–IV heart failure.",
        "Patients with stages I to IV were eligible.",
        "It is a marker in vaginal carcinoma and oral tumours.",
        "Smoking raises the risk of oral-cavity cancers.",
        "Low weight gain signals intrauterine growth restriction.",
        "Eczema leaves patches of dry, itchy skin.",
        "An epidural abscess pressed on the spinal cord.",
        "Injection drug use drives most new infections.",
        "She gave an oral presentation at the meeting.",
        "Swap ice cream for yoghurt.",
        "The man was shot twice.",
        # a list of noise levels (health.mil, hearing conservation)
        "- Gun shot: 160 – 170 decibels",
        "Children with a lazy eye may wear an eye patch.",
    ],
)
def test_route_words_in_infection_anatomy_or_numerals_are_not_routes(text: str) -> None:
    assert routes(text) == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("The drug was given IV over an hour.", "intravenous"),
        ("Give 1 g IV – never IM – over an hour.", "intravenous"),
        ("The vaccine is given by injection to protect against the virus.", "injection"),
        ("Timolol eye drops lower the pressure in the eye.", "ophthalmic"),
        ("A smaller dose may be given by intradermal injection.", "intradermal"),
        ("Use the ear drops twice a day.", "otic"),
        ("Children may get it through a nebuliser mask.", "inhaled"),
        ("The nurse injects it into a muscle in your thigh.", "intramuscular"),
        ("Rats were dosed intraperitoneally with saline.", "intraperitoneal"),
        ("Insert one pessary high into the vagina at night.", "vaginal"),
    ],
)
def test_routes_still_found(text: str, route: str) -> None:
    assert route in [value.get("route") for _, value in claims_of(text, "route")]


# --- an amount in brackets after a count of tablets or a named dose is a dose of its own ------
@pytest.mark.parametrize(
    ("text", "amount", "unit", "value"),
    [
        (
            "The usual dose is 2 tablets (400 micrograms) at night.",
            "400 micrograms",
            "microgram",
            400,
        ),
        ("Do not take more than 10 capsules (5mg) in one course.", "5mg", "mg", 5),
        ("Patients received a high dose (2 g) of the steroid.", "2 g", "g", 2),
        ("Children take one sachet (250 mg) a day.", "250 mg", "mg", 250),
    ],
)
def test_an_amount_in_brackets_after_a_count_is_a_dose(
    text: str, amount: str, unit: str, value: float
) -> None:
    assert (amount, {"value": value, "unit": unit}) in claims_of(text, "dose")


@pytest.mark.parametrize(
    ("text", "kept", "restated"),
    [
        ("Take 500 mg (0.5 g) each morning.", "500 mg", "0.5 g"),
        ("She weighed 60 kg (132 lbs) at the start.", "60 kg", "132 lbs"),
        ("Drink 2 cups (16 ounces) of water.", "2 cups", "16 ounces"),
    ],
)
def test_the_same_amount_in_another_unit_is_a_second_claim(
    text: str, kept: str, restated: str
) -> None:
    # the dev golds' annotators mark each (heldout2/03 "14.0 grams (0.6 ounces)", heldout48/09
    # "10 mcg (400 IU)", heldout49/05 "15 to 30 kg (33 pounds to 66 pounds)"): a source may give
    # either unit alone, so each figure is checked on its own
    found = [c.text for c in extract_claims(text)]
    assert kept in found
    assert restated in found


@pytest.mark.parametrize(
    "text",
    [
        "Your doctor may prescribe a lower dose if you have kidney disease.",
        "A higher dose of up to 800mg may be used.",
        "They were given a high dose (1 g) of the drug.",
    ],
)
def test_a_comparative_or_quantified_dose_word_is_no_dose_claim_of_its_own(text: str) -> None:
    assert not any("descriptor" in value for _, value in claims_of(text, "dose"))


def test_a_low_dose_alone_is_still_a_descriptor() -> None:
    assert claims_of("Ketamine in low doses eased anxiety.", "dose") == [
        ("low doses", {"descriptor": "low"})
    ]


_FORMS = st.sampled_from(["tablet", "tablets", "capsule", "capsules", "pills"])
_BEFORE = st.sampled_from(
    ["1 ", "12 ", "two ", "how many ", "between 1 and 4 ", "white ", "the ", "3 or 4 small "]
)


@settings(max_examples=60, deadline=None)
@given(_BEFORE, _FORMS, st.sampled_from([" a day.", " whole.", " at night.", "."]))
def test_counted_looked_or_pointed_back_forms_never_make_a_route(
    before: str, form: str, after: str
) -> None:
    assert routes(f"You need {before}{form}{after}") == []


@pytest.mark.parametrize(
    "text",
    ["Her kidney filtration was 38 ml/min.", "Clearance fell to 20 to 30 mL/min in the group."],
)
def test_a_volume_per_minute_is_a_rate_not_a_dose(text: str) -> None:
    assert not claims_of(text, "dose") and not claims_of(text, "dose_range")
    assert [v.get("measure") for _, v in claims_of(text, "other_quantity")] == ["rate"]


@pytest.mark.parametrize(
    ("written", "unit"),
    [("micrograms", "microgram"), ("microgram", "microgram"), ("µg", "microgram"), ("mcg", "mcg")],
)
def test_a_microgram_is_spelt_out_or_mcg_as_written(written: str, unit: str) -> None:
    assert claims_of(f"Take 400 {written} a day.", "dose")[0][1]["unit"] == unit


def test_a_range_from_mcg_to_milligrams_is_in_mcg() -> None:
    [(_, value)] = claims_of("Doses go from 500 mcg to 2 mg.", "dose_range")
    assert (value["low"], value["high"], value["unit"]) == (500, 2000, "mcg")


def test_a_range_from_micrograms_to_milligrams_is_in_micrograms() -> None:
    [(_, value)] = claims_of("Doses go from 250 micrograms to 1mg.", "dose_range")
    assert (value["low"], value["high"], value["unit"]) == (250, 1000, "microgram")


@pytest.mark.parametrize(
    ("text", "routes_found"),
    [
        # a bare form, listed or not, is no route (dir14)
        ("It comes as tablets, capsules or liquid.", []),
        ("Children usually have it as liquid.", []),
        ("Ask about patches and liquid if you cannot swallow.", ["patches"]),
        ("Drink plenty of liquid when you have a fever.", []),
        ("The test is done after drinking a sweet liquid.", []),
    ],
)
def test_liquid_is_a_route_only_as_a_form(text: str, routes_found: list[str]) -> None:
    assert routes(text) == routes_found


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "There is a version that is a tablet that dissolves on your tongue.",
            "orodispersible tablet",
        ),
    ],
)
def test_a_form_says_how_the_tablet_is_taken(text: str, form: str) -> None:
    assert [v.get("form") for _, v in claims_of(text, "route")] == [form]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Take no more than 3g in one day.", "3g"),
        ("You must not take more than 6 capsules in 24 hours.", "6 capsules"),
        ("Children shouldn't have more than 40mg a day.", "40mg"),
        ("The dose can go up to a maximum of 120mg.", "120mg"),
        ("Never give more than 10ml at once.", "10ml"),
    ],
)
def test_a_forbidden_excess_is_a_maximum(text: str, amount: str) -> None:
    [claim] = [c for c in extract_claims(text) if amount in c.text]
    assert claim.qualifier == "up to"


def test_more_than_without_a_negation_stays_a_lower_bound() -> None:
    [claim] = [c for c in extract_claims("Some patients took more than 50mg.") if c.type == "dose"]
    assert claim.qualifier == "more than"


# --- electrolytes dosed in mmol, and the route abbreviations of drug charts --------------------
# A pharmacist's test sentences (newuser6 F15).


@pytest.mark.parametrize(
    ("text", "dose", "unit"),
    [
        ("Add 40 mmol of potassium chloride to the infusion.", "40 mmol", "mmol"),
        ("Give 20 mmol potassium over 2 hours.", "20 mmol", "mmol"),
        ("Potassium chloride 20 mmol in 1 litre over 4 hours.", "20 mmol", "mmol"),
        ("Give 40 mEq of potassium chloride.", "40 mEq", "mEq"),
    ],
)
def test_an_amount_of_substance_is_a_dose(text: str, dose: str, unit: str) -> None:
    assert (dose, {"value": int(dose.split()[0]), "unit": unit}) in claims_of(text, "dose")


def test_a_concentration_in_mmol_stays_a_concentration() -> None:
    assert not claims_of("The serum potassium was 3.2 mmol/L.", "dose")


@pytest.mark.parametrize(
    ("text", "word", "route"),
    [
        ("Give 0.5 mg IM.", "IM", "intramuscular"),
        ("Adrenaline 1:1000 0.5 mL IM into the thigh.", "IM", "intramuscular"),
        ("It was given IM.", "IM", "intramuscular"),
        ("Give 1 g IV or IM.", "IM", "intramuscular"),
        ("Insulin 10 units SC.", "SC", "subcutaneous"),
        ("Give 5 mg SC at night.", "SC", "subcutaneous"),
        ("Enoxaparin 40 mg subcut daily.", "subcut", "subcutaneous"),
        # any dose unit (units.dose), with or without a space after the figure
        ("Give 1 g IM once.", "IM", "intramuscular"),
        ("Give 1g IM once.", "IM", "intramuscular"),
        ("Give 500 micrograms IM.", "IM", "intramuscular"),
        ("Give 250 µg SC.", "SC", "subcutaneous"),
        ("Give 5 mg/kg IM.", "IM", "intramuscular"),
    ],
)
def test_a_route_abbreviation_beside_a_dose_is_the_route(text: str, word: str, route: str) -> None:
    assert (word, route) in [(t, v["route"]) for t, v in claims_of(text, "route")]


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to take 5 mg.",
        "She is an IM resident.",
        "The SC team reviewed 12 cases.",
        "IM and family medicine clinics took part.",
        "Each unit had 2 beds in the SC ward.",
    ],
)
def test_the_letters_elsewhere_are_no_route(text: str) -> None:
    assert routes(text) == []
