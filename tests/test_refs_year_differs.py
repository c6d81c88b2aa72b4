"""An in-text year that is not its entry's ("(Hay et al., 2009)" for the list's 2008) is linked
and said on the citation (`Citation.reasons`), never on the entry's verdict. Text of our own;
the work is real (Hay et al., BMJ 2008, PITCH)."""

from __future__ import annotations

from citecheck.extraction.references import YEAR_DIFFERS, extract_references
from citecheck.formats.report import build_report
from citecheck.models import ArticleFindings, Findings, Summary, ToolInfo

LIST = """

References

Hay, A.D., Costelloe, C., Redmond, N.M. et al. (2008) 'Paracetamol plus ibuprofen for the treatment of fever in children (PITCH): randomised controlled trial', BMJ, 337, a1302.
"""


def test_a_year_one_off_is_linked_and_noted() -> None:
    refs, (cite,) = extract_references(
        "Combined antipyretics were faster (Hay et al., 2009)." + LIST
    )
    assert cite.reference_id == refs[0].id
    assert [r.code for r in cite.reasons] == [YEAR_DIFFERS]
    assert "2009" in cite.reasons[0].message and "2008" in cite.reasons[0].message
    assert refs[0].reasons == []


def test_the_same_year_says_nothing() -> None:
    _refs, (cite,) = extract_references(
        "Combined antipyretics were faster (Hay et al., 2008)." + LIST
    )
    assert cite.reasons == []
    assert "reasons" not in cite.model_dump(mode="json")  # the file is unchanged for it


def test_the_report_lists_the_mention() -> None:
    text = "Combined antipyretics were faster (Hay et al., 2009)." + LIST
    refs, cites = extract_references(text)
    article = ArticleFindings(
        path="a.md", sha256="0" * 64, chars=len(text), references=refs, citations=cites
    )
    findings = Findings(
        tool=ToolInfo(version="0"), generated_at="2026-12-07T00:00:00Z", articles=[article],
        summary=Summary(articles=1, claims=0, references=1, verdicts={}),
    )  # fmt: skip
    (view,) = build_report(findings, only="problems").articles
    texts = [
        "".join(s.text for ln in e.text for s in ln) for sec in view.action for e in sec.entries
    ]
    assert any("(Hay et al., 2009)" in t and "the text gives 2009" in t for t in texts)
