"""Turn the text a rule matched into a claim's normalised `value` dict.

One function per value kind of `claims.yaml`; each gets the claim span text (qualifier
already removed) and the regex match (for named groups such as `venue` or `year`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from citecheck.extraction.claim_rules import ClaimRules, Rule, shorthand_key
from citecheck.extraction.names import family_names
from citecheck.extraction.numbers import Amount, parse_amount, parse_number, tidy
from citecheck.extraction.plurals import singular

Value = dict[str, Any]
_FREQ_WORDS = {"once": 1, "twice": 2, "thrice": 3}
_PERIOD_WORDS = {
    "daily": ("day", 1),
    "nightly": ("day", 1),
    "weekly": ("week", 1),
    "monthly": ("month", 1),
    "biweekly": ("week", 2),
    "fortnightly": ("week", 2),
    "day": ("day", 1),
    "week": ("week", 1),
    "month": ("month", 1),
    "year": ("year", 1),
    "yearly": ("year", 1),
    "annually": ("year", 1),
    "annual": ("year", 1),
    "hourly": ("hour", 1),
    # after a slash: "once/wk", "twice/mo", "twice/d" (`_SLASH_PERIODS`)
    "d": ("day", 1),
    "wk": ("week", 1),
    "mo": ("month", 1),
    "yr": ("year", 1),
}
# the words of how often that stand before a unit ("weekly sessions", "a 6 monthly injection")
_HOW_OFTEN_ADJECTIVES = frozenset(w for w in _PERIOD_WORDS if w.endswith("ly") or w == "annual")


def no_count_of_a_singular(count: float, between: str, unit: str, hyphened: bool) -> bool:
    """Whether a figure above one, words, then a unit written singular count no unit: "40
    required treatment", "928 successfully completed treatment" (a verb and its object follow;
    the figure counts who did it). Not "a 2-dose series" (`hyphened`: one modifier), nor "a 6
    monthly injection" (a word of how often between: one every 6 months, `schedule_value`).
    The one test for the rules' schedules and the quantity finder's counts."""
    words = between.split()
    return (
        count > 1
        and bool(words)
        and not unit.endswith("s")
        and not hyphened
        and _HOW_OFTEN_ADJECTIVES.isdisjoint(w.lower() for w in words)
    )


# Periods written short, only after a slash ("once/wk", "twice/d"); claims.yaml's frequency
# rule names the same ones after its slash
_SLASH_PERIODS = ("d", "wk", "mo", "yr")
_FORM_WORDS = re.compile(
    r"\b(infusions?|injections?|spray|tablets?|formulations?|lozenges?|capsules?|pills?|lotions?|"
    r"shampoos?|creams?|ointments?|suspensions?|patch(?:es)?|implants?|syrups?|suppositor(?:y|ies)|pessar(?:y|ies)|"
    r"inhalers?|nebuli[sz]ers?|rings?|shots?|injectables?|solutions?|drops|gels?|granules|liquids?|"
    r"(?:central|picc)\s+lines?"
    # written as one word: "eyedrops", "eardrops" (form "drops", as "eye drops" gives)
    r")\b|(?<=eye)drops\b|(?<=ear)drops\b",
    re.IGNORECASE,
)
_FORM_SINGULAR = {
    "patches": "patch",
    "suppositories": "suppository",
    "pessaries": "pessary",
    "injectables": "injectable",
    "granules": "granules",
    # "eye drops", "iodine drops": the form is named in the plural (one drop is a dose)
    "drops": "drops",
}
# "56 or 84 mg", "0.25, 0.5 and 1 mg/kg"; not the comma of "1,000"
_LISTED = re.compile(
    r"\d\s*(?:[a-zµμ/]+\s*)?(?:,(?!\d{3}(?!\d))|\bor\b|\band\b)\s*\d", re.IGNORECASE
)
_SCALES = {"tens": 10, "hundreds": 100}
_MAGNITUDES = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 10**9,
}


def _amount_fields(amount: Amount | None) -> Value:
    if amount is None:
        return {"vague": True}
    if amount.vague:
        return {"vague": True, "descriptor": amount.descriptor}
    if amount.value is not None:
        return {"value": tidy(amount.value)}
    fields: Value = {"low": tidy(amount.low or 0), "high": tidy(amount.high or 0)}
    if amount.alternatives:
        fields["choices"] = [fields["low"], fields["high"]]
    return fields


# "the first week" (week 1), "over the next year", "a year-long study" (one year): one of the
# unit, no number
_FIRST_UNIT = re.compile(
    r"\b(?:(?:first|next|following)\s+(?:hour|day|week|month|year)|(?:day|week|month|year|decade)[\s-]long)\b",
    re.IGNORECASE,
)
# "the third week" (week 3): an ordinal word (claims.yaml `ordinals`) or "3rd" before the unit
_ORDINAL_UNIT = re.compile(
    r"\b(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>[a-z]+))\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)


def _ordinal_before_unit(text: str, rules: ClaimRules) -> int | None:
    for match in _ORDINAL_UNIT.finditer(text):
        if match.group("digits"):
            return int(match.group("digits"))
        number = rules.ordinals.get(match.group("word").lower())
        if number is not None:
            return number
    return None


# An ordinal in a ranking: "12th", "second" (a word of claims.yaml `ordinals`)
_ORDINAL = re.compile(r"\b(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>[a-z]+))\b", re.IGNORECASE)


def ranked(number: float) -> Value:
    """A place in a ranking: "the #2 cause", "the second most common cause" -> 2."""
    return {"value": tidy(number), "measure": "rank"}


def rank_value(text: str, rules: ClaimRules) -> Value:
    """ "the 12th leading cause of death" -> value 12, measure rank: the first ordinal."""
    for match in _ORDINAL.finditer(text):
        if match.group("digits"):
            return ranked(int(match.group("digits")))
        number = rules.ordinals.get(match.group("word").lower())
        if number is not None:
            return ranked(number)
    return {"measure": "rank"}


_OR_MORE_OF_UNIT = re.compile(r"\s+or\s+(two|three)\b", re.IGNORECASE)


def time_parts(text: str, rules: ClaimRules) -> list[re.Match[str]]:
    """`rules.time_part_re.finditer(text)`, read by its lower-case twin when it has one (the
    same spans and groups, but for case)."""
    lowered = text.lower()
    if rules.time_part_lower_re is None or len(lowered) != len(text):
        return list(rules.time_part_re.finditer(text))
    return list(rules.time_part_lower_re.finditer(lowered))


def time_value(text: str, rules: ClaimRules) -> Value:
    """ "15 minutes" -> value 15 minute; "two to three weeks" -> low 2 high 3; "days to weeks"
    -> unit day, high_unit week, vague."""
    parts = time_parts(text, rules)
    if not parts:
        return {}
    units = rules.units["time"]
    first, last = parts[0], parts[-1]
    unit = units.get(first.group("unit").lower(), first.group("unit").lower())
    first_amount = parse_amount(first.group("amount") or "", rules)
    if len(parts) == 1:
        if first_amount is None and _FIRST_UNIT.search(text):  # "the first week", "year-long"
            return {"value": 1, "unit": unit}
        place = _ordinal_before_unit(text, rules) if first_amount is None else None
        if place is not None:  # "by the third week of the illness"
            return {"value": place, "unit": unit}
        more = _OR_MORE_OF_UNIT.match(text, first.end())
        if more and first_amount is not None and first_amount.value == 1:
            # "a day or two": one to two days
            return {"low": 1, "high": 2 if more.group(1).lower() == "two" else 3, "unit": unit}
        return {**_amount_fields(first_amount), "unit": unit}
    high_unit = units.get(last.group("unit").lower(), last.group("unit").lower())
    last_amount = parse_amount(last.group("amount") or "", rules)
    value: Value = {"unit": unit}
    if first_amount and first_amount.value is not None:
        value["low"] = tidy(first_amount.value)
    if last_amount and last_amount.value is not None:
        value["high"] = tidy(last_amount.value)
    if high_unit != unit:
        value["high_unit"] = high_unit
    if "low" not in value or "high" not in value:
        value["vague"] = True
        descriptor = (first_amount or last_amount or Amount()).descriptor
        if descriptor:
            value["descriptor"] = descriptor
    return value


def dose_value(text: str, rules: ClaimRules) -> Value:
    units = [m.group() for m in rules.dose_unit_re.finditer(text)]
    unit = " ".join(units[-1].lower().split()) if units else None
    canonical = rules.units["dose"].get(unit or "", unit)
    numbers = [parse_number(m.group(), rules) for m in rules.num_re.finditer(text)]
    found = [n for n in numbers if n is not None]
    value: Value = {"unit": canonical}
    first_unit = rules.units["dose"].get(" ".join(units[0].lower().split()), "") if units else ""
    scale = _MASS_SCALE.get((first_unit, canonical or ""))
    if len(found) >= 2 and scale is not None:
        # "500mg to 1g": the range in the unit of its first amount (500 to 1000 mg)
        found[-1] *= scale
        value["unit"] = first_unit
    if len(found) >= 2:
        value.update(low=tidy(found[0]), high=tidy(found[-1]))
        # "56 or 84 mg", "0.25, 0.5 and 1 mg/kg": listed doses, not a continuous range.
        if _LISTED.search(text) and not text.lower().startswith("between"):
            value["choices"] = [tidy(n) for n in found]
    elif found:
        value["value"] = tidy(found[0])
    return value


def _count_unit(word: str | None, rules: ClaimRules) -> str | None:
    if not word:
        return None
    lowered = word.lower()
    return rules.units["count"].get(lowered, lowered)


def _denominator(phrase: str | None, rules: ClaimRules) -> str | None:
    """The population of a proportion: a phrase ending in a count unit becomes the unit's
    canonical name ("the ECT patients" -> "patient"); anything else stays as written ("ECT
    group", "cases")."""
    if not phrase:
        return None
    words = phrase.split()
    unit = rules.count_unit_re.fullmatch(words[-1])
    if unit:
        return _count_unit(unit.group(), rules)
    return " ".join(words)


def count_value(text: str, match: re.Match[str], rule: Rule, rules: ClaimRules) -> Value:
    groups = match.groupdict()
    number_text = groups.get("number")
    if number_text is None:
        first = rules.num_re.search(text)
        number_text = first.group() if first else None
    number = parse_number(number_text, rules) if number_text else None
    # The count unit the span ends with ("n = 68 participants"), else the rule's own unit
    # ("n = 24": patient; "5 patient studies": study), else the last count unit in the span.
    unit_words = [m for m in rules.count_unit_re.finditer(text)]
    last = unit_words[-1] if unit_words else None
    if last is not None and (last.end() == len(text.rstrip()) or not rule.unit):
        unit = _count_unit(last.group(), rules)
    else:
        unit = rule.unit
    value: Value = {"unit": unit}
    if number is not None:
        value["value"] = tidy(number)
    return value


def percent_value(text: str, match: re.Match[str], rules: ClaimRules) -> Value:
    groups = match.groupdict()
    value: Value = {}
    descriptor = groups.get("descriptor")
    if descriptor:
        value["descriptor"] = descriptor.lower()
        if descriptor.lower() == "majority":
            value.update(low=50, high=100, low_inclusive=False)
        elif descriptor.lower() == "minority":
            value.update(low=0, high=50, high_inclusive=False)
    else:
        numbers = [parse_number(m.group(), rules) for m in rules.num_re.finditer(text)]
        found = [tidy(n) for n in numbers if n is not None]
        if len(found) >= 2:
            value.update(low=found[0], high=found[1])
        elif found:
            value["value"] = found[0]
    if "descriptor" not in value:
        value["unit"] = "%"
    denominator = _denominator(groups.get("denominator"), rules)
    if denominator:
        value["denominator"] = denominator
    return value


def _amount_at_start(text: str, rules: ClaimRules) -> Amount | None:
    found = rules.amount_re.match(text.strip())
    return parse_amount(found.group(), rules) if found else None


_PER_PERIOD = re.compile(r"\b(?:a|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)
# "every two to three days or weekly": a second pace after the first
_OR_PACE = re.compile(r"\s+or\s+(daily|weekly|monthly)\s*$", re.IGNORECASE)
_EVERY = re.compile(
    r"(?:every|each)\s+(?P<other>other\s+)?(?:(?P<amount>.+?)\s+)?(?P<unit>[a-z]+)(?=\s+or\b|\s*$)",
    re.IGNORECASE,
)
# `(?<!\S)`: the leftmost match starts a token anyway; trying only there keeps the search
# linear (from inside a token, `\S+` would be tried and backtracked at every position).
# ("3×/day", "2x/week": the sign for times before a slash)
_TIMES = re.compile(
    r"\b(once|twice|thrice)\b|(?<!\S)(\S+?)(?:\s+times\b|\s*[×x](?=\s*/))", re.IGNORECASE
)
# "once or twice", "2 to 3 times", "1-2 times", "2–3×/day": the lower end of a range of
# frequencies
_FEWER_TIMES = re.compile(
    r"\s*(?:(?P<low>[^\s\-–]+?)\s*(?:\s(?:or|to)\s|[-–])\s*(?P<high>[^\s\-–×]+?)"
    r"(?:\s+times\b|\s*[×x](?=\s*/))"
    r"|(?P<once>once)\s+(?:or|to)\s+(?P<word>twice|thrice)\b)",
    re.IGNORECASE,
)
# Compiled once: `re.search` with a pattern string pays a cache lookup on every call. Not
# "for each watery stool": the event each dose follows, no length
_BOUNDS_AT = re.compile(r"\b(?:over|across|for)\s+(?!each\b|every\b)", re.IGNORECASE)
# (unit of the low end, unit of the high end) -> how many of the first make one of the second
_MASS_SCALE = {
    ("mg", "g"): 1000.0,
    ("microgram", "mg"): 1000.0,
    ("microgram", "g"): 1_000_000.0,
    ("mcg", "mg"): 1000.0,
    ("mcg", "g"): 1_000_000.0,
}
_TWENTY_FOUR_HOURS = re.compile(r"\b24(?:\s+hours|-hour)\b")
_PERIOD_WORD = re.compile(
    r"\b(daily|nightly|weekly|biweekly|fortnightly|monthly|yearly|annually|day|week|month|year)\b"
    rf"|(?<=/)\s*({'|'.join(_SLASH_PERIODS)})\b",
    re.IGNORECASE,
)


def _times_word(word: str | None, rules: ClaimRules) -> float | None:
    if word is None:
        return None
    return _FREQ_WORDS.get(word.lower()) or parse_number(word, rules)


def _set_range(value: Value, key: str, amount: Amount | None) -> None:
    if amount is None or amount.vague:
        return
    if amount.value is not None:
        value[key] = tidy(amount.value)
    elif amount.low is not None and amount.high is not None:
        value.update({key: tidy(amount.low), f"{key}_max": tidy(amount.high)})


def schedule_value(text: str, rules: ClaimRules) -> Value:
    """Count of sessions ("six infusions"), frequency ("twice weekly", "one or two doses a
    week", "every two to three days") and bounds ("over two to three weeks"), in the style of
    FHIR Timing.repeat. A second pace the text allows is its `alternative` ("every two to three
    days or weekly")."""
    if text[:6].lower() == "every-":  # "every-two-day" (a modifier) reads as "every two day"
        text = text.replace("-", " ")
    other = _OR_PACE.search(text) if text[:5].lower() in ("every", "each ") else None
    if other is not None:
        value = schedule_value(text[: other.start()], rules)
        period_unit, step = _PERIOD_WORDS[other.group(1).lower()]
        value["alternative"] = with_summary(
            {"frequency": 1, "period": step, "period_unit": period_unit}
        )
        return value
    value = {}
    bounds_at = _BOUNDS_AT.search(text)
    head, tail = (text[: bounds_at.start()], text[bounds_at.end() :]) if bounds_at else (text, "")
    # the last unit written is what is counted: "12 weekly treatment sessions" are sessions
    units = list(rules.schedule_unit_re.finditer(head))
    unit = units[-1] if units else None
    every = _EVERY.match(head.strip())
    times = _TIMES.search(head)
    per = _PER_PERIOD.search(head)
    period = _PERIOD_WORD.search(head)
    if every:
        unit_word = every.group("unit").lower()
        # "every 4-6 h": a time abbreviation after a space (quantities.time_abbreviations)
        short = rules.quantities.time_abbreviations if rules.quantities is not None else {}
        unit_name = rules.units["time"].get(unit_word) or short.get(unit_word, unit_word)
        value.update(frequency=1, period_unit=unit_name)
        if every.group("other"):
            value["period"] = 2
        else:
            amount = parse_amount(every.group("amount") or "one", rules)
            _set_range(value, "period", amount)
            if amount is not None and amount.vague:  # "every few weeks": no number to state
                value["descriptor"] = amount.descriptor
        if "period" in value and "period_max" not in value:  # "every 12 hours": 12 hour
            value.update(value=value["period"], unit=value["period_unit"])
    elif times:
        count = _FREQ_WORDS.get((times.group(1) or "").lower())
        vague = None if count else _amount_at_start(head, rules)
        if vague is not None and vague.vague:  # "several times a day": no number to state
            value.update(vague=True, descriptor=vague.descriptor)
        else:
            value["frequency"] = count if count else tidy(parse_number(times.group(2), rules) or 0)
        fewest = _FEWER_TIMES.match(head)
        if fewest:  # "once or twice a day", "1-2 times daily": a range of frequencies
            low = _times_word(fewest.group("low") or fewest.group("once"), rules)
            high = _times_word(fewest.group("high") or fewest.group("word"), rules)
            if low is not None and high is not None and low < high:
                value.update(frequency=tidy(low), frequency_max=tidy(high))
        if period:
            period_unit, step = _PERIOD_WORDS[(period.group(1) or period.group(2)).lower()]
            value.update(period=step, period_unit=period_unit)
        elif _TWENTY_FOUR_HOURS.search(head):  # "4 times in 24 hours": a day
            value.update(period=1, period_unit="day")
        if value.get("vague") and "period_unit" in value:
            value["unit"] = f"per {value['period_unit']}"
    elif per and unit:
        _set_range(value, "frequency", _amount_at_start(head, rules))
        value.update(period=1, period_unit=per.group(1).lower())
    elif period and unit and period.start() < unit.start():
        period_unit, step = _PERIOD_WORDS[(period.group(1) or period.group(2)).lower()]
        value.update(frequency=1, period=step, period_unit=period_unit)
        counted = _amount_at_start(head[: period.start()], rules)
        if (
            counted is not None
            and counted.value is not None
            and counted.value > 1
            and step == 1
            and not unit.group().lower().endswith("s")
        ):
            # "a 6 monthly injection" (UK): one every 6 months, as a singular unit says
            value["period"] = tidy(counted.value)
        else:
            # "12 weekly sessions": how many, as well as how often
            _set_range(value, "count", counted)
    elif unit and _TWENTY_FOUR_HOURS.search(head):  # "4 doses in 24 hours": 4 a day
        _set_range(value, "frequency", _amount_at_start(head[: unit.start()], rules))
        value.update(period=1, period_unit="day")
    elif unit:
        _set_range(value, "count", _amount_at_start(head[: unit.start()], rules))
    if unit:
        unit_word = " ".join(unit.group().lower().split())
        value["count_unit"] = rules.units["schedule"].get(unit_word, unit_word)
    bounds = time_value(tail, rules) if tail else {}
    if not bounds and not value:  # "over several weeks": the schedule is its span of time
        bounds = time_value(text, rules)
    if bounds:
        value["bounds"] = bounds
    return with_summary(value)


# an ordinal before the time it falls on ("1st on day 1"): a dose's place in order; an ordinal
# that is the point itself ("the 1st, 3rd and 6th month") stays one
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\s+(?:[a-z]+\s+)?on\b", re.IGNORECASE)


def time_points_value(text: str, rules: ClaimRules) -> Value:
    """ "at 2, 4, 6 and 12-15 months of age" -> unit month, points [2, 4, 6, {12-15}]: the
    times of a plan (each a value or a low/high range), in the unit written last."""
    parts = time_parts(text, rules)
    if not parts:
        return {}
    word = parts[-1].group("unit").lower()
    # the unit written last ("at 3, 6 and 12 months") or first ("on days 1 and 15")
    last = parts[-1].end() if parts[-1].group("amount") else len(text)
    points: list[Any] = []
    for found in rules.amount_re.finditer(text, 0, last):
        if _ORDINAL_SUFFIX.match(text, found.end()):
            continue  # "1st on day 1": the dose's place in order, not a time
        amount = parse_amount(found.group(), rules)
        if amount is None or amount.vague:
            continue
        fields = _amount_fields(amount)
        points.append(fields.get("value", {k: fields[k] for k in ("low", "high") if k in fields}))
    return {"unit": rules.units["time"].get(word, word), "points": points}


def with_summary(value: Value) -> Value:
    """A schedule with the contract's plain `value` and `unit` beside its FHIR-style fields,
    so that every claim value reads as {value | low, high, unit}: "every 12 hours" -> 12
    hour; "twice a day" -> 2 "per day"; "six infusions" -> 6 infusion."""
    if "value" in value or "low" in value:
        return value
    period_unit = value.get("period_unit")
    if period_unit and "period" not in value:  # "every few weeks" is not once a week
        return value
    if value.get("frequency") == 1 and period_unit and "period" in value:
        if "period_max" in value:
            return {
                **value,
                "low": value["period"],
                "high": value["period_max"],
                "unit": period_unit,
            }
        if value["period"] != 1:
            return {**value, "value": value["period"], "unit": period_unit}
    if "frequency" in value and period_unit:
        summary: Value = {"unit": f"per {period_unit}"}
        if "frequency_max" in value:
            summary.update(low=value["frequency"], high=value["frequency_max"])
        else:
            summary["value"] = value["frequency"]
        return {**value, **summary}
    if "count" in value:
        summary = {"unit": value.get("count_unit")}
        if "count_max" in value:
            summary.update(low=value["count"], high=value["count_max"])
        else:
            summary["value"] = value["count"]
        return {**value, **{k: v for k, v in summary.items() if v is not None}}
    return value


def _group(match: re.Match[str], name: str) -> str | None:
    """`match.groupdict().get(name)` without building the whole dict."""
    return match.group(name) if name in match.re.groupindex else None


@lru_cache(maxsize=4)
def _case_blind(pattern: str) -> re.Pattern[str]:
    """A macro's pattern compiled once, ignoring case (as `re.search(pattern, s, re.I)`)."""
    return re.compile(pattern, re.IGNORECASE)


def route_value(text: str, match: re.Match[str], rules: ClaimRules) -> Value:
    route = _group(match, "route")
    term = (route or text).strip()
    value: Value = {"route": "other"}
    # an entry with a look-ahead ("nasal" before "preparations") is tried in its sentence
    at = match.start("route") if route else -1
    for canonical, regex in rules.routes:
        if regex.fullmatch(term) or (
            at >= 0
            and (found := regex.match(match.string, at))
            and found.end() == match.end("route")
        ):
            value["route"] = canonical
            break
    form = _FORM_WORDS.search(text)
    if form:
        word = form.group().lower()
        value["form"] = _FORM_SINGULAR.get(
            word, word.removesuffix("s")
        )  # "infusions" -> "infusion"
        before = _case_blind(rules.macros["FORM_HOW"]).search(
            match.string[max(0, match.start() - 20) : match.start()]
        )
        how = "orodispersible" if _group(match, "melts") else before and before["how"]
        if how:  # "soluble tablet", "a tablet that melts in your mouth"
            value["form"] = f"{how.lower()} {value['form']}"
    return value


def attribution_value(match: re.Match[str], rule: Rule) -> Value:
    groups = {k: v for k, v in match.groupdict().items() if v}
    value: Value = {"form": rule.form}
    if "authors" in groups:
        value["authors"], et_al = family_names(groups["authors"])
        if et_al:
            value["et_al"] = True
    year = groups.get("year") or groups.get("year2")
    if year:
        value["year"] = int(year)
    for key in ("venue", "outlet", "institution"):
        if key in groups:
            value[key] = " ".join(groups[key].split())
    return value


_HALVED = re.compile(r"\bhalv(?:ed|es|ing)\b", re.IGNORECASE)


def _word_fraction(text: str, rules: ClaimRules) -> tuple[float, float, str] | None:
    """ "two-thirds of participants" -> (2, 3, "two-thirds"); "half" -> (1, 2, "half")."""
    word = rules.fraction_word_re.search(text)
    if word is None:
        return (1.0, 2.0, "halved") if _HALVED.search(text) else None
    total = rules.fraction_words.get(word.group().lower())
    head = text[: word.start()].rstrip(" \t\n-")
    written = " ".join(text[: word.end()].lower().split())
    count = head.split()[-1].lower() if head.split() else ""
    # "a third", "one-third", "half", "cut in half": one; "two-thirds", "three quarters": the
    # number.
    number = None if count in ("", "a", "an") else parse_number(count, rules)
    numerator = 1.0 if number is None else number
    if total is None:
        return None
    return numerator, total, written


_FRACTION_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def _second_word_fraction(text: str, rules: ClaimRules) -> tuple[float, float, str] | None:
    """The second end of a range of word fractions ("a quarter to a half" -> (1, 2, "a
    half")): a word fraction after "to" that follows the first; else None."""
    first = rules.fraction_word_re.search(text)
    if first is None:
        return None
    joint = _FRACTION_TO.search(text, first.end())
    if joint is None or text[first.end() : joint.start()].strip():
        return None
    return _word_fraction(text[joint.end() :], rules)


def proportion_value(numerator: float, total: float) -> Value:
    """A part of a whole as a percentage: (35, 41) -> numerator 35, total 41, value 85.4 (%)."""
    value: Value = {"numerator": tidy(numerator), "total": tidy(total)}
    if total > 0:
        share = 100 * numerator / total
        # "1 in 5,000" is 0.02%, not 0: two significant figures below a tenth of a percent
        value["value"] = round(share, 1) if share >= 0.1 or share == 0 else float(f"{share:.2g}")
        value["unit"] = "%"
    return value


def fraction_value(match: re.Match[str], rules: ClaimRules, text: str = "") -> Value:
    """ "10 of the 12" -> numerator 10, total 12, value 83.3 (percent); "one in six adults" ->
    numerator 1, total 6, value 16.7, denominator "adult"; "two-thirds of participants" ->
    numerator 2, total 3, value 66.7, descriptor "two-thirds" (the words as written)."""
    groups = match.groupdict()
    value: Value = {}
    if "numerator" in groups and "total" in groups:
        numerator = parse_number(match.group("numerator"), rules)
        total = parse_number(match.group("total"), rules)
    else:
        words = _word_fraction(text, rules)
        numerator, total = (words[0], words[1]) if words else (None, None)
        if words:
            value["descriptor"] = words[2]
    if numerator is None or total is None:
        return {}
    value.update(proportion_value(numerator, total))
    words_high = _second_word_fraction(text, rules) if "numerator" not in groups else None
    if words_high is not None and "value" in value:
        # "by a quarter to a half": a range of word fractions, low 25, high 50
        first, other = value.pop("value"), proportion_value(*words_high[:2]).get("value")
        value["low"], value["high"] = min(first, other), max(first, other)
    if groups.get("numerator2") and groups.get("total2"):
        # "1 in every 1,600 people to 1 in every 5,000 people": a range of shares
        other = proportion_value(
            parse_number(groups["numerator2"], rules) or 0,
            parse_number(groups["total2"], rules) or 0,
        ).get("value")
        if isinstance(other, float) and "value" in value:
            first = value.pop("value")
            value["low"], value["high"] = min(first, other), max(first, other)
    denominator = _denominator(match.groupdict().get("denominator"), rules)
    if denominator:
        value["denominator"] = denominator
    return value


# The comparisons a figure may be written with, before it ("over 65", "p<0.001", "BMI ≥30") or
# after it ("65 and over"): above or below it, the figure itself left out or kept in.
_ABOVE = re.compile(
    r"\b(?:over|above|older\s+than|greater\s+than|more\s+than|higher\s+than)\s|>(?!=)",
    re.IGNORECASE,
)
_BELOW = re.compile(
    r"\b(?:under|below|younger\s+than|less\s+than|lower\s+than|smaller\s+than)\s|<(?!=)",
    re.IGNORECASE,
)
_OR_MORE = re.compile(
    r"\+|≥|>=|\bat\s+least\s|\b(?:and|or)\s+(?:over|older|above|up)\b", re.IGNORECASE
)
_OR_LESS = re.compile(r"≤|<=|\bat\s+most\s|\b(?:and|or)\s+(?:younger|under|below)\b", re.IGNORECASE)


def limit_fields(written: str, figure: float) -> Value:
    """The bound the comparison in `written` (the words around one figure) sets with it, as
    `low`/`high` keys beside the figure's `value`: "over 65", "p<0.001" -> high 0.001, not
    inclusive; "p ≤ 0.01" -> high 0.01; "≥30" -> low 30; no comparison -> nothing."""
    if _ABOVE.search(written):
        return {"low": figure, "low_inclusive": False}
    if _BELOW.search(written):
        return {"high": figure, "high_inclusive": False}
    if _OR_MORE.search(written):
        return {"low": figure}
    if _OR_LESS.search(written):  # "aged 18 years and younger"
        return {"high": figure}
    return {}


# A qualifier's canonical words (claims.yaml `qualifiers`) -> the one-sided bound it sets with
# a figure: (side, inclusive). The first qualifier of each bound names it when only the value
# holds the bound ("18 and younger": at most).
QUALIFIER_BOUNDS: dict[str, tuple[str, bool]] = {
    "more than": ("low", False),
    "at least": ("low", True),
    "less than": ("high", False),
    "at most": ("high", True),
    "up to": ("high", True),
}
_BOUND_NAMES: dict[tuple[str, bool], str] = {}
for _name, _bound in QUALIFIER_BOUNDS.items():
    _BOUND_NAMES.setdefault(_bound, _name)
# "over" is also "spread over" a time (claims.yaml); pulled in before an age it is a bound
_AS_A_BOUND = {"over": "more than"}
# every qualifier that bounds a figure -> the side it bounds ("over" -> "low")
BOUND_SIDES: dict[str, str] = {
    name: QUALIFIER_BOUNDS[_AS_A_BOUND.get(name, name)][0]
    for name in (*QUALIFIER_BOUNDS, *_AS_A_BOUND)
}


def figure_bound(value: Value) -> tuple[str, bool] | None:
    """The one-sided bound that is the figure itself, as (side, inclusive): ("low", False) for
    "over 65" (low 65, not inclusive), ("high", True) for "18 and younger"; None for a range,
    no bound or a bound that is not the figure."""
    figure = value.get("value")
    if figure is None or ("low" in value) == ("high" in value):
        return None
    for side in ("low", "high"):
        if value.get(side) == figure:
            return side, value.get(f"{side}_inclusive") is not False
    return None


def bound_name(qualifier: str | None) -> str | None:
    """The qualifier as the bound it sets before an age ("over" -> "more than"), or None when
    it sets none ("about")."""
    named = _AS_A_BOUND.get(qualifier or "", qualifier)
    return named if named in QUALIFIER_BOUNDS else None


def bound_qualifier(value: Value) -> str | None:
    """The qualifier a one-sided bound that is the figure itself states, in claims.yaml's
    canonical words: "more than" for "over 65" (low 65, not inclusive), "at least" for "BMI
    ≥30", "less than" for "p<0.001", "at most" for "18 and younger"; None for anything else."""
    bound = figure_bound(value)
    return None if bound is None else _BOUND_NAMES[bound]


def qualifier_limits(qualifier: str | None, value: Value) -> Value:
    """The bound a qualifier sets with a quantity's one figure, as `limit_fields` reads one
    written inside it: "up to 5 years old" -> high 5; "at least 18 years old" -> low 18; "more
    than 30%" -> low 30, not inclusive; "10 μg/L or less" -> high 10. Nothing for a range, a
    value that already has its bound, or a qualifier that is no bound ("about")."""
    figure = value.get("value")
    bound = QUALIFIER_BOUNDS.get(qualifier or "")
    if bound is None or not isinstance(figure, int | float) or "low" in value or "high" in value:
        return {}
    key, inclusive = bound
    return {key: figure} if inclusive else {key: figure, f"{key}_inclusive": False}


_AGE_UNIT = re.compile(r"\b(year|yr|month|week|day)s?\b", re.IGNORECASE)
# A mean's spread after it: "39.6±11.3 years", "mean age 54 ±14 years"
# (a full stop after it ends the sentence: "was 4.4±0.9.")
PLUS_MINUS = re.compile(r"\s*(?:±|\+/-)\s*(\d+(?:[.·]\d+)?)(?!\d|[.·]\d)")
# A band's low end in a smaller unit than its high end ("6 months–17 years"), read in the
# high end's unit
_AGE_UNIT_SCALE = {
    ("month", "year"): 1 / 12,
    ("week", "year"): 7 / 365.25,
    ("week", "month"): 0.25,
    ("day", "week"): 1 / 7,
    ("day", "month"): 12 / 365.25,
    ("day", "year"): 1 / 365.25,
}


_WORDS_IN = re.compile(r"[a-z]+")


def age_value(text: str, match: re.Match[str], rules: ClaimRules) -> Value:
    """ "aged 18–65 years" -> low 18, high 65, unit year; "over 65" -> low 65 (exclusive);
    "under 12" -> high 12 (exclusive); "65 and over" -> low 65; "18 and younger" -> high 18;
    "45-year-old" -> value 45.
    A population before the span ("patients over 65") is kept as `population`; a mean's
    spread ("mean age 54 ±14 years") as `plus_minus`."""
    spread = PLUS_MINUS.search(text)
    if spread:
        text = text[: spread.start()] + text[spread.end() :]
    numbers = [parse_number(m.group(), rules) for m in rules.num_re.finditer(text)]
    found = [tidy(n) for n in numbers if n is not None]
    units = [("year" if u.lower() == "yr" else u.lower()) for u in _AGE_UNIT.findall(text)]
    unit_name = units[-1] if units else "year"
    value: Value = {"measure": "age"}  # an other_quantity, told apart from the rest by this
    if len(found) >= 2:
        scale = _AGE_UNIT_SCALE.get((units[0], unit_name), 1.0) if len(units) > 1 else 1.0
        value.update(low=tidy(found[0] * scale), high=found[-1])
    elif found:
        value["value"] = found[0]  # the age as written; the bound it sets is low/high
        value.update(limit_fields(text, found[0]))
    decades = [
        rules.decade_words[w] for w in _WORDS_IN.findall(text.lower()) if w in rules.decade_words
    ]
    if not found and decades:  # "in their fifties or sixties": ages 50 to 69; teens end at 19
        value.update(low=decades[0], high=decades[-1] // 10 * 10 + 9)
    value["unit"] = unit_name
    if spread and "value" in value:
        value["plus_minus"] = tidy(float(spread.group(1).replace("·", ".")))
    population = _count_unit(match.groupdict().get("population"), rules)
    if population:
        value["population"] = population
    return value


def quantity_value(text: str, rules: ClaimRules) -> Value:
    first = rules.num_re.search(text)
    number = parse_number(first.group(), rules) if first else None
    unit_text = text[first.end() :].strip() if first else ""
    unit = rules.units.get("other", {}).get(" ".join(unit_text.lower().split()), unit_text)
    return {"value": tidy(number) if number is not None else None, "unit": unit}


def kitchen_measure_value(match: re.Match[str]) -> Value:
    """ "less than an egg cupful each day": one of a kitchen measure (its unit the measure as
    written, singular), a volume, with the period it is for (`per`) when one is written."""
    groups = match.groupdict()
    measure = " ".join((groups.get("kitchen") or "").lower().replace("-", " ").split())
    value: Value = {"value": 1, "unit": measure.removesuffix("s"), "measure": "volume"}
    if groups.get("per"):
        value["per"] = groups["per"].lower()
    return value


def decade_value(match: re.Match[str]) -> Value:
    decade = match.groupdict().get("decade")
    # an other_quantity says what it measures, a decade too; its plain value is its first year
    return {"decade": int(decade), "measure": "decade", "value": int(decade)} if decade else {}


def magnitude_value(text: str, rules: ClaimRules) -> Value:
    words = text.lower().split()
    magnitude = _MAGNITUDES.get(words[0])
    if words[0] in _SCALES and len(words) > 2 and words[2] in _MAGNITUDES:
        magnitude = _SCALES[words[0]] * _MAGNITUDES[words[2]]  # "tens of thousands"
    value: Value = {"magnitude": magnitude, "vague": True}
    unit = rules.count_unit_re.search(text)
    if unit:
        value["unit"] = _count_unit(unit.group(), rules)
    else:  # "thousands of cases": things that happened, counted
        value.update(unit=singular(words[-1]), measure="count")
    return value


def descriptor_value(match: re.Match[str], rule: Rule) -> Value:
    descriptor = match.groupdict().get("descriptor") or rule.descriptor
    return {"descriptor": descriptor.lower()} if descriptor else {}


_DAILY = re.compile(r"\b(?:daily|every\s+day|each\s+day|per\s+day|once\s+a\s+day)\b")
_NIGHTLY = re.compile(r"\b(?:nightly|every\s+night|each\s+night)\b")
_TWICE_DAILY = re.compile(r"\btwice\s+a\s+day\b")
_PERIODIC = re.compile(r"weekly|biweekly|fortnightly|monthly|yearly|annually|annual|hourly")
_EACH_WEEK = re.compile(r"\b(?:each|every)\s+week\b")
# "on a weekly basis": the frequency word is the whole timing
_ON_A_BASIS = re.compile(r"on\s+an?\s+([a-z]+)\s+basis")
_ALTERNATE_DAYS = re.compile(r"\balternate\s+days\b")


_TIMES_WORDS = {"two times": 2, "three times": 3, "four times": 4}
_TIMES_ADJECTIVE = re.compile(
    r"(once|twice|thrice|two times|three times|four times)[\s-]+(daily|weekly|monthly|yearly|nightly)$"
)


def timing_value(text: str, rules: ClaimRules | None = None) -> Value:
    """ "daily" -> once per day; "twice a day" -> twice per day; "every night" -> once per day
    at night; "in the late afternoon" -> timing as written; "daily for 2 weeks" -> once per
    day, bounds 2 week."""
    bounds_at = _BOUNDS_AT.search(text) if rules is not None else None
    if bounds_at and rules is not None:
        bounds = time_value(text[bounds_at.end() :], rules)
        value = timing_value(text[: bounds_at.start()], rules)
        return {**value, "bounds": bounds} if bounds else value
    phrase = " ".join(text.lower().split())
    basis = _ON_A_BASIS.fullmatch(phrase)
    if basis and basis.group(1) != "daily" and _PERIODIC.fullmatch(basis.group(1)):
        phrase = basis.group(1)
    adjective = _TIMES_ADJECTIVE.match(phrase)
    if adjective:  # "once-weekly": once per week
        times = _FREQ_WORDS.get(adjective.group(1)) or _TIMES_WORDS.get(adjective.group(1), 1)
        unit = (
            _PERIOD_WORDS[adjective.group(2)][0] if adjective.group(2) in _PERIOD_WORDS else "year"
        )
        return with_summary({"frequency": times, "period": 1, "period_unit": unit})
    if rules is not None:  # prescription shorthand: the value of the words it stands for
        said = rules.dosing_shorthand.get(shorthand_key(phrase))
        if said is not None:
            return timing_value(said)
    if _TWICE_DAILY.search(phrase):
        return with_summary({"frequency": 2, "period": 1, "period_unit": "day"})
    if _DAILY.search(phrase):
        return with_summary({"frequency": 1, "period": 1, "period_unit": "day"})
    if _ALTERNATE_DAYS.search(phrase):  # "on alternate days": every other day
        return with_summary({"frequency": 1, "period": 2, "period_unit": "day"})
    weekly = _EACH_WEEK.search(phrase)
    periodic = _PERIODIC.fullmatch(phrase) or weekly
    if periodic:  # "weekly": once a week; "fortnightly": once every 2 weeks
        period_unit, step = _PERIOD_WORDS[periodic.group().split()[-1]]
        return with_summary({"frequency": 1, "period": step, "period_unit": period_unit})
    if _NIGHTLY.search(phrase):
        return with_summary(
            {"frequency": 1, "period": 1, "period_unit": "day", "timing": "at night"}
        )
    return {"timing": phrase}


def _timing_of_match(text: str, match: re.Match[str], rules: ClaimRules) -> Value:
    """A timing rule's value; a match whose `every` group holds hours ("q4-6h", the
    dosing_interval_shorthand rule of claims.yaml) is that interval, as "every 4-6 hours"."""
    every = match.groupdict().get("every")
    if every:
        return schedule_value(f"every {every} hours", rules)
    return timing_value(text, rules)


_RATIO_WORDS = {"twice": 2, "thrice": 3, "half": 0.5}
# A multiple written as a verb of change: "doubled", "a tripling"
_MULTIPLIED = (("doubl", 2), ("tripl", 3), ("trebl", 3), ("quadrupl", 4))


def ratio_value(text: str, rules: ClaimRules, match: re.Match[str] | None = None) -> Value:
    """ "twice as likely" -> 2, "half as many" -> 0.5, "three times as common" -> 3;
    "fourfold" -> 4 fold (as the quantity finder reads "four-fold"); "three- to fivefold" (the
    rule's `fold_low` and `fold_high`) 3 to 5 fold, nothing when an end is not read."""
    ends = match.groupdict() if match is not None else {}
    if ends.get("fold_low") and ends.get("fold_high"):
        low, high = parse_number(ends["fold_low"], rules), parse_number(ends["fold_high"], rules)
        if low is None or high is None:  # "a hundred- to thousandfold"
            return {"unit": "fold", "measure": "fold"}
        return {"low": tidy(low), "high": tidy(high), "unit": "fold", "measure": "fold"}
    first = text.split()[0].lower()
    if first.endswith("fold"):
        fold = parse_number(first[: -len("fold")], rules)
        return {"value": tidy(fold), "unit": "fold", "measure": "fold"} if fold else {}
    number = _RATIO_WORDS.get(first)
    if number is None:
        number = next((n for stem, n in _MULTIPLIED if first.startswith(stem)), None)
    if number is None:
        found = rules.num_re.search(text)
        number = parse_number(found.group(), rules) if found else None
    if number is None:
        return {"measure": "ratio"}
    # "10 times as many", "twice as likely": a multiple, in the unit the quantity finder gives
    # "three times more likely"
    return {"value": tidy(number), "unit": "times", "measure": "ratio"}


Normaliser = Callable[[str, re.Match[str], Rule, ClaimRules], Value]

NORMALISERS: dict[str, Normaliser] = {
    "time": lambda text, m, rule, rules: time_value(text, rules),
    "dose": lambda text, m, rule, rules: dose_value(text, rules),
    "count": count_value,
    "percent": lambda text, m, rule, rules: percent_value(text, m, rules),
    "schedule": lambda text, m, rule, rules: schedule_value(text, rules),
    "route": lambda text, m, rule, rules: route_value(text, m, rules),
    "attribution": lambda text, m, rule, rules: attribution_value(m, rule),
    "decade": lambda text, m, rule, rules: decade_value(m),
    "fraction": lambda text, m, rule, rules: fraction_value(m, rules, text),
    "age": lambda text, m, rule, rules: age_value(text, m, rules),
    "quantity": lambda text, m, rule, rules: quantity_value(text, rules),
    "kitchen_measure": lambda text, m, rule, rules: kitchen_measure_value(m),
    "magnitude": lambda text, m, rule, rules: magnitude_value(text, rules),
    "descriptor": lambda text, m, rule, rules: descriptor_value(m, rule),
    "timing": lambda text, m, rule, rules: _timing_of_match(text, m, rules),
    "time_points": lambda text, m, rule, rules: time_points_value(text, rules),
    "ratio": lambda text, m, rule, rules: ratio_value(text, rules, m),
    "rank": lambda text, m, rule, rules: rank_value(text, rules),
}
