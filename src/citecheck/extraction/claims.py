"""Find the checkable claims an article makes (onset times, doses, sample sizes, routes,
attributions, ...) with exact character spans, normalised values, qualifiers and hedges.

Every rule lives in `data/claims.yaml` (see `claim_rules`). Extraction is ordered regex passes:
each rule proposes spans, overlapping proposals are settled in favour of the rule listed first
(then the longer span), and each kept span gets its sentence, qualifier, hedge and value.

Decisions worth knowing:
- A decade ("in the 1960s") is an `other_quantity` ({"decade": 1960}); a bare year ("in 2016")
  is no claim on its own, only inside an attribution.
- Manner words without a unit ("rapid", "quick", "shortly after") are not claims.
- Reference-list entries are not claims: paragraphs after a "References" heading and paragraphs
  shaped like a reference entry are skipped (the references extractor reads them).
- `hedged` is true when the claim's sentence hedges (the contract). Whether the cue is in the
  claim's own clause is `hedge_scope`: the sentence is cut at the `clause_breaks` of claims.yaml
  (";", ", but", ", whereas", ...) and after the first comma of a sentence opening with one of
  its `clause_openers` ("Although ..."); `hedge` is the first cue in the claim's clause (scope
  `clause`), else the sentence's first cue (scope `sentence`).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from citecheck.extraction.attributions import attribution_of
from citecheck.extraction.citations import (
    FoundCitation,
    find_citations,
    lacks,
    letter_runs,
    letters_only,
)
from citecheck.extraction.claim_rules import (
    BOUND_QUALIFIERS,
    ClaimRules,
    Gate,
    Needle,
    QuantityVocab,
    Rule,
)
from citecheck.extraction.claim_rules import load_rules as _load_rules
from citecheck.extraction.claim_values import (
    _FREQ_WORDS,
    NORMALISERS,
    bound_name,
    bound_qualifier,
    limit_fields,
    no_count_of_a_singular,
    qualifier_limits,
)
from citecheck.extraction.document import Document, as_document
from citecheck.extraction.numbers import parse_amount
from citecheck.extraction.plurals import singular
from citecheck.extraction.quantities import (
    MASS_UNITS,
    bounds_an_estimate,
    dose_unit_rest,
    find_quantity_claims,
    phone_number_end,
    plan_in_clause,
    plan_in_sentence,
    retype_rule_claim,
    share_named,
    states_a_statistic,
    time_range_ascends,
    with_decimal_commas,
)
from citecheck.extraction.routes import a_bare_form, route_named
from citecheck.extraction.value_shapes import with_aliases, with_implied_units
from citecheck.models import Claim, ClaimType, extracted_claim

__all__ = ["NEGATED", "ClaimRules", "extract_claims", "load_rules"]

# Value kinds whose spans take a qualifier ("within", "approximately", "up to").
_QUALIFIED_KINDS = frozenset(
    {
        "time",
        "dose",
        "count",
        "percent",
        "fraction",
        "schedule",
        "magnitude",
        "quantity",
        "kitchen_measure",
    }
)
# Kinds that may pull a qualifier written just before the matched span into it; an age only
# that way, as its own comparators ("over 65", "aged under 12") are read in its value.
_PULLS_QUALIFIER = frozenset(
    {
        "time",
        "dose",
        "count",
        "percent",
        "fraction",
        "magnitude",
        "quantity",
        "kitchen_measure",
        "schedule",
        "age",
    }
)
# What a schedule pulls in: how many or how often at most, at least or about ("up to 4 times a
# day", "at least once a week"); "after 2 doses", "over 3 days", "within a week" say when. An
# interval only takes "about": "at most every 4 hours" bounds how often, not the 4 hours.
_SCHEDULE_BOUNDS = BOUND_QUALIFIERS
_INTERVAL_BOUNDS = frozenset({"approximately"})


def load_rules(path: Path | None = None) -> ClaimRules:
    """Load and compile the claim rules (default: bundled `claims.yaml`); cached per file.

    A bad rule raises `citecheck.errors.RulesError` with one line naming the rule and problem.
    """
    return _load_rules(path)


# A named tuple rather than a frozen dataclass: several times cheaper to build, and one is
# built per regex match.
class _Proposal(NamedTuple):
    start: int
    end: int
    rule: Rule
    match: re.Match[str] | None  # None: an attribution, whose value is already known
    sentence: int  # index of the sentence (window) the match was found in
    value: dict[str, object] | None = None


# Attribution claims come from the citation finder, not from rules: they take part in settling
# overlaps as a rule listed before every other.
_ATTRIBUTION = Rule(
    name="citation",
    type=ClaimType.STUDY_ATTRIBUTION.value,
    value_kind="attribution",
    regex=re.compile(r"(?!x)x"),
    lower_regex=None,
    priority=-1,
)


# Between two bracketed groups of numbers: "95% CI [2-5], [7]".
_GROUP_GAP = re.compile(r"\s*[;,]\s*")


_INTERVAL_HEAD_REACH = 40


def _bounds_after_interval_head(text: str, start: int, rules: ClaimRules) -> bool:
    """Whether the bracket at `start` opens right after an interval's head ("95% CI [2-5]",
    "(95% CI (1-4))"): what it holds are the interval's bounds."""
    stats = rules.quantities.estimates if rules.quantities is not None else None
    if stats is None or text[start : start + 1] not in "[(":
        return False
    window = max(0, start - _INTERVAL_HEAD_REACH)
    return stats.interval_before_re.search(text[window : start + 1].lower()) is not None


def _past_interval_bounds(
    text: str, decimal: str, found: FoundCitation, rules: ClaimRules
) -> FoundCitation | None:
    """A numeric citation group without its brackets that hold an interval's bounds: one
    after an interval's head ("95% CI [2-5], [7]" keeps "[7]") or one whose commas the
    decimal-comma pass read as points ("HR 1,5 [1,2–1,9]": `decimal` is the text so read).
    None when no reference number is left."""
    start = found.start
    while start < found.end:
        close = text.find("]", start, found.end)
        if close < 0:
            return None if start > found.start else found
        if not (
            _bounds_after_interval_head(text, start, rules)
            or decimal[start:close] != text[start:close].lower()
        ):
            break
        gap = _GROUP_GAP.match(text, close + 1, found.end)
        start = gap.end() if gap is not None else found.end
    if start == found.start:
        return found
    if start >= found.end:
        return None
    rest = [c for c in find_citations(text[start : found.end]) if c.form == "numeric"]
    if len(rest) != 1:
        return None
    return replace(rest[0], start=start + rest[0].start, end=start + rest[0].end)


def _attributions(document: Document, rules: ClaimRules, decimal: str) -> list[_Proposal]:
    """One attribution claim per citation. Each work of a bracketed author-year group
    ("(House et al. 1988; Olsen et al. 1991)") is its own claim, with its own span, value and
    reference. The golds split: the older heldout9 and heldout46 mark a group whole, the newest
    annotators (heldout58, 60, 61 and two second annotators) mark each work; per work is the
    convention chosen, because each work is its own source and links to its own reference. A
    numbered group ("[1,2]", "(2-4)") is one citation, so one claim."""
    proposals: list[_Proposal] = []
    text = document.prose
    for cited in document.citations:
        found = (
            _past_interval_bounds(text, decimal, cited, rules) if cited.form == "numeric" else cited
        )
        if found is None:
            continue  # "95% CI [2-5]", "HR 1,5 [1,2–1,9]": an interval's bounds
        attribution = attribution_of(found)
        sentence = document.sentence_at(found.start) if attribution else None
        if attribution is None or sentence is None:
            continue
        start, end, value = attribution
        previous = proposals[-1] if proposals else None
        if previous is not None and _numbers_its_authors(text, previous, start, value):
            # "Xiao et al [7]": the authors and their number are one citation, one claim
            # (heldout11, 43, 44 gold span both; a second claim would be a duplicate)
            merged = {**(previous.value or {}), "numbers": value["numbers"]}
            proposals[-1] = previous._replace(end=end, value=merged)
            continue
        proposals.append(_Proposal(start, end, _ATTRIBUTION, None, sentence, value))
    return proposals


def _numbers_its_authors(
    text: str, previous: _Proposal, start: int, value: dict[str, object]
) -> bool:
    """Whether a reference number stands right after a work's authors named without a year
    ("Blair et al. [14]", "Tedder and colleagues [19]", "Hellman et al[15]"): the number is
    theirs. Not after a speaker ("said Dr. Roe [3]") or a source named in prose ("according to
    the Global Burden of Disease Study [1]": the golds keep that number a claim of its own)."""
    before = previous.value
    return (
        value.get("form") == "numeric"
        and before is not None
        and before.get("form") == "narrative_author"
        and "year" not in before
        and "person" not in before
        and "numbers" not in before
        and _skip_spaces(text, previous.end) == start
    )


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


# Gates needing at most this many `str.find` searches use them; others use their prefix-tree
# regex. Measured on 1 MB: a search costs ~0.8 ms, a regex pass 10-30 ms.
_FIND_LIMIT = 24

# A needle this short is found inside many words; longer ones `str.find` finds faster.
_SHORT = 3


class _Gates:
    """Which sentences pass each trigger gate, worked out once per text: rules share gates
    and gates share keywords. `lowered` is the lower-cased text with one extra character at
    each end (positions shift by one, and a needle's neighbours always exist); `text` the
    text itself, whose words (`citations.letters_only`, `letter_runs`) are looked up."""

    def __init__(
        self, lowered: str, text: str, sentences: list[tuple[int, int]], words: frozenset[str]
    ) -> None:
        self._lowered = lowered
        self._text = text
        self._runs = letter_runs(text)  # the text's distinct runs of a-z
        self._sentences = sentences
        self._starts = [start for start, _ in sentences]
        self._index_words = words
        self._by_word: dict[str, list[int]] | None = None
        # by the search's value, not its `id`: compiled (mypyc) code keeps a fixed-size tuple
        # unboxed and boxes a new one at each read, whose `id` the next one may reuse
        self._by_search: dict[tuple[str, tuple[Needle, ...]], set[int]] = {}
        self._by_gate: dict[Gate, set[int]] = {}

    def sentences_for(self, rule: Rule) -> list[int]:
        """The sentences that pass all of the rule's gates, in text order. The first gate is
        looked for in the whole text; a later one too when that is cheap (its keywords are
        indexed or already searched for), else only in the sentences that passed so far."""
        first, *later = rule.triggers
        hit = self.passing(first)
        for gate in later:
            if self._known(gate):
                hit = hit & self.passing(gate)
            else:
                search, lowered, sentences = gate.regex.search, self._lowered, self._sentences
                # +1: `lowered` starts with one extra character; +2 lets "min\n" match.
                hit = {i for i in hit if search(lowered, sentences[i][0], sentences[i][1] + 2)}
        return sorted(i for i in hit if i >= 0)

    def passing(self, gate: Gate) -> set[int]:
        """Indices of the sentences that pass `gate` (-1: text before the first sentence)."""
        if gate not in self._by_gate:
            self._by_gate[gate] = self._find(gate)
        return self._by_gate[gate]

    def _known(self, gate: Gate) -> bool:
        """Whether `passing(gate)` costs next to nothing: known already, or made of indexed
        words and searches already done."""
        return gate in self._by_gate or (
            _by_keywords(gate) and all(search in self._by_search for search in gate.searches)
        )

    def _find(self, gate: Gate) -> set[int]:
        if not _by_keywords(gate):
            return self._regex_sentences(gate.regex)
        hit: set[int] = set()
        for search in gate.searches:
            found = self._by_search.get(search)
            if found is None:
                found = self._by_search[search] = self._search_sentences(*search)
            hit |= found
        by_word = self._word_index()
        for word in gate.words.intersection(by_word):  # the few the text holds
            hit.update(by_word[word])
        return hit

    def _regex_sentences(self, regex: re.Pattern[str]) -> set[int]:
        """After a hit, the search resumes at the end of that sentence, so it runs once per
        sentence at most."""
        hit: set[int] = set()
        lowered, sentences, starts = self._lowered, self._sentences, self._starts
        found = regex.search(lowered)
        while found:
            # `lowered` has one extra leading character; a needle may start with it.
            i = bisect_right(starts, found.start()) - 1
            hit.add(i)
            resume = sentences[i][1] + 1 if i >= 0 else 0
            found = regex.search(lowered, max(resume, found.start() + 1))
        return hit

    def _search_sentences(self, prefix: str, group: tuple[Needle, ...]) -> set[int]:
        """By `str.find`, which scans far faster than a regex alternation; a short lone needle
        that must start or end a word by a regex that checks that as it scans ("iv" is found
        inside many words, each a turn of the loop below)."""
        if lacks(self._runs, prefix):
            return set()
        if len(group) == 1 and len(prefix) <= _SHORT and (group[0].word_start or group[0].word_end):
            return self._regex_sentences(_needle_regex(group[0]))
        hit: set[int] = set()
        lowered, sentences, starts = self._lowered, self._sentences, self._starts
        find = lowered.find
        pos = find(prefix)
        while pos != -1:
            if not _needle_at(lowered, pos, group):
                pos = find(prefix, pos + 1)
                continue
            i = bisect_right(starts, pos) - 1
            hit.add(i)
            pos = find(prefix, max(sentences[i][1] + 1 if i >= 0 else 0, pos + 1))
        return hit

    def _word_index(self) -> dict[str, list[int]]:
        """For each of the gates' whole words, the sentences holding it (in text order);
        built in one pass over the text's letters (`citations.letters_only`), which is far
        cheaper than a search per word. Lists, not sets: a sentence is added once per word it
        holds."""
        if self._by_word is None:
            letters = letters_only(self._text)
            held = _encoded(self._index_words).intersection
            by_word: dict[bytes, list[int]] = {}
            for i, (start, end) in enumerate(self._sentences):
                for word in held(letters[start:end].split()):
                    sentences = by_word.get(word)
                    if sentences is None:
                        by_word[word] = [i]
                    else:
                        sentences.append(i)
            self._by_word = {word.decode(): found for word, found in by_word.items()}
        return self._by_word


@lru_cache(maxsize=8)
def _encoded(words: frozenset[str]) -> frozenset[bytes]:
    """The gates' words as bytes, for the word index (once per rule set)."""
    return frozenset(word.encode() for word in words)


def _by_keywords(gate: Gate) -> bool:
    """Whether the gate is looked for by its keywords rather than by its regex."""
    return bool(gate.words or gate.searches) and len(gate.searches) <= _FIND_LIMIT


@lru_cache(maxsize=1024)
def _needle_regex(needle: Needle) -> re.Pattern[str]:
    """Where `_needle_at(lowered, pos, (needle,))` holds: the word, then its conditions (a
    literal first lets `re` scan for it)."""
    word = re.escape(needle.word)
    before = rf"(?<![a-z]{word})" if needle.word_start else ""
    return re.compile(word + before + ("(?![a-z])" if needle.word_end else ""))


def _needle_at(lowered: str, pos: int, group: tuple[Needle, ...]) -> bool:
    """Whether one of `group` (needles that all begin with the text found at `pos`) is there
    with its WORD_START / WORD_END conditions met."""
    for word, word_start, word_end in group:
        if word_start and "a" <= lowered[pos - 1] <= "z":
            return False  # the same for every needle of the group
        if word_end and "a" <= lowered[pos + len(word)] <= "z":
            continue
        if len(group) == 1 or lowered.startswith(word, pos):
            return True
    return False


def _propose(
    text: str, lowered: str | None, rules: ClaimRules, sentences: list[tuple[int, int]]
) -> tuple[list[_Proposal], _Gates | None]:
    """Every rule's matches, each confined to one sentence (a claim never crosses one) that
    passes the rule's trigger gates. Without `lowered` (the lower-cased text, when its offsets
    are those of `text`) there is no gating."""
    proposals: list[_Proposal] = []
    gates = None
    if lowered is not None:
        gates = _Gates("\n" + lowered + "\n", text, sentences, rules.gate_words)
        for rule in rules.rules:  # every first gate up front: later ones may reuse searches
            if rule.triggers:
                gates.passing(rule.triggers[0])
    everywhere = range(len(sentences))
    for rule in rules.rules:
        hit: Iterable[int] | dict[int, int] = (
            gates.sentences_for(rule) if rule.triggers and gates else everywhere
        )
        if not hit:
            continue  # no sentence passed its gates: its pattern is not even compiled
        regex, haystack = rule.regex, text
        if rule.lower_regex is not None and lowered is not None:
            regex, haystack = rule.lower_regex, lowered
        elif rule.relaxed_regex is not None and lowered is not None:
            _add_relaxed_matches(
                proposals, rule, regex, text, rule.relaxed_regex, lowered, sentences, hit
            )
            continue
        _add_matches(proposals, rule, regex, haystack, sentences, hit)
    return proposals, gates


_WORD_CHAR = re.compile(r"\w")


def _add_matches(
    proposals: list[_Proposal],
    rule: Rule,
    regex: re.Pattern[str],
    haystack: str,
    sentences: list[tuple[int, int]],
    hit: Iterable[int],
) -> None:
    """Append the rule's matches in each sentence of `hit` (the hot loop: kept lean).

    Like `finditer`, except that a match starting right after a word character is skipped
    and the search goes on one character further (see `Rule.regex`)."""
    has_span_group = "span" in regex.groupindex
    search, append, after_word = regex.search, proposals.append, _WORD_CHAR.match
    for i in hit:
        pos, window_end = sentences[i]
        while (match := search(haystack, pos, window_end)) is not None:
            start, end = match.span()
            if start and after_word(haystack, start - 1):
                pos = start + 1
                continue
            pos = end if end > start else start + 1  # an empty match moves on one character
            if has_span_group:
                span_start, span_end = match.span("span")
                if span_start >= 0 and span_start != span_end:
                    start, end = span_start, span_end
            append(_Proposal(start, end, rule, match, i))


def _add_relaxed_matches(
    proposals: list[_Proposal],
    rule: Rule,
    regex: re.Pattern[str],
    text: str,
    relaxed: re.Pattern[str],
    lowered: str,
    sentences: list[tuple[int, int]],
    hit: Iterable[int],
) -> None:
    """`_add_matches` for a rule with a relaxed twin (`Rule.relaxed_regex`): the twin matches
    in the lower-cased text wherever the rule matches, so before each search the twin (several
    times faster) finds the first place the rule may match, and the rule is searched from
    there; a sentence where the twin finds nothing more is left at once. The matches are
    those of `_add_matches`: no match of the rule starts before the twin's next match."""
    has_span_group = "span" in regex.groupindex
    search, ahead = regex.search, relaxed.search
    append, after_word = proposals.append, _WORD_CHAR.match
    for i in hit:
        pos, window_end = sentences[i]
        while (may := ahead(lowered, pos, window_end)) is not None:
            match = search(text, may.start(), window_end)
            if match is None:
                break
            start, end = match.span()
            if start and after_word(text, start - 1):
                pos = start + 1
                continue
            pos = end if end > start else start + 1  # an empty match moves on one character
            if has_span_group:
                span_start, span_end = match.span("span")
                if span_start >= 0 and span_start != span_end:
                    start, end = span_start, span_end
            append(_Proposal(start, end, rule, match, i))


def _after_a_figure(text: str, start: int) -> bool:
    """Whether the citation at `start` is a flattened superscript right after a figure and
    its stop ("older than age 50.1 BPH")."""
    return start >= 2 and text[start - 1] == "." and text[start - 2].isdigit()


def _clipped_at_citations(
    proposals: list[_Proposal], attributions: list[_Proposal], text: str, lowered: str | None
) -> list[_Proposal]:
    """Rule matches that read a flattened superscript as a figure's decimals ("age 50.1" in
    "older than age 50.1 BPH"), matched again up to the stop; the rest unchanged."""
    stops = [a.start - 1 for a in attributions if _after_a_figure(text, a.start)]
    clipped: list[_Proposal] = []
    for proposal in proposals:
        stop = next((at for at in stops if proposal.start < at < proposal.end), None)
        if stop is None or proposal.match is None:
            clipped.append(proposal)
            continue
        rule = proposal.rule
        regex, haystack = rule.regex, text
        if rule.lower_regex is not None and lowered is not None:
            regex, haystack = rule.lower_regex, lowered
        match = regex.match(haystack, proposal.match.start(), stop)
        if match is None:
            continue  # no claim without the superscript's digits
        start, end = match.span()
        if "span" in regex.groupindex and match.start("span") < match.end("span"):
            start, end = match.span("span")
        clipped.append(_Proposal(start, end, rule, match, proposal.sentence))
    return clipped


def _times_in_order(
    proposals: list[_Proposal],
    text: str,
    lowered: str | None,
    case_blind: str | None,
    rules: ClaimRules,
) -> list[_Proposal]:
    """A time rule's match whose second time is shorter than its first ("over 12 years – 5
    days": an age bound, then the next item's course length) matched again up to its first
    time; a range rises (`time_range_ascends`: "a week to 10 days" does). `case_blind`: the
    text lower-cased at the same offsets, where the time pattern's lower-case twin is read
    (the same spans; units and amounts are compared lower-cased), or None."""
    kept: list[_Proposal] = []
    units = rules.units.get("time", {})
    time_part, read = rules.time_part_re, text
    if case_blind is not None and rules.time_part_lower_re is not None:
        time_part, read = rules.time_part_lower_re, case_blind
    for proposal in proposals:
        rule, match = proposal.rule, proposal.match
        if rule.value_kind != "time" or match is None:
            kept.append(proposal)
            continue
        parts = list(time_part.finditer(read, proposal.start, proposal.end))
        if len(parts) < 2:
            kept.append(proposal)
            continue
        first, last = (units.get(p.group("unit").lower()) for p in (parts[0], parts[-1]))
        low, high = (parse_amount(p.group("amount") or "one", rules) for p in (parts[0], parts[-1]))
        if (
            first == last
            or low is None
            or high is None
            or low.value is None
            or high.value is None
            or time_range_ascends(low.value, first, high.value, last)
        ):
            kept.append(proposal)
            continue
        regex, haystack = rule.regex, text
        if rule.lower_regex is not None and lowered is not None:
            regex, haystack = rule.lower_regex, lowered
        again = regex.match(haystack, match.start(), parts[0].end())
        if again is None:
            continue
        start, end = again.span()
        if "span" in regex.groupindex and again.start("span") < again.end("span"):
            start, end = again.span("span")
        kept.append(_Proposal(start, end, rule, again, proposal.sentence))
    return kept


def _settle_overlaps(proposals: list[_Proposal]) -> list[_Proposal]:
    """Per layer, keep non-overlapping proposals, earlier rules first, then longer spans;
    the result is in text order."""
    layers: dict[str, list[_Proposal]] = {}
    for proposal in proposals:
        layers.setdefault(proposal.rule.layer, []).append(proposal)
    kept = [p for layer in layers.values() for p in _settle_layer(layer)]
    return sorted(kept, key=lambda p: (p.start, p.end, p.rule.priority))


def _settle_layer(proposals: list[_Proposal]) -> list[_Proposal]:
    ranked = sorted(proposals, key=lambda p: (p.rule.priority, p.start - p.end, p.start))
    # Matches never leave their sentence, so only proposals of the same sentence can overlap:
    # one small sorted list per sentence keeps `insert` cheap (a single list for the whole
    # text made each insert O(n), so settling grew quadratically with the text).
    by_sentence: dict[int, tuple[list[int], list[_Proposal]]] = {}
    for proposal in ranked:
        entry = by_sentence.get(proposal.sentence)
        if entry is None:
            by_sentence[proposal.sentence] = ([proposal.start], [proposal])
            continue
        starts, kept = entry  # `kept` sorted by start, parallel to `starts`
        i = bisect_right(starts, proposal.start)
        if i > 0 and kept[i - 1].end > proposal.start:
            continue
        if i < len(kept) and kept[i].start < proposal.end:
            continue
        starts.insert(i, proposal.start)
        kept.insert(i, proposal)
    return [p for _, kept in by_sentence.values() for p in kept]


def _inside(ranges: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


class _CueSearch(NamedTuple):
    """Where and with what to look for qualifiers and hedges: the IGNORECASE regexes in the
    text, or their faster twins in the lower-cased text (same offsets). The clause regexes
    are IGNORECASE, so they serve either text."""

    text: str
    qualifier_prefix: re.Pattern[str]
    qualifier_suffix: re.Pattern[str]
    hedge: re.Pattern[str]
    not_hedge: re.Pattern[str]  # matched at a cue in the text as written (`not_hedges`)
    clause_break: re.Pattern[str]
    clause_opener: re.Pattern[str]
    clause_complement: re.Pattern[str]


def _cue_search(text: str, lowered: str | None, rules: ClaimRules) -> _CueSearch:
    if (
        lowered is None
        or rules.qualifier_prefix_lower_re is None
        or rules.qualifier_suffix_lower_re is None
        or rules.hedge_lower_re is None
    ):
        return _CueSearch(
            text,
            rules.qualifier_prefix_re,
            rules.qualifier_suffix_re,
            rules.hedge_re,
            rules.not_hedge_re,
            rules.clause_break_re,
            rules.clause_opener_re,
            rules.clause_complement_re,
        )
    return _CueSearch(
        lowered,
        rules.qualifier_prefix_lower_re,
        rules.qualifier_suffix_lower_re,
        rules.hedge_lower_re,
        rules.not_hedge_re,
        rules.clause_break_re,
        rules.clause_opener_re,
        rules.clause_complement_re,
    )


# A sentence's hedge cues, worked out when its first claim needs them: None when the sentence
# holds no cue at all (the common case, settled by one search); else the starts and ends of its
# clause breaks and, per clause index, the cue found there (None: no cue).
_Clauses = tuple[list[int], list[int], dict[int, str | None], str]


def _hedge_cue(text: str, search: _CueSearch, low: int, high: int) -> re.Match[str] | None:
    """The first hedge cue in [low, high) that is no `not_hedges` use of its word ("You can
    take it with food", "As of May 18")."""
    while (cue := search.hedge.search(search.text, low, high)) is not None:
        if search.not_hedge.match(text, cue.start()) is None:
            return cue
        low = cue.end()
    return None


def _clauses(text: str, search: _CueSearch, start: int, end: int) -> _Clauses | None:
    haystack = search.text
    cue = _hedge_cue(text, search, start, end)
    if cue is None:
        return None
    first_break = search.clause_break.search(haystack, start, end)
    opener = search.clause_opener.match(haystack, start, end)
    if first_break is None and opener is None:  # one clause: the common case, kept cheap
        return [], [], {0: text[cue.start() : cue.end()]}, text[cue.start() : cue.end()]
    breaks = [m.span() for m in search.clause_break.finditer(haystack, start, end)]
    if opener is not None:
        comma = haystack.find(",", start, end)
        if comma != -1 and not any(s <= comma < e for s, e in breaks):
            breaks = sorted([*breaks, (comma, comma + 1)])
    starts, ends = [s for s, _ in breaks], [e for _, e in breaks]
    # The sentence's first cue is the first cue of its clause, and clauses before it have none.
    i = bisect_right(starts, cue.start())
    found: dict[int, str | None] = {}
    if (ends[i - 1] if i else start) <= cue.start() and (
        i == len(starts) or cue.end() <= starts[i]
    ):
        found = dict.fromkeys(range(i))
        found[i] = text[cue.start() : cue.end()]
    return starts, ends, found, text[cue.start() : cue.end()]


def _hedge_at(
    text: str, search: _CueSearch, clauses: _Clauses, pos: int, start: int, end: int
) -> str | None:
    """The first hedge cue in the clause of sentence [start, end) that holds `pos`; for words
    before a reported finding ("a study of 2,300 people warned that up to 15% may ..."), in
    the clause up to the finding."""
    break_starts, break_ends, found, _ = clauses
    i = bisect_right(break_starts, pos)  # breaks starting at or before `pos`
    high = break_starts[i] if i < len(break_starts) else end
    finding = search.clause_complement.search(search.text, pos, high)
    if finding is not None:
        low = break_ends[i - 1] if i else start
        cue = _hedge_cue(text, search, low, finding.start())
        return text[cue.start() : cue.end()] if cue else None
    if i not in found:
        low = break_ends[i - 1] if i else start
        high = break_starts[i] if i < len(break_starts) else end
        cue = _hedge_cue(text, search, low, high)
        found[i] = text[cue.start() : cue.end()] if cue else None
    return found[i]


# "by" opening a change's word fraction ("reduced attacks by more than half"): its qualifier
# comes after it
_CHANGE_BY = re.compile(r"by\s+", re.IGNORECASE)


def _qualifier(
    search: _CueSearch, start: int, end: int, floor: int, value_kind: str, rules: ClaimRules
) -> tuple[int, str | None, int]:
    """(new start, canonical qualifier, offset where the quantity begins)."""
    if value_kind not in _QUALIFIED_KINDS and value_kind not in _PULLS_QUALIFIER:
        return start, None, start
    by = _CHANGE_BY.match(search.text, start, end) if value_kind == "fraction" else None
    prefix = (
        search.qualifier_prefix.match(search.text, by.end() if by else start, end)
        if value_kind in _QUALIFIED_KINDS
        else None
    )
    if prefix:
        written = " ".join(prefix.group().lower().split())
        canonical = rules.qualifiers.get(written)
        if written == "as long as" and _TIME_PASSED.match(search.text, end):
            canonical = "at least"  # "as long as 4 hours have passed": once 4 hours or more
        return start, _limit(search.text, floor, start, canonical), prefix.end()
    if value_kind in _PULLS_QUALIFIER:
        window_start = max(floor, start - 40)
        before = search.qualifier_suffix.search(search.text, window_start, start)
        if before and "\n" not in before.group():
            canonical = rules.qualifiers.get(" ".join(before.group().lower().split()))
            if value_kind == "age":  # only a bound: "over 65 years old" (above 65), "up to 5
                # years old"; an age names who, so a negation before it forbids nothing of it
                bound = bound_name(canonical)
                if bound is not None:
                    return before.start(), bound, start
                return start, None, start
            if value_kind == "kitchen_measure":  # "Over a cupful of blood": more than one
                canonical = bound_name(canonical) or canonical
            if value_kind != "schedule" or canonical in (
                _INTERVAL_BOUNDS
                if search.text.startswith(("every", "Every"), start)
                else _SCHEDULE_BOUNDS
            ):
                return before.start(), _limit(search.text, floor, before.start(), canonical), start
    return start, None, start


# A negation and at most three words before a figure or its comparator: "Do not take more than
# 12 tablets", "don't use it for longer than 3 days", "Never take it daily", "are not 100%
# effective". Not across a clause ("It is not known whether more than ..."), nor over a word
# that leaves the figure asserted ("not all 403 patients", "not every patient needs 2 doses",
# "not only", "not until", "not uncommon for more than 10%": two negatives).
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|\bcannot|\bnever|n[’']t)\s+(?:(?!(?:whether|that|if|because|but|and|or|which|who|"
    r"whom|when|while|although|unless|all|only|just|even|every|each|always|yet|until|till|"
    r"uncommon|unusual|"
    r"unlikely|rare|rarely|unknown|impossible|surprising)\b)[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
_NEGATION_REACH = 40
# What every match of `_NEGATED_BEFORE` holds, lower-cased ("cannot" holds "not")
_NEGATION_WORDS = ("not", "never", "n't", "n’t")
# A forbidden or denied excess is a limit: "must not take more than 12" is at most 12 ("up
# to"), "do not take fewer than 2" at least 2
_NEGATED_BOUND = {"more than": "up to", "less than": "at least"}
# ... and so is a forbidden or denied verb of exceeding: "Do not exceed 4 g a day", "must not
# go beyond 40 mg" are at most that figure ("up to"); so is a negated "go over", whose "over"
# is in the span ("do not go over 2 tablets"; "symptoms come and go over several hours" is a
# period)
_EXCEEDING = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|go(?:es)?\s+beyond)$")
_GO_BEFORE = re.compile(r"\bgo(?:es)?\s+$", re.IGNORECASE)


# "lasting over 2 weeks", "for over 10 years", "a delay of over an hour": after a word of extent
# "over" is a lower bound; elsewhere before a period it is the period itself ("Over 52 weeks,
# weight fell", "infused over 40 minutes"), so the bare canonical "over" is kept for that
_EXTENT_BEFORE = re.compile(
    r"\b(?:for|of|lasting|lasted|lasts|last|took|takes|take|taking|spent|spend|waited|wait|"
    r"been|aged|age|longer\s+than)\s+$",
    re.IGNORECASE,
)


# "as long as" before a time that then passes is a condition, not a length it goes up to
_TIME_PASSED = re.compile(r"\s+(?:has|have|had)\s+(?:passed|elapsed|gone\s+by)\b", re.IGNORECASE)


def _limit(text: str, floor: int, at: int, canonical: str | None) -> str | None:
    if canonical == "over" and _EXTENT_BEFORE.search(text, max(floor, at - 20), at):
        canonical = "more than"
    bound = canonical
    if canonical == "over" and _GO_BEFORE.search(text, max(floor, at - 8), at):
        bound = "more than"  # "go over 4 g": only under a negation ("come and go over hours")
    if (
        bound is not None
        and bound in _NEGATED_BOUND
        and _NEGATED_BEFORE.search(text, max(floor, at - _NEGATION_REACH), at)
    ):
        return _NEGATED_BOUND[bound]
    return canonical


# A figure itself negated, with no comparator to turn ("Never take it daily", "Do not take 2
# doses together", "vaccines are not 100% effective"): the claim states it, qualifier "not",
# so that it never reads as the instruction it forbids. Not when a preposition stands between
# ("does not work in 30% of patients": the 30% is asserted), nor for a length or a point the
# negation runs for or until ("do not drive for 24 hours", "not detectable in the first
# week"), an age that names who ("not for children under 12"), a route or a source.
NEGATED = "not"  # the qualifier of a figure itself negated
_NOT_NEGATED_TYPES = frozenset({"route", "study_attribution"})
_PREPOSITIONS = frozenset((
    "in", "for", "of", "on", "at", "to", "by", "with", "from", "among", "after", "before",
    "within", "during", "over", "since", "until", "till", "into", "onto", "per", "than", "as",
    "about", "around", "between", "through", "throughout",
))  # fmt: skip
# A span opening with one of these is a length or a point the negation runs for or until; one
# opening with another ("with food", "at night", "before meals") is what is forbidden
_SPAN_EXTENT = frozenset((
    "in", "for", "during", "until", "till", "since", "from", "throughout", "over", "within",
))  # fmt: skip
# ... and a span opening with one of these is asserted whole ("not all 403 patients")
_SPAN_ASSERTED = frozenset(("all", "only", "just", "even"))
_SPAN_NOT_NEGATED = _SPAN_EXTENT | _SPAN_ASSERTED  # (built once, not for each claim)
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _negated(text: str, claim: Claim) -> None:
    if (
        claim.qualifier is not None
        or claim.type in _NOT_NEGATED_TYPES
        or claim.value.get("measure") == "age"
        or claim.text.split(maxsplit=1)[0].lower() in _SPAN_NOT_NEGATED
    ):
        return
    start = max(0, claim.start - _NEGATION_REACH)
    window = text[start : claim.start]
    if not any(map(window.lower().__contains__, _NEGATION_WORDS)):
        return  # most claims: settled without a search
    stops = list(_CLAUSE_END.finditer(window))
    if stops:
        window = window[stops[-1].end() :]
    negation = _NEGATED_BEFORE.search(window)
    if negation is None:
        return
    words = negation.group().lower().split()[1:]
    if any(word in _PREPOSITIONS for word in words):
        return
    exceeding = _EXCEEDING.search(" ".join(words))
    claim.qualifier = _NEGATED_BOUND["more than"] if exceeding else NEGATED


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: extraction allocates many short-lived objects
    (matches, proposals, claims) and no reference cycles, so the collector's repeated scans of
    the growing heap only cost time, more than linearly on large texts."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_claims(text: str | Document, rules: ClaimRules | None = None) -> list[Claim]:
    """Claims in text order with ids `claim-1..`; `reference_ids` is left empty (linking is
    done elsewhere)."""
    rules = rules or load_rules()
    with _gc_paused():
        return _extract(as_document(text), rules)


def _extract(document: Document, rules: ClaimRules) -> list[Claim]:
    text, sentences = document.prose, document.sentences
    skipped = document.reference_paragraphs
    skipped_starts = [s for s, _ in skipped]
    # "HR at 1,52": a statistic's decimal comma read as a point (same offsets)
    text_lower = text.lower()
    lowered_text = with_decimal_commas(text, text_lower, rules)
    # None when "İ" lower-cases to two characters: offsets would shift
    lowered = lowered_text if len(lowered_text) == len(text) else None
    search = _cue_search(text, lowered, rules)
    # Lower-cased with the offsets of `text` whatever the text ("İ" stays as it is).
    same_offsets = lowered if lowered is not None else _lower_in_place(text)
    clauses: dict[int, _Clauses | None] = {}
    populations: dict[int, bool] = {}  # sentence -> whether it counts people or events
    claims: list[Claim] = []
    taken: dict[int, list[tuple[int, int]]] = {}  # sentence -> spans of its main-layer claims
    # "every day", "at bedtime": a quantity that holds one ("30 minutes every day") says more
    # (`_beside_timings`)
    timings: list[Claim] = []
    sentence_texts: dict[int, str] = {}  # one string per sentence, shared by its claims
    previous_end = 0  # a pulled-in qualifier never reaches back into an earlier claim
    proposals, gates = _propose(text, lowered, rules, sentences)
    attributions = _attributions(document, rules, same_offsets)
    if any(_after_a_figure(text, a.start) for a in attributions):
        proposals = _clipped_at_citations(proposals, attributions, text, lowered)
    # the lower-cased text as it is, where the time pattern's lower-case twin reads what
    # IGNORECASE reads ("ſ" and "ı" are "s" and "i" to IGNORECASE, not to `str.lower`)
    case_blind = (
        text_lower
        if len(text_lower) == len(text) and "\u017f" not in text and "\u0131" not in text
        else None
    )
    proposals = _times_in_order(proposals, text, lowered, case_blind, rules)
    proposals += attributions
    for proposal in _settle_overlaps(proposals):
        if skipped and _inside(skipped, skipped_starts, proposal.start):
            continue
        rule = proposal.rule
        # The sentence the match was found in holds the claim (matches never cross sentences;
        # a pulled-in qualifier stays inside too, as it is searched for within the sentence).
        sentence = sentences[proposal.sentence]
        floor = max(previous_end, sentence[0])
        if rule.value_kind in _COUNTED_KINDS and _not_a_count(text, same_offsets, proposal, rules):
            continue
        if rule.value_kind in ("timing", "schedule") and _not_a_timing(
            text, same_offsets, proposal, sentence, rules, populations
        ):
            continue
        if rule.value_kind == "time_points" and _points_of_a_course(
            same_offsets, proposal, sentence
        ):
            continue  # each "Day N" is read on its own by the quantity finder
        if (
            rule.value_kind == "percent"
            and rules.quantities is not None
            and bounds_an_estimate(same_offsets, proposal.start, sentence[0], rules.quantities)
        ):
            continue  # "95% CI=66.4%, 73.2%": the interval is read whole with the quantities
        if rule.value_kind in _STATISTIC_SHAPED and states_a_statistic(
            text, same_offsets, proposal.start, sentence[0], rules
        ):
            continue  # "the hazard ratio was 0.8 in 300 patients": read with the quantities
        start, qualifier, quantity_start = _qualifier(
            search, proposal.start, proposal.end, floor, rule.value_kind, rules
        )
        end = proposal.end
        claim_type = rule.type
        if proposal.match is None:  # an attribution: its value came with it
            value = proposal.value or {}
        else:
            value = NORMALISERS[rule.value_kind](
                text[quantity_start:end], proposal.match, rule, rules
            )
            if rules.quantities is not None:
                claim_type, value, start = retype_rule_claim(
                    claim_type, value, same_offsets, start, end, sentence, rules.quantities, rules
                )
                unit = value.get("unit")
                named = (
                    share_named(text, same_offsets, start, sentence[0], rules.quantities)
                    if claim_type == "percentage" and unit == "%"
                    else None
                )
                if named is not None:  # "I2=82%": the statistic's value, named so
                    start, value["measure"] = named[0], named[1]
                if rule.value_kind == "dose" and isinstance(unit, str):
                    # "2 to 3 grams per day", "between 3mg and 9mg a day": the period a
                    # range is taken in, read as a single dose's is
                    value["unit"], per, end = dose_unit_rest(
                        same_offsets, end, sentence[1], unit, rules.quantities
                    )
                    if per is not None:
                        value["per"] = per
            if rule.value_kind == "fraction" and _more_than_the_whole(value):
                continue  # "a 3-in-1 vaccine", "2-in-1 shampoo": a product's name, no share
            if rule.value_kind == "route" and (
                _a_drink_shot(value, same_offsets, start, sentence, rules)
                or _route_in_a_name(text, proposal.match.start("route"), sentence)
                or not route_named(same_offsets, *proposal.match.span("route"), sentence, rules)
            ):
                continue
        if proposal.sentence not in clauses:
            clauses[proposal.sentence] = _clauses(text, search, *sentence)
        found = clauses[proposal.sentence]
        # `hedged` is the contract's "the sentence hedges"; `hedge_scope` says whether the cue
        # is in the claim's own clause ("may help, but 403 patients enrolled": sentence only).
        clause_cue = _hedge_at(text, search, found, start, *sentence) if found else None
        hedge = clause_cue or (found[3] if found else None)
        scope: Literal["clause", "sentence"] | None = (
            None if hedge is None else ("clause" if clause_cue else "sentence")
        )
        # Built from values this module made: not validated again (`extracted_claim`).
        claims.append(
            extracted_claim(
                id=f"claim-{len(claims) + 1}",
                type=claim_type,
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentence_texts.setdefault(
                    proposal.sentence, text[sentence[0] : sentence[1]]
                ),
                value={k: v for k, v in value.items() if v is not None},
                qualifier=qualifier,
                hedged=hedge is not None,
                hedge=hedge,
                hedge_scope=scope,
            )
        )
        previous_end = max(previous_end, end)
        if rule.value_kind == "timing" or (
            rule.value_kind == "schedule" and _PERIOD_ONLY.match(claims[-1].text)
        ):
            timings.append(claims[-1])
        elif rule.layer == "main":
            taken.setdefault(proposal.sentence, []).append((start, end))
    quantities = _quantity_claims(
        text, same_offsets, sentences, skipped, taken, search, clauses, rules, gates
    )
    if document.prose is not document.text:
        quantities = [_age_across_a_break(document, q) for q in quantities]
    claims += _beside_timings(quantities, timings, claims)
    claims.sort(key=lambda c: (c.start, c.end))
    claims = _joined_phrases(text, [c for c in claims if not _page_furniture(text, c)], rules)
    claims = [c for c in claims if not a_bare_form(c.type, c.text, rules)]
    _ages_joined(text, claims)
    _points_joined(text, claims)
    _restated_times(text, claims)
    _restated_amounts(text, claims)
    claims = _changes_split(text, claims, rules)
    for number, claim in enumerate(claims, 1):
        claim.id = f"claim-{number}"  # built here, held by nothing else: ~8x cheaper than a copy
        _a_decade_in_years(claim)
        _minus_signed(text, claim)
        _signed_bound(text, claim)
        _bound_qualifier(claim)
        _negated(text, claim)
        _qualifier_bound(claim)
        with_implied_units(claim.value)
        with_aliases(claim.type, claim.value)
    if document.rewritten:  # read in the reading view; quoted as the article writes it
        _as_written(document, claims)
    _bounded_sentences(document, claims)
    return claims


# A "sentence" this long is no sentence a reader quotes (a run of names, a flattened table, a
# text without stops): each claim keeps the words around it instead, or every claim of the run
# would carry all of it and the findings would grow as the square of its length.
LONGEST_SENTENCE = 2000
_CONTEXT = 400


def _bounded_sentences(document: Document, claims: list[Claim]) -> None:
    """Each claim of an over-long sentence quotes at most `_CONTEXT` characters either side of
    it, cut at white space, from the text as written."""
    for claim in claims:
        if len(claim.sentence) <= LONGEST_SENTENCE:
            continue
        index = document.sentence_at(claim.start)
        if index is None:
            continue
        start, end = document.written_span(*document.sentences[index])
        low = min(claim.start, max(start, claim.start - _CONTEXT))
        high = max(claim.end, min(end, claim.end + _CONTEXT))
        around = document.written(low, high)
        head = claim.start - low
        tail = claim.end - low
        # cut at a space, so that no word is quoted in part
        first = around.find(" ", 0, head) + 1 if low > start else 0
        last = around.rfind(" ", tail) if high < end else -1
        claim.sentence = around[first : last if last >= 0 else len(around)].strip()


# A comparison sign just before a claim's figure ("<5%", "> 48 hours", "≥ 10 mg"), which the
# span leaves out; claims whose value is a plain figure keep the bound it sets.
_SIGN_BEFORE = re.compile(r"(?<![<>=≤≥-])(?:[<>]=?|[≤≥])[ \t]*$")
_SIGNED_TYPES = frozenset(
    {"percentage", "other_quantity", "dose", "duration", "onset_time", "sample_size"}
)


# A figure written below zero: "WMD: -7.44 mmHg", "(−2.1%)" (the reading view reads the minus
# sign, and an en dash set as one, as "-"). The sign stands right before the figure, after a
# blank, a bracket, a sign of relation or a colon, never after a word or a figure ("COVID-19",
# "10-20", "18 -65" a range written loosely), nor at a line's start, where it is a list's
# bullet ("Results:\n-45% of adults"). The direction a change is written in words ("a decrease
# of 3 mmHg", "fell by 3%") stays in the words: its figure is positive.
_FIRST_FIGURE = re.compile(r"\.?\d")
_BEFORE_MINUS = frozenset(" \t([{|=:;,<>")
# A share of, or a count of, people or things is never below zero
_NEVER_SIGNED_KEYS = ("denominator", "count")
_SIGNED_FIGURE_TYPES = frozenset({"other_quantity", "percentage"})
# Measures no figure of is below zero: an age, a decade, a rank, a time of day
_UNSIGNED_MEASURES = frozenset({"age", "decade", "rank", "time of day"})


# "more than a decade", "for a decade": one decade with its article, no figure
_A_DECADE = re.compile(r"\ban\s+decade\b|\ba\s+decade\b", re.IGNORECASE)


def _a_decade_in_years(claim: Claim) -> None:
    """One decade written "a decade" is ten years ("followed for more than a decade": value
    10, unit year), as six dev golds write it (heldout45, 52, 55, 57, 60, 64; heldout37 writes
    1 decade); a counted "two decades" keeps its unit, as the golds write those."""
    value = claim.value
    if value.get("unit") != "decade" or value.get("value") != 1 or not _A_DECADE.search(claim.text):
        return
    for key in ("value", "low", "high"):
        if isinstance(value.get(key), int | float):
            value[key] = value[key] * 10
    value["unit"] = "year"


def _minus_signed(text: str, claim: Claim) -> None:
    """A claim whose first figure has a minus sign before it (in its span or just before it,
    where the span opens at the figure) takes the sign: its `value` (or a range's `low`)
    below zero, the sign in its span. A value read with its sign already (an estimate, "MD
    -3.2") is left as it is."""
    value = claim.value
    if (
        claim.type not in _SIGNED_FIGURE_TYPES
        or value.get("measure") in _UNSIGNED_MEASURES
        or any(k in value for k in _NEVER_SIGNED_KEYS)
    ):
        return
    key = "value" if "value" in value else "low"
    figure = value.get(key)
    if not isinstance(figure, int | float) or isinstance(figure, bool) or figure <= 0:
        return
    first = _FIRST_FIGURE.search(claim.text)
    if first is None:
        return
    sign = claim.start + first.start() - 1
    if sign <= 0 or text[sign] != "-" or text[sign - 1] not in _BEFORE_MINUS:
        return
    blank = sign - 1
    while blank >= 0 and text[blank] in " \t":
        blank -= 1
    if blank < sign - 1 and blank >= 0 and (text[blank].isdigit() or text[blank] == "%"):
        return  # "18 -65", "5% -10%": a range's dash with a space before it
    value[key] = -figure
    if key == "low" and "choices" in value:
        value["choices"][0] = -figure
    if sign < claim.start:
        claim.start = sign
        claim.text = text[sign : claim.end]


def _signed_bound(text: str, claim: Claim) -> None:
    figure = claim.value.get("value")
    if (
        claim.type not in _SIGNED_TYPES
        or not isinstance(figure, int | float)
        or "low" in claim.value
        or "high" in claim.value
    ):
        return
    sign = _SIGN_BEFORE.search(text, max(0, claim.start - 3), claim.start)
    if sign is not None:
        claim.value.update(limit_fields(sign.group(), figure))


# A schedule's plain `value` may be its period ("at least once every 5 years": value 5), which
# the bound words do not bound; a route or an attribution has no figure.
_UNBOUNDED_TYPES = frozenset({"frequency_schedule", "route", "study_attribution"})


def _bound_qualifier(claim: Claim) -> None:
    """A claim whose value is one figure and the one bound it sets ("under 2 years old",
    "p<0.001", "| ≥30 |") says so in its qualifier too, as "more than 25" does."""
    if claim.qualifier is None:
        qualifier = bound_qualifier(claim.value)
        if qualifier is not None:  # setting a model's field costs ~4 us, even to None
            claim.qualifier = qualifier


def _qualifier_bound(claim: Claim) -> None:
    """A quantity whose qualifier is a one-sided bound ("up to 5 years old", "more than 30% of
    adults", "a minimum of six beds", "as long as 71 years", "do not exceed 4 g") has it in its
    value too, as `low`/`high` beside the figure's `value`."""
    if claim.qualifier is not None and claim.type not in _UNBOUNDED_TYPES:
        # "over 40% of adults" is more than 40; "over 2 weeks" may be a time spread over them
        qualifier = claim.qualifier if claim.type in _SPREAD_TYPES else bound_name(claim.qualifier)
        claim.value.update(qualifier_limits(qualifier, claim.value))


_SPREAD_TYPES = frozenset({"duration", "onset_time"})


# A section number opening a Markdown heading ("## 2 Patients, Materials and Methods").
_HEADING_NUMBER = re.compile(r"#+[ \t]+$")
_NUMBER_BEFORE_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z]")
# An entry of a contents list flattened into a run of text: "3 Manual Therapies 3 Calendar of
# Events 4 Treatments for ..." (three or more page numbers each before a title).
_CONTENTS_ENTRY = re.compile(r"(?<![\w.,])\d{1,3}[ \t]+[A-Z][a-z]")
_CONTENTS_REACH = 80
# Numbered-heading and contents-list numbers are counted things only in look; a timeline
# heading ("Weeks 4-6") is a time and stays.
_FURNITURE_TYPES = frozenset({"other_quantity", "sample_size", "frequency_schedule", "dose"})


def _page_furniture(text: str, claim: Claim) -> bool:
    """A number the page's furniture writes, not the article's claim: a section number opening
    a heading, a page number in a contents list."""
    if claim.type not in _FURNITURE_TYPES or not _NUMBER_BEFORE_TITLE.match(text, claim.start):
        return False
    line_start = text.rfind("\n", 0, claim.start) + 1
    if _HEADING_NUMBER.fullmatch(text, line_start, claim.start):
        return True
    window = text[max(0, claim.start - _CONTENTS_REACH) : claim.end + _CONTENTS_REACH]
    return len(_CONTENTS_ENTRY.findall(window)) >= 3


# Claims one phrase writes with nothing but a space between them are one claim, as annotators
# mark them: a route verb and its destination ("injected into a vein", "injection under the
# skin"), a schedule and the time of day it is taken at ("once a day in the evening"). Times of
# day may also be joined by "and"/"or" ("first thing in the morning and in the evening", "once
# in the morning and once in the evening"), over a list of other parts of the day ("first
# thing in the morning, after lunch, late afternoon and in the evening": quantities.day_parts,
# `times_listed_re`): one plan of doses, as heldout2, heldout8 and heldout32 mark it. A list of
# dosage forms ("tablets, capsules or liquid") stays one claim per form, as most golds mark it.
_SPACE_ONLY = re.compile(r"[ \t]+")
# A timing set by an event ("with food", "before meals", "on an empty stomach") stays a claim
# of its own: only a time of day joins the schedule before it, and nothing joins onto it.
_EVENT_TIMING = re.compile(r"(?:with|without|before|after|on|between|during|until|within)\b")
# A count of doses right before a time of day of a plan: "once in the morning and once ..."
_DOSE_COUNT = rf"\b(?P<count>{'|'.join(_FREQ_WORDS)})[ \t]+"
_COUNT_BEFORE = re.compile(rf"{_DOSE_COUNT}$", re.IGNORECASE)
_COUNT_AFTER = re.compile(_DOSE_COUNT, re.IGNORECASE)


def _times_listed(
    text: str, last: Claim, claim: Claim, rules: ClaimRules
) -> tuple[re.Match[str], str | None] | None:
    """The gap joining two times of day of one plan ("in the morning and once in the
    evening") and the count of doses at its end ("once"), when `last` is a time of day (not an
    event: "with food, or in the evening")."""
    timing = last.value.get("timing")
    if timing is None or _EVENT_TIMING.match(timing.lower()) or rules.quantities is None:
        return None
    gap = rules.quantities.times_listed_re.match(text, last.end, claim.start)
    if gap is None:
        return None
    if gap.end() == claim.start:
        return gap, None
    count = _COUNT_AFTER.fullmatch(text, gap.end(), claim.start)
    return (gap, count.group("count").lower()) if count else None


def _one_phrase(text: str, last: Claim, claim: Claim, rules: ClaimRules) -> bool:
    if last.type != claim.type or last.sentence != claim.sentence or last.end >= claim.start:
        return False
    if claim.type == "route":
        return _SPACE_ONLY.fullmatch(text, last.end, claim.start) is not None
    if _a_dose_then_its_interval(last, claim):
        return _SPACE_ONLY.fullmatch(text, last.end, claim.start) is not None
    if (
        claim.type != "frequency_schedule"
        or list(claim.value) != ["timing"]
        or _EVENT_TIMING.match(claim.value["timing"].lower())
    ):
        return False
    return (
        _SPACE_ONLY.fullmatch(text, last.end, claim.start) is not None
        or _times_listed(text, last, claim, rules) is not None
    )


def _counted_plan(
    text: str, last: Claim, claim: Claim, rules: ClaimRules
) -> tuple[int, int] | None:
    """Where times of day joined carry counts of doses ("once in the morning and twice in the
    evening", "once in the morning, once at lunch and once in the evening"), the start of the
    plan and its doses a day; None otherwise. Joined by "and", the doses a day are the counts
    added (heldout32/04: "times": 2, "per": "day"), a time with no count after the first
    counting once ("in the morning and twice in the evening": 3); joined by "or" the times are
    alternatives ("once in the morning or once at night": once a day), so the count is the one
    all give (None where they differ). A count on the first time only may count the whole list
    ("twice, in the morning and at night"): None."""
    listed = _times_listed(text, last, claim, rules)
    if listed is None or len(last.value) != 1:
        return None
    lead = _COUNT_BEFORE.search(text, max(0, last.start - 10), last.start)
    middle = [_COUNT_AFTER.match(item.strip()) for item in listed[0].group("items").split(",")[1:]]
    words = [lead.group("count") if lead else None]
    words += [m.group("count") if m else None for m in middle] + [listed[1]]
    if all(w is None for w in words[1:]):
        return None
    counts = [_FREQ_WORDS[w.lower()] if w else 1 for w in words]
    plan_start = lead.start() if lead else last.start
    if listed[0].group("conj").lower() == "and":
        return plan_start, sum(counts)
    return (plan_start, counts[0]) if len(set(counts)) == 1 else None


def _a_dose_then_its_interval(last: Claim, claim: Claim) -> bool:
    """ "another single dose 2 weeks later", "a booster dose 6 months after the first": a
    counted dose and, right after it, the time it is due (one schedule, valued by the time)."""
    return (
        last.type == claim.type == "frequency_schedule"
        and "count_unit" in last.value
        and "count_unit" not in claim.value
        and "timing" not in claim.value
        and "frequency" not in claim.value  # "one dose every day": a rate, read on its own
        and claim.value.get("unit") in _TIME_UNITS
        # "two doses a week apart" stays a count and an interval (as heldout3's gold has them)
        and _DUE_LATER.search(claim.text) is not None
    )


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_DUE_LATER = re.compile(r"\b(?:later|after|afterwards?)\b", re.IGNORECASE)


# A route word before the product it names, whose form follows after the drug's name and
# strength: "topical terbinafine 1% cream", "oral amoxicillin 500 mg capsules". The form is the
# same product's (every dev gold marks a route and its form in one phrase as one claim: "0.9%
# topical suspension", "topical ointments", "oral suspension"); at most three words between,
# none a word that ends the phrase ("oral or topical creams", "oral therapy is preferred to
# creams"). Topical products only, where the golds were seen: a tablet or capsule is a route of
# its own in 56 dev gold items, so "oral amoxicillin 500 mg capsules" keeps both (review J9).
_PRODUCT_NAME_GAP = re.compile(
    r"(?:[ \t]+(?!(?:and|or|but|nor|with|without|of|to|for|the|a|an|is|are|was|were|than|vs|"
    r"versus|by|in|on|at|as|from|over|instead|plus|then|not|no)\b)"
    r"(?:[a-z][\w'’-]*|\d[\d.,]*(?:[ \t]?(?:%|mg|mcg|g|ml|micrograms?|milligrams?)(?![\w/]))?"
    r"(?:/[a-z]+)?)){1,3}[ \t]+",
    re.IGNORECASE,
)


def _form_of_the_route(text: str, last: Claim, claim: Claim) -> bool:
    """Whether `claim`, a dosage form, is the form of the product `last`'s route word names
    ("topical terbinafine 1% cream"): the same route, in the same sentence, with only the
    product's name and strength between."""
    return (
        last.type == claim.type == "route"
        and last.sentence == claim.sentence
        and last.end < claim.start
        and "form" not in last.value
        and "form" in claim.value
        and last.value.get("route") == claim.value.get("route") == "topical"
        and _PRODUCT_NAME_GAP.fullmatch(text, last.end, claim.start) is not None
    )


def _joined_phrases(text: str, claims: list[Claim], rules: ClaimRules) -> list[Claim]:
    """`claims` (sorted) with the claims of one phrase (`_one_phrase`) made one. A route takes
    the destination's route, the more specific ("injected" is an injection, "into a vein" says
    which); a schedule takes the time of day into its value."""
    joined: list[Claim] = []
    for claim in claims:
        last = joined[-1] if joined else None
        named = next((c for c in reversed(joined[-3:]) if c.type == "route"), None)
        if named is not None and _form_of_the_route(text, named, claim):
            # "topical terbinafine 1% cream": one route, its form the cream (the strength
            # between is a claim of its own)
            named.value = {**named.value, "form": claim.value["form"]}
            continue
        if last is None or not _one_phrase(text, last, claim, rules):
            joined.append(claim)
            continue
        if _a_dose_then_its_interval(last, claim):
            counted = {k: v for k, v in last.value.items() if k in ("count", "count_unit")}
            last.value = {**claim.value, **counted}
        elif claim.type == "frequency_schedule":
            before = last.value.get("timing")
            timing = claim.value["timing"]
            plan = _counted_plan(text, last, claim, rules)
            last.value = {
                **last.value,
                # a count no plan took stays out of the timing ("in the morning or twice ...")
                "timing": before + _COUNT_AFTER.sub("", text[last.end : claim.end])
                if before
                else timing,
            }
            if plan is not None:
                # "once in the morning and once in the evening": twice a day, at those times
                plan_start, times = plan
                last.value = {
                    "frequency": times,
                    "period": 1,
                    "period_unit": "day",
                    "unit": "per day",
                    "value": times,
                    "times": times,
                    "per": "day",
                    "timing": _COUNT_AFTER.sub("", text[last.start : claim.end]),
                }
                last.start = plan_start
        elif last.value.get("route") != claim.value.get("route"):
            last.value = claim.value
        elif last.value.get("form") != claim.value.get("form"):
            last.value = {k: v for k, v in last.value.items() if k != "form"}
        last.end = claim.end
        last.text = text[last.start : claim.end]
    return joined


# What joins two figures of one list or range: "aged 16, 52, and 79 years", "between 1 month
# and 1 year of age", "median age 52 years (range = 14–79 years)"; bands for places or groups
# listed after a semicolon or each under its label ("age group 15-49 years; USA: 18-49 years")
_AGE_JOIN = re.compile(
    r"(?:[ \t]*,[ \t]*\d{1,3})*[ \t]*,?[ \t]*(?:and|or|to)[ \t]+"
    r"|[ \t]*\([ \t]*(?:range|iqr)[ \t]*[=:,]?[ \t]*"
    r"|[ \t]*;[ \t]*(?:[a-z][\w.'’ -]{0,24}:[ \t]*|(?:in|for|among)[ \t]+[a-z][\w.'’ -]{0,24}[ \t]+)?"
    r"|[ \t]*,[ \t]*[a-z][\w.'’ -]{0,24}:[ \t]*",
    re.IGNORECASE,
)


def _ages_joined(text: str, claims: list[Claim]) -> None:
    """A bare time (a `duration` with no word of extent) listed with an age or giving an age's
    range is an age too: "aged 16, 52, and 79 years" (the last figure holds the unit),
    "between 1 month and 1 year of age" (the first lacks "of age"). Pairs are taken forward
    and then back, so a whole list becomes ages: "at 2 months, 4 months, and 6 months of age"."""
    pairs = list(zip(claims, claims[1:], strict=False))
    order: tuple[tuple[Claim, Claim], ...]
    for back, (first, second) in [*((False, p) for p in pairs), *((True, p) for p in pairs[::-1])]:
        if first.sentence != second.sentence or not (
            (_an_age(first) and _bare_time(text, second))
            or (_an_age(second) and _bare_time(text, first))
        ):
            continue  # neither can make the other an age: no need to read what joins them
        if _AGE_JOIN.fullmatch(text, first.end, second.start):
            order = ((first, second), (second, first))
        elif back and _POINT_JOIN.fullmatch(text, first.end, second.start):
            # back along a list whose later times are ages: "at 2 months, 4 months, and 6
            # months of age" (a time listed after an age is not one: "aged 60, 2 years later")
            order = ((second, first),)
        else:
            continue
        listed = ";" in text[first.end : second.start]
        for age, time in order:
            if (
                _an_age(age)
                and _bare_time(text, time)
                and (not listed or _another_band(text, first, second, time))
            ):
                time.type = "other_quantity"
                time.value = {**time.value, "measure": "age"}


def _an_age(claim: Claim) -> bool:
    return claim.type == "other_quantity" and claim.value.get("measure") == "age"


# What joins the times of one list: "at 9 months, 18 months, and 30 months"
_POINT_JOIN = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_AT_POINT = re.compile(r"(?i:at|by)\s")


def _points_joined(text: str, claims: list[Claim]) -> None:
    """A bare time listed after a time of a plan is one too: in "screened at 9 months, 18
    months, and 30 months" each time carries its unit and is a claim of its own, and "18
    months" is no length of time but the second point (as "at 9 months" is)."""
    point: Claim | None = None  # the list's last point so far
    for claim, after in zip(claims, [*claims[1:], None], strict=False):
        if (
            point is None
            and claim.type == "duration"
            and claim.qualifier is None
            and text[claim.start : claim.start + 1].isdigit()
            and _AT_BIRTH_BEFORE.search(text, max(0, claim.start - 16), claim.start)
        ):
            # "Hepatitis B vaccine at birth, 4 weeks and 12 months": the points after birth,
            # ages at which it is given (heldout42 gold: ages or a schedule), as "at 2 months of
            # age" is
            claim.type = "frequency_schedule"
            kept = {k: v for k, v in claim.value.items() if k in _POINT_KEYS}
            claim.value = {**kept, "measure": "age"}
            point = claim
            continue
        if point is None and after is not None and _opens_a_list_of_times(text, claim, after):
            # "measured at 6 weeks, 3 months and 12 months": the list's "at" makes its first
            # time a point, whatever rule read it
            at = _AT_BEFORE.search(text, max(0, claim.start - 4), claim.start)
            assert at is not None
            claim.type, claim.start = "frequency_schedule", at.start()
            claim.text = text[claim.start : claim.end]
            claim.value = {k: v for k, v in claim.value.items() if k in _POINT_KEYS}
            point = claim
            continue
        if (
            point is not None
            and claim.type == "duration"
            and claim.qualifier is None
            and claim.sentence == point.sentence
            and text[claim.start : claim.start + 1].isdigit()
            and _POINT_JOIN.fullmatch(text, point.end, claim.start)
        ):
            claim.type = "frequency_schedule"
            kept = {k: v for k, v in claim.value.items() if k in _POINT_KEYS}
            if "measure" in point.value:
                kept["measure"] = point.value["measure"]
            claim.value = kept
            point = claim
            continue
        point = (
            claim
            if claim.type == "frequency_schedule"
            and set(claim.value) <= _POINT_KEYS | {"measure"}
            and _AT_POINT.match(claim.text)
            else None
        )


_POINT_KEYS = frozenset({"value", "unit", "low", "high"})
_UNITS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# "it will take between 24-72 hours (1-3 days)", "infants aged ≤ 12 weeks (≤ 3 months)": a
# time in brackets right after another, with at most a hedge before it, says it again
_RESTATING_BRACKET = re.compile(
    r"[ \t]*\([ \t]*(?:(?:usually|typically|about|around|approximately|roughly|or)[ \t]+)?"
    r"(?:[<>≤≥~][ \t]*)?"
)
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def _a_time(claim: Claim) -> bool:
    """Whether a claim is a length or point of time or an age, in a unit of time."""
    return claim.value.get("unit") in _UNITS_OF_TIME and (
        claim.type in ("onset_time", "duration")
        or (claim.type == "other_quantity" and claim.value.get("measure") == "age")
    )


def _restated_times(text: str, claims: list[Claim]) -> None:
    """A time in brackets that restates the time just before it in another unit is the same
    kind of time: "it will take between 24-72 hours (1-3 days) to notice an improvement" is
    two onset times (heldout59's gold), "infants aged ≤ 12 weeks (≤ 3 months)" two ages, "it
    may take up to 12 months (1 year) to see" two onsets; each is read from its own words
    otherwise, and the bracket parts it from what typed the first."""
    for last, claim in zip(claims, claims[1:], strict=False):
        if (
            text[claim.end : claim.end + 1] not in (")", " ")
            or not _a_time(claim)
            or not _a_time(last)
            or (claim.type, claim.value.get("measure")) == (last.type, last.value.get("measure"))
            or not _RESTATING_BRACKET.fullmatch(text, last.end, claim.start)
            or not _BRACKET_CLOSES.match(text, claim.end)
        ):
            continue
        claim.type = last.type
        if last.type == "other_quantity":
            claim.value = {**claim.value, "measure": "age"}
        else:
            claim.value = {k: v for k, v in claim.value.items() if k != "measure"}


# What an amount measured may be (other_quantity): a dose unit restating it is the same amount
_MEASURED_AMOUNTS = frozenset({"volume", "weight", "mass", "nutrient content"})


def _restated_amounts(text: str, claims: list[Claim]) -> None:
    """An amount in brackets that restates the amount measured just before it in another unit
    is the same amount, no dose: "a standard serving is about one ounce (28g)" (heldout77/03).
    Every dev gold that writes a conversion in brackets gives both parts one type
    ("14.0 grams (0.6 ounces)", "1.5 liters (6.3 cups)", "100.4 °F (38.0 °C)": 7 texts)."""
    for last, claim in zip(claims, claims[1:], strict=False):
        if (
            claim.type not in ("dose", "dose_range")
            or last.type != "other_quantity"
            or last.value.get("measure") not in _MEASURED_AMOUNTS
            or not _RESTATING_BRACKET.fullmatch(text, last.end, claim.start)
            or not _BRACKET_CLOSES.match(text, claim.end)
        ):
            continue
        claim.type = "other_quantity"
        weighed = claim.value.get("unit") in MASS_UNITS and last.value["measure"] == "volume"
        claim.value = {**claim.value, "measure": "weight" if weighed else last.value["measure"]}


_AT_BEFORE = re.compile(r"(?<![\w-])(?i:at|by)[ \t]+$")
_AT_BIRTH_BEFORE = re.compile(r"(?<![\w-])(?i:at[ \t]+birth)[ \t]*,[ \t]*$")


def _bare_time(text: str, claim: Claim) -> bool:
    return (
        claim.type == "duration"
        and claim.qualifier is None
        and text[claim.start : claim.start + 1].isdigit()
    )


def _opens_a_list_of_times(text: str, claim: Claim, after: Claim) -> bool:
    """ "at 6 weeks, 3 months": a bare time after "at"/"by" joined to another bare time."""
    return (
        _bare_time(text, claim)
        and _bare_time(text, after)
        and claim.sentence == after.sentence
        and _AT_BEFORE.search(text, max(0, claim.start - 4), claim.start) is not None
        and _POINT_JOIN.fullmatch(text, claim.end, after.start) is not None
    )


# After a semicolon only another group's band is an age ("15-49 years; USA: 18-49 years"): a
# band standing alone, under no label of time ("12 weeks of follow-up", "Follow-up: 10 years")
_BAND_ENDS = re.compile(r"[ \t]*(?:[;,.)]|$)")
_TIME_LABEL = re.compile(r"(?i:follow|durat|period|treat|time|interval|later|visit|week|month)")


def _another_band(text: str, first: Claim, second: Claim, time: Claim) -> bool:
    return (
        "low" in time.value
        and "high" in time.value
        and _BAND_ENDS.match(text, time.end) is not None
        and _TIME_LABEL.search(text, first.end, second.start) is None
    )


# A range's span right after "from", its ends joined by "to"; what a verb of change may stand
# before ("rose 4% in 2021, from"): no stop, semicolon or colon between
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_JOINED = re.compile(r"\s+to\s+")
_CHANGE_REACH = 80
_CHANGE_GAP = re.compile(
    r"(?:\s|,|by|about|nearly|almost|around|approximately|roughly|some|sharply|steadily|slightly|"
    r"significantly|substantially|markedly|dramatically|overall|"
    r"\d[\d.,]*\s*(?:%|percent|per\s*cent|percentage\s+points?|-?fold)?|"
    r"(?:in|by|since|during)\s+\d{4}|between\s+\d{4}\s+and\s+\d{4})*"
)
# the low end of a range as a bare figure, maybe after a hedge ("from about 8 to 9 hours")
_BARE_LOW_END = re.compile(r"(?:[A-Za-z]+\s+)*\d[\d.,]*")
_RANGE_KEYS = frozenset({"low", "high", "low_inclusive", "high_inclusive", "choices", "high_unit"})


def _changes_split(text: str, claims: list[Claim], rules: ClaimRules) -> list[Claim]:
    """ "increased 276%, from 2.9% to 10.9%", "fell from 12 mg to 8 mg": after a verb of change
    (claims.yaml `quantities.change_verbs`), "from A to B" is a before and an after, two claims
    each with its own value, not one range ("ranged from 4% to 9%" stays a range)."""
    vocab = rules.quantities
    if vocab is None or vocab.change_verb_re is None:
        return claims
    split: list[Claim] = []
    for claim in claims:
        ends = _change_ends(text, claim, vocab.change_verb_re)
        split += ends if ends else [claim]
    return split


def _change_ends(text: str, claim: Claim, change_verb_re: re.Pattern[str]) -> list[Claim]:
    value = claim.value
    if not (
        isinstance(value.get("low"), int | float)
        and isinstance(value.get("high"), int | float)
        and "value" not in value
    ):
        return []
    before = text[max(0, claim.start - _CHANGE_REACH) : claim.start].lower()
    opening = _FROM_BEFORE.search(before)
    if opening is None:
        return []
    clause = before[: opening.start()]
    breaks = list(_CLAUSE_END.finditer(clause))
    verbs = list(change_verb_re.finditer(clause, breaks[-1].end() if breaks else 0))
    # the verb governs "from": only its amount, its year or an adverb between them ("rose 4% in
    # 2021, from"); "reduced pain in trials lasting from 2 to 5 years" is a range
    if not verbs or not _CHANGE_GAP.fullmatch(clause, verbs[-1].end()):
        return []
    joiner = _TO_JOINED.search(claim.text)
    if joiner is None or not any(c.isdigit() for c in claim.text[: joiner.start()]):
        return []
    if _BARE_LOW_END.fullmatch(claim.text, 0, joiner.start()):
        # "increased from 8 to 9 hours": the unit written once, as a range is (the dev golds
        # mark one range); "fell from 12 mg to 8 mg" gives each end its own unit
        return []
    common = {k: v for k, v in value.items() if k not in _RANGE_KEYS}
    after: dict[str, Any] = {"value": value["high"], **common}
    if "high_unit" in value:
        after["unit"] = value["high_unit"]
    kind = "dose" if claim.type == "dose_range" else claim.type
    first = claim.model_copy(
        update={
            "type": kind,
            "text": claim.text[: joiner.start()],
            "end": claim.start + joiner.start(),
            "value": {"value": value["low"], **common},
        }
    )
    second = claim.model_copy(
        update={
            "type": kind,
            "text": claim.text[joiner.end() :],
            "start": claim.start + joiner.end(),
            "value": after,
            "qualifier": None,
        }
    )
    return [first, second]


def _as_written(document: Document, claims: list[Claim]) -> None:
    """Each claim's span, text and sentence as the article writes them (`Document.written`);
    only what differs is set (a model's attribute is costly to set)."""
    written: dict[int, str] = {}  # one string per sentence, shared by its claims
    source = document.written_text
    sentences, starts = document.sentences, document.sentence_starts
    moved = document.moved
    for claim in claims:
        start, end = claim.start, claim.end
        if moved:
            start, end = document.written_span(start, end)
            if start != claim.start or end != claim.end:
                claim.start, claim.end = start, end
        text = source[start:end]
        if text != claim.text:
            claim.text = text
        index = bisect_right(starts, start) - 1  # `Document.sentence_at`, inline
        if index >= 0 and start < sentences[index][1]:
            sentence = written.get(index)
            if sentence is None:
                low, high = sentences[index]
                sentence = written[index] = source[low:high]
            if sentence != claim.sentence:
                claim.sentence = sentence


def _a_drink_shot(
    value: dict[str, Any], lowered: str, at: int, sentence: tuple[int, int], rules: ClaimRules
) -> bool:
    """A "shot" in a sentence about a drink ("a shot of liquor") is no injection."""
    vocab = rules.quantities
    if value.get("form") != "shot" or vocab is None or vocab.not_medicine_re is None:
        return False
    start, end = sentence
    # the drink is named near the word (a bounded window keeps a huge sentence linear)
    return (
        vocab.not_medicine_re.search(lowered, max(start, at - 160), min(end, at + 160)) is not None
    )


def _more_than_the_whole(value: dict[str, Any]) -> bool:
    numerator, total = value.get("numerator"), value.get("total")
    return (
        isinstance(numerator, int | float) and isinstance(total, int | float) and numerator > total
    )


# A capitalised word before a route word, maybe across a small word ("You Call the Shots")
_NAME_WORD_BEFORE = re.compile(
    r"[A-Z][\w'’-]*\s+(?P<small>(?:(?:the|of|and|for|a|an|to|in)\s+){1,2})?$"
)
# Lower-case words of four letters or more: a title in title case has none but small words
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
_PROSE_WORDS = 3
_WORD_END = re.compile(r"[\w'’-]+")


def _route_in_a_name(text: str, at: int, sentence: tuple[int, int]) -> bool:
    """ "please refer to You Call the Shots: Vaccines Training Course": a route word in
    title case inside a name (across a small word, or with capitalised words on both sides) in a
    prose sentence (three lower-case words or more); a brand and its form ("Flovent Inhaler"), a title
    or heading in title case ("High Dose Intravenous Methylprednisolone"), a table cell or a
    sentence's first word keeps its route."""
    floor, end = sentence
    if not text[at : at + 1].isupper():
        return False
    before = _NAME_WORD_BEFORE.search(text, max(floor, at - 40), at)
    if before is None or not text[floor : before.start()].strip(" \t\n-*#>|"):
        return False
    word_end = _WORD_END.search(text, at, end)
    if not before.group("small") and not (
        word_end and _CAPITALISED_AFTER.match(text, word_end.end(), end)
    ):
        return False  # "Flovent Inhaler": a brand and its form
    prose = _PROSE_WORD.findall(text, floor, end)
    return len(prose) >= _PROSE_WORDS


# Kinds of rule whose span counts things: a back-reference or a name is no count.
_COUNTED_KINDS = frozenset({"count", "schedule"})
# Rule values a statistic's figure may be misread as: a count of the people named after it, or
# a share of them ("number needed to treat was 8 among ventilated patients")
_STATISTIC_SHAPED = frozenset({"count", "fraction"})
_WORD_BEFORE = re.compile(r"([a-z][a-z'’-]*)\s*$")
# "Next Choice One Dose": a name; "A Single-Session Class" (joined by a hyphen) still counts
_TITLE_PAIR = re.compile(r"[A-Z][a-z]*\s+[A-Z]")
# "the two doses", "the two higher doses": a set of doses named before, restated (a word of
# how often between makes it a plan: "the 12 weekly doses")
_COUNTED_DOSES = re.compile(
    r"[a-z0-9]+\s+(?:(?!(?:daily|weekly|monthly|nightly|yearly|biweekly|fortnightly)\b)"
    r"[a-z-]+\s+){0,2}?(?:doses|shots|injections|jabs)"
)
_HOW_OFTEN = re.compile(r"(?:once|twice|thrice)\b")


def _lower_in_place(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _not_a_count(text: str, lowered: str, proposal: _Proposal, rules: ClaimRules) -> bool:
    """ "the first two trials" (a back-reference), "per 100 women" (the base of a rate),
    "Next Choice One Dose" (a name in title case, not at the start of its sentence)."""
    vocab = rules.quantities
    if vocab is None:
        return False
    start = proposal.start
    if lowered[start : start + 1].isdigit() and phone_number_end(
        lowered, start, max(0, start - 10), len(lowered)
    ):
        return True  # "call 1-800-232-4636 or visit our website"
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True  # "one-on-one counseling sessions", "COVID-19 vaccine doses": in a name
    before = _WORD_BEFORE.search(lowered, max(0, start - 30), start)
    word = before.group(1) if before else ""
    if (
        word in vocab.back_reference_words
        and not _HOW_OFTEN.match(lowered, start)
        and not _A_OR_AN.match(lowered, start)
    ) or (word in vocab.naming_words or word == "per"):
        # "the first two trials", "type 2 diabetes in people", "per 100 women"; not "take
        # these once a day" (how often, not which), nor "both a single dose of PCV13 and ..."
        # (no word points back at a count opened by "a")
        return True
    if word == "the" and _COUNTED_DOSES.fullmatch(lowered, start, proposal.end):
        return True  # "a two-dose series. The two doses are given 28 days apart": restated
    if "of the following" in lowered[start : proposal.end]:
        return True  # "one or more of the following treatments": no count
    singular = _WORDS_THEN_ONE_UNIT.fullmatch(lowered, start, proposal.end)
    if (
        singular
        and proposal.rule.value_kind == "schedule"
        and rules.schedule_unit_re.fullmatch(lowered, singular.start("unit"), proposal.end)
        and no_count_of_a_singular(
            float(singular.group("count").replace(",", "")),
            singular.group("between"),
            singular.group("unit"),
            hyphened=False,
        )
    ):
        # "40 required treatment", "approved in 2012 for treatment": a verb or a preposition
        # and its object follow the figure (`no_count_of_a_singular`)
        return True
    # (after a stop, a comma or a colon the pair opens a phrase, as in a heading's "Per Day,
    # Every Day"; inside a run of capitalised words it is part of a name)
    return bool(_TITLE_PAIR.match(text, start, proposal.end)) and text[
        max(0, start - 2) : start
    ].strip(" -*#\n") not in ("", ".", ",", ":", ";")


_A_OR_AN = re.compile(r"an?\s")
# a figure, words, then a unit word ("40 required treatment", "the 2009 H1N1 vaccination": a
# word may hold figures beside its letters; it splits at its first letter, one way only, so a
# failed match of a long word is not retried at every split)
_WORDS_THEN_ONE_UNIT = re.compile(
    r"(?P<count>\d[\d,]*)\s+(?P<between>(?:[0-9-]*[a-z][a-z0-9-]*\s+)+)(?P<unit>[a-z]+)"
)
_POPULATION_COUNT = re.compile(
    r"\d\s*(?:million|billion|thousand)\b|(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])"
    r"|\b(?:millions|billions|thousands|hundreds)\s+of\b"
)
_CAPITALISED_AFTER = re.compile(r"[\s-]+[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][a-z]*[\s-]+$")


def _counts_a_population(
    text: str, lowered: str, sentence: tuple[int, int], vocab: QuantityVocab
) -> bool:
    """Whether a sentence counts people or events, for "every year" in it to be how often
    something happens to them (a rate), not a dosing plan: "6.1 million people are treated for
    it every year", "Every year, 800,000 Americans have a stroke", "Around 70 people die every
    year", "two to four cases are reported every year"."""
    for count in _POPULATION_COUNT.finditer(text, *sentence):
        if not vocab.dose_unit_re.match(lowered, count.end(), sentence[1]):
            return True
    # a count of people or events however small
    counted = vocab.person_nouns | vocab.event_nouns
    for figure in vocab.atom_re.finditer(lowered, *sentence):
        if figure.lastgroup not in ("digits", "word"):
            continue
        noun = vocab.noun_re.match(lowered, figure.end(), sentence[1])
        if noun is not None and noun.group("noun") in counted:
            return True
    return False


# "Day 15, Day 30 and Day 45": points that each carry their unit, written unit first
_UNIT_THEN_FIGURE = re.compile(r"\b(?:days?|weeks?|months?)\s+\d")
_FIGURE_RUN = re.compile(r"\d+")


def _points_of_a_course(lowered: str, proposal: _Proposal, sentence: tuple[int, int]) -> bool:
    """Whether a list of times written unit first, each with its unit ("on Day 15, Day 30 and
    Day 45"), names points of a study's course rather than a plan's days: no dose or frequency
    in its clause ("a follow-up call was made on Day 15, Day 30 and Day 45", not "10 mg i.v.
    on day 1, day 8 and day 15"). Such points are a claim each, as times written each with
    its unit are ("at 9 months, 18 months, and 30 months"). Points each given to a dose by
    its place in order ("1st on day 1, 2nd on day 3", `ordinal_day_points`) are a plan's only
    when the list or its sentence doses ("take 1 capsule: 1st on day 1 ...", "the first dose on
    day 0 and the second on day 7"); "the first patient was enrolled on day 3 and the second
    on day 10" gives nothing."""
    start, end = proposal.start, proposal.end
    if proposal.rule.name == "ordinal_day_points":
        return not plan_in_sentence(lowered, sentence[0], end)
    figures = len(_FIGURE_RUN.findall(lowered, start, end))
    return figures == len(_UNIT_THEN_FIGURE.findall(lowered, start, end)) and not plan_in_clause(
        lowered, sentence[0], start
    )


def _not_a_timing(
    text: str,
    lowered: str,
    proposal: _Proposal,
    sentence: tuple[int, int],
    rules: ClaimRules,
    populations: dict[int, bool],
) -> bool:
    """ "Morbidity and Mortality Weekly Report", "the Daily Mail": a frequency word in title
    case beside another capitalised word is part of a name (one in capitals throughout is
    not: "TAKE IT DAILY"); "weekly" with nothing taken or
    done in its sentence ("published weekly") is no schedule (`quantities.cued_timings`),
    unless its rule read a dose just before it ("10 mg weekly"); "every year" in a sentence
    counting people or events is a rate (`_counts_a_population`, worked out once a sentence
    in `populations`: a text without stops may hold thousands of them)."""
    start, end = proposal.start, proposal.end
    vocab = rules.quantities
    if _PERIOD_ONLY.match(text, start, end) and vocab is not None:
        counted = populations.get(proposal.sentence)
        if counted is None:
            counted = _counts_a_population(text, lowered, sentence, vocab)
            populations[proposal.sentence] = counted
        if counted:
            return True
    if proposal.rule.value_kind == "schedule":
        return False
    # (a word in capitals throughout, "TAKE IT DAILY", is shouted, not named: the capitals
    # around it say nothing of a name)
    if (
        text[start : start + 1].isupper()
        and not text[start:end].isupper()
        and (
            _CAPITALISED_AFTER.match(text, end)
            or _CAPITALISED_BEFORE.search(text, max(sentence[0], start - 30), start)
        )
    ):
        return True
    if vocab is None or vocab.cued_timing_re is None or vocab.dosing_cue_re is None:
        return False
    if proposal.match is not None and proposal.match.start() < start:
        return False  # its rule read what is taken before it: "Methotrexate 10 mg weekly"
    if not vocab.cued_timing_re.fullmatch(lowered, start, end):
        return False
    if lowered.startswith("annually", start):
        return _an_annual_rate(text, lowered, proposal, sentence, vocab, populations)
    floor, ceiling = _bracket_around(lowered, start, end, sentence)
    if _WHOLE_SEASON.search(lowered, start, end) or (
        _SCENE_OPENING.match(lowered, start, end) and not _PART_OF_DAY.search(lowered, start, end)
    ):
        # "take a supplement in autumn and winter": the season follows what is taken; "In the
        # fall, vaccination ..." or "sun in the summer, so take ..." set a scene
        breaks = [m.end() for m in _CLAUSE_OPENING.finditer(lowered, floor, start)]
        return not vocab.dosing_cue_re.search(lowered, breaks[-1] if breaks else floor, start)
    if vocab.timing_adverb_re.match(lowered, end, ceiling) and _WHO_CLAUSE.search(
        lowered, max(floor, start - _WHO_REACH), start
    ):
        return True  # "shift workers who eat at night also gain weight": who they are
    last = _LAST_WORD.search(lowered, max(floor, start - _LAST_WORD_REACH), start)
    if last is not None and last.group(1) in vocab.body_state_words:
        return True  # "helps you sleep at night": when the body sleeps, whatever is taken
    return not _something_done(lowered, (floor, ceiling), start, end, vocab)


def _an_annual_rate(
    text: str,
    lowered: str,
    proposal: _Proposal,
    sentence: tuple[int, int],
    vocab: QuantityVocab,
    populations: dict[int, bool],
) -> bool:
    """Whether "annually" says how much a year brings (a rate: "prevents 100,000
    hospitalizations annually", "costs the NHS £100 million annually", "collects data on
    hearing aid use annually"), not how often something is given. It is a schedule only when
    its own clause gives something ("Get a flu vaccine annually", "Administer 1 dose of IIV
    annually": a dosing cue other than a word of use, which is as often a rate's noun), holds
    no figure but a count of doses, and its sentence counts no people or events."""
    start, end = proposal.start, proposal.end
    counted = populations.get(proposal.sentence)
    if counted is None:
        counted = _counts_a_population(text, lowered, sentence, vocab)
        populations[proposal.sentence] = counted
    if counted or vocab.dosing_cue_re is None:
        return True
    cuts = [lowered.rfind(mark, sentence[0], start) for mark in _CLAUSE_MARKS]
    floor = max([sentence[0], *(cut + 1 for cut in cuts if cut >= 0)])
    ends = [lowered.find(mark, end, sentence[1]) for mark in _CLAUSE_MARKS]
    ceiling = min([sentence[1], *(cut for cut in ends if cut >= 0)])
    for figure in _FIGURE_THEN_WORD.finditer(lowered, floor, ceiling):
        if figure.group(1) not in vocab.schedule_nouns:
            return True  # "$300 annually", "2,000 cases ... annually": a figure a year
    for span in ((floor, start), (end, ceiling)):
        for cue in vocab.dosing_cue_re.finditer(lowered, *span):
            if cue.group() not in vocab.body_state_words and cue.group() not in _WORDS_OF_USE:
                return False
    return True


# Where a clause ends, for "annually"
_CLAUSE_MARKS = (",", ";", " and ", " but ")
# A figure and the word after it ("1 dose", "$300 per", "650,000 deaths")
_FIGURE_THEN_WORD = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand)?\s*([a-z]*)")
# Dosing cues that are as often nouns of a rate ("hearing aid use annually")
_WORDS_OF_USE = frozenset({"use", "uses", "using", "used"})


# the word right before a cued timing
_LAST_WORD = re.compile(r"([a-z]+)\s+$")
# a relative clause about people holding a cued timing ("those who drink coffee in the
# afternoon"), with no stop between
_WHO_CLAUSE = re.compile(r"\bwho\s+(?:[a-z'’]+\s+){0,5}$")
_WHO_REACH = 60
_LAST_WORD_REACH = 24


def _something_done(
    lowered: str, sentence: tuple[int, int], start: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether the sentence around the cued timing `lowered[start:end]` says something is
    taken or done: a dosing cue or a timed act outside the timing's own words ("after meals"
    holds "meals"), and no state of the body ("trouble sleeping at night")."""
    for regex in (vocab.dosing_cue_re, vocab.timed_act_re):
        if regex is None:
            continue
        for span in ((sentence[0], start), (end, sentence[1])):
            for cue in regex.finditer(lowered, *span):
                if cue.group() not in vocab.body_state_words:
                    return True
    return False


def _bracket_around(
    lowered: str, start: int, end: int, sentence: tuple[int, int]
) -> tuple[int, int]:
    """The round brackets `start`..`end` stand in ("(insomnia at night, sleepiness during the
    day)": what is done there is said inside them), else the sentence. A timing that opens its
    brackets, after at most an adverb ("increase the dose gradually (usually weekly)", "(daily,
    with food)"), says when what stands before them is done: the sentence."""
    opening = lowered.rfind("(", sentence[0], start)
    if opening < 0 or lowered.find(")", opening, start) >= 0:
        return sentence
    if _OPENS_BRACKET.fullmatch(lowered, opening + 1, start):
        return sentence
    closing = lowered.find(")", end, sentence[1])
    return (opening, closing) if closing >= 0 else sentence


# What may stand between an opening bracket and a timing that is the bracket's whole point
_OPENS_BRACKET = re.compile(r"\s*(?:(?:[a-z]+ly|often|always)\s+)?")
# A cued timing that is a season or the whole year, not a period of days
_WHOLE_SEASON = re.compile(r"\b(?:year|autumn|fall|winter|spring|summer)\b")
# What opens another clause before a season or month: "vaccination is recommended in September
# because flu peaks in January" (the dosing cue is not January's)
_CLAUSE_OPENING = re.compile(r"[;:]|\b(?:because|when|while|whereas|although|but|since|as)\b")
# A cued timing opened by a preposition ("in October or November") may set a scene too
_SCENE_OPENING = re.compile(r"(?:in|during|by|over|through|throughout)\b")
# ... but a part of the day or a meal ("in the morning", "at night") says when something is
# done, which may be said after it too ("wake up in the morning", "exercise in the evening")
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|meals?)\b")


# A schedule that is only its period: "every day", "every week" (not "every 6 months").
_PERIOD_ONLY = re.compile(r"(?i:every|each)\s+(?:day|night|week|month|year)$")


def _beside_timings(
    quantities: list[Claim], timings: list[Claim], claims: list[Claim]
) -> list[Claim]:
    """`quantities` without those inside a timing claim ("2 weeks" in "daily for 2 weeks"); a
    timing claim whose start a quantity holds ("every day" in "30 minutes every day", also
    "each day for 12 weeks" after "30 minutes") is taken out of `claims`. Timings are
    main-layer claims, so they do not overlap: sorted by start, each quantity meets only the
    few just before its end (found by bisection: linear overall, however many timings)."""
    if not timings:
        return quantities
    ordered = sorted(timings, key=lambda t: (t.start, t.end))
    starts = [t.start for t in ordered]

    def crossing(quantity: Claim) -> list[Claim]:
        found = []
        at = bisect_right(starts, quantity.end - 1) - 1
        while at >= 0 and ordered[at].end > quantity.start:
            found.append(ordered[at])
            at -= 1
        return found

    held = {
        id(t) for q in quantities for t in crossing(q) if q.start <= t.start
    }  # ids of the timing claims that a quantity holds (or opens)
    kept = [q for q in quantities if not any(id(t) not in held for t in crossing(q))]
    if held:
        claims[:] = [c for c in claims if id(c) not in held]
    return kept


def _age_across_a_break(document: Document, claim: Claim) -> Claim:
    """ "403 patients\ntwo to three weeks": people named before a line break are not whose age
    the time on the next line is (in `prose` a break inside a sentence reads as a space), so
    the time stays a time, its span from the line's start."""
    value = claim.value
    if claim.type != "other_quantity" or value.get("measure") != "age" or "population" not in value:
        return claim
    written = document.text
    start, end = document.written_span(claim.start, claim.end)
    before = start
    while before > 0 and written[before - 1] in " \t\n":
        before -= 1  # a span that starts at the number: the break may be just before it
    line = written.rfind("\n", before, end)
    if line < 0 or start != claim.start or end != claim.end:
        return claim  # no break, or a word moved: offsets would not carry over
    people = written[max(before, start) : line].split()
    if people and singular(people[-1].lower()) != value["population"]:
        return claim  # the break is not between the people and the time
    new_start = max(start, line + 1)
    while written[new_start] in " \t":
        new_start += 1
    plain = {k: v for k, v in value.items() if k in ("value", "low", "high", "unit")}
    text = document.prose
    return claim.model_copy(
        update={"type": "duration", "value": plain, "start": new_start,
                "text": text[new_start : claim.end]}
    )  # fmt: skip


def _quantity_claims(
    text: str,
    lowered: str,
    sentences: list[tuple[int, int]],
    skipped: list[tuple[int, int]],
    taken: dict[int, list[tuple[int, int]]],
    search: _CueSearch,
    clauses: dict[int, _Clauses | None],
    rules: ClaimRules,
    gates: _Gates | None,
) -> list[Claim]:
    """Claims for every quantity the rules left alone (`citecheck.extraction.quantities`)."""
    vocab = rules.quantities
    if vocab is None:
        return []
    skipped_starts = [s for s, _ in skipped]
    found: list[Claim] = []
    tables: dict[int, str | None] = {}  # table rows' header rows, shared by all sentences
    # Only sentences that may hold a number: found through the rules' gates (a word index and
    # a few `str.find`s), far cheaper than searching every sentence for one.
    worded: set[int] | None = None  # sentences holding a number word or a time of day
    timed: set[int] | None = None  # sentences holding a time unit
    if gates is not None and vocab.gate is not None:
        with_numbers = sorted(gates.passing(vocab.gate))
        if vocab.worded_gate is not None and vocab.unit_gate is not None:
            worded, timed = gates.passing(vocab.worded_gate), gates.passing(vocab.unit_gate)
    else:
        starts = [s for s, _ in sentences]
        with_numbers = sorted(
            {bisect_right(starts, m.start()) - 1 for m in vocab.atom_re.finditer(lowered)}
        )
    for index in with_numbers:
        sentence = sentences[index] if index >= 0 else (0, 0)
        if index < 0 or (skipped and _inside(skipped, skipped_starts, sentence[0])):
            continue
        quantities = find_quantity_claims(
            text,
            lowered,
            sentence,
            taken.get(index, []),
            rules,
            tables,
            worded=worded is None or index in worded,
            timed=timed is None or index in timed,
        )
        if not quantities:
            continue
        sentence_text = text[sentence[0] : sentence[1]]  # one string shared by its claims
        for quantity in quantities:
            start, qualifier, _ = _qualifier(
                search, quantity.start, quantity.end, sentence[0], "quantity", rules
            )
            if index not in clauses:
                clauses[index] = _clauses(text, search, *sentence)
            cues = clauses[index]
            clause_cue = _hedge_at(text, search, cues, start, *sentence) if cues else None
            hedge = clause_cue or (cues[3] if cues else None)
            scope: Literal["clause", "sentence"] | None = (
                None if hedge is None else ("clause" if clause_cue else "sentence")
            )
            found.append(
                extracted_claim(
                    id="claim-0",
                    type=quantity.type,
                    text=text[start : quantity.end],
                    start=start,
                    end=quantity.end,
                    sentence=sentence_text,
                    value={k: v for k, v in quantity.value.items() if v is not None},
                    qualifier=qualifier or quantity.after_qualifier,
                    hedged=hedge is not None,
                    hedge=hedge,
                    hedge_scope=scope,
                )
            )
    return found
