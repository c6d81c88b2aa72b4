"""Link each claim to the references it is attributed to (claims-notes §4, "Linking").

Order of preference, first that applies wins:
1. a `study_attribution` claim: the reference of the citation it was made from (same span);
2. a citation in the claim's sentence; when the sentence cites works in several places, those
   of the claim's own clause (`_Linker.own_clause`);
3. a paragraph-final parenthetical placed after the last full stop ("... frameworks. (Wilkins et
   al. 2021)"): every claim of that paragraph (for one-line-per-paragraph text, of the run of
   prose lines it closes);
4. an anaphoric subject ("The study", "They", "The researchers", "Their findings") at the start
   of the sentence: the nearest preceding citation in the same or the previous paragraph, unless
   a vague attribution ("Further research ...") stands in between and is the likelier antecedent,
   or the antecedent stands before a paragraph break and the anaphor's own paragraph goes on to
   cite another work (the anaphor may then name that work: rule 5 decides, or nothing links);
5. a sentence that reports a study ("randomized 403 patients", "a trial (n = 18)") and cites
   nothing itself, when what follows makes its source plain (`linked_by` says which):
   a. `next_sentence`: the next sentence of the same paragraph closes with a bracketed citation of
      one work, goes on with the study's people or results ("Patients reported ...", "33% of
      participants responded") and does not open another study ("In one case series ...");
   b. `paragraph_end`: the paragraph's only citation, bracketed, closes the paragraph, and no
      sentence in between opens another study;
6. `previous_sentence`: a sentence that cites nothing and goes on with a study's people or
   results, told in the past ("Patients received 0.5 mg/kg ...", "Some 55.4% responded"), after
   a sentence of its paragraph that reports a study and cites one work ("... a trial of 403
   patients [1]"): that work, when every sentence between goes on with the study too and none
   opens another study;
7. otherwise nothing.

Rules 5 and 6 guess from the layout of the text, so they are kept narrow: a wrong link would
hold the claim against another work's text, a missing one only leaves it unchecked. Rule 6 is
how news copy reports a trial (cite it once, then give its details); it carries a citation
forward only inside the paragraph, only to sentences about the study's people or results, and
never past a sentence that opens another study or cites anything.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple

from citecheck.extraction.document import Document, Span, as_document
from citecheck.models import Citation, Claim, ClaimLink, ClaimType, Reference, WorkKind

_ANAPHORA = re.compile(
    r"^(?:(?:in|of|from|for)\s+)?(?:(?:the|this|that|these|those|their|its|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:study|studies|trial|trials|research|researchers|review|findings|"
    r"results|authors|team|investigators|analysis|paper|work|data|scientists|report|experiment)\b"
    r"|they\b|their\b)",
    re.IGNORECASE,
)
# Anaphors that name a work ("The study", "These findings"): their antecedent is a cited work,
# never a body's or outlet's say-so ("According to UKHSA, ..."), which conducted no study.
_WORK_NOUNS = frozenset(
    {"study", "studies", "trial", "trials", "research", "review", "findings", "results",
     "analysis", "paper", "work", "experiment"}
)  # fmt: skip
# A sentence naming a work beside a say-so ("according to a large study supported by the NIH")
_NAMES_WORK = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|reviews?|analys[ie]s|meta-analys[ie]s|papers?|"
    r"reports?|surveys?|experiments?|findings|results|journal)\b",
    re.IGNORECASE,
)
# A sentence opening with a vague attribution of its own ends the search for an antecedent.
_VAGUE_SUBJECT = re.compile(
    r"^(?:further|more|recent|new|other|several|many|most|some|numerous|ongoing|emerging)?\s*"
    r"(?:research|studies|evidence|trials|clinical\s+trials)\b",
    re.IGNORECASE,
)
# A sentence that reports a study: its claims have a source, which a neighbour may name.
_REPORTS_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|randomi[sz]ed|cohorts?|case\s+series|meta-analys[ie]s|"
    r"reviews?|surveys?|enrolled|recruited|n\s*=\s*\d)"
    # a counted sample ("403 patients", "12 of the participants"), not "280 million people"
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|volunteers|"
    r"respondents|responders)\b",
    re.IGNORECASE,
)
# A sentence that goes on with a study's people or results ("Patients reported less anxiety",
# "33% of participants responded", "Ketamine was non-inferior"): only such a sentence's citation
# may be the source of the study sentences before it.
_GOES_ON_WITH_STUDY = re.compile(
    r"\b(?:patients?|participants?|subjects?|volunteers?|responders?|respond(?:ed|ing)?|"
    r"responses?|remission|relapsed?|improve(?:d|ment)|reduc(?:ed|tion)|outcomes?|scores?|"
    r"scales?|placebo|versus|compared|non-?inferior|superior|effects?|efficacy|symptoms|"
    r"significant(?:ly)?|groups?|arms?|follow-?up|adverse|side\s+effects|results?|found|"
    r"showed|shown|reported|relief|relieved|benefits?|lasted|helped|worked|better|worse|"
    r"\d+(?:\.\d+)?\s*%)",
    re.IGNORECASE,
)
# A sentence that opens another study ("In one case series", "A later trial", "Newer
# studies"): a citation it closes belongs to that study, not to the sentences before it.
# Used with `match(text, start)`, which anchors it at the sentence's start.
_OPENS_STUDY = re.compile(
    r"\W*(?:(?:in|from)\s+)?(?:a|an|one|another|other|two|three|several|many|some|newer|"
    r"earlier|later|recent|more\s+recent)\s+(?:[\w-]+\s+){0,4}?(?:stud(?:y|ies)|trials?|"
    r"cohorts?|series|reviews?|analys[ie]s|meta-analys[ie]s|surveys?|experiments?|reports?|"
    r"papers?)\b",
    re.IGNORECASE,
)
# Advice, or a statement someone else makes ("Experts say patients should not exceed 1 mg/kg"):
# no detail of the study cited before, so rule 6 carries no citation into it
_ADVICE_OR_SAY_SO = re.compile(
    r"\b(?:should|must|ought|says?|said|warn(?:s|ed)?|advis(?:e|es|ed)|recommend(?:s|ed)?|"
    r"urg(?:e|es|ed)|caution(?:s|ed)?|according\s+to)\b",
    re.IGNORECASE,
)
# A study's details are told in the past ("Patients received ...", "55.4% responded"); a
# sentence in the present states a general fact ("Patients with depression relapse in 50% of
# cases"), which rule 6 must not hold against the trial's text
_TOLD_IN_THE_PAST = re.compile(
    r"\b(?:was|were|had|did|got|took|given|received|responded|improved|reported|showed|saw|"
    r"felt|experienced|developed|completed|achieved|remained|dropped|relapsed|met|needed|"
    r"lasted|recovered|died|stopped|continued|underwent|returned|scored|rated|fell|rose)\b",
    re.IGNORECASE,
)
# What may stand after a citation that closes a sentence or paragraph
_CLOSING_PUNCTUATION = " \t\n.;:!?\"'”’)]*_"


def link_claims(
    text: str | Document,
    claims: list[Claim],
    citations: list[Citation],
    references: list[Reference],
) -> list[Claim]:
    """Copies of `claims` with `reference_ids` filled from `citations`, and `linked_by` where
    the link was inferred from a neighbouring sentence (see module docstring)."""
    document = as_document(text)
    known = {ref.id for ref in references}
    ordered = sorted(citations, key=lambda c: (c.start, c.end))
    usable = [c for c in ordered if c.reference_id in known]
    kinds = {ref.id: ref.work_kind for ref in references}
    linker = _Linker(document, usable, ordered, kinds)
    # One copy per claim and no reference cycles: the cyclic collector's passes over a heap
    # of millions of claims would only cost time, more than linearly.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [linker.link(claim) for claim in claims]
    finally:
        if was_enabled:
            gc.enable()


class _Clauses(NamedTuple):
    """A cited sentence as rule 2 reads it (`_Linker.clauses_of`)."""

    sentence: Span
    cited: list[Citation]
    groups: list[list[Citation]]
    group_starts: list[int]
    boundary_starts: list[int]
    boundary_ends: list[int]


class _Linker:
    """Every lookup by bisection over sorted spans, so that linking stays linear in the text:
    the citations of a span, the sentence or paragraph holding an offset."""

    def __init__(
        self,
        document: Document,
        citations: list[Citation],
        every_citation: list[Citation],
        work_kinds: dict[str, WorkKind],
    ) -> None:
        self.document = document
        self.text = document.text
        self.citations = citations
        self.starts = [c.start for c in citations]
        # every citation, resolved or not: a sentence citing an unlisted work still cites one
        self.every_citation = every_citation
        self.every_start = [c.start for c in every_citation]
        self.known = set(work_kinds)
        self.work_kinds = work_kinds
        self.by_span: dict[Span, list[Citation]] = {}
        for citation in citations:
            self.by_span.setdefault((citation.start, citation.end), []).append(citation)
        # a paragraph's closing brackets, worked out once per paragraph
        self.final: dict[int, list[Citation]] = {}
        self.sentence_clauses: dict[Span, _Clauses] = {}

    def within(self, start: int, end: int) -> list[Citation]:
        """Citations starting in [start, end), in text order."""
        return self.citations[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def any_within(self, start: int, end: int) -> list[Citation]:
        """Every citation starting in [start, end), resolved or not, in text order."""
        return self.every_citation[
            bisect_left(self.every_start, start) : bisect_left(self.every_start, end)
        ]

    def link(self, claim: Claim) -> Claim:
        ids = self.reference_ids(claim)
        if ids or claim.type == ClaimType.STUDY_ATTRIBUTION:
            return claim.model_copy(update={"reference_ids": ids})
        inferred = self.neighbour_citation(claim) or self.previous_citation(claim)
        if inferred is None:
            return claim.model_copy(update={"reference_ids": []})
        citation, how = inferred
        return claim.model_copy(update={"reference_ids": _ids([citation]), "linked_by": how})

    def reference_ids(self, claim: Claim) -> list[str]:
        document, text = self.document, self.text
        if claim.type == ClaimType.STUDY_ATTRIBUTION:
            # an attribution claim is a citation seen as a claim: the same span
            # (a work's authors and their number, "Xiao et al [7]", are one claim: the
            # citations inside its span)
            own = self.by_span.get((claim.start, claim.end)) or self.within(claim.start, claim.end)
            if own:
                return _ids(own)
        sentence_index = document.sentence_at(claim.start)
        sentence = (
            document.sentences[sentence_index]
            if sentence_index is not None
            else (claim.start, claim.end)
        )
        clauses = self.clauses_of(sentence)
        if clauses.cited:
            return _ids(self.own_clause(claim, clauses))
        paragraph_index = document.paragraph_at(claim.start)
        if paragraph_index is not None:
            scoping = self.block_finals[paragraph_index]
            if scoping is not None:
                return _ids(self.paragraph_final(scoping))
        anaphor = _ANAPHORA.match(text[sentence[0] : sentence[1]])
        if anaphor:
            antecedent = self.antecedent(sentence, paragraph_index)
            if (
                antecedent is not None
                and (
                    anaphor.group(0).split()[-1].lower() not in _WORK_NOUNS
                    or self.names_a_work(antecedent)
                )
                and not self.cites_another_work(antecedent, sentence, paragraph_index)
            ):
                return [antecedent.reference_id] if antecedent.reference_id else []
        return []

    def cites_another_work(
        self, antecedent: Citation, sentence: Span, paragraph_index: int | None
    ) -> bool:
        """Whether the paragraph of `sentence` cites, after it, a work other than `antecedent`'s
        while `antecedent` stands in an earlier paragraph. A new paragraph that names its own
        source ("The STEP 1 trial enrolled 1,961 adults. Participants ... (Wilding et al.,
        2021)") may be about that work rather than the one before the break: the anaphor is then
        ambiguous, and an ambiguous link must not hold the claim against either work's text
        (rule 5 may still link it from the paragraph's own layout)."""
        if paragraph_index is None:
            return False
        paragraph_start, paragraph_end = self.document.paragraphs[paragraph_index]
        if antecedent.start >= paragraph_start:
            return False
        return any(
            citation.reference_id != antecedent.reference_id
            for citation in self.any_within(sentence[1], paragraph_end)
        )

    def names_a_work(self, citation: Citation) -> bool:
        """Whether `citation` cites a work a study anaphor may point back to: a bracketed or
        numbered citation, a scholarly or unnamed work, or a say-so whose sentence names a work
        ("A pivotal study, as reported by the Harvard Gazette, ...")."""
        if citation.kind != "narrative":
            return True
        if self.work_kinds.get(citation.reference_id or "") in ("scholarly", "unknown"):
            return True
        index = self.document.sentence_at(citation.start)
        start, end = (
            self.document.sentences[index] if index is not None else (citation.start, citation.end)
        )
        return bool(_NAMES_WORK.search(self.text, start, end))

    def clauses_of(self, sentence: Span) -> _Clauses:
        """The citations of `sentence`, their groups and its clause boundaries, worked out once
        per sentence: a "sentence" of a thousand glued sentences ("...2008).Take ...") holds
        thousands of claims, and each must not walk it again."""
        found = self.sentence_clauses.get(sentence)
        if found is None:
            cited = self.within(*sentence)
            groups = _groups(self.text, cited)
            boundaries = (
                [b.span() for b in _CLAUSE_BOUNDARY.finditer(self.text, *sentence)]
                if len(groups) > 1
                else []
            )
            found = _Clauses(
                sentence,
                cited,
                groups,
                [g[0].start for g in groups],
                [start for start, _ in boundaries],
                [end for _, end in boundaries],
            )
            self.sentence_clauses[sentence] = found
        return found

    def own_clause(self, claim: Claim, clauses: _Clauses) -> list[Citation]:
        """Rule 2 for a sentence that cites several works in different places: the citations
        of the claim's own clause ("Drug A cut deaths by 20% [1], while drug B did not [2]":
        the 20% rests on [1]). Within its clause a claim rests on the first bracketed citation
        after it, else on the nearest citation before it ("Smith et al. [1] found 20%"); a
        clause that cites nothing keeps the whole sentence's citations. Each step a bisection
        over the sentence's groups and boundaries, so that a sentence's claims take linear time
        together."""
        groups, cited, text = clauses.groups, clauses.cited, self.text
        if len(groups) < 2:
            return cited
        # the clause: from the end of the last boundary ending by the claim's start to the
        # start of the first boundary starting at or after its end
        clause_start, clause_end = clauses.sentence
        before_claim = bisect_right(clauses.boundary_ends, claim.start)
        if before_claim:
            clause_start = clauses.boundary_ends[before_claim - 1]
        after_claim = bisect_left(clauses.boundary_starts, claim.end)
        if after_claim < len(clauses.boundary_starts):
            clause_end = clauses.boundary_starts[after_claim]

        # a citation that ends the previous clause stands before its boundary
        def own(group: list[Citation]) -> bool:
            return clause_start <= group[0].start and group[-1].end <= clause_end

        first = bisect_left(clauses.group_starts, clause_start)
        last = bisect_left(clauses.group_starts, clause_end)
        split = bisect_left(clauses.group_starts, claim.end, first, last)
        # (indices, not slices: a slice would copy the clause's groups for every claim)
        after = next((groups[i] for i in range(split, last) if own(groups[i])), None)
        before = next(
            (
                groups[i]
                for i in range(split - 1, first - 1, -1)
                if own(groups[i]) and groups[i][-1].end <= claim.start
            ),
            None,
        )
        if after is None and before is None:
            return cited  # the clause cites nothing: the whole sentence's citations
        if after is not None and not _names_a_subject(text, after):
            if before is not None and _names_a_subject(text, before):
                # "Lee et al. (2020) found 20% ... (Kim, 2021)": either may be its source
                return [*before, *after]
            return after
        return before if before is not None else (after or cited)

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

    @cached_property
    def block_finals(self) -> list[int | None]:
        """For each paragraph, the first paragraph from it to the end of its block whose closing
        brackets scope it (`paragraph_final`), or None; worked out once, from the last
        paragraph back, so that a text of a thousand one-line paragraphs is not walked a
        thousand times."""
        paragraphs = self.document.paragraphs
        found: list[int | None] = [None] * len(paragraphs)
        for index in range(len(paragraphs) - 1, -1, -1):
            if self.paragraph_final(index):
                found[index] = index
            elif index + 1 < len(paragraphs) and _continues_block(
                self.text, paragraphs[index], paragraphs[index + 1]
            ):
                found[index] = found[index + 1]
        return found

    def neighbour_citation(self, claim: Claim) -> tuple[Citation, ClaimLink] | None:
        """Rule 5: the citation of the next sentence, or the one closing the paragraph, for a
        claim in an uncited run of sentences that reports a study."""
        document, text = self.document, self.text
        sentence_index = document.sentence_at(claim.start)
        paragraph_index = document.paragraph_at(claim.start)
        if sentence_index is None or paragraph_index is None:
            return None
        paragraph_start, paragraph_end = document.paragraphs[paragraph_index]
        sentences = document.sentences
        # back to the sentence that names the study: none of them may cite anything
        first = sentence_index
        while True:
            start, end = sentences[first]
            if self.any_within(start, end):
                return None
            if _REPORTS_STUDY.search(text, start, end):
                break
            if first == 0 or sentences[first - 1][0] < paragraph_start:
                return None
            first -= 1
            if sentence_index - first >= _MOST_SENTENCES_APART:
                return None
        # forward to the first citation: it must close its sentence, and nothing on the way
        # may open another study
        last = sentence_index + 1
        while last < len(sentences) and sentences[last][0] < paragraph_end:
            if last - first >= _MOST_SENTENCES_APART:
                return None
            start, end = sentences[last]
            if _OPENS_STUDY.match(text, start, end) or _VAGUE_SUBJECT.match(text[start:end]):
                return None
            cited = self.any_within(start, end)
            if not cited:
                last += 1
                continue
            closing = self.closing(cited, end)
            if closing is None or not _GOES_ON_WITH_STUDY.search(text, start, end):
                # a cited sentence about something else ("Ketamine was first approved as an
                # anaesthetic in 1970 (Domino, 2010)") is not the study's source
                return None
            if last == sentence_index + 1:
                return closing, "next_sentence"
            # further on, only the paragraph's last sentence and its only citation
            if not text[end:paragraph_end].strip() and (
                len(self.any_within(paragraph_start, paragraph_end)) == 1
            ):
                return closing, "paragraph_end"
            return None
        return None

    def previous_citation(self, claim: Claim) -> tuple[Citation, ClaimLink] | None:
        """Rule 6: the one work a study sentence before the claim's cites, for a claim in an
        uncited run of sentences that goes on with that study."""
        document, text = self.document, self.text
        sentence_index = document.sentence_at(claim.start)
        paragraph_index = document.paragraph_at(claim.start)
        if sentence_index is None or paragraph_index is None:
            return None
        paragraph_start = document.paragraphs[paragraph_index][0]
        sentences = document.sentences
        index = sentence_index
        while True:
            start, end = sentences[index]
            if (
                _OPENS_STUDY.match(text, start, end)
                or _VAGUE_SUBJECT.match(text[start:end])
                or _ADVICE_OR_SAY_SO.search(text, start, end)
                or not _GOES_ON_WITH_STUDY.search(text, start, end)
                or not _TOLD_IN_THE_PAST.search(text, start, end)
            ):
                return None
            index -= 1
            if index < 0 or sentences[index][0] < paragraph_start:
                return None
            if sentence_index - index >= _MOST_SENTENCES_APART:
                return None
            start, end = sentences[index]
            cited = self.any_within(start, end)
            if not cited:
                continue
            works = {c.reference_id for c in cited}
            if len(works) != 1 or cited[0].reference_id not in self.known:
                return None  # several works, or one the list lacks: which is unclear
            if not _REPORTS_STUDY.search(text, start, end) or not self.names_a_work(cited[-1]):
                return None
            return cited[-1], "previous_sentence"

    def closing(self, cited: list[Citation], sentence_end: int) -> Citation | None:
        """The one citation in `cited` when it is bracketed, names a listed work and closes the
        sentence ending at `sentence_end`."""
        if len(cited) != 1:
            return None
        (citation,) = cited
        if citation.kind == "narrative" or citation.reference_id not in self.known:
            return None
        if self.text[citation.end : sentence_end].strip(_CLOSING_PUNCTUATION):
            return None
        return citation

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


# how many sentences a study's uncited run may span, from the sentence naming the study to
# the one closing with its citation
_MOST_SENTENCES_APART = 5

# Where a sentence's clauses meet: a semicolon, a contrast ("..., while", "whereas", ", but"), or
# ", and" before a new subject (", and a crossover trial found", ", and Kim et al. saw").
_CLAUSE_BOUNDARY = re.compile(
    r";|,?\s+(?i:while|whilst|whereas|but|although|though|yet|however)\b,?"
    r"|,\s+and\s+(?=(?i:an?|the|another|one|other|in)\s|[A-Z])"
)
# Between the citations of one group: "[1], [2]", "(Lee, 2020; Kim, 2021)", "[1] and [2]"
_SAME_GROUP = re.compile(r"[\s,;–-]*(?:and\s+)?")
# A bracketed citation right after a name whose sentence goes on ("Smith et al. [1] found"):
# it names the clause's subject, and the claims after it rest on it.
_NAME_BEFORE = re.compile(r"(?:et\s+al\.?|[A-Z][\w'’-]+)\s*$")
_WORD_AFTER = re.compile(r"\s*[a-z]")


def _groups(text: str, citations: list[Citation]) -> list[list[Citation]]:
    """Citations standing together (only separators between them), in text order."""
    groups: list[list[Citation]] = []
    for citation in citations:
        last = groups[-1][-1] if groups else None
        if last is not None and (
            citation.start < last.end  # "[1,2]": one bracket, a citation per work
            or _SAME_GROUP.fullmatch(text, last.end, citation.start)
        ):
            groups[-1].append(citation)
        else:
            groups.append([citation])
    return groups


def _names_a_subject(text: str, group: list[Citation]) -> bool:
    first = group[0]
    if first.kind == "narrative":
        return True
    return bool(
        _NAME_BEFORE.search(text, max(0, first.start - 40), first.start)
        and _WORD_AFTER.match(text, group[-1].end)
    )


def _ids(citations: list[Citation]) -> list[str]:
    ids: list[str] = []
    for citation in citations:
        if citation.reference_id and citation.reference_id not in ids:
            ids.append(citation.reference_id)
    return ids


def _continues_block(text: str, current: Span, following: Span) -> bool:
    """Whether `following` continues the block of prose `current` is in: the next prose line
    under the same heading.

    Articles flattened to one line per paragraph put a section's prose on consecutive lines; a
    bracket closing the last of them scopes the section's text, as a bracket closing a
    blank-line paragraph scopes that paragraph.
    """
    return (
        text.count("\n", current[1], following[0]) == 1
        and _is_prose(text, following)
        and _is_prose(text, current)
    )


def _is_prose(text: str, span: Span) -> bool:
    return text[span[0] : span[1]].rstrip().endswith((".", "!", "?", ")", "”", '"'))
