"""Household amounts, glued units, slash schedules, ages and counts (issue 17; heldout56's
first look). Sentences are our own unless a source is named."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.models import Claim


def claims_of(text: str) -> list[Claim]:
    return extract_claims(text)


def only(text: str, span: str) -> Claim:
    found = [c for c in claims_of(text) if c.text == span]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in claims_of(text)]
    return found[0]


# --- a fraction before a unit is an amount, never a share ---------------------------------


def test_a_range_of_fractions_before_a_unit_is_one_amount() -> None:
    # heldout56 03 (GRAND Magazine): "Drink 4 to 6 oz (1/2 to 3/4 cup) of cool water"
    text = "Drink 4 to 6 oz (1/2 to 3/4 cup) of cool water every 10 to 15 minutes."
    claim = only(text, "1/2 to 3/4 cup")
    assert claim.value["low"] == 0.5 and claim.value["high"] == 0.75
    assert claim.value["unit"] == "cup"
    assert not [c for c in claims_of(text) if c.type == "percentage"]


def test_a_fraction_then_a_whole_number_of_a_unit_or_a_form() -> None:
    assert only("Stir in 1/2 to 1 teaspoon of honey.", "1/2 to 1 teaspoon").value["high"] == 1
    tablet = only("Give 1/2-1 tablet at night.", "1/2-1 tablet")
    assert tablet.type == "dose_range" and tablet.value["low"] == 0.5


def test_a_part_of_a_whole_stays_a_share() -> None:
    claim = only("The drug worked in 3/4 patients.", "3/4")
    assert claim.type == "percentage" and claim.value["value"] == 75.0


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 9),
    st.integers(2, 12),
    st.integers(1, 9),
    st.integers(2, 12),
    st.sampled_from(["cup", "teaspoon", "tablespoon"]),
)
def test_any_range_of_fractions_of_a_kitchen_unit(
    top: int, bottom: int, top2: int, bottom2: int, unit: str
) -> None:
    low, high = top / bottom, top2 / bottom2
    assume(low < high)  # a range rises: "3/4 to 1/2 cup" is none (below)
    text = f"Add {top}/{bottom} to {top2}/{bottom2} {unit} of honey to the tea."
    found = claims_of(text)
    assert not [c for c in found if c.type == "percentage"], found
    amount = [c for c in found if c.text == f"{top}/{bottom} to {top2}/{bottom2} {unit}"]
    assert amount, [(c.type, c.text) for c in found]
    assert abs(amount[0].value["low"] - low) < 1e-3
    assert abs(amount[0].value["high"] - high) < 1e-3


def test_a_descending_pair_of_fractions_is_no_range() -> None:
    # review K4: the ends were taken in the order written, low above high
    for text in (
        "Give 3/4 to 1/2 cup.",
        "Take 1 or 1/2 tablet depending on weight.",
        "She was seen on 3/4 to 3/10 days later.",
    ):
        for claim in claims_of(text):
            low, high = claim.value.get("low"), claim.value.get("high")
            assert low is None or high is None or low < high, (text, claim)


def test_a_whole_number_and_a_fraction_are_one_amount() -> None:
    # review K5: "1 1/2" was read as a half, the whole number lost
    flour = only("Add 1 1/2 to 2 cups of flour.", "1 1/2 to 2 cups")
    assert (flour.value["low"], flour.value["high"]) == (1.5, 2)
    tablets = only("Take 1 to 1 1/2 tablets.", "1 to 1 1/2 tablets")
    assert (tablets.type, tablets.value["low"], tablets.value["high"]) == ("dose_range", 1, 1.5)
    assert only("Take 2 1/2 tablets.", "2 1/2 tablets").value["value"] == 2.5


# --- household amounts of water and food: no dose ------------------------------------------


def test_water_measured_in_cups_or_ounces_is_a_volume_drunk() -> None:
    # heldout56 03 (GRAND Magazine), a fluid-replacement list
    for text, span in (
        ("Drink up to 2 cups cool (40˚ to 50˚) water before training.", "up to 2 cups"),
        ("Drink 1 to 2 cups of water 15 minutes before the event.", "1 to 2 cups"),
        ("Drink 4 to 6 oz (1/2 to 3/4 cup) of cool water during practice.", "4 to 6 oz"),
        ("Drink 4 to 6 oz (1/2 to 3/4 cup) of cool water during practice.", "1/2 to 3/4 cup"),
        ("Stir the powder into 5 to 10 mL of water.", "5 to 10 mL"),
    ):
        claim = only(text, span)
        assert (claim.type, claim.value["measure"]) == ("other_quantity", "volume"), text


def test_a_cup_of_food_with_nothing_named_is_a_serving() -> None:
    # heldout56 10 (azcentral): "you'll consume double the number of calories if you eat one cup"
    claim = only("You take in twice the calories if you eat one cup.", "one cup")
    assert (claim.type, claim.value["unit"]) == ("other_quantity", "cup")


def test_what_treats_or_a_medicine_stays_a_dose() -> None:
    # corpus 08 (NIDDK): quick-fix foods for a low blood sugar are the treatment's dose
    # (the list's item read with its lead-in: amount14)
    text = (
        "One of these quick-fix foods should be consumed right away to raise blood glucose:\n\n"
        "- 1/2 cup, or 4 ounces, of any fruit juice"
    )
    assert only(text, "1/2 cup").type == "dose"
    assert only("Take 1 cup of the mixture.", "1 cup").type == "dose"
    assert only("Mix the syrup and drink one cup.", "one cup").type == "dose"
    assert only("Take 2 tablets with a glass of water.", "2 tablets").type == "dose"


# --- schedules written with a slash ---------------------------------------------------------


def test_a_frequency_over_a_slash_is_a_schedule() -> None:
    # heldout56 09 (Merck Manual): "zinc 20 mg and 20 mg iron taken once/wk"
    weekly = only("Zinc 20 mg and iron 20 mg taken once/wk cut deaths.", "once/wk")
    assert weekly.type == "frequency_schedule"
    assert (weekly.value["frequency"], weekly.value["period_unit"]) == (1, "week")
    daily = only("Take it twice/day.", "twice/day")
    assert (daily.value["frequency"], daily.value["period_unit"]) == (2, "day")
    assert only("Exercise 3 times/week.", "3 times/week").value["per"] == "week"
    # review K12: "d" for a day after the slash, as "wk" for a week
    per_d = only("Give 1 tablet twice/d.", "twice/d")
    assert (per_d.value["frequency"], per_d.value["period_unit"]) == (2, "day")


# --- a short time unit stuck to its figure --------------------------------------------------


def test_a_short_time_unit_stuck_to_its_figure() -> None:
    # heldout56 07 (Vivo Bodywear): "Each set of 10 will take roughly 2min each"
    claim = only("Each set will take roughly 2min each.", "roughly 2min")
    assert (claim.type, claim.value["value"], claim.value["unit"]) == ("duration", 2, "minute")
    per_day = only("All you need is 6min per day.", "6min per day")
    assert per_day.value["unit"] == "minute"
    assert only("It lasted 3wks.", "3wks").value["unit"] == "week"


def test_a_letter_after_a_figure_is_no_time_unit_by_itself() -> None:
    assert not [c for c in claims_of("The 3D scan and the 2nd visit.") if c.type == "duration"]
    assert not [c for c in claims_of("Use the 5minimal setting.") if c.type == "duration"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 500),
    st.sampled_from(
        [("min", "minute"), ("mins", "minute"), ("hrs", "hour"), ("wks", "week"), ("yrs", "year")]
    ),
)
def test_any_figure_with_a_glued_short_unit(figure: int, unit: tuple[str, str]) -> None:
    text = f"The rest lasted {figure}{unit[0]} in all."
    found = [c for c in claims_of(text) if c.text == f"{figure}{unit[0]}"]
    assert found, [(c.type, c.text) for c in claims_of(text)]
    assert (found[0].value["value"], found[0].value["unit"]) == (figure, unit[1])


def test_an_ounce_keeps_the_unit_as_written() -> None:
    assert only("Drink 4 to 6 oz of cool water.", "4 to 6 oz").value["unit"] == "oz"
    assert only("Drink 8 ounces of milk.", "8 ounces").value["unit"] == "ounce"


# --- ages and times ago ---------------------------------------------------------------------


def test_two_ages_joined_by_or_or_and_are_a_band() -> None:
    # heldout56 02 (HowStuffWorks): "a girl aged 12 or 13", "(often around ages 13 and 14)"
    aged = only("This stage usually covers a girl aged 12 or 13.", "aged 12 or 13")
    assert (aged.value["low"], aged.value["high"], aged.value["measure"]) == (12, 13, "age")
    ages = only(
        "In the fourth stage (often around ages 13 and 14), growth slows.", "ages 13 and 14"
    )
    assert (ages.value["low"], ages.value["high"]) == (13, 14)
    assert only("Adults aged 65 and older took part.", "aged 65 and older").value["low"] == 65


def test_a_person_who_is_a_bare_figure_is_that_age() -> None:
    # heldout56 02: "The second stage ... takes place when a girl is 11 or 12."
    claim = only("The second stage takes place when a girl is 11 or 12.", "11 or 12")
    assert (claim.value["measure"], claim.value["unit"], claim.value["high"]) == ("age", "year", 12)
    assert only("The patient was 67.", "67").value["measure"] == "age"
    assert only("The weight of a child is 20.", "20").value["measure"] != "age"
    # heldout56 02: "just over 100 years ago, most girls were 15 when they had their first periods"
    most = only("Back then, most girls were 15 when they had their first periods.", "15")
    assert (most.value["measure"], most.value["value"]) == ("age", 15)


def test_ages_at_which_nothing_is_given_are_ages() -> None:
    # heldout56 02: "common for girls at 12 or 13 years of age to have already had their first
    # periods"; a vaccine "given at 2 or 4 months of age" stays a plan's point
    text = "It is common for girls at 12 or 13 years of age to have had their first periods."
    aged = only(text, "at 12 or 13 years of age")
    assert (aged.type, aged.value["low"], aged.value["high"]) == ("other_quantity", 12, 13)
    planned = only("The vaccine is given at 2 or 4 months of age.", "at 2 or 4 months of age")
    assert planned.type == "frequency_schedule"


def test_over_a_span_of_years_ago_is_a_time_ago() -> None:
    # heldout56 02: "In fact, just over 100 years ago, most girls were 15 ..."
    claim = only("In fact, just over 100 years ago, most girls were 15.", "over 100 years ago")
    assert (claim.type, claim.value["measure"], claim.value["low"]) == (
        "other_quantity",
        "time ago",
        100,
    )
    assert only("It lasted over 6 weeks.", "over 6 weeks").type == "duration"


def test_an_entire_week_is_one_week() -> None:
    # heldout56 10 (azcentral): "Keep track of your calories for an entire week"
    claim = only("Keep track of your calories for an entire week.", "an entire week")
    assert (claim.type, claim.value["value"], claim.value["unit"]) == ("duration", 1, "week")


# --- counts: what a study took ---------------------------------------------------------------


def test_parts_of_the_sampled_people_are_a_sample_too() -> None:
    # heldout56 04 (Yum, Park, Shin, PLOS ONE 2021, abstract)
    text = (
        "The records of 103 eyes of 103 children who were treated with low-concentration"
        " atropine eye drops were retrospectively reviewed."
    )
    assert only(text, "103 eyes").type == "sample_size"
    assert only(text, "103 children").type == "sample_size"
    assert only("We studied 40 deaths of 300 patients.", "40 deaths").type == "other_quantity"


def test_millions_a_study_looked_at_are_its_sample() -> None:
    # heldout56 06 (Verywell Health): "A study looking at over 1 million U.S. women ..."
    text = "A study looking at over 1 million U.S. women from 2003 to 2014 found higher rates."
    assert only(text, "over 1 million U.S. women").type == "sample_size"
    text = "Over 12 million people have tried it, a survey found."
    assert only(text, "Over 12 million people").type == "other_quantity"


# --- calories ----------------------------------------------------------------------------------


def test_calories_as_a_modifier_and_as_written() -> None:
    # heldout56 10: "Based on a 2,200-calorie daily diet"
    claim = only("Based on a 2,200-calorie daily diet, that is 31 grams.", "2,200-calorie")
    assert (claim.value["value"], claim.value["unit"], claim.value["measure"]) == (
        2200,
        "calorie",
        "energy",
    )
    assert only("Adults eat 2000 kcal.", "2000 kcal").value["unit"] == "kcal"


def test_a_degree_sign_alone_is_a_temperature() -> None:
    # heldout56 03 (GRAND Magazine): "Drink up to 2 cups cool (40˚ to 50˚) water", the degree
    # written as a ring above
    claim = only("Drink up to 2 cups cool (40˚ to 50˚) water before training.", "40˚ to 50˚")
    assert (claim.type, claim.value["low"], claim.value["high"], claim.value["measure"]) == (
        "other_quantity",
        40,
        50,
        "temperature",
    )
    assert only("Keep it at 20°C to 25°C.", "20°C to 25°C").value["unit"] == "°C"


def test_a_degree_sign_with_nothing_hot_or_cold_is_an_angle() -> None:
    # review K8: every angle became a temperature
    for text in (
        "Turn the head 45° to the left.",
        "Raise the head of the bed to 30°.",
        "Flex the elbow to 90°.",
    ):
        assert not [c for c in claims_of(text) if c.value.get("measure") == "temperature"], text
    assert only("Store below 25°.", "below 25°").value["measure"] == "temperature"


def test_repeat_n_times_counts_repetitions() -> None:
    # heldout56 07 (Vivo Bodywear): "Hold tight for 10 seconds. Relax and repeat 10 times"
    claim = only("Hold tight for 10 seconds. Relax and repeat 10 times.", "10 times")
    assert (claim.type, claim.value["value"], claim.value["measure"]) == (
        "other_quantity",
        10,
        "repetitions",
    )
    assert only("Repeat 10 times a day.", "10 times a day").type == "frequency_schedule"


def test_sets_of_a_range_of_repetitions_is_one_prescription() -> None:
    # review K7: the range was cut and its high end left as a stray count
    text = "Do 3 sets of 10 to 15 repetitions."
    claim = only(text, "3 sets of 10 to 15")
    assert (claim.value["repetitions"], claim.value["repetitions_max"]) == (10, 15)
    assert len(claims_of(text)) == 1, claims_of(text)


def test_sets_of_things_are_no_repetitions() -> None:
    # review K7: any noun after "sets of N" was read as repetitions
    found = claims_of("The kit comes in 3 sets of 10 needles.")
    assert not [c for c in found if "repetitions" in c.value], found


def test_repeating_a_dose_n_times_stays_a_plan() -> None:
    # review K6: "repeated N times" with no exercise said is how often a dose is given
    for text in (
        "The injection is repeated 3 times at 4-week intervals.",
        "The vaccine dose is repeated 2 times, one month apart.",
        "If vomiting occurs, repeat 2 times.",
    ):
        claim = only(text, "3 times" if "3 times" in text else "2 times")
        assert claim.type == "frequency_schedule", text


def test_sets_of_repetitions_are_one_prescription() -> None:
    # heldout56 07: "Step 4: Aim for 3 sets of 10 lift and squeeze exercises - three times a day."
    text = "Aim for 3 sets of 10 lift and squeeze exercises - three times a day."
    claim = only(text, "3 sets of 10")
    assert (claim.value["value"], claim.value["repetitions"]) == (3, 10)
    assert [c.text for c in claims_of(text)] == ["3 sets of 10", "three times a day"]


# --- an amount for every amount of another measure ------------------------------------------


def test_an_amount_for_every_amount_of_another_measure_is_a_rate() -> None:
    # heldout56 10: "you need 14 grams of fiber for every 1,000 calories in your diet"
    text = "You need 14 grams of fiber for every 1,000 calories in your diet."
    claim = only(text, "14 grams of fiber for every 1,000 calories")
    assert (claim.type, claim.value["value"], claim.value["per"]) == (
        "other_quantity",
        14,
        "1000 calorie",
    )
    assert only("Give 2 mg for every 10 kg.", "2 mg").type == "dose"


def test_a_snellen_fraction_before_vision_is_an_acuity() -> None:
    # heldout46 01 (NEI news): "half still had 20/40 vision or better", "20/200 vision or worse"
    claim = only("Half still had 20/40 vision or better.", "20/40 vision or better")
    assert (claim.type, claim.value["ratio"], claim.value["measure"]) == (
        "other_quantity",
        [20, 40],
        "visual acuity",
    )
    shares = [c.text for c in claims_of("Half still had 20/40 vision.") if c.type == "percentage"]
    assert shares == ["Half"]  # the share word is one; the fraction is none
    assert only("The drug worked in 20/40 patients.", "20/40").type == "percentage"


def test_a_band_of_ages_in_two_units_is_one_age() -> None:
    # heldout10 09 (NICHD): "the leading cause of death in babies between 1 month and 1 year of
    # age"
    text = "It is the leading cause of death in babies between 1 month and 1 year of age."
    claim = only(text, "between 1 month and 1 year of age")
    assert (claim.value["measure"], claim.value["high"], claim.value["unit"]) == ("age", 1, "year")
    assert len(claims_of(text)) == 1


# --- many cups in one sentence: the sentence's routes are looked up once -------------------


class _CountingPattern:
    """A route regex that adds up how many characters its searches were given."""

    def __init__(self, regex: re.Pattern[str], tally: list[int]) -> None:
        self._regex = regex
        self._tally = tally

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        stop = len(text) if endpos is None else min(endpos, len(text))
        self._tally.append(max(0, stop - pos))
        return self._regex.search(text, pos, stop)

    def __getattr__(self, name: str) -> object:
        return getattr(self._regex, name)


def _route_chars_scanned(text: str) -> int:
    tally: list[int] = []
    rules = load_rules()
    counting = tuple((name, _CountingPattern(regex, tally)) for name, regex in rules.routes)
    extract_claims(text, dataclasses.replace(rules, routes=counting))  # type: ignore[arg-type]
    return sum(tally)


def test_a_sentence_of_many_cups_is_searched_for_routes_once() -> None:
    # review K1: each cup searched every route over the whole sentence (43 s at 15 KB)
    unit = "eat 1 cup, or 4 ounces, "
    small, large = _route_chars_scanned(unit * 20), _route_chars_scanned(unit * 80)
    assert large < 6 * small, (small, large)  # linear: 4x the text, about 4x the scanning


# --- a lone cup stays a dose unless food is said; "fluid" alone is no drink -----------------


def test_a_lone_cup_with_no_food_said_stays_a_dose() -> None:
    # review K2: the absence of a route word made these volumes
    for text, span in (
        ("The dose for adults is 1 cup.", "1 cup"),
        ("Give ORS: 1/2 cup.", "1/2 cup"),
        ("Mix one packet in water. Drink 1 cup.", "1 cup"),
        ("Take one cup.", "one cup"),
    ):
        assert only(text, span).type == "dose", text


def test_fluid_without_of_or_a_fluid_extract_stays_a_dose() -> None:
    # review K3: "of" may be left out only before a fluid named ("2 cups cool water")
    for text in (
        "Take 10 mL fluid extract twice daily.",
        "Take 10 mL of fluid extract twice daily.",
        "Give 500 mL fluid over 1 hour.",
    ):
        assert only(text, "10 mL" if "10 mL" in text else "500 mL").type == "dose", text
    assert only("Drink 500 mL water.", "500 mL").value["measure"] == "volume"


def test_an_age_then_and_a_count_is_no_band() -> None:
    # review K9: "aged N and M" took the count after it as the band's high end
    text = "Patients aged 40 and 200 matched controls took part."
    assert only(text, "aged 40").value["value"] == 40
    assert only(text, "200 matched controls").type == "sample_size"
    # heldout56 02: "a girl aged 12 or 13 (though any girl between the ages of 9 and 15 ..."
    for text in ("Most girls start puberty aged 12 or 13.", "a girl aged 12 or 13 (though any"):
        band = only(text, "aged 12 or 13")
        assert (band.value["low"], band.value["high"]) == (12, 13)
