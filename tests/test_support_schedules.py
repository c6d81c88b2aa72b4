"""Schedules that only look different: one regimen said in other words, another product's
schedule or another medicine's. None of them may be called contradicted; a truly changed
schedule of the same product still is. The abstracts are written for these tests (fictional
works under the test prefix 10.5555)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import load_rules
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.verification.support_match import decide, prepare_source
from support_claims import cited_claim

RULES = load_rules()


def _source(title: str, text: str) -> SourceText:
    return SourceText(
        doi="10.5555/citecheck.sched",
        origin="pubmed",
        title=title,
        sections=[TextSection(label="METHODS", category="METHODS", text=text)],
    )


def _verdict(source: SourceText, sentence: str, part: str) -> str:
    return decide(cited_claim(sentence, part, RULES), prepare_source(source, RULES)).verdict


ALTERNATE = _source(
    "Dravoline for chronic gout: an open trial.",
    "Dravoline 30 mg was given every other day for 12 weeks.",
)


def test_three_times_a_week_is_not_contradicted_by_every_other_day() -> None:
    sentence = "Dravoline was given three times a week [1]."
    assert _verdict(ALTERNATE, sentence, "three times a week") != "contradicted"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Dravoline was given once a week [1].", "once a week"),
        ("Dravoline was given twice daily [1].", "twice daily"),
    ],
)
def test_a_changed_schedule_of_the_same_regimen_is_still_caught(sentence: str, part: str) -> None:
    assert _verdict(ALTERNATE, sentence, part) == "contradicted"


INJECTED = _source(
    "Semaglutide for weight loss in adults with obesity.",
    "Semaglutide 2.4 mg was injected once weekly for 68 weeks.",
)


def test_another_route_of_the_same_medicine_has_its_own_schedule() -> None:
    # oral semaglutide is a daily tablet: true, and nothing the injection trial says
    sentence = "Oral semaglutide is taken once daily [1]."
    assert _verdict(INJECTED, sentence, "once daily") != "contradicted"


def test_a_changed_schedule_by_the_same_route_is_still_caught() -> None:
    sentence = "Semaglutide is injected once daily [1]."
    assert _verdict(INJECTED, sentence, "once daily") == "contradicted"


WITH_ANOTHER = _source(
    "Zelkamine in resistant depression: a randomized trial.",
    "Zelkamine 40 mg was given twice weekly with an oral antidepressant.",
)


def test_another_medicines_schedule_is_not_the_claims() -> None:
    # the twice-weekly schedule is zelkamine's; the antidepressant's is never given
    sentence = "The antidepressant was taken once daily [1]."
    assert _verdict(WITH_ANOTHER, sentence, "once daily") != "contradicted"


def test_a_changed_schedule_of_the_medicine_itself_is_still_caught() -> None:
    sentence = "Zelkamine was given once daily [1]."
    assert _verdict(WITH_ANOTHER, sentence, "once daily") == "contradicted"


def test_a_claim_naming_no_route_is_held_against_the_works_route() -> None:
    # the claim speaks of the medicine the trial tests, given its way
    sentence = "Semaglutide was given once daily [1]."
    assert _verdict(INJECTED, sentence, "once daily") == "contradicted"


PLAIN = _source(
    "Zelkamine in resistant depression: a randomized trial.",
    "Zelkamine 40 mg was given twice weekly.",
)


@pytest.mark.parametrize(
    "sentence",
    ["Metformin was taken once daily [1].", "Patients also took sertraline once daily [1]."],
)
def test_a_medicine_the_source_never_names_has_its_own_schedule(sentence: str) -> None:
    assert _verdict(PLAIN, sentence, "once daily") != "contradicted"


def test_the_trials_medicine_on_another_schedule_is_still_caught() -> None:
    sentence = "Patients took zelkamine once daily [1]."
    assert _verdict(PLAIN, sentence, "once daily") == "contradicted"
