"""Text normalisation for comparing what a citation says with what Crossref holds.

Every function here is pure and applied to *both* sides of a comparison, so a normalisation that
over-reaches (say, folding "hour" to "hor") costs nothing: it only has to make equal things equal.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from citecheck.lexicon import LEXICON

_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
# capital letters beyond A-Z (Latin with diacritics, Greek, Cyrillic), for initials
_CAPITALS = re.escape("".join(chr(c) for c in range(0xC0, 0x530) if chr(c).isupper()))
_RETRACTED_PREFIX = re.compile(
    r"^\s*(retracted|withdrawn)(\s+article)?\s*[:.\-–]\s*", re.IGNORECASE
)
_SUBTITLE_SPLIT = re.compile(r"\s*[:?.!]\s+|\s+[-–—]\s+")
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
    text = html.unescape(_TAG.sub(" ", text))
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


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


def word_count(text: str | None) -> int:
    """How many words a text holds; in scripts written without spaces (Chinese, Japanese, Thai)
    every two characters count as a word, so a Chinese title is not "too short to search on"."""
    count = 0
    for token in fold(text).split():
        ideographs = len(_CJK.findall(token))
        count += (ideographs + 1) // 2 + (1 if len(token) > ideographs else 0)
    return count


# Cyrillic and Greek written in Latin letters, for a second comparison when a citation
# transliterates a name or title the record gives in its own script ("Ivanov" for "Иванов").
_TRANSLITERATION = str.maketrans(
    {
        **dict(
            zip(
                "абвгдеёзийклмнопрстуфхцыэ",
                "abvgdeezijklmnoprstufhcye",
                strict=True,
            )
        ),
        "ж": "zh",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "yu",
        "я": "ya",
        "ъ": "",
        "ь": "",
        "і": "i",
        "ї": "i",
        "є": "e",
        "ґ": "g",
        **dict(zip("αβγδεζηικλμνξοπρστυφω", "abgdeziiklmnxoprstyfo", strict=True)),
        "χ": "ch",
        "θ": "th",
        "ψ": "ps",
    }
)


def transliterate(text: str | None) -> str:
    """`fold(text)` with Cyrillic and Greek letters written in Latin ones; only a second chance
    when the first comparison, in each side's own script, failed."""
    return fold(fold(text).replace("ου", "ou").translate(_TRANSLITERATION))


def spelling_fold(word: str) -> str:
    """One word with British spellings folded to American ones (colour -> color)."""
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


_GREEK_NAMES = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "ζ": "zeta",
    "η": "eta",
    "θ": "theta",
    "ι": "iota",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ξ": "xi",
    "π": "pi",
    "ρ": "rho",
    "σ": "sigma",
    "τ": "tau",
    "υ": "upsilon",
    "φ": "phi",
    "χ": "chi",
    "ψ": "psi",
    "ω": "omega",
}
_GREEK_LETTER = re.compile("[" + "".join(_GREEK_NAMES) + "]")
_NUMBER_WORDS = dict(
    zip(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ],
        [str(n) for n in range(1, 13)],
        strict=True,
    )
)
# Roman numerals as titles number types, phases and parts ("Type II", "phase III"); "i", "v" and
# "x" are left alone: in titles they are a pronoun, "versus" and a letter more often than numbers
_ROMAN_NUMERALS = {
    roman: str(number)
    for number, roman in enumerate(
        ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    )
    if len(roman) > 1
}
_WORD_ALIASES = {**_NUMBER_WORDS, **_ROMAN_NUMERALS, "vs": "versus", "v": "versus"}
# more British spellings than `_SPELLING` folds, for word-by-word title comparison only
_TITLE_SPELLING = (
    (re.compile(r"(?<=\w\w)mme(s)?$"), r"m\1"),  # programme
    (re.compile(r"(?<=\w)ys(e|ed|es|ing)$"), r"yz\1"),  # analyse
    (re.compile(r"(?<=\w\w[ea])ll(ed|ing|er|ers)$"), r"l\1"),  # labelled, signalling
    (re.compile(r"(?<=\wg)eing$"), "ing"),  # ageing
    (re.compile(r"^oe(?=\w\w)"), "e"),  # oestrogen, oedema
    (re.compile(r"^sulph"), "sulf"),  # sulphate, sulphonylurea
    (re.compile(r"^grey$"), "gray"),
    (re.compile(r"^hem$"), "heme"),  # haem, after "ae" is folded
    (re.compile(r"^aluminium$"), "aluminum"),
    (re.compile(r"^(lic|def|off|pret)ence(s|d)?$"), r"\1ense\2"),  # licence, defence
    (re.compile(r"(?<=\w\w)bre(s)?$"), r"ber\1"),  # fibre, calibre
)


def title_words(title: str | None) -> list[str]:
    """A title as a list of comparable words: `normalize_title` with "&" read as "and", a Greek
    letter in a Greek-free title spelled out ("β-amyloid" = "beta-amyloid"), number words as digits
    ("two" = "2") and "vs" as "versus". A title written in Greek keeps its letters."""
    if not title:
        return []
    text = title.replace("&amp;", " and ").replace("&", " and ")
    if len(_GREEK_LETTER.findall(text.casefold())) <= 2:
        text = _GREEK_LETTER.sub(lambda m: f" {_GREEK_NAMES[m.group(0)]} ", text.casefold())
    words = []
    for word in normalize_title(text).split():
        for pattern, replacement in _TITLE_SPELLING:
            word = pattern.sub(replacement, word)
        words.append(_WORD_ALIASES.get(word, word))
    return words


def strip_retracted_prefix(title: str) -> str:
    """Drop the "RETRACTED:" marker publishers prepend to withdrawn works' titles."""
    return _RETRACTED_PREFIX.sub("", title)


def normalize_title(title: str | None) -> str:
    """A title reduced to comparable words."""
    if not title:
        return ""
    cleaned = strip_retracted_prefix(html.unescape(_TAG.sub("", title)))
    return " ".join(spelling_fold(w) for w in fold(cleaned).split())


def split_subtitle(title: str | None) -> tuple[str, str | None]:
    """(main title, subtitle) split at the first ": " or " - "; subtitle None when there is none."""
    if not title:
        return "", None
    cleaned = strip_retracted_prefix(html.unescape(_TAG.sub("", title))).strip()
    parts = _SUBTITLE_SPLIT.split(cleaned, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        return parts[0].strip(), parts[1].strip()
    return cleaned, None


_PARTICLES = frozenset(LEXICON.name_particles)


_INITIALS = re.compile(rf"^(?:[A-Z{_CAPITALS}]\.?\s?-?){{1,4}}\.?$")


def strip_initials(name: str | None) -> str:
    """A name without its initials, before or after ("Boettiger C", "S.A. Polyzos", "Park J-K"
    -> the family name); a name that is all initials is kept."""
    tokens = (name or "").replace(",", " ").split()
    kept = [t for t in tokens if not (_INITIALS.match(t) and t.upper() == t)]
    return " ".join(kept) if kept else (name or "")


def normalize_family(name: str | None) -> str:
    """A family name folded for comparison, without initials ("García-Márquez" -> "garcia
    marquez", "Boettiger C" -> "boettiger"); a group author without its leading article ("The
    RECOVERY Collaborative Group" -> "recovery collaborative group")."""
    folded = fold(strip_initials(name))
    if folded.startswith("the ") and len(folded.split()) >= 3:
        return folded[4:]
    return folded


# German umlauts written out, the standard transliteration ("Mueller" for "Müller")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlauts_written_out(name: str | None) -> str:
    """`normalize_family` of the name with ä, ö, ü written ae, oe, ue."""
    return normalize_family((name or "").translate(_UMLAUTS))


def latin_script(text: str | None) -> bool:
    """Are the letters of `text` Latin (with or without diacritics)? A name or title written in
    Cyrillic, Greek, Chinese, ... is not, nor is one that mixes scripts."""
    return all(ord(ch) < 0x250 for ch in fold(text) if ch.isalpha())


def family_core(name: str | None) -> str:
    """The family name without particles ("van der Berg" -> "berg"), for particle inconsistency."""
    words = [w for w in normalize_family(name).split() if w not in _PARTICLES]
    return " ".join(words)


_ET_AL = re.compile(r"^(et\.?\s*al\.?|others|and others)$", re.IGNORECASE)


def is_et_al(name: str) -> bool:
    return bool(_ET_AL.match(name.strip()))


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


# a locator written after a journal name ("J Bone Miner Metab 26:635-641", "Lancet 395, 1820")
_TRAILING_LOCATOR = re.compile(
    r"[\s,.;]+(?:vol\.?\s*)?\d+\s*(?:\([^)]*\))?\s*(?:[:,;]\s*[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)?"
    r"[\s.,;]*$",
    re.IGNORECASE,
)


# NLM's date of an article published online before its issue, with its e-locator: "N Engl J Med.
# 2020 Jul 17:NEJMoa2021436" (PubMed's "Epub ahead of print" form)
_TRAILING_ONLINE_DATE = re.compile(
    r"[\s,.;]+(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*(?::\s*[A-Za-z0-9.\-]+)?"
    r"(?:[\s.]+\[?Epub ahead of print\]?)?[\s.,;]*$",
    re.IGNORECASE,
)


def strip_trailing_locator(journal: str | None) -> str | None:
    """ "J Bone Miner Metab 26:635-641" -> "J Bone Miner Metab" (a journal without its locator);
    "N Engl J Med. 2020 Jul 17:NEJMoa2021436" -> "N Engl J Med" (NLM's online-first form)."""
    if not journal:
        return journal
    stripped = _TRAILING_ONLINE_DATE.sub("", journal).strip(" .,;") or journal
    stripped = _TRAILING_LOCATOR.sub("", stripped).strip(" .,;")
    return stripped if stripped and re.search(r"[^\W\d_]", stripped) else journal


# a venue's acronym: the whole cited name ("CVPR", "NeurIPS") or one the full name gives in
# brackets ("... Pattern Recognition (CVPR)"); two capitals or more, no spaces
_ACRONYM = r"[A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*"
_BRACKETED_ACRONYM = re.compile(rf"\(({_ACRONYM})\)")


def venue_acronyms(name: str | None) -> set[str]:
    """Acronyms that name a venue: "CVPR" itself, or "(CVPR)" in "2016 IEEE Conference on
    Computer Vision and Pattern Recognition (CVPR)" (case-folded)."""
    text = (name or "").strip(" .,;")
    found = {m.group(1).casefold() for m in _BRACKETED_ACRONYM.finditer(text[:300])}
    if 2 <= len(text) <= 12 and re.fullmatch(_ACRONYM, text):
        found.add(text.casefold())
    return found


_ISSN = re.compile(r"\b(\d{4})-?(\d{3}[\dxX])\b")


def issns_in(text: str | None) -> set[str]:
    return {f"{m.group(1)}-{m.group(2).upper()}" for m in _ISSN.finditer(text or "")}


def normalize_number(value: str | None) -> str:
    """A volume, issue or page token: lower-case, no spaces, no leading zeros ("027004" -> "27004")."""
    text = re.sub(r"\s+", "", (value or "").lower())
    match = re.fullmatch(r"([a-z]*)0*(\d+)([a-z]*)", text)
    if match:
        return f"{match.group(1)}{match.group(2)}{match.group(3)}"
    return text


_PAGE_SPLIT = re.compile(r"\s*(?:-|–|—|‐|‑|−|\bto\b)+\s*")


def parse_pages(value: str | None) -> tuple[str, str | None] | None:
    """(first, last) page tokens, with an abbreviated last page completed ("801-11" -> 801, 811).

    Article numbers ("e045678") come back as (token, None)."""
    if not value:
        return None
    text = re.sub(r"^(pp?\.?\s*)", "", value.strip().lower())
    parts = [p for p in _PAGE_SPLIT.split(text) if p]
    if not parts:
        return None
    first = normalize_number(parts[0])
    last = normalize_number(parts[1]) if len(parts) > 1 else None
    # "e277-85" and "S12-8" end at e285 and S18: the last page takes the first's prefix
    prefixed = re.fullmatch(r"([a-z]+)(\d+)", first)
    if last and last.isdigit() and (first.isdigit() or prefixed):
        prefix, digits = prefixed.groups() if prefixed else ("", first)
        if len(last) < len(digits):
            last = digits[: len(digits) - len(last)] + last
        last = prefix + last
    if last == first:
        last = None
    return first, last
