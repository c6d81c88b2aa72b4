"""Counts of people a study looked at (sample_size) versus counts of people in a population
(other_quantity), decided by wider context than a study word beside the count: the section
the count stands in, a research verb in its sentence or the sentence before, and population
cues and sizes. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


class _Types(dict[str, str]):
    """Claim types by span; a count is looked up in the span that holds it (the span may
    carry a qualifier: "about 25,000 people")."""

    def get(self, count: str, default: str | None = None) -> str | None:  # type: ignore[override]
        for span, kind in self.items():
            if count in span:
                return kind
        return default


def _types(text: str) -> _Types:
    return _Types({claim.text: claim.type for claim in extract_claims(text)})


@pytest.mark.parametrize(
    ("heading", "sentence", "counts"),
    [
        (
            "### Healthy Participants",
            "Brain scans came from 38 healthy teenagers (17 boys) and 29 healthy adults.",
            ["38 healthy teenagers", "17 boys", "29 healthy adults"],
        ),
        (
            "## Subjects",
            "The cohort comprised 54 older adults with hearing loss (23 women).",
            ["54 older adults", "23 women"],
        ),
        (
            "## Materials and Methods",
            "Blood samples were drawn from 120 pregnant women at their first visit.",
            ["120 pregnant women"],
        ),
        (
            "## Study population",
            "This group consisted of 77 veterans with chronic pain.",
            ["77 veterans"],
        ),
    ],
)
def test_people_under_a_participants_heading_are_a_sample(
    heading: str, sentence: str, counts: list[str]
) -> None:
    types = _types(f"# Title\n\n{heading}\n\n{sentence}\n")
    for count in counts:
        assert types.get(count) == "sample_size", (count, types)


def test_a_participants_section_reaches_its_subsections() -> None:
    text = (
        "# Title\n\n## Participants\n\nAll gave consent.\n\n### Group A\n\n"
        "This arm held 46 children with asthma (20 girls).\n"
    )
    types = _types(text)
    assert types.get("46 children") == "sample_size", types
    assert types.get("20 girls") == "sample_size", types


@pytest.mark.parametrize(
    ("heading", "sentence", "count"),
    [
        ("## Symptoms", "Doctors see 200 children with croup each winter here.", "200 children"),
        ("## Background", "The clinic serves 3,400 adults from rural towns.", "3,400 adults"),
        (
            "## Participants",
            "Asthma affects about 25,000 people in the US every week.",
            "25,000 people",
        ),
        (
            "## Methods",
            "Roughly 40,000 Americans die of it, so we asked clinics for records.",
            "40,000 Americans",
        ),
    ],
)
def test_people_outside_a_sample_section_or_beside_a_population_cue_are_counts(
    heading: str, sentence: str, count: str
) -> None:
    types = _types(f"# Title\n\n{heading}\n\n{sentence}\n")
    assert types.get(count) == "other_quantity", types


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "This study examined blood test results sent to one laboratory. In all, 9,120 "
            "tests were sent, corresponding to 8,400 persons.",
            "8,400 persons",
        ),
        (
            "The team screened donors at four blood banks. Samples came from 1,450 adults.",
            "1,450 adults",
        ),
        (
            "Imaging data were acquired in 63 adolescents with migraine.",
            "63 adolescents",
        ),
        ("Last spring we scanned 31 volunteers twice.", "31 volunteers"),
    ],
)
def test_a_research_verb_in_the_sentence_or_the_one_before_makes_a_sample(
    text: str, count: str
) -> None:
    types = _types(text)
    assert types.get(count) == "sample_size", types


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "According to a national survey, over 9 million people have tried the drug.",
            "9 million people",
        ),
        (
            "The survey also reports that about 2.5 million adults used it in the past year.",
            "2.5 million adults",
        ),
        (
            "A new study suggests that some 4 million women live with the condition.",
            "4 million women",
        ),
    ],
)
def test_people_by_the_million_are_a_population_beside_a_study_word(text: str, count: str) -> None:
    types = _types(text)
    assert types.get(count) == "other_quantity", types


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The researchers examined insurance records for 3 million adults aged 65 or older.",
            "3 million adults",
        ),
        (
            "The registry study enrolled 1.5 million children born in Denmark.",
            "1.5 million children",
        ),
    ],
)
def test_people_by_the_million_a_study_takes_are_a_sample(text: str, count: str) -> None:
    types = _types(text)
    assert types.get(count) == "sample_size", types


@pytest.mark.parametrize(
    ("sentence", "count", "kind"),
    [
        # MMWR hepatitis A outbreaks report (heldout40)
        (
            "In 2020, 33 states reported outbreaks involving approximately 37,500 cases.",
            "37,500 cases",
            "other_quantity",
        ),
        (
            "Since 2016, outbreaks have been reported in 37 states, involving 44,650 cases.",
            "44,650 cases",
            "other_quantity",
        ),
        ("A trial involving 500 cases was run.", "500 cases", "sample_size"),
    ],
)
def test_cases_outbreaks_involve_are_no_sample(sentence: str, count: str, kind: str) -> None:
    assert _types(sentence).get(count) == kind
