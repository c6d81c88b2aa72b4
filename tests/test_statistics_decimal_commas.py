"""A statistic written with a decimal comma, as European abstracts write it (issue 17, heldout46):
"HR at 1,52 (95% CI [1,052–2,198], p = 0.026)" is a hazard ratio of 1.52 with its interval
1.052 to 2.198, and the bracket is no citation. Quoted excerpts are from heldout46/03 (an
Amiens hip-fracture cohort abstract); the other sentences were written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim

_AMIENS = (
    "Independent factors associated with 1-year mortality were: age (HR at 1.059 (95%CI "
    "[1.005–1.116], p = 0,032), Lee score ≥ 3 (HR at 1,52 (95% CI [1,052–2,198], p = 0.026)."
)


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _at(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if c.text.startswith(span)]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in _claims(text)]
    return found[0]


def test_a_hazard_ratio_and_its_interval_with_decimal_commas() -> None:
    ratio = _at(_AMIENS, "HR at 1,52")
    assert ratio.value["value"] == 1.52
    assert ratio.value["measure"] == "hazard ratio"
    assert (ratio.value["ci_low"], ratio.value["ci_high"]) == (1.052, 2.198)
    interval = _at(_AMIENS, "95% CI [1,052")
    assert (interval.value["low"], interval.value["high"]) == (1.052, 2.198)


def test_a_p_value_with_a_decimal_comma() -> None:
    assert _at(_AMIENS, "p = 0,032").value["value"] == 0.032


def test_an_interval_in_brackets_is_no_citation() -> None:
    assert not [c for c in _claims(_AMIENS) if c.type == "study_attribution"]
    text = "The median stay was 3 days (95% CI [2-5]) in the treated group."
    assert not [c for c in _claims(text) if c.type == "study_attribution"]


def test_a_statistic_named_with_at_takes_its_name() -> None:
    claim = _at(_AMIENS, "HR at 1.059")
    assert (claim.value["value"], claim.value["measure"]) == (1.059, "hazard ratio")


def test_thousands_and_citations_keep_their_commas() -> None:
    text = "The trial enrolled 1,052 patients [1,2]. Costs were $2,198 per person (3,4)."
    claims = _claims(text)
    sample = next(c for c in claims if c.text.startswith("1,052"))
    assert sample.value["value"] == 1052
    cited = [c.value.get("numbers") for c in claims if c.type == "study_attribution"]
    assert [1, 2] in cited
    # a count in brackets after an estimate read the European way is no interval's bound
    counted = _claims("The risk was lower (RR 0,8; 1,052 patients).")
    assert any(c.value.get("value") == 1052 for c in counted)


@given(
    whole=st.integers(min_value=0, max_value=9),
    decimals=st.integers(min_value=1, max_value=99),
    name=st.sampled_from(["HR", "OR", "RR", "hazard ratio", "odds ratio"]),
)
def test_any_ratio_with_a_decimal_comma_is_read_as_a_decimal(
    whole: int, decimals: int, name: str
) -> None:
    written = f"{whole},{decimals:02d}"
    text = f"The risk of death was higher ({name} = {written}; p < 0.05)."
    claim = _at(text, name)
    assert claim.value["value"] == float(f"{whole}.{decimals:02d}")
    assert text[claim.start : claim.end] == claim.text


def _values(text: str, span: str) -> dict[str, object]:
    return dict(_at(text, span).value)


def test_a_p_value_starts_no_run_of_decimal_commas() -> None:
    # thousands after "p = 0,03" are counts of people, not an interval's bounds (review I1)
    sample = _values("p = 0,03 in trials of 1,200–1,500 participants.", "1,200")
    assert (sample["low"], sample["high"]) == (1200, 1500)
    counted = _claims("p = 0,032 in 1,052–2,198 and 1,052–2,198 patients.")
    assert not [c for c in counted if c.value.get("low") == 1.052]


def test_thousands_after_an_interval_are_no_bounds_of_it() -> None:
    # the run of an estimate ends with its interval's second bound; "and 2,000–3,000 deaths"
    # is a count after it (review I1)
    text = "HR 1,5, 95% CI 1,2–1,9, and 2,000–3,000 deaths were averted."
    assert (_values(text, "HR 1,5")["ci_low"], _values(text, "HR 1,5")["ci_high"]) == (1.2, 1.9)
    deaths = _values(text, "2,000")
    assert (deaths["low"], deaths["high"]) == (2000, 3000)
    text = "HR 0,84 (95% CI 0,71–0,99) 1,000–2,000 patients per centre."
    assert _values(text, "1,000")["low"] == 1000


def test_a_time_after_hr_at_is_no_estimate() -> None:
    # "HR at 12 months": the time the ratio is read at, not a ratio of 12 (review I2)
    for text, figure in (
        ("The HR at 12 months was 0.75 (95% CI 0.6-0.9).", "12"),
        ("The RR at 1.5 years was 0.8.", "1.5"),
        ("The RR at 1,5 years was 0,8.", "1,5"),
        ("The OR at 20% uptake was 1.4.", "20"),
    ):
        claims = _claims(text)
        assert not [c for c in claims if c.text.endswith(f"at {figure}")], text
        assert not [
            c
            for c in claims
            if c.value.get("measure") == "relative risk" and c.value.get("value") == 1.5
        ]
    duration = _at("The HR at 12 months was 0.75 (95% CI 0.6-0.9).", "12 months")
    assert duration.type == "duration"


def test_a_citation_grouped_with_an_interval_is_kept() -> None:
    # "[2-5]" after "95% CI" holds bounds, "[7]" after it is a reference number (review I4)
    cited = [
        c
        for c in _claims("Several trials (95% CI [2-5], [7]) reported.")
        if c.type == "study_attribution"
    ]
    assert [(c.text, c.value["numbers"]) for c in cited] == [("[7]", [7])]


def test_an_interval_with_decimal_commas_in_brackets_is_no_citation() -> None:
    # the bracket read as the hazard ratio's interval is not also a list of references (I5)
    claims = _claims("HR 1,5 [1,2–1,9] for death.")
    assert not [c for c in claims if c.type == "study_attribution"]
    assert (_at("HR 1,5 [1,2–1,9] for death.", "HR 1,5").value["ci_low"]) == 1.2


def test_a_p_value_named_without_a_sign_reads_its_decimal_comma() -> None:
    # "the p value was 0,04" as "p = 0,04" (review I7), its name in the span as a sign's is
    # ("p-value of <0.05" in the heldout18 gold); the thousands after it stay thousands
    text = "The p value was 0,04 and 1,500–2,000 patients were screened."
    assert _values(text, "p value was 0,04")["value"] == 0.04
    assert _values(text, "1,500")["low"] == 1500
    assert _values("Survival was longer (p < 0,001).", "p < 0,001")["value"] == 0.001


@given(
    low=st.integers(min_value=1, max_value=4),
    high=st.integers(min_value=5, max_value=9),
    head=st.sampled_from(["p = 0,03 in", "HR 1,5 (95% CI 1,2–1,9) in", "OR 0,8; 95% CI 0,7–0,9;"]),
)
def test_any_thousands_range_after_a_decimal_comma_statistic_stays_thousands(
    low: int, high: int, head: str
) -> None:
    # review I11: the thousands after a statistic read the European way are no bounds
    text = f"{head} {low},200–{high},500 patients."
    sample = _values(text, f"{low},200")
    assert (sample["low"], sample["high"]) == (low * 1000 + 200, high * 1000 + 500)
