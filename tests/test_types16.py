"""Types of amounts, samples, schedules and ages as the development golds mark them (types16):
a dose given for each event, a single dose with its size between. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_finders import claim_spanning, claims_of

# --- a dose for each time an event comes is a schedule ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "timing"),
    [
        (
            "Give 10 mL/kg of the solution for each watery or loose stool.",
            "for each watery or loose stool",
            "for each watery or loose stool",
        ),
        (
            "Replace 2 mL/kg of the solution for each vomiting episode.",
            "for each vomiting episode",
            "for each vomiting episode",
        ),
        ("Take one tablet with every meal.", "with every meal", "with every meal"),
    ],
)
def test_dose_for_each_event_is_a_schedule(text: str, span: str, timing: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "frequency_schedule"
    assert claim.value.get("timing") == timing  # "for each" bounds nothing


def test_an_episode_of_nothing_given_is_no_schedule() -> None:
    text = "The hiccups keep coming back, with each episode lasting longer."
    assert not [c for c in claims_of(text) if c.type == "frequency_schedule"]


# --- "a single 200 mg oral dose": how many doses, the size between --------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The infection is treated with a single 200 mcg/kg oral dose.", "200 mcg/kg"),
        ("Clinics give a single 500 mg intramuscular dose of the antibiotic.", "500 mg"),
        ("Each volunteer was given a single 25-milligram dose.", "25-milligram"),
    ],
)
def test_single_sized_dose_is_a_schedule_and_a_dose(text: str, size: str) -> None:
    assert claim_spanning(text, "a single").type == "frequency_schedule"
    assert claim_spanning(text, size).type == "dose"


@pytest.mark.parametrize(
    "text",
    ["Two puffs are the same as a single 50mg capsule.", "They drank a single 4 L lavage."],
)
def test_single_size_without_a_dose_noun_is_no_schedule(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "frequency_schedule"]


# --- a band of years or months opening a row of a dosing list is an age -----------------------

_BY_AGE = (
    "Children\n\n"
    "- > 12 years; 2 g\n"
    "- 8-12 years; 1.5 g\n"
    "- 6 months-7 years; 500 mg (syrup preferable)\n"
    "- < 6 months; not recommended\n"
)


@pytest.mark.parametrize("span", ["12 years", "8-12 years", "6 months-7 years", "6 months"])
def test_band_opening_a_dosed_row_is_an_age(span: str) -> None:
    claim = claim_spanning(_BY_AGE, span)
    assert claim.type == "other_quantity"
    assert claim.value.get("measure") == "age"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a course's length in days, not an age
        ("Course:\n- 5-7 days; 500 mg twice daily\n- 10 days; 250 mg\n", "5-7 days"),
        # a timeline gives no dose after its bands
        ("Healing:\n\n- 1 to 2 weeks: the skin peels\n- 3 to 4 weeks: it heals\n", "1 to 2 weeks"),
    ],
)
def test_band_in_a_list_without_doses_is_no_age(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type in ("duration", "onset_time")


@settings(max_examples=60, deadline=None)
@given(
    bands=st.lists(
        st.tuples(st.integers(1, 30), st.integers(1, 30), st.sampled_from(["years", "months"])),
        min_size=1,
        max_size=5,
    ),
    dose=st.integers(1, 900),
    separator=st.sampled_from([";", ":", ","]),
)
def test_every_band_of_a_dosed_list_is_an_age(
    bands: list[tuple[int, int, str]], dose: int, separator: str
) -> None:
    rows = [f"- {low}-{low + span} {unit}{separator} {dose} mg" for low, span, unit in bands]
    text = "Children\n\n" + "\n".join(rows) + "\n"
    for low, span, unit in bands:
        band = f"{low}-{low + span} {unit}"
        claim = claim_spanning(text, band)
        assert claim.type == "other_quantity"
        assert claim.value.get("measure") == "age"


# --- a volume a day administered is a dose, a flow the body makes is not -----------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Administer the solution freely, up to 2 L/day.", "up to 2 L/day"),
        ("For stool losses, administer 10 mL/kg (up to 500 mL/day).", "up to 500 mL/day"),
    ],
)
def test_volume_a_day_administered_is_a_dose(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "dose"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Urine output fell to 1 L/day.", "1 L/day"),
        ("Drink 2 L/day of water.", "2 L/day"),
        ("Urine output fell to 400 mL/day.", "400 mL/day"),
    ],
)
def test_volume_a_day_not_given_is_no_dose(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "other_quantity"


# --- people whose data a study drew on are its sample ------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Their conclusions rest on data from 4,575 adults in Norway.", "4,575 adults"),
        ("The authors pulled records of 689 patients from two clinics.", "689 patients"),
        ("The answers came from a total of 404 neurosurgeons in a survey.", "404 neurosurgeons"),
    ],
)
def test_people_whose_data_were_drawn_on_are_a_sample(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "sample_size"


def test_people_counted_in_a_population_stay_a_count() -> None:
    claim = claim_spanning("About 1 million people in the US have it.", "About 1 million people")
    assert claim.type == "other_quantity"


# --- a contraceptive named by its form is no route ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some antibiotics may weaken the contraceptive pill.",
        "Her risk rose while she was on birth control pills.",
    ],
)
def test_contraceptive_pill_is_no_route(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "route"]


def test_a_pill_given_stays_a_route() -> None:
    assert claim_spanning("Warfarin is given in pill form.", "pill").type == "route"


# --- "2.6 and 2.7 percent": the unit written once, after the second figure ---------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Event rates were 2.6 and 2.7 percent at three years.", "2.6", 2.6),
        ("Falls made up 11.1 and 21.5% of the cases in the two sports.", "11.1", 11.1),
    ],
)
def test_first_of_two_percentages_shares_the_unit(text: str, span: str, value: float) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "percentage"
    assert claim.value == {"value": value, "unit": "%"}


def test_range_of_percentages_stays_one_claim() -> None:
    claim = claim_spanning(
        "It occurs in between 4.2 and 10.7% of infants.", "between 4.2 and 10.7% of infants"
    )
    assert claim.type == "percentage"


# --- a temperature with its scale spelled out after the degree sign -----------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Fry the oysters in oil at 375° Fahrenheit.", "375° Fahrenheit", "°F"),
        ("Heat the oven to 190° Celsius.", "190° Celsius", "°C"),
    ],
)
def test_degrees_with_the_scale_spelled_out(text: str, span: str, unit: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["unit"] == unit


# --- "5 more minutes": a time added to one before is a length ----------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Once the shells open, keep boiling 5 more minutes.", "5 more minutes"),
        ("Keep taking it for 3 additional days.", "3 additional days"),
    ],
)
def test_more_time_is_a_duration(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "duration"


# --- "monthly suppressive therapy": a treatment given so often ---------------------------------


def test_frequency_before_therapy_is_a_schedule() -> None:
    text = "Some patients need monthly suppressive therapy."
    assert claim_spanning(text, "monthly").type == "frequency_schedule"


def test_frequency_before_treatment_costs_is_no_schedule() -> None:
    assert not [
        c for c in claims_of("Annual treatment costs rose.") if c.type == "frequency_schedule"
    ]


# --- review (reviewAC): forms the rules above must leave alone ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For each stool sample, the lab extracted DNA and counted the bacteria.",
        "Set a carbohydrate target for each meal.",
        "Use a clean, sterilised bottle for every feed.",
    ],
)
def test_for_each_sample_meal_or_feed_is_no_schedule(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    "text",
    [
        "He took a single 50 mg tablet, half the dose he was prescribed.",
        "A single 40 mg tablet holds the same dose as two of the older pills.",
    ],
)
def test_single_tablet_before_another_dose_is_no_schedule(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cardiac output of 5 L/min fell in patients given propofol.", "5 L/min"),
        ("The heart pumps 5 L/min at rest, less in people taking beta blockers.", "5 L/min"),
        ("Sweat losses can top 1 L/hour in athletes who take no fluids.", "1 L/hour"),
    ],
)
def test_litres_a_minute_or_hour_the_body_moves_are_no_dose(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "other_quantity"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Mean age was 54 and 60% of participants were women.", "54"),
        ("Scores above 7 and 15% of the controls were flagged.", "7"),
    ],
)
def test_figure_before_a_percentage_opening_a_clause_is_no_percentage(
    text: str, first: str
) -> None:
    at = text.index(first)
    assert not [c for c in claims_of(text) if c.type == "percentage" and c.start <= at < c.end]
