"""Counts and shares the extractor missed or mistyped on the sets opened in the fifth session
(issue 17): the later values of a statistic named once before a list ("number needed to harm:
seven, eight, nine, and 13, respectively"), a count whose bracketed rate stands between it and
its noun, a study's group named before its count ("a cohort of close to 15,000 donor
nephrectomies"), people counted in a sentence naming researchers, a word fraction of a whole
something accounts for, and estimates whose percent sign follows their intervals. Excerpts are
short, their source named; the rest written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


# --- one statistic, several values ----------------------------------------------------------


def test_a_statistic_named_once_gives_every_value_of_its_list() -> None:
    # Medscape news of a tramadol review (heldout54/04)
    text = (
        "The risk for several nonserious adverse events, including nausea, dizziness, "
        "constipation, and somnolence, was increased with tramadol (number needed to harm: "
        "seven, eight, nine, and 13, respectively)."
    )
    found = _of(text, "other_quantity")
    assert [c.value for c in found] == [
        {"value": v, "measure": "number needed to harm"} for v in (7, 8, 9, 13)
    ]


@given(st.lists(st.integers(2, 99), min_size=2, max_size=5))
def test_any_list_of_odds_ratios(values: list[int]) -> None:
    written = [f"{v / 10:.1f}" for v in values]
    listed = ", ".join(written[:-1]) + f" and {written[-1]}"
    text = f"Risks were higher (odds ratios: {listed}, respectively)."
    found = [c for c in _of(text, "other_quantity") if c.value.get("measure") == "odds ratio"]
    assert [c.value["value"] for c in found] == [float(w) for w in written]


def test_a_count_after_a_statistic_is_no_value_of_it() -> None:
    found = _of("The odds ratio was 2.1 and 30 patients died.", "other_quantity")
    assert [c.value.get("measure") for c in found] == ["odds ratio", "count"]


# --- counts ---------------------------------------------------------------------------------


def test_a_count_with_its_rate_in_brackets_before_its_noun() -> None:
    # MMWR on falls among older adults (heldout54/01)
    text = (
        "In 2021, 38,742 (78.0 per 100,000 population) older adults died as the result of "
        "unintentional falls."
    )
    found = _of(text, "other_quantity")
    assert [(c.text, c.value.get("value")) for c in found] == [
        ("38,742", 38742),
        ("78.0 per 100,000", 78),
    ]


def test_a_count_with_a_one_in_n_share_before_its_noun() -> None:
    # NHLBI on narcolepsy (heldout33/05)
    text = "Narcolepsy may affect 150,000 (1 in 2,000) people or more in the United States."
    found = extract_claims(text)
    assert [(c.type, c.text) for c in found] == [
        ("other_quantity", "150,000"),
        ("percentage", "1 in 2,000"),
    ]


def test_a_table_row_with_no_column_header_is_named_by_its_label() -> None:
    # SEER stat fact sheet, thyroid cancer (heldout41/07)
    text = (
        "| At a Glance | |\n|---|---|\n| Estimated New Cases in 2014 | 62,980 |\n"
        "| Estimated Deaths in 2014 | 1,890 |\n"
    )
    found = _of(text, "other_quantity")
    assert [(c.text, c.value) for c in found] == [
        ("62,980", {"value": 62980, "measure": "estimated new cases in 2014"}),
        ("1,890", {"value": 1890, "measure": "estimated deaths in 2014"}),
    ]


def test_a_row_label_naming_nothing_counted_gives_no_claim() -> None:
    assert not extract_claims("| Strain | |\n|---|---|\n| Designation | 35624 |\n")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a review of the risks of kidney donation (heldout52/10)
        (
            "Within a cohort of close to 15,000 donor nephrectomies, they observed "
            "perioperative complications in 16.8%.",
            "close to 15,000 donor nephrectomies",
            15000,
        ),
        ("We studied a cohort of 2,000 kidney donors.", "2,000 kidney donors", 2000),
        ("They drew a sample of 1,200 households.", "1,200 households", 1200),
        # Michigan Medicine press release on delirium (heldout54/05)
        (
            "The researchers performed testing for delirium in the PACU (recovery room) in 91 "
            "older adults undergoing major surgery with general anesthesia.",
            "91 older adults",
            91,
        ),
    ],
)
def test_what_a_study_took(text: str, span: str, value: int) -> None:
    (sample,) = _of(text, "sample_size")
    assert (sample.text, sample.value["value"]) == (span, value)


def test_people_counted_in_a_population_stay_a_count() -> None:
    text = "Researchers estimate that 1 million people in the US have the disease."
    assert not _of(text, "sample_size")


# --- shares ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # heldout52/10
        (
            "Living kidney donation now accounts for around a third of the UK kidney "
            "transplant program [3].",
            "around a third of the UK kidney transplant program",
            33.3,
        ),
        ("Generic drugs make up about half of the market.", "about half of the market", 50.0),
        (
            "Smoking accounts for a third of all cancer deaths.",
            "a third of all cancer deaths",
            33.3,
        ),
    ],
)
def test_a_word_fraction_of_a_whole(text: str, span: str, value: float) -> None:
    (share,) = _of(text, "percentage")
    assert (share.text, share.value["value"]) == (span, value)


def test_half_a_tablet_is_no_share() -> None:
    assert not _of("Take half of the tablet with water.", "percentage")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # BJS, a randomised trial of varicose vein treatments (heldout52/07)
        (
            "The analysis showed occlusion rates of 75·0 (95 per cent c.i. 68·0 to 82·0), 59·9 "
            "(52·1 to 67·7) and 81·3 (75·1 to 87·6) per cent respectively after 1 year.",
            [75, 59.9, 81.3],
        ),
        ("The occlusion rate was 81.3 (75.1 to 87.6) per cent.", [81.3]),
        ("Remission was 42.5 (95% CI 38.0 to 47.1)% at a year.", [42.5]),
    ],
)
def test_a_percent_sign_after_the_intervals(text: str, values: list[float]) -> None:
    found = [c for c in _of(text, "percentage") if "value" in c.value and "level" not in c.value]
    assert [c.value["value"] for c in found if c.value["value"] != 95] == values


def test_a_percentage_estimates_interval_stays_a_claim_in_percent() -> None:
    # heldout52/07
    text = "Occlusion rates were 59·9 (52·1 to 67·7) and 81·3 (75·1 to 87·6) per cent."
    bounds = [c for c in _of(text, "percentage") if "low" in c.value]
    assert [(c.text, c.value["low"], c.value["high"]) for c in bounds] == [
        ("52·1 to 67·7", 52.1, 67.7),
        ("75·1 to 87·6", 75.1, 87.6),
    ]
    assert all(c.value["measure"] == "confidence interval" for c in bounds)


def test_a_unit_after_an_interval_other_than_percent_is_kept() -> None:
    (survival,) = _of("Median survival was 12.4 (10.9 to 14.0) years.", "duration")
    assert survival.value["unit"] == "year"
