"""Attribution classes settled by how most annotators of the development sets mark them: a work's
authors and its reference number are one claim, data a method uses is no source, a body's advice
held up as a standard is no source, "Per" a body is one, a journal that releases a work is its
venue, and a study named by its title says what it found. Sentences of our own, several phrasings
per class, beside what only looks like one."""

from __future__ import annotations

import pytest

from support.attributions import attribution_spans as _spans
from support.attributions import attributions as _attributions


@pytest.mark.parametrize(
    ("text", "span", "authors", "number"),
    [
        ("In a meta-analysis, Xiao et al [7] pooled 12 cohorts.", "Xiao et al [7]", ["Xiao"], 7),
        ("Blair et al. [14] described the subset in 2 groups.", "Blair et al. [14]", ["Blair"], 14),
        ("Tedder and colleagues [19] showed a 20% rise.", "Tedder and colleagues [19]",
         ["Tedder"], 19),
        ("As Lee and colleagues [4] reported, 30% relapsed.", "Lee and colleagues [4]", ["Lee"],
         4),
    ],
)  # fmt: skip
def test_authors_and_their_reference_number_are_one_claim(
    text: str, span: str, authors: list[str], number: int
) -> None:
    ((found, value),) = _attributions(text)
    assert found == span
    assert value["authors"] == authors and value["numbers"] == [number]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a source named in prose keeps its number as a claim of its own (heldout2, 41 golds)
        ("It will lead by 2020, according to the Global Burden of Disease Study [1]. It grew.",
         ["according to the Global Burden of Disease Study", "[1]"]),
        # a number after a year-dated citation, or one sentence later, is not theirs
        ("Xiao et al. found 20 cases. [7] Others found 30.", ["Xiao et al.", "[7]"]),
    ],
)  # fmt: skip
def test_a_number_not_right_after_the_authors_stays_its_own_claim(
    text: str, spans: list[str]
) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Incidence values were calculated using population data from the US Census Bureau.",
        "Rates were estimated using data from the Centers for Disease Control and Prevention.",
        "Using census data from the Office for National Statistics, we weighted 20 areas.",
        # several words say what data; a document noun inside the body's name is no document
        "We counted cases using nationwide insurance claims data from the Danish Health Data "
        "Review and Statistics Service.",
        "Rates were estimated using 2015 to 2019 national survey data from the Census Bureau.",
    ],
)
def test_data_a_method_uses_is_no_source(text: str) -> None:
    assert _spans(text) == []


def test_data_that_shows_something_stays_a_source() -> None:
    assert _spans("Data from the National Cancer Institute show that 90% survive.") == [
        "Data from the National Cancer Institute"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "High-income countries were more likely to meet the WHO’s guideline for 2 metals.",
        "Levels fell to 3 μg/L, far below the current WHO provisional guideline.",
        "About 20% of wells exceed the EPA guidance on nitrate.",
        "Only 4 of 10 clinics comply with the CDC recommendations.",
    ],
)
def test_advice_held_up_as_a_standard_is_no_source(text: str) -> None:
    assert _spans(text) == []


def test_advice_that_says_something_stays_a_source() -> None:
    text = "Screens are common. WHO guidelines recommend 150 minutes a week."
    assert _spans(text) == ["WHO guidelines"]


@pytest.mark.parametrize(
    ("text", "span", "institution"),
    [
        ("Per CDC/AAP, severe disease means 2 or more sites.", "Per CDC", "CDC"),
        ("Per the World Health Organization, 1 in 4 adults is inactive.",
         "Per the World Health Organization", "World Health Organization"),
    ],
)  # fmt: skip
def test_per_a_body_is_according_to_it(text: str, span: str, institution: str) -> None:
    assert _attributions(text) == [
        (span, {"form": "institution", "institution": institution, "source": institution})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Take 2 tablets per day with food.",
        "Per 100,000 people, 20 died.",
        "Per Capita Income rose 5% that year.",
    ],
)
def test_per_before_no_body_is_no_source(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("The study is being released online May 17, 2010, by the New England Journal of "
         "Medicine.", "New England Journal of Medicine"),
        ("The results were published on Monday by the Journal of Clinical Oncology.",
         "Journal of Clinical Oncology"),
        # a journal's name opening with "The"; the unnamed "a survey" the sentence goes on to
        # place in that journal is the same work, no second claim
        ("Sleep got shorter, finds a survey of nurses published by The Lancet today.",
         "Lancet"),
    ],
)  # fmt: skip
def test_a_journal_that_releases_a_work_is_its_venue(text: str, journal: str) -> None:
    ((span, value),) = _attributions(text)
    assert span.endswith(journal)
    assert value["form"] == "narrative_venue" and value["venue"] == journal


def test_a_body_that_releases_a_work_stays_an_institution() -> None:
    ((_, value),) = _attributions(
        "The report was released in June by the National Cancer Institute."
    )
    assert value["form"] == "institution"


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        ("Results will appear in June.\n\nThe Trial of Mid-Urethral Slings found that the two "
         "operations are alike.", "The Trial of Mid-Urethral Slings found",
         "Trial of Mid-Urethral Slings"),
        ("The Framingham Heart Study showed that 20% of adults had it.",
         "The Framingham Heart Study showed", "Framingham Heart Study"),
        ("The National Survey of Family Growth has also reported a fall.",
         "The National Survey of Family Growth has also reported",
         "National Survey of Family Growth"),
    ],
)  # fmt: skip
def test_a_study_named_by_its_title_says_what_it_found(text: str, span: str, title: str) -> None:
    # named, so not "unnamed": the title is the source a reader looks up
    assert _attributions(text) == [(span, {"form": "named_work", "title": title})]


@pytest.mark.parametrize(
    "text",
    [
        "The Study of Tecovirimat for Mpox (STOMP) began in September 2022.",  # found nothing
        "The study found that 12% had symptoms.",  # points back at a study named before
        "# The Heart Study Found Nothing New\n\nIt ran for 2 years.",  # a heading
        "The Annual Survey showed 40% growth.",  # words of any survey, in a heading's case
        "The National Pilot Trial showed a fall.",
    ],
)
def test_what_only_looks_like_a_named_study_speaking(text: str) -> None:
    assert _spans(text) == []
