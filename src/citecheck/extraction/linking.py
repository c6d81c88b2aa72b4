"""Link each claim to the references it is attributed to (claims-notes §4, "Linking").

Order of preference, first that applies wins:
1. a `study_attribution` claim: the reference of the citation it was made from (same span);
2. a citation in the claim's sentence;
3. a paragraph-final parenthetical placed after the last full stop ("... frameworks. (Wilkins et
   al. 2021)"): every claim of that paragraph (for one-line-per-paragraph text, of the run of
   prose lines it closes);
4. an anaphoric subject ("The study", "They", "The researchers", "Their findings") at the start
   of the sentence: the nearest preceding citation in the same or the previous paragraph, unless
   a vague attribution ("Further research ...") stands in between and is the likelier antecedent;
5. otherwise nothing.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right

from citecheck.extraction.document import Document, Span, as_document
from citecheck.models import Citation, Claim, ClaimType, Reference

_ANAPHORA = re.compile(
    r"^(?:(?:in|of|from|for)\s+)?(?:(?:the|this|that|these|those|their|its|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:study|studies|trial|trials|research|researchers|review|findings|"
    r"results|authors|team|investigators|analysis|paper|work|data|scientists|report|experiment)\b"
    r"|they\b|their\b)",
    re.IGNORECASE,
)
# A sentence opening with a vague attribution of its own ends the search for an antecedent.
_VAGUE_SUBJECT = re.compile(
    r"^(?:further|more|recent|new|other|several|many|most|some|numerous|ongoing|emerging)?\s*"
    r"(?:research|studies|evidence|trials|clinical\s+trials)\b",
    re.IGNORECASE,
)


def link_claims(
    text: str | Document,
    claims: list[Claim],
    citations: list[Citation],
    references: list[Reference],
) -> list[Claim]:
    """Copies of `claims` with `reference_ids` filled from `citations` (see module docstring)."""
    document = as_document(text)
    known = {ref.id for ref in references}
    usable = sorted(
        (c for c in citations if c.reference_id in known), key=lambda c: (c.start, c.end)
    )
    linker = _Linker(document, usable)
    # One copy per claim and no reference cycles: the cyclic collector's passes over a heap
    # of millions of claims would only cost time, more than linearly.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [
            claim.model_copy(update={"reference_ids": linker.reference_ids(claim)})
            for claim in claims
        ]
    finally:
        if was_enabled:
            gc.enable()


class _Linker:
    """Every lookup by bisection over sorted spans, so that linking stays linear in the text:
    the citations of a span, the sentence or paragraph holding an offset."""

    def __init__(self, document: Document, citations: list[Citation]) -> None:
        self.document = document
        self.text = document.text
        self.citations = citations
        self.starts = [c.start for c in citations]
        self.by_span: dict[Span, list[Citation]] = {}
        for citation in citations:
            self.by_span.setdefault((citation.start, citation.end), []).append(citation)
        # a paragraph's closing brackets, worked out once per paragraph
        self.final: dict[int, list[Citation]] = {}

    def within(self, start: int, end: int) -> list[Citation]:
        """Citations starting in [start, end), in text order."""
        return self.citations[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def reference_ids(self, claim: Claim) -> list[str]:
        document, text = self.document, self.text
        if claim.type == ClaimType.STUDY_ATTRIBUTION:
            # an attribution claim is a citation seen as a claim: the same span
            own = self.by_span.get((claim.start, claim.end))
            if own:
                return _ids(own)
        sentence_index = document.sentence_at(claim.start)
        sentence = (
            document.sentences[sentence_index]
            if sentence_index is not None
            else (claim.start, claim.end)
        )
        in_sentence = self.within(*sentence)
        if in_sentence:
            return _ids(in_sentence)
        paragraph_index = document.paragraph_at(claim.start)
        if paragraph_index is not None:
            for index in _rest_of_block(text, document.paragraphs, paragraph_index):
                final = self.paragraph_final(index)
                if final:
                    return _ids(final)
        if _ANAPHORA.match(text[sentence[0] : sentence[1]]):
            antecedent = self.antecedent(sentence, paragraph_index)
            if antecedent is not None:
                return [antecedent.reference_id] if antecedent.reference_id else []
        return []

    def paragraph_final(self, index: int) -> list[Citation]:
        """Parenthetical citations that close the paragraph after its last full stop."""
        if index not in self.final:
            start, end = self.document.paragraphs[index]
            text = self.text
            closing = [
                c
                for c in self.within(start, end)
                if c.kind == "parenthetical" and c.end <= end and not text[c.end : end].strip(" .;")
            ]
            before = text[start : closing[0].start].rstrip() if closing else ""
            # only a bracket standing after the sentence's own full stop scopes the paragraph
            self.final[index] = closing if before.endswith((".", "!", "?", "”", '"')) else []
        return self.final[index]

    def antecedent(self, sentence: Span, paragraph_index: int | None) -> Citation | None:
        """The nearest citation before `sentence` in its paragraph or the one before, unless
        a sentence with a vague subject of its own stands in between."""
        if paragraph_index is None:
            return None
        document = self.document
        floor = document.paragraphs[max(0, paragraph_index - 1)][0]
        # the sentences that start at or after `floor` and end by the sentence's start
        first = bisect_left(document.sentence_starts, floor)
        last = bisect_right(document.sentence_starts, sentence[0])
        for start, end in reversed(document.sentences[first:last]):
            if end > sentence[0]:
                continue
            inside = self.within(start, end)
            if inside:
                return inside[-1]
            if _VAGUE_SUBJECT.match(self.text[start:end]):
                return None
        return None


def _ids(citations: list[Citation]) -> list[str]:
    ids: list[str] = []
    for citation in citations:
        if citation.reference_id and citation.reference_id not in ids:
            ids.append(citation.reference_id)
    return ids


def _rest_of_block(text: str, paragraphs: list[Span], index: int) -> list[int]:
    """This paragraph and the prose lines that follow it under the same heading.

    Articles flattened to one line per paragraph put a section's prose on consecutive lines; a
    bracket closing the last of them scopes the section's text, as a bracket closing a
    blank-line paragraph scopes that paragraph.
    """
    indices = [index]
    while indices[-1] + 1 < len(paragraphs):
        current, following = paragraphs[indices[-1]], paragraphs[indices[-1] + 1]
        gap = text[current[1] : following[0]]
        if gap.count("\n") != 1 or not _is_prose(text, following):
            break
        if not _is_prose(text, current):
            break
        indices.append(indices[-1] + 1)
    return indices


def _is_prose(text: str, span: Span) -> bool:
    return text[span[0] : span[1]].rstrip().endswith((".", "!", "?", ")", "”", '"'))
