"""The ninth first-time user trial: a changed dose, schedule or share against an abstract that
states one value for it, and a study's size against an abstract that counts those who completed
it. The abstracts are written for these tests (fictional works under the test prefix 10.5555)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import load_rules
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.verification.support_match import Decision, decide, prepare_source
from support_claims import cited_claim

RULES = load_rules()

# one dose, named beside its drug; the comparator is saline
LIDOCAINE = SourceText(
    doi="10.5555/citecheck.nu9.lidocaine",
    origin="pubmed",
    title="Intravenous lidocaine for chronic neuropathic pain: a crossover pilot study.",
    sections=[
        TextSection(text="Whether blocking sodium channels relieves neuropathic pain is unclear."),
        TextSection(
            text="Nine subjects with neuropathic pain completed a randomized, double-blind "
            "crossover comparison of lidocaine hydrochloride (1.5 mg/kg) and saline, each "
            "infused over 30 minutes."
        ),
        TextSection(text="Pain scores fell within 48 hours after lidocaine but not after saline."),
    ],
)


def _decide(source: SourceText, sentence: str, part: str) -> Decision:
    return decide(cited_claim(sentence, part, RULES), prepare_source(source, RULES))


def _verdict(source: SourceText, sentence: str, part: str) -> str:
    return _decide(source, sentence, part).verdict


@pytest.mark.parametrize(
    ("sentence", "part", "verdict"),
    [
        # the study's size as those who completed it: the same nine people, however named
        ("In an early study of 9 patients, lidocaine eased pain [1].", "9 patients", "consistent"),
        (
            "In an early study of nine participants, pain eased [1].",
            "nine participants",
            "consistent",
        ),
        ("A trial in 9 volunteers found it helped [1].", "9 volunteers", "consistent"),
        ("Nine patients received lidocaine [1].", "Nine patients", "consistent"),
        (
            "In an early study of 12 patients, lidocaine eased pain [1].",
            "12 patients",
            "not_in_source",
        ),
    ],
)
def test_a_study_of_n_people_is_the_n_who_completed_it(
    sentence: str, part: str, verdict: str
) -> None:
    assert _verdict(LIDOCAINE, sentence, part) == verdict


def test_a_study_size_is_still_caught_against_a_randomised_count() -> None:
    source = SourceText(
        doi="10.5555/citecheck.nu9.counts",
        origin="pubmed",
        title="A trial.",
        sections=[
            TextSection(
                label="RESULTS",
                category="RESULTS",
                text="A total of 403 patients underwent randomization, and 365 completed the "
                "trial.",
            )
        ],
    )
    assert _verdict(source, "A trial of 365 patients found it [1].", "365 patients") == (
        "contradicted"
    )
