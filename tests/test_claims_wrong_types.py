"""Wrong types and false claims by class, each beside a true claim of the same shape that stays.

The sentences are written for these tests; the classes were counted among the extras and the
wrongly typed claims of the development sets heldout19..27 (a span found but typed otherwise
than the gold counts as a miss and an extra).
"""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _typed(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in extract_claims(text)]


def _of_type(text: str, claim_type: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == claim_type]


def _measure(text: str, span: str) -> str | None:
    found = [c for c in extract_claims(text) if c.text == span]
    assert found, f"{span!r} not found in {_typed(text)}"
    measure = found[0].value.get("measure")
    return str(measure) if measure is not None else None


# --- a band of ages named as an age group is an age, not a time that lasts ---------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rates were highest in the age group of 40-49 years.", "40-49 years"),
        ("Women in the age group 15-49 years took part.", "15-49 years"),
        ("Children in the age range 5-11 years were enrolled.", "5-11 years"),
        ("We compared the age bands of 65 to 74 years.", "65 to 74 years"),
        (
            "The rash is most common between the ages of two and eight years.",
            "between the ages of two and eight years",
        ),
        (
            "Symptoms usually begin between the ages of 15 and 35 years.",
            "between the ages of 15 and 35 years",
        ),
    ],
)
def test_a_band_of_years_named_as_ages_is_an_age(text: str, span: str) -> None:
    assert ("other_quantity", span) in _typed(text)
    assert _measure(text, span) == "age"


@pytest.mark.parametrize(
    "text",
    [
        "Women of reproductive age (age group 15-49 years; USA: 18-49 years) were surveyed.",
        "Participants were aged 20-30 years; controls: 25-35 years.",
    ],
)
def test_a_groups_own_age_band_after_a_semicolon_is_an_age_too(text: str) -> None:
    assert _of_type(text, "duration") == []
    assert all(c.value.get("measure") == "age" for c in extract_claims(text) if "years" in c.text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The illness lasts between 2 and 8 years.", "between 2 and 8 years"),
        ("Patients were followed for 5-10 years.", "5-10 years"),
        ("Patients aged 40-60 years; those treated were followed for 5 years.", "5 years"),
        # a time after the semicolon that is no other group's band
        ("Participants were aged 18 to 65 years; 12 weeks of follow-up were done.", "12 weeks"),
        ("Eligible: aged 40-75 years; Follow-up: 10-12 years.", "10-12 years"),
        ("Children aged 6 to 11 years; 2 weeks later, symptoms resolved.", "2 weeks"),
    ],
)
def test_a_band_of_years_with_no_age_named_stays_a_time(text: str, span: str) -> None:
    assert ("duration", span) in _typed(text)


# --- a route word naming where an infection sits or how a harm got in --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The risk is higher in people who have oral HPV 16 infection.",
        "Vaccination lessens the risk of oral HPV infection.",
        "There is evidence linking vaginal trichomoniasis to preterm birth.",
        "She had a vaginal yeast infection last year.",
        "Rectal gonorrhea often has no symptoms.",
        "Mesothelioma follows inhalation exposure to asbestos fibers.",
        "Oral exposure to lead harms children.",
    ],
)
def test_a_route_word_naming_an_infection_or_an_exposure_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take the oral antibiotics for the infection.", "oral"),
        ("Vaginal pessaries treat yeast infections.", "Vaginal pessaries"),
        ("The vaccine is given by inhalation.", "by inhalation"),
        ("Taking iodine drops or eating foods rich in iodine can harm.", "drops"),
    ],
)
def test_a_route_beside_an_infection_it_treats_stays(text: str, span: str) -> None:
    assert span in _of_type(text, "route")


# --- a place in the body where something is found, not where a medicine goes ------------


@pytest.mark.parametrize(
    "text",
    [
        "The disease causes painful lumps (nodules) under the skin.",
        "Small bumps under the skin may appear on the elbows.",
        "A cyst under the skin is usually harmless.",
        "It goes in through a cannula (a thin, plastic tube that feeds into a vein).",
        "A catheter that is placed into a vein stays for weeks.",
    ],
)
def test_a_body_finding_or_a_device_in_a_vein_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The medicine is given as an injection under the skin.", "injection under the skin"),
        ("Insulin is injected under the skin.", "injected under the skin"),
        ("The antibiotic is given into a vein.", "into a vein"),
        ("Tubes that deliver the drug into a vein are used in hospital.", "into a vein"),
        ("It is given through a needle or tube inserted into a vein.", "into a vein"),
        ("The injection causes swelling at the site.", "injection"),
    ],
)
def test_a_medicine_put_under_the_skin_or_into_a_vein_stays_a_route(text: str, span: str) -> None:
    assert span in _of_type(text, "route")


# --- a count in a year is no "N in M" proportion ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Outbreaks were reported: 20 in 2011, 16 in 2012, and 13 in 2013.",
        "There were 12 deaths in 2020, 8 in 2021, and 5 in 2022.",
        "Cases rose to 45 in 2019, then 50 in 2020.",
    ],
)
def test_a_count_in_a_year_is_no_proportion(text: str) -> None:
    assert _of_type(text, "percentage") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("About 1 in 2,000 babies is born with it.", "About 1 in 2,000 babies"),
        ("It affects 3 in 1000 adults.", "3 in 1000 adults"),
        ("Roughly 1 in 1,500, or fewer, are affected.", "Roughly 1 in 1,500"),
    ],
)
def test_one_in_a_thousands_figure_stays_a_proportion(text: str, span: str) -> None:
    assert span in _of_type(text, "percentage")


# --- "n = N" states the size of a group, whatever happened to its people ------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Seven males (3%, n = 232) had malaria and brucellosis.", "n = 232"),
        ("Five patients (n=5) developed a rash.", "n=5"),
        ("Headache occurred in 12 patients (N = 40).", "N = 40"),
    ],
)
def test_n_equals_is_a_sample_size_beside_an_event(text: str, span: str) -> None:
    assert span in _of_type(text, "sample_size")


def test_a_count_of_people_an_event_happened_to_stays_an_event_count() -> None:
    text = "Five patients in the treatment group developed skin cancer."
    assert _of_type(text, "sample_size") == []


# --- a change in a length of time by N is a duration, even of an incubation period -------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prophylaxis may extend the incubation period by several days.", "several days"),
        ("A booster can shorten the incubation period by about 2 days.", "about 2 days"),
        ("Exercise delayed the onset of diabetes by about 4 years.", "about 4 years"),
    ],
)
def test_a_change_in_a_length_of_time_is_a_duration(text: str, span: str) -> None:
    assert ("duration", span) in _typed(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The incubation period is about 10 days.", "about 10 days"),
        ("Incubation period: 5-14 days.", "5-14 days"),
        ("The incubation period ranges from 2 to 10 days.", "2 to 10 days"),
    ],
)
def test_an_incubation_periods_own_length_stays_an_onset(text: str, span: str) -> None:
    assert ("onset_time", span) in _typed(text)


# --- the people a report's shares are taken of, named with a clause saying which ---------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Among 233,521 persons for whom geographic data were available, 12% lived in the South.",
            "233,521 persons",
        ),
        ("Among 1,204 women who had a test, 14% were positive.", "1,204 women"),
        ("Among 600 men with diabetes, 40 had the gene.", "600 men"),
        ("Among 600 men screened, 40 had the gene.", "600 men"),
        # after Ahn et al., BMC Pediatrics 2021: opening words and a comma before "among"
        (
            "Similarly, among 47 Norwegian children with CP, 24 were diagnosed with ADHD.",
            "47 Norwegian children",
        ),
        ("In Norway, of 600 men screened, 40 had the gene.", "600 men"),
    ],
)
def test_the_people_shares_are_taken_of_are_a_sample(text: str, span: str) -> None:
    assert span in _of_type(text, "sample_size")


def test_a_rounded_population_shares_are_taken_of_stays_a_count() -> None:
    text = "Of 1.8 million people with the disease, many recover."
    assert _of_type(text, "sample_size") == []


# --- "within N of bedtime": when to do something, counted from an act of the day ----------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Exercise regularly, but not within 3 hours of bedtime.", "within 3 hours"),
        ("Avoid caffeine within 6 hours of bedtime.", "within 6 hours"),
        ("Do not eat within 2 hours of going to bed.", "within 2 hours"),
        ("Take it within 30 minutes of a meal.", "within 30 minutes"),
    ],
)
def test_within_a_time_of_an_act_of_the_day_is_a_schedule(text: str, span: str) -> None:
    assert span in _of_type(text, "frequency_schedule")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Symptoms appear within 2 hours of a meal.", "within 2 hours"),
        ("Relief often came within an hour of taking the first dose.", "within an hour"),
        ("Most people recover within a week of treatment.", "within a week"),
    ],
)
def test_within_a_time_something_comes_stays_an_onset(text: str, span: str) -> None:
    assert span in _of_type(text, "onset_time")


# --- a trouble swallowing a form is who struggles, not how a medicine is given -----------


@pytest.mark.parametrize(
    "text",
    [
        "These products help people who have trouble swallowing pills.",
        "Ask a pharmacist if you have problems swallowing pills or capsules.",
        "Some children find it hard to swallow tablets.",
        "Older people often have difficulty swallowing large tablets.",
    ],
)
def test_a_trouble_swallowing_a_form_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Swallow the pills whole with water.", "pills"),
        ("If you cannot swallow pills, use the suppositories instead.", "suppositories"),
        ("Patients with difficulty swallowing may use the suppositories.", "suppositories"),
    ],
)
def test_the_form_taken_instead_stays_a_route(text: str, span: str) -> None:
    assert span in _of_type(text, "route")


# --- a liquid that is injected is no oral liquid ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is given as a liquid that is injected into your veins through a cannula.",
        "The powder is mixed into a liquid which is then injected under the skin.",
    ],
)
def test_a_liquid_that_is_injected_is_no_oral_route(text: str) -> None:
    assert all(c.value.get("route") != "oral" for c in extract_claims(text) if c.type == "route")


@pytest.mark.parametrize(
    "text",
    ["It comes as tablets or as a liquid that you drink.", "Children may take it as a liquid."],
)
def test_a_liquid_taken_is_no_route_alone(text: str) -> None:
    # a bare form is no route since dir14 (tests/test_routes_bare_forms.py)
    assert _of_type(text, "route") == []
