"""Prescription shorthand ("bd", "t.i.d.", "qds", "q4-6h", "PRN", "nocte", "10 mg od") read as
schedules with the value of the words it stands for; English words that share a form ("a bid",
"the od group", "a stat") are no schedule (texts written for the test)."""

from __future__ import annotations

import pytest
import yaml

from citecheck.extraction.claim_rules import compile_rules, shorthand_key
from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.models import Claim
from citecheck.paths import data_file


def schedules(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == "frequency_schedule"]


def value_of(words: str) -> dict[str, object]:
    """The value of the words themselves: "twice a day" as a schedule, "as needed" as written."""
    found = schedules(f"Take it {words}.")
    return found[0].value if found else {"timing": words}


@pytest.mark.parametrize(
    ("text", "span", "words"),
    [
        ("Take 500 mg bd with food.", "bd", "twice a day"),
        ("Take one tablet b.i.d. after meals.", "b.i.d.", "twice a day"),
        ("Give 250 mg BID.", "BID", "twice a day"),
        ("Take 50 mg bid.", "bid", "twice a day"),
        ("Amoxicillin 500 mg tds.", "tds", "three times daily"),
        ("Take 250 mg TID.", "TID", "three times daily"),
        ("Paracetamol 1 g q.i.d. is the usual dose.", "q.i.d.", "four times daily"),
        ("Paracetamol 1 g qds.", "qds", "four times daily"),
        ("Take 10 mg od.", "od", "once a day"),
        ("Take 2 tablets qd.", "qd", "once a day"),
        ("Take 40 mg omeprazole mane.", None, None),  # a drug's name stands between
        ("Give 40 mg mane.", "mane", "in the morning"),
        ("Take 5 mg nocte.", "nocte", "at night"),
    ],
)  # fmt: skip
def test_shorthand_is_the_schedule_its_words_are(
    text: str, span: str | None, words: str | None
) -> None:
    found = schedules(text)
    if span is None:
        assert found == []
        return
    (claim,) = [c for c in found if c.start == text.index(span)]
    assert claim.text == span
    assert claim.value == value_of(words or "")


def test_interval_and_as_needed_shorthand() -> None:
    (q_hours,) = schedules("Salbutamol 2 puffs q4-6h.")
    assert q_hours.text == "q4-6h"
    (every,) = schedules("Take 2 puffs every 4-6 hours.")
    assert q_hours.value == every.value
    (abbreviated,) = schedules("Take one tablet every 4-6 h.")
    assert abbreviated.text == "every 4-6 h" and abbreviated.value == every.value
    (q8h,) = schedules("Amoxicillin 500 mg q8h.")
    assert q8h.value["period"] == 8 and q8h.value["period_unit"] == "hour"
    (prn,) = schedules("Paracetamol 1 g qds PRN.")
    assert prn.text == "qds PRN"
    assert prn.value["frequency"] == 4 and prn.value["timing"] == "as needed"
    (as_needed,) = schedules("Take 2 puffs every 4 hours as needed.")
    assert as_needed.text == "every 4 hours as needed"
    (stat,) = schedules("Give 1 mg stat.")
    assert stat.value == {"timing": "immediately"}


def test_shorthand_leaves_the_course_length_to_a_duration() -> None:
    claims = extract_claims("Take 250 mg t.i.d. for 7 days.")
    (claim,) = [c for c in claims if c.type == "frequency_schedule"]
    assert claim.text == "t.i.d." and claim.value["frequency"] == 3
    assert [(c.text, c.value) for c in claims if c.type == "duration"] == [
        ("7 days", {"value": 7, "unit": "day"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In a bid to cut costs, the clinic closed.",
        "The od group did as well as the placebo group.",
        "BD Biosciences supplied the kit.",
        "A stat that surprised the team.",
        "Eat snacks as needed to keep your sugar up.",
        "Her mane of hair was thick.",
        "TDS in the water was measured.",
    ],
)
def test_english_words_are_no_shorthand(text: str) -> None:
    assert schedules(text) == []


def test_every_listed_form_reads_after_a_dose() -> None:
    """Each form of claims.yaml's `dosing_shorthand`, after a dose, is a schedule claim with the
    value of the words it stands for."""
    listed = yaml.safe_load(data_file("claims.yaml").read_text())["quantities"]["dosing_shorthand"]
    shorthand = load_rules().dosing_shorthand
    for group in ("anywhere", "after_dose"):
        for words, forms in listed[group].items():
            for form in forms:
                assert shorthand[shorthand_key(form)] == words
                found = schedules(f"Take 10 mg {form}.")
                assert len(found) == 1, (form, found)
                assert found[0].text == form
                assert found[0].value == value_of(words), form


def test_interval_shorthand_value_comes_from_the_rule_match() -> None:
    """The hours are read from the rule's `every` group, so the pattern is written once: a rule
    file that widens it ("q4-6 hourly") gets the value without a second copy in the code."""
    data = yaml.safe_load(data_file("claims.yaml").read_text(encoding="utf-8"))
    (rule,) = [r for r in data["rules"] if r["name"] == "dosing_interval_shorthand"]
    rule["pattern"] = rule["pattern"].replace("(?:h|hrs?|hours?)", "(?:h|hrs?|hours?|hourly)")
    rules = compile_rules(data)
    (q_hourly,) = [
        c
        for c in extract_claims("Salbutamol 2 puffs q4-6 hourly.", rules)
        if c.type == "frequency_schedule"
    ]
    (every,) = schedules("Take 2 puffs every 4-6 hours.")
    assert q_hourly.text == "q4-6 hourly" and q_hourly.value == every.value
