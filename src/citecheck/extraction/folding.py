"""Folding of names, titles and journal names for comparison: shared by extraction (which list
entry a journal mention names) and verification (does a cited field agree with a record), so that
both sides read "N Engl J Med" and "New England Journal of Medicine" as the same journal.

Every function here is pure and applied to *both* sides of a comparison.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

TAG = re.compile(r"<[^>]+>")  # markup inside a title or name
_SPACES = re.compile(r"\s+")
# letters NFKD does not decompose
_FOLD_TABLE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
)

# British -> American spelling noise, applied per token on both sides.
_SPELLING = (
    (re.compile(r"(?<=\w)is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)our(s|al)?$"), r"or\1"),
    (re.compile(r"(?<=\w)tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w)ogue(s)?$"), r"og\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"(?<=\w)oe(?=\w)"), "e"),
)

_STOP_JOURNAL = {"the", "of", "and", "in", "for", "on", "a", "an", "de", "la", "le", "und", "fur"}

# Journal names whose usual abbreviation is not a per-word shortening of the full title.
JOURNAL_ALIASES: dict[str, str] = {
    "jama": "journal of the american medical association",
    "nejm": "new england journal of medicine",
    "bmj": "british medical journal",
    "pnas": "proceedings of the national academy of sciences",
    "plos one": "plos one",
    "cmaj": "canadian medical association journal",
    "jama psychiatry": "jama psychiatry",
}


def _strips_marks(base: str) -> bool:
    """Accents are dropped from Latin, Greek and Cyrillic letters only ("é" -> "e", "ά" -> "α");
    in other scripts (Devanagari, Hangul jamo, ...) a combining mark is part of the letter."""
    return base < "\u0530"


@lru_cache(maxsize=16384)  # the same titles and names are folded again for every candidate
def fold(text: str | None) -> str:
    """Case-folded words of any script separated by single spaces: no tags, entities or
    punctuation, and no accents on Latin, Greek or Cyrillic letters. A title in Cyrillic, Greek,
    Hangul, Chinese or Arabic folds to itself (NFKC, case-folded), never to nothing."""
    if not text:
        return ""
    text = html.unescape(TAG.sub(" ", text))
    # decomposed first, so that a letter the table maps keeps its mapping under an accent ("Ǽ")
    text = unicodedata.normalize("NFKD", text).translate(_FOLD_TABLE)
    kept: list[str] = []
    base = ""
    for ch in text:
        if unicodedata.combining(ch):
            if _strips_marks(base):
                continue
        else:
            base = ch
        kept.append(ch)
    folded = unicodedata.normalize("NFKC", "".join(kept)).casefold()
    # anything that is neither a letter, a digit nor a mark on one separates words; a mark whose
    # base is not kept goes with it, so folding twice gives what folding once gave
    words: list[str] = []
    in_word = False
    for ch in folded:
        in_word = ch.isalnum() or (in_word and unicodedata.category(ch).startswith("M"))
        words.append(ch if in_word else " ")
    return _SPACES.sub(" ", "".join(words)).strip()


def spelling_fold(word: str) -> str:
    """One word with British spellings folded to American ones (colour -> color)."""
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


_PLACE_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")  # NLM: "Lancet (London, England)"
# words ISO 4 leaves out of an abbreviation, in the languages journal titles mostly use
_ISO4_OMITTED = _STOP_JOURNAL | {"a", "an", "at", "by", "to", "with", "der", "die", "das", "des"}
# ... and in transliterated Russian titles ("Zhurnal nevrologii i psikhiatrii": "i" is "and")
_ISO4_OMITTED |= {"i", "v", "na", "po", "et", "y", "e", "en", "del", "di", "du", "zur", "zum"}


def _journal_tokens(name: str | None) -> list[str]:
    text = _PLACE_QUALIFIER.sub("", (name or "").replace("&", " and "))
    folded = fold(text)
    return [spelling_fold(w) for w in JOURNAL_ALIASES.get(folded, folded).split()]


def journal_words(name: str | None) -> list[str]:
    """Content words of a journal title: folded, spelling-folded, without "of/the/and/&" and
    without a trailing place qualifier ("Lancet (London, England)")."""
    return [w for w in _journal_tokens(name) if w not in _STOP_JOURNAL]


def _abbreviates(short: str, full: str) -> bool:
    """True when `short` is a plausible ISO 4 style abbreviation of `full`: same first letter and
    its letters appear in order ("natl" -> "national", "mol" -> "molecular")."""
    if short == full:
        return True
    if not short or not full or short[0] != full[0] or len(short) > len(full):
        return False
    if short.isdigit() or full.isdigit():
        return False
    position = 0
    for ch in short:
        position = full.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


def journal_abbreviation_match(cited: str | None, full: str | None) -> bool:
    """ "Mol Psychiatry" ~ "Molecular Psychiatry", "J Clin Psychiatry" ~ "Journal of Clinical
    Psychiatry", "Proc Natl Acad Sci U S A" ~ "Proceedings of the National Academy of Sciences of
    the United States of America": every cited word abbreviates a word of the full title, in
    order, and every full-title word left over is one ISO 4 omits ("of", "the", "a", ...)."""
    short = [w for w in _journal_tokens(cited) if w not in _STOP_JOURNAL or len(w) == 1]
    long = _journal_tokens(full)
    if not short or not long or short == [w for w in long if w not in _STOP_JOURNAL]:
        return bool(short) and bool(long)
    return _aligns(short, long)


def _aligns(short: list[str], long: list[str]) -> bool:
    """Can every word of `short` be matched, in order, to a word of `long` it abbreviates, with
    only ISO 4 omitted words of `long` unmatched? (dynamic programming: linear in the product of
    the lengths on any input)"""
    # reach[j]: the first i words of `short` can be aligned with the first j words of `long`
    reach = [True] + [False] * len(long)
    for j, word in enumerate(long, start=1):
        reach[j] = reach[j - 1] and word in _ISO4_OMITTED
    for abbreviation in short:
        row = [False] * (len(long) + 1)
        for j, word in enumerate(long, start=1):
            row[j] = (reach[j - 1] and _abbreviates(abbreviation, word)) or (
                row[j - 1] and word in _ISO4_OMITTED
            )
        reach = row
    return reach[-1]


def same_journal(a: str | None, b: str | None) -> bool:
    """The same journal, written in full or abbreviated ("Mol Psychiatry", "NEJM")."""
    if not a or not b:
        return False
    return (
        journal_words(a) == journal_words(b)
        or journal_abbreviation_match(a, b)
        or journal_abbreviation_match(b, a)
    )
