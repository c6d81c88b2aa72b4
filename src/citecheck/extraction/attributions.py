"""Attribution claims (`study_attribution`) read off the in-text citations.

The citation finder (`citations.py`) is the one place that recognises where an article points at
a source; an attribution claim is such a place seen as a claim ("Zanos and Gould (2018)" claims
that Zanos and Gould wrote it), so its span and value come from the citation. A reference number
("[3]", "(2,3)", a superscript) claims as much: that the statement rests on the works so numbered,
whether or not the text at hand carries the list they number (an excerpt often does not).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citecheck.extraction.citations import (
    FoundCitation,
    a_work_by_kind_only,
    works_in_general,
)
from citecheck.extraction.names import LOWER, UPPER
from citecheck.lexicon import LEXICON

__all__ = ["Attribution", "attribution_of"]

# citation form -> the attribution form of the findings file (see claim_rules.ATTRIBUTION_FORMS)
_FORMS = {
    "venue": "narrative_venue",
    "news": "secondary_report",
    "institution": "institution",
    "unnamed": "unnamed",
    "image_credit": "image_credit",
}


# Given names and initials written before a family name ("James M. ", "Tom ")
_GIVEN_NAMES = re.compile(rf"(?:(?:[A-Z{UPPER}][a-z{LOWER}'’-]+|[A-Z{UPPER}]\.)\s+){{1,3}}$")
# An office or form of address before a name ("CDC Director ", "Dr. "): not the name
_TITLE = re.compile(
    rf"\b(?:{LEXICON.person_roles_alternation}|Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss)\b\.?\s+"
)


class Attribution(NamedTuple):
    start: int
    end: int
    value: dict[str, object]


def attribution_of(found: FoundCitation) -> Attribution | None:
    """The attribution claim a citation makes, or None (a citation key; "a study" without a
    venue, maker or year)."""
    if found.quoted:
        return None  # "said Dr. Jane Roe", "Roe says": who spoke, not what a statement rests on
    if found.form == "numeric":
        return Attribution(found.start, found.end, {"form": "numeric", "numbers": found.numbers})
    if found.form == "author_year":
        form = "parenthetical" if found.kind == "parenthetical" else "narrative_author"
    elif found.form == "venue" and not (found.journal or found.authors):
        if found.year is None or found.text.split()[0].lower() == "the":
            return None  # "the 2019 trials" points back at a study already named
        # "A 2005 meta review found": a dated study the text does not name, like "according to a
        # published review"
        form = "unnamed"
    elif works_in_general(found) or a_work_by_kind_only(found):
        # "Studies have shown", "A study reports": no work named to check the statement against
        return None
    elif found.form == "unnamed" and found.title:
        # "The Trial of Mid-Urethral Slings found", "according to the Dietary Guidelines for
        # Americans": a work the text names by its title, not an unnamed one
        form = "named_work"
    elif found.form in _FORMS:
        form = _FORMS[found.form]
    else:
        return None
    value: dict[str, object] = {"form": form}
    if form == "named_work" and found.title:
        value["title"] = " ".join(found.title.split())
    if found.authors and found.form in {"author_year", "venue"}:
        value["authors"] = list(found.authors)
        if found.et_al:
            value["et_al"] = True
    person = _person(found)
    if person:
        value["person"] = person
    if found.year is not None:
        value["year"] = found.year
        if found.year_suffix:
            value["year_suffix"] = found.year_suffix
    if found.journal:
        value["venue"] = _POSSESSIVE_END.sub("", found.journal)
    if found.source and found.form in {"news", "image_credit"}:
        value["outlet"] = _POSSESSIVE_END.sub("", found.source)
    if found.source and found.form == "institution":
        value["institution"] = _POSSESSIVE_END.sub("", found.source)
    return Attribution(found.start, found.end, value)


# "according to the Centers for Disease Control and Prevention's report", "The New York Times'
# analysis": a source is named without the possessive that ties it to its work (only at the
# name's end: "Alzheimer's Association" keeps its own)
_POSSESSIVE_END = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


def _person(found: FoundCitation) -> str | None:
    """A speaker's name as the text writes it, without titles and degrees ("said CDC Director
    Tom Frieden, M.D." -> "Tom Frieden"); None for a work's authors or a family name alone."""
    if found.form != "author_year" or found.year is not None or len(found.authors) != 1:
        return None
    family = found.authors[0]
    at = found.text.find(family)
    given = _GIVEN_NAMES.search(found.text, 0, at) if at > 0 else None
    if given is None:
        return None
    names = given.group()
    titles = list(_TITLE.finditer(names))
    if titles:
        names = names[titles[-1].end() :]
    return " ".join(f"{names}{family}".split()) if names.strip() else None
