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
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from citecheck.extraction.claim_rules import WORD_END, ClaimRules, Rule, _trie
from citecheck.extraction.claim_rules import load_rules as _load_rules
from citecheck.extraction.claim_values import NORMALISERS
from citecheck.extraction.sentences import paragraph_spans, sentences_in
from citecheck.models import Claim

__all__ = ["ClaimRules", "extract_claims", "load_rules"]

# Value kinds whose spans take a qualifier ("within", "approximately", "up to").
_QUALIFIED_KINDS = frozenset(
    {"time", "dose", "count", "percent", "fraction", "schedule", "magnitude", "quantity"}
)
# Kinds that may pull a qualifier written just before the matched span into it.
_PULLS_QUALIFIER = frozenset({"time", "dose", "count", "percent", "magnitude", "quantity"})
_REFERENCES_HEADING = re.compile(
    r"(?:#+\s*)?(?:references?(?:\s+and\s+further\s+readings?)?|bibliography|works\s+cited|"
    r"sources|literature\s+cited|further\s+readings?)\s*:?",
    re.IGNORECASE,
)
_REFERENCE_ENTRY = re.compile(
    r"(?:[-*•]\s+|\d{1,3}[.)]\s+|\[\d{1,3}\]\s*)?[A-Z][^\n]{0,300}?\((?:19|20)\d{2}[a-z]?\)\.\s"
    r"|\bdoi:\s*10\.\d{4,9}/|\bdoi\.org/10\.\d{4,9}/",
    re.IGNORECASE,
)


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
    match: re.Match[str]
    sentence: int  # index of the sentence (window) the match was found in


def _skipped_ranges(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reference-list paragraphs, which hold citations rather than claims."""
    ranges: list[tuple[int, int]] = []
    in_references = False
    for start, end in paragraphs:
        if _REFERENCES_HEADING.fullmatch(text, start, end):
            in_references = True
        if in_references or _REFERENCE_ENTRY.match(text, start, end):
            ranges.append((start, end))
    return ranges


# Gates with at most this many plain keywords are searched with `str.find`, others with one
# prefix-tree regex (measured: a regex alternation costs ~5 ms/MB whatever its size).
_FIND_LIMIT = 12


@lru_cache(maxsize=512)
def _gate_regex(needles: tuple[str, ...]) -> re.Pattern[str]:
    """One case-sensitive prefix-tree regex for a gate's keywords (run on lower-cased text);
    short words must not be followed by a letter."""
    return re.compile(_trie(list(needles)))


def _sentences_with(
    lowered: str,
    needles: tuple[str, ...],
    sentences: list[tuple[int, int]],
    sentence_starts: list[int],
) -> set[int]:
    """Indices of the sentences holding any of `needles` (after a hit, the search resumes at
    the end of that sentence, so it runs once per sentence at most)."""
    hit: set[int] = set()
    if len(needles) <= _FIND_LIMIT and not any(n.endswith(WORD_END) for n in needles):
        # A few literal needles: `str.find` scans far faster than a regex alternation.
        for needle in needles:
            pos = lowered.find(needle)
            while pos != -1:
                i = bisect_right(sentence_starts, pos) - 1
                hit.add(i)
                pos = lowered.find(needle, max(sentences[i][1] + 1 if i >= 0 else 0, pos + 1))
        return hit
    gate = _gate_regex(needles)
    found = gate.search(lowered)
    while found:
        # `lowered` has one extra leading character; a needle may start with it.
        i = bisect_right(sentence_starts, found.start()) - 1
        hit.add(i)
        resume = sentences[i][1] + 1 if i >= 0 else 0
        found = gate.search(lowered, max(resume, found.start() + 1))
    return hit


def _propose(
    text: str, rules: ClaimRules, sentences: list[tuple[int, int]], sentence_starts: list[int]
) -> list[_Proposal]:
    """Every rule's matches, each confined to one sentence (a claim never crosses one) that
    holds the rule's trigger keywords."""
    proposals: list[_Proposal] = []
    gates: dict[tuple[str, ...], set[int]] = {}
    # One extra character at each end: positions shift by one, and a needle like "min\n"
    # can match at the very end.
    lowered_plain = text.lower()
    lowered = "\n" + lowered_plain + "\n"
    gated = len(lowered) == len(text) + 2  # "İ" lower-cases to two characters: no gating then
    for rule in rules.rules:
        hit: Iterable[int]
        if rule.triggers and gated:
            # The first gate scans the whole text (cached across rules); later ones are only
            # looked for inside the sentences that passed, so list the most selective first.
            first = rule.triggers[0]
            if first not in gates:
                gates[first] = _sentences_with(lowered, first, sentences, sentence_starts)
            hit = sorted(i for i in gates[first] if i >= 0)
            for needles in rule.triggers[1:]:
                gate = _gate_regex(needles)
                # +1: `lowered` starts with one extra character; +2 lets "min\n" match.
                hit = [i for i in hit if gate.search(lowered, sentences[i][0], sentences[i][1] + 2)]
        else:
            hit = range(len(sentences))
        regex, haystack = rule.regex, text
        if rule.lower_regex is not None and gated:
            regex, haystack = rule.lower_regex, lowered_plain
        _add_matches(proposals, rule, regex, haystack, sentences, hit)
    return proposals


def _add_matches(
    proposals: list[_Proposal],
    rule: Rule,
    regex: re.Pattern[str],
    haystack: str,
    sentences: list[tuple[int, int]],
    hit: Iterable[int],
) -> None:
    """Append the rule's matches in each sentence of `hit` (the hot loop: kept lean)."""
    has_span_group = "span" in regex.groupindex
    finditer, append = regex.finditer, proposals.append
    for i in hit:
        window_start, window_end = sentences[i]
        for match in finditer(haystack, window_start, window_end):
            start, end = match.span("span") if has_span_group else match.span()
            if start < 0 or start == end:
                start, end = match.span()
            append(_Proposal(start, end, rule, match, i))


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


def _qualifier(
    text: str, start: int, end: int, floor: int, rule: Rule, rules: ClaimRules
) -> tuple[int, str | None, int]:
    """(new start, canonical qualifier, offset where the quantity begins)."""
    if rule.value_kind not in _QUALIFIED_KINDS:
        return start, None, start
    prefix = rules.qualifier_prefix_re.match(text, start, end)
    if prefix:
        canonical = rules.qualifiers.get(" ".join(prefix.group().lower().split()))
        return start, canonical, prefix.end()
    if rule.value_kind in _PULLS_QUALIFIER:
        window_start = max(floor, start - 40)
        before = rules.qualifier_suffix_re.search(text, window_start, start)
        if before and "\n" not in before.group():
            canonical = rules.qualifiers.get(" ".join(before.group().lower().split()))
            return before.start(), canonical, start
    return start, None, start


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


def extract_claims(text: str, rules: ClaimRules | None = None) -> list[Claim]:
    """Claims in text order with ids `claim-1..`; `reference_ids` is left empty (linking is
    done elsewhere)."""
    rules = rules or load_rules()
    with _gc_paused():
        return _extract(text, rules)


def _extract(text: str, rules: ClaimRules) -> list[Claim]:
    paragraphs = paragraph_spans(text)
    skipped = _skipped_ranges(text, paragraphs)
    skipped_starts = [s for s, _ in skipped]
    sentences = sentences_in(text, paragraphs)
    sentence_starts = [s for s, _ in sentences]
    hedges: dict[int, str | None] = {}
    claims: list[Claim] = []
    previous_end = 0  # a pulled-in qualifier never reaches back into an earlier claim
    for proposal in _settle_overlaps(_propose(text, rules, sentences, sentence_starts)):
        if skipped and _inside(skipped, skipped_starts, proposal.start):
            continue
        rule = proposal.rule
        # The sentence the match was found in holds the claim (matches never cross sentences;
        # a pulled-in qualifier stays inside too, as it is searched for within the sentence).
        sentence = sentences[proposal.sentence]
        floor = max(previous_end, sentence[0])
        start, qualifier, quantity_start = _qualifier(
            text, proposal.start, proposal.end, floor, rule, rules
        )
        end = proposal.end
        value = NORMALISERS[rule.value_kind](text[quantity_start:end], proposal.match, rule, rules)
        if proposal.sentence not in hedges:
            cue = rules.hedge_re.search(text, sentence[0], sentence[1])
            hedges[proposal.sentence] = cue.group() if cue else None
        hedge = hedges[proposal.sentence]
        # Plain validation, not `model_construct`: the latter is measured ~30x slower here.
        claims.append(
            Claim(
                id=f"claim-{len(claims) + 1}",
                type=rule.type,
                text=text[start:end],
                start=start,
                end=end,
                sentence=text[sentence[0] : sentence[1]],
                value={k: v for k, v in value.items() if v is not None},
                qualifier=qualifier,
                hedged=hedge is not None,
                hedge=hedge,
            )
        )
        previous_end = max(previous_end, end)
    return claims
