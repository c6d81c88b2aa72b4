"""Sources as news prose names them, and the data programmes a study drew on, which are not.

Sources (heldout60 marks each): a programme named with its acronym before a word of its kind
("the Monitoring the Future (MTF) panel study"); "according to" after a closing quotation mark;
a work named by its maker as the subject of "says" ("A study on loneliness from U.S. health
insurer Cigna says"). Not sources: a cohort or survey the people of a study were drawn from, or
that a questionnaire ran in ("data from 69,744 women from the Nurses' Health Study", "as part of
the National Health Interview Survey"): the dev golds leave every such phrasing unmarked.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim, ClaimType


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


def test_a_programme_named_before_a_word_of_its_kind() -> None:
    # The Med Card, "Young adults report record-high cannabis use" (2022)
    text = (
        "On Aug. 22, the NIH announced this and other findings from the most recent Monitoring "
        "the Future (MTF) panel study, based on survey responses collected online between April "
        "and October 2021."
    )
    assert "Monitoring the Future (MTF) panel study" in _attributions(text)


def test_a_programme_so_named_in_passing_is_no_source() -> None:
    # NIAID news release on the LEAP-Trio study (2024)
    text = (
        "The new research findings come from the LEAP-Trio study, which builds on the seminal "
        "results of the Learning Early About Peanut Allergy (LEAP) clinical trial and the "
        "subsequent LEAP-On study, both sponsored and co-funded by NIAID."
    )
    assert not any("(LEAP) clinical trial" in span for span in _attributions(text))


def test_a_participle_before_the_noun_names_no_programme() -> None:
    # the maker's study, as before, not a programme titled "Centers for Disease Control ..."
    text = "A Centers for Disease Control and Prevention (CDC) funded study of 400 adults ran."
    claims = [c for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]
    assert [c.value.get("form") for c in claims] == ["institution"]


def test_according_to_after_a_closing_quotation_mark() -> None:
    # The Med Card, "Young adults report record-high cannabis use" (2022)
    text = (
        "“Prevalence of marijuana vaping in the past month among young adults had significantly "
        "dipped in 2020 but returned to near pre-pandemic levels in 2021,” according to an NIH "
        "press release."
    )
    assert _attributions(text) == ["according to an NIH press release"]


def test_a_work_named_by_its_maker_says() -> None:
    # WPXI, "Study says most Americans feel lonely, young adults are the loneliest" (2018)
    text = (
        "A study on loneliness from U.S. health insurer Cigna says that most Americans feel left "
        "out or alone at least some of the time."
    )
    assert _attributions(text) == ["A study on loneliness from U.S. health insurer Cigna says"]


@pytest.mark.parametrize(
    "text",
    [
        "A study says that most Americans feel alone.",  # by its kind only
        "Research says that most Americans feel alone.",  # works in general
        "A study of vitamin D. Researchers said it was safe.",  # the stop ends the sentence
    ],
)
def test_says_without_a_named_work_is_no_source(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            # American Psychiatric Association news release (June 2020)
            "To arrive at their conclusion, the researchers studied data from approximately "
            "13,000 participants in the Health and Retirement Study, a large, ongoing study of "
            "adults aged 50 years and older in the United States that began in 2006.",
            "Health and Retirement Study",
        ),
        (
            # EurekAlert! release of a PNAS study (Boston University, Aug 2019)
            "To examine the effects of optimism on exceptional longevity, Lewina O. Lee and "
            "colleagues analyzed data from 69,744 women from the Nurses' Health Study and 1,429 "
            "men from the Veterans Affairs Normative Aging Study.",
            "Nurses' Health Study",
        ),
        (
            # NCCIH press release, "Nationwide survey reveals widespread use of mind and body
            # practices" (10 Feb 2015)
            "The complementary health questionnaire is administered every 5 years as part of the "
            "National Health Interview Survey (NHIS), an annual study in which tens of thousands "
            "of Americans are interviewed about their health.",
            "National Health Interview Survey",
        ),
        (
            "Pearce and her colleagues explored the topic using data from The Health and "
            "Retirement Study, a national cohort study of US adults older than 50.",
            "Health and Retirement Study",
        ),
    ],
)
def test_a_programme_a_study_drew_its_people_from_is_no_source(text: str, programme: str) -> None:
    assert not any(programme in span for span in _attributions(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "To describe falls by state, CDC analyzed data from the 2014 Behavioral Risk Factor "
            "Surveillance System (BRFSS).",
            "Behavioral Risk Factor Surveillance System",
        ),
        (
            "Data from the 2014 National Health Interview Survey (NHIS) show age differences in "
            "self-reported hearing.",
            "National Health Interview Survey",
        ),
        (
            "The Framingham Heart Study (FHS) showed that the risk of dying fell by 20%.",
            "Framingham Heart Study",
        ),
    ],
)
def test_a_programme_that_shows_or_that_a_body_analysed_stays_a_source(
    text: str, span: str
) -> None:
    assert any(span in found for found in _attributions(text))


_INITIALS = st.sampled_from(["U.S.", "U.K.", "E.U."])
_MAKER = st.sampled_from(["Cigna", "Aetna", "Kaiser Permanente", "Gallup"])
_DESCRIBED = st.sampled_from(["health insurer", "polling firm", "nonprofit", "drugmaker"])
_WORK = st.sampled_from(["study", "survey", "report", "review"])


@given(_WORK, _INITIALS, _DESCRIBED, _MAKER, st.sampled_from(["says", "said", "found"]))
def test_a_work_from_a_maker_described_with_initials(
    work: str, initials: str, described: str, maker: str, verb: str
) -> None:
    subject = f"A {work} on loneliness from {initials} {described} {maker} {verb}"
    text = f"{subject} that most adults feel alone at least some of the time."
    assert _attributions(text) == [subject]


# Review N of attr12: the news rules may drop no source and invent none (sentences written for
# these tests, in the forms news copy uses).


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The Atherosclerosis Risk in Communities (ARIC) study cohort showed that 20% of "
            "adults developed diabetes.",
            "The Atherosclerosis Risk in Communities (ARIC) study",
        ),
        (
            "The Coronary Artery Risk Development in Young Adults (CARDIA) cohort study showed "
            "that 20% of adults developed diabetes.",
            "The Coronary Artery Risk Development in Young Adults (CARDIA) cohort",
        ),
    ],
)
def test_a_programme_noun_before_another_noun_stays_a_source(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Results from the Action to Control Cardiovascular Risk in Diabetes (ACCORD) "
            "randomized trial showed 22% more deaths.",
            "the Action to Control Cardiovascular Risk in Diabetes (ACCORD) randomized trial",
        ),
        (
            "Findings from the Prostate, Lung, Colorectal, and Ovarian (PLCO) cancer screening "
            "trial showed no benefit.",
            "the Prostate, Lung, Colorectal, and Ovarian (PLCO) cancer screening trial",
        ),
    ],
)
def test_findings_from_a_programme_with_a_trials_design_words(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scientists who worked on a trial in Kenya said the vaccine was 30% effective.",
        "The researchers behind a study in Japan said that 20% felt alone.",
        "An author of a new study on vaping said that 20% of teens vape.",
        "Participants in a survey of nurses said they worked 12-hour shifts.",
        '"It is a big effect," a co-author of the report on obesity said on Tuesday.',
    ],
)
def test_a_speaker_who_names_a_work_makes_no_unnamed_source(text: str) -> None:
    assert not any(c.value.get("form") == "unnamed" for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Research from Harvard says that 20% of adults feel alone.", "Research from Harvard says"),
        (
            "In 2019, a survey of older adults in Ohio said that most felt alone.",
            "a survey of older adults in Ohio said",
        ),
    ],
)
def test_a_work_opening_its_clause_says(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        (
            "According to data from 120,000 women in the Nurses' Health Study, walking cut "
            "strokes by 30%.",
            "the Nurses' Health Study",
        ),
        (
            "Participants were asked about their sleep as part of the Nurses' Health Study, which "
            "found that 30% slept less than 6 hours.",
            "the Nurses' Health Study",
        ),
        (
            "New data from 30,000 adults in the National Health Interview Survey show that 12% "
            "used yoga.",
            "the National Health Interview Survey",
        ),
    ],
)
def test_a_programme_that_is_the_statements_source_stays_one(text: str, programme: str) -> None:
    assert any(programme in span for span in _attributions(text))


def _claims(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]
