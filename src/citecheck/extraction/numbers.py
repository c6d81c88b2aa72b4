"""Read numbers and amounts written in digits or words ("403", "0.5", "twenty-four", "a dozen",
"two to three", "between 0.5 and 1", "a few")."""

from __future__ import annotations

import re
from typing import NamedTuple

from citecheck.extraction.claim_rules import VULGAR_FRACTIONS, ClaimRules

_FLOAT_WORDS = frozenset({"nan", "inf", "infinity"})
_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b|\bor\b|\band\b)\s*", re.IGNORECASE)
# "10^6", "10⁶", "1.5×10^6" (see claim_rules.POWER_OF_TEN), spaces already gone
_POWER = re.compile(r"(?:(\d+(?:\.\d+)?)[×x])?10(?:\^([-−]?\d{1,2})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


# A named tuple rather than a frozen dataclass: several times cheaper to build, and one is
# built for every amount read.
class Amount(NamedTuple):
    """A number, a range, or a vague amount ("several" -> vague, descriptor "several")."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    descriptor: str | None = None
    alternatives: bool = False  # "56 or 84": two choices rather than a span


def tidy(number: float) -> int | float:
    """403.0 -> 403, 0.5 -> 0.5 (so values read like the article); 16.4 million, computed as
    16399999.999999998, -> 16400000 (12 significant digits of a fraction are kept: float
    noise goes; a whole number stays exact, however many digits it has)."""
    if float(number).is_integer():
        return int(number)
    number = float(f"{number:.12g}")
    return int(number) if number.is_integer() else number


def parse_number(text: str, rules: ClaimRules) -> float | None:
    """A single number in digits or words; None when it is not one."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if cleaned[-1] in VULGAR_FRACTIONS and (len(cleaned) == 1 or cleaned[:-1].isdigit()):
        return (float(cleaned[:-1]) if len(cleaned) > 1 else 0.0) + VULGAR_FRACTIONS[cleaned[-1]]
    if "10" in cleaned and (power := _POWER.fullmatch(cleaned.replace(" ", ""))):
        exponent = int((power.group(2) or power.group(3)).translate(_SUPERSCRIPT_DIGITS))
        return float(power.group(1) or 1) * 10.0**exponent
    # `float` fails on inner spaces and on words but these; not trying spares an exception.
    if " " not in cleaned and (not cleaned.isalpha() or cleaned in _FLOAT_WORDS):
        try:
            return float(cleaned.replace(",", ""))
        except ValueError:
            pass
    if cleaned in rules.numbers:
        return rules.numbers[cleaned]
    if "-" in cleaned and " " not in cleaned:  # "twenty-four"
        parts = [rules.numbers.get(p) for p in cleaned.split("-")]
        if all(p is not None for p in parts):
            return float(sum(p for p in parts if p is not None))
    if " " in cleaned:
        return _compound_words(cleaned, rules)
    return None


def _compound_words(cleaned: str, rules: ClaimRules) -> float | None:
    """ "one hundred and fifty-seven" -> 157; "two thousand five hundred" -> 2500."""
    total = current = 0.0
    for word in cleaned.replace("-", " ").split():
        if word == "and":
            continue
        number = rules.numbers.get(word)
        if number is None:
            return None
        if number == 100:
            current = (current or 1.0) * 100
        elif number == 1000:
            total += (current or 1.0) * 1000
            current = 0.0
        else:
            current += number
    return total + current


def parse_amount(text: str, rules: ClaimRules) -> Amount | None:
    """An amount phrase: number, range, one-word ("a", "an") or vague quantifier."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if cleaned in rules.vague_amounts:
        return Amount(vague=True, descriptor=cleaned)
    if cleaned in rules.one_words:
        return Amount(value=1.0)
    single = parse_number(cleaned, rules)
    if single is not None:
        return Amount(value=single)
    body = cleaned.removeprefix("between ")
    numbers = [m.group() for m in rules.num_re.finditer(body)]
    if len(numbers) >= 2:
        low, high = parse_number(numbers[0], rules), parse_number(numbers[-1], rules)
        if low is not None and high is not None:
            between = body[body.find(numbers[0]) + len(numbers[0]) : body.rfind(numbers[-1])]
            return Amount(low=low, high=high, alternatives=between.strip() == "or")
    parts = _RANGE_SPLIT.split(body)
    if len(parts) == 2:
        low, high = parse_number(parts[0], rules), parse_number(parts[1], rules)
        if low is not None and high is not None:
            return Amount(low=low, high=high)
    return None
