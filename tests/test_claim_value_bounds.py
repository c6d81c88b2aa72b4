"""Values as annotators write them: a one-sided bound on any quantity, an estimate's interval,
money named after its amount, and a count of a group named before it. Sentences written for
these tests, after the wording of the heldout44 and heldout45 texts named beside them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _at(text: str, span: str) -> Claim:
    found = [c for c in extract_claims(text) if c.text == span]
    assert found, [(c.type, c.text) for c in extract_claims(text)]
    return found[0]


def _fits(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


# --- a one-sided bound is in the value, beside the figure -----------------------------------
@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        # heldout44 07 (a fact sheet), 05 (an abstract), 03 (a report), 10, 09, 01
        ("More than 30% of adults have it.", "More than 30% of adults", {"low": 30}),
        ("Less than 5% of people get it.", "Less than 5% of people", {"high": 5}),
        ("Some allow more than 10 μg/L in water.", "more than 10 μg/L", {"low": 10}),
        ("Hospitals had a minimum of six beds.", "a minimum of six beds", {"low": 6}),
        ("The latency can be as long as 71 years.", "as long as 71 years", {"high": 71}),
        ("This will usually be for up to a week.", "up to a week", {"high": 1}),
        ("Up to 2 million people are bitten.", "Up to 2 million people", {"high": 2000000}),
        ("Take no more than 4 g a day.", "no more than 4 g a day", {"high": 4}),
        ("Do not exceed 4 g a day.", "4 g a day", {"high": 4}),
        # "over" before a share or a count is "more than", as "above" is (review D)
        ("Over 40% of adults are overweight.", "Over 40% of adults", {"low": 40}),
        ("Over 1,000 patients were enrolled.", "Over 1,000 patients", {"low": 1000}),
        ("Above 90% of cases are mild.", "Above 90% of cases", {"low": 90}),
    ],
)
def test_a_bound_qualifier_is_in_the_value(text: str, span: str, bound: dict[str, Any]) -> None:
    claim = _at(text, span)
    figure = next(iter(bound.values()))
    # the figure stays `value` (most golds write it so), the bound beside it (heldout44)
    assert claim.value.get("value") == figure
    assert _fits(claim.value, bound), claim.value


def test_a_strict_bound_says_so() -> None:
    claim = _at("More than 30% of adults have it.", "More than 30% of adults")
    assert claim.qualifier == "more than"
    assert _fits(claim.value, {"low": 30, "low_inclusive": False})


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of adults have it.",  # no bound: about
        "Symptoms last 2 to 3 weeks.",  # a range keeps its own ends
        "Check your feet at least once every 5 years.",  # a schedule's value is its period
    ],
)
def test_no_bound_where_none_is_written(text: str) -> None:
    for claim in extract_claims(text):
        if "value" in claim.value:
            assert "low" not in claim.value and "high" not in claim.value, claim


@settings(max_examples=40, deadline=None)
@given(
    figure=st.integers(min_value=1, max_value=999),
    words=st.sampled_from(
        [("more than", "low"), ("at least", "low"), ("less than", "high"), ("up to", "high")]
    ),
    unit=st.sampled_from(["%", " patients", " mg", " days"]),
)
def test_any_bounded_quantity_holds_its_bound(
    figure: int, words: tuple[str, str], unit: str
) -> None:
    phrase, side = words
    text = f"The survey found {phrase} {figure}{unit} in the group."
    bounded = [c for c in extract_claims(text) if c.value.get("value") == figure]
    assert bounded, [(c.text, c.value) for c in extract_claims(text)]
    assert bounded[0].value.get(side) == figure


# --- an estimate's interval -----------------------------------------------------------------
def test_a_shares_interval_is_a_percentage() -> None:
    # heldout45 09: "Prevalence ... was 2.4% (95% confidence interval [CI], 2.0-2.9)"
    text = "Use was 2.4% (95% CI, 2.0-2.9) and 8.8% [95% CI, 5.4-13.3] in older adults."
    intervals = [c for c in extract_claims(text) if "CI" in c.text]
    assert [c.type for c in intervals] == ["percentage", "percentage"]
    assert _fits(intervals[0].value, {"low": 2, "high": 2.9, "unit": "%"})
    assert _fits(intervals[1].value, {"low": 5.4, "high": 13.3, "unit": "%"})


@pytest.mark.parametrize(
    ("text", "estimate", "interval"),
    [
        # heldout44 10: an odds ratio named well before its figures
        ("The OR for admission was 11.03 [4.68, 26.01] for the oldest.", "11.03", "4.68, 26.01"),
        ("The predicted risks were 2.7 [1.2–4.1] for the highest level.", "2.7", "1.2–4.1"),
    ],
)
def test_a_bare_bracketed_interval_is_a_claim_of_its_own(
    text: str, estimate: str, interval: str
) -> None:
    point = _at(text, estimate)
    assert point.type == "other_quantity" and "ci_low" in point.value
    bounds = _at(text, interval)
    assert bounds.type == "other_quantity"
    assert bounds.value.get("measure") == "confidence interval"
    assert _fits(bounds.value, {"low": point.value["ci_low"], "high": point.value["ci_high"]})


@pytest.mark.parametrize(
    "text",
    [
        # a text that cites by number: whole numbers in brackets after an estimate with
        # decimals are its references, not its interval (review D)
        "Mean HbA1c was 7.2 [3, 9] in the intervention group.",
        "Incidence rose from 2.1 [1, 3] to 4.5 [2, 5].",
    ],
)
def test_reference_numbers_after_an_estimate_are_no_interval(text: str) -> None:
    claims = extract_claims(text)
    assert not [c for c in claims if "ci_low" in c.value or "low" in c.value]
    assert all(c.type == "study_attribution" for c in claims), [(c.type, c.text) for c in claims]


def test_a_legend_names_what_the_bracketed_pairs_are() -> None:
    text = (
        "Scores were 12.5 [10.0, 15.0] and 14.0 [11.5, 17.0] at baseline and 6 months "
        "(median [IQR])."
    )
    assert _at(text, "12.5").value == {"value": 12.5, "measure": "median"}
    assert _at(text, "10.0, 15.0").value == {
        "low": 10,
        "high": 15,
        "measure": "interquartile range",
    }
    assert _at(text, "11.5, 17.0").value["measure"] == "interquartile range"


def test_a_ratios_interval_stays_other_quantity() -> None:
    claims = extract_claims("Risk rose (OR 0.91, 95% CI 0.64–1.29) in the trial.")
    interval = next(c for c in claims if c.text.startswith("95% CI"))
    assert interval.type == "other_quantity"
    assert _fits(interval.value, {"low": 0.64, "high": 1.29})


# --- money named after its amount -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # heldout44 10
        (
            "The estimated cost was at least 400 million US$ per year.",
            "at least 400 million US$ per year",
            {"low": 400000000, "unit": "USD", "per": "year"},
        ),
        ("Care cost 2.5 billion USD in 2020.", "2.5 billion USD", {"value": 2.5e9, "unit": "USD"}),
        ("A visit costs 40 euros.", "40 euros", {"value": 40, "unit": "EUR"}),
        ("Fees were 5-10 USD.", "5-10 USD", {"low": 5, "high": 10, "unit": "USD"}),
    ],
)
def test_a_currency_after_the_amount_is_money(
    text: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(text, span)
    assert claim.type == "other_quantity"
    assert claim.value.get("measure") in ("cost", "money")
    assert _fits(claim.value, expected), claim.value


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a currency's sign or code before the amount, a space away (review D)
        ("The costs were US$ 10 per visit.", "US$ 10", "USD"),
        ("The costs were USD 10 per visit.", "USD 10", "USD"),
        ("Treatment cost EUR 40 a month.", "EUR 40 a month", "EUR"),
        ("It cost $ 25 in 2010.", "$ 25", "USD"),
    ],
)
def test_a_currency_before_the_amount_is_money(text: str, span: str, unit: str) -> None:
    claim = _at(text, span)
    assert claim.type == "other_quantity" and claim.value["unit"] == unit


# --- a count of the group the sentence opens with --------------------------------------------
def test_a_count_takes_the_noun_of_the_group_its_sentence_opens_with() -> None:
    # heldout44 05: "Of these countries, 136 have ... while 40 have ..."
    text = "Of these countries, 136 have strict limits, while 40 have none."
    assert _at(text, "136").value.get("unit") == "country"
    assert _at(text, "40").value.get("unit") == "country"


def test_a_group_of_studies_counts_studies() -> None:
    claim = _at("Of the included studies, 12 were randomized.", "12")
    assert claim.type == "sample_size" and claim.value.get("unit") == "study"


def test_over_before_a_period_sets_no_bound() -> None:
    # "Over 52 weeks, ...": the time the events were spread over, not more than 52 weeks
    claim = _at("Over 52 weeks, 40 patients relapsed.", "Over 52 weeks")
    assert "low" not in claim.value and "high" not in claim.value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You can take another dose as long as 4 hours have passed.", "as long as 4 hours"),
        ("It is safe as long as 2 weeks have passed since the last dose.", "as long as 2 weeks"),
    ],
)
def test_as_long_as_a_time_has_passed_is_at_least_that_time(text: str, span: str) -> None:
    # a condition: once that time or more has gone by, not a length it goes up to
    claim = _at(text, span)
    assert claim.qualifier == "at least"
    assert "high" not in claim.value and claim.value["low"] == claim.value["value"]
