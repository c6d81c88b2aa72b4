"""The claim extractor's shortcuts find what a plain search finds.

Speed rests on skipping work: gates that spare a rule the sentences where it cannot match, a
relaxed lower-case twin that says where a case-sensitive rule may first match, fast scans for
the places a number may start. Each must never skip a place the plain search would find; these
tests hold each shortcut against the plain search on generated sentences (our own words).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.citations import lacks, letter_runs
from citecheck.extraction.claim_rules import (
    WORD_END,
    WORD_START,
    Needle,
    _case_relaxed,
    _phrase_needles,
    _routes_expanded,
    _word_started,
)
from citecheck.extraction.claim_values import time_parts
from citecheck.extraction.claims import (
    _add_matches,
    _Gates,
    _needle_at,
    _needle_regex,
    _Proposal,
    extract_claims,
    load_rules,
)
from citecheck.extraction.document import build_document
from citecheck.extraction.quantities import _Atoms
from citecheck.paths import data_file

RULES = load_rules()
RULES_DATA = yaml.safe_load(data_file("claims.yaml").read_text(encoding="utf-8"))
CORPUS = Path(__file__).resolve().parent / "corpus"

# Words the case-sensitive rules read (routes, counts, shares, modifiers), in several cases.
_RULE_WORDS = [
    "IV", "iv", "Iv", "ODT", "odt", "intravenous", "Oral", "oral", "by", "mouth", "tablets",
    "12", "two", "Two", "1,000", "3-4", "six", "sessions", "Sessions", "doses", "visits",
    "infusions", "Pfizer", "weekly", "%", "percent", "per", "cent", "in", "out", "of", "every",
    "one", "One", "five", "a", "an", "the", "The", "patients", "Adults", "majority", "most",
    "spread", "over", "weeks", "months", "n", "N", "=", "(", ")", ",", "-", "mg", "over",
    "training", "days", "Of", "Between", "and", "to", "or", "half", "third", "USA", "(IM)",
    "RSV", "MMR", "vaccine", "dose", "treatment", "approaches", "series", "High", "Dose", "low",
    "mg/kg", "Sample",
]  # fmt: skip
_sentences = st.lists(st.sampled_from(_RULE_WORDS), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_sentences)
def test_relaxed_twin_matches_wherever_its_rule_does(sentence: str) -> None:
    relaxed_rules = [rule for rule in RULES.rules if rule.relaxed_regex is not None]
    assert relaxed_rules  # the shortcut is in use
    lowered = sentence.lower()
    for rule in relaxed_rules:
        assert rule.relaxed_regex is not None
        for pos in range(len(sentence)):
            if rule.regex.match(sentence, pos):
                assert rule.relaxed_regex.match(lowered, pos), (rule.name, pos)


def test_case_relaxed_only_where_it_matches_more() -> None:
    assert _case_relaxed(r"(?-i:[a-z]+)\s+doses") == r"(?i:[a-z]+)\s+doses"
    # a negative look-around holding a case-sensitive group would turn down more relaxed:
    # it is left out (the twin turns down less), the others stay
    assert _case_relaxed(r"(?!(?-i:[A-Z]))\w+") == r"\w+"
    assert _case_relaxed(r"x(?<!(?=(?-i:A))x)y(?!z)") == r"xy(?!z)"
    assert _case_relaxed(r"(?![(](?-i:A))[)(]b") == r"[)(]b"  # brackets in classes
    assert _case_relaxed(r"(?!\((?-i:A))(?-i:B)") == r"(?i:B)"  # an escaped bracket
    assert _case_relaxed(r"(?>(?-i:a)+)b") is None  # atomic: may keep more and then fail
    assert _case_relaxed(r"\(?-i:x") is None  # no group: an optional bracket


_NEEDLE_TEXT = st.text(alphabet="iv m.-\nxa", max_size=40)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="aAbB iv.-\n'é0", max_size=40),
    st.text(alphabet="ab iv.-'é0", min_size=1, max_size=5),
)
def test_a_needle_proved_absent_is_not_in_the_text(text: str, needle: str) -> None:
    if lacks(letter_runs(text), needle):
        assert needle not in text.lower()


@settings(max_examples=300, deadline=None)
@given(
    _NEEDLE_TEXT,
    st.sampled_from(["iv", "im", "i.v", "a"]),
    st.booleans(),
    st.booleans(),
)
def test_short_needle_regex_finds_what_the_scan_checks(
    text: str, word: str, word_start: bool, word_end: bool
) -> None:
    needle = Needle(word, word_start, word_end)
    padded = "\n" + text + "\n"  # as the gates see a text
    scanned = [
        pos
        for pos in range(len(padded))
        if padded.startswith(word, pos) and _needle_at(padded, pos, (needle,))
    ]
    regex = _needle_regex(needle)
    assert [pos for pos in range(len(padded)) if regex.match(padded, pos)] == scanned


# Sentences holding figures, articles, vague amounts and time units but no number word nor
# time of day.
_FIGURE_WORDS = [
    "a", "an", "A", "day", "days", "hour", "year", "week", "12", "3.5", ".5", "½", "1½", "2/3",
    "10^6", "1,200", "15 886", "the", "for", "at", "mg", "%", "x", "an.", "a\n", "(4)", "-",
    "daily", "and", "ana", "yr", "hrs", "5-6", "mid", "later", "than", "per", "oh",
    "several", "a few", "few", "some", "many", "more", "additional", "extra", "further",
]  # fmt: skip
_figure_sentences = st.lists(st.sampled_from(_FIGURE_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_figure_sentences)
def test_atom_scan_without_number_words_finds_what_atom_re_finds(sentence: str) -> None:
    vocab = RULES.quantities
    assert vocab is not None and vocab.gate is not None
    assert vocab.worded_gate is not None and vocab.unit_gate is not None
    lowered = sentence.lower()
    gates = _Gates("\n" + lowered + "\n", sentence, [(0, len(lowered))], vocab.gate.words)
    assert 0 not in gates.passing(vocab.worded_gate)  # the pool holds no number word
    timed = 0 in gates.passing(vocab.unit_gate)
    atoms = _Atoms(lowered, len(lowered), vocab, timed)
    for pos in range(len(lowered) + 1):
        expected = vocab.atom_re.search(lowered, pos, len(lowered))
        found = atoms.next(pos)
        assert (found and found.span()) == (expected and expected.span()), pos


@pytest.mark.parametrize(
    "phrase",
    [p for p in RULES_DATA["quantities"]["timings"] if not p.startswith("re:")],
)
def test_the_timing_rule_gate_opens_for_every_timing_phrase(phrase: str) -> None:
    """The timing rule's trigger lists words, not its vocabulary: each plain timing phrase
    ("every night", "on an empty stomach") must hold one of them."""
    (rule,) = [r for r in RULES.rules if r.name == "timing"]
    sentence = f"Take it {phrase}."
    lowered = sentence.lower()
    words = frozenset(w for gate in rule.triggers for w in gate.words)
    gates = _Gates("\n" + lowered + "\n", sentence, [(0, len(lowered))], words)
    assert gates.sentences_for(rule) == [0]
    assert rule.regex.search(sentence) is not None  # the rule reads the phrase


def _corpus_texts() -> list[Path]:
    return sorted(CORPUS.glob("*.md"))


@pytest.mark.skipif(not _corpus_texts(), reason="no development corpus")
def test_triggers_hold_wherever_their_rule_matches() -> None:
    """claims.yaml: a trigger must hold wherever its pattern can match, which lets the gates
    be looked for in any order and in the whole text or sentence by sentence."""
    for path in _corpus_texts():
        document = build_document(path.read_text(encoding="utf-8"))
        prose, sentences = document.prose, document.sentences
        lowered = prose.lower()
        if len(lowered) != len(prose):
            continue
        padded = "\n" + lowered + "\n"
        for rule in RULES.rules:
            regex, haystack = (
                (rule.lower_regex, lowered) if rule.lower_regex else (rule.regex, prose)
            )
            found: list[_Proposal] = []
            _add_matches(found, rule, regex, haystack, sentences, range(len(sentences)))
            for index in {proposal.sentence for proposal in found}:
                start, end = sentences[index]
                for gate in rule.triggers:
                    assert gate.regex.search(padded, start, end + 2), (path.name, rule.name)


@pytest.mark.skipif(not _corpus_texts(), reason="no development corpus")
def test_the_claims_of_real_texts_are_those_found_without_shortcuts() -> None:
    """End to end: with no relaxed twin and no split number gate, the extractor searches
    every rule and every kind of number plainly; real texts must give the same claims."""
    vocab = RULES.quantities
    assert vocab is not None
    plain = dataclasses.replace(
        RULES,
        rules=tuple(dataclasses.replace(rule, relaxed_regex=None) for rule in RULES.rules),
        quantities=dataclasses.replace(vocab, worded_gate=None, unit_gate=None),
    )
    for path in _corpus_texts():
        text = path.read_text(encoding="utf-8")
        assert extract_claims(text, RULES) == extract_claims(text, plain), path.name


# Words a gate passes over when a phrase holds another (claims.yaml gate_common_words)
_COMMON = frozenset(RULES_DATA["gate_common_words"])

# Every `re:` phrase of the vocabularies, as the gates see it: macros expanded ("IM" after a
# dose is written once, as {ABBREVIATED_ROUTE_BEFORE})
_REGEX_PHRASES = sorted(
    {
        phrase
        for phrases in _routes_expanded("claims.yaml", RULES_DATA, RULES_DATA["units"])[
            "routes"
        ].values()
        for phrase in phrases
        if isinstance(phrase, str) and phrase.startswith("re:") and len(phrase) > 3
    }
)


@pytest.mark.parametrize("phrase", _REGEX_PHRASES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_regex_phrase_needle_is_in_every_match(phrase: str, data: st.DataObject) -> None:
    """A gate must open wherever a `re:` phrase can match: every match holds one of the
    phrase's needles ("IUD" and "IUDs" both hold "iud")."""
    needles = _phrase_needles(phrase, whole_words=True, common=_COMMON)
    assert needles
    # a look-ahead constrains what follows, not the match; one that opens the phrase only
    # where the match may start
    pattern = re.sub(r"^\(\?=[^()]*(?:\([^()]*\)[^()]*)*\)", "", phrase[3:])
    pattern = pattern.split("(?=")[0]
    # ... and look-behinds what precedes it ("0.5 mg IM": "IM"): dropped, with the groups they
    # leave empty
    pattern = re.sub(r"\(\?<=[^()]*\)\|?", "", pattern)
    while (emptied := re.sub(r"\(\?:\|*\)\|?", "", pattern)) != pattern:
        pattern = emptied
    matched = data.draw(st.from_regex(pattern, fullmatch=True))
    words = [needle.strip(WORD_START + WORD_END) for needle in needles]
    assert any(word in matched.lower() for word in words), (matched, needles)


@pytest.mark.parametrize(
    ("phrase", "needles"),
    [
        ("re:(?-i:IUDs?|IUS)", ["iud", "ius"]),
        ("re:into\\s+(?:the\\s+)?patients?\\s+veins?", ["patient"]),
        ("re:(?:in|during)\\s+(?:the\\s+)?(?:winter|spring)", ["spring", "winter"]),
        ("re:(?:foo)?barbaz", ["barbaz"]),
        ("under the tongue", ["\x01tongue\x00"]),
    ],
)
def test_regex_phrase_needles(phrase: str, needles: list[str]) -> None:
    assert _phrase_needles(phrase, whole_words=True) == needles


@pytest.mark.parametrize(
    ("phrase", "needles"),
    [
        # a common word is passed over for a rarer one every match holds
        ("into a vein", ["\x01vein\x00"]),
        ("placed under the skin of your arm", ["\x01placed\x00"]),
        ("re:into\\s+(?:the\\s+)?patients?['’]?\\s+veins?", ["vein"]),
        ("re:(?:into|in)\\s+(?:the\\s+)?(?:muscle|vein)", ["muscle", "vein"]),
        # ... but kept when the phrase (or one of its alternatives) holds nothing else
        ("into the", ["\x01into\x00"]),
        ("re:(?:into\\s+the|deltoid)", ["deltoid", "into"]),
    ],
)
def test_needles_pass_over_common_words(phrase: str, needles: list[str]) -> None:
    common = frozenset({"a", "the", "into", "in", "of", "your", "patient", "patients", "under"})
    assert _phrase_needles(phrase, whole_words=True, common=common) == needles


def test_every_vocabulary_phrase_keeps_a_needle_with_common_words_passed_over() -> None:
    """Passing over common words never leaves a phrase without a needle (a phrase that holds
    no other keeps its longest), so a gate still opens wherever the phrase matches."""
    lists = [*RULES_DATA["routes"].values(), *RULES_DATA["route_context"]["bare_forms"].values()]
    for phrase in (p for phrases in lists for p in phrases):
        plain = _phrase_needles(phrase, whole_words=True)
        assert bool(_phrase_needles(phrase, whole_words=True, common=_COMMON)) == bool(plain)


# Pieces of `re:` phrases the vocabularies may come to use, the odd ones included: lazy
# quantifiers, named groups and back-references, inline flags, classes holding "]"
_REGEX_PIECES = st.sampled_from(
    [
        "tongue",
        "vein",
        "s?",
        "e+?",
        "x{1,2}?",
        "\\s+",
        "\\.",
        "(?:ab|cd)",
        "(?:nasal)?",
        "(?:spray|drop)+?",
        "(?P<site>arm)",
        "(?-i:IV)",
        "[^]]",
        "[\\]q]",
    ]
)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_REGEX_PIECES, min_size=1, max_size=5, unique=True), data=st.data())
def test_odd_regex_syntax_never_gives_a_needle_a_match_lacks(
    pieces: list[str], data: st.DataObject
) -> None:
    pattern = "".join(pieces)
    # a closing look-ahead constrains what follows the match, not the match
    needles = _phrase_needles("re:" + pattern + "(?=z)", whole_words=True)
    matched = data.draw(st.from_regex(pattern, fullmatch=True))
    # (a needle marked whole-word, "\x01tongue\x00", holds its word between the marks)
    words = [needle.strip(WORD_START + WORD_END) for needle in needles]
    assert not needles or any(word in matched.lower() for word in words), (
        pattern,
        matched,
        needles,
    )


@pytest.mark.parametrize(
    ("phrase", "needles"),
    [
        ("re:(?i)tongue", ["tongue"]),
        ("re:(?P<site>arm)pit", ["armpit"]),
        ("re:nas+?al", ["nas"]),
        ("re:[^]]vein", ["vein"]),
    ],
)
def test_odd_regex_syntax_needles(phrase: str, needles: list[str]) -> None:
    assert _phrase_needles(phrase, whole_words=True) == needles


@pytest.mark.parametrize(
    "sentence",
    ["Doctors fitted an IUD in the clinic.", "Many women choose IUDs.", "An IUS lasts years."],
)
def test_an_intrauterine_device_is_a_route(sentence: str) -> None:
    routes = [c for c in extract_claims(sentence) if c.type == "route"]
    assert [c.value.get("route") for c in routes] == ["intrauterine"]


@pytest.mark.parametrize(
    ("phrase", "needle"),
    [
        ("re:(?-i:IV)", "iv"),
        ("re:(?-i:IM)(?=\\s+inject)", "im"),
        ("re:(?-i:ODT)", "odt"),
        # look-behinds and look-aheads around the word ("0.5 mg IM", "given IM")
        (
            "re:(?=(?-i:SC)\\b)(?:(?:(?<=\\dmg\\s)|(?<=\\dg\\s))|(?<=given\\s))(?-i:SC)(?![\\w/-])",
            "sc",
        ),
        ("re:shot(?!\\s+(?:up|in\\s+the\\s+dark)\\b)", "shot"),
    ],
)
def test_a_regex_phrase_of_whole_words_is_looked_for_whole(phrase: str, needle: str) -> None:
    """A short word looked for as a plain substring ("im" in "time") would open the gate in
    nearly every sentence; the phrase matches only whole words, so the needle says so."""
    assert _phrase_needles(phrase, whole_words=True) == [WORD_START + needle + WORD_END]


# `re:` phrases of the vocabularies' kinds: look-behinds before a word, a lone word, a word
# after a look-ahead, a quantified first letter
_GUARDED_PHRASES = [
    r"(?<!how\s)(?<!more\s)(?<!less\s)(?<!as\s)often",
    r"(?<![\w.])q\s?\d",
    r"shot(?!\s+up\b)",
    r"(?=on)o",
    r"o?ften",
    r"of(?:ten|f)",
]


@pytest.mark.parametrize("phrase", _GUARDED_PHRASES)
@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "often",
                "how",
                "more",
                "as",
                " ",
                "q",
                "4",
                ".",
                "x",
                "shot",
                "up",
                "of",
                "ft",
                "ten",
                "on",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_a_phrase_guarded_after_its_first_letter_matches_where_the_guard_in_front_does(
    phrase: str, text: str
) -> None:
    """`_word_started` moves the word-start guard (and the phrase's look-behinds) after the
    phrase's first letter so that `re` can scan for it: the matches are the same."""
    written = re.compile(r"(?<!\w)" + phrase)
    moved = re.compile(_word_started(phrase))
    assert [m.span() for m in moved.finditer(text)] == [m.span() for m in written.finditer(text)]


# Words of times and amounts, in several cases ("İ" lower-cases to two characters).
_TIME_WORDS = [
    "2", "12", "1.5", "a", "A", "an", "An", "few", "Few", "several", "two", "Two", "TWO",
    "to", "or", "and", "-", "between", "Between", "day", "Day", "days", "DAYS", "week", "Weeks",
    "hours", "Hrs", "min", "Minutes", "month", "months", "year", "Years", "couple", "of", "the",
    "first", "dozen", "half", "İ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_WORDS), min_size=1, max_size=10).map(" ".join))
def test_time_parts_are_those_of_the_case_blind_pattern(text: str) -> None:
    assert RULES.time_part_lower_re is not None  # the shortcut is in use
    plain = list(RULES.time_part_re.finditer(text))
    found = time_parts(text, RULES)
    assert [m.span() for m in found] == [m.span() for m in plain]
    for mine, theirs in zip(found, plain, strict=True):
        assert mine.span("amount") == theirs.span("amount")
        assert mine.group("unit").lower() == theirs.group("unit").lower()
