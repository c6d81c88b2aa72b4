"""Person and organisation names as they appear in references and citations: the one place
that reads family names from an author string (`family_names`, `family_name`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nameparser import HumanName

from citecheck.lexicon import LEXICON

# "et al." as articles write it ("et al", "et. al.", "Et al."). Search with `ET_AL_RE`, which also
# takes the comma and spaces before it: it cannot start right after white space,
# so a long run of spaces is read once, not once per space.
ET_AL = r"\bet\.?\s+al\b\.?"
ET_AL_RE = re.compile(rf"(?<!\s),?\s*{ET_AL}", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?-?){1,4}$")
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


def is_organisation(name: str) -> bool:
    """True when `name` reads as an organisation rather than a person."""
    return bool(LEXICON.organisation.search(name)) or len(name.split()) > 4


@lru_cache(maxsize=65536)  # nameparser is slow, and articles repeat their names
def family_name(name: str) -> str:
    """The family name of a free-text person name ("Jamie Sleigh" -> "Sleigh").

    Handles "Family, Given", "Given Family", Vancouver "Family AB" and keeps organisations whole.
    """
    name = " ".join(name.strip().strip(",.;").split())
    if not name or is_organisation(name):
        return name
    if "," in name:
        return name.split(",", 1)[0].strip()
    parts = name.split()
    # a name that opens with a particle is all family name: "Van der Berg", "de Jong"
    if len(parts) > 1 and parts[0].lower() in _PARTICLES:
        return name
    # Vancouver style "Gould TD": trailing all-capital initials without periods
    if len(parts) > 1 and _INITIALS.match(parts[-1]) and parts[-1].isupper():
        return " ".join(parts[:-1])
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
    value = without_abbreviations(ET_AL_RE.sub("", value)).strip(" ,;.")
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
