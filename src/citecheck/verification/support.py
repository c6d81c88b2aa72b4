"""Does the source say that? Each claim held against the text of the work it cites.

Two steps, as elsewhere in this layer: gather (for every resolved reference, its texts from the
text services and its Crossref record's abstract), then decide (pure: `support_for`).

Only references that resolved to a work (`verified`, `metadata_mismatch`) are asked about;
a claim resting on none of them has no `support`. Verdicts, per reference, and the best kept
when a claim cites several (`consistent` before `contradicted`: the claim may rest on the one
that says it):

- no text had, with a service failed or the run offline -> `unverifiable` (never evidence);
- no text had, every service answered -> `no_source_text`;
- otherwise the matcher's `consistent` / `contradicted` / `not_in_source` on the texts read
  (a `not_in_source` with a service unasked says so: reason `partly_read`); a claim linked only
  through an earlier sentence's citation is never `contradicted` (reason `carried_link`).

A claim about people resting only on an animal or in-vitro study, a preprint or a retracted work
carries a `weak_evidence` reason, whatever its verdict.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from citecheck.extraction.claims import ClaimRules, load_rules
from citecheck.models import (
    ArticleFindings,
    Claim,
    Findings,
    Reason,
    Reference,
    Retraction,
    Support,
    Verdict,
)
from citecheck.resolution.source import LookupStatus, MetadataSource
from citecheck.resolution.source_text import ServedFrom, SourceText
from citecheck.resolution.texts import TextSources, WorkTexts, crossref_text
from citecheck.verification.study import about_animals, classify_study, weakness
from citecheck.verification.support_match import (
    KIND_OF_TYPE,
    PreparedSource,
    Quantity,
    decide,
    grim_reason,
    prepare_source,
)

RESOLVED = (Verdict.VERIFIED, Verdict.METADATA_MISMATCH)
# Claim types held against a source: numbers, and routes by their word
CHECKED_TYPES = frozenset({*KIND_OF_TYPE, "route"})
_ORDER = {"consistent": 0, "contradicted": 1, "not_in_source": 2, "no_source_text": 3}
_CROSSREF_SOURCES: dict[str, ServedFrom] = {"crossref-api": "crossref", "cache": "cache"}


@dataclass
class Evidence:
    """What was gathered for one reference."""

    reference: Reference
    texts: WorkTexts
    prepared: list[tuple[PreparedSource, ServedFrom]]


async def gather(
    references: Sequence[Reference],
    metadata: MetadataSource,
    texts: TextSources,
    rules: ClaimRules,
    concurrency: int = 4,
) -> dict[str, Evidence]:
    """Texts for every resolved reference (keyed by reference id); also fills `study`."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(ref: Reference) -> tuple[str, Evidence] | None:
        if ref.verdict not in RESOLVED or ref.record is None or not ref.record.doi:
            return None
        doi = ref.record.doi.lower()
        async with gate:
            record = await metadata.get_doi(doi)
            message = record.work.message if record.work is not None else {}
            # asked as the registry spells it (10.1056/NEJMoa2302399): services match DOIs
            # without regard to case, a stand-in may not
            spelled = message.get("DOI") if isinstance(message.get("DOI"), str) else None
            found = await texts.texts_for(spelled if spelled and spelled.lower() == doi else doi)
        if record.status == LookupStatus.FOUND and record.work is not None:
            own = crossref_text(doi, record.work.message)
            if own is not None:
                served: ServedFrom = (
                    "snapshot"
                    if record.source == "snapshot"
                    else _CROSSREF_SOURCES.get(str(record.source), "crossref")
                )
                found = WorkTexts(
                    doi=found.doi,
                    texts=[*found.texts, (own, served)],
                    failed=list(found.failed),
                    offline=found.offline,
                )
        if record.status not in (LookupStatus.FOUND, LookupStatus.ABSENT):
            # Crossref's record (and any abstract in it) went unread: not every service answered
            found = WorkTexts(
                doi=found.doi,
                texts=list(found.texts),
                failed=[*found.failed, "crossref"],
                offline=found.offline or record.status == LookupStatus.OFFLINE,
            )
        prepared = [(prepare_source(t, rules), s) for t, s in found.with_text]
        return ref.id, Evidence(ref, found, prepared)

    results = await asyncio.gather(*(one(ref) for ref in references))
    return {key: value for item in results if item is not None for key, value in [item]}


def study_of(evidence: Evidence) -> Reference:
    """The reference with `study` (and a retraction PubMed knows of) filled in."""
    texts: list[SourceText] = [t for t, _ in evidence.texts.texts]
    ref = evidence.reference
    update: dict[str, object] = {"study": classify_study(texts)}
    if ref.retraction is None and any(t.retracted for t in texts):
        update["retraction"] = Retraction(kind="retraction")
    return ref.model_copy(update=update)


def _one_reference(claim: Claim, evidence: Evidence) -> Support:
    ref_id = evidence.reference.id
    if not evidence.prepared:
        if evidence.texts.failed or evidence.texts.offline:
            return _unanswered(ref_id, evidence)
        return Support(
            verdict="no_source_text",
            reference_id=ref_id,
            reasons=[Reason(code="no_abstract", message="no abstract could be had for the work")],
        )
    if claim.type == "route":
        return _route(claim, evidence)
    best: Support | None = None
    for prepared, served in evidence.prepared:
        decision = decide(claim, prepared)
        quantity = decision.quantity
        support = Support(
            verdict=decision.verdict,  # type: ignore[arg-type]  # one of the three
            reference_id=ref_id,
            source=served,
            evidence=quantity.sentence if quantity else None,
            section=quantity.label if quantity else None,
            found=quantity.value if quantity else None,
            reasons=_explained(claim, decision.reasons, quantity),
        )
        if best is None or _ORDER[support.verdict] < _ORDER[best.verdict]:
            best = support
    assert best is not None
    if best.verdict == "not_in_source" and (evidence.texts.failed or evidence.texts.offline):
        # the text read does not state it: that is what is known (a text that went unread
        # might; said so, and the unread services are never evidence either way)
        return best.model_copy(update={"reasons": [*best.reasons, _partly_read(evidence)]})
    return best


_SERVICE_NAMES = {"pubmed": "PubMed", "europepmc": "Europe PMC", "crossref": "Crossref"}
_SERVED_NAMES = {"snapshot": "the local snapshot", "cache": "the cache"}


def _partly_read(evidence: Evidence) -> Reason:
    read = sorted({_SERVED_NAMES.get(s, _SERVICE_NAMES.get(s, s)) for _, s in evidence.prepared})
    names = [_SERVICE_NAMES.get(name, name) for name in evidence.texts.failed]
    unread = " and ".join(names) if names else "other text services"
    why = "the run is offline" if evidence.texts.offline else "the lookup failed"
    return Reason(
        code="partly_read",
        message=f"the abstract read (from {', '.join(read)}) does not state it; {unread} "
        f"could not be asked ({why}), and their text might",
    )


def _unanswered(ref_id: str, evidence: Evidence) -> Support:
    """`unverifiable`: a service did not answer, or the run is offline."""
    offline = evidence.texts.offline
    code = "offline" if offline else "network"
    message = (
        "the run is offline and no abstract is cached for this work"
        if offline
        else f"the lookup failed ({', '.join(evidence.texts.failed)}); try again later"
    )
    return Support(
        verdict="unverifiable", reference_id=ref_id, reasons=[Reason(code=code, message=message)]
    )


def _explained(claim: Claim, reasons: list[Reason], quantity: Quantity | None) -> list[Reason]:
    """The first reason with the difference spelled out: what the article says against what
    the source says, and for what ("55.4% of the patients", ketamine group)."""
    if not reasons or quantity is None:
        return reasons
    said = quantity.claim.text
    context = quantity.context
    whose = f" in the {context.arm} group" if context.scope == "arm" and context.arm else ""
    if context.scope == "subgroup":
        whose = " in a subgroup"
    first = reasons[0]
    message = f'{first.message}: the article says "{claim.text}", the source says "{said}"{whose}'
    return [Reason(code=first.code, message=message), *reasons[1:]]


def _route(claim: Claim, evidence: Evidence) -> Support:
    route = str(claim.value.get("route") or claim.text).lower()
    for prepared, served in evidence.prepared:
        for section in prepared.text.sections:
            if route and route in section.text.lower():
                return Support(
                    verdict="consistent",
                    reference_id=evidence.reference.id,
                    source=served,
                    section=section.label or section.category,
                    found={"route": route},
                )
    served = evidence.prepared[0][1]
    return Support(verdict="not_in_source", reference_id=evidence.reference.id, source=served)


def support_for(claim: Claim, evidence: dict[str, Evidence], rules: ClaimRules) -> Support | None:
    """The claim held against the resolved works it cites (pure); None when it cites none."""
    cited = [evidence[r] for r in claim.reference_ids if r in evidence]
    if not cited or claim.type not in CHECKED_TYPES:
        return None
    options = [_one_reference(claim, e) for e in cited]
    decided = [o for o in options if o.verdict in _ORDER]
    best = min(decided, key=lambda o: _ORDER[o.verdict]) if decided else options[0]
    extra: list[Reason] = []
    grim = grim_reason(claim, rules)
    if grim is not None:
        extra.append(grim)
    weak = [weakness(e.reference) for e in cited]
    if all(w is not None for w in weak) and not about_animals(claim):
        first = weak[0]
        assert first is not None
        extra.append(first)
    if best.verdict == "contradicted" and claim.linked_by == "previous_sentence":
        # the link is read from the paragraph, not written: the figure may be another study's,
        # and a wrong `contradicted` accuses a true claim
        best = best.model_copy(update={"verdict": "not_in_source"})
        extra.append(Reason(code="carried_link", message=_CARRIED_LINK))
    if extra:
        best = best.model_copy(update={"reasons": [*best.reasons, *extra]})
    return best


_CARRIED_LINK = (
    "the source gives another figure, but the claim cites it only through an earlier sentence; "
    "not called contradicted"
)


async def check_support(
    articles: Sequence[ArticleFindings],
    metadata: MetadataSource,
    texts: TextSources,
    *,
    rules: ClaimRules | None = None,
    concurrency: int = 4,
) -> list[ArticleFindings]:
    """Every article with `Reference.study` and `Claim.support` filled in."""
    rules = rules or load_rules()
    out: list[ArticleFindings] = []
    for article in articles:
        evidence = await gather(article.references, metadata, texts, rules, concurrency)
        for key, item in evidence.items():
            evidence[key] = Evidence(study_of(item), item.texts, item.prepared)
        references = [
            evidence[r.id].reference if r.id in evidence else r for r in article.references
        ]
        claims = [
            claim.model_copy(update={"support": support_for(claim, evidence, rules)})
            for claim in article.claims
        ]
        out.append(article.model_copy(update={"references": references, "claims": claims}))
    return out


def weak_evidence(claim: Claim) -> bool:
    return claim.support is not None and any(
        r.code == "weak_evidence" for r in claim.support.reasons
    )


def support_warning(findings: Findings) -> str | None:
    """One line when abstract lookups failed: those claims were not checked against their
    sources, and a run in which they could not be must not pass for a clean one."""
    claims = [c for a in findings.articles for c in a.claims if c.support is not None]
    failed = [
        c
        for c in claims
        if c.support is not None
        and c.support.verdict == "unverifiable"
        and any(r.code == "network" for r in c.support.reasons)
    ]
    if not failed:
        return None
    return (
        f"{len(failed)} of {len(claims)} claims could not be held against their sources: the "
        "abstract lookups (PubMed, Europe PMC) failed, so they are unverifiable; run again later"
    )
