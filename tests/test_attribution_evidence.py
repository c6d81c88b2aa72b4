"""Whether a text shows a phrase to be a source: a number in round brackets is a reference
number only when the text cites by such numbers (a list they number, or numbers given in the
order of first citation that close clauses); else it is a count after a name. Each class in
several phrasings of our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


def _round_numbers(text: str) -> list[str]:
    return [c.text for c in find_citations(text) if c.form == "numeric"]


@pytest.mark.parametrize(
    "text",
    [
        # counts after names, in no order a reference list would give
        "Cases came from 5 states: Ohio (3), Iowa (1), Texas (4), Utah (1) and Maine (2).",
        "Illnesses were reported in Georgia (2), Illinois (1) and Maryland (6).",
        "Of the clinics, Boston (12) and Denver (4) reported the most; Austin (7) followed.",
        # a count after a noun, the sentence going on
        "About 40 percent of the deaths (89) occurred in winter.",
        "Most of the patients (212) recovered within a week.",
        "Nearly half the children (57) were under 5 years old.",
    ],
)
def test_counts_after_names_are_no_reference_numbers(text: str) -> None:
    assert _round_numbers(text) == []
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # an MMWR-style excerpt without its list: numbers in the order first cited, closing
        # clauses
        (
            "Cases rose in 2019 (1). Most were in adults (2,3), and few in children (4).",
            ["(1)", "(2,3)", "(4)"],
        ),
        ("Vaccination cut deaths by half (1,2). Later work agreed (2).", ["(1,2)", "(2)"]),
        # an excerpt from deep inside a long report starts anywhere
        (
            "Screening is advised for all women (141). Treatment follows (174,633–636).",
            ["(141)", "(174,633–636)"],
        ),
        # one reference number is enough when it closes its clause
        ("The risk doubles in middle age (3).", ["(3)"]),
    ],
)
def test_reference_numbers_in_citation_order_are_kept(text: str, spans: list[str]) -> None:
    assert _round_numbers(text) == spans
    assert _attributions(text) == spans


@pytest.mark.parametrize(
    ("text", "words_before"),
    [
        (
            "Cases rose in 2019 (1). They came from 12 states: Georgia (2), Illinois (1), "
            "Maryland (6) and Ohio (1). Most were adults (2,3), few were children (4).",
            ["2019", "adults", "children"],
        ),
        (
            "Outbreaks began in spring (1). Sites were Denver (4), Austin (2) and Boise (9). "
            "Most patients recovered (2), and none died (3).",
            ["spring", "recovered", "died"],
        ),
    ],
)
def test_counts_listed_among_reference_numbers_are_set_apart(
    text: str, words_before: list[str]
) -> None:
    found = [c for c in find_citations(text) if c.form == "numeric"]
    assert [text[: c.start].split()[-1] for c in found] == words_before


def test_a_numbered_list_keeps_the_numbers_it_holds_and_refuses_others() -> None:
    text = (
        "Ketamine acts fast (2). It helped 40 patients (1,2). Ohio (7) had the most cases.\n\n"
        "References\n\n"
        "1. Berman RM, Cappiello A. Antidepressant effects of ketamine in depressed patients. "
        "Biol Psychiatry. 2000;47(4):351-4.\n"
        "2. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
        "Mol Psychiatry. 2018;23(4):801-11.\n"
    )
    assert _attributions(text) == ["(2)", "(1,2)"]


@settings(max_examples=60, deadline=None)
@given(
    counts=st.lists(st.integers(1, 40), min_size=2, max_size=8),
    names=st.sampled_from(
        [["Ohio", "Iowa", "Texas", "Utah", "Maine", "Idaho", "Kansas", "Oregon"]]
    ),
)
def test_a_list_of_counts_out_of_citation_order_cites_nothing(
    counts: list[int], names: list[str]
) -> None:
    # the first count that is new and below an earlier one breaks the order a list would give
    seen: set[int] = set()
    in_order = True
    for count in counts:
        if count not in seen and seen and count < max(seen):
            in_order = False
        seen.add(count)
    items = [f"{name} ({count})" for name, count in zip(names, counts, strict=False)]
    text = "Cases were reported from " + ", ".join(items[:-1]) + f" and {items[-1]}."
    found = _round_numbers(text)
    assert (found == []) if not in_order else len(found) == len(items)


# "according to" + whatever is named as the source, however it is named: people, surveys, data,
# research in a journal, a body. The phrase stands apart from its clause (after a comma or
# opening the sentence).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "About 1 in 8 adults snores, according to national sleep surveys.",
            "according to national sleep surveys",
        ),
        (
            "According to the trial's investigators, the drug halved relapses.",
            "According to the trial's investigators",
        ),
        (
            "Relapse fell by 30%, according to researchers supported by NIAAA and the VA.",
            "according to researchers supported by NIAAA and the VA",
        ),
        (
            "Short courses work as well, according to research in The Lancet Infectious "
            "Diseases (LID).",
            "according to research in The Lancet Infectious Diseases (LID)",
        ),
        (
            "According to state health officials, 14 people became ill.",
            "According to state health officials",
        ),
        (
            "Cases doubled in 2022, according to preliminary data from the Ohio Department of "
            "Health.",
            "according to preliminary data from the Ohio Department of Health",
        ),
        (
            "The vaccine is 90% effective, and according to its makers, protection lasts.",
            "according to its makers",
        ),
    ],
)
def test_whatever_a_statement_is_according_to_is_its_source(text: str, span: str) -> None:
    assert _attributions(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # how something is done, not who says so
        "Clinicians should test according to local guidelines.",
        "Doses are adjusted according to body weight.",
        "Participants were grouped according to the following criteria: age and sex.",
        "Give the vaccine according to the catch-up schedule.",
        # ... even set off by a comma
        "Use the inhaler twice a day, according to the directions on the label.",
        "Take one tablet, according to your doctor's instructions.",
        # the results of the study the text has just named
        "The trial enrolled 800 adults. According to the results, 44 percent improved.",
        "According to these findings, most cases are mild.",
        # ... also when the clause goes on with no comma
        "According to these results the excess risk ranges from one to three cases.",
        "According to the study we would expect fewer infections in older adults.",
        # a bare name no pattern for people or bodies took: a place
        "Cases rose 20%, according to Springfield, MA officials.",
    ],
)
def test_according_to_as_a_manner_or_a_back_reference_is_no_source(text: str) -> None:
    assert _attributions(text) == []


# A short name the text defines for a body or a journal is that body or journal when used bare
# later: as a speaker ("ACIP recommends") or naming a study ("In the NEJM study").
@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "The Advisory Committee on Immunization Practices (ACIP) met in June. "
            "ACIP recommends one dose for adults.",
            "ACIP",
        ),
        (
            "Guidance came from the National Advisory Board on Sleep (NABS). "
            "In 2019, NABS recommended 7 hours for adults.",
            "NABS",
        ),
        (
            "The study appeared in the Journal of Sleep Research (JSR). "
            "In the JSR study, 120 adults slept longer.",
            "the JSR study",
        ),
        (
            "It was published in The New England Journal of Medicine (NEJM). "
            "The NEJM report described 520 children.",
            "The NEJM report",
        ),
    ],
)
def test_a_short_name_the_text_defines_names_the_same_source(text: str, later: str) -> None:
    assert later in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        # not defined in the text: an unknown acronym says nothing
        "ACIP recommends one dose for adults.",
        "In the JSR study, 120 adults slept longer.",
        # defined for a study, not a body: the study is no speaker
        "The Systolic Blood Pressure Intervention Trial (SPRINT) enrolled adults. "
        "SPRINT found a benefit.",
    ],
)
def test_a_short_name_not_defined_for_a_body_or_journal_is_no_source(text: str) -> None:
    assert not [a for a in _attributions(text) if a.split()[-1] in {"ACIP", "SPRINT", "study"}]


# A body's document with what it is about between the body and the noun.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Resistance led to a change in the CDC treatment guidelines in 2015.",
            "the CDC treatment guidelines",
        ),
        ("A CDC vaccine safety report found 12 cases.", "A CDC vaccine safety report"),
        (
            "The USPSTF draft recommendation covers adults aged 50 to 80.",
            "The USPSTF draft recommendation",
        ),
    ],
)
def test_a_bodys_document_with_its_subject_before_the_noun(text: str, span: str) -> None:
    assert _attributions(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a function word is no subject of the document
        "The CDC and other guidelines differ on this.",
        # a study's own name before its acronym is no body
        "Children in the Learning Early About Peanut Allergy (LEAP) clinical trial ate peanuts.",
        # a body's name and a participle describing the noun after them
        "Azithromycin is now the only CDC recommended treatment for gonorrhea.",
        "Any FDA approved sunscreen will do.",
        "The clinic follows every WHO recommended schedule.",
    ],
)
def test_a_bodys_name_that_only_describes_a_noun_is_no_source(text: str) -> None:
    assert _attributions(text) == []


def test_a_body_that_recommended_something_is_still_a_source() -> None:
    assert _attributions("In 2019 the CDC recommended testing for all adults.") == ["CDC"]


# Where the text itself comes from.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "*The following is from the Centers for Disease Control.*\n\nBed bugs bite at night.",
            "from the Centers for Disease Control",
        ),
        (
            "This fact sheet was adapted from the National Cancer Institute. It lists 3 drugs.",
            "from the National Cancer Institute",
        ),
        (
            "Reprinted with permission from the American Academy of Pediatrics.",
            "from the American Academy of Pediatrics",
        ),
    ],
)
def test_where_the_text_comes_from_is_its_source(text: str, span: str) -> None:
    assert _attributions(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Patients from the Mayo Clinic were enrolled.",
        "The samples come from the Mayo Clinic biobank.",
        "The following is from Chapter 3 of the guide.",
    ],
)
def test_other_things_from_a_body_are_no_source_of_the_text(text: str) -> None:
    assert _attributions(text) == []


# A person named with degrees and workplace, as a list of funded projects gives who leads each.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Sleep Therapy for Chronic Pain, Jack D. Edinger, Ph.D., Duke University Medical "
            "Center, Durham, N.C. The trial will enroll 60 adults.",
            "Jack D. Edinger, Ph.D., Duke University Medical Center",
        ),
        (
            "Exercise in Older Adults, Maria L. Gomez, M.D., M.P.H., University of Washington, "
            "Seattle.",
            "Maria L. Gomez, M.D., M.P.H., University of Washington",
        ),
    ],
)
def test_a_project_leader_with_degrees_and_workplace_is_a_source(text: str, span: str) -> None:
    assert _attributions(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # an office, not a workplace, after the degrees; a town
        "Alison Cernich, Ph.D., Deputy Director, NICHD\n",
        "Jane Roe, MD, Springfield, IL, treated 40 patients.",
    ],
)
def test_degrees_before_an_office_or_a_town_are_no_listing(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after the work's noun, closed by a comma, names who made it
        "According to the study the CDC released last week, 20% of teens vape.\n",
        "According to the survey the agency ran in 2019, 40% of nurses slept badly.\n",
    ],
)
def test_a_work_a_relative_clause_describes_is_a_source(text: str) -> None:
    attributions = [c.text for c in extract_claims(text) if c.type == "study_attribution"]
    assert attributions and attributions[0].startswith("According to the"), attributions
