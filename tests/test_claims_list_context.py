"""Quantities read with the list around them, and route words that name something else
(sentences written for these tests, several phrasings per class): a time alone in a list item
under a dosing lead-in is a point of the plan; bare bracketed numbers listed after a bracketed
count are counts of the same thing, not reference numbers; "followed by" in a ranking is no
study; a route word inside a name in prose, on a patch of skin or before a body part is none."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _typed(text: str) -> list[tuple[str, str]]:
    return [(str(c.type), c.text) for c in _claims(text)]


# --- a time alone in a list item, read with its lead-in ----------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Children get three doses, one dose at each of these ages:\n\n"
            "- 2 months\n- 6 through 18 months\n- 4 through 6 years\n",
            ["2 months", "6 through 18 months", "4 through 6 years"],
        ),
        (
            "Give the vaccine at these ages:\n\n* 12 months\n* 15 months\n",
            ["12 months", "15 months"],
        ),
        (
            "Adults should get a booster shot at:\n\n1. 10 years\n2. 20 years\n",
            ["10 years", "20 years"],
        ),
    ],
)
def test_a_time_listed_under_a_dosing_lead_in_is_a_point_of_the_plan(
    text: str, items: list[str]
) -> None:
    found = {c.text: c for c in _claims(text)}
    for item in items:
        assert found[item].type == "frequency_schedule", _typed(text)


@pytest.mark.parametrize(
    ("text", "item", "kind"),
    [
        # a lead-in that gives a length, not a point
        ("Take the tablets for:\n\n- 7 days\n- 2 weeks\n", "7 days", "duration"),
        # a point with nothing given then
        ("Symptoms are common at these ages:\n\n- 2 months\n- 4 months\n", "2 months", "duration"),
        # the item says more than the time: its own words decide
        (
            "Give the vaccine at these ages:\n\n- symptoms last 3 days\n",
            "3 days",
            "duration",
        ),
    ],
)
def test_a_listed_time_without_a_dosing_point_keeps_its_kind(
    text: str, item: str, kind: str
) -> None:
    found = {c.text: c for c in _claims(text)}
    assert found[item].type == kind, _typed(text)


def test_a_time_in_prose_after_a_lead_in_is_not_a_list_item() -> None:
    text = "Give the vaccine at these ages:\n\nThe illness lasts 2 weeks.\n"
    found = {c.text: c for c in _claims(text)}
    assert found["2 weeks"].type == "duration"


# --- bare bracketed numbers listed after a bracketed count -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counts", "unit"),
    [
        (
            "The next most common cause was Cache Valley virus (70 cases), followed by "
            "Heartland virus (12), St. Louis encephalitis virus (9), and Powassan virus (7).",
            ["12", "9", "7"],
            "case",
        ),
        (
            "Most deaths were in Ohio (45 deaths), Texas (12), and Maine (9).",
            ["12", "9"],
            "death",
        ),
        (
            "Common signs were fever (31 patients), rash (17), and headache (4).",
            ["17", "4"],
            "patient",
        ),
    ],
)
def test_bare_numbers_listed_after_a_bracketed_count_are_counts(
    sentence: str, counts: list[str], unit: str
) -> None:
    claims = _claims(sentence)
    assert not [c for c in claims if c.type == "study_attribution"], _typed(sentence)
    found = {c.text: c for c in claims}
    for count in counts:
        assert found[count].value["unit"] == unit, _typed(sentence)
        assert found[count].value["value"] == int(count)


@pytest.mark.parametrize(
    "sentence",
    [
        # no count with its noun in brackets before: reference numbers
        "Deaths were reported in adults (2), children (3) and infants (4).",
        # a clause, not an item of the list, before the bracket
        "Most cases were in Ohio (45 cases), as reported earlier (12).",
        # a new sentence
        "Most cases were in Ohio (45 cases). Later reports agree (12).",
    ],
)
def test_bracketed_numbers_outside_a_list_of_counts_stay_citations(sentence: str) -> None:
    cited = [c.text for c in _claims(sentence) if c.type == "study_attribution"]
    assert cited, _typed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The most commonly reported cause was Cache Valley virus (70 cases), followed by "
        "Heartland virus (12).",
        "Ohio reported 45 cases, followed by Texas with 12 cases.",
    ],
)
def test_followed_by_in_a_ranking_is_no_study(sentence: str) -> None:
    types = {str(c.type) for c in _claims(sentence)}
    assert "sample_size" not in types, _typed(sentence)


def test_participants_followed_for_a_time_are_still_a_sample() -> None:
    sentence = "A total of 240 adults were followed for 5 years."
    found = {c.text: c for c in _claims(sentence)}
    assert found["240 adults"].type == "sample_size", _typed(sentence)


# --- route words that name something else ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "For more details, please see the course You Call the Shots: Vaccine Basics online.",
        "Clinicians can read more in the handbook Straight to the Injection Site for nurses.",
        "The skin forms thick, scaly patches that itch.",
        "Dry patches often appear on the elbows and knees.",
        "Bacteria that belong to the vaginal microflora can spread upward.",
        "Oral bacteria feed on sugar and cause tooth decay.",
    ],
)
def test_a_route_word_that_names_no_medicine_is_no_route(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if c.type == "route"], _typed(sentence)


@pytest.mark.parametrize(
    ("sentence", "route"),
    [
        ("Shots are given in the upper arm.", "Shots"),
        ("Most people with asthma use an inhaler, and the Flovent Inhaler works well.", "Inhaler"),
        ("A Trial of High Dose Intravenous Methylprednisolone in Leprosy", "Intravenous"),
        ("Nicotine patches help people quit smoking.", "patches"),
        ("Use vaginal tablets twice a week.", "vaginal tablets"),
    ],
)
def test_a_route_word_for_a_medicine_stays_a_route(sentence: str, route: str) -> None:
    routes = [c.text for c in _claims(sentence) if c.type == "route"]
    assert any(route in text for text in routes), _typed(sentence)


# --- a figure whose noun is written once, after the next figure --------------------------------


@pytest.mark.parametrize(
    ("sentence", "first", "second", "unit"),
    [
        ("Of 300 adults tested, 9 and 140 adults had antibodies.", "9", "140 adults", "adult"),
        ("Over a median 4 and 8 years of follow-up, rates rose.", "4", "8 years", "year"),
        ("Outbreaks reached 12 and 15 counties in two summers.", "12", "15 counties", "county"),
    ],
)
def test_a_figure_shares_the_noun_of_the_next_one(
    sentence: str, first: str, second: str, unit: str
) -> None:
    found = {c.text: c for c in _claims(sentence)}
    assert found[first].type == found[second].type, _typed(sentence)
    assert found[first].value["unit"] == found[second].value["unit"] == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "People with type 1 and 2 diabetes were included.",
        "In 2014 and 2015 cases rose sharply.",
    ],
)
def test_a_name_or_year_before_and_shares_no_noun(sentence: str) -> None:
    texts = [c.text for c in _claims(sentence)]
    assert "1" not in texts and "2014" not in texts, _typed(sentence)


# --- a range before "of <activity>" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("They had 10–15 years of schooling.", "10–15 years of schooling", 10, 15),
        ("Expect 2 to 3 days of bleeding after the procedure.", "2 to 3 days of bleeding", 2, 3),
        ("Aim for 20-30 minutes of walking.", "20-30 minutes of walking", 20, 30),
    ],
)
def test_a_range_before_an_activity_keeps_both_ends(
    sentence: str, span: str, low: int, high: int
) -> None:
    found = {c.text: c for c in _claims(sentence)}
    assert found[span].value["low"] == low and found[span].value["high"] == high, _typed(sentence)


# --- a rank written with a number sign ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "rank"),
    [
        ("Radon is the #2 cause of lung cancer after smoking.", "#2 cause", 2),
        ("Heart disease is the #1 killer of women.", "#1 killer", 1),
        ("The app ranked #3 overall among health apps.", "#3 overall", 3),
    ],
)
def test_a_rank_with_a_number_sign_is_a_rank(sentence: str, span: str, rank: int) -> None:
    found = {c.text: c for c in _claims(sentence)}
    assert found[span].value == {"value": rank, "measure": "rank"}, _typed(sentence)


@pytest.mark.parametrize(
    "text",
    ["## 2 Patients and methods\n\nWe saw them.", "Follow #2024 trends.", "Version#2 fails."],
)
def test_a_heading_tag_or_label_is_no_rank(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "rank"], _typed(text)
