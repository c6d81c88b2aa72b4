from __future__ import annotations

from citecheck.formats.report import build_report
from citecheck.formats.summary import claim_rows, field_differences
from citecheck.models import (
    ArticleFindings,
    Claim,
    FieldCheck,
    Findings,
    Reference,
    Retraction,
    ToolInfo,
    Verdict,
    summarise,
)


def _accused_claims(article: ArticleFindings) -> list[str]:
    """The claims the report's "needs action" part says rest on a bad work."""
    findings = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    (view,) = build_report(findings).articles
    return [
        entry.key[0].text
        for section in view.action
        if section.heading.startswith("Claims resting on")
        for entry in section.entries
    ]


def _ref(*checks: FieldCheck) -> Reference:
    return Reference(id="ref-1", origin="reference_list", raw="x", field_checks=list(checks))


def test_author_lists_show_only_the_names_that_differ() -> None:
    check = FieldCheck(
        field="authors",
        cited="Daley; Singh; Fedgchin",
        found="Daly; Singh; Fedgchin",
        score=0.97,
        ok=False,
    )
    assert field_differences(_ref(check)) == ["authors: Daley → Daly"]


def test_wholly_different_author_lists_are_shown_whole() -> None:
    check = FieldCheck(
        field="authors",
        cited="Davis; Henter; Smith; Jones",
        found="Zanos; Gould; Moaddel; Morris",
        score=0.1,
        ok=False,
    )
    assert field_differences(_ref(check)) == [
        "authors: Davis; Henter; Smith; Jones → Zanos; Gould; Moaddel; Morris"
    ]


def test_agreeing_fields_are_not_listed() -> None:
    ok = FieldCheck(field="year", cited="2018", found="2018", score=1.0, ok=True)
    pages = FieldCheck(field="pages", cited="856-869", found="856-864", score=0.3, ok=False)
    assert field_differences(_ref(ok, pages)) == ["pages: 856-869 → 856-864"]


def _article_with_claim_on(ref: Reference) -> ArticleFindings:
    claim = Claim(
        id="claim-1",
        type="sample_size",
        text="403 patients",
        start=0,
        end=12,
        sentence="403 patients.",
        reference_ids=[ref.id],
    )
    return ArticleFindings(path="a.md", sha256="0" * 64, chars=13, claims=[claim], references=[ref])


def _verified(kind: str | None) -> Reference:
    notice = Retraction(kind=kind, doi="10.1000/notice") if kind else None
    return Reference(
        id="ref-1", origin="reference_list", raw="x", verdict=Verdict.VERIFIED, retraction=notice
    )


def test_a_claim_on_a_retracted_work_rests_on_a_weak_source_whatever_its_verdict() -> None:
    for kind in ("retraction", "expression_of_concern"):
        article = _article_with_claim_on(_verified(kind))
        [row] = claim_rows(article)
        assert row.weak, kind
        assert _accused_claims(article) == ["claim-1"]


def test_a_corrected_or_clean_work_is_not_a_weak_source() -> None:
    for kind in ("correction", None):
        article = _article_with_claim_on(_verified(kind))
        [row] = claim_rows(article)
        assert not row.weak, kind
        assert _accused_claims(article) == []


def test_reference_labels_name_two_authors_and_shorten_more() -> None:
    from citecheck.formats.summary import reference_label
    from citecheck.models import Cited

    def label(*authors: str) -> str:
        return reference_label(
            Reference(
                id="r",
                origin="reference_list",
                raw="x",
                cited=Cited(authors=list(authors), year=2018),
            )
        )

    assert label("Zanos", "Gould") == "Zanos & Gould 2018"
    assert label("Zanos") == "Zanos 2018"
    assert label("Zanos", "Gould", "Moaddel") == "Zanos et al. 2018"
    assert label("Kishimoto", "et al.") == "Kishimoto et al. 2018"


def test_a_mention_found_by_its_topic_names_the_work_taken() -> None:
    """'as reported by the Harvard Gazette ✓ verified' alone reads as if the report were the
    work; the note says which study was taken for it."""
    from citecheck.formats.report import reference_note
    from citecheck.models import Reason, Record

    record = Record(
        doi="10.1056/nejmoa2302399",
        title="Ketamine versus ECT for Nonpsychotic Treatment-Resistant Major Depression",
        authors=["Anand", "Mathew"],
        journal="New England Journal of Medicine",
        year=2023,
    )
    found = Reference(
        id="ref-1",
        origin="in_text",
        raw="as reported by the Harvard Gazette",
        verdict=Verdict.VERIFIED,
        record=record,
        reasons=[Reason(code="study_behind_report", message="found the study")],
    )
    assert reference_note(found) == (
        "The study behind the report: Anand et al. (2023), “Ketamine versus ECT for "
        "Nonpsychotic Treatment-Resistant Major Depression”, New England Journal of Medicine."
    )
    by_fields = found.model_copy(update={"reasons": [Reason(code="doi_resolves", message="ok")]})
    assert reference_note(by_fields) is None


def test_a_claim_linked_from_a_neighbouring_sentence_says_so() -> None:
    from citecheck.formats.markdown import render_markdown

    text = "Anand and colleagues randomized 403 patients. Ketamine worked (Anand et al., 2023)."
    claim = Claim(
        id="claim-1",
        type="sample_size",
        text="403 patients",
        start=32,
        end=44,
        sentence="Anand and colleagues randomized 403 patients.",
        value={"value": 403, "unit": "patient"},
        reference_ids=["ref-1"],
        linked_by="next_sentence",
    )
    ref = Reference(
        id="ref-1", origin="in_text", raw="(Anand et al., 2023)", verdict=Verdict.VERIFIED
    )
    article = ArticleFindings(
        path="a.md", sha256="0", chars=len(text), claims=[claim], references=[ref]
    )
    findings = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    assert "(cited in the next sentence)" in render_markdown(findings)
    unlinked = article.model_copy(update={"claims": [claim.model_copy(update={"linked_by": None})]})
    plain = findings.model_copy(update={"articles": [unlinked]})
    assert "cited in the next sentence" not in render_markdown(plain)


def test_an_unchecked_reference_whose_doi_names_another_work_needs_action() -> None:
    """Offline, a real DOI under an invented title is unverifiable; the report must still say
    the DOI leads elsewhere, never 'Nothing found wrong' alone."""
    from citecheck.formats.report import reference_note
    from citecheck.models import Reason

    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw="Moreno, A. (2018). Rapid effects. Molecular Psychiatry. doi:10.1038/mp.2017.255",
        verdict=Verdict.UNVERIFIABLE,
        reasons=[
            Reason(code="doi_other_work", message="10.1038/mp.2017.255 identifies another work"),
            Reason(code="offline", message="search: the run is offline"),
        ],
    )
    article = ArticleFindings(path="a.md", sha256="0", chars=1, references=[ref])
    note = reference_note(ref)
    assert note is not None and note.startswith("10.1038/mp.2017.255 identifies another work.")
    assert "offline" in note
    findings = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    (view,) = build_report(findings).articles
    assert [s.heading for s in view.action] == ["Identifier leads to another work: check by hand"]
