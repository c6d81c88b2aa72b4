"""The headings that open an article's reference list, for the document readers (.docx, .pdf,
web pages), which write the list one entry per line and place notes before it.

One word list, compiled into the two patterns the readers need: a whole line of text that is such
a heading, and the id or class name a web page gives the element holding its list.
"""

from __future__ import annotations

import re

# lower case; "and" also matches "&"
REFERENCE_HEADINGS = (
    "reference",
    "references",
    "reference list",
    "references list",
    "references cited",
    "references and notes",
    "reference and notes",
    "notes and references",
    "references and further reading",
    "references and further readings",
    "reference and further reading",
    "reference and further readings",
    "further reading",
    "further readings",
    "bibliography",
    "works cited",
    "cited works",
    "literature cited",
    "cited literature",
    "sources",
    "sources cited",
    "citations",
)
# An id or class name says less than a heading's text ("sources" or "citations" also name
# boxes that tell how to cite the page), so only the unambiguous names hold a list.
_CONTAINER_HEADINGS = (
    "reference",
    "references",
    "reference list",
    "bibliography",
    "literature cited",
    "works cited",
)


def _alternation(phrases: tuple[str, ...], gap: str) -> str:
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(
        gap.join("(?:and|&)" if word == "and" else re.escape(word) for word in phrase.split())
        for phrase in ordered
    )


# a whole line: "References", "5. References", "Notes & References:"
_HEADING_WORDS = _alternation(REFERENCE_HEADINGS, r"\s+")
HEADING_LINE = re.compile(rf"^\s*(?:\d+\.?\s*)?(?:{_HEADING_WORDS})\s*:?\s*$", re.IGNORECASE)
# an element's id or class: "references", "ref-list", "reference-list", "works_cited"
CONTAINER_NAME = re.compile(
    rf"^(?:ref-?list|{_alternation(_CONTAINER_HEADINGS, '[-_]?')})$", re.IGNORECASE
)
