"""Schedule words in brackets or before a noun, ages written as spans of time, a single
administration, the opening stretch of a course, a form named after a product, and two false
claims (a low dose with no figure, "according to" a clause): each class in a short excerpt
with its source named, or in text of our own."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(c.type, c.text, dict(c.value)) for c in extract_claims(text)]


def _only(text: str, claim_type: str) -> list[tuple[str, dict[str, object]]]:
    return [(t, v) for kind, t, v in _claims(text) if kind == claim_type]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # NHS, methylphenidate for children (heldout38)
        (
            "Your child's doctor may increase their dose gradually (usually weekly) until they"
            " find the dose that works best.",
            "week",
        ),
        (
            "your child's doctor may gradually increase the dose by 18mg at a time (usually"
            " weekly, up to a maximum of 54mg) until they find the dose that works well",
            "week",
        ),
        ("Raise the dose slowly (typically monthly) as your doctor advises.", "month"),
    ],
)
def test_a_timing_opening_its_brackets_is_said_of_what_comes_before(text: str, period: str) -> None:
    schedules = [v for t, v in _only(text, "frequency_schedule") if t.endswith("ly")]
    assert [v["period_unit"] for v in schedules] == [period]


def test_a_timing_inside_brackets_after_a_noun_keeps_to_its_brackets() -> None:
    text = "Its symptoms (insomnia at night, sleepiness during the day) are common."
    assert not _only(text, "frequency_schedule")


@pytest.mark.parametrize(
    "text",
    [
        # NINDS, febrile seizures fact sheet (heldout38)
        "Prolonged daily use of oral anticonvulsants, such as phenobarbital, is usually not"
        " recommended.",
        # CDC, PrEP effectiveness (heldout39)
        "For receptive anal sex (bottoming), PrEP pills reach maximum protection from HIV at"
        " about 7 days of daily use.",
        "Nightly use of the spray eased the symptoms.",
    ],
)
def test_daily_use_is_a_schedule(text: str) -> None:
    assert [t.lower() for t, _ in _only(text, "frequency_schedule")] in (["daily"], ["nightly"])


def test_annual_use_of_a_service_is_no_schedule() -> None:
    assert not _only(
        "Annual use of the emergency department rose by a third.", "frequency_schedule"
    )


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # Peng et al., Sci Rep 2018 (heldout38)
        (
            "Active treatment is warranted not until 5 years of age owing to its self-limiting"
            " feature.",
            "until 5 years of age",
            "year",
        ),
        # NINDS, febrile seizures fact sheet (heldout38)
        (
            "A few factors appear to boost a child's risk, including young age (less than 15"
            " months) during the first seizures.",
            "less than 15 months",
            "month",
        ),
    ],
)
def test_an_age_written_as_a_span_of_time_is_an_age(text: str, span: str, unit: str) -> None:
    ages = _only(text, "other_quantity")
    assert [(t, v["unit"], v["measure"]) for t, v in ages] == [(span, unit, "age")]
    assert not _only(text, "duration")


def test_a_span_in_brackets_after_no_age_stays_a_duration() -> None:
    text = "They were treated for a long time (less than 15 months)."
    assert [t for t, _ in _only(text, "duration")] == ["less than 15 months"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # CDC, rabies post-exposure prophylaxis (heldout38)
        ("HRIG is administered only once at the beginning of the PEP course.", "only once"),
        ("The antitoxin is given once, as soon as possible.", "once"),
        ("The vaccine is given once.", "once"),
        ("The booster is given once during pregnancy.", "once"),
        ("PEP consists of:\n- A dose of human rabies immune globulin (HRIG)\n", "A dose"),
        ("Give a dose of tetanus immunoglobulin.", "a dose"),
    ],
)
def test_a_single_administration_is_a_schedule(text: str, span: str) -> None:
    assert [t for t, _ in _only(text, "frequency_schedule")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Once infected, the cells die within days.",
        # NHS, omeprazole: a missed dose is no plan
        "If you forget to take a dose of omeprazole, take it as soon as you remember.",
        # "once" opening a clause after a verb of giving (our own sentences)
        "Antibiotics are given once the culture results are known.",
        "The drug is administered once the patient is stable.",
        "Insulin is injected once blood sugar rises above 10.",
        "Treatment should be started and taken once symptoms appear.",
        "Data were taken once the trial ended.",
    ],
)
def test_once_as_a_conjunction_and_a_missed_dose_are_no_schedule(text: str) -> None:
    assert not _only(text, "frequency_schedule")


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Take paracetamol regularly for the first week.", "for the first week", 1, "week"),
        ("You may take a higher dose for the first 2 days.", "for the first 2 days", 2, "day"),
        (
            "Patients are checked frequently during the first year after surgery.",
            "during the first year",
            1,
            "year",
        ),
    ],
)
def test_the_opening_stretch_of_a_course_is_a_duration(
    text: str, span: str, value: int, unit: str
) -> None:
    assert [(t, v["value"], v["unit"]) for t, v in _only(text, "duration")] == [(span, value, unit)]


def test_the_first_year_of_life_is_no_stretch_of_a_course() -> None:
    assert not _only("Most of these deaths occur during the first year of life.", "duration")


@pytest.mark.parametrize(
    "text",
    [
        # the opening of a period other than the course (our own sentences)
        "Symptoms peak during the first week of the month.",
        "Deaths were highest during the first week of the outbreak.",
        "They met during the first days of the war.",
    ],
)
def test_the_first_stretch_of_another_period_is_no_duration(text: str) -> None:
    assert not _only(text, "duration")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take the tablets twice a day for the first 2 weeks of treatment.", "for the first 2 weeks"),
        # NIA news release on donepezil in MCI (heldout42)
        ("were at reduced risk for the first 18 months of a 3-year study", "for the first 18 months"),
    ],
)  # fmt: skip
def test_the_first_weeks_of_a_course_are_a_stretch_of_it(text: str, span: str) -> None:
    assert [t for t, _ in _only(text, "duration")][0] == span


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("You will be given paracetamol, codeine and Difflam spray for the pain.", "spray"),
        ("Rub in Voltaren gel twice a day.", "gel"),
        # settings the trigger list once held as never-matching "doses?", "medicines?" (our own)
        ("The usual dose is two puffs of Flixonase spray.", "spray"),
        ("Ask about medicines such as Nurofen gel.", "gel"),
        ("Spray Beconase spray into each nostril.", "spray"),
        ("Your doctor prescribed Otrivine spray.", "spray"),
    ],
)
def test_a_form_named_after_a_product_is_a_route(text: str, form: str) -> None:
    assert [(t, v["form"]) for t, v in _only(text, "route")] == [(form, form)]


@pytest.mark.parametrize(
    "text",
    [
        "Use of insecticide sprays and fumigants is not recommended.",
        "Pepper spray can hurt the eyes.",
        # a capitalised word before spray or gel mid-sentence, with no medicine near (our own)
        "Officers used Mace spray on the crowd.",
        "Protesters were hit with Pepper spray, police said.",
        "The new Apple gel pens were popular.",
        "The company, Procter sprays its crops.",
    ],
)
def test_a_spray_that_is_no_product_is_no_route(text: str) -> None:
    assert not _only(text, "route")


def test_single_shot_names_how_many_the_injection_is_the_route() -> None:
    # Wang et al., Exp Ther Med 2018 (heldout38): "co-injection" alone is the route
    text = "Intra-articular, single-shot co-injection of hyaluronic acid and corticosteroids"
    assert [t for t, _ in _only(text, "route")] == ["Intra-articular", "injection"]


@pytest.mark.parametrize(
    "text",
    [
        # NHS, methylphenidate for children (heldout38)
        "Your child will usually start on a low dose of methylphenidate, taken once a day.",
        # NIDDK, UTIs in adults (heldout8)
        "Take low doses of the prescribed antibiotic daily for 6 months or longer.",
        "Giving high doses of these immunoglobulins can lessen the attack.",
    ],
)
def test_a_low_dose_of_a_named_medicine_with_no_figure_is_no_dose(text: str) -> None:
    assert not _only(text, "dose")


def test_a_low_dose_as_the_way_a_drug_is_given_stays() -> None:
    text = "Ketamine is given in low doses to provide rapid relief from anxiety symptoms."
    assert [t for t, _ in _only(text, "dose")] == ["low doses"]


@pytest.mark.parametrize(
    "text",
    [
        # MMWR 62(45), late vitamin K deficiency bleeding (heldout38)
        "Infants are predisposed to develop VKDB, which is classified as early, classic, and"
        " late, according to when it presents.",
        "Doses differ, according to how old the child is.",
    ],
)
def test_according_to_a_clause_names_no_source(text: str) -> None:
    assert not _only(text, "study_attribution")


def test_according_to_an_acronym_in_capitals_is_a_source() -> None:
    text = "According to WHO, 5% of adults smoke."
    assert [t for t, _ in _only(text, "study_attribution")] == ["According to WHO"]


@pytest.mark.parametrize(
    "text",
    [
        # exhibit labels, as in AHRQ and CMS reports (our own sentences)
        "Exhibit 3 shows the results.",
        "Exhibit 2 lists the states that took part.",
        "The states are listed in Exhibit 2.",
    ],
)
def test_a_capitalised_exhibit_label_is_no_claim(text: str) -> None:
    assert not _claims(text)


def test_exhibit_as_a_verb_before_a_fold_still_gives_the_fold() -> None:
    text = "Children with CP exhibit 3- to 4-fold higher rates of problems."
    assert [v.get("low") for kind, _, v in _claims(text) if kind == "other_quantity"] == [3]
