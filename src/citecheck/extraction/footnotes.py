"""Markdown footnotes that are notes, beside a bibliography of their own (Chicago notes and
bibliography): "...responded.[^1]" with "[^1]: Carlos A. Zarate Jr. et al., “A Randomized
Trial ...,” *Archives of General Psychiatry* 63, no. 8 (2006): 856–64." above an alphabetical
"Bibliography".

A mark names its note, and the note names a work: the bibliography entry whose first author,
title (a short note gives its first words: "Berman, “Antidepressant Effects,” 352.") and year
agree with it, or, when no entry does and the note is a full reference itself, the work the note
describes. The mark is never the entry at the list's place of its number: an alphabetical list
is not in the notes' order. When the note names no entry for certain (two could be meant, or it
says too little), the mark is linked to nothing rather than to a wrong work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from citecheck.extraction.names import fold
from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited, Reference, WorkKind

# a note's definition: "[^1]: text" at the start of a line (up to three spaces before it)
_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[\^(?P<label>[^\]\s^]{1,40})\]:[ \t]*(?P<body>\S[^\n]*)")
# "Ibid." / "Ibid., 352.": the work of the note before
_IBID = re.compile(r"^\W*ibid\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_LEADING_ARTICLES = frozenset({"a", "an", "the"})
_NAME_MATCH = 85.0  # as references.py: one or two typos in a family name
_TITLE_MATCH = 90.0


@dataclass(frozen=True)
class Note:
    """One footnote definition: its label, where its text stands, and that text."""

    label: str
    start: int
    end: int
    body: str


def note_definitions(text: str) -> dict[str, Note]:
    """The footnote definitions of `text` by label, the first of each label, in text order."""
    if "[^" not in text:
        return {}
    notes: dict[str, Note] = {}
    for match in _DEFINITION.finditer(text):
        body = match.group("body").rstrip()
        notes.setdefault(
            match.group("label"),
            Note(match.group("label"), match.start("body"), match.start("body") + len(body), body),
        )
    return notes


def is_ibid(note: Note) -> bool:
    """Does the note cite the work of the note before it ("Ibid., 352.")?"""
    return _IBID.match(note.body) is not None


def full_reference(cited: Cited) -> bool:
    """Is a parsed note a reference of its own: authors, a title, and a journal or publisher
    with a year ("Robert M. Berman et al., “Title,” *Biological Psychiatry* 47, no. 4 (2000):
    351–54."), not a short note ("Berman, “Antidepressant Effects,” 352.")?"""
    return (
        bool(cited.authors)
        and cited.title is not None
        and len(_words(cited.title)) >= 3
        and cited.year is not None
        and bool(cited.journal or cited.publisher or cited.doi)
    )


def noted_entry(cited: Cited, entries: list[Reference]) -> str | None:
    """The id of the one entry of `entries` that the note (parsed as `cited`) names, or None
    when none does or more than one may."""
    matches = [entry.id for entry in entries if _names_entry(cited, entry.cited)]
    return matches[0] if len(matches) == 1 else None


def _names_entry(note: Cited, entry: Cited) -> bool:
    """Whether the note names the entry: the same first author, no other year, and its title
    or its title's first words (a short note's title); with no title, the same year."""
    if not note.authors or not entry.authors:
        return False
    if fuzz.ratio(fold(note.authors[0]), fold(entry.authors[0])) < _NAME_MATCH:
        return False
    if note.year is not None and entry.year is not None and note.year != entry.year:
        return False
    if note.title:
        return entry.title is not None and _title_of(note.title, entry.title)
    return note.year is not None and note.year == entry.year


def _words(title: str) -> list[str]:
    words = _WORD.findall(fold(title))
    while words and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return words


def _title_of(short: str, title: str) -> bool:
    """Is `short` the title, or the first words of it (Chicago's short title drops a leading
    article: "Randomized Trial" for "A Randomized Trial of ...")?"""
    short_words, words = _words(short), _words(title)
    if not short_words:
        return False
    if words[: len(short_words)] == short_words:
        return True
    return fuzz.ratio(" ".join(short_words), " ".join(words)) >= _TITLE_MATCH


class NoteLinks:
    """Which reference each footnote mark names through its note (see the module's docstring),
    for the notes that are not entries of the article's reference list themselves. Each note is
    read once; a full note no entry answers becomes an in-text reference of its own, made once
    however many marks name it."""

    def __init__(self, text: str, entries: list[Reference], listed: set[str]) -> None:
        # `listed`: the labels whose definitions the reference list holds as entries
        self._notes = {
            label: note for label, note in note_definitions(text).items() if label not in listed
        }
        self._order = list(self._notes)
        self._index = {label: index for index, label in enumerate(self._order)}
        self._entries = entries
        self._targets: dict[str, str | None] = {}
        self._made: dict[tuple[str, int | None, str], str] = {}
        self._made_refs: list[Reference] = []  # a later short note may name one of them

    def defines(self, label: str) -> bool:
        return label in self._notes

    def target(
        self,
        label: str,
        references: list[Reference],
        written: Callable[[int, int], str],
    ) -> str | None:
        """The id of the reference the note `label` names, or None when it names none for
        certain. A reference made from a full note is appended to `references`."""
        if label in self._targets:
            return self._targets[label]
        # "Ibid." is the work of the note before: walk back over a run of them to the note
        # that names a work (or to one already read), then give the whole run its answer
        run = [label]
        index = self._index[label]
        while is_ibid(self._notes[run[-1]]) and index > 0:
            index -= 1
            run.append(self._order[index])
            if run[-1] in self._targets:
                break
        last = run[-1]
        target: str | None = self._targets.get(last)
        if last not in self._targets and not is_ibid(self._notes[last]):
            note = self._notes[last]
            cited, work_kind = parse_reference(note.body)
            target = noted_entry(cited, [*self._entries, *self._made_refs])
            if target is None and full_reference(cited):
                target = self._made_reference(note, cited, work_kind, references, written)
        for each in run:
            self._targets[each] = target
        return target

    def _made_reference(
        self,
        note: Note,
        cited: Cited,
        work_kind: WorkKind,
        references: list[Reference],
        written: Callable[[int, int], str],
    ) -> str:
        key = (fold(cited.authors[0]), cited.year, " ".join(_words(cited.title or "")))
        if key not in self._made:
            ref = Reference(
                id=f"ref-{len(references) + 1}",
                origin="in_text",
                raw=written(note.start, note.end),
                cited=cited,
                start=note.start,
                end=note.end,
                work_kind=work_kind,
                # a work a note cites in full that the bibliography lacks
                unlisted=bool(self._entries),
            )
            references.append(ref)
            self._made_refs.append(ref)
            self._made[key] = ref.id
        return self._made[key]
