"""Claims the extractor missed on the least-tuned development sets (heldout23-27), by class,
each class with several phrasings.

The sentences are written for these tests; none is a dev text's sentence.
"""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _typed(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in _claims(text)]


def _claim(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {_typed(text)}"
    return found[0]


# --- an age band named as such: "between the ages of", "age group", a labelled band ----------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Chickenpox is most often seen between the ages of three and nine years.",
            "between the ages of three and nine years",
            3,
            9,
        ),
        (
            "Screening is offered to women between the ages of 50 and 70 years.",
            "between the ages of 50 and 70 years",
            50,
            70,
        ),
        ("Most cases were in the age group 20-39 years.", "20-39 years", 20, 39),
        (
            "Prevalence was highest in the age group of 60-69 years.",
            "60-69 years",
            60,
            69,
        ),
        ("We surveyed adults in the age band 25 to 34 years.", "25 to 34 years", 25, 34),
        (
            "The age range of 18-45 years was chosen for the survey.",
            "18-45 years",
            18,
            45,
        ),
    ],
)
def test_a_named_age_band_is_an_age(text: str, span: str, low: int, high: int) -> None:
    claim = _claim(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["measure"], claim.value["low"], claim.value["high"]) == ("age", low, high)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Men took part (age group 20-59 years; Canada: 18-59 years).", "18-59 years"),
        ("Adults were eligible (aged 18-64 years; in Japan 20-64 years).", "20-64 years"),
        ("Children were enrolled (aged 5-11 years, Sweden: 6-11 years).", "6-11 years"),
    ],
)
def test_a_band_listed_after_an_age_under_its_label_is_an_age(text: str, second: str) -> None:
    claim = _claim(text, second)
    assert claim.type == "other_quantity" and claim.value["measure"] == "age"


def test_a_time_after_a_semicolon_without_an_age_stays_a_time() -> None:
    claims = _typed("Treatment lasted 10-14 days; follow-up: 6-12 months.")
    assert ("duration", "10-14 days") in claims
    assert all(kind != "other_quantity" for kind, _ in claims)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Acne usually begins in a person's teens.", 13, 19),
        ("The condition tends to appear in their teens or twenties.", 13, 29),
        ("Symptoms often start in a patient's late teens.", 13, 19),
    ],
)
def test_teens_are_an_age_by_decade_word(text: str, low: int, high: int) -> None:
    ages = [c for c in _claims(text) if c.type == "other_quantity"]
    assert len(ages) == 1
    assert (ages[0].value["measure"], ages[0].value["low"], ages[0].value["high"]) == (
        "age",
        low,
        high,
    )


# --- an age a person reaches or is at, the number standing alone --------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("You will not be invited until you're 25, because cancer is rare before then.", 25),
        ("Invitations stop once you turn 65.", 65),
        ("Women turning 50 are sent a letter.", 50),
        ("Children who turned 2 during the study were followed up.", 2),
        ("If you're 40 or older, ask about a health check.", 40),
    ],
)
def test_an_age_reached_is_an_age(text: str, age: int) -> None:
    ages = [c for c in _claims(text) if c.value.get("measure") == "age"]
    assert len(ages) == 1
    assert ages[0].type == "other_quantity" and ages[0].value["value"] == age


@pytest.mark.parametrize(
    "text",
    [
        "Turn 90 degrees to the left.",
        "Turn 2 pages ahead to find the table.",
        "When you are 5 minutes late, call the clinic.",
        "Turn the dial 3 times a day.",
    ],
)
def test_a_turn_or_a_time_that_is_no_age_stays_no_age(text: str) -> None:
    assert all(c.value.get("measure") != "age" for c in _claims(text))


# --- a span of time: ahead of now, in centuries, "nearly a year", a change's size -----------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Patients return for check-ups over the next year.",
            "over the next year",
            {"value": 1, "unit": "year"},
        ),
        (
            "Levels were measured during the following month.",
            "during the following month",
            {"value": 1, "unit": "month"},
        ),
        (
            "Keep the dressing on for the next 3 days.",
            "for the next 3 days",
            {"value": 3, "unit": "day"},
        ),
        (
            "The swelling goes down over the next few days.",
            "over the next few days",
            {"vague": True, "descriptor": "few", "unit": "day"},
        ),
    ],
)
def test_a_span_ahead_is_a_duration(text: str, span: str, value: dict[str, object]) -> None:
    claim = _claim(text, span)
    assert claim.type == "duration"
    assert {k: claim.value[k] for k in value} == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Quinine has been used for more than a century.", "more than a century", 1),
        ("The remedy has been known for over two centuries.", "over two centuries", 2),
        ("The trial ran for nearly a year.", "nearly a year", 1),
        ("Relief lasted for almost a week.", "almost a week", 1),
        # one decade with its article is ten years (six dev golds; test_claims_time_classes13)
        ("The effect persisted for roughly a decade.", "roughly a decade", 10),
        # a century is a unit of time, so a fraction joined to it is an amount of it
        ("It took a quarter-century to find the cause.", "quarter-century", 0.25),
    ],
)
def test_a_long_or_approximate_span_is_a_duration(text: str, span: str, value: float) -> None:
    claim = _claim(text, span)
    assert claim.type == "duration" and claim.value["value"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Prophylaxis can lengthen the incubation period by several days.",
        "Early treatment may extend the incubation period by about 3 days.",
        "The new vaccine shortened the incubation time by 2 days in mice.",
    ],
)
def test_a_change_to_an_onset_period_is_no_onset(text: str) -> None:
    kinds = [c.type for c in _claims(text)]
    assert kinds == ["duration"]


def test_an_onset_period_stated_stays_an_onset() -> None:
    assert _typed("The incubation period is usually 5 to 7 days.") == [
        ("onset_time", "5 to 7 days")
    ]


# --- a count whose noun is written elsewhere: the verb's subject, a change's ends, arms -----


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Hospital admissions reached 4,200 that winter.", "4,200", "admission"),
        ("Deaths rose to 1,150 in 2019.", "1,150", "death"),
        ("Cases have totalled 310 since March.", "310", "case"),
        ("Outbreaks fell from 45 in 2015.", "45", "outbreak"),
    ],
)
def test_a_count_after_its_subject_and_verb_counts_the_subject(
    text: str, span: str, unit: str
) -> None:
    claim = _claim(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["measure"], claim.value["unit"]) == ("count", unit)


@pytest.mark.parametrize(
    "text",
    [
        "Levels reached 300 in May.",
        "Scores rose to 40 after treatment.",
        "Temperatures climbed to 39 overnight.",
    ],
)
def test_a_plural_that_counts_nothing_gives_no_count(text: str) -> None:
    assert all(c.value.get("measure") != "count" for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "In all, 9,310 births were recorded, falling from 1,020 (2010) to 880 (2018).",
            ["1,020", "880"],
        ),
        ("Admissions rose from 120 cases in 2019 to 180 in 2021.", ["120 cases", "180"]),
        ("Overdoses climbed from 40 in 2016 to 75 in 2020.", ["40", "75"]),
    ],
)
def test_both_ends_of_a_change_in_a_count_are_counts(text: str, spans: list[str]) -> None:
    for span in spans:
        claim = _claim(text, span)
        assert claim.type == "other_quantity" and claim.value["measure"] == "count"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("We randomised 640 adults (surgery = 322, physiotherapy = 318).", ["322", "318"]),
        ("Twelve trials with 1,900 patients (drug = 950; placebo = 950) were pooled.", ["950"]),
        ("We enrolled 120 women (intervention: 61; control: 59).", ["61", "59"]),
    ],
)
def test_group_sizes_under_their_labels_are_sample_sizes(text: str, figures: list[str]) -> None:
    sizes = [c.text for c in _claims(text) if c.type == "sample_size"]
    for figure in figures:
        assert figure in sizes


@pytest.mark.parametrize(
    "text",
    [
        "Six women (2%, n = 300) had anaemia.",
        "Nine children (4%; n = 210) developed a rash.",
    ],
)
def test_n_in_an_aside_is_the_sample_not_the_verbs_subject(text: str) -> None:
    assert [c.type for c in _claims(text) if c.text.startswith("n =")] == ["sample_size"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In 1983, two Dutch researchers described the syndrome.", "two Dutch researchers"),
        ("In 2005, 14 scientists signed the statement.", "14 scientists"),
    ],
)
def test_people_counted_after_a_year_are_a_count_not_a_source(text: str, span: str) -> None:
    assert ("other_quantity", span) in _typed(text)
    assert all(kind != "study_attribution" for kind, _ in _typed(text))


def test_a_team_after_a_year_stays_a_source() -> None:
    kinds = [kind for kind, _ in _typed("In 2015, a team of researchers reported the cases.")]
    assert kinds == ["study_attribution"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "There were 30 outbreaks in 2016, 22 in 2015, and 18 in 2014.",
            ["30 outbreaks", "22", "18"],
        ),
        ("Clinics reported 12 cases in 2020, 9 in 2021.", ["12 cases", "9"]),
    ],
)
def test_a_figure_in_a_year_is_no_proportion(text: str, counts: list[str]) -> None:
    claims = _claims(text)
    assert [c.text for c in claims if c.type == "other_quantity"] == counts
    assert all(c.type != "percentage" for c in claims)


def test_one_in_a_written_thousand_stays_a_proportion() -> None:
    assert _claim("Around 1 in 2,000 babies is affected.", "Around 1 in 2,000 babies").type == (
        "percentage"
    )


# --- sources as press releases and updates name them -------------------------------------

_OPENING = "The figures below come from this week's update.\n\n"


def _sources(text: str) -> list[str]:
    return [c.text for c in _claims(_OPENING + text) if c.type == "study_attribution"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Public Health England (PHE) has reported a rise in cases.",
            "Public Health England (PHE)",
        ),
        ("Public Health Wales has reported 30 new cases.", "Public Health Wales"),
        (
            "The World Health Organization (WHO) has confirmed 12 cases.",
            "World Health Organization",
        ),
        ("On the farm side, USDA is reporting that 40 herds are affected.", "USDA"),
        ("The FDA is warning consumers not to use the cream.", "FDA"),
    ],
)
def test_an_agency_reporting_is_a_source(text: str, source: str) -> None:
    assert any(found.startswith(source) for found in _sources(text))


@pytest.mark.parametrize(
    "text",
    [
        "Public Health officials said the risk was low.",
        "Doctors are reporting more cases of measles.",
        "Parents are warning each other about the rash.",
    ],
)
def test_people_reporting_with_no_body_named_are_no_source(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Dr Amal Roe, PHE’s head of immunisation surveillance, said: “Uptake is falling.”",
            "Dr Amal Roe, PHE’s head of immunisation surveillance, said",
        ),
        (
            "Dr Ken Lowe, head of infection control at the hospital trust, said cases had peaked.",
            "Dr Ken Lowe, head of infection control at the hospital trust, said",
        ),
        (
            "Professor Ann Moss, an epidemiologist at Leeds University, said the data were clear.",
            "Professor Ann Moss, an epidemiologist at Leeds University, said",
        ),
        ("Dr Patel said the vaccine was safe.", "Dr Patel said"),
    ],
)
def test_a_speaker_with_a_post_is_read_but_no_source(text: str, person: str) -> None:
    # the retired heldout23-27 marked quoted speakers; the dev golds mostly do not (attr14:
    # 9 marked, 28 unmarked), so the finder reads the person and no claim is made
    assert person in [c.text for c in find_citations(_OPENING + text) if c.quoted]
    assert _sources(text) == []


def test_a_profession_with_no_body_is_not_read_as_the_speakers_post() -> None:
    # an opinion: the post names no body, so the mention does not run on to the verb
    assert all(
        "psychiatrist" not in found for found in _sources("Dr. Kay, a psychiatrist, says so.")
    )


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Children sleep better after surgery, finds a new study funded by the National "
            "Institutes of Health.",
            "a new study funded by the National Institutes of Health",
        ),
        (
            "Coffee may protect the liver, suggests a study from Harvard University.",
            "a study from Harvard University",
        ),
        ("Walking helps memory, says a new report.", "a new report"),
    ],
)
def test_a_work_named_after_its_verb_is_a_source(text: str, work: str) -> None:
    assert work in _sources(text)


def test_a_person_after_the_verb_is_not_read_as_a_work() -> None:
    assert _sources("The drug works, said a spokesman for the company.") == []


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "A small trial carried out in 2012 found that the exercises helped.",
            "A small trial carried out in 2012 found",
        ),
        ("A large study done in Norway showed a link.", "A large study done in Norway showed"),
        (
            "A review performed in 2020 concluded the effect was small.",
            "A review performed in 2020 concluded",
        ),
    ],
)
def test_a_work_described_by_where_or_when_it_was_done_is_a_source(text: str, work: str) -> None:
    assert work in _sources(text)


@pytest.mark.parametrize(
    ("text", "found", "source"),
    [
        ("The CDC's latest report shows rates are rising.", "The CDC's latest report", "CDC"),
        ("WHO’s new treatment guidelines recommend it.", "WHO’s new treatment guidelines", "WHO"),
    ],
)
def test_a_bodys_possessive_document_is_a_source(text: str, found: str, source: str) -> None:
    claims = [c for c in _claims(_OPENING + text) if c.type == "study_attribution"]
    assert [(c.text, c.value.get("source")) for c in claims] == [(found, source)]


# --- when in an illness, by an ordinal day; a plan's step opening its sentence -------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Around the fourth day after the onset of symptoms, a cough develops.",
            "Around the fourth day after the onset of symptoms",
            4,
        ),
        ("On the second day of illness, the fever peaks.", "On the second day of illness", 2),
        (
            "From the third week after symptom onset, joint pain is common.",
            "From the third week after symptom onset",
            3,
        ),
    ],
)
def test_an_ordinal_day_of_an_illness_is_an_onset(text: str, span: str, value: int) -> None:
    claim = _claim(text, span)
    assert claim.type == "onset_time" and claim.value["value"] == value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Two weeks later, give the second dose.", "Two weeks later"),
        ("Six months later, children receive a booster dose.", "Six months later"),
        ("3 days later, the nurse repeats the injection.", "3 days later"),
    ],
)
def test_a_time_later_opening_a_dosing_sentence_is_a_schedule(text: str, span: str) -> None:
    assert ("frequency_schedule", span) in _typed(text)


def test_a_time_later_opening_a_sentence_of_no_plan_stays_a_duration() -> None:
    assert _typed("One year later, the effect had faded.") == [("duration", "One year")]


# --- routes named by the device or the breath --------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "route"),
    [
        (
            "The drugs are given by the central line over 3 days.",
            "by the central line",
            "intravenous",
        ),
        (
            "Antibiotics can be given through a PICC line at home.",
            "through a PICC line",
            "intravenous",
        ),
        (
            "The anaesthetic is a gas you breathe in through a mask.",
            "breathe in through a mask",
            "inhaled",
        ),
        (
            "Oxygen is breathed in through a face mask.",
            "breathed in through a face mask",
            "inhaled",
        ),
    ],
)
def test_a_route_named_by_its_line_or_mask(text: str, span: str, route: str) -> None:
    claim = _claim(text, span)
    assert claim.type == "route" and claim.value["route"] == route


def test_a_line_placed_is_no_route() -> None:
    assert _typed("A central line is placed in a large vein in your chest.") == []
