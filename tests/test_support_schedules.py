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
