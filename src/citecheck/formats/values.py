"""A claim's normalised value in words, for people: "within 72 hours", "2× per week over 2–3
weeks", "55% of participants", "intravenous (infusion)", "Zanos & Gould 2018".

The findings file keeps the value as data; this is only how reports show it. A value whose shape
is not known here (a claim type a user added in claims.yaml) is shown as its keys and values.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.extraction.claim_values import QUALIFIER_BOUNDS, bound_qualifier, figure_bound
from citecheck.models import Claim

# Units written as symbols or abbreviations never take a plural "s".
_INVARIANT_UNITS = {"mg", "mcg", "µg", "μg", "g", "kg", "ml", "mL", "l", "mmHg", "%", "IU", "ng"}
_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}
_ALREADY_PLURAL = frozenset(_IRREGULAR_PLURALS.values())
# Never pluralised, and never shown as a denominator ("55% of them" has none).
_PRONOUNS = frozenset(
    {
        "them",
        "they",
        "those",
        "these",
        "this",
        "that",
        "it",
        "its",
        "us",
        "we",
        "you",
        "who",
        "whom",
        "which",
        "the",
        "a",
        "an",
        "all",
        "both",
        "each",
        "either",
        "their",
        "our",
    }
)
# Populations named as a whole: "41.2% of the ECT group", not "of ECT groups". Keep in step
# with GROUP_NOUN in claims.yaml.
_GROUP_NOUNS = frozenset(
    {
        "group",
        "groups",
        "arm",
        "arms",
        "cohort",
        "cohorts",
        "sample",
        "samples",
        "population",
        "populations",
    }
)
_MAGNITUDE_WORDS = {100: "hundreds", 1_000: "thousands", 1_000_000: "millions", 10**9: "billions"}


# A large figure reads in words of its scale when it is round at that scale ("1.2 million"),
# else with its thousands grouped ("17,406"); a figure under 10,000 as written ("2019" in a
# year-like count stays "2019").
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_GROUPED_FROM = 10_000


def number(value: Any) -> str:
    scaled = _scaled(value)
    if scaled is not None:
        return f"{scaled[0]} {scaled[1]}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= _GROUPED_FROM:
        return f"{value:,}"
    return str(value)


def _scaled(value: Any) -> tuple[str, str] | None:
    """("1.2", "million") for 1,200,000: a figure of a million or more, round to three
    decimals at its scale; None for any other."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    for size, word in _SCALES:
        if abs(value) >= size:
            if value % (size // 1000):
                return None
            return _plain_figure(value / size), word
    return None


def _plain_figure(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def figures(low: Any, high: Any) -> str:
    """A range of figures: "2–3 million" when both ends are round at one scale, else each end
    as `number` writes it ("0.5–1", "17,406–20,000")."""
    low_scaled, high_scaled = _scaled(low), _scaled(high)
    if low_scaled and high_scaled and low_scaled[1] == high_scaled[1]:
        return f"{low_scaled[0]}–{high_scaled[0]} {high_scaled[1]}"
    return f"{number(low)}–{number(high)}"


def plural(word: str) -> str:
    """The plural of a singular noun ("week" -> "weeks", "study" -> "studies", "person" ->
    "people"); a word already plural, or a pronoun, comes back as it is."""
    lowered = word.lower()
    if lowered in _PRONOUNS or lowered in _ALREADY_PLURAL or lowered.endswith("s"):
        return word
    if lowered in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lowered]
    if lowered.endswith("y") and len(lowered) > 1 and lowered[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def unit_for(unit: str, amount: Any = None) -> str:
    """`unit` agreeing with `amount` ("1 week", "3 weeks"); no amount means plural ("weeks").
    A unit of words per a word reads so ("minute/day": "30 minutes per day"); "mg/kg" stays."""
    counted, _, per = unit.partition("/")
    worded = counted.isalpha() and len(counted) >= 3 and counted not in _INVARIANT_UNITS
    if worded and per.isalpha() and len(per) >= 3:
        return f"{unit_for(counted, amount)} per {per}"
    if unit in _INVARIANT_UNITS or "/" in unit or not unit.isalpha() or len(unit) < 3:
        return unit
    if amount is not None and isinstance(amount, int | float) and abs(amount) == 1:
        return unit
    return plural(unit)


def population(denominator: Any) -> str:
    """How a proportion's denominator reads after "of": a count unit in the plural
    ("participants"), a group as a whole ("the ECT group"), a phrase as written; "" for a
    pronoun or determiner, which names no population."""
    words = str(denominator or "").split()
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return ""
    if words[-1].lower() in _GROUP_NOUNS:
        return "the " + " ".join(words)
    if len(words) > 1:
        return " ".join(words)
    return plural(words[0])


# "at least 4 hours" between doses: the qualifier bounds the interval, not how often
_BARE_INTERVAL = re.compile(r"\s*\d")


def describe_value(claim: Claim) -> str:
    value = claim.value or {}
    qualifier = claim.qualifier
    if (
        claim.type == "frequency_schedule"
        and qualifier
        and value.get("frequency") == 1
        and isinstance(value.get("period"), (int, float))
        and claim.text.lower().startswith(qualifier)
        and _BARE_INTERVAL.match(claim.text, len(qualifier))
    ):
        period = value["period"]
        return (
            f"{qualifier} {number(period)} {unit_for(value.get('period_unit', ''), period)} apart"
        )
    text = _describe(str(claim.type), value)
    bound = _bound_words(value)
    if (
        value.get("measure") == "age"
        and qualifier is not None
        and QUALIFIER_BOUNDS.get(qualifier) == figure_bound(value)
    ):
        pass  # an age says its own bound ("children under 12 years", "65 years or older")
    elif qualifier and text and not text.startswith(qualifier):
        text = f"{qualifier} {text}"
    elif text and value.get("measure") != "age" and bound:
        text = f"{bound} {text}"  # "p<0.001", "> 48 hours": the sign the span leaves out
    return text or "—"


def _describe(kind: str, value: dict[str, Any]) -> str:
    if value.get("measure") == "age":
        kind = "age"
    describer = {
        "route": _route,
        "study_attribution": _attribution,
        "percentage": _percentage,
        "frequency_schedule": _schedule,
        "other_quantity": _other_quantity,
        "age": _age,
    }.get(kind, _amount)
    try:
        text = describer(value)
    except (KeyError, TypeError, ValueError):
        text = ""
    return text or _as_pairs(value)


def _amount(value: dict[str, Any]) -> str:
    """Times, doses, counts: "15 minutes", "0.5–1 mg/kg", "0.25, 0.5 or 1 mg/kg", "a few weeks",
    "hours to days", "low"; per what when the value says ("2 tablets per day")."""
    amount = _amount_alone(value)
    per = value.get("per")
    return f"{amount} per {per}" if amount and isinstance(per, str) and per else amount


def _amount_alone(value: dict[str, Any]) -> str:
    unit = value.get("unit")
    high_unit = value.get("high_unit")
    if "choices" in value:
        choices = [number(c) for c in value["choices"]]
        amount = ", ".join(choices[:-1]) + f" or {choices[-1]}" if len(choices) > 1 else choices[0]
        return f"{amount} {unit_for(unit) if unit else ''}".strip()
    if "low" in value and "high" in value:
        if high_unit and high_unit != unit:
            return (
                f"{number(value['low'])} {unit_for(unit or '', value['low'])} to "
                f"{number(value['high'])} {unit_for(high_unit, value['high'])}"
            )
        amount = figures(value["low"], value["high"])
        return f"{amount} {unit_for(unit, value['high']) if unit else ''}".strip()
    if "value" in value:
        amount = number(value["value"])
        return f"{amount} {unit_for(unit, value['value']) if unit else ''}".strip()
    if "low" in value:  # open above: "1 to several days", "range 8–∞"
        upper = f"to {value['descriptor']}" if value.get("descriptor") else "or more"
        return f"{number(value['low'])} {upper} {unit_for(unit) if unit else ''}".strip()
    if unit:
        words = unit_for(unit)
        if high_unit:
            words = f"{words} to {unit_for(high_unit)}"
        descriptor = value.get("descriptor")
        return f"{descriptor} {words}" if descriptor else words
    if value.get("descriptor"):
        return f"{value['descriptor']} (no figure given)"
    return ""


def _schedule(value: dict[str, Any]) -> str:
    parts: list[str] = []
    count_unit = value.get("count_unit")
    if "frequency" in value:
        times = number(value["frequency"])
        if "frequency_max" in value:
            times += f"–{number(value['frequency_max'])}"
        period_unit = value.get("period_unit", "")
        period = value.get("period", 1)
        if "period_max" in value:
            every = f"every {number(period)}–{number(value['period_max'])} {unit_for(period_unit)}"
        elif period == 1:
            every = f"per {period_unit}"
        else:
            every = f"every {number(period)} {unit_for(period_unit, period)}"
        most = value.get("frequency_max", value["frequency"])
        what = f" {unit_for(count_unit, most)}" if count_unit else "×"
        parts.append(f"{times}{what} {every}")
    elif "count" in value:
        most = value.get("count_max", value["count"])
        counted = unit_for(count_unit or "time", most)
        if "count_max" in value:  # "two or three doses", "6 to 8 infusions"
            parts.append(f"{figures(value['count'], most)} {counted}")
        else:
            parts.append(f"{number(value['count'])} {counted}")
    elif isinstance(value.get("points"), list) and value["points"]:
        # "at 2, 4, 6 and 12–15 months": the times of a plan
        points = [_amount(p) if isinstance(p, dict) else number(p) for p in value["points"]]
        listed = ", ".join(points[:-1]) + f" and {points[-1]}" if len(points) > 1 else points[0]
        parts.append(f"at {listed} {unit_for(value.get('unit') or '')}".strip())
    elif "value" in value or "unit" in value:
        parts.append(_amount(value))  # "a week apart": an interval
    if isinstance(value.get("bounds"), dict):
        parts.append(f"over {_amount(value['bounds'])}")
    if value.get("time_of_day"):  # "at 07:00", "22:00–00:00"
        if value.get("time_of_day_end"):
            parts.append(f"{value['time_of_day']}–{value['time_of_day_end']}")
        else:
            parts.append(f"at {value['time_of_day']}")
    if isinstance(value.get("timing"), str):  # "at bedtime", "1× per day in the evening"
        parts.append(value["timing"])
    if isinstance(value.get("alternative"), dict):  # "1× every 2–3 days or 1× per week"
        parts.append(f"or {_schedule(value['alternative'])}")
    return " ".join(part for part in parts if part)


def _percent_sign(value: dict[str, Any]) -> str:
    """ "%" for a share; a difference of two shares keeps its unit ("12.4 percentage points"):
    read as "12.4%" it would be another claim, the error a reader checking numbers looks for."""
    if value.get("unit") != "percentage point":
        return "%"
    amount = value.get("value", value.get("high"))
    return " percentage point" if amount in (1, -1) else " percentage points"


def _percentage(value: dict[str, Any]) -> str:
    denominator = population(value.get("denominator"))
    if "numerator" in value and "total" in value:
        if value.get("descriptor"):  # "two-thirds of participants (66.7%)"
            share = str(value["descriptor"])
            share = f"{share} of {denominator}" if denominator else share
            return f"{share} ({number(value['value'])}%)" if "value" in value else share
        share = f"{number(value['numerator'])} of {number(value['total'])}"
        if denominator:
            share = f"{share} {denominator}"  # "1 of 6 adults"
        return f"{share} ({number(value['value'])}%)" if "value" in value else share
    sign = _percent_sign(value)
    if "value" in value:
        share = f"{number(value['value'])}{sign}"
    elif "low" in value and "high" in value:
        if value["high"] == 100 and value.get("low_inclusive") is False and sign == "%":
            share = f"over {number(value['low'])}%"  # "a majority": more than half
        else:
            share = f"{number(value['low'])}–{number(value['high'])}{sign}"
        if value.get("descriptor"):
            share = f"{value['descriptor']} ({share})"
    else:
        share = str(value.get("descriptor") or "")
    return f"{share} of {denominator}" if denominator and share else share


def _other_quantity(value: dict[str, Any]) -> str:
    if value.get("measure") in _MONEY_MEASURES:
        return _money(value)
    if "decade" in value:
        return f"the {number(value['decade'])}s"
    if value.get("time_of_day"):  # a clock time: "at 23:00", "22:00–00:00"
        until = value.get("time_of_day_end")
        return f"{value['time_of_day']}–{until}" if until else f"at {value['time_of_day']}"
    if "magnitude" in value:
        words = _MAGNITUDE_WORDS.get(value["magnitude"], f"~{number(value['magnitude'])}")
        unit = value.get("unit")
        return f"{words} of {unit_for(unit)}" if unit else words
    return _amount(value)


def _bound_words(value: dict[str, Any]) -> str:
    """ "less than" for "p<0.001" (value 0.001, high 0.001 not inclusive), "at least" for
    "BMI ≥30", "more than" for "> 48 hours": the comparison a figure was written with, when
    the bound is the figure itself."""
    return bound_qualifier(value) or ""


_MONEY_MEASURES = frozenset({"money", "cost"})


def _money(value: dict[str, Any]) -> str:
    """ "GBP 1.2 million", "USD 500,000 per year", "USD 20–30 per person": the currency's code
    before the sum, as it is no unit to count ("1200000 GBPs")."""
    currency, _, per = str(value.get("unit") or "").partition("/")
    per = per or str(value.get("per") or "")
    if "low" in value and "high" in value:
        amount = figures(value["low"], value["high"])
    elif "value" in value:
        amount = number(value["value"])
    else:
        return ""
    text = f"{currency} {amount}" if currency else amount
    return f"{text} per {per}" if per else text


def _age(value: dict[str, Any]) -> str:
    """ "18–65 years", "over 65 years", "under 12 years", "65 years or older", "45 years";
    with its population in front: "patients over 65 years"."""
    unit = str(value.get("unit") or "year")
    if "low" in value and "high" in value:
        text = f"{number(value['low'])}–{number(value['high'])} {unit_for(unit, value['high'])}"
    elif "low" in value:
        years = f"{number(value['low'])} {unit_for(unit, value['low'])}"
        text = f"over {years}" if value.get("low_inclusive") is False else f"{years} or older"
    elif "high" in value:
        years = f"{number(value['high'])} {unit_for(unit, value['high'])}"
        text = f"under {years}" if value.get("high_inclusive") is False else f"{years} or younger"
    elif "value" in value:
        text = f"{number(value['value'])} {unit_for(unit, value['value'])}"
    else:
        return ""
    who = population(value.get("population"))
    return f"{who} {text}" if who else text


def _route(value: dict[str, Any]) -> str:
    route = str(value.get("route", "")).replace("_", " ")
    # "injection (injection)" says it twice: a form named as its route is shown once
    extras = [
        str(value[key])
        for key in ("form", "setting")
        if value.get(key) and str(value[key]).replace("_", " ") != route
    ]
    return f"{route} ({', '.join(extras)})" if extras else route


def _attribution(value: dict[str, Any]) -> str:
    form = value.get("form")
    authors = list(value.get("authors") or [])
    if authors:
        if value.get("et_al") or len(authors) > 2:
            who = f"{authors[0]} et al."
        else:
            who = " & ".join(authors)
        return f"{who} {value['year']}" if value.get("year") else who
    if value.get("institution"):
        return str(value["institution"])
    if value.get("outlet"):
        lead = "image from" if form == "image_credit" else "reported by"
        return f"{lead} {value['outlet']}"
    if value.get("venue"):
        return f"{value['venue']}, {value['year']}" if value.get("year") else str(value["venue"])
    if value.get("title"):
        return str(value["title"])
    if value.get("year"):
        return f"a study of {value['year']}"
    if form == "unnamed":
        return "an unnamed source"
    if value.get("numbers"):
        numbers = ", ".join(str(n) for n in value["numbers"])
        return f"reference {numbers}" if len(value["numbers"]) == 1 else f"references {numbers}"
    return ""


def _as_pairs(value: dict[str, Any]) -> str:
    return ", ".join(f"{key}={_plain(item)}" for key, item in value.items())


def _plain(item: Any) -> str:
    if isinstance(item, dict):
        return "{" + _as_pairs(item) + "}"
    if isinstance(item, list):
        return ", ".join(_plain(x) for x in item)
    return number(item)
