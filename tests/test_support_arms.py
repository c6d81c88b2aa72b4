"""Which arm or subgroup a number belongs to, and when that is certain enough to accuse.

The source is a fictional trial abstract written for this test (the drug "lorvastin" does not
exist); it phrases arms and results the ways abstracts do: parallel conjuncts, "X than Y
(a vs. b)", "respectively", "compared with", "versus", an opening "In the Y group,", "among
those assigned to", a list of labelled results, and a stated limit. A claim that puts a number
in another arm is contradicted only where the source's construction makes the arm certain;
where it does not, the verdict is never `contradicted`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.sentences import split_sentences
from citecheck.models import Claim
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.verification.support_match import claim_offset, decide, prepare_source
from support_claims import cited_claim

RULES = load_rules()
METHODS = (
    "We randomly assigned 1,200 adults with heart failure to receive lorvastin (20 mg once "
    "daily) or matching placebo for up to 24 weeks."
)
RESULTS = (
    "A total of 602 patients were assigned to receive lorvastin and 598 to receive placebo. "
    "Overall, 150 patients (25.0%) in the lorvastin group and 210 patients (35.0%) in the "
    "placebo group were hospitalized. "
    "In the lorvastin group, the incidence of death was lower than that in the placebo group "
    "among patients with diabetes (12.5% vs. 18.5%; hazard ratio, 0.66). "
    "Serious adverse events occurred in 8.1% and 7.4% of patients in the lorvastin and placebo "
    "groups, respectively. "
    "Readmission occurred in 14.2% of patients assigned to lorvastin, compared with 22.6% of "
    "those assigned to placebo. "
    "Symptom relief was reported by 61.0% with lorvastin versus 40.5% with standard placebo. "
    "In the placebo group, 48 patients (8.0%) stopped treatment. "
    "Compared with placebo, lorvastin reduced emergency visits (9.0% vs. 13.0%). "
    "Death at 24 weeks: lorvastin, 5.0%; placebo, 7.5%. "
    "There were 30 strokes among participants assigned to lorvastin and 45 among those "
    "assigned to placebo; lorvastin was 33% effective in preventing stroke."
)
SOURCE = SourceText(
    doi="10.5555/citecheck.support.lorvastin",
    origin="pubmed",
    sections=[
        TextSection(label="METHODS", category="METHODS", text=METHODS),
        TextSection(label="RESULTS", category="RESULTS", text=RESULTS),
    ],
    publication_types=["Randomized Controlled Trial"],
    mesh=["Humans"],
)
PREPARED = prepare_source(SOURCE, RULES)


def claim(sentence: str, part: str) -> Claim:
    return cited_claim(sentence, part, RULES)


def verdict(sentence: str, part: str) -> str:
    return decide(claim(sentence, part), PREPARED).verdict


TRUE_CLAIMS = [
    # parallel conjuncts: each number with the arm of its own conjunct
    ("Hospitalization occurred in 35.0% of patients in the placebo group.", "35.0%"),
    ("In the placebo group, 210 patients were hospitalized.", "210 patients"),
    ("Among lorvastin recipients, 150 patients were hospitalized.", "150 patients"),
    # "X lower than Y (a vs. b)": the bracketed pair in the order the arms were named
    ("Among patients with diabetes, death occurred in 18.5% with placebo.", "18.5%"),
    (
        "Among diabetic patients, mortality was 18.5% with placebo and 12.5% with lorvastin.",
        "12.5%",
    ),
    (
        "Among diabetic patients, mortality was 18.5% with placebo and 12.5% with lorvastin.",
        "18.5%",
    ),
    # a claim's own pair, with only one arm named: neither number is that arm's for sure
    ("Lorvastin lowered mortality in diabetic patients (12.5% vs 18.5%).", "12.5%"),
    ("Lorvastin lowered mortality in diabetic patients (12.5% vs 18.5%).", "18.5%"),
    # respectively
    ("Serious adverse events were reported in 7.4% of placebo recipients.", "7.4%"),
    # compared with / versus
    ("Readmission was 22.6% with placebo.", "22.6%"),
    ("Readmissions: 14.2% with lorvastin compared with 22.6% with placebo.", "22.6%"),
    ("Some 40.5% of patients on placebo reported symptom relief.", "40.5%"),
    # an opening arm phrase; a count with its percentage
    ("In all, 48 patients in the placebo group stopped treatment.", "48 patients"),
    ("Of the patients given placebo, 8.0% stopped treatment.", "8.0%"),
    # counts per arm written without their noun
    ("598 patients were assigned to placebo.", "598 patients"),
    ("The trial assigned 602 patients to lorvastin and 598 to placebo.", "602 patients"),
    # "among those assigned to": arms, not subgroups
    ("Lorvastin was 33% effective against stroke.", "33%"),
    ("Stroke was prevented in 33% of cases.", "33%"),
    # a stated limit, the same limit
    ("Lorvastin was taken for up to 24 weeks.", "up to 24 weeks"),
]


@pytest.mark.parametrize(("sentence", "part"), TRUE_CLAIMS)
def test_a_true_claim_is_never_contradicted(sentence: str, part: str) -> None:
    assert verdict(sentence, part) != "contradicted"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Hospitalization occurred in 35.0% of patients in the placebo group.", "35.0%"),
        ("Among patients with diabetes, death occurred in 18.5% with placebo.", "18.5%"),
        ("Serious adverse events were reported in 7.4% of placebo recipients.", "7.4%"),
        ("Readmission was 22.6% with placebo.", "22.6%"),
        ("Some 40.5% of patients on placebo reported symptom relief.", "40.5%"),
        ("598 patients were assigned to placebo.", "598 patients"),
        ("Lorvastin was 33% effective against stroke.", "33%"),
        ("Lorvastin was taken for up to 24 weeks.", "up to 24 weeks"),
    ],
)
def test_a_true_claim_with_a_certain_arm_is_consistent(sentence: str, part: str) -> None:
    assert verdict(sentence, part) == "consistent"


@pytest.mark.parametrize(
    ("sentence", "part", "code"),
    [
        # each number moved to the other arm of a construction that pairs them for certain
        (
            "Hospitalization occurred in 35.0% of patients in the lorvastin group.",
            "35.0%",
            "comparator",
        ),
        ("In the placebo group, 25.0% were hospitalized.", "25.0%", "other_arm"),
        ("Among diabetic patients, mortality was 18.5% with lorvastin.", "18.5%", "comparator"),
        ("Serious adverse events occurred in 8.1% of placebo recipients.", "8.1%", "other_arm"),
        ("Readmission occurred in 22.6% of patients given lorvastin.", "22.6%", "comparator"),
        (
            "Symptom relief was reported by 40.5% of patients taking lorvastin.",
            "40.5%",
            "comparator",
        ),
        ("In the lorvastin group, 8.0% of patients stopped treatment.", "8.0%", "comparator"),
        ("598 patients received lorvastin.", "598 patients", "comparator"),
        # one arm's number given as everyone's
        ("The trial enrolled 602 patients in total.", "602 patients", "arm_as_all"),
    ],
)
def test_a_number_moved_to_another_arm_is_contradicted(sentence: str, part: str, code: str) -> None:
    decision = decide(claim(sentence, part), PREPARED)
    assert decision.verdict == "contradicted"
    assert [r.code for r in decision.reasons] == [code]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # "Compared with placebo, lorvastin reduced it (9.0% vs. 13.0%)": which number is whose
        # the order of naming does not settle
        ("Emergency visits occurred in 13.0% of patients given lorvastin.", "13.0%"),
        ("Emergency visits occurred in 9.0% of patients given placebo.", "9.0%"),
        # a list of labelled results names no arm as one
        ("Death at 24 weeks was 7.5% with lorvastin.", "7.5%"),
        ("Death at 24 weeks was 5.0% with placebo.", "5.0%"),
    ],
)
def test_an_uncertain_arm_never_accuses(sentence: str, part: str) -> None:
    assert verdict(sentence, part) != "contradicted"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # another limit than the source's "for up to 24 weeks"
        ("Lorvastin was taken for up to 36 weeks.", "up to 36 weeks"),
        ("Lorvastin was taken for up to 12 weeks.", "up to 12 weeks"),
        # 602 is one arm's, not the trial's whole
        ("The trial enrolled 602 patients in total.", "602 patients"),
        # 598 is the placebo arm's
        ("598 patients received lorvastin.", "598 patients"),
        # the arm's number among patients with diabetes only, given as the arm's overall
        ("Death occurred in 18.5% of patients given placebo.", "18.5%"),
        ("Mortality was 12.5% with lorvastin.", "12.5%"),
    ],
)
def test_a_false_claim_is_not_consistent(sentence: str, part: str) -> None:
    assert verdict(sentence, part) != "consistent"


def test_the_source_never_contradicts_its_own_sentences() -> None:
    for section in SOURCE.sections:
        for start, end in split_sentences(section.text):
            for found in extract_claims(section.text[start:end], RULES):
                assert decide(found, PREPARED).verdict != "contradicted", found.text


_FRAGMENTS = [
    "lorvastin",
    "placebo",
    "group",
    "in the",
    "with",
    "among those",
    "assigned to",
    "receive",
    "and",
    "or",
    "vs.",
    "versus",
    "than",
    "compared with",
    "respectively",
    ",",
    ";",
    ":",
    "(",
    ")",
    "[",
    "]",
    ". ",
    "12.5%",
    "18.5%",
    "210 patients",
    "598",
    "up to 24 weeks",
    "Overall",
    "In",
    "patients with diabetes",
    "20 mg",
    "once daily",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=30))
def test_any_arrangement_of_arm_words_reads_without_error(words: list[str]) -> None:
    text = " ".join(words)
    source = SourceText(
        doi="10.5555/citecheck.support.fuzz",
        origin="pubmed",
        sections=[TextSection(label="RESULTS", category="RESULTS", text=text)],
    )
    prepared = prepare_source(source, RULES)
    for found in extract_claims(text, RULES):
        assert decide(found, prepared).verdict in ("consistent", "contradicted", "not_in_source")


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # a negated name is those who did not get it: the placebo group's strokes
        ("Among participants given no lorvastin, there were 45 strokes.", "45 strokes"),
        ("In patients without lorvastin, 45 strokes occurred.", "45 strokes"),
        # a sum the sentence goes on to split, or names by another word, is not everyone's
        ("A total of 602 patients received lorvastin and 598 received placebo.", "602 patients"),
        ("In all, 30 strokes occurred in treated patients.", "30 strokes"),
    ],
)
def test_negations_and_sums_never_accuse(sentence: str, part: str) -> None:
    assert verdict(sentence, part) != "contradicted"


def test_a_claim_is_found_where_it_stands_as_a_whole_token() -> None:
    sentence = "There were 45 strokes in the LV45 trial and 30 in its extension."
    found = next(c for c in extract_claims(sentence, RULES) if c.text.startswith("30"))
    assert claim_offset(found) == sentence.index(" 30 ") + 1
    inside = found.model_copy(update={"text": "45", "sentence": "In LV45, 45 died."})
    assert claim_offset(inside) == len("In LV45, ")


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # the size of a change is not a group's level, even where the numbers meet
        ("Overall, lorvastin reduced hospitalization by about 25%.", "25%"),
        ("Lorvastin cut the risk of hospitalization by 35% overall.", "35%"),
        ("Overall there was a 25% reduction in hospitalization with lorvastin.", "25%"),
    ],
)
def test_a_change_is_never_held_against_a_level(sentence: str, part: str) -> None:
    assert verdict(sentence, part) != "contradicted"
