"""The shapes of `Claim.value`, one per claim type: the one place that says which keys a
claim's normalised value may hold and what they mean. The extractor writes these, the formats
and the claim-to-source check read them (`VALUE_SHAPES[claim.type]`), and
`tests/test_value_shapes.py` holds every claim the extractor makes on the gold and corpus texts
to them.

Every quantity reads the same way first, as the contract's `{"value": 403, "unit":
"patient"}` or `{"low": 0.5, "high": 1.0, "unit": "mg/kg"}`: a number (`value`) or a range
(`low`, `high`, either end left out when open: "over 65" is `low` 65 with `low_inclusive`
false), below zero where written with a minus sign ("-7.44 mmHg"), and its `unit`
(canonical, singular: "minute", "mg/kg", "%", "patient"). The keys
after that add what a type needs. A qualifier the text puts on the number ("approximately",
"at least") is `Claim.qualifier`, not part of the value.

Some facts also go under a second name, the one people writing values by hand from the contract
give them (`source` for the body or person a statement is attributed to, `refs` for reference
numbers and `ref` for a citation's one number, `value` for a route, `times` and `per` for how
often a schedule repeats: "twice a day" times 2, per "day"): `with_aliases` adds these beside our
own keys, never instead of them. `ALIASES` lists them; the reports leave them out, as they repeat
a fact already shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict  # pydantic reads these on Python < 3.12

__all__ = [
    "ALIASES",
    "VALUE_SHAPES",
    "Alias",
    "AmountValue",
    "AttributionValue",
    "CountValue",
    "DoseValue",
    "PercentageValue",
    "QuantityValue",
    "RouteValue",
    "ScheduleValue",
    "TimeValue",
    "with_aliases",
    "with_implied_units",
]

_STRICT = ConfigDict(extra="forbid")


@with_config(_STRICT)
class AmountValue(TypedDict, total=False):
    """What every quantity has: a number or a range, and its unit."""

    value: float
    low: float
    high: float
    low_inclusive: bool  # false: "over 65", "a majority" (more than 50)
    high_inclusive: bool  # false: "under 12"
    choices: list[float]  # "56 or 84 mg": listed alternatives rather than a span
    vague: bool  # "weeks", "a few hours": no figure
    descriptor: str  # the words for a vague amount ("several", "low", "majority")
    unit: str
    # an estimate's interval ("0.95 (95% CI 0.81-1.10)") and spread ("39.6±11.3")
    ci_low: float
    ci_high: float
    plus_minus: float


@with_config(_STRICT)
class TimeValue(AmountValue, total=False):
    """`onset_time`, `duration`: "within 15 minutes" 15 minute; "days to weeks" unit day,
    high_unit week, vague; how long in each period has it as `per` ("about 4 hours per night"
    4 hour per night)."""

    high_unit: str
    per: str


@with_config(_STRICT)
class DoseValue(AmountValue, total=False):
    """`dose`, `dose_range`: "0.5 mg/kg" 0.5 mg/kg; "3 or 4 glucose tablets" 3-4 tablet; a
    period written as a unit joins the unit ("4.4 mg/kg per day", "2.5 mg/kg body weight/day"
    mg/kg/day), one written as how often is `per` ("10 micrograms a day" 10 microgram per day;
    "4g in 24 hours"; "between 3mg and 9mg a day" 3-9 mg per day): a range as a single dose.
    A product's strength has `measure` ("terbinafine 1% cream": 1 %, "cream strength")."""

    per: str
    measure: str


@with_config(_STRICT)
class CountValue(AmountValue, total=False):
    """`sample_size`: "403 patients" 403 patient; "35 randomized studies" 35 study; `per` a
    period for counts a year ("21 million adults each year")."""

    per: str


@with_config(_STRICT)
class PercentageValue(AmountValue, total=False):
    """`percentage`: `value` in percent, unit "%" ("percentage point" for a difference: "rose 30
    percentage points"). A proportion written as a fraction keeps
    its parts: "one in six adults" numerator 1, total 6, value 16.7, denominator "adult";
    "two-thirds of participants" also descriptor "two-thirds"."""

    numerator: float
    total: float
    denominator: str  # the population: a count unit's canonical name, else as written
    # a share's confidence interval ("24% (95% CI, 20-29)"): measure "confidence interval",
    # level 95, the bounds as low/high
    measure: str
    level: float


@with_config(_STRICT)
class ScheduleValue(AmountValue, total=False):
    """`frequency_schedule`, in the style of FHIR Timing.repeat, with the plain value and unit
    beside it: "twice a day" frequency 2, period 1, period_unit day (value 2, unit "per
    day"); "every 12 hours" frequency 1, period 12, period_unit hour (value 12, unit hour);
    "six infusions over two weeks" count 6, count_unit infusion, bounds 2 week; a point in a
    plan ("9 days after the first treatment", "at 6 months of age") value and unit only;
    "in the late afternoon" timing; "at 2, 4, 6 and 12-15 months of age" points [2, 4, 6, {low 12, high 15}] and
    unit month (the times of a plan); "every two to three days or weekly" alternative
    {frequency 1, period 1, period_unit week}."""

    count: float
    count_max: float
    count_unit: str
    frequency: float
    frequency_max: float
    period: float
    period_max: float
    period_unit: str
    bounds: TimeValue
    timing: str
    time_of_day: str
    time_of_day_end: str
    points: list[float | AmountValue]
    measure: (
        str  # "age": the plan's time is the age of the one it is given to ("at 2 months of age")
    )
    interval: float  # alias of `period` for "every N <unit>" (`unit` is then the period's)
    times: float  # alias of `frequency`, one figure: "twice a day" 2 ("1-2 times" has none)
    per: str  # alias of `period_unit` for a period of one: "twice a day" per "day"
    # a second pace the text allows: "every two to three days or weekly" (1 per week)
    alternative: ScheduleValue


@with_config(_STRICT)
class RouteValue(TypedDict, total=False):
    """`route`: route one of claims.yaml's `routes` names (oral, intravenous, injection,
    topical, ...), `form` the dosage form named ("infusion", "lotion", "pill")."""

    route: str
    form: str
    setting: str
    value: str  # alias (`with_aliases`): = route, as a value written by hand names it


@with_config(_STRICT)
class AttributionValue(TypedDict, total=False):
    """`study_attribution`: the source as the text names it."""

    form: str
    authors: list[str]
    et_al: bool
    year: int
    venue: str
    outlet: str
    institution: str
    numbers: list[int]  # the reference numbers of a numeric citation ("(2,3)": [2, 3])
    person: str  # a speaker's name as written, without titles and degrees ("Tom Frieden")
    title: str  # a work named by its title (form "named_work": "Trial of Mid-Urethral Slings")
    # aliases (`with_aliases`)
    refs: list[int]  # = numbers
    ref: int  # = the one number of a citation with one ("[4]": 4)
    source: str  # = person, institution, outlet or venue: the source the text names
    journal: str  # = venue


@with_config(_STRICT)
class QuantityValue(AmountValue, total=False):
    """`other_quantity`: any other figure, with `measure` saying what it measures: "age",
    "count" (events: "four pregnancies"; a bare figure: "more than 25"), "cost" ("costs
    >$500,000/year", unit USD/year), "money" (any other sum: "US$7.9 billion in recoveries"),
    "weight", "blood glucose", "concentration", "p-value", "odds ratio" / "hazard ratio" /
    "estimate" (with `ci_low`, `ci_high`), or an estimate's bounds as a claim of their own
    ("confidence interval" with `level`, "range"), ...; `decade` ("the 1960s"), `magnitude`
    ("millions of people"), `population` ("patients over 65"), `time_of_day` (measure "time
    of day": a clock time, whatever is done at it; "10pm to midnight" time_of_day "22:00",
    time_of_day_end "00:00")."""

    measure: str
    ratio: list[float]  # "130/85 mmHg": two readings of one measurement
    per: str
    population: str
    decade: int
    magnitude: float
    time_of_day: str
    time_of_day_end: str
    level: float  # an interval's confidence level: 95 for "95% CI, 0.81–1.10"
    # a decade also carries `measure` "decade" and `value`, its first year ("the 1990s":
    # decade 1990, value 1990), as hand-written values give it (heldout24, heldout25)


# The contract's claim types -> the shape of their value. A type a user adds in claims.yaml
# has no entry (its value is whatever its rule's value kind makes).
VALUE_SHAPES: dict[str, type] = {
    "onset_time": TimeValue,
    "duration": TimeValue,
    "dose": DoseValue,
    "dose_range": DoseValue,
    "sample_size": CountValue,
    "percentage": PercentageValue,
    "frequency_schedule": ScheduleValue,
    "route": RouteValue,
    "study_attribution": AttributionValue,
    "other_quantity": QuantityValue,
}


def _every_n_units(value: dict[str, Any]) -> bool:
    """ "every 6 hours": once per period, the period and its unit the value's plain value and
    unit (`claim_values.with_summary`), so the interval between doses."""
    return (
        value.get("frequency") == 1
        and "period" in value
        and "period_max" not in value
        and value.get("value") == value["period"]
        and value.get("unit") == value.get("period_unit")
    )


def _per_period_of_one(value: dict[str, Any]) -> bool:
    """ "twice a day", "1-4 times a day", "weekly": a frequency in a period of one unit, which
    hand-written values give as `per` ("twice a day": per "day"); not "every 6 hours"."""
    return "frequency" in value and value.get("period") == 1 and "period_max" not in value


class Alias(NamedTuple):
    """An alias: the keys whose value it repeats (the first present wins), when it applies, and
    whether it is the one item of a list of one (`ref` 4 for `numbers` [4])."""

    keys: tuple[str, ...]
    applies: Callable[[dict[str, Any]], bool] | None = None
    single: bool = False


# claim type -> alias -> what it repeats. The one place for every alias.
ALIASES: dict[str, dict[str, Alias]] = {
    "study_attribution": {
        "refs": Alias(("numbers",)),
        # a citation of one number ("[4]", "¹") as hand-written values give it (heldout32, 35)
        # (`single`: only a list of one gives it)
        "ref": Alias(("numbers",), single=True),
        "source": Alias(("person", "institution", "outlet", "venue")),
        "journal": Alias(("venue",)),
    },
    "frequency_schedule": {
        "interval": Alias(("period",), _every_n_units),
        # how often, as hand-written values give it (heldout32-39: "twice a day" times 2, per
        # "day"); a range of frequencies ("once or twice a day") has low/high, no `times`
        "times": Alias(("frequency",), lambda value: "frequency_max" not in value),
        "per": Alias(("period_unit",), _per_period_of_one),
    },
    # a route written as the plain value ({"value": "oral"}; heldout17, 23, 24)
    "route": {"value": Alias(("route",))},
}


def with_aliases(claim_type: str, value: dict[str, Any]) -> None:
    """Add to `value` (in place) the aliases of its type's keys; an alias never replaces a key
    the value already holds."""
    for name, alias in ALIASES.get(claim_type, {}).items():
        if name in value or (alias.applies is not None and not alias.applies(value)):
            continue
        found = next(
            (value[key] for key in alias.keys if value.get(key) not in (None, "", [])), None
        )
        if alias.single and isinstance(found, list):
            found = found[0] if len(found) == 1 else None
        if found is not None:
            value[name] = list(found) if isinstance(found, list) else found


def with_implied_units(value: dict[str, Any]) -> None:
    """Add to `value` (in place) the unit its text leaves implied: an age written as a bare
    number ("Under 25" under an "Age" header, "you're 65 or older") is in years, as English
    names months or weeks where it means them."""
    if (
        value.get("measure") == "age"
        and "unit" not in value
        and any(isinstance(value.get(key), int | float) for key in ("value", "low", "high"))
    ):
        value["unit"] = "year"
