"""Link each claim to the references it is attributed to (claims-notes §4, "Linking").

Order of preference, first that applies wins:
1. a `study_attribution` claim overlapping a citation: that citation's reference;
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

import re

from citecheck.extraction.document import Document, as_document
from citecheck.models import Citation, Claim, ClaimType, Reference

Span = tuple[int, int]

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
    text = document.text
    known = {ref.id for ref in references}
    usable = sorted(
        (c for c in citations if c.reference_id in known), key=lambda c: (c.start, c.end)
    )
    sentences, paragraphs = document.sentences, document.paragraphs
    return [
        claim.model_copy(
            update={"reference_ids": _reference_ids(text, claim, usable, sentences, paragraphs)}
        )
        for claim in claims
    ]


def _reference_ids(
    text: str,
    claim: Claim,
    citations: list[Citation],
    sentences: list[Span],
    paragraphs: list[Span],
) -> list[str]:
    if claim.type == ClaimType.STUDY_ATTRIBUTION:
        overlapping = [c for c in citations if c.start < claim.end and claim.start < c.end]
        if overlapping:
            return _ids(overlapping)
    sentence = _containing(sentences, claim.start) or (claim.start, claim.end)
    in_sentence = [c for c in citations if sentence[0] <= c.start < sentence[1]]
    if in_sentence:
        return _ids(in_sentence)
    paragraph_index = _index_containing(paragraphs, claim.start)
    if paragraph_index is not None:
        for index in _rest_of_block(text, paragraphs, paragraph_index):
            final = _paragraph_final(text, citations, paragraphs[index])
            if final:
                return _ids(final)
    if _ANAPHORA.match(text[sentence[0] : sentence[1]]):
        antecedent = _antecedent(text, sentence, citations, sentences, paragraphs, paragraph_index)
        if antecedent is not None:
            return [antecedent.reference_id] if antecedent.reference_id else []
    return []


def _ids(citations: list[Citation]) -> list[str]:
    ids: list[str] = []
    for citation in citations:
        if citation.reference_id and citation.reference_id not in ids:
            ids.append(citation.reference_id)
    return ids


def _containing(spans: list[Span], offset: int) -> Span | None:
    index = _index_containing(spans, offset)
    return spans[index] if index is not None else None


def _index_containing(spans: list[Span], offset: int) -> int | None:
    for index, (start, end) in enumerate(spans):
        if start <= offset < end:
            return index
    return None


def _rest_of_block(text: str, paragraphs: list[Span], index: int) -> list[int]:
    """This paragraph and the prose lines that follow it under the same heading.

    Articles flattened to one line per paragraph (seed 003) put a section's prose on consecutive
    lines; a bracket closing the last of them scopes the section's text, as a bracket closing a
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


def _paragraph_final(text: str, citations: list[Citation], paragraph: Span) -> list[Citation]:
    """Parenthetical citations that close the paragraph after its last full stop."""
    start, end = paragraph
    closing = [
        c
        for c in citations
        if c.kind == "parenthetical"
        and start <= c.start
        and c.end <= end
        and not text[c.end : end].strip(" .;")
    ]
    if not closing:
        return []
    before = text[start : closing[0].start].rstrip()
    # only a bracket standing after the sentence's own full stop scopes the whole paragraph
    return closing if before.endswith((".", "!", "?", "”", '"')) else []


def _antecedent(
    text: str,
    sentence: Span,
    citations: list[Citation],
    sentences: list[Span],
    paragraphs: list[Span],
    paragraph_index: int | None,
) -> Citation | None:
    if paragraph_index is None:
        return None
    floor = paragraphs[max(0, paragraph_index - 1)][0]
    preceding = [s for s in sentences if floor <= s[0] and s[1] <= sentence[0]]
    for start, end in reversed(preceding):
        inside = [c for c in citations if start <= c.start < end]
        if inside:
            return inside[-1]
        if _VAGUE_SUBJECT.match(text[start:end]):
            return None
    return None
