"""Load, validate and compile the claim rules of `data/claims.yaml`.

A `ClaimRules` object holds every compiled regex, so callers build it once (`load_rules` caches
the default file) and extraction never recompiles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from citecheck.errors import RulesError
from citecheck.models import CLAIM_TYPE_PATTERN, ClaimType
from citecheck.paths import data_file

VALUE_KINDS = frozenset(
    {
        "time", "dose", "count", "percent", "fraction", "schedule", "route", "attribution",
        "decade", "magnitude", "quantity", "descriptor",
    }
)
ATTRIBUTION_FORMS = frozenset(
    {
        "parenthetical", "narrative_author", "narrative_venue", "narrative_institution",
        "institution", "secondary_report", "unnamed", "anaphoric", "vague", "image_credit",
    }
)
_RULE_KEYS = {
    "name", "type", "value", "pattern", "form", "descriptor", "unit", "layer", "trigger",
}
_UNIT_GROUPS = ("time", "dose", "count", "schedule")
_OPTIONAL_UNIT_GROUPS = ("other",)
_NEVER = r"(?!x)x"
_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    """One compiled rule; `priority` is its position in the file (lower wins overlaps)."""

    name: str
    type: str  # a ClaimType value, or a type the user added in claims.yaml
    value_kind: str
    regex: re.Pattern[str]
    # The same pattern for lower-cased text without IGNORECASE (several times faster), when
    # the rule has no case-sensitive part; offsets are the same as in the original text.
    lower_regex: re.Pattern[str] | None
    priority: int
    layer: str = "main"
    # Keyword gates: each entry is a set of lower-case substrings, one of which must occur in
    # a sentence for the rule to run on it (all entries must hold). `str.find` over the text
    # is far cheaper than a regex pass, and the speed of extraction rests on this. Empty:
    # the rule runs on every sentence.
    triggers: tuple[tuple[str, ...], ...] = ()
    form: str | None = None
    descriptor: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class ClaimRules:
    """Everything the extractor needs, compiled once."""

    rules: tuple[Rule, ...]
    numbers: dict[str, float]
    vague_amounts: frozenset[str]
    one_words: frozenset[str]
    units: dict[str, dict[str, str]]  # group -> lower-cased variant -> canonical unit
    qualifiers: dict[str, str]  # lower-cased variant -> canonical qualifier
    routes: tuple[tuple[str, re.Pattern[str]], ...]  # canonical route, full-match regex
    macros: dict[str, str]
    # Helper regexes built from the vocabularies (used by the normalisers).
    num_re: re.Pattern[str]
    amount_re: re.Pattern[str]
    time_part_re: re.Pattern[str]
    dose_unit_re: re.Pattern[str]
    count_unit_re: re.Pattern[str]
    schedule_unit_re: re.Pattern[str]
    qualifier_prefix_re: re.Pattern[str]  # a qualifier at the start of a span
    qualifier_suffix_re: re.Pattern[str]  # a qualifier right before a span
    hedge_re: re.Pattern[str]
    source: str = field(default="claims.yaml")


def _fail(source: str, where: str, problem: str) -> RulesError:
    return RulesError(f"{source}: {where}: {problem}")


def _phrase(phrase: str) -> str:
    """Regex for a vocabulary entry: literal words with flexible white space, or `re:` regex."""
    if phrase.startswith("re:"):
        return phrase[3:]
    return r"\s+".join(re.escape(word) for word in phrase.split())


# Marks a short keyword that must end a word: "min" alone would gate in every sentence holding
# "administration". The gate regex checks the end with a look-ahead, which keeps `re`'s fast
# first-letter scan (a check before the word would not).
WORD_END = "\x00"


_ESCAPE_OR_MACRO = re.compile(r"\\.|\{[A-Z][A-Z0-9_]*\}|\(\?P<\w+>|\(\?P=\w+\)")


def _lower(phrase: str) -> str:
    """A vocabulary phrase for lower-cased text ("re:" regexes keep their case rules)."""
    return phrase if phrase.startswith("re:") else phrase.lower()


def _case_blind(pattern: str) -> bool:
    """Whether a rule pattern has no upper-case literal (escapes and macro names aside)."""
    return not any(c.isupper() for c in _ESCAPE_OR_MACRO.sub("", pattern))


def _trie(phrases: list[str]) -> str:
    """One regex for many literal phrases, shaped as a prefix tree: `re` tries alternatives
    one by one, so sharing prefixes ("minute", "minutes", "min") makes each position far
    cheaper to reject. Longer phrases still win (the optional ends are greedy)."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


# How `_trie` writes special characters: any white space, and the end of a word.
_CHAR_REGEX = {" ": r"\s+", WORD_END: r"(?![a-z])"}


def _render(node: dict[str, dict]) -> str:
    branches = [
        _CHAR_REGEX.get(char, re.escape(char)) + _render(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _alternation(phrases: list[str]) -> str:
    literal = [p for p in set(phrases) if not p.startswith("re:")]
    regexes = sorted((p for p in set(phrases) if p.startswith("re:")), key=lambda p: (-len(p), p))
    parts = ([_trie(literal)] if literal else []) + [_phrase(p) for p in regexes]
    return "(?:" + "|".join(parts) + ")"


def _bounded(body: str) -> str:
    return rf"(?<!\w){body}(?!\w)"


def _str_list(source: str, where: str, raw: Any) -> list[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and x for x in raw):
        raise _fail(source, where, "expected a non-empty list of strings")
    return raw


def _str_mapping_of_lists(source: str, where: str, raw: Any) -> dict[str, list[str]]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, where, "expected a mapping of name -> list of phrases")
    return {str(k): _str_list(source, f"{where}.{k}", v) for k, v in raw.items()}


def _compile(source: str, where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, _FLAGS)
    except re.error as err:
        raise _fail(source, where, f"bad regex: {err}") from None


def _expand(source: str, where: str, pattern: str, macros: dict[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise _fail(source, where, f"unknown macro {{{name}}}")
        return macros[name]

    # Macros may use other macros; expand until stable (bounded to catch cycles).
    for _ in range(10):
        expanded = _MACRO_REF.sub(substitute, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise _fail(source, where, "macros nest too deeply (a cycle?)")


def _number_words(source: str, raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, "numbers", "expected a mapping of word -> number")
    words: dict[str, float] = {}
    for word, number in raw.items():
        if not isinstance(number, int | float) or isinstance(number, bool):
            raise _fail(source, f"numbers.{word}", "value must be a number")
        words[" ".join(str(word).lower().split())] = float(number)
    return words


def _build_macros(
    source: str,
    data: dict[str, Any],
    numbers: dict[str, float],
    units: dict[str, dict[str, list[str]]],
) -> dict[str, str]:
    """Regex macros built from the vocabularies, plus the file's own `macros:`."""
    vague = _str_list(source, "vague_amounts", data.get("vague_amounts"))
    ones = _str_list(source, "one_words", data.get("one_words"))
    quals = _str_mapping_of_lists(source, "qualifiers", data.get("qualifiers"))
    routes = _str_mapping_of_lists(source, "routes", data.get("routes"))
    word = _alternation(list(numbers))
    digits = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    num = rf"(?:{digits}|(?<!\w){word}(?:-{word})?(?!\w))"
    rng = rf"(?:between\s+{num}\s+and\s+{num}|{num}\s*(?:-|–|—|to|or)\s*{num})"
    amount = rf"(?:{rng}|{num}|{_bounded(_alternation(vague))}|{_bounded(_alternation(ones))})"
    time_unit = _bounded(_alternation([v for vs in units["time"].values() for v in vs]))
    time = (
        rf"(?:(?:{amount})[\s-]+)?{time_unit}"
        rf"(?:\s*(?:to|or|and|-|–)\s+(?:even\s+)?(?:(?:{amount})[\s-]+)?{time_unit})?"
    )
    macros = {
        "NUM": num,
        "RANGE": rng,
        "AMOUNT": amount,
        "TIME_UNIT": time_unit,
        "TIME": time,
        "DOSE_UNIT": _alternation([v for vs in units["dose"].values() for v in vs]),
        "COUNT_UNIT": _bounded(_alternation([v for vs in units["count"].values() for v in vs])),
        "SCHEDULE_UNIT": _bounded(
            _alternation([v for vs in units["schedule"].values() for v in vs])
        ),
        "QUALIFIER": _bounded(_alternation([v for vs in quals.values() for v in vs])),
        "ROUTE": _bounded(_alternation([v for vs in routes.values() for v in vs])),
        "OTHER_UNIT": (
            _alternation([v for vs in units["other"].values() for v in vs])
            if units.get("other")
            else _NEVER
        ),
    }
    extra = data.get("macros") or {}
    if not isinstance(extra, dict):
        raise _fail(source, "macros", "expected a mapping of NAME -> regex")
    for name, body in extra.items():
        if not isinstance(body, str) or not _MACRO_REF.fullmatch("{" + str(name) + "}"):
            raise _fail(source, f"macros.{name}", "macro names are UPPER_CASE, bodies strings")
        macros[str(name)] = body
    return macros


_REGEX_SYNTAX = re.compile(r"\(\?[-a-zA-Z]*:|\(\?[=!].*$|[()\\^$?*+]")




def _keyword(phrase: str) -> str:
    """The longest literal word of a vocabulary phrase, lower-cased ("re:(?-i:IV)" -> "iv",
    "under the tongue" -> "tongue")."""
    if phrase.startswith("re:"):
        phrase = _REGEX_SYNTAX.sub("", phrase[3:])
    words = phrase.lower().split()
    return max(words, key=len) if words else ""


def _needles(keyword: str) -> list[str]:
    """What a gate searches for: the keyword as a substring, or, for a short alphabetic word,
    the word followed by a non-letter (marked with WORD_END)."""
    if len(keyword) < 4 and keyword.isalpha():
        return [keyword + WORD_END]
    return [keyword]


def _trigger_keywords(
    data: dict[str, Any], numbers: dict[str, float], units: dict[str, dict[str, list[str]]]
) -> dict[str, list[str]]:
    """Keyword lists that triggers may name as {NUM}, {TIME_UNIT}, {ROUTE}, ..."""

    def words(phrases: list[str]) -> list[str]:
        return sorted({k for k in (_keyword(p) for p in phrases) if k})


    def group(name: str) -> list[str]:
        return words([p for ps in units.get(name, {}).values() for p in ps])

    return {
        "NUM": list("0123456789") + sorted({_keyword(w) for w in numbers}),
        "TIME_UNIT": group("time"),
        "DOSE_UNIT": group("dose"),
        "COUNT_UNIT": group("count"),
        "SCHEDULE_UNIT": group("schedule"),
        "OTHER_UNIT": group("other"),
        "ROUTE": words([p for ps in data["routes"].values() for p in ps]),
    }


def _triggers(
    source: str, where: str, raw: Any, keywords: dict[str, list[str]]
) -> tuple[tuple[str, ...], ...]:
    """`trigger: "a|b"` or a list of such: literal substrings, {NAME} for a vocabulary."""
    if raw is None:
        return ()
    entries = [raw] if isinstance(raw, str) else raw
    if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
        raise _fail(source, where, "trigger must be 'word|word' or a list of them")
    gates = []
    for entry in entries:
        needles: set[str] = set()
        for part in entry.split("|"):
            name = _MACRO_REF.fullmatch(part.strip())
            if name:
                if name.group(1) not in keywords:
                    known = ", ".join("{" + k + "}" for k in keywords)
                    raise _fail(source, where, f"trigger may only use {known}")
                for keyword in keywords[name.group(1)]:
                    needles.update(_needles(keyword))
            elif part.strip():
                needles.add(part.strip().lower())  # a literal keyword: any substring
        if not needles:
            raise _fail(source, where, "trigger has no keywords")
        gates.append(tuple(sorted(needles)))
    return tuple(gates)


def _build_rule(
    source: str,
    index: int,
    raw: Any,
    macros: dict[str, str],
    lower_macros: dict[str, str],
    keywords: dict[str, list[str]],
    seen: set[str],
) -> Rule:
    if not isinstance(raw, dict):
        raise _fail(source, f"rules[{index}]", "a rule must be a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise _fail(source, f"rules[{index}]", "missing 'name'")
    where = f"rule '{name}'"
    if name in seen:
        raise _fail(source, where, "duplicate rule name")
    seen.add(name)
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise _fail(source, where, f"unknown key(s) {sorted(unknown)}")
    claim_type = raw.get("type")
    if not isinstance(claim_type, str) or not re.match(CLAIM_TYPE_PATTERN, claim_type):
        builtin = ", ".join(t.value for t in ClaimType)
        raise _fail(source, where, f"type {claim_type!r} must be a lower-case identifier "
                                   f"(built-in types: {builtin}; new ones are allowed)")
    kind = raw.get("value")
    if kind not in VALUE_KINDS:
        raise _fail(source, where, f"value {kind!r} is not one of: {', '.join(sorted(VALUE_KINDS))}")
    form = raw.get("form")
    if kind == "attribution" and form not in ATTRIBUTION_FORMS:
        raise _fail(source, where, f"attribution rules need a form in {sorted(ATTRIBUTION_FORMS)}")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(source, where, "missing 'pattern'")
    regex = _compile(source, where, r"(?<!\w)" + _expand(source, where, pattern, macros))
    lower_regex = None
    expanded_lower = _expand(source, where, pattern, lower_macros)
    if _case_blind(pattern) and "(?-i" not in expanded_lower:
        lower_regex = re.compile(r"(?<!\w)" + expanded_lower)
    if regex.match(""):
        raise _fail(source, where, "pattern matches the empty string")
    triggers = _triggers(source, where, raw.get("trigger"), keywords)
    layer = raw.get("layer", "main")
    if not isinstance(layer, str) or not layer:
        raise _fail(source, where, "layer must be a non-empty string")
    return Rule(
        name=name,
        type=claim_type,
        value_kind=kind,
        regex=regex,
        lower_regex=lower_regex,
        priority=index,
        layer=layer,
        triggers=triggers,
        form=form,
        descriptor=raw.get("descriptor"),
        unit=raw.get("unit"),
    )


def compile_rules(data: Any, source: str = "claims.yaml") -> ClaimRules:
    """Validate parsed YAML and compile it; a bad rule raises `RulesError` naming it."""
    if not isinstance(data, dict):
        raise _fail(source, "top level", "expected a mapping")
    numbers = _number_words(source, data.get("numbers"))
    raw_units = data.get("units")
    if not isinstance(raw_units, dict):
        raise _fail(source, "units", "expected a mapping with groups " + ", ".join(_UNIT_GROUPS))
    units: dict[str, dict[str, list[str]]] = {}
    for group in _UNIT_GROUPS:
        units[group] = _str_mapping_of_lists(source, f"units.{group}", raw_units.get(group))
    for group in _OPTIONAL_UNIT_GROUPS:
        if raw_units.get(group) is not None:
            units[group] = _str_mapping_of_lists(source, f"units.{group}", raw_units[group])
    macros = _build_macros(source, data, numbers, units)
    lower_units = {g: {k: [_lower(p) for p in v] for k, v in t.items()} for g, t in units.items()}
    lower_data = {
        **data,
        **{
            key: {k: [_lower(p) for p in v] for k, v in data[key].items()}
            for key in ("qualifiers", "routes")
        },
        "vague_amounts": [_lower(p) for p in data["vague_amounts"]],
        "one_words": [_lower(p) for p in data["one_words"]],
    }
    lower_macros = _build_macros(source, lower_data, numbers, lower_units)
    keywords = _trigger_keywords(data, numbers, units)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail(source, "rules", "expected a non-empty list of rules")
    seen: set[str] = set()
    rules = tuple(
        _build_rule(source, i, raw, macros, lower_macros, keywords, seen)
        for i, raw in enumerate(raw_rules)
    )

    quals = _str_mapping_of_lists(source, "qualifiers", data["qualifiers"])
    qual_alt = _alternation([v for vs in quals.values() for v in vs])
    routes = _str_mapping_of_lists(source, "routes", data["routes"])
    hedges = _str_list(source, "hedges", data.get("hedges"))
    return ClaimRules(
        rules=rules,
        numbers=numbers,
        vague_amounts=frozenset(v.lower() for v in data["vague_amounts"]),
        one_words=frozenset(v.lower() for v in data["one_words"]),
        units={
            group: {" ".join(v.lower().split()): canon for canon, vs in table.items() for v in vs}
            for group, table in units.items()
        },
        qualifiers={" ".join(v.lower().split()): canon for canon, vs in quals.items() for v in vs},
        routes=tuple(
            (canon, _compile(source, f"routes.{canon}", _alternation(vs)))
            for canon, vs in routes.items()
        ),
        macros=macros,
        num_re=re.compile(macros["NUM"], _FLAGS),
        amount_re=re.compile(macros["AMOUNT"], _FLAGS),
        time_part_re=re.compile(
            rf"(?:(?P<amount>{macros['AMOUNT']})[\s-]+)?(?P<unit>{macros['TIME_UNIT']})", _FLAGS
        ),
        dose_unit_re=re.compile(macros["DOSE_UNIT"] + r"(?![\w/])", _FLAGS),
        count_unit_re=re.compile(macros["COUNT_UNIT"], _FLAGS),
        schedule_unit_re=re.compile(macros["SCHEDULE_UNIT"], _FLAGS),
        qualifier_prefix_re=re.compile(rf"{qual_alt}(?=\s)", _FLAGS),
        qualifier_suffix_re=re.compile(rf"(?<!\w){qual_alt}\s+$", _FLAGS),
        hedge_re=re.compile(_bounded(_alternation(hedges)), _FLAGS),
        source=source,
    )


def _read(path: Path) -> ClaimRules:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise RulesError(f"{path}: cannot read claim rules: {err.strerror or err}") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise RulesError(f"{path}{line}: claim rules are not valid YAML") from None
    return compile_rules(data, source=str(path))


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> ClaimRules:
    return _read(Path(path))


def load_rules(path: Path | None = None) -> ClaimRules:
    """Load and compile claim rules (default: the bundled `claims.yaml`), cached per file."""
    target = (path or data_file("claims.yaml")).resolve()
    try:
        mtime = target.stat().st_mtime_ns
    except OSError as err:
        raise RulesError(f"{target}: cannot read claim rules: {err.strerror or err}") from None
    return _cached(str(target), mtime)
