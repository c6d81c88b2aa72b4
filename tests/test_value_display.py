"""How reports show a claim's value (`formats.values.describe_value`): both ends of a count
range, sums of money with their currency, large figures in words of their scale, a route named
once, per what an amount is. Sentences written for these tests (no article's text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.formats import values


def shown(text: str, kind: str) -> list[str]:
    return [values.describe_value(c) for c in extract_claims(text) if c.type == kind]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Split the daily amount into two or three doses.", "2–3 doses"),
        ("Most patients need 2 to 3 injections.", "2–3 injections"),
        ("They had six to eight infusions in all.", "6–8 infusions"),
        ("Adults get 3-4 sessions.", "3–4 sessions"),
        ("Children need one or two doses.", "1–2 doses"),
        ("Patients received 4 infusions.", "4 infusions"),
    ],
)
def test_a_count_range_shows_both_ends(text: str, display: str) -> None:
    assert shown(text, "frequency_schedule") == [display]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("The study was funded with a grant of £1.2 million.", "GBP 1.2 million"),
        ("The programme cost $3 billion a year.", "USD 3 billion per year"),
        ("Direct costs were $500,000/year.", "USD 500,000 per year"),
        ("A course costs £20 to £30.", "GBP 20–30"),
        ("Each dose costs €45.", "EUR 45"),
        ("The settlement was $2.25 billion.", "USD 2.25 billion"),
    ],
)
def test_money_reads_as_a_sum_in_its_currency(text: str, display: str) -> None:
    assert shown(text, "other_quantity") == [display]


@pytest.mark.parametrize(
    ("text", "kind", "display"),
    [
        ("About 2 to 3 million people are affected.", "other_quantity", "approximately 2–3 million people"),
        ("It affects 21.3 million adults.", "other_quantity", "21.3 million adults"),
        ("The trial enrolled 17406 adults.", "sample_size", "17,406 adults"),
        ("The trial enrolled 1998 adults.", "sample_size", "1998 adults"),
    ],
)  # fmt: skip
def test_large_figures_read_well(text: str, kind: str, display: str) -> None:
    assert shown(text, kind) == [display]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("The vaccine is given by injection.", "injection"),
        ("Nurses give it as an injection into the arm.", "injection"),
        ("It is given as an intravenous infusion.", "intravenous (infusion)"),
        ("Use the nasal spray twice a day.", "intranasal (spray)"),
    ],
)
def test_a_route_is_named_once(text: str, display: str) -> None:
    assert shown(text, "route") == [display]


@pytest.mark.parametrize(
    ("text", "kind", "display"),
    [
        ("Take at most 2 tablets a day.", "dose", "up to 2 tablets per day"),
        ("Take a maximum of 8 tablets in 24 hours.", "dose", "up to 8 tablets per day"),
        ("Adults should walk 30 minutes every day.", "duration", "30 minutes per day"),
        ("Give 0.5 mg/kg once.", "dose", "0.5 mg/kg"),  # a unit of symbols stays as written
    ],
)
def test_an_amount_says_per_what(text: str, kind: str, display: str) -> None:
    assert shown(text, kind) == [display]


@given(st.integers(10_000, 10**15))
def test_a_large_figure_reads_back_to_itself(figure: int) -> None:
    written = values.number(figure)
    scales = {"trillion": 10**12, "billion": 10**9, "million": 10**6}
    amount, _, word = written.partition(" ")
    read = round(float(amount) * scales[word]) if word else int(amount.replace(",", ""))
    assert read == figure


@given(st.integers(0, 9_999))
def test_a_small_figure_is_written_as_it_is(figure: int) -> None:
    assert values.number(figure) == str(figure)


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Take it at bedtime.", ["at bedtime"]),
        ("Take the tablets with meals.", ["with meals"]),
    ],
)
def test_a_timing_reads_as_words(text: str, display: list[str]) -> None:
    assert shown(text, "frequency_schedule") == display


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Give the last dose at 11pm.", ["at 23:00"]),
        ("Sleep from 10pm to midnight.", ["22:00–00:00"]),
        ("Telebriefing on Tuesday at 12:00 p.m. ET", ["at 12:00"]),
    ],
)
def test_a_clock_time_reads_as_words(text: str, display: list[str]) -> None:
    assert shown(text, "other_quantity") == display


@pytest.mark.parametrize(
    ("sentence", "part", "shown"),
    [
        ("Leave at least 4 hours between doses.", "at least 4 hours", "at least 4 hours apart"),
        ("Doses should be at least 12 hours apart.", "at least 12 hours", "at least 12 hours"),
    ],
)
def test_a_least_interval_between_doses_reads_as_one(sentence: str, part: str, shown: str) -> None:
    # "at least 1× every 4 hours" would read as the opposite: a floor on how often
    (claim,) = [c for c in extract_claims(sentence) if part in c.text]
    assert claim.type == "frequency_schedule"
    assert values.describe_value(claim) == shown
