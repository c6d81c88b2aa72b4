"""The text layer: one article split once into paragraphs, sentences and its reference list.

Every extraction stage (references, citations, claims, linking) reads the same `Document`, so
the text is split once and all stages agree on where the reference list is: claims are never
taken from the entries the reference parser reads.

`text` is the reading view of the text given (`inputs.textview`: CRLF, no-break spaces, minus
signs read as the plain characters, the same length), so spans into it are spans into the text
given, and `written(start, end)` is a span as the article writes it.

Spans are `(start, end)` offsets into `text`. `plain` is the text without its markup (Markdown
emphasis, heading hashes, inline HTML tags), each markup character replaced by a space, so its
offsets are those of `text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from citecheck.extraction.citations import FoundCitation, find_citations
from citecheck.extraction.reflist import (
    NAME_PARTICLES,
    ReferenceEntry,
    belongs_after_list,
    find_reference_section,
    split_entries,
)
from citecheck.extraction.sentences import (
    Span,
    paragraph_spans,
    reference_headings,
    sentences_in,
)
from citecheck.inputs.textview import Moved, prose_view, reading_view, written_offset

__all__ = ["Document", "Span", "as_document", "build_document", "markup_free"]

# Markup that carries no words: emphasis runs (not an underscore inside a word or address),
# Markdown heading hashes at a line start and inline HTML tags. Each alternative is bounded or
# stops at a character it cannot cross, so a substitution over any text is linear.
_MARKUP = re.compile(
    r"\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|(?m:^[ \t]{0,3}#{1,6}(?=[ \t]))"
    r"|</?(?:i|em|b|strong|u|cite|span|sup|sub|a|font|small|mark|br|h[1-6]|p|div)\b[^<>\n]{0,200}>",
    re.IGNORECASE,
)
# What a reference-list entry opens with: a capitalised name, then within the line a year in
# brackets and a full stop ("Zanos, P. (2018). ..."); or a DOI. The bounded `{0,300}?` keeps the
# match linear; `_CITED_YEAR`, what every such entry holds, is looked for first because it is
# much cheaper. The entry's number may stand bare, as a page's footnoted sources print it ("1
# Centers for Disease Control and Prevention. (2002). Managing ...").
_REFERENCE_ENTRY = re.compile(
    r"(?:[-*•]\s+|\d{1,3}[.)]\s+|\d{1,3}[ \t]+|\[\d{1,3}\]\s*)?[A-Z][^\n]{0,300}?"
    r"\((?:19|20)\d{2}[a-z]?\)\.\s"
    r"|\bdoi:\s*10\.\d{4,9}/|\bdoi\.org/10\.\d{4,9}/",
    re.IGNORECASE,
)
_CITED_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)\.\s", re.IGNORECASE)
# A paper's keywords line ("Keywords: body mass index (BMI), trends, National Health and
# Nutrition Examination Survey (NHANES)"): index terms, no claim and no source (no dev gold of
# the eight texts that have one marks anything in it)
_KEYWORDS_LINE = re.compile(r"[ \t*_]*(?:key\s?words|mesh\s+terms|index\s+terms)[ \t*_]*:", re.I)
# A sentence's end with more text after it
_SENTENCE_AFTER = re.compile(r"[.!?][\"”’)]*\s+\S")
# A prose sentence can end like an entry ("This was shown by Smith (2020). "); what comes
# before an entry's year is names, whose lower-case words are particles ("van der"), the joins
# of an author list ("and", "et al.") or of a body's name ("Institute for Health and Care").
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_NAME_LIST_LOWER_WORDS = frozenset(
    ("and", "et", "al", "for", "of", "the", "on", "in", "with", "ed", "eds", "behalf",
     *NAME_PARTICLES)
)  # fmt: skip


def markup_free(text: str) -> str:
    """`text` with its markup replaced by spaces: the same length, the same offsets."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True, eq=False)
class Document:
    """One article's text and its structure; build with `build_document`."""

    text: str
    paragraphs: list[Span]
    sentences: list[Span]
    # lines that head a reference list ("References", "**Sources:**"), in text order
    reference_headings: list[Span]
    # the reference list's body as the reference parser reads it (after the heading with the
    # longest list, or found by the shape of its lines), or None
    reference_section: Span | None
    sentence_starts: list[int] = field(repr=False)  # for bisection
    paragraph_starts: list[int] = field(repr=False)
    # the text as given, when its reading view differs from it (see `written`)
    source: str | None = field(default=None, repr=False)

    def written(self, start: int, end: int) -> str:
        """The span as the article writes it: a slice of the text given, not of the view."""
        return self.written_text[start:end]

    @property
    def written_text(self) -> str:
        """The text as given (`written` slices it)."""
        return self.source if self.source is not None else self.text

    @property
    def moved(self) -> bool:
        """Whether `written_span` moves any span read in `prose` (a word broken at a line end
        was joined, or markup left out)."""
        return bool(self._prose[1])

    @cached_property
    def plain(self) -> str:
        """The markup-free view (see `markup_free`)."""
        return markup_free(self.text)

    @cached_property
    def _prose(self) -> tuple[str, list[Moved]]:
        return prose_view(self.text, self.sentences)

    @property
    def prose(self) -> str:
        """`text` with each line break inside a sentence read as a space and each word broken
        at a line end read whole (`inputs.textview.prose_view`), so that a paragraph
        hard-wrapped at a fixed width reads as one run of words ("more than\\n6 months",
        "pa-\\ntients"); the same length. Claims and citations are read in it; `written_span`
        takes their spans back to the text."""
        return self._prose[0]

    @property
    def rewritten(self) -> bool:
        """Whether spans read in `prose` must be taken back to the text as written."""
        return self.source is not None or self.prose is not self.text

    def written_span(self, start: int, end: int) -> Span:
        """A span read in `prose` as a span of the text (the same unless a word broken at a
        line end was joined within it)."""
        moved = self._prose[1]
        if not moved:
            return start, end
        return written_offset(moved, start), written_offset(moved, end, end=True)

    @cached_property
    def reference_entries(self) -> list[ReferenceEntry]:
        """The reference list's entries, as the reference parser splits them."""
        section = self.reference_section
        return split_entries(self.text, *section) if section else []

    @cached_property
    def citations(self) -> list[FoundCitation]:
        """Every in-text citation, found once: references are made from them and attribution
        claims derived from them. Only the list's entries are off limits: prose after a stray
        "Sources" heading still counts."""
        entries = self.reference_entries
        skip = (entries[0].start, entries[-1].end) if entries else None
        return find_citations(self.prose, skip, len(entries))

    @cached_property
    def reference_zones(self) -> list[Span]:
        """Where reference lists stand, in text order, not overlapping: from each reference
        heading (or a list found by its shape) to the end of its last entry and of the
        paragraphs after it that still belong to it (`belongs_after_list`). Prose after a list
        (an FAQ, an appendix, "About the author", the next article of a concatenation) is
        article text again. Under a heading with no entry that can be read, where the list ends
        is unknown: its zone runs to the next reference heading or the end of the text."""
        text = self.text
        headings = self.reference_headings
        zones: list[Span] = []
        for index, (heading_start, heading_end) in enumerate(headings):
            # each heading's list is read up to the next heading, so the work stays linear
            limit = headings[index + 1][0] if index + 1 < len(headings) else len(text)
            section = self.reference_section
            if section is not None and section == (heading_end, limit):
                entries = self.reference_entries  # the same split, made once
            else:
                entries = split_entries(text, heading_end, limit)
            end = self._list_end(entries[-1].end, limit) if entries else limit
            zones.append((heading_start, end))
        entries = self.reference_entries
        if entries:
            # the list the reference parser reads is never claims, whatever the headings say
            start = min(
                entries[0].start,
                self.reference_section[0] if self.reference_section else entries[0].start,
            )
            zones.append((start, self._list_end(entries[-1].end, len(text))))
        merged: list[Span] = []
        for start, end in sorted(zones):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def _list_end(self, last_entry_end: int, limit: int) -> int:
        """The end of a list whose last entry ends at `last_entry_end`: the paragraphs after it
        that belong to it, up to `limit`, are taken in; one that does not, between two that do
        (a stray note), is too."""
        paragraphs, text = self.paragraphs, self.text
        end = last_entry_end
        index = bisect_right(self.paragraph_starts, end)

        def belongs(at: int) -> bool:
            start, stop = paragraphs[at]
            return stop <= limit and belongs_after_list(text[start:stop])

        while index < len(paragraphs) and paragraphs[index][1] <= limit:
            if belongs(index):
                index += 1
            elif index + 1 < len(paragraphs) and belongs(index + 1):
                index += 2
            else:
                break
            end = paragraphs[index - 1][1]
        return end

    @cached_property
    def reference_paragraphs(self) -> list[Span]:
        """Paragraphs that belong to a reference list, which hold citations rather than
        claims: those that overlap a reference zone (`reference_zones`), and any paragraph
        shaped like a reference entry; and a keywords line, which holds neither."""
        text = self.text
        zones = self.reference_zones
        zone_index = 0
        # Each "(2019). " of the text, found in one scan: a match opens with its only "(", so
        # two cannot overlap, and a paragraph holds one exactly when one of these lies in it.
        years = [match.span() for match in _CITED_YEAR.finditer(text)]
        year_index = 0
        spans: list[Span] = []
        for start, end in self.paragraphs:
            while zone_index < len(zones) and zones[zone_index][1] <= start:
                zone_index += 1
            while year_index < len(years) and years[year_index][0] < start:
                year_index += 1
            in_zone = zone_index < len(zones) and zones[zone_index][0] < end
            cited_year = year_index < len(years) and years[year_index][1] <= end
            if in_zone or _claimless(text, start, end, cited_year):
                spans.append((start, end))
        return spans

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding `offset`, or None."""
        return _index_at(self.sentences, self.sentence_starts, offset)

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph holding `offset`, or None."""
        return _index_at(self.paragraphs, self.paragraph_starts, offset)


def _claimless(text: str, start: int, end: int, cited_year: bool) -> bool:
    """Whether the paragraph at `start` outside a reference zone holds no claims: it is shaped
    like a reference entry (`cited_year`: it holds a "(2019). "), or it is a keywords line."""
    keywords = _KEYWORDS_LINE.match(text, start, end)
    if keywords:
        # only a keywords line alone: prose run on after the list ("Keywords: obesity, BMI.
        # Obesity affects 42% of adults") or on the next line keeps its claims
        return "\n" not in text[start:end].strip() and not _SENTENCE_AFTER.search(
            text, keywords.end(), end
        )
    return (
        cited_year or (text[start] in "dD" and text[start : start + 3].lower() == "doi")
    ) and _is_entry_shaped(text, start, end)


def _is_entry_shaped(text: str, start: int, end: int) -> bool:
    """Whether the paragraph at `start` opens as a reference entry does: a DOI, or names and
    then a bracketed year closing a sentence, with at most one lower-case word among the names
    that no name list holds (two or more are prose: "as shown by Smith (2020).")."""
    match = _REFERENCE_ENTRY.match(text, start, end)
    if match is None:
        return False
    year = _CITED_YEAR.search(text, match.start(), match.end())
    if year is None:  # a DOI opened it
        return True
    names = text[match.start() : year.start()]
    prose_words = sum(w not in _NAME_LIST_LOWER_WORDS for w in _LOWER_WORD.findall(names))
    return prose_words < 2


def _index_at(spans: list[Span], starts: list[int], offset: int) -> int | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return index
    return None


def build_document(text: str) -> Document:
    """Split `text` once: paragraphs, sentences, reference headings and section, all read in
    its reading view."""
    source = text
    text = reading_view(source)
    paragraphs = paragraph_spans(text)
    sentences = sentences_in(text, paragraphs)
    headings = reference_headings(text)
    return Document(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        reference_headings=headings,
        reference_section=find_reference_section(text, headings),
        sentence_starts=[start for start, _ in sentences],
        paragraph_starts=[start for start, _ in paragraphs],
        source=source if source != text else None,
    )


def as_document(text: str | Document) -> Document:
    """`text` itself when it is a Document, else a Document built from it."""
    return text if isinstance(text, Document) else build_document(text)
