"""The pure decision: a claim against an abstract's quantities, and the study classification."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.models import Claim, Record, Reference, Retraction, Study, Verdict
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.resolution.texts import WorkTexts
from citecheck.verification.study import classify_study, weakness
from citecheck.verification.support import Evidence, study_of, support_for
from citecheck.verification.support_match import (
    PreparedSource,
    decide,
    grim_reason,
    prepare_source,
)
from support_claims import cited_claim

RULES = load_rules()
SEED = (
    "In this extensive trial involving 403 patients, ketamine demonstrated a significant "
    "improvement in depressive symptoms in 55% of the participants."
)
# Our own text stating facts of Anand et al. 2023 (see tests/fixtures/support/README.md).
ANAND = SourceText(
    doi="10.5555/citecheck.support.ketamine-ect",
    origin="pubmed",
    sections=[
        TextSection(
            label="METHODS",
            category="METHODS",
            text="Patients were assigned in a 1:1 ratio to ketamine or ECT. For a 3-week "
            "treatment phase, patients received ECT three times per week or ketamine (0.5 mg "
            "per kilogram of body weight) twice per week.",
        ),
        TextSection(
            label="RESULTS",
            category="RESULTS",
            text="A total of 403 patients underwent randomization; 200 patients were assigned "
            "to the ketamine group and 203 to the ECT group. A response occurred in 55.4% of "
            "the patients in the ketamine group and in 41.2% of those in the ECT group.",
        ),
    ],
    publication_types=["Randomized Controlled Trial"],
    mesh=["Humans"],
)
PREPARED = prepare_source(ANAND, RULES)


def claim(sentence: str, part: str) -> Claim:
    return cited_claim(sentence, part, RULES)


def verdict(sentence: str, part: str) -> str:
    return decide(claim(sentence, part), PREPARED).verdict


def test_seed_55_percent_of_the_participants_is_the_ketamine_arms() -> None:
    decision = decide(claim(SEED, "55%"), PREPARED)
    assert decision.verdict == "contradicted"
    assert [r.code for r in decision.reasons] == ["arm_as_all"]
    assert decision.quantity is not None and "55.4%" in decision.quantity.sentence


def test_seed_403_patients_is_consistent() -> None:
    decision = decide(claim(SEED, "403"), PREPARED)
    assert decision.verdict == "consistent"
    assert decision.quantity is not None and decision.quantity.value["value"] == 403


@pytest.mark.parametrize(
    ("sentence", "part", "expected"),
    [
        ("In the ketamine group, 55% of patients responded.", "55%", "consistent"),
        ("In the ECT group, 55% of patients responded.", "55%", "contradicted"),
        ("In the ketamine group, 62% of patients responded.", "62%", "contradicted"),
        ("About 41% of patients given ECT responded.", "41%", "consistent"),
        ("In the ECT group, 41% of patients responded.", "41%", "consistent"),
        ("In the ECT group, 40% of patients responded.", "40%", "contradicted"),
        ("Ketamine was given at 0.5 mg/kg.", "0.5 mg/kg", "consistent"),
        ("Ketamine was given at 0.5 mg.", "0.5 mg", "not_in_source"),  # mg is not mg/kg
        ("Ketamine was given at 0.7 mg/kg.", "0.7 mg/kg", "contradicted"),
        ("Ketamine was given twice a week.", "twice a week", "consistent"),
        ("Ketamine was given three times a week.", "three times", "contradicted"),
        ("Patients were treated for 3 weeks.", "3 weeks", "consistent"),
        ("Patients were treated for 8 weeks.", "8 weeks", "contradicted"),
        # a range open above: its low end is no point value ("from 2 to several weeks")
        ("Patients were treated for 2 to several weeks.", "several weeks", "consistent"),
        ("Treatment lasted a median of 3 weeks (range 1–∞).", "range", "consistent"),
        ("Patients were treated for 4 to several weeks.", "several weeks", "contradicted"),
        ("More than 400 patients took part.", "400", "consistent"),
        ("About 400 patients took part.", "400", "consistent"),
        ("The trial enrolled 450 patients.", "450", "contradicted"),
        ("Headaches lasted 2 hours.", "2 hours", "not_in_source"),
    ],
)
def test_claims_against_the_trial(sentence: str, part: str, expected: str) -> None:
    assert verdict(sentence, part) == expected


def test_enrolled_given_as_analysed() -> None:
    source = SourceText(
        doi="10.5555/x",
        origin="pubmed",
        sections=[
            TextSection(
                category="RESULTS",
                text="We randomized 227 adults; 197 completed the double-blind phase.",
            )
        ],
    )
    prepared = prepare_source(source, RULES)
    wrong = decide(claim("In total, 227 patients completed the trial.", "227"), prepared)
    assert wrong.verdict == "contradicted"
    assert wrong.reasons[0].code == "enrolled_as_analysed"
    right = decide(claim("In total, 197 patients completed the trial.", "197"), prepared)
    assert right.verdict == "consistent"


def test_subgroup_given_as_everyone() -> None:
    source = SourceText(
        doi="10.5555/x",
        origin="pubmed",
        sections=[
            TextSection(
                category="RESULTS",
                text="Drinking coffee was associated with a 21% lower risk. Among participants "
                "younger than 55 years, the risk was 29% lower.",
            )
        ],
    )
    prepared = prepare_source(source, RULES)
    assert decide(claim("Coffee drinkers had a 21% lower risk.", "21%"), prepared).verdict == (
        "consistent"
    )
    wrong = decide(claim("Coffee drinkers had a 29% lower risk.", "29%"), prepared)
    assert wrong.verdict == "contradicted" and wrong.reasons[0].code == "subgroup_as_all"


def test_background_numbers_decide_nothing() -> None:
    source = SourceText(
        doi="10.5555/x",
        origin="pubmed",
        sections=[
            TextSection(category="BACKGROUND", text="Earlier trials enrolled 2,000 patients."),
            TextSection(category="METHODS", text="We enrolled 120 patients."),
        ],
    )
    prepared = prepare_source(source, RULES)
    result = decide(claim("The study enrolled 2,000 patients.", "2,000"), prepared)
    assert result.quantity is None or result.quantity.context.section != "BACKGROUND"


_INTERVAL_CLAIM = (
    "In the trial, the prevalence of obesity was 24% (95% CI, 20-29) among adults [1]."
)


def _results(text: str) -> PreparedSource:
    section = TextSection(label="RESULTS", category="RESULTS", text=text)
    return prepare_source(SourceText(doi="10.5555/x", origin="pubmed", sections=[section]), RULES)


def test_a_shares_interval_is_an_interval_in_its_value() -> None:
    interval = claim(_INTERVAL_CLAIM, "95% CI, 20-29")
    assert interval.type == "percentage"
    assert interval.value == {
        "low": 20,
        "high": 29,
        "unit": "%",
        "measure": "confidence interval",
        "level": 95,
    }


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the source's estimate falls inside the interval, but it gives no interval
        ("The prevalence of obesity was 24% among adults and 31% among adults over 60.", False),
        # another interval: not the claim's, and no contradiction either
        ("The prevalence of obesity was 24% (95% CI 22% to 26%) among adults.", False),
        ("The prevalence of obesity was 24% (95% CI 20% to 29%) among adults.", True),
    ],
)
def test_an_interval_is_held_only_against_an_interval(source: str, expected: bool) -> None:
    prepared = _results(source)
    result = decide(claim(_INTERVAL_CLAIM, "95% CI, 20-29"), prepared)
    assert result.verdict == ("consistent" if expected else "not_in_source")
    # the estimate itself is still read against the source's 24%
    assert decide(claim(_INTERVAL_CLAIM, "24%"), prepared).verdict == "consistent"


def test_grim_impossible_percentage() -> None:
    impossible = claim("Of 9 patients, 55% responded.", "55%")
    assert grim_reason(impossible, RULES) is not None
    possible = claim("Of 20 patients, 55% responded.", "55%")
    assert grim_reason(possible, RULES) is None


def _reference(**update: object) -> Reference:
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw="x",
        verdict=Verdict.VERIFIED,
        record=Record(doi="10.5555/x"),
    )
    return ref.model_copy(update=update)


def _evidence(text: SourceText | None, failed: list[str] | None = None) -> dict[str, Evidence]:
    texts = WorkTexts(doi="10.5555/x", texts=[(text, "pubmed")] if text else [])
    texts.failed = failed or []
    prepared = [(prepare_source(text, RULES), "pubmed")] if text and text.has_text else []
    item = Evidence(_reference(), texts, prepared)  # type: ignore[arg-type]
    return {"ref-1": Evidence(study_of(item), item.texts, item.prepared)}


def test_failed_lookup_is_unverifiable_and_missing_text_no_source_text() -> None:
    seed = claim(SEED, "55%")
    failed = support_for(seed, _evidence(None, ["pubmed"]), RULES)
    assert failed is not None and failed.verdict == "unverifiable"
    assert failed.reasons[0].code == "network"
    empty = SourceText(doi="10.5555/x", origin="pubmed", publication_types=["Letter"])
    missing = support_for(seed, _evidence(empty), RULES)
    assert missing is not None and missing.verdict == "no_source_text"
    assert support_for(seed.model_copy(update={"reference_ids": []}), _evidence(ANAND), RULES) is (
        None
    )


def test_claim_about_people_on_an_animal_study_is_weak() -> None:
    mice = SourceText(
        doi="10.5555/x",
        origin="pubmed",
        sections=[TextSection(text="Mice given 10 mg/kg of ZX-14 explored more.")],
        mesh=["Animals", "Mice"],
    )
    people = claim("ZX-14 at 10 mg/kg calms anxious people.", "10 mg/kg")
    support = support_for(people, _evidence(mice), RULES)
    assert support is not None and support.verdict == "consistent"
    assert [r.code for r in support.reasons] == ["weak_evidence"]
    in_mice = claim("In mice, ZX-14 at 10 mg/kg was calming.", "10 mg/kg")
    support = support_for(in_mice, _evidence(mice), RULES)
    assert support is not None and not support.reasons
    human = support_for(claim(SEED, "403"), _evidence(ANAND), RULES)
    assert human is not None and not human.reasons


def test_study_classification() -> None:
    study = classify_study([ANAND])
    assert study is not None and (study.design, study.species) == ("rct", "human")
    cells = SourceText(
        doi="x",
        origin="pubmed",
        mesh=["Humans", "Cell Line, Tumor", "In Vitro Techniques"],
        publication_types=["Journal Article"],
    )
    assert classify_study([cells]).design == "in_vitro"  # type: ignore[union-attr]
    unindexed = SourceText(
        doi="x", origin="europepmc", sections=[TextSection(text="Rats were given NCT drug.")]
    )
    assert classify_study([unindexed]).species == "animal"  # type: ignore[union-attr]
    meta = SourceText(doi="x", origin="pubmed", publication_types=["Meta-Analysis", "Review"])
    assert classify_study([meta]).design == "meta_analysis"  # type: ignore[union-attr]
    trial = SourceText(
        doi="x", origin="pubmed", sections=[TextSection(text="Registered as ISRCTN12345678.")]
    )
    assert classify_study([trial]).trial_ids == ["ISRCTN12345678"]  # type: ignore[union-attr]


def test_weakness_reasons() -> None:
    assert weakness(_reference(retraction=Retraction(kind="retraction"))) is not None
    assert weakness(_reference(retraction=Retraction(kind="correction"))) is None
    preprint = Study(design="preprint", source="europepmc")
    assert weakness(_reference(study=preprint)) is not None
    assert weakness(_reference(study=Study(design="rct", species="human", source="pubmed"))) is (
        None
    )


@given(st.text(max_size=400))
def test_prepare_source_never_raises(text: str) -> None:
    prepared = prepare_source(
        SourceText(doi="x", origin="pubmed", sections=[TextSection(text=text or ".")]), RULES
    )
    for quantity in prepared.quantities:
        assert quantity.sentence in (text or ".")


def test_species_from_what_the_study_did_not_its_background() -> None:
    unindexed = SourceText(
        doi="x",
        origin="europepmc",
        title="Ketamine reverses stress-induced deficits in mice",
        sections=[
            TextSection(category="BACKGROUND", text="Depression affects millions of patients."),
            TextSection(category="METHODS", text="Male mice received ketamine 10 mg/kg."),
        ],
    )
    study = classify_study([unindexed])
    assert study is not None and (study.species, study.design) == ("animal", "animal")
    people = unindexed.model_copy(
        update={
            "title": "Ketamine in adults",
            "sections": [TextSection(category="METHODS", text="We enrolled 40 adults.")],
        }
    )
    assert classify_study([people]).species is None  # type: ignore[union-attr]


def test_named_cell_lines_make_a_laboratory_study_but_stem_cells_do_not() -> None:
    cells = SourceText(doi="x", origin="pubmed", mesh=["Humans", "MCF-7 Cells"])
    assert classify_study([cells]).design == "in_vitro"  # type: ignore[union-attr]
    transplant = SourceText(doi="x", origin="pubmed", mesh=["Humans", "Stem Cells"])
    assert classify_study([transplant]).design == "other"  # type: ignore[union-attr]


@given(st.text(max_size=200))
def test_any_claim_sentence_gets_a_decision(sentence: str) -> None:
    for found in extract_claims(sentence, RULES):
        assert decide(found, PREPARED).verdict in ("consistent", "contradicted", "not_in_source")


def test_other_quantities_confirm_but_never_contradict() -> None:
    source = SourceText(
        doi="x",
        origin="pubmed",
        sections=[
            TextSection(category="RESULTS", text="Overall, systolic pressure fell by 5 mmHg.")
        ],
    )
    prepared = prepare_source(source, RULES)
    assert decide(claim("Overall, pressure fell by 5 mmHg.", "5 mmHg"), prepared).verdict == (
        "consistent"
    )
    assert decide(claim("Overall, pressure fell by 9 mmHg.", "9 mmHg"), prepared).verdict == (
        "not_in_source"
    )


def test_a_review_never_gives_another_value() -> None:
    review = SourceText(
        doi="x",
        origin="pubmed",
        publication_types=["Meta-Analysis", "Systematic Review"],
        sections=[TextSection(category="RESULTS", text="We included 3,456 participants.")],
    )
    prepared = prepare_source(review, RULES)
    one_trial = claim("A study of 200 patients found a benefit.", "200")
    assert decide(one_trial, prepared).verdict == "not_in_source"
    pooled = claim("The review included 3,456 participants.", "3,456")
    assert decide(pooled, prepared).verdict == "consistent"


def _source(text: str) -> object:
    return prepare_source(
        SourceText(
            doi="10.5555/citecheck.support.rounding",
            origin="pubmed",
            sections=[TextSection(label="RESULTS", category="RESULTS", text=text)],
            publication_types=["Randomized Controlled Trial"],
            mesh=["Humans"],
        ),
        RULES,
    )


@pytest.mark.parametrize(
    ("source", "sentence", "part"),
    [
        # a lower bound holds for any larger number
        (
            "We enrolled 1200 patients in the trial.",
            "The trial enrolled more than 400 patients.",
            "400",
        ),
        (
            "We enrolled 1200 patients in the trial.",
            "The trial enrolled at least 500 patients.",
            "500",
        ),
        # the source rounds too: its "55%" may be the claim's 55.4%
        (
            "A response occurred in 55% of all participants.",
            "A response occurred in 55.4% of all participants.",
            "55.4%",
        ),
        # units converted: three months is about 12 weeks
        (
            "Treatment lasted 12 weeks in all participants.",
            "Treatment lasted three months in all participants.",
            "three months",
        ),
        # a round count may itself be rounded
        (
            "A total of 403 patients underwent randomization.",
            "A trial of 400 patients was run.",
            "400",
        ),
    ],
)
def test_rounding_and_bounds_never_make_a_true_claim_contradicted(
    source: str, sentence: str, part: str
) -> None:
    decision = decide(claim(sentence, part), _source(source))  # type: ignore[arg-type]
    assert decision.verdict != "contradicted", decision


def test_a_clearly_different_count_is_still_contradicted() -> None:
    source = _source("A total of 403 patients underwent randomization.")
    decision = decide(claim("A trial of 600 patients was run.", "600"), source)  # type: ignore[arg-type]
    assert decision.verdict == "contradicted"


def test_not_in_source_with_a_service_unasked_says_which_text_was_read() -> None:
    # the text read does not state the dose: that is what is known, and the reason says that
    # the service that failed was not read (never that no abstract was had)
    absent = claim("Each patient also took 20 mg of escitalopram.", "20 mg")
    read_all = support_for(absent, _evidence(ANAND), RULES)
    assert read_all is not None and read_all.verdict == "not_in_source"
    assert [r.code for r in read_all.reasons] == []
    some_failed = support_for(absent, _evidence(ANAND, ["europepmc"]), RULES)
    assert some_failed is not None and some_failed.verdict == "not_in_source"
    assert [r.code for r in some_failed.reasons] == ["partly_read"]
    assert "PubMed" in some_failed.reasons[0].message
    assert "Europe PMC" in some_failed.reasons[0].message
    # with no text read at all, a failure stays unverifiable
    nothing = support_for(absent, _evidence(None, ["pubmed", "europepmc"]), RULES)
    assert nothing is not None and nothing.verdict == "unverifiable"
    # a decision the text read does make still stands
    seed = support_for(claim(SEED, "55%"), _evidence(ANAND, ["europepmc"]), RULES)
    assert seed is not None and seed.verdict == "contradicted"


def _walking(sentence: str) -> PreparedSource:
    source = SourceText(
        doi="10.5555/walking",
        origin="pubmed",
        sections=[TextSection(label="METHODS", category="METHODS", text=sentence)],
        publication_types=["Randomized Controlled Trial"],
        mesh=["Humans"],
    )
    return prepare_source(source, RULES)


@pytest.mark.parametrize(
    ("source_sentence", "claim_sentence", "expected"),
    [
        # the source's plain duration with "daily" beside it says the claim's schedule
        (
            "We randomized 204 adults to 30 minutes of daily walking or usual care.",
            "People walked for 30 minutes a day.",
            "consistent",
        ),
        (
            "The intervention was 30 minutes of walking per day for 12 weeks.",
            "People walked for 30 minutes a day.",
            "consistent",
        ),
        (
            "Participants walked for 30 minutes a day.",
            "People walked for 30 minutes a day.",
            "consistent",
        ),
        # another amount, another period, or no period word: not the source's schedule, and
        # never a contradiction on that ground alone
        (
            "We randomized 204 adults to 30 minutes of daily walking or usual care.",
            "People walked for 45 minutes a day.",
            "not_in_source",
        ),
        (
            "We randomized 204 adults to 30 minutes of daily walking or usual care.",
            "People walked for 30 minutes a week.",
            "not_in_source",
        ),
        (
            "We randomized 204 adults to a single 30-minute walk or usual care.",
            "People walked for 30 minutes a day.",
            "not_in_source",
        ),
    ],
)
def test_a_per_day_amount_against_a_daily_duration(
    source_sentence: str, claim_sentence: str, expected: str
) -> None:
    wanted = "45 minutes" if "45 minutes" in claim_sentence else "30 minutes"
    assert decide(claim(claim_sentence, wanted), _walking(source_sentence)).verdict == expected


def test_a_negated_figure_is_held_against_nothing() -> None:
    # "not twice per week" is no statement of what the trial gave: left not_in_source, where
    # the bare figure would be consistent with the source's "twice per week"
    assert verdict("Patients received ketamine twice per week.", "twice per week") == "consistent"
    negated = claim("Patients did not receive ketamine twice per week.", "twice per week")
    assert negated.qualifier == "not"
    assert decide(negated, PREPARED).verdict == "not_in_source"


def test_a_claim_linked_through_an_earlier_sentence_is_never_contradicted() -> None:
    # the seed's 55% is contradicted when its own sentence cites the trial; carried to it from
    # an earlier sentence, the figure may be another study's, so it is only not in the source
    seed = claim(SEED, "55%")
    cited = support_for(seed, _evidence(ANAND), RULES)
    assert cited is not None and cited.verdict == "contradicted"
    carried = seed.model_copy(update={"linked_by": "previous_sentence"})
    support = support_for(carried, _evidence(ANAND), RULES)
    assert support is not None and support.verdict == "not_in_source"
    assert "carried_link" in [r.code for r in support.reasons]


@pytest.mark.parametrize(
    ("source_sentence", "claim_sentence", "part", "expected"),
    [
        # "mg per day" (unit mg, per day) and "mg/day" are one dose a day, whichever is written
        (
            "Participants took magnesium 300 mg/day for 12 weeks.",
            "People took 300 mg per day of magnesium.",
            "300 mg per day",
            "consistent",
        ),
        (
            "Participants took magnesium 300 mg per day for 12 weeks.",
            "People took 300 mg/day of magnesium.",
            "300 mg/day",
            "consistent",
        ),
        # a source writing its schedule apart ("80 mg daily": 80 mg, then daily) states the
        # amount a claim gives per day ("80 mg a day"): it agrees, and another amount does not
        (
            "Patients were assigned to atorvastatin 80 mg daily or usual care.",
            "Atorvastatin was given at 80 mg a day.",
            "80 mg a day",
            "consistent",
        ),
        (
            "Patients were assigned to atorvastatin 80 mg daily or usual care.",
            "Atorvastatin was given at 40 mg a day.",
            "40 mg a day",
            "contradicted",
        ),
        # a dose a week is another measure than one a day
        (
            "Participants took magnesium 300 mg/day for 12 weeks.",
            "People took 300 mg per week of magnesium.",
            "300 mg per week",
            "not_in_source",
        ),
    ],
)
def test_a_dose_per_day_written_either_way(
    source_sentence: str, claim_sentence: str, part: str, expected: str
) -> None:
    assert decide(claim(claim_sentence, part), _walking(source_sentence)).verdict == expected
