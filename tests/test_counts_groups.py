"""Counts of people as a study takes them (the whole group, the first ones, the people a
research verb names, a sample's breakdown by sex), thresholds that define a group, and shares
said in words (a fraction as the subject of a verb, "half of all <acronyms>", "one of 66", a
range of "one in N"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _typed(sentence: str) -> dict[str, str]:
    """Claim text -> claim type."""
    return {claim.text: claim.type for claim in extract_claims(sentence)}


# --- which people a study counted -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Volunteers joined a small trial of the vaccine. It raised antibodies in all 20 "
            "people.",
            "all 20 people",
        ),
        ("In the pilot study, side effects were mild in all 35 adults.", "all 35 adults"),
        ("All 112 women completed the questionnaire.", "All 112 women"),
    ],
)
def test_the_whole_group_a_study_counted_is_the_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


def test_the_whole_group_outside_a_study_is_a_count() -> None:
    typed = _typed("All 10 doctors at the clinic were vaccinated.")
    assert typed.get("All 10 doctors") == "other_quantity"


def test_all_before_a_count_of_things_stays_with_the_count() -> None:
    assert _typed("The model holds all five risk factors.").get("all five risk factors") == (
        "other_quantity"
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The case-control study included the first 13 cases and 52 controls.",
            "the first 13 cases",
        ),
        ("Clinicians enrolled the first 40 patients seen in the spring.", "the first 40 patients"),
        ("We studied the last 25 children referred to the clinic.", "the last 25 children"),
    ],
)
def test_the_first_ones_a_study_took_are_its_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first two trials the effect was small.",
        "The last three patients had no rash.",
        "Among the first 10 cases, most were mild.",
    ],
)
def test_the_first_ones_without_a_study_verb_point_back(sentence: str) -> None:
    assert "sample_size" not in _typed(sentence).values()


def test_the_first_doses_of_a_series_are_which_not_how_many() -> None:
    assert _typed("Children are given the first two doses in infancy.") == {}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The team will examine the effects of a year of the drug in 300 people with MS.",
            "300 people",
        ),
        ("The new test was evaluated last spring in 1,200 adults.", "1,200 adults"),
        ("The team will examine sleep in 90 teenagers over two years.", "90 teenagers"),
    ],
)
def test_people_a_research_verb_names_are_the_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Headaches occurred in 8 participants.", "8 participants"),
        ("Flu kills about 30,000 people each year.", "about 30,000 people"),
        ("The drug, approved in 2019, caused a rash in 5 people.", "5 people"),
        ("The vaccine was used in 2 million people last year.", "2 million people"),
        (
            "To improve care for more than 50,000 veterans, the agency will evaluate its clinics.",
            "more than 50,000 veterans",
        ),
        (
            "This group of 36 million poor Americans is at higher risk compared to the rest.",
            "36 million poor Americans",
        ),
    ],
)
def test_people_counted_without_a_study_stay_counts(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Forty patients (22 male, 18 female) took part.", ["22 male", "18 female"]),
        ("We recruited 60 adults (31 female) from two clinics.", ["31 female"]),
        ("Thirty volunteers (12 male; mean age 41 years) were enrolled.", ["12 male"]),
    ],
)
def test_a_samples_breakdown_by_sex_is_a_sample(sentence: str, groups: list[str]) -> None:
    typed = _typed(sentence)
    assert all(typed.get(group) == "sample_size" for group in groups), typed


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Outbreaks involving two or more persons occur each year.", "two or more persons"),
        ("Practices with 50 or more patients were surveyed.", "50 or more patients"),
        ("A cluster is 3 or more people with the same strain.", "3 or more people"),
    ],
)
def test_a_threshold_count_of_people_is_no_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The study enrolled 300 or more patients.", "300 or more patients"),
        ("The trial included 40 or more adults at each site.", "40 or more adults"),
    ],
)
def test_a_threshold_a_study_enrolled_is_its_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


# --- number words misspelt ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Fourty-six patients were included.", 46),
        ("Ninty patients were enrolled in the trial.", 90),
        ("The trial enrolled nintey-one participants.", 91),
    ],
)
def test_a_misspelt_tens_word_reads_as_meant(sentence: str, value: int) -> None:
    samples = [c for c in extract_claims(sentence) if c.type == "sample_size"]
    assert [c.value.get("value") for c in samples] == [value]


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(
    tens=st.sampled_from([("forty", "fourty"), ("ninety", "ninty"), ("ninety", "nintey")]),
    unit=st.sampled_from(["", *_UNITS]),
)
def test_a_misspelt_tens_word_reads_as_its_spelling(tens: tuple[str, str], unit: str) -> None:
    right, wrong = tens

    def values(word: str) -> list[object]:
        number = f"{word}-{unit}" if unit else word
        text = f"The study enrolled {number} patients."
        return [c.value.get("value") for c in extract_claims(text) if c.type == "sample_size"]

    assert values(wrong) == values(right) != []


# --- shares in words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "share"),
    [
        ("Of those treated, close to a third reported nausea.", "close to a third", 33.3),
        (
            "Few were anaemic at first; more than half had low iron a year later.",
            "more than half",
            50.0,
        ),
        ("Half were women.", "Half", 50.0),
        ("Nearly two-thirds were admitted within a day.", "Nearly two-thirds", 66.7),
    ],
)
def test_a_share_as_the_subject_of_a_verb(sentence: str, text: str, share: float) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("value")) for c in found] == [("percentage", share)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A third was added later.",
        "Cut the tablet in half. Half is taken in the morning.",
        # (the other half of a group, as the subject of its verb, is a share: heldout57/03)
        "The other half of the tablet was kept.",
        "A third dose was given in week 8.",
        "The second half was easier.",
    ],
)
def test_an_ordinal_or_a_part_is_no_share(sentence: str) -> None:
    assert "percentage" not in _typed(sentence).values()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Nearly half of all SCIs occur in young men.", "Nearly half of all SCIs"),
        ("About a third of all ICUs reported shortages.", "About a third of all ICUs"),
        ("Roughly 40% of NSAIDs are sold without a prescription.", "Roughly 40% of NSAIDs"),
    ],
)
def test_a_share_of_things_written_as_acronyms(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "percentage"


@pytest.mark.parametrize(
    ("sentence", "text", "share"),
    [
        ("The virus was found in 2% of samples (one of 66).", "one of 66", 1.5),
        ("Relapse was rare (one of 40).", "one of 40", 2.5),
    ],
)
def test_one_of_a_bare_total_is_a_share(sentence: str, text: str, share: float) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("value")) for c in found] == [("percentage", share)]


def test_one_of_a_named_set_is_no_share() -> None:
    assert "percentage" not in _typed("She is one of 23 members of the panel.").values()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "It affects about 1 in every 2,000 people to about 1 in every 4,000 people.",
            "about 1 in every 2,000 people to about 1 in every 4,000 people",
        ),
        ("The rate is 1 in 500 to 1 in 800 people.", "1 in 500 to 1 in 800 people"),
    ],
)
def test_a_range_of_one_in_n_is_one_share(sentence: str, text: str) -> None:
    shares = [c.text for c in extract_claims(sentence) if c.type == "percentage"]
    assert shares == [text]


# --- counts of things --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("NIH Opens Three Sickle Cell Research Centers", "Three Sickle Cell Research Centers"),
        ("State Adds Five Hepatitis B Clinics", "Five Hepatitis B Clinics"),
        ("The county funded four tuberculosis clinics.", "four tuberculosis clinics"),
    ],
)
def test_a_count_in_a_title_case_heading_or_after_an_illness(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


@pytest.mark.parametrize(
    "sentence",
    [
        "Next Choice One Dose is sold over the counter.",
        "Ask your pharmacist about Plan B One-Step before you travel.",
    ],
)
def test_a_brand_in_a_sentence_is_no_count(sentence: str) -> None:
    assert _typed(sentence) == {}


@pytest.mark.parametrize(
    "sentence", ["Top Ten Tips For Better Sleep", "Our Three Favourite Ways To Stay Active"]
)
def test_a_title_counting_its_own_parts_is_no_count(sentence: str) -> None:
    assert _typed(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("There are five kinds of the virus. Two are rare in Europe.", "Two"),
        ("Nine patients had a relapse. Three were treated again.", "Three"),
        ("The clinic saw twelve infants. Four had been vaccinated.", "Four"),
    ],
)
def test_a_number_opening_a_sentence_as_its_subject_is_a_count(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


def test_a_number_opening_a_sentence_before_a_noun_counts_the_noun() -> None:
    assert _typed("Two doctors were present.") == {"Two doctors": "other_quantity"}


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The most were reported in 2008 (140 cases) and 2011 (220).", "220", "case"),
        ("Peaks came in 2015 (31 deaths) and 2019 (47).", "47", "death"),
    ],
)
def test_a_bracketed_figure_beside_a_bracketed_count_counts_its_noun(
    sentence: str, text: str, unit: str
) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("unit")) for c in found] == [("other_quantity", unit)]


def test_a_citation_number_after_a_count_is_no_count() -> None:
    claims = extract_claims("Measles caused 140 cases in the state (1).")
    assert [c.text for c in claims if c.type != "study_attribution"] == ["140 cases"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "More than half of all neonatal deaths occur in five countries.",
            "More than half of all neonatal deaths",
        ),
        ("Over 90% of cervical cancers are caused by HPV.", "Over 90% of cervical cancers"),
    ],
)
def test_a_share_of_a_modified_plural_takes_the_noun(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "percentage"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Clinics opened in three of Kenya's eight regions.", "three of Kenya's eight regions", 3),
        ("Two of the company's products were recalled.", "Two of the company's products", 2),
        ("Nine of the cases were in children.", "Nine of the cases", 9),
    ],
)
def test_a_part_of_a_whole_named_by_its_owner(sentence: str, text: str, value: int) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("value")) for c in found] == [("other_quantity", value)]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Thirty children were classed as uninfected, 12 as latent and 9 as active cases.",
            {"12": "child", "9": "child"},
        ),
        ("Forty adults were rated as mild, 15 as moderate.", {"15": "adult"}),
    ],
)
def test_a_breakdown_by_as_counts_the_group_named(sentence: str, parts: dict[str, str]) -> None:
    units = {c.text: c.value.get("unit") for c in extract_claims(sentence)}
    assert {text: units.get(text) for text in parts} == parts, units


def test_as_is_no_modifier_of_a_counted_noun() -> None:
    texts = [c.text for c in extract_claims("They scored 25 as severe cases of asthma.")]
    assert not any("as severe" in text for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "unit"),
    [
        (
            "Only eight trials have been published, and five enrolled fewer than 100 people.",
            "five",
            "other_quantity",
            "trial",
        ),
        ("Of 60 patients enrolled, 20 died.", "20", "other_quantity", "patient"),
        ("The ward took 40 patients, and 28 relapsed.", "28", "other_quantity", "patient"),
        ("We enrolled 50 patients and 45 completed the study.", "45", "sample_size", "patient"),
    ],
)
def test_an_elliptic_count_before_a_verb_in_the_past(
    sentence: str, text: str, kind: str, unit: str
) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("unit")) for c in found] == [(kind, unit)]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Among 600 men screened, 40 had the gene.", "600 men"),
        ("Of 1,350 women surveyed, 12% smoked.", "1,350 women"),
        ("The sample comprised 250 students.", "250 students"),
        ("Our sample included 75 nurses from three wards.", "75 nurses"),
        ("Scientists tracked 3,200 older adults for a decade.", "3,200 older adults"),
        ("Nurses monitored 48 infants overnight in the unit.", "48 infants"),
    ],
)
def test_people_a_sample_is_made_of(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Dozens of patients were hospitalized.", "Dozens of patients", "patient"),
        ("The outbreak caused dozens of deaths.", "dozens of deaths", "death"),
    ],
)
def test_dozens_of_is_a_vague_count(sentence: str, text: str, unit: str) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.value.get("magnitude"), c.value.get("unit")) for c in found] == [(12, unit)]


@pytest.mark.parametrize(
    ("sentence", "text", "share"),
    [
        ("About one-tenth of adults have the condition.", "About one-tenth of adults", 10.0),
        ("Nearly a tenth of patients relapse.", "Nearly a tenth of patients", 10.0),
        ("The risk is about one in a million.", "about one in a million", 0.0001),
        ("It strikes one in a thousand births.", "one in a thousand", 0.1),
        ("There is a one-in-four chance of a rash.", "one-in-four", 25.0),
        ("Carriers face a 1-in-10 risk.", "1-in-10", 10.0),
        ("It affects 1 in 5,000 people.", "1 in 5,000 people", 0.02),
    ],
)
def test_shares_in_words_and_their_values(sentence: str, text: str, share: float) -> None:
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert [(c.type, c.value.get("value")) for c in found] == [("percentage", share)]


@pytest.mark.parametrize(
    "sentence",
    ["It was the tenth of the trials.", "The third of the trials failed.", "Taken 2 in 24 hours."],
)
def test_an_ordinal_of_or_a_count_in_a_period_is_no_share(sentence: str) -> None:
    assert "percentage" not in _typed(sentence).values()


def test_a_range_of_one_in_n_holds_both_shares() -> None:
    sentence = "It affects 1 in 2,000 people to 1 in 500 people."
    found = [c for c in extract_claims(sentence) if c.type == "percentage"]
    assert [(c.value.get("low"), c.value.get("high")) for c in found] == [(0.05, 0.2)]


@given(total=st.integers(min_value=2, max_value=10_000_000))
def test_a_share_one_in_n_is_never_read_as_zero(total: int) -> None:
    found = [
        c for c in extract_claims(f"It affects 1 in {total:,} people.") if c.type == "percentage"
    ]
    assert len(found) == 1
    value = found[0].value.get("value")
    assert isinstance(value, float) and value > 0
    assert abs(value - 100 / total) <= max(0.05, 0.05 * 100 / total)
