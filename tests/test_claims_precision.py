"""Extras by class: what looks like a claim and is not, and claims split in two."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "span", "route"),
    [
        (
            "The solution is injected into a vein over ten minutes.",
            "injected into a vein",
            "intravenous",
        ),
        (
            "A nurse gives the drug by injection under the skin of the belly.",
            "injection under the skin",
            "subcutaneous",
        ),
        (
            "The antibody is given by infusion into the vein every month.",
            "infusion into the vein",
            "intravenous",
        ),
    ],
)
def test_a_route_verb_and_its_destination_are_one_claim(text: str, span: str, route: str) -> None:
    routes = [c for c in extract_claims(text) if c.type == "route"]
    assert [c.text for c in routes] == [span]
    assert routes[0].value["route"] == route


def test_a_list_of_dosage_forms_stays_one_claim_per_form() -> None:
    # most golds (ibuprofen, alendronic acid, levetiracetam pages) mark each form of a list
    # (forms that name a way in: a bare "tablets" is no route since dir14)
    routes = [
        c.text
        for c in extract_claims("It comes as pills, suppositories or patches.")
        if c.type == "route"
    ]
    assert routes == ["pills", "suppositories", "patches"]


@pytest.mark.parametrize(
    "heading",
    [
        "## 2 Patients, Materials and Methods",
        "## 3 Results",
        "### 4.1 Participants and Setting",
        "# 5 Adverse Events in Children",
    ],
)
def test_a_section_number_opening_a_heading_is_no_claim(heading: str) -> None:
    text = f"Earlier work was small.\n\n{heading}\n\nWe enrolled 46 adults with asthma.\n"
    found = _found(text)
    assert not [t for t in found if t[1].startswith(heading.lstrip("# ").split()[0])]
    assert ("sample_size", "46 adults") in found


def test_a_timeline_heading_stays_a_claim() -> None:
    found = _found("## 4 Weeks\n\nMost people sleep better by then.\n")
    assert [t for t in found if t[1] == "4 Weeks"]


@pytest.mark.parametrize(
    "contents",
    [
        "SPRING ISSUE 2 Editorial Notes 3 New Trials in Asthma 5 Funding News 7 Events Calendar",
        "INSIDE 3 Manual Therapies 3 Calendar of Events 4 Treatments for Hot Flashes 6 Research Roundup",
    ],
)
def test_page_numbers_of_a_contents_list_are_no_claims(contents: str) -> None:
    assert _found(contents + "\n\nThe trial enrolled 120 women.\n") == [
        ("sample_size", "120 women")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Children who are not fully vaccinated (see note 1) get a single dose.",
        "Dosing for adults is in footnote 3 of the label.",
        "The scores are listed in Appendix 2 and Box 4.",
    ],
)
def test_a_number_naming_a_note_or_appendix_is_no_claim(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.text.strip() in {"1", "3", "2", "4"}]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You'll usually take it once a day in the evening.", "once a day in the evening"),
        ("Take the tablets twice daily at night.", "twice daily at night"),
        ("Most people take it every day at bedtime.", "every day at bedtime"),
        (
            "Spread the doses out, for example first thing in the morning and in the evening.",
            "first thing in the morning and in the evening",
        ),
        # NHS carbamazepine page (heldout33/07): parts of the day listed
        (
            "Take it first thing in the morning, after lunch, late afternoon and in the evening.",
            "first thing in the morning, after lunch, late afternoon and in the evening",
        ),
    ],
)
def test_a_schedule_and_its_time_of_day_are_one_claim(text: str, span: str) -> None:
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [c.text for c in schedules] == [span]


@pytest.mark.parametrize(
    ("text", "span", "times"),
    [
        # NHS apixaban page (heldout32/04): its gold's span and {"times": 2, "per": "day"}
        (
            "Take it once in the morning and once in the evening.",
            "once in the morning and once in the evening",
            2,
        ),
        # each time of day keeps its count
        (
            "Take it once in the morning and twice in the evening.",
            "once in the morning and twice in the evening",
            3,
        ),
        # "or" offers one dose at either time: once a day, never twice
        (
            "Take it once in the morning or once in the evening.",
            "once in the morning or once in the evening",
            1,
        ),
        (
            "You can take it twice in the morning or twice in the evening, whichever suits you.",
            "twice in the morning or twice in the evening",
            2,
        ),
    ],
)
def test_counted_times_of_day_are_doses_a_day(text: str, span: str, times: int) -> None:
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [c.text for c in schedules] == [span]
    assert schedules[0].value["times"] == times
    assert schedules[0].value["per"] == "day"
    joined = " or " if " or " in span else " and "
    assert schedules[0].value["timing"] == f"in the morning{joined}in the evening"


@pytest.mark.parametrize(
    ("text", "span", "times", "timing"),
    [
        # three counted times: each counts
        (
            "Take it once in the morning, once at lunch and once in the evening.",
            "once in the morning, once at lunch and once in the evening",
            3,
            "in the morning, at lunch and in the evening",
        ),
        # a count on the second time only: the first time is one dose
        (
            "Take it in the morning and twice in the evening.",
            "in the morning and twice in the evening",
            3,
            "in the morning and in the evening",
        ),
    ],
)
def test_every_counted_time_of_day_counts(text: str, span: str, times: int, timing: str) -> None:
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [c.text for c in schedules] == [span]
    assert (schedules[0].value["times"], schedules[0].value["per"]) == (times, "day")
    assert schedules[0].value["timing"] == timing


@pytest.mark.parametrize(
    "text",
    [
        # a count on the first time only may count the whole list: no plan, and no count
        # left in a timing
        "Take it once in the morning and in the evening.",
        # alternatives with different counts: no one count a day
        "Take it in the morning or twice in the evening.",
    ],
)
def test_times_of_day_no_plan_counts_keep_no_count_in_their_timing(text: str) -> None:
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [list(c.value) for c in schedules] == [["timing"]]
    assert not any(w in schedules[0].value["timing"] for w in ("once", "twice"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event timing or a negated part of the day is no list item: each time stays apart
        (
            "Take it in the morning, with meals, or in the evening.",
            ["in the morning", "with meals", "in the evening"],
        ),
        (
            "Take one tablet in the morning, with meals, and one in the evening.",
            ["in the morning", "with meals", "in the evening"],
        ),
        ("Take it in the morning, not evening and at night.", ["in the morning", "at night"]),
    ],
)
def test_times_of_day_join_only_over_parts_of_the_day(text: str, expected: list[str]) -> None:
    schedules = [c.text for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert schedules == expected


def test_schedules_a_comma_separates_stay_apart() -> None:
    found = _found("Take it once a day, or twice a day if your doctor says so.")
    assert [t for t in found if t[0] == "frequency_schedule"] == [
        ("frequency_schedule", "once a day"),
        ("frequency_schedule", "twice a day"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "ratio"),
    [
        ("Heat raised the odds of a bite by 63.9 times.", "63.9 times", 63.9),
        ("Rainfall increased the odds 23.4 times in the wet season.", "23.4 times", 23.4),
        ("Admissions grew by 4 times over ten years.", "4 times", 4),
    ],
)
def test_a_multiple_is_a_ratio_not_a_schedule(text: str, span: str, ratio: float) -> None:
    found = [c for c in extract_claims(text) if c.text == span]
    assert [c.type for c in found] == ["other_quantity"]
    assert found[0].value == {"value": ratio, "unit": "times", "measure": "ratio"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rinse the eye 3 times.", "3 times"),
        ("On average they visited 2.5 times per year.", "2.5 times per year"),
    ],
)
def test_times_that_count_occasions_stay_schedules(text: str, span: str) -> None:
    assert ("frequency_schedule", span) in _found(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In 2019, of the 400 patients enrolled, a third relapsed.", "400 patients"),
        (
            "According to a report from 2011, of the 136.7 million babies born, few were weighed.",
            "136.7 million babies",
        ),
    ],
)
def test_a_year_before_a_comma_is_no_numerator(text: str, count: str) -> None:
    found = _found(text)
    assert not [t for t in found if t[0] == "percentage" and "," in t[1]]
    assert [t for t in found if t[1] == count]


def test_a_share_of_a_whole_stays_a_proportion() -> None:
    assert ("percentage", "1,204 of the 2,000") in _found(
        "Overall 1,204 of the 2,000 nurses replied."
    )
