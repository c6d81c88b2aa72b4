"""Person and organisation names as they appear in references and citations."""

from __future__ import annotations

import re
import unicodedata

from nameparser import HumanName

# Words that mark a name as an organisation ("National Institute of Mental Health", "Yale
# Medicine"): organisations are kept whole as one author.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:institutes?|association|organi[sz]ation|society|college|department|agency|"
    r"administration|centers?|centres?|university|foundation|council|ministry|medicine|clinic|"
    r"hospital|health|group|consortium|committee|network|academy|board|service|alliance|"
    r"gazette|news|times|journal|press|federation|trust|office|bureau|collaboration)\b",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?-?){1,4}$")


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
    return bool(_ORGANISATION_WORDS.search(name)) or len(name.split()) > 4


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
    # Vancouver style "Gould TD": trailing all-capital initials without periods
    if len(parts) > 1 and _INITIALS.match(parts[-1]) and parts[-1].isupper():
        return " ".join(parts[:-1])
    parsed = HumanName(name)
    return parsed.last or name


def fold(text: str) -> str:
    """Lower-case ASCII folding for comparing names ("Müller" == "muller")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
