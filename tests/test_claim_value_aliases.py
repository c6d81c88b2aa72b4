"""Alias keys of claim values (`value_shapes.with_aliases`): the names people writing values by
hand from the contract give some facts (`source`, `refs`, `journal`, `interval`), added beside
our own keys and never instead of them. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.value_shapes import ALIASES, with_aliases
from citecheck.models import Claim
from claims_scorer import GOLD_DIR, article_for


def _claims(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


def _one(text: str, kind: str) -> Claim:
    found = _claims(text, kind)
    assert len(found) == 1, [(c.text, c.value) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Most cases clear within a week [4].", [4]),
        ("Most cases clear within a week [2,3].", [2, 3]),
        ("Most cases clear within a week [5], [7].", [5, 7]),
    ],
)
def test_reference_numbers_are_also_refs(text: str, numbers: list[int]) -> None:
    cited = _claims(text, "study_attribution")
    assert [n for c in cited for n in c.value["numbers"]] == numbers
    for claim in cited:
        assert claim.value["refs"] == claim.value["numbers"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The World Health Organization recommends two doses.", "World Health Organization"),
        (
            "According to the American Heart Association, salt matters.",
            "American Heart Association",
        ),
        ("The NIH reports that 30 percent of adults snore.", "NIH"),
    ],
)
def test_a_named_body_is_the_source(text: str, name: str) -> None:
    claim = _one(text, "study_attribution")
    assert claim.value["institution"] == name
    assert claim.value["source"] == name


@pytest.mark.parametrize(
    ("text", "family", "person"),
    [
        # a person named as a source, not quoted (a quoted person makes no attribution claim)
        ("It is safe, according to Dr. Jane Q. Roe, who led the trial.", "Roe", "Jane Q. Roe"),
        (
            "Researchers led by NIH Director Ann Marlow, M.D., enrolled 40 adults.",
            "Marlow",
            "Ann Marlow",
        ),
        (
            "Cases fell by half, according to Paul Okafor, Ph.D., the lead author.",
            "Okafor",
            "Paul Okafor",
        ),
    ],
)
def test_a_person_is_named_as_written(text: str, family: str, person: str) -> None:
    claim = _one(text, "study_attribution")
    assert claim.value["authors"] == [family]
    assert claim.value["person"] == person
    assert claim.value["source"] == person


def test_a_work_cited_by_author_and_year_has_no_person() -> None:
    claim = _one("Okafor and Roe (2019) followed the children for a year.", "study_attribution")
    assert "person" not in claim.value
    assert "source" not in claim.value


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("The results were published in the journal Pediatrics.", "Pediatrics"),
        ("A trial published in The Lancet found fewer relapses.", "The Lancet"),
    ],
)
def test_a_journal_named_is_journal_and_source(text: str, journal: str) -> None:
    claim = _one(text, "study_attribution")
    assert claim.value["venue"].removeprefix("The ") == journal.removeprefix("The ")
    assert claim.value["journal"] == claim.value["venue"]
    assert claim.value["source"] == claim.value["venue"]


@pytest.mark.parametrize(
    ("text", "interval", "unit"),
    [
        ("Take one tablet every 8 hours.", 8, "hour"),
        ("The injection is repeated every 2 weeks.", 2, "week"),
        ("Apply the cream every other day.", 2, "day"),
    ],
)
def test_every_n_units_is_an_interval(text: str, interval: float, unit: str) -> None:
    claim = _one(text, "frequency_schedule")
    assert claim.value["interval"] == interval
    assert claim.value["period"] == interval
    assert claim.value["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Take one tablet twice a day.",
        "Take one tablet every 4 to 6 hours.",
        "Take one tablet once a week.",
    ],
)
def test_no_interval_where_the_text_states_none(text: str) -> None:
    claim = _one(text, "frequency_schedule")
    assert "interval" not in claim.value


def test_an_alias_never_replaces_a_key() -> None:
    value: dict[str, Any] = {"form": "institution", "institution": "CDC", "source": "a leaflet"}
    with_aliases("study_attribution", value)
    assert value == {"form": "institution", "institution": "CDC", "source": "a leaflet"}


def test_an_alias_is_a_copy_not_the_same_list() -> None:
    value: dict[str, Any] = {"form": "numeric", "numbers": [1, 2]}
    with_aliases("study_attribution", value)
    value["refs"].append(3)
    assert value["numbers"] == [1, 2]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The trial enrolled 403 patients.", "sample_size", {"value": 403, "unit": "patient"}),
        (
            "The usual dose is 0.5 to 1.0 mg/kg.",
            "dose_range",
            {"low": 0.5, "high": 1.0, "unit": "mg/kg"},
        ),
    ],
)
def test_the_contracts_examples_hold_exactly(text: str, kind: str, value: dict[str, Any]) -> None:
    assert _one(text, kind).value == value


def test_every_alias_repeats_one_of_its_keys() -> None:
    """On the gold articles: an alias present holds the value of one of the keys it names."""
    seen = 0
    for gold in sorted(GOLD_DIR.glob("*.json")):
        article = article_for(gold)
        if article is None:
            continue
        for claim in extract_claims(article.read_text(encoding="utf-8")):
            for name, alias in ALIASES.get(claim.type, {}).items():
                if name in claim.value:
                    seen += 1
                    said = [claim.value[name]] if alias.single else claim.value[name]
                    assert any(claim.value.get(k) == said for k in alias.keys), claim
    assert seen > 0


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Most cases clear within a week [4].", 4),
        ("Most cases clear within a week (12).", 12),
    ],
)
def test_a_citation_of_one_number_is_also_ref(text: str, ref: int) -> None:
    claim = _one(text, "study_attribution")
    assert claim.value["numbers"] == [ref]
    assert claim.value["ref"] == ref


def test_a_citation_of_several_numbers_has_no_ref() -> None:
    claim = _one("Most cases clear within a week [2,3].", "study_attribution")
    assert "ref" not in claim.value


@pytest.mark.parametrize(
    ("text", "times", "per"),
    [
        ("Take one tablet twice a day.", 2, "day"),
        ("Take it once a week.", 1, "week"),
        ("Apply it 3 times a day.", 3, "day"),
        ("Take it daily.", 1, "day"),
    ],
)
def test_how_often_is_also_times_per(text: str, times: float, per: str) -> None:
    claim = _one(text, "frequency_schedule")
    assert claim.value["frequency"] == claim.value["times"] == times
    assert claim.value["period_unit"] == claim.value["per"] == per


def test_a_range_of_frequencies_has_per_but_no_times() -> None:
    claim = _one("Take it once or twice a day.", "frequency_schedule")
    assert (claim.value["low"], claim.value["high"], claim.value["per"]) == (1, 2, "day")
    assert "times" not in claim.value


@pytest.mark.parametrize("text", ["Take one tablet every 8 hours.", "Use it every 2 weeks."])
def test_an_interval_has_no_per(text: str) -> None:
    claim = _one(text, "frequency_schedule")
    assert "per" not in claim.value
    assert claim.value["times"] == 1  # once in each interval (docs/claims.md)
