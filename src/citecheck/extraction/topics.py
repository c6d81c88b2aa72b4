"""The topic of a narrative or news mention: the distinctive words and counts of its sentence.

"A study published in the Journal of Clinical Psychiatry investigated intravenous racemic
ketamine in treating anxiety in patients with treatment-resistant depression" names no title; what
identifies the work is its topic: the drug, the condition, the design, a sample size. This module
is the one place that reads those words, so that the search for the work (`verification.queries`)
and the check of a candidate (`verification.mention`) use the same ones. Words that say nothing
about which study is meant are left out: function words, reporting words ("study", "found",
"published") and generic health words ("patients", "symptoms", "treatment", "significant").

Words compare by `same_word`: equal, or sharing their first six letters when both are that long
("depressive" and "depression", "randomized" and "randomised"), since a sentence paraphrases the
title it describes.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "TOPIC_LIMIT",
    "distinctive_words",
    "mention_topic",
    "same_word",
    "sample_sizes",
    "topic_tokens",
]

TOPIC_LIMIT = 16  # words kept per mention: the sentence's topic, not the whole paragraph
_STEM = 6

# function words, reporting words and words of any article about a study
_STOP_WORDS = """a about after against all also among an and another any are around as at based be been
    before being between both but by can could did do does during each either et al for found
    from further had has have her his how however if in including into is it its itself less
    many may might more most much new no nor not of on once one only or other our out over own
    per same several she should showed shown shows since so some such than that the their them
    then there these they this those through thus to too two under until up upon us very via
    was we were what when where whether which while who whom why will with within without would
    yet journal journals published publishing publication paper papers article report reported
    reports reporting research researchers study studies studied trial trials review reviews
    finding findings result results evidence suggest suggests suggested suggesting investigated
    investigate examined compared comparing comparison conducted led show according analysis
    data author authors team university universities college school institute center centre
    department hospital medical scientific peer reviewed prominent recent large small pivotal
    landmark extensive major minor first second third last later earlier year years month
    months week weeks day days time times percent participants patients people persons person
    subjects individuals adults adult men women children volunteers group groups case cases
    effect effects effective effectiveness efficacy safety outcome outcomes improvement improved
    improve improves reduction reduced reduce reduces reducing increase increased decrease
    decreased significant significantly associated association demonstrated demonstrate
    related linked link role use used using treat treated treating treatment treatments therapy
    therapies symptom symptoms disease diseases condition conditions disorder disorders health
    healthy clinical medicine medicines drug drugs dose doses dosing single potential possible
    likely rapid rapidly quickly well able help helps helped new novel current standard known
    long short high low higher lower level levels rate rates risk risks important
    remarkably notably approximately nearly almost about highlighted highlight highlights
    showed shows compared versus vs sheds shed light involving involved considered gold
    exploring explored impact support supports supported idea providing provide provided
    avenue avenues particularly benefited benefit benefits primarily funded funding national
    experts expert say says said according conclude concluded concluding given received
    taking taken take need needs needed across among various variety way ways often usually
    additional extent remained remains respond responded response responses
    participated enrolled overall total performed called system systems far came come comes
    test tests tested testing largest biggest kind separate held every better worse keep kept
    down none although change changes worked works gave give gives reached reach fewer
    lasted lasting hour hours minute minutes three four five six seven eight nine ten eleven
    twelve twice once weekly daily monthly"""
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)[^\w\s]*$")
# "403 patients", "12 adults", "n = 18", "48 participants": counts of people
_PEOPLE = (
    r"(?:patients|participants|people|persons|subjects|individuals|adults|volunteers|men|women|"
    r"children|adolescents|veterans|outpatients|inpatients|responders|cases)"
)
_COUNT = re.compile(
    rf"\b(?P<n>[1-9]\d{{0,2}}(?:,\d{{3}})+|[1-9]\d{{1,5}})\s+(?:[A-Za-z-]+\s+){{0,3}}?{_PEOPLE}\b"
    r"|\bn\s*=\s*(?P<eq>[1-9]\d{1,5})\b",
    re.IGNORECASE,
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"['’]s$", "", plain).replace("’", "'")


def topic_tokens(text: str | None) -> list[str]:
    """The folded words of `text` in order (possessives dropped: "ketamine's" is "ketamine")."""
    if not text:
        return []
    return [_fold(m.group()) for m in _WORD.finditer(text)]


def _distinctive(word: str) -> bool:
    return len(word) >= 3 and not word.isdigit() and word not in _STOP


def distinctive_words(text: str | None) -> list[str]:
    """The words of `text` that can tell one study from another, each once, in order."""
    kept: dict[str, None] = {}  # ordered, with constant-time membership
    for word in topic_tokens(text):
        if _distinctive(word):
            kept.setdefault(word)
    return list(kept)


def same_word(a: str, b: str) -> bool:
    return a == b or (len(a) >= _STEM and len(b) >= _STEM and a[:_STEM] == b[:_STEM])


def sample_sizes(text: str | None) -> list[int]:
    """Counts of people the text states ("403 patients", "n = 18"), in order, each once."""
    sizes: dict[int, None] = {}  # ordered, with constant-time membership
    for match in _COUNT.finditer(text or ""):
        sizes.setdefault(int((match.group("n") or match.group("eq")).replace(",", "")))
    return list(sizes)


def mention_topic(context: str | None, exclude: list[str] | None = None) -> list[str]:
    """The topic of a mention's sentence: its distinctive words (acronyms such as "ECT" kept,
    whatever their length) and, last, the counts of people it states, as digits.

    `exclude` holds names the mention gives elsewhere (its journal, its outlet): "Psychiatry" in
    "Journal of Clinical Psychiatry" is the venue, not the topic."""
    if not context:
        return []
    skipped = {w for name in exclude or [] for w in topic_tokens(name)}
    acronyms = {_fold(m.group()) for m in _ACRONYM.finditer(context)}
    common: list[str] = []  # lower-case words and acronyms: drugs, conditions, designs
    proper: list[str] = []  # capitalised inside a sentence: places, affiliations, names
    seen: set[str] = set(skipped)
    for match in _WORD.finditer(context):
        if len(common) >= TOPIC_LIMIT:
            break  # enough: the rest could only come after these
        word = _fold(match.group())
        if word in seen:
            continue
        if word in acronyms and not word.isdigit() and word not in _STOP:
            common.append(word)
        elif _distinctive(word):
            before = context[max(0, match.start() - 6) : match.start()]
            capital = match.group()[0].isupper() and not _SENTENCE_START.search(before)
            if capital and len(proper) >= TOPIC_LIMIT:
                continue
            (proper if capital else common).append(word)
        else:
            continue
        seen.add(word)
    sizes = [str(n) for n in sample_sizes(context)][:2]
    return (common + proper)[: TOPIC_LIMIT - len(sizes)] + sizes
