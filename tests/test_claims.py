"""Claim extraction: types, spans, normalised values, qualifiers, hedges and non-claims."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.formats import values
from citecheck.formats.summary import hedge_text
from citecheck.models import Claim
from support.seeds import seed_paths


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, [(c.type, c.text) for c in claims]
    return claims[0]


def test_bare_infusion_is_an_intravenous_route_claim() -> None:
    claims = extract_claims("It involved six infusions spread over two to three weeks.")
    route = next(c for c in claims if c.type == "route")
    assert route.text == "infusions"
    assert route.value == {"route": "intravenous", "form": "infusion", "value": "intravenous"}
    (longer,) = [
        c
        for c in extract_claims("A 40-minute intravenous infusion was given.")
        if c.type == "route"
    ]
    assert longer.text == "intravenous infusion"  # one claim, not two


@pytest.mark.parametrize(
    ("text", "kind", "span", "value", "qualifier"),
    [
        (
            "Relief comes within hours.",
            "onset_time",
            "within hours",
            {"unit": "hour", "vague": True},
            "within",
        ),
        (
            "Side effects resolve within 15 minutes of stopping.",
            "duration",
            "within 15 minutes",
            {"value": 15, "unit": "minute"},
            "within",
        ),
        (
            "Mood lifted as early as 40 minutes after dosing.",
            "onset_time",
            "as early as 40 minutes",
            {"value": 40, "unit": "minute"},
            "as early as",
        ),
        (
            "Antidepressants take weeks or even months to work.",
            "onset_time",
            "weeks or even months",
            {"unit": "week", "high_unit": "month", "vague": True},
            None,
        ),
        (
            "Patients felt relief for days to weeks.",
            "duration",
            "days to weeks",
            {"unit": "day", "high_unit": "week", "vague": True},
            None,
        ),
        (
            "Symptoms can persist for up to two weeks.",
            "duration",
            "up to two weeks",
            {"value": 2, "unit": "week"},
            "up to",
        ),
        (
            "The dose ranges from 0.5 mg/kg to 1 mg/kg.",
            "dose_range",
            "0.5 mg/kg to 1 mg/kg",
            {"low": 0.5, "high": 1, "unit": "mg/kg"},
            None,
        ),
        (
            "Doses of 0.5-1.0 mg/kg are usual.",
            "dose_range",
            "0.5-1.0 mg/kg",
            {"low": 0.5, "high": 1.0, "unit": "mg/kg"},
            None,
        ),
        (
            "Give between 0.5 and 1 mg/kg.",
            "dose_range",
            "between 0.5 and 1 mg/kg",
            {"low": 0.5, "high": 1, "unit": "mg/kg"},
            None,
        ),
        (
            "Esketamine is given at 56 or 84 mg.",
            "dose_range",
            "56 or 84 mg",
            {"low": 56, "high": 84, "unit": "mg", "choices": [56, 84]},
            None,
        ),
        (
            "A rate of 0.15 mcg/kg/min was used.",
            "dose",
            "0.15 mcg/kg/min",
            {"value": 0.15, "unit": "mcg/kg/min"},
            None,
        ),
        (
            "Each patient got approximately 40 mg.",
            "dose",
            "approximately 40 mg",
            {"value": 40, "unit": "mg"},
            "approximately",
        ),
        (
            "The trial enrolled 1,200 patients.",
            "sample_size",
            "1,200 patients",
            {"value": 1200, "unit": "patient"},
            None,
        ),
        ("A pilot (n = 24) was run.", "sample_size", "n = 24", {"value": 24}, None),
        (
            "Twelve adults took part.",
            "sample_size",
            "Twelve adults",
            {"value": 12, "unit": "adult"},
            None,
        ),
        (
            "It helped 55% of the participants.",
            "percentage",
            "55% of the participants",
            {"value": 55, "denominator": "participant"},
            None,
        ),
        (
            "Approximately 10% of patients report it.",
            "percentage",
            "Approximately 10% of patients",
            {"value": 10, "denominator": "patient"},
            "approximately",
        ),
        (
            "It involved six infusions spread over two to three weeks.",
            "frequency_schedule",
            "six infusions spread over two to three weeks",
            {"count": 6, "count_unit": "infusion", "bounds": {"low": 2, "high": 3, "unit": "week"}},
            None,
        ),
        (
            "Infusions are given twice weekly.",
            "frequency_schedule",
            "twice weekly",
            {"frequency": 2, "period": 1, "period_unit": "week"},
            None,
        ),
        (
            "They attend weekly therapy sessions.",
            "frequency_schedule",
            "weekly therapy sessions",
            {"frequency": 1, "period_unit": "week", "count_unit": "session"},
            None,
        ),
        (
            "They received a dozen sessions.",
            "frequency_schedule",
            "a dozen sessions",
            {"count": 12, "count_unit": "session"},
            None,
        ),
        (
            "Ketamine is administered intravenously.",
            "route",
            "intravenously",
            {"route": "intravenous"},
            None,
        ),
        (
            "Use orally disintegrating tablets.",
            "route",
            "orally disintegrating tablets",
            {"route": "oral"},
            None,
        ),
        (
            "A small study published in 2016 in the journal Biological Psychiatry found it.",
            "study_attribution",
            "A small study published in 2016 in the journal Biological Psychiatry",
            {"form": "narrative_venue", "venue": "Biological Psychiatry", "year": 2016},
            None,
        ),
        (
            "A pivotal study, as reported by the Harvard Gazette, helped.",
            "study_attribution",
            "as reported by the Harvard Gazette",
            {"form": "secondary_report", "outlet": "Harvard Gazette"},
            None,
        ),
        (
            "It works well. (Wilkins et al. 2021)",
            "study_attribution",
            "(Wilkins et al. 2021)",
            {"form": "parenthetical", "authors": ["Wilkins"], "year": 2021},
            None,
        ),
        (
            "Yale Medicine has also conducted research on it.",
            "study_attribution",
            "Yale Medicine",  # the citation's span: the source named
            {"form": "institution", "institution": "Yale Medicine"},
            None,
        ),
        ("It was developed in the 1960s.", "other_quantity", "the 1960s", {"decade": 1960}, None),
        (
            "Doses of 0.25, 0.5 and 1 mg/kg were given.",
            "dose_range",
            "0.25, 0.5 and 1 mg/kg",
            {"low": 0.25, "high": 1, "choices": [0.25, 0.5, 1]},
            None,
        ),
        (
            "Then 10 of the 12 responded.",
            "percentage",
            "10 of the 12",
            {"numerator": 10, "total": 12, "value": 83.3},
            None,
        ),
        (
            "Doses came every two to three days.",
            "frequency_schedule",
            "every two to three days",
            {"frequency": 1, "period": 2, "period_max": 3, "period_unit": "day"},
            None,
        ),
        (
            "They got one or two doses a week.",
            "frequency_schedule",
            "one or two doses a week",
            {"frequency": 1, "frequency_max": 2, "period": 1, "period_unit": "week"},
            None,
        ),
        (
            "Anand and colleagues ran it.",
            "study_attribution",
            "Anand and colleagues",
            {"form": "narrative_author", "authors": ["Anand"]},
            None,
        ),
        (
            "A later trial from the US National Institute of Mental Health found it.",
            "study_attribution",
            "A later trial from the US National Institute of Mental Health",
            {"form": "institution", "institution": "US National Institute of Mental Health"},
            None,
        ),
        (
            "It came in a 2023 trial in the New England Journal of Medicine.",
            "study_attribution",
            "a 2023 trial in the New England Journal of Medicine",
            {"form": "narrative_venue", "year": 2023, "venue": "New England Journal of Medicine"},
            None,
        ),
        (
            "Approved, as noted (National Alliance on Mental Illness, 2019).",
            "study_attribution",
            "(National Alliance on Mental Illness, 2019)",
            {
                "form": "parenthetical",
                "authors": ["National Alliance on Mental Illness"],
                "year": 2019,
            },
            None,
        ),
        (
            "Blood pressure rose by about 10 mm Hg.",
            "other_quantity",
            "about 10 mm Hg",
            {"value": 10, "unit": "mmHg"},
            "approximately",
        ),
        (
            "Image Source: ScienceDirect – Ketamine mechanisms",
            "study_attribution",
            "Image Source: ScienceDirect – Ketamine mechanisms",  # the credit, title and all
            {"form": "image_credit", "outlet": "ScienceDirect"},
            None,
        ),
        (
            "Doses were given a week apart.",
            "frequency_schedule",
            "a week apart",
            {"value": 1, "unit": "week"},
            None,
        ),
        (
            "Anxiety fell after twelve weeks of use.",
            "duration",
            "after twelve weeks",
            {"value": 12, "unit": "week"},
            "after",
        ),
        # "one in six adults" is a proportion (value in percent, as for "10 of the 12")
        (
            "About one in six adults has anxiety.",
            "percentage",
            "About one in six adults",
            {"numerator": 1, "total": 6, "value": 16.7, "denominator": "adult"},
            "approximately",
        ),
        (
            "Nausea hit 1 in 4 patients.",
            "percentage",
            "1 in 4 patients",
            {"numerator": 1, "total": 4, "value": 25, "denominator": "patient"},
            None,
        ),
        (
            "One out of three participants dropped out.",
            "percentage",
            "One out of three participants",
            {"numerator": 1, "total": 3, "value": 33.3, "denominator": "participant"},
            None,
        ),
        (
            "Nine in every ten volunteers agreed.",
            "percentage",
            "Nine in every ten volunteers",
            {"numerator": 9, "total": 10, "value": 90, "denominator": "volunteer"},
            None,
        ),
        # counts of studies are how much research there is, counted in studies or trials
        (
            "A meta-analysis of 14 studies found it.",
            "other_quantity",
            "14 studies",
            {"value": 14, "unit": "study", "measure": "count"},
            None,
        ),
        (
            "The review pooled five RCTs.",
            "other_quantity",
            "five RCTs",
            {"value": 5, "unit": "trial", "measure": "count"},
            None,
        ),
        (
            "They pooled 12 randomised controlled trials.",
            "other_quantity",
            "12 randomised controlled trials",
            {"value": 12, "unit": "trial", "measure": "count"},
            None,
        ),
        # the denominator is the noun phrase, not the determiner
        (
            "It was compared with 41.2% of the ECT group.",
            "percentage",
            "41.2% of the ECT group",
            {"value": 41.2, "denominator": "ECT group"},
            None,
        ),
        (
            "Around 20% of the US population has it.",
            "percentage",
            "Around 20% of the US population",
            {"value": 20, "denominator": "US population"},
            "approximately",
        ),
        (
            "It helped 30% of the treated patients.",
            "percentage",
            "30% of the treated patients",
            {"value": 30, "denominator": "patient"},
            None,
        ),
        (
            "It helped 40% of cases.",
            "percentage",
            "40% of cases",
            {"value": 40, "denominator": "cases"},
            None,
        ),
        (
            "About 55 per\ncent of patients improved.",
            "percentage",
            "About 55 per\ncent of patients",
            {"value": 55, "denominator": "patient"},
            "approximately",
        ),
        (
            "SSRIs, taking weeks to work, lag behind.",
            "onset_time",
            "weeks",
            {"unit": "week", "vague": True},
            None,
        ),
        (
            "Relief came within an hour of taking it.",
            "onset_time",
            "within an hour",
            {"value": 1, "unit": "hour"},
            "within",
        ),
    ],
)
def test_claim_types_spans_and_values(
    text: str, kind: str, span: str, value: dict[str, Any], qualifier: str | None
) -> None:
    claims = extract_claims(text)
    # a bare "infusion(s)" is a route claim of its own, beside whatever else the sentence says
    others = [
        c for c in claims if not (c.type == "route" and c.text.lower().startswith("infusion"))
    ]
    assert len(others) == 1, [(c.type, c.text) for c in claims]
    claim = others[0]
    assert claim.type == kind
    assert claim.text == span == text[claim.start : claim.end]
    for key, expected in value.items():
        assert claim.value.get(key) == expected, (key, claim.value)
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms can include:\n- Sweating\n- Trembling\n- Nausea\n- Generalized Anxiety Disorder (GAD)",
        "Ketamine offers rapid relief and quick results.",
        "A study was published in 2016.",
        "It improves daily functioning and daily life.",
        "There is not one single cause of anxiety.",
        "Most side effects resolve shortly after treatment.",
    ],
)
def test_non_claims_are_not_extracted(text: str) -> None:
    assert extract_claims(text) == []


def test_a_proportion_is_not_a_count() -> None:
    for text in (
        "About one in six adults has anxiety.",
        "Nausea hit 1 in 4 patients.",
        "One out of three participants dropped out.",
    ):
        claims = extract_claims(text)
        assert [c.type for c in claims] == ["percentage"], [(c.type, c.text) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was 65 in 2019.", []),  # a year is no total
        ("Take 2 in 24 hours.", [("duration", "24 hours")]),  # nor is a time
        ("It came in a 5 in 10 mg tablet.", [("dose", "10 mg")]),  # a bare form: no route
        ("Phase 3 trials began.", []),  # a phase, not a count of trials
        ("The 2019 trials were small.", []),  # a year
        # a dated source (tests/test_attributions.py), not 2016 studies
        ("A 2016 study found it.", [("study_attribution", "A 2016 study")]),
        ("Taking two weeks off helped.", [("duration", "two weeks")]),  # a break, no onset
    ],
)
def test_near_misses_of_proportions_and_study_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.type, c.text) for c in extract_claims(text)] == expected


def test_a_pronoun_or_determiner_is_no_denominator() -> None:
    for text, span in (
        ("Of those treated, 55.4% of them responded.", "55.4% of them"),
        ("Then 55% of those who stayed improved.", "55% of those"),
        ("A majority of them improved.", "A majority of them"),
    ):
        claim = only(text)
        assert claim.type == "percentage" and claim.text == span
        assert "denominator" not in claim.value, claim.value
        assert " of " not in values.describe_value(claim)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("It helped 41.2% of the ECT group.", "41.2% of the ECT group"),
        ("It helped 55% of the participants.", "55% of participants"),
        ("It helped 30% of people.", "30% of people"),
        ("It helped 40% of cases.", "40% of cases"),
        ("It helped 55.4% of them.", "55.4%"),
        ("About one in six adults has anxiety.", "approximately 1 of 6 adults (16.7%)"),
        ("A meta-analysis of 14 studies found it.", "14 studies"),
        ("The review pooled five RCTs.", "5 trials"),
        ("Deaths rose again [4].", "reference 4"),
        ("Deaths rose again (2,3).", "references 2, 3"),
        # a range open above keeps its low end
        ("Symptoms last from 1 to several days.", "1 to several days"),
        ("The hazard ratio had a 95% CI of 4.7 to infinity.", "4.7 or more"),
    ],
)
def test_values_read_as_english(text: str, shown: str) -> None:
    assert values.describe_value(only(text)) == shown


def test_plurals_never_double_up() -> None:
    assert [values.plural(w) for w in ("participant", "study", "day", "person", "woman")] == [
        "participants",
        "studies",
        "days",
        "people",
        "women",
    ]
    # already plural, or a pronoun or determiner: left as it is
    assert [values.plural(w) for w in ("people", "children", "cases", "them", "the", "those")] == [
        "people",
        "children",
        "cases",
        "them",
        "the",
        "those",
    ]
    assert values.unit_for("people") == "people" and values.unit_for("study", 1) == "study"
    # a findings file written before the fix held the pronoun as the denominator
    old = Claim(
        id="claim-1",
        type="percentage",
        text="55% of them",
        start=0,
        end=11,
        sentence="55% of them.",
        value={"value": 55, "denominator": "them"},
    )
    assert values.describe_value(old) == "55%"


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        # the hedge is in the first clause; the count in the second is plain
        (
            "Ketamine may help some patients, but the trial enrolled 403 patients.",
            {"403 patients": None},
        ),
        (
            "It may work within hours; the trial enrolled 403 patients.",
            {"within hours": "may", "403 patients": None},
        ),
        (
            "The trial enrolled 403 patients; relief may come within hours.",
            {"403 patients": None, "within hours": "may"},
        ),
        (
            "Effects may fade, whereas 12 patients stayed well for up to two weeks.",
            {"12 patients": None, "up to two weeks": None},
        ),
        ("Although ketamine may help, 403 patients were enrolled.", {"403 patients": None}),
        # within its clause a cue hedges the claim, before or after it
        ("403 patients may benefit, but the effect fades.", {"403 patients": "may"}),
        (
            "Some patients report relief within hours, but it fades after a week.",
            {"within hours": "Some patients report", "after a week": None},
        ),
        # a plain "and" does not end the hedged clause
        (
            "Studies suggest relief within hours and benefit for up to two weeks.",
            {"within hours": "suggest", "up to two weeks": "suggest"},
        ),
    ],
)
def test_a_hedge_covers_its_own_clause(text: str, hedges: dict[str, str | None]) -> None:
    claims = extract_claims(text)
    in_clause = {
        c.text: c.hedge if c.hedge_scope == "clause" else None for c in claims if c.text in hedges
    }
    assert in_clause == hedges
    # the contract's `hedged` is about the sentence: every sentence here hedges somewhere
    assert all(c.hedged and c.hedge is not None and c.hedge_scope for c in claims)
    for claim in claims:
        if claim.hedge_scope == "sentence":
            assert hedge_text(claim) == f"{claim.hedge} (other clause)"


def test_hedges_are_captured_from_the_sentence() -> None:
    hedged = only("Some patients report relief within hours.")
    assert hedged.hedged and hedged.hedge == "Some patients report"
    assert only("Ketamine may work within hours.").hedge == "may"
    plain = only("The trial enrolled 403 patients.")
    assert not plain.hedged and plain.hedge is None


def test_sentence_is_the_whole_sentence() -> None:
    text = "Dr. Lee agrees. The standard dose ranges from 0.5 mg/kg to 1 mg/kg. Next."
    claim = only(text)
    assert claim.sentence == "The standard dose ranges from 0.5 mg/kg to 1 mg/kg."


def test_ids_are_in_text_order_and_reference_ids_empty() -> None:
    claims = extract_claims("403 patients got 40 mg within hours, intravenously.")
    assert [c.id for c in claims] == ["claim-1", "claim-2", "claim-3", "claim-4"]
    assert [c.type for c in claims] == ["sample_size", "dose", "onset_time", "route"]
    assert all(c.reference_ids == [] for c in claims)


def test_reference_list_entries_are_not_claims() -> None:
    text = (
        "Relief came within hours.\n"
        "References\n"
        "- Smith, J. (2020). Ketamine within hours in 40 patients. J Psych, 26(3), 183-193.\n"
    )
    assert [c.text for c in extract_claims(text)] == ["within hours"]


def test_a_route_may_sit_inside_a_schedule() -> None:
    claims = extract_claims("They received a single intravenous dose.")
    assert [(c.type, c.text) for c in claims] == [
        ("frequency_schedule", "a single intravenous dose"),
        ("route", "intravenous"),
    ]
    assert claims[0].value["count"] == 1


def test_a_claim_never_crosses_a_sentence() -> None:
    claims = extract_claims("It worked within.\nHours later, 40 patients left.")
    assert [(c.type, c.text) for c in claims] == [("sample_size", "40 patients")]


def test_text_whose_lower_case_changes_length_still_extracts() -> None:
    # "İ".lower() is two characters, which switches the keyword gates off; results agree.
    plain = "Relief came within hours for 40 patients given 0.5 mg/kg."
    claims = extract_claims("İ " + plain)
    assert [c.text for c in claims] == [c.text for c in extract_claims(plain)]
    assert all(("İ " + plain)[c.start : c.end] == c.text for c in claims)


def test_default_rules_are_compiled_once() -> None:
    assert load_rules() is load_rules()


def check_invariants(text: str, claims: list[Claim]) -> None:
    """Exact spans, ids in text order; only a route may overlap another claim (it lives in its
    own layer: "a single intravenous dose" is a schedule holding a route)."""
    previous_start = 0
    previous_end = {"route": 0, "other": 0}
    for number, claim in enumerate(claims, start=1):
        assert claim.id == f"claim-{number}"
        assert text[claim.start : claim.end] == claim.text
        assert claim.start >= previous_start
        layer = "route" if claim.type == "route" else "other"
        assert claim.start >= previous_end[layer]
        assert claim.text in claim.sentence
        assert claim.hedged == (claim.hedge is not None)
        previous_start, previous_end[layer] = claim.start, claim.end


_FRAGMENTS = st.sampled_from(
    [
        "within hours",
        " up to two weeks",
        "0.5 mg/kg to 1 mg/kg",
        "403 patients",
        "55% of ",
        "participants",
        "twice weekly",
        "intravenously",
        " (Wilkins et al. 2021)",
        "Dr. ",
        "may ",
        "six infusions spread over ",
        "two to three weeks",
        ". ",
        "\n",
        "- ",
        "the 1960s",
        "a few",
        " days",
        "n = 24",
        "approximately ",
        "between 0.5 and 1 mg",
        "e.g. ",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=25).map("".join))
@example("403 patients\ntwo to three weeks")  # a noun across a line break made an age
def test_invariants_hold_on_generated_text(text: str) -> None:
    check_invariants(text, extract_claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "403 patients\ntwo to three weeks",
        "In this trial of patients\ntwo to three weeks of treatment helped.",
    ],
)
def test_people_before_a_line_break_give_the_next_lines_time_no_age(text: str) -> None:
    # a soft line break reads as a space in the prose view; the people before it are no
    # population of the time after it (review D)
    (time,) = [c for c in extract_claims(text) if "weeks" in c.text]
    assert (time.type, time.text) == ("duration", "two to three weeks")
    assert time.value == {"low": 2, "high": 3, "unit": "week"}


def test_people_right_before_their_ages_stay_an_age() -> None:
    (age,) = [
        c for c in extract_claims("| 4837 participants 60–80 y with MI |") if c.text == "60–80 y"
    ]
    assert age.value["measure"] == "age" and age.value["population"] == "participant"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_invariants_hold_on_any_text(text: str) -> None:
    check_invariants(text, extract_claims(text))


def test_invariants_hold_on_seeds() -> None:
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        claims = extract_claims(text)
        assert claims, path.name
        check_invariants(text, claims)


# --- word fractions, ages, "n = 68 participants" (black-box report t14) ----------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        (
            "Nearly two-thirds of participants responded.",
            "Nearly two-thirds of participants",
            {
                "numerator": 2,
                "total": 3,
                "value": 66.7,
                "denominator": "participant",
                "descriptor": "two-thirds",
            },
            "approximately",
        ),
        (
            "Roughly half of the patients responded.",
            "Roughly half of the patients",
            {
                "numerator": 1,
                "total": 2,
                "value": 50,
                "denominator": "patient",
                "descriptor": "half",
            },
            "approximately",
        ),
        (
            "Remission occurred in roughly half.",
            "roughly half",
            {"numerator": 1, "total": 2, "value": 50, "descriptor": "half"},
            "approximately",
        ),
        (
            "About a third of adults relapse.",
            "About a third of adults",
            {"numerator": 1, "total": 3, "value": 33.3, "denominator": "adult"},
            "approximately",
        ),
        (
            "One-third of cases were mild.",
            "One-third of cases",
            {"numerator": 1, "total": 3, "value": 33.3, "denominator": "cases"},
            None,
        ),
        (
            "A quarter of them stopped.",
            "A quarter of them",
            {"numerator": 1, "total": 4, "value": 25},
            None,
        ),
        (
            "Three-quarters of the ECT group improved.",
            "Three-quarters of the ECT group",
            {"numerator": 3, "total": 4, "value": 75, "denominator": "ECT group"},
            None,
        ),
        (
            "More than half the participants improved.",
            "More than half the participants",
            {"numerator": 1, "total": 2, "value": 50, "denominator": "participant"},
            "more than",
        ),
    ],
)
def test_word_fraction_of_a_population_is_a_percentage(
    text: str, span: str, value: dict[str, Any], qualifier: str | None
) -> None:
    claim = only(text)
    assert (claim.type, claim.text, claim.qualifier) == ("percentage", span, qualifier)
    assert value.items() <= claim.value.items(), claim.value


@pytest.mark.parametrize(
    "text",
    [
        "Its half-life is short.",
        "The effect is greatest in the first half of the session.",
        "The tablet is cut in half.",
        "In the second half of the trials, fewer dropped out.",
        "A third dose is rarely needed.",
        "It is the third trial of its kind.",
    ],
)
def test_word_fraction_non_claims(text: str) -> None:
    assert [c for c in extract_claims(text) if c.type == "percentage"] == [], text


def test_half_an_hour_is_not_a_proportion() -> None:
    claims = extract_claims("Relief came within about half an hour.")
    assert all(c.type != "percentage" for c in claims), [(c.type, c.text) for c in claims]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The study enrolled adults aged 18–65 years.",
            "aged 18–65 years",
            {"low": 18, "high": 65, "unit": "year"},
        ),
        (
            "It enrolled adults aged 18 to 65.",
            "aged 18 to 65",
            {"low": 18, "high": 65, "unit": "year"},
        ),
        (
            "Patients aged between 18 and 65 took part.",
            "aged between 18 and 65",
            {"low": 18, "high": 65, "unit": "year"},
        ),
        (
            "It is licensed for patients over 65.",
            "over 65",
            {"low": 65, "low_inclusive": False, "unit": "year", "population": "patient"},
        ),
        (
            "Children under 12 should not receive it.",
            "under 12",
            {"high": 12, "high_inclusive": False, "unit": "year", "population": "child"},
        ),
        ("It is for people aged 65 and over.", "aged 65 and over", {"low": 65, "unit": "year"}),
        ("A 45-year-old man was treated.", "45-year-old", {"value": 45, "unit": "year"}),
        ("Participants were 18 years or older.", "18 years or older", {"low": 18, "unit": "year"}),
        (
            "Patients were 30 to 50 years old.",
            "30 to 50 years old",
            {"low": 30, "high": 50, "unit": "year"},
        ),
    ],
)
def test_ages_are_age_claims_not_durations(text: str, span: str, value: dict[str, Any]) -> None:
    # the contract's type for a quantity that is none of the others; `measure` says which
    (claim,) = [c for c in extract_claims(text) if c.type in ("other_quantity", "duration")]
    assert (claim.type, claim.text) == ("other_quantity", span)
    assert claim.value["measure"] == "age"
    assert value.items() <= claim.value.items(), claim.value


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("Patients were followed over 12 weeks.", "duration", "over 12 weeks"),
        ("It helped patients over 2 years.", "duration", "over 2 years"),
        ("Give patients under 50 mg.", "dose", "under 50 mg"),
        ("The trial enrolled 403 patients.", "sample_size", "403 patients"),
    ],
)
def test_age_rules_leave_other_quantities_alone(text: str, kind: str, span: str) -> None:
    claims = extract_claims(text)
    assert [(c.type, c.text) for c in claims] == [(kind, span)]


def test_n_equals_keeps_the_unit_the_text_uses() -> None:
    claim = only("The study enrolled n = 68 participants.")
    assert (claim.type, claim.text) == ("sample_size", "n = 68 participants")
    assert claim.value == {"value": 68, "unit": "participant"}
    # no unit written: the rule's own (a trial's n counts patients)
    assert only("A pilot (n = 24) was run.").value == {"value": 24, "unit": "patient"}
    # a study count keeps its own unit even when a count unit is inside the span
    assert only("It pooled 5 patient studies.").value == {
        "value": 5,
        "unit": "study",
        "measure": "count",
    }


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Nearly two-thirds of participants responded.",
            "approximately two-thirds of participants (66.7%)",
        ),
        ("Remission occurred in roughly half.", "approximately half (50%)"),
        ("It enrolled adults aged 18 to 65.", "18–65 years"),
        ("Children under 12 should not receive it.", "children under 12 years"),
        ("It is for people aged 65 and over.", "65 years or older"),
        # a bound written before the age is said once
        ("This liquid is for children up to 5 years old.", "5 years or younger"),
        ("The vaccine is for people at least 6 years old.", "6 years or older"),
    ],
)
def test_fraction_and_age_values_read_well(text: str, shown: str) -> None:
    (claim,) = [c for c in extract_claims(text) if c.type in ("other_quantity", "percentage")]
    assert values.describe_value(claim) == shown
