"""Counts, strengths, volumes and shares as the development golds mark them (count13): a part
of a sample given with its share, a liquid medicine's strength, a donor's blood, a multiple
named as a factor, a share before a verb's -ing form, a glued "1out of 5", a trial arm named
by its dose. Short excerpts name their source; the rest are sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claim_finders import claim_spanning, claims_of


def _typed(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in claims_of(text)]


# --- a part of a sample, given with its share, is a count -------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # CDC outbreak notice (heldout58/06)
        ("Of 263 people with information available, 129 (49%) have been hospitalized.", "129"),
        ("Of the 145 people interviewed, 107 (74%) reported eating cantaloupe.", "107"),
    ],
)
def test_a_part_of_a_sample_with_its_share_is_a_count(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "count"


def test_the_sample_itself_stays_a_sample() -> None:
    text = "Of the 145 people interviewed, 107 (74%) reported eating cantaloupe."
    assert claim_spanning(text, "145 people").type == "sample_size"
    # no share after it: what the sample's people did is still read as before
    assert claim_spanning("We enrolled 300 patients, and 250 completed the study.", "250").type == (
        "sample_size"
    )


# --- a liquid medicine's strength is a dose -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # SingleCare prednisone page (heldout59/04): a strengths list under its form
        ("Oral solution (liquid)\n- 5 mg/5 mL\n- 5 mg/mL", "5 mg/5 mL", "mg/5 mL"),
        ("Oral solution (liquid)\n- 5 mg/5 mL\n- 5 mg/mL", "5 mg/mL", "mg/mL"),
        # NHS prednisolone page (heldout59/01)
        (
            "There are 2 strengths of liquid with either 1mg or 10mg in every 1ml.",
            "10mg in every 1ml",
            "mg/ml",
        ),
        ("The syrup has 125 mg in each 5 ml.", "125 mg in each 5 ml", "mg/5 ml"),
        # the body weight two lines up is not what the strength measures
        (
            "If you weigh less than 50 kg, ask your pharmacist.\n\n"
            "For children, use the 120 mg/5 mL oral suspension.",
            "120 mg/5 mL",
            "mg/5 mL",
        ),
    ],
)
def test_a_strength_in_millilitres_is_a_dose(text: str, span: str, unit: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "dose" and claim.value["unit"] == unit
    assert ("dose", "1ml") not in _typed(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Serum levels above 2 mg/mL are toxic.", "above 2 mg/mL"),
        ("The vancomycin MIC is 4-8µg/ml.", "4-8µg/ml"),
        ("A fasting glucose of 126 mg/dL or above means diabetes.", "126 mg/dL or above"),
        ("Her blood pressure was high; the syrup holds 250 mg/5 mL.", "250 mg/5 mL"),
    ],
)
def test_a_level_in_the_body_stays_a_concentration(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "other_quantity"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tap water contains 0.7 mg/mL of chlorine.", "0.7 mg/mL"),
        ("Caffeine in coffee is about 0.4 mg/mL.", "about 0.4 mg/mL"),
        ("Breast milk contains about 1 g/100 mL of protein.", "about 1 g/100 mL"),
        ("The antibody was present at 2 mg/mL in the sample.", "2 mg/mL"),
        ("The protein was diluted to 1 mg/mL in buffer.", "1 mg/mL"),
    ],
)
def test_what_a_drink_or_a_lab_sample_holds_is_no_dose(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "concentration"


# --- a donor's blood is a volume, not a dose ----------------------------------------------------


def test_blood_a_donor_gives_is_a_volume() -> None:
    # American Red Cross page (heldout51/02)
    text = "When you give blood, about a pint, or 500 milliliters is collected."
    claim = claim_spanning(text, "500 milliliters")
    assert claim.type == "other_quantity" and claim.value["measure"] == "volume"
    assert claim_spanning("Give 500 mL of saline over 1 hour.", "500 mL").type == "dose"


# --- a multiple named as a factor ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Lancet Infectious Diseases abstract (heldout58/08)
        (
            "Population rates of scarlet fever increased by a factor of three between 2013 "
            "and 2014.",
            "by a factor of three",
            3,
        ),
        ("Risk rose by a factor of 2.5 in smokers.", "by a factor of 2.5", 2.5),
        ("Levels were a factor of 10 higher.", "a factor of 10", 10),
    ],
)
def test_a_factor_of_n_is_a_ratio(text: str, span: str, value: float) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["value"] == value


def test_a_factor_without_a_figure_is_none() -> None:
    assert not [c for c in claims_of("Smoking is a factor of concern.") if "factor" in c.text]


# --- a share before a verb's -ing form ----------------------------------------------------------


def test_a_qualified_share_before_a_gerund() -> None:
    # Viruses review (heldout58/07)
    text = (
        "CHIKF is distributed evenly across age groups, with 90%–95% of cases resulting in "
        "fever and about half resulting in rash."
    )
    claim = claim_spanning(text, "about half")
    assert claim.type == "percentage" and claim.value["value"] == 50.0


@pytest.mark.parametrize(
    "text",
    ["Take about half during the morning.", "Cut it in about half using a knife."],
)
def test_no_share_before_other_ing_words(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "percentage"]


# --- "1out of 5": a figure glued to "out of" ----------------------------------------------------


def test_a_figure_glued_to_out_of() -> None:
    # Massachusetts CMV page (heldout58/10)
    text = "About 1 out of 200 babies is born with cCMV, and 1out of 5 babies with cCMV will have symptoms."
    claim = claim_spanning(text, "1out of 5 babies")
    assert claim.type == "percentage" and claim.value["value"] == 20.0
    assert ("other_quantity", "5 babies") not in _typed(text)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=10, max_value=999))
def test_glued_out_of_reads_as_spaced(numerator: int, total: int) -> None:
    glued = claims_of(f"About {numerator}out of {total} adults had it.")
    spaced = claims_of(f"About {numerator} out of {total} adults had it.")
    assert [c.value.get("value") for c in glued] == [c.value.get("value") for c in spaced]


# --- a trial's arm named by its dose ------------------------------------------------------------


def test_an_arm_named_by_its_dose_is_no_dose() -> None:
    # Valneva press release (heldout58/09)
    text = "30 subjects in the low dose group and 60 subjects in the high dose group."
    assert not [c for c in claims_of(text) if c.type == "dose"]
    assert claim_spanning("Ketamine is given in low doses.", "low doses").type == "dose"


# --- "N=" in a list led by what happened counts events -------------------------------------------


def test_n_equals_in_a_list_of_causes_counts_deaths() -> None:
    # Occupational and Environmental Medicine abstract (heldout60/08)
    text = (
        "Of 18 015 nurses included in this study, 1616 died during the study time period from "
        "the following causes: cardiovascular disease (N=217), cancer (N= 945), diabetes (N=20)."
    )
    for span in ("N=217", "N= 945", "N=20"):
        claim = claim_spanning(text, span)
        assert claim.type == "other_quantity" and claim.value["measure"] == "count"
    assert claim_spanning(text, "18 015 nurses").type == "sample_size"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Participants were grouped by cohort: cohort A (n=120), cohort B (n=98).", "n=120"),
        ("Analysis of strains (n=303) identified emm types.", "n=303"),
        ("Two groups were compared: those who died later (n=40) and survivors.", "n=40"),
    ],
)
def test_other_n_equals_stay_samples(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "sample_size"


# --- "95 per cent c.i.": a confidence interval's head in words ----------------------------------


def test_a_level_in_words_heads_an_interval() -> None:
    # British Journal of Surgery abstract (heldout52/07)
    text = (
        "The intention-to-treat analysis showed occlusion rates of 75·0 (95 per cent c.i. "
        "68·0 to 82·0), 59·9 (52·1 to 67·7) per cent."
    )
    assert "95 per cent" not in [c.text for c in claims_of(text)]
    interval = claim_spanning(text, "95 per cent c.i. 68·0 to 82·0")
    assert (interval.value["low"], interval.value["high"], interval.value["level"]) == (68, 82, 95)
    estimate = claim_spanning(text, "75·0")
    assert (estimate.value["ci_low"], estimate.value["ci_high"]) == (68, 82)


def test_a_level_in_words_reads_as_the_sign() -> None:
    words = claims_of("The odds ratio was 1.4 (95 per cent c.i. 1.1 to 1.9).")
    sign = claims_of("The odds ratio was 1.4 (95% CI 1.1 to 1.9).")
    assert [c.value for c in words] == [c.value for c in sign]
    # a share that is no interval's level stays a share
    assert claim_spanning(
        "About 95 per cent of cases recover.", "About 95 per cent of cases"
    ).type == ("percentage")


# --- a count opening a sentence as its subject is no heading's count ----------------------------


def test_a_count_of_questions_as_a_subject() -> None:
    # Cigna loneliness survey news (heldout60/02)
    claim = claim_spanning("Twenty questions are on the questionnaire.", "Twenty questions")
    assert claim.type == "other_quantity" and claim.value["value"] == 20


@pytest.mark.parametrize(
    "heading", ["5 Things to Know About Flu", "Ten tips for better sleep", "7 signs you need sleep"]
)
def test_a_headings_count_of_its_parts_stays_none(heading: str) -> None:
    assert claims_of(heading) == []


# --- a figure in brackets after "the number of X" counts X --------------------------------------


def test_a_count_named_before_its_bracket_is_no_rate() -> None:
    # Lancet Infectious Diseases abstract (heldout58/08): "19 206" written in SI style
    text = (
        "Further increases were observed in 2016 (33·2 per 100 000), which reached the "
        "highest number of cases (19 206) since 1967."
    )
    claim = claim_spanning(text, "19 206")
    assert claim.type == "other_quantity"
    assert (claim.value["value"], claim.value["unit"], claim.value["measure"]) == (
        19206,
        "case",
        "count",
    )
    assert claim_spanning(text, "33·2 per 100 000").value["measure"] == "rate"


# --- people a study takes, roughly counted, are its sample --------------------------------------


def test_a_vague_count_interviewed_by_a_study_is_a_sample() -> None:
    # Harvard Gazette on the NHIS (heldout60/05)
    text = (
        "The NHIS is an annual study in which tens of thousands of Americans are interviewed "
        "about their health."
    )
    assert claim_spanning(text, "tens of thousands of Americans").type == "sample_size"


@pytest.mark.parametrize(
    "text",
    [
        "Millions of Americans are tested each year.",
        "Millions of Americans are treated with prescription opioids.",
        "Thousands of cases were enrolled in the registry.",
    ],
)
def test_other_vague_counts_stay_counts(text: str) -> None:
    assert [c.type for c in claims_of(text)][:1] == ["other_quantity"]


# --- the part of a whole a sentence opened with is a count ---------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # CDC outbreak notice (heldout58/06)
        ("Of 26 children with information available, 17 ate cantaloupe.", "17"),
        # Pediatrics background (heldout42/07)
        ("Similarly, among 47 Norwegian children with CP, 24 were diagnosed with ADHD.", "24"),
    ],
)
def test_the_part_after_the_whole_is_a_count(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity" and claim.value["measure"] == "count"


def test_a_count_after_a_sample_with_no_whole_opening_stays_a_sample() -> None:
    text = "We enrolled 300 patients; 250 completed the study."
    assert claim_spanning(text, "250").type == "sample_size"


def test_one_after_a_bare_count_of_a_list() -> None:
    # CDC outbreak notice (heldout58/06)
    text = "Four deaths have been reported, three from Minnesota and one from Oregon."
    claim = claim_spanning(text, "one")
    assert claim.type == "other_quantity" and claim.value["value"] == 1
    assert [c.text for c in claims_of("Four patients relapsed, and one died.")] == ["Four patients"]


# --- a rating scale's ends in words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # Purpose-in-life news (heldout60/03)
        ("Participants were told to rate each item on a scale of one to six.", "one to six", 1, 6),
        ("Rate your pain on a scale from zero to ten.", "zero to ten", 0, 10),
        ("Rate your pain on a scale of 1 to 10.", "1 to 10", 1, 10),
    ],
)
def test_a_scales_ends(text: str, span: str, low: int, high: int) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["low"], claim.value["high"], claim.value["measure"]) == (low, high, "scale")


def test_a_range_in_words_elsewhere_stays_unread() -> None:
    assert claims_of("They walked from one end to the other.") == []


# --- one of a unit of volume written with the article ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # American Red Cross page (heldout51/02)
        ("When you give blood, about a pint, or 500 milliliters is collected.", "about a pint"),
        (
            "When you give the typical donation of a pint of whole blood, the waiting period is "
            "56 days.",
            "a pint of whole blood",
        ),
        ("Drink a litre of water with the tablets.", "a litre"),
    ],
)
def test_a_unit_of_volume_with_the_article_is_one(text: str, span: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["value"], claim.value["measure"]) == (1, "volume")


def test_a_containers_size_is_no_volume() -> None:
    assert claims_of("Buy a litre bottle of water.") == []


@pytest.mark.parametrize(
    "text",
    [
        "She drank half a litre of water.",
        "A quarter of a litre is enough.",
        "Drink half a pint of milk.",
        "Petrol costs $3 a gallon.",
        "Milk sold for 50 cents a pint.",
    ],
)
def test_a_part_of_a_unit_or_a_prices_unit_is_not_one_of_it(text: str) -> None:
    # "half a litre" is no litre; "$3 a gallon" prices by the gallon, no volume measured
    assert [c.text for c in claims_of(text) if c.value.get("measure") == "volume"] == []


# --- "×/day" is how often, not a fold ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # knee replacement timeline (heldout54/06)
        ("10–20 min walks 2–3×/day; practice stairs with rail", "2–3×/day", 2, 3),
        ("Do the exercise 3×/week.", "3×/week", 3, 3),
    ],
)
def test_times_sign_per_period_is_a_schedule(text: str, span: str, low: int, high: int) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "frequency_schedule"
    assert claim.value["frequency"] == low and claim.value.get("frequency_max", high) == high


def test_a_times_sign_alone_stays_a_fold() -> None:
    assert claim_spanning("Sequenced at 95× coverage.", "95×").value["measure"] == "fold"


# --- a unit's own dimension beats another dimension named near ---------------------------------------


def test_a_volume_is_no_weight_because_weight_is_named() -> None:
    # American Red Cross page (heldout51/02)
    text = (
        "The amount of blood a person has depends on factors like your height, weight and "
        "gender, but generally speaking, the average adult has 10 to 12 pints of blood."
    )
    assert claim_spanning(text, "10 to 12 pints").value["measure"] == "volume"
    assert claim_spanning("Her weight was 70 kg.", "70 kg").value["measure"] == "weight"


# --- "Of 17 interviewed, ...": the whole named by its verb of sampling --------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # CDC outbreak notice (heldout58/06)
        ("Of 17 interviewed, 11 reported eating cantaloupe.", "17 interviewed"),
        ("Of 1,000 surveyed, 40% said yes.", "1,000 surveyed"),
    ],
)
def test_a_whole_named_by_its_sampling_verb_is_a_sample(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "sample_size"


def test_a_whole_named_by_another_verb_is_no_sample() -> None:
    assert "sample_size" not in [c.type for c in claims_of("Of 12 treated, 3 relapsed.")]


def test_a_plural_interval_name_glued_to_its_level() -> None:
    # umbrella review abstract (heldout64/10)
    text = "UPF consumption was associated with higher risk (RR 1.50; 95%CIs: 1.37 to 1.63)."
    assert "95%" not in [c.text for c in claims_of(text)]
    interval = claim_spanning(text, "95%CIs: 1.37 to 1.63")
    assert (interval.value["low"], interval.value["high"], interval.value["level"]) == (
        1.37,
        1.63,
        95,
    )


# --- people nouns: parturients, runners --------------------------------------------------------------


def test_parturients_studied_are_a_sample() -> None:
    # post-dural puncture headache review (heldout63/08)
    text = (
        "In a study of 95 postpartum parturients with a headache lasting greater than 24 hours, "
        "47% were due to tension."
    )
    assert claim_spanning(text, "95 postpartum parturients").type == "sample_size"


def test_an_average_age_of_runners() -> None:
    # marathon cardiac arrest news (heldout64/01)
    text = "Forty occurred in full marathons, and the average age of the stricken runners was 42."
    claim = claim_spanning(text, "42")
    assert claim.value["measure"] == "age" and claim.value["unit"] == "year"


def test_the_part_a_study_went_on_with_stays_a_sample() -> None:
    text = "Of 500 patients randomized, 450 were analysed."
    assert claim_spanning(text, "450").type == "sample_size"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # with its share written, as without it
        ("Of 1,200 women screened, 300 (25%) were randomised.", "300"),
        ("Of 500 patients enrolled, 450 (90%) completed the study.", "450"),
        ("We enrolled 300 patients, and 250 (83%) completed the study.", "250"),
    ],
)
def test_the_part_that_went_on_stays_a_sample_with_its_share(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "sample_size"


@pytest.mark.parametrize(
    "text",
    ["Of 800 adults invited, 420 agreed to take part.", "Of 800 adults invited, 420 consented."],
)
def test_those_invited_who_joined_are_the_sample(text: str) -> None:
    assert claim_spanning(text, "420").type == "sample_size"
