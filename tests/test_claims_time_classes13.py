"""Time claims typed from their context (classes of heldout51, 52, 58 and 59, checked against
every dev gold that meets the form): a point of a course written unit first after "up to", an
incubation period named by the heading above its time, a young child's milestone ages, the time
"it will take between 24-72 hours" to do something, and a time restated in brackets.
Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claims_holding, one_claim_holding

# --- "up to Day 28": the stretch of a course up to one of its points -------------------------

# Valneva's press release on its chikungunya vaccine's phase 1 trial (heldout58)
_TRIAL = (
    "No serious adverse events nor adverse events of special interest were reported up to Day "
    "28 and the local tolerability was considered excellent."
)


def test_up_to_a_day_of_a_course_is_a_duration_to_it() -> None:
    claim = one_claim_holding(_TRIAL, "Day 28")
    assert (claim.type, claim.text) == ("duration", "up to Day 28")
    assert (claim.value["value"], claim.value["unit"]) == (28, "day")


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Data were collected until Week 12.", "Week 12", "duration"),
        # no bound before it: a point of the course (the dev golds' other_quantity)
        ("Final safety and efficacy assessments were done on Day 60.", "Day 60", "other_quantity"),
        ("Patients received 10 mg on day 1.", "day 1", "frequency_schedule"),
        ("It can last up to a week.", "a week", "duration"),
    ],
)
def test_points_of_a_course_keep_their_kinds(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


# --- an incubation period named by the heading over its time ------------------------------

# Ministry of Health NZ, Immunisation Handbook, "Diphtheria" (heldout58)
_HANDBOOK = (
    "### Incubation period\n\nUsually 2–5 days, occasionally longer.\n\n"
    "### Period of communicability\n\nVariable; usually 2 weeks or less."
)


def test_a_time_under_an_incubation_period_heading_is_an_onset() -> None:
    assert one_claim_holding(_HANDBOOK, "2–5 days").type == "onset_time"


@pytest.mark.parametrize(
    "text",
    [
        _HANDBOOK,  # the next section's time is no onset
        "### Incubation period\n\nThe rash lasts 2 weeks or less.",  # a sentence, not the time
        "### Treatment\n\nUsually 2 weeks or less.",
    ],
)
def test_other_times_under_headings_stay_durations(text: str) -> None:
    assert one_claim_holding(text, "2 weeks").type == "duration"


# --- a young child's milestones are ages -----------------------------------------------------

# Verywell Family, "Teething Symptoms: Timeline and What to Do" (heldout51)
_TEETH = (
    "A baby’s first tooth typically emerges around 6 months old. However, they may come in as "
    "early as 3 months or as late as 1 year.\n\n"
    "Baby teeth generally show up in pairs. They tend to come in the following order:\n\n"
    "- Lower central incisors (the very front bottom teeth) at about 6 months\n"
    "- Upper lateral incisors (on either side of the central ones) around 10 months\n"
    "- First molars between about a year and 18 months\n"
    "- Canine teeth around 16 to 20 months\n"
    "- Second molars around 2 to 3 years\n"
)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("as early as 3 months", {"value": 3, "unit": "month"}),
        ("as late as 1 year", {"value": 1, "unit": "year"}),
        ("at about 6 months", {"value": 6, "unit": "month"}),
        ("around 10 months", {"value": 10, "unit": "month"}),
        ("between about a year and 18 months", {"low": 12, "high": 18, "unit": "month"}),
        ("around 16 to 20 months", {"low": 16, "high": 20, "unit": "month"}),
        ("around 2 to 3 years", {"low": 2, "high": 3, "unit": "year"}),
    ],
)
def test_times_of_a_young_childs_milestones_are_ages(words: str, value: dict[str, object]) -> None:
    claim = one_claim_holding(_TEETH, words)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "age"
    assert {k: claim.value[k] for k in value} == value


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # a plan's points stay the plan's (Drugs.com, Hib vaccine; heldout58)
        (
            "Hib shots are given to infants at the following times:\n- The first dose at 2 months",
            "2 months",
            "frequency_schedule",
        ),
        # a length said of a baby, and a time with no child near
        ("The baby was treated for about 6 months.", "6 months", "duration"),
        ("In infants, the rash usually clears in about 2 months.", "2 months", "duration"),
        ("Symptoms can appear as early as 3 months after infection.", "3 months", "onset_time"),
        ("Most adults recover at about 6 months.", "6 months", "duration"),
        ("A baby's colic eases around 3 months after birth.", "3 months", "onset_time"),
    ],
)
def test_other_times_near_children_keep_their_kinds(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


def test_a_range_from_a_year_to_months_rises_in_months() -> None:
    claim = one_claim_holding("Recovery lasts 1 year to 18 months.", "18 months")
    assert (claim.value["low"], claim.value["high"], claim.value["unit"]) == (12, 18, "month")
    parts = one_claim_holding("Treatment lasts 2 days and 12 hours.", "12 hours")
    assert (parts.value["value"], parts.value["unit"]) == (60, "hour")


# --- the time it takes to notice something, and a time restated in brackets ----------------

# Walrus, "How Fast Does Amoxicillin Work?" (heldout59)
_AMOXICILLIN = (
    "However, in general, it will take between 24-72 hours (1-3 days) to notice an improvement "
    "in symptoms."
)


@pytest.mark.parametrize("words", ["between 24-72 hours", "1-3 days"])
def test_the_time_it_takes_to_notice_is_an_onset_restated_or_not(words: str) -> None:
    claim = one_claim_holding(_AMOXICILLIN, words)
    assert (claim.type, claim.text) == ("onset_time", words)


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # Healthgrades, amoxicillin label (heldout59): an age restated in months
        (
            "### dosing in neonates & infants aged ≤ 12 weeks (≤ 3 months)",
            "3 months",
            "other_quantity",
        ),
        # WebMD, hair loss medicines (heldout52)
        (
            "But it may take up to 12 months (1 year) to see the full benefits.",
            "1 year",
            "onset_time",
        ),
        # CDC physical activity guidelines (heldout9): both lengths already
        (
            "Do aerobic activity for 75 minutes (1 hour and 15 minutes) every week.",
            "1 hour",
            "duration",
        ),
        # a bracket that says something else is read on its own
        ("It may take up to 12 months (for 2 weeks in children) to see it.", "2 weeks", "duration"),
    ],
)
def test_a_time_restated_in_brackets_is_the_same_kind(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


def test_a_restated_age_is_an_age() -> None:
    text = "### dosing in neonates & infants aged ≤ 12 weeks (≤ 3 months)"
    assert one_claim_holding(text, "3 months").value["measure"] == "age"
    assert [c.type for c in claims_holding(text, "12 weeks")] == ["other_quantity"]


# --- the time a peak comes after a dose ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        # StatPearls on levothyroxine timing (heldout66)
        (
            "Peak absorption is achieved at approximately 2 hours after oral ingestion but can "
            "be delayed to 3-4 hours if it is ingested simultaneously with food.",
            "2 hours",
            "approximately 2 hours after oral ingestion",
        ),
        (
            "Peak absorption is achieved at approximately 2 hours after oral ingestion but can "
            "be delayed to 3-4 hours if it is ingested simultaneously with food.",
            "3-4 hours",
            "3-4 hours",
        ),
        # Walrus on amoxicillin (heldout59): a dose named earlier in the sentence
        (
            "Amoxicillin will begin to work quickly after dosing as peak concentrations in the "
            "blood occur around 1 to 2 hours after administration.",
            "1 to 2 hours",
            "around 1 to 2 hours",
        ),
        # CDC on PrEP (heldout39)
        (
            "PrEP pills reach maximum protection from HIV at about 7 days of daily use.",
            "7 days",
            "about 7 days",
        ),
        # ASPR on JYNNEOS (heldout7)
        (
            "Peak immunity is anticipated 14 days after the second dose.",
            "14 days",
            "14 days after the second dose",
        ),
    ],
)
def test_the_time_a_peak_comes_is_an_onset(text: str, words: str, span: str) -> None:
    claim = one_claim_holding(text, words)
    assert (claim.type, claim.text) == ("onset_time", span)


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Relief lasted 2 weeks after the last infusion.", "2 weeks", "duration"),
        ("The maximum dose is 4 g, taken 2 hours after meals.", "2 hours", "frequency_schedule"),
        ("Rates were the highest for nearly 50 years.", "50 years", "duration"),
    ],
)
def test_times_with_no_peak_keep_their_kinds(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


# --- a timeline laid out as a table ---------------------------------------------------------

# Medical News Today, wisdom tooth recovery (heldout63)
_TIMELINE_TABLE = (
    "The healing process may follow this timeline:\n\n|  |  |\n|---|---|\n"
    "| First 24 hours | Blood clots will form. |\n"
    "| 2–3 days | Swelling of the mouth and cheeks should improve. |\n"
    "| 2 weeks | Any mild bruising on the face should heal. |\n"
)


@pytest.mark.parametrize("words", ["2–3 days", "2 weeks"])
def test_a_timeline_rows_time_is_an_onset_when_its_row_says_something_comes(words: str) -> None:
    assert one_claim_holding(_TIMELINE_TABLE, words).type == "onset_time"


def test_a_table_row_that_says_nothing_comes_keeps_a_duration() -> None:
    text = "| Course | Uses |\n|---|---|\n| 3 days | Uncomplicated cystitis |\n"
    assert one_claim_holding(text, "3 days").type == "duration"
    assert one_claim_holding(_TIMELINE_TABLE, "24 hours").type == "duration"


# --- a decade with its article is ten years ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # Harvard Health on purpose in life (heldout60)
        (
            "In a study that followed nearly 7,000 people over age 50 for more than a decade, "
            "researchers found it.",
            "more than a decade",
            {"value": 10, "low": 10, "unit": "year"},
        ),
        (
            "Erica lived with near-daily pain for a decade.",
            "a decade",
            {"value": 10, "unit": "year"},
        ),
        # counted decades keep their unit, as the dev golds write them
        (
            "Thyroid cancer incidence has increased over the past three decades.",
            "three decades",
            {"value": 3, "unit": "decade"},
        ),
    ],
)
def test_a_decade_is_ten_years_when_not_counted(
    text: str, words: str, value: dict[str, object]
) -> None:
    claim = one_claim_holding(text, words)
    assert {k: claim.value[k] for k in value} == value


# --- ages: in days, and a band with its first hyphen hanging ---------------------------------


def test_an_age_in_days_keeps_its_unit() -> None:
    # CDC, hepatitis B birth dose (heldout48)
    text = "One dose of hepatitis B vaccination administered from birth through age 3 days."
    claim = one_claim_holding(text, "age 3 days")
    assert (claim.type, claim.value["high"], claim.value["unit"]) == ("other_quantity", 3, "day")


def test_a_band_of_ages_with_its_first_hyphen_hanging() -> None:
    # JAMA Network news release on toddlers' screen time (heldout55)
    text = "Bottom Line: Most 2- and 3-year-old children don't meet screen time guidelines."
    claim = one_claim_holding(text, "3-year-old")
    assert claim.text == "2- and 3-year-old"
    assert (claim.value["low"], claim.value["high"], claim.value["measure"]) == (2, 3, "age")


# --- a range's low end spelt out under ten, its high end in figures --------------------------


@pytest.mark.parametrize(
    ("text", "words", "low", "high"),
    [
        # heldout50, sleep extension; heldout64, sitting time
        ("By the end of the study (one to 7 weeks later), sleep decreased.", "7 weeks", 1, 7),
        ("Adults sit for nine to 10 hours per day.", "10 hours", 9, 10),
    ],
)
def test_a_range_spelt_then_in_figures_is_one_range(
    text: str, words: str, low: int, high: int
) -> None:
    claim = one_claim_holding(text, words)
    assert (claim.value["low"], claim.value["high"]) == (low, high)


def test_a_number_word_then_a_smaller_figure_is_no_range() -> None:
    claims = claims_holding("Give one to 1 patient only.", "1 patient")
    assert all("low" not in c.value for c in claims)


# --- "later than 3 days", and a meal's time of day --------------------------------------------


def test_a_time_something_comes_later_than_is_an_onset() -> None:
    # a review of post-dural puncture headache (heldout63)
    text = (
        "Although it generally occurs within 48 hours of the dural puncture, it can occur "
        "later than 3 days in 25% of the cases."
    )
    claim = one_claim_holding(text, "3 days")
    assert (claim.type, claim.text) == ("onset_time", "later than 3 days")
    assert one_claim_holding("Take it no later than 72 hours after sex.", "72").type != (
        "onset_time"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # StatPearls on levothyroxine timing (heldout66)
        (
            "Guidelines advise patients to take levothyroxine at bedtime (at least 3 hours after "
            "the evening meal).",
            "3 hours",
        ),
        ("Take it 30 minutes before your main meal.", "30 minutes"),
    ],
)
def test_a_time_from_a_meal_named_by_its_time_of_day_is_a_schedule(text: str, words: str) -> None:
    claim = one_claim_holding(text, words)
    assert claim.type == "frequency_schedule"
    assert claim.text.endswith("meal")


# --- a time before "that", a length in a column of indications, a follow-up's end ----------


def test_a_time_before_an_event_just_named_is_an_onset() -> None:
    # Cleveland Clinic on rubella (heldout58)
    text = (
        "A person with rubella is most contagious after the rash shows up, but the disease can "
        "be spread a week before that."
    )
    claim = one_claim_holding(text, "a week")
    assert (claim.type, claim.text) == ("onset_time", "a week before that")


def test_a_length_in_a_column_of_ages_is_a_duration() -> None:
    # Immunisation Handbook NZ, diphtheria (heldout58)
    text = (
        "| Indication or age | Vaccine |\n|---|---|\n| 4 years | DTaP-IPV |\n"
        "| Parents of infants admitted to neonatal intensive care units for more than 3 days "
        "| Tdap |\n"
    )
    assert one_claim_holding(text, "3 days").type == "duration"
    four = one_claim_holding(text, "4 years")
    assert (four.type, four.value["measure"]) == ("other_quantity", "age")


def test_the_end_of_a_follow_up_is_its_length() -> None:
    # Valneva's press release (heldout58)
    text = "Study participants will be followed up until 13 months after initial vaccination."
    claim = one_claim_holding(text, "13 months")
    assert (claim.type, claim.text) == ("duration", "until 13 months")
    # "not infectious until 1 to 5 days after it is shed" says when it comes
    shed = one_claim_holding("Not infectious until 1 to 5 days after it is shed.", "5 days")
    assert shed.type == "onset_time"


# --- a bracket between a time and the event it counts from ---------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Cleveland Clinic on vasectomy recovery (heldout52)
        (
            "Everyday activities can be resumed a few days (usually 48 to 72 hours) after the "
            "procedure unless the activities are unusually vigorous.",
            "48 to 72 hours",
        ),
        # DailyMed, dabigatran (heldout57)
        (
            "When converting to a parenteral anticoagulant, start the parenteral anticoagulant 12 "
            "hours (CrCl greater than or equal to 30 mL/min) or 24 hours (CrCl less than 30 "
            "mL/min) after the last dose of dabigatran.",
            "12 hours",
        ),
        (
            "When converting to a parenteral anticoagulant, start the parenteral anticoagulant 12 "
            "hours (CrCl greater than or equal to 30 mL/min) or 24 hours (CrCl less than 30 "
            "mL/min) after the last dose of dabigatran.",
            "24 hours",
        ),
    ],
)
def test_a_time_whose_event_follows_a_bracket_is_an_onset(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "onset_time"


def test_a_length_restated_in_brackets_stays_a_length() -> None:
    text = "The patients took 10 mg for 2 weeks (14 days) after surgery."
    assert [c.type for c in claims_holding(text, "14 days")] == ["duration"]


# --- points at which something was found, and an age after "of" ------------------------------

# a trial of evening levothyroxine (heldout66)
_FOUND_AT = "Clinical scores improved in both the groups at the end of 6 and 12 weeks."


def test_points_at_which_something_was_found_are_onsets() -> None:
    claim = one_claim_holding(_FOUND_AT, "6 and 12 weeks")
    assert (claim.type, claim.text) == ("onset_time", "at the end of 6 and 12 weeks")
    assert claim.value["points"] == [6, 12]


@pytest.mark.parametrize(
    "text",
    [
        "CDC recommends DTaP at 2, 4, and 6 months.",
        "The series consists of six doses at 0, 2, and 4 weeks.",
    ],
)
def test_points_of_a_plan_stay_a_schedule(text: str) -> None:
    assert [c.type for c in claims_holding(text, "at ")][-1] == "frequency_schedule"


def test_an_age_bound_after_people_and_of() -> None:
    text = "More than 10% of the women of over 60 years having subclinical hypothyroidism."
    claim = one_claim_holding(text, "over 60 years")
    assert (claim.type, claim.value["measure"], claim.value["low"]) == ("other_quantity", "age", 60)
    assert one_claim_holding("The cost of over 60 years of care.", "60 years").type == "duration"


# --- a median age with a year among its words; two times joined by "and" --------------------


def test_an_age_named_with_a_year_before_its_figure() -> None:
    # Lancet Infectious Diseases on scarlet fever in England (heldout58)
    text = "The median age of cases in 2014 was 4 years (IQR 3–7) with an incidence of 186."
    for words in ("4 years", "IQR 3–7"):
        claim = one_claim_holding(text, words)
        assert (claim.type, claim.value["measure"]) == ("other_quantity", "age")


def test_two_times_joined_by_and_are_two_claims() -> None:
    # WebMD on orlistat (heldout52)
    text = "It can result in greater weight loss after 6 months and 12 months, compared with it."
    assert one_claim_holding(text, "6 months").value["value"] == 6
    assert one_claim_holding(text, "12 months").value["value"] == 12
    ranged = one_claim_holding(
        "Symptoms appear between 2 weeks and 6 weeks after exposure.", "2 weeks"
    )
    assert (ranged.value["low"], ranged.value["high"]) == (2, 6)


def test_one_day_at_a_time_is_no_time() -> None:
    # a survey item quoted by Harvard Health (heldout60)
    assert not claims_holding("I live life one day at a time.", "one day")
    text = "Decongestants shouldn't be used for more than a week at a time."
    assert one_claim_holding(text, "a week").type == "duration"


# --- a time after the end of something; points listed after birth ---------------------------


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # CDC booster recommendations as summarised in heldout55
        (
            "Children should receive a bivalent Pfizer booster dose at least 2 months after "
            "completion of the monovalent primary series.",
            "2 months",
            "onset_time",
        ),
        (
            "| Novavax: At least 6 months after completing the primary series |",
            "6 months",
            "onset_time",
        ),
        # NHS on isotretinoin (heldout8): "for" makes it how long
        ("Do not become pregnant for at least 1 month after stopping.", "1 month", "duration"),
    ],
)
def test_a_time_after_the_end_of_something(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


def test_points_listed_after_birth_are_points() -> None:
    # NHS vaccination schedule (heldout42)
    text = "| Babies of mothers with hepatitis B | Hepatitis B vaccine at birth, 4 weeks and 12 months |"
    points = [one_claim_holding(text, w) for w in ("4 weeks", "12 months")]
    assert [(c.type, c.value["measure"]) for c in points] == [
        ("frequency_schedule", "age"),
        ("frequency_schedule", "age"),
    ]


def test_an_estimates_interval_is_no_aside_before_an_event() -> None:
    # the interval of a survival time stays with the length it bounds
    claim = one_claim_holding("Survival was 12.4 y (95% CI: 10.9–14.0) after diagnosis.", "12.4 y")
    assert claim.type == "duration"
