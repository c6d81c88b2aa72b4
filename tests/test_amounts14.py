"""Amounts, counts and shares as the development golds mark them (amount14): a volume measured
or eaten is no dose, a dose is an amount taken or given. Short excerpts name their source; the
rest are sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning, claims_of

# --- a volume in a sentence that takes or gives nothing is measured, not dosed ----------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # CeMCOR page on heavy menstrual flow (heldout72/08)
        (
            "The official definition of heavy flow is loss of 80 ml or more blood in one "
            "menstrual period.",
            "80 ml",
        ),
        (
            "Since 5 ml is a teaspoon and a soaked usual-sized tampon/pad holds about that "
            "much, heavy flow means losing 16 teaspoons.",
            "5 ml",
        ),
        # a semen analysis's reference values (heldout72/02)
        (
            "Guidelines for the Examination of Human Semen (2010):\n\n- Volume: 2.0 ml or more\n"
            "- pH : 7.2-8.0\n",
            "2.0 ml",
        ),
        # water intake explainer (heldout64/06)
        ("In general, doctors recommend 8 or 9 cups.", "8 or 9 cups"),
        # protein for older adults (heldout64/03)
        (
            "To put that into perspective, a 6-ounce serving of Greek yogurt has 18 grams; a "
            "half-cup of cottage cheese, 14 grams.",
            "6-ounce",
        ),
    ],
)
def test_a_volume_nothing_takes_is_measured(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "volume"


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("If your child is 3 to 5 months old, give them 2.5ml.", "2.5ml", "dose"),
        ("The usual dose for constipation is 15ml, taken twice a day.", "15ml", "dose"),
        ("Drink ½ liter (16 oz.) of bowel prep solution around 6:00 pm.", "16 oz", "dose"),
        ("Inject 0.5 mL into the muscle.", "0.5 mL", "dose"),
        ("Patients received 4 ml of the solution.", "4 ml", "dose"),
        # a list's item is read with its lead-in (corpus/08, NIDDK hypoglycemia page)
        (
            "One of these quick-fix foods should be consumed right away to raise blood "
            "glucose:\n\n- 3 or 4 glucose tablets\n- 1/2 cup, or 4 ounces, of any fruit juice\n",
            "1/2 cup",
            "dose",
        ),
    ],
)
def test_a_volume_taken_or_given_stays_a_dose(text: str, span: str, kind: str) -> None:
    assert claim_spanning(text, span).type == kind


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # cystoscopy aftercare and capsule endoscopy prep leaflets (heldout63/02, 03)
        (
            "Drink at least 8 (8-ounce) glasses of liquids every day for the next few days.",
            "8-ounce",
            "other_quantity",
        ),
        (
            "After finishing half of the prep solution, drink two (2) 8 oz. glasses of water.",
            "8 oz",
            "other_quantity",
        ),
        # the glass holds the medicine (heldout63/07): a dose
        (
            "The night before your procedure, quickly drink one 8-ounce glass (240 milliliters) "
            "of the mixture every 15 minutes.",
            "8-ounce",
            "dose",
        ),
    ],
)
def test_the_size_of_a_glass_of_water_is_no_dose(text: str, span: str, kind: str) -> None:
    assert claim_spanning(text, span).type == kind


# --- a change by a word fraction, the measure a few words long -----------------------------------


def test_a_change_by_a_range_of_word_fractions() -> None:
    # CeMCOR page on heavy menstrual flow (heldout72/08)
    text = (
        "Simply taking one tablet of ibuprofen with each meal will decrease heavy flow by a "
        "quarter to a half."
    )
    claim = claim_spanning(text, "by a quarter to a half")
    assert claim.type == "percentage"
    assert (claim.value["low"], claim.value["high"]) == (25, 50)


def test_a_change_by_a_word_fraction_after_a_longer_measure() -> None:
    text = "The new drug lowered the yearly relapse rate by about a third."
    claim = claim_spanning(text, "by about a third")
    assert claim.type == "percentage" and claim.value["value"] == 33.3
    # no change: a tablet cut in half is no share
    assert not [c for c in claims_of("Cut the tablet in half.") if c.type == "percentage"]


def test_the_other_half_after_half_of_them() -> None:
    # University of Liverpool news release (heldout68/09)
    text = (
        "Around half of them received the chemotherapy drug gemcitabine, the standard "
        "treatment for pancreatic cancer, and the other half received a combination of "
        "gemcitabine and capecitabine."
    )
    claim = claim_spanning(text, "the other half")
    assert claim.type == "percentage" and claim.value["value"] == 50
    # the rest of a dose stays no share
    text = "Take half of them in the morning and the other half at night."
    assert not [c for c in claims_of(text) if c.text == "the other half"]


# --- "the majority of" is no claim; "a majority of" is -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # University of Colorado news release (heldout68/02)
        "The findings were the opposite for the majority of the patients.",
        # pilonidal recurrence abstract (heldout70/10)
        "The overall recurrence rate was 33%, with the majority of recurrences (80%) occurring "
        "within the first year.",
    ],
)
def test_the_majority_of_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if "majority" in c.text]


def test_a_majority_of_participants_stays_a_share() -> None:
    claim = claim_spanning(
        "In a majority of participants, pain fell.", "a majority of participants"
    )
    assert claim.type == "percentage" and claim.value["low"] == 50


# --- litres of a preparation taken are a dose --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # capsule endoscopy prep and PEG-electrolyte drug leaflets (heldout63/03, 07)
        ("- Drink ½ liter (16 oz.) of bowel prep solution around 6:00 pm.", "½ liter"),
        (
            "Quickly drink one 8-ounce glass of the mixture every 15 minutes until you finish "
            "the first container (1 liter), or take as directed by your doctor.",
            "1 liter",
        ),
        # bowel preparation trial abstracts (heldout63/05, 10): litres before the name
        (
            "Patients were allocated to receive either a single 4 L PEG lavage or a split-dose "
            "PEG lavage.",
            "4 L",
        ),
        ("Same-day 2-L PEG-citrate-simethicone plus bisacodyl vs split 4-L PEG", "4-L"),
    ],
)
def test_litres_of_a_preparation_taken_are_a_dose(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "dose" and claim.value["unit"] == "l"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Drink 2 liters of water a day.", "2 liters"),
        (
            "The average urine output for adults is about 1.5 liters (6.3 cups) a day.",
            "about 1.5 liters",
        ),
        ("The bottle holds 2 L of water.", "2 L"),
    ],
)
def test_litres_of_water_or_urine_stay_a_volume(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "volume"


# --- a word fraction of an amount or a thing ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # capsule endoscopy prep leaflet (heldout63/03)
        (
            "After finishing half of the prep solution, drink two (2) 8 oz. glasses of water.",
            "half of the prep solution",
            50,
        ),
        # toddler milk and iron page (heldout72/04)
        (
            "But those servings provide less than half of the necessary vitamin D, so doctors "
            "recommend a supplement.",
            "less than half of the necessary vitamin D",
            50,
        ),
    ],
)
def test_a_word_fraction_of_an_amount_is_a_share(text: str, span: str, value: float) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "percentage" and claim.value["value"] == value


@pytest.mark.parametrize(
    "text",
    ["Take half of the tablet.", "Most of the benefit came in the first half of the session."],
)
def test_half_of_a_dose_or_a_time_is_no_share(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "percentage"]


def test_an_ordinal_of_the_things_is_no_share() -> None:
    assert not [c for c in claims_of("It was the tenth of the trials.") if c.type == "percentage"]


# --- review U: volumes a label or a nurse gives stay doses; litres eaten or held do not --------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a syrup's dosing table: a schedule after the volume says it is taken
        ("Adults: 15 mL twice daily.", "15 mL"),
        ("Children aged 6 to 12 years: 10 mL every 4 to 6 hours.", "10 mL"),
        ("The recommended amount is 30 mL of lactulose once a day.", "30 mL"),
    ],
)
def test_a_volume_on_a_dosing_schedule_is_a_dose(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "dose"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Infuse 500 mL of normal saline over one hour.", "500 mL"),
        ("Start the drip at 100 mL an hour.", "100 mL"),
        ("Spray 0.1 mL into each nostril.", "0.1 mL"),
        ("Gargle with 10 mL of the solution for 1 minute.", "10 mL"),
        ("Squirt 1 mL into the side of the baby's mouth.", "1 mL"),
    ],
)
def test_a_volume_infused_sprayed_or_gargled_is_a_dose(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "dose"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a meal or food is no taking of a preparation
        ("Your stomach can hold about 1 litre of food.", "about 1 litre"),
        ("After a meal the stomach holds about 1 litre.", "about 1 litre"),
        # a day's drinking is hydration advice
        ("Drink 3 litres a day to prevent kidney stones.", "3 litres a day"),
    ],
)
def test_litres_eaten_held_or_drunk_each_day_stay_a_volume(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "volume"


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("Treatment reduced the number of attacks by more than half.", "by more than half", 50),
        ("Exercise reduced symptoms by at least a quarter.", "by at least a quarter", 25),
    ],
)
def test_a_change_by_more_than_a_word_fraction_keeps_its_bound(
    text: str, span: str, low: float
) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "percentage" and claim.value["low"] == low
