"""The ninth first-time user trial: a changed dose, schedule or share against an abstract that
states one value for it, and a study's size against an abstract that counts those who completed
it. The abstracts are written for these tests (fictional works under the test prefix 10.5555)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import load_rules
from citecheck.models import Record, Reference, Verdict
from citecheck.resolution.source_text import SourceText, TextSection
from citecheck.resolution.texts import WorkTexts
from citecheck.verification.support import Evidence, support_for
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
# one dosing schedule, shared by the doses and the placebo
ZELKAMINE = SourceText(
    doi="10.5555/citecheck.nu9.zelkamine",
    origin="pubmed",
    title="Intranasal zelkamine added to an antidepressant in resistant depression: a trial.",
    sections=[
        TextSection(
            label="DESIGN",
            category="METHODS",
            text="A randomized, double-blind trial of 98 adults with resistant depression.",
        ),
        TextSection(
            label="INTERVENTIONS",
            category="METHODS",
            text="Intranasal zelkamine 40 mg or 80 mg, or placebo, given twice weekly.",
        ),
    ],
)
# a share of each arm, the measure named "response"
ACUPUNCTURE = SourceText(
    doi="10.5555/citecheck.nu9.acupuncture",
    origin="pubmed",
    title="Acupuncture versus sham acupuncture for chronic neck pain.",
    sections=[
        TextSection(
            label="METHODS",
            category="METHODS",
            text="Adults with chronic neck pain were randomly assigned to acupuncture or sham "
            "acupuncture for 6 weeks.",
        ),
        TextSection(
            label="RESULTS",
            category="RESULTS",
            text="A response occurred in 48.5% of the patients in the acupuncture group and in "
            "30.1% of those in the sham group.",
        ),
    ],
)


def _decide(source: SourceText, sentence: str, part: str) -> Decision:
    return decide(cited_claim(sentence, part, RULES), prepare_source(source, RULES))


def _verdict(source: SourceText, sentence: str, part: str) -> str:
    return _decide(source, sentence, part).verdict


def test_a_changed_dose_of_the_one_dose_the_source_gives_is_contradicted() -> None:
    decision = _decide(LIDOCAINE, "Nine patients received 3 mg/kg of lidocaine [1].", "3 mg/kg")
    assert decision.verdict == "contradicted"
    assert [r.code for r in decision.reasons] == ["changed_dose"]
    assert decision.quantity is not None and decision.quantity.value["value"] == 1.5
    assert "lidocaine hydrochloride (1.5 mg/kg)" in decision.quantity.sentence


@pytest.mark.parametrize(
    ("source", "sentence", "part", "said"),
    [
        (LIDOCAINE, "Nine patients received 3 mg/kg of lidocaine [1].", "3 mg/kg", '"1.5 mg/kg"'),
        (ZELKAMINE, "Zelkamine was given at 40 mg once daily [1].", "once daily", '"twice weekly"'),
    ],
)
def test_the_reason_never_gives_the_value_to_the_comparator_beside_it(
    source: SourceText, sentence: str, part: str, said: str
) -> None:
    """The comparator named beside the one value ("(1.5 mg/kg) and saline", "or placebo, given
    twice weekly") is not whose value it is: the reason names no group."""
    reference = Reference(
        id="ref-1",
        origin="reference_list",
        raw=source.title or "",
        verdict=Verdict.VERIFIED,
        record=Record(doi=source.doi, title=source.title),
    )
    evidence = Evidence(
        reference,
        WorkTexts(doi=source.doi, texts=[(source, "pubmed")]),
        [(prepare_source(source, RULES), "pubmed")],
    )
    support = support_for(cited_claim(sentence, part, RULES), {"ref-1": evidence}, RULES)
    assert support is not None and support.verdict == "contradicted"
    message = support.reasons[0].message
    assert message.endswith(f"the source says {said}"), message


@pytest.mark.parametrize(
    ("sentence", "part", "verdict"),
    [
        ("Nine patients received 1.5 mg/kg of lidocaine [1].", "1.5 mg/kg", "consistent"),
        ("Lidocaine was infused at 3 mg/kg [1].", "3 mg/kg", "contradicted"),
        ("Patients received lidocaine (2 mg/kg) [1].", "2 mg/kg", "contradicted"),
        # another drug's dose: the source says nothing of it
        ("Patients also received 3 mg/kg of ketorolac [1].", "3 mg/kg", "not_in_source"),
        ("Patients on lidocaine also got ketorolac 3 mg/kg [1].", "3 mg/kg", "not_in_source"),
        # a starting dose, a range or a limit is not the dose the trial gave
        ("Lidocaine was started at 3 mg/kg [1].", "3 mg/kg", "not_in_source"),
        ("Lidocaine was given at no less than 3 mg/kg [1].", "3 mg/kg", "not_in_source"),
        # a subgroup's dose is not the trial's; a phrase naming the study names no subgroup
        ("Among older patients, lidocaine was given at 1 mg/kg [1].", "1 mg/kg", "not_in_source"),
        ("In kidney failure, lidocaine was given at 1 mg/kg [1].", "1 mg/kg", "not_in_source"),
        ("In a small study, lidocaine was given at 1 mg/kg [1].", "1 mg/kg", "contradicted"),
    ],
)
def test_a_dose_is_held_against_the_one_dose_of_the_same_drug(
    sentence: str, part: str, verdict: str
) -> None:
    assert _verdict(LIDOCAINE, sentence, part) == verdict


def test_two_doses_of_the_drug_are_no_one_value() -> None:
    two = LIDOCAINE.model_copy(
        update={
            "sections": [
                TextSection(
                    text="Nine subjects received lidocaine hydrochloride (1.5 mg/kg or 3 mg/kg) "
                    "and saline, each infused over 30 minutes."
                )
            ]
        }
    )
    assert _verdict(two, "Lidocaine was infused at 2 mg/kg [1].", "2 mg/kg") == "not_in_source"


def test_a_changed_schedule_of_the_one_schedule_the_source_gives_is_contradicted() -> None:
    decision = _decide(ZELKAMINE, "Zelkamine was given at 40 mg once daily [1].", "once daily")
    assert decision.verdict == "contradicted"
    assert [r.code for r in decision.reasons] == ["changed_schedule"]
    assert decision.quantity is not None and decision.quantity.claim.text == "twice weekly"


@pytest.mark.parametrize(
    ("sentence", "part", "verdict"),
    [
        ("Zelkamine was given at 40 mg twice weekly [1].", "twice weekly", "consistent"),
        (
            "Intranasal zelkamine was used three times a week [1].",
            "three times a week",
            "contradicted",
        ),
        # another medicine's schedule, and a schedule of checking, are other things
        ("Patients kept taking sertraline once daily [1].", "once daily", "not_in_source"),
        ("Mood was assessed once weekly [1].", "once weekly", "not_in_source"),
        ("Zelkamine was given at most once daily [1].", "once daily", "not_in_source"),
    ],
)
def test_a_schedule_is_held_against_the_one_schedule_of_the_same_drug(
    sentence: str, part: str, verdict: str
) -> None:
    assert _verdict(ZELKAMINE, sentence, part) == verdict


@pytest.mark.parametrize(
    ("sentence", "part", "verdict", "code"),
    [
        ("Acupuncture helped 58.5% of patients [1].", "58.5%", "contradicted", "other_value"),
        ("Acupuncture helped 48.5% of patients [1].", "48.5%", "consistent", None),
        ("Acupuncture helped 30.1% of patients [1].", "30.1%", "contradicted", "comparator"),
        (
            "Acupuncture helped 48.5% of all participants [1].",
            "48.5%",
            "contradicted",
            "arm_as_all",
        ),
    ],
)
def test_a_share_helped_is_a_response(
    sentence: str, part: str, verdict: str, code: str | None
) -> None:
    decision = _decide(ACUPUNCTURE, sentence, part)
    assert decision.verdict == verdict
    assert [r.code for r in decision.reasons] == ([code] if code else [])


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


# reviewAD: a careful reader calls each of these claims true or merely not stated: the one dose
# or schedule the abstract gives is no evidence against them
def _one_dose(title: str, text: str) -> SourceText:
    return SourceText(
        doi="10.5555/citecheck.rad.dose",
        origin="crossref",
        title=title,
        sections=[TextSection(text=text)],
    )


@pytest.mark.parametrize(
    ("source", "sentence", "part"),
    [
        # a dose per day against a dose per intake given more than once a day
        (
            _one_dose("Ibuprofen after surgery.", "Ibuprofen 400 mg was given every 8 hours."),
            "Patients took 1200 mg of ibuprofen a day [1].",
            "1200 mg",
        ),
        (
            _one_dose("Metformin in prediabetes.", "Metformin 850 mg was taken twice daily."),
            "Metformin 1700 mg a day was taken [1].",
            "1700 mg",
        ),
    ],
)
def test_a_daily_total_is_not_held_against_a_dose_per_intake(
    source: SourceText, sentence: str, part: str
) -> None:
    assert _verdict(source, sentence, part) != "contradicted"


@pytest.mark.parametrize(
    ("source", "sentence", "part"),
    [
        (
            _one_dose("Phenytoin in status epilepticus.", "Patients received phenytoin 20 mg/kg."),
            "The maintenance dose of phenytoin was 5 mg/kg [1].",
            "5 mg/kg",
        ),
        (
            _one_dose("Aspirin after stroke.", "Patients took aspirin 300 mg."),
            "Guidelines recommend aspirin 75 mg [1].",
            "75 mg",
        ),
    ],
)
def test_a_dose_of_another_role_is_not_held_against_the_one_dose(
    source: SourceText, sentence: str, part: str
) -> None:
    """A maintenance, loading or recommended dose is not the dose the trial gave."""
    assert _verdict(source, sentence, part) != "contradicted"


def test_an_adults_dose_is_not_held_against_a_childrens_trial() -> None:
    source = _one_dose(
        "Amoxicillin for otitis media in children.", "Children received amoxicillin 90 mg."
    )
    verdict = _verdict(source, "Adults take 1500 mg of amoxicillin [1].", "1500 mg")
    assert verdict != "contradicted"


def test_a_review_known_only_by_its_title_gives_no_one_dose() -> None:
    """Crossref and Europe PMC give no publication types: the title says it is a review."""
    source = _one_dose(
        "Ketamine for depression: a systematic review and meta-analysis.",
        "Trials gave ketamine 0.5 mg/kg.",
    )
    assert _verdict(source, "Ketamine at 1 mg/kg was studied [1].", "1 mg/kg") != "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "A follow-up trial will use 1 mg/kg of ketamine [1].",
        "1 mg/kg of ketamine may be given instead [1].",
        "Doses of 1 mg/kg of ketamine could be tried [1].",
    ],
)
def test_a_dose_said_as_planned_or_possible_is_not_held_against_the_one_given(
    sentence: str,
) -> None:
    """A dose the claim hedges or plans is no statement of the dose the trial gave."""
    source = _one_dose("Ketamine infusion in depression.", "Ketamine 0.5 mg/kg was infused.")
    assert _verdict(source, sentence, "1 mg/kg") != "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Acupuncture helped 80.0% of patients sleep better [1].",
        "The app helped 80.0% of clinicians [1].",
        "Acupuncture helped 80.0% of patients return to work [1].",
    ],
)
def test_a_share_helped_to_do_something_else_is_no_response(sentence: str) -> None:
    """ "Helped" is a response only of the patients themselves: helped to sleep, to work, or
    helped clinicians is another outcome, which the source's response share says nothing of."""
    assert _verdict(ACUPUNCTURE, sentence, "80.0%") != "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The app helped 80.0% of clinicians [1].",
        "The app benefited 80.0% of clinicians [1].",
        "Acupuncture improved 80.0% of caregivers [1].",
    ],
)
def test_a_share_of_people_the_source_never_names_is_not_its_share(sentence: str) -> None:
    """The source's response is its patients': a share of clinicians or caregivers is another
    population's, which the source does not give."""
    assert _verdict(ACUPUNCTURE, sentence, "80.0%") != "contradicted"


def test_a_share_of_the_sources_own_people_is_still_caught() -> None:
    verdict = _verdict(ACUPUNCTURE, "Acupuncture improved 80.0% of patients [1].", "80.0%")
    assert verdict == "contradicted"
