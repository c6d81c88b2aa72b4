"""Person and organisation names as they appear in references and citations: the one place
that reads family names from an author string (`family_names`, `family_name`)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from nameparser import HumanName

from citecheck.lexicon import LEXICON

# "et al." as articles write it ("et al", "et. al.", "Et al."). Search with `ET_AL_RE`, which also
# takes the comma and spaces before it: it cannot start right after white space,
# so a long run of spaces is read once, not once per space.
# Russian writes it "и соавт." or "и др." ("Иванов и соавт., 2021"). A reference number a copy
# flattened may be glued to it ("Kahn et al1 conducted"): "al" ends before any but a letter.
ET_AL = r"(?:\bet\.?\s+al(?![^\W\d_])\.?|\bи\s+(?:соавт|др)\b\.?)"
ET_AL_RE = re.compile(rf"(?<!\s),?\s*{ET_AL}", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?\s?-?){1,4}$")  # any script: "TD", "ИИ" (with isupper)
_PARTICLES = frozenset(LEXICON.name_particles)


def _letter_class(test: str) -> str:
    letters = "".join(
        chr(c) for c in range(0xC0, 0x530) if getattr(chr(c), test)() and chr(c).isalpha()
    )
    return re.escape(letters)


# Capital and small letters for name patterns, Latin with diacritics, Greek and Cyrillic
# included ("Åsberg", "Öst", "Łukasz"): Python's `re` has no \p{Lu}. Use inside a class:
# rf"[A-Z{UPPER}]". Plain classes, so patterns built with them stay linear.
UPPER = _letter_class("isupper")
LOWER = _letter_class("islower")
# letters of scripts without case (kana, CJK ideographs, Hangul): a name or sentence may open
# with any of them ("王 et al., 2020"). Use inside a class: rf"[{UNCASED}]".
UNCASED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"


def is_organisation(name: str) -> bool:
    """True when `name` reads as an organisation rather than a person."""
    return bool(LEXICON.organisation.search(name)) or len(name.split()) > 4


# the words of an organisation's name, for reading its acronym: "U.S." and "Health-System" count as
# words of their own ("US", "Health", "System")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|\.(?=[^\W\d_]))*")
# names longer than this are not read for acronyms (bounded work)
MAX_ACRONYM_WORDS = 16


@lru_cache(maxsize=4096)
def stands_for(acronym: str, name: str) -> bool:
    """Is `acronym` ("WHO", "NICE", "NHSBSA") a short form of the organisation `name`?

    Its letters are, in order, the initials of the name's words, the first word's first ("The"
    aside); an all-capital word may give all its letters ("NHS" in "NHS Business Services
    Authority"). Words may be passed over, small ones freely ("for", "and", "products" in MHRA),
    capitalised ones up to a quarter of them: NICE is the "National Institute for Health and Care
    Excellence" without "Health", CDC the "Centers for Disease Control and Prevention" without
    "Prevention", while NIH leaves two of that institute's five capitals out and is not it."""
    letters = _acronym_letters(acronym)
    words = _name_words(name)
    if letters is None or words is None:
        return False
    capitals = sum(w[0].isupper() for w in words)
    best = _initials_used(letters, words)
    return best is not None and 4 * best >= 3 * capitals


def acronym_openings(name: str) -> set[str]:
    """The first two letters any acronym of `name` (`stands_for`) can open with: an index key
    that keeps the search for a cited acronym to the names it may stand for."""
    words = _name_words(name)
    if words is None:
        return set()
    first = words[0]
    seconds = {w[0].upper() for w in words[1:]}
    if len(first) > 1 and first.isupper():
        seconds.add(first[1])
    return {first[0].upper() + second for second in seconds}


def acronym_opening(acronym: str) -> str | None:
    """The first two letters of `acronym` as `acronym_openings` keys them, or None."""
    letters = _acronym_letters(acronym)
    return "".join(letters[:2]) if letters else None


def _acronym_letters(acronym: str) -> tuple[str, ...] | None:
    letters = tuple(c for c in acronym if c.isalpha())
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    return letters


def _name_words(name: str) -> tuple[str, ...] | None:
    words = [w.replace(".", "") for w in _NAME_WORD.findall(name)]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or len(words) > MAX_ACRONYM_WORDS:
        return None
    return tuple(words)


def _initials_used(letters: tuple[str, ...], words: tuple[str, ...]) -> int | None:
    """The most capitalised words whose letters spell `letters` in order, the first word giving
    the first letter; None when they cannot be spelled so."""

    @cache
    def spell(i: int, j: int) -> int | None:
        # letters[i:] from words[j:], words[j] free to be passed over when j > 0
        if i == len(letters):
            return 0
        if j == len(words):
            return None
        word = words[j]
        options: list[int] = []
        gains = int(word[0].isupper())
        spans = [1]
        if len(word) > 1 and word.isupper():
            spans.append(len(word))  # "NHS" gives N, H and S
        for span in spans:
            if tuple(c.upper() for c in word[:span]) == letters[i : i + span]:
                rest = spell(i + span, j + 1)
                if rest is not None:
                    options.append(rest + gains)
        if j > 0 or i > 0:
            skipped = spell(i, j + 1)
            if skipped is not None:
                options.append(skipped)
        return max(options) if options else None

    return spell(0, 0)


# A generational suffix after a person's name: "Zarate, C. A., Jr.", "Zarate CA Jr", "Zarate, C.A.
# Jr et al", "Carlos A. Zarate Jr.", "Zarate, Carlos A., Jr., Jaskaran B. Singh", "Smith, John,
# III". "Jr"/"Sr" follow any name word or initial. A Roman numeral is a suffix only after initials
# with full stops ("C.A. III") or as a comma-separated piece after a given name ("John, III,"):
# "Ivanov II" (Vancouver) holds initials, and "Phase II, randomized" is a title's.
_GENERATION = re.compile(
    r"(?:(?<=[^\W\d_.])|(?<=\.))"  # after a name word or an initial's full stop
    r"(?P<gap>,?[ \t]+|,)"
    r"(?:(?:Jr|Sr)(?![^\W_])|(?:(?<=[A-Z]\.[ \t])|(?<=,[ \t])|(?<=,))(?:II|III|IV)(?![^\W_]))"
    r"(?P<stop>\.)?"
    r"(?=$|[\s,;:&()\[\]])"
)
# what may follow a suffix's own full stop for that stop to go with it: a comma or semicolon, "et
# al.", "and"/"&", a bracketed year, or the end ("Zarate, C. A., Jr., Singh", "Zarate Jr. et al.")
_AFTER_SUFFIX_STOP = re.compile(r"(?:\s*(?:$|[,;&(]|et\b|and\b))")


# in names written given name first ("Anna B. Zarate III"), a numeral after the family name
_NATURAL_NUMERAL = re.compile(r"(?<=[^\W\d_])[ \t]+(?:II|III|IV)\b(?=$|,|[ \t]+(?:and|&|et)\b)")


def without_name_suffixes(text: str, natural: bool = False) -> str:
    """`text` (a list of names, or an entry that opens with one) without the generational
    suffixes of its names ("Jr", "Sr", "III"): a suffix is no author, and nameparser reads the
    last word of "Zarate Jr" as the family name. A suffix's full stop that also ends the names
    ("Zarate CA Jr. A trial") is kept. `natural`: the names are written given name first, so a
    numeral after a name is a suffix too ("Anna B. Zarate III"), not Vancouver initials."""
    if "J" not in text and "S" not in text and "I" not in text:
        return text
    if natural:
        text = _NATURAL_NUMERAL.sub("", text)

    def drop(match: re.Match[str]) -> str:
        if not match.group("stop"):
            return ""
        before = text[: match.start()]
        if before.endswith(".") or _AFTER_SUFFIX_STOP.match(text, match.end()):
            return ""
        return "."

    return _GENERATION.sub(drop, text)


@lru_cache(maxsize=65536)  # nameparser is slow, and articles repeat their names
def family_name(name: str) -> str:
    """The family name of a free-text person name ("Jamie Sleigh" -> "Sleigh").

    Handles "Family, Given", "Given Family", Vancouver "Family AB" and keeps organisations whole.
    """
    name = " ".join(without_name_suffixes(name.strip()).strip(",.;").split())
    if not name or is_organisation(name):
        return name
    if "," in name:
        return name.split(",", 1)[0].strip()
    parts = name.split()
    # Vancouver style "Gould TD", "Van der Berg AB", "Der AB": trailing all-capital initials
    # without periods, read before particles so that a particle-shaped name loses its initials
    if len(parts) > 1 and _INITIALS.match(parts[-1]) and parts[-1].isupper():
        return " ".join(parts[:-1])
    # a name that opens with a particle is all family name: "Van der Berg", "de Jong"
    if len(parts) > 1 and parts[0].lower() in _PARTICLES:
        return name
    parsed = HumanName(name)
    return parsed.last or name


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII folding for comparing names ("Müller" == "muller")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


_ABBREVIATION = re.compile(r"\s*\[[^\[\]]{1,20}\]")  # "World Health Organization [WHO]"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_AFTER_COMMA = re.compile(r"(?:[A-Z]\.?[\s-]*){1,3}")
_AUTHOR_SEPARATOR = re.compile(r"(\s*(?:,|&|\band\b)\s*)")


def without_abbreviations(value: str) -> str:
    """`value` without bracketed abbreviations ("World Health Organization [WHO]")."""
    return _ABBREVIATION.sub("", value)


def family_names(value: str) -> tuple[list[str], bool]:
    """Family names from an author string ("Zanos and Gould", "Smith, J. K., & Lee, K.",
    "Åsberg et al.", "NIMH and FDA", "U.S. Food and Drug Administration"), and whether it said
    "et al."."""
    et_al = bool(ET_AL_RE.search(value))
    value = without_abbreviations(ET_AL_RE.sub("", without_name_suffixes(value))).strip(" ,;.")
    pieces = _author_pieces(value)
    parts = [part for _, part in pieces]
    if len(parts) > 1 and "," not in value and _is_group_name(value, parts):
        return [" ".join(value.split())], et_al
    if len(parts) > 1 and all(_ACRONYM.fullmatch(p) for p in parts):
        return parts, et_al  # "NIMH and FDA": group authors; "FDA" is not initials
    if len(parts) > 1 and _looks_inverted(pieces):
        parts = parts[::2]  # "Smith, J. K." style initials after each family name
    names = [family_name(p) for p in parts]
    return [n for n in names if n], et_al


def is_institution(name: str) -> bool:
    """Whether `name` holds an institution word or acronym ("Yale Medicine", "NIMH")."""
    return bool(LEXICON.institution.search(name))


def _author_pieces(value: str) -> list[tuple[str, str]]:
    """The names in an author string, each with the separators before it ("Smith, J., & Lee,
    K." -> ("", "Smith"), (", ", "J."), (", & ", "Lee"), (", ", "K."))."""
    pieces: list[tuple[str, str]] = []
    separator = ""
    for index, token in enumerate(_AUTHOR_SEPARATOR.split(value)):
        if index % 2:
            separator += token
        elif token.strip():
            pieces.append((separator, token.strip()))
            separator = ""
    return pieces


def _is_group_name(value: str, parts: list[str]) -> bool:
    """One organisation whose name holds "and" ("Substance Abuse and Mental Health Services
    Administration", "U.S. Food and Drug Administration"), not two authors: the whole reads as an
    organisation and some piece does not ("NIMH and FDA" are two)."""
    if not (is_institution(value) or is_organisation(value)):
        return False
    return not all(is_institution(p) or is_organisation(p) for p in parts)


def _looks_inverted(pieces: list[tuple[str, str]]) -> bool:
    """Whether it reads "Family, I." throughout: every second name is initials, each after a
    comma ("Smith, J. K." is one author; "Smith and JK" are two)."""
    return all(
        "," in separator and _INITIALS_AFTER_COMMA.fullmatch(part)
        for separator, part in pieces[1::2]
    )
