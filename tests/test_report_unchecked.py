"""References that could not be checked (offline, a failed lookup) are never summed up as
"nothing found wrong": the report says how many, which, and why, also under `--only problems`,
in the terminal and in Markdown. Nothing here turns an unchecked reference into a finding."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from citecheck.formats.markdown import render_markdown
from citecheck.formats.report import build_report
from citecheck.formats.rich_report import render_rich
from citecheck.models import (
    ArticleFindings,
    Findings,
    Reason,
    Reference,
    ToolInfo,
    Verdict,
    summarise,
)


def _ref(rid: str, verdict: Verdict, code: str | None = None) -> Reference:
    reasons = [Reason(code=code, message=f"lookup: {code}")] if code else []
    return Reference(id=rid, origin="reference_list", raw=rid, verdict=verdict, reasons=reasons)


def _findings(*refs: Reference) -> Findings:
    article = ArticleFindings(path="a.md", sha256="0", chars=1, references=list(refs))
    return Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )


def _outputs(findings: Findings) -> list[str]:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    render_rich(findings, console, view="audit", only="problems")
    return [console.file.getvalue(), render_markdown(findings, view="audit", only="problems")]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "refs",
    [
        [_ref("ref-1", Verdict.VERIFIED), _ref("ref-2", Verdict.UNVERIFIABLE, "offline")],
        [_ref("ref-2", Verdict.UNVERIFIABLE, "offline")],
        [
            _ref("ref-2", Verdict.UNVERIFIABLE, "offline"),
            _ref("ref-3", Verdict.UNVERIFIABLE, "network"),
        ],
    ],
)
def test_unchecked_references_are_named_with_why_never_nothing_wrong(
    refs: list[Reference],
) -> None:
    findings = _findings(*refs)
    (view,) = build_report(findings, only="problems").articles
    assert view.verdict is not None and view.verdict.style != "ok"
    for out in _outputs(findings):
        assert "Nothing found wrong" not in out and "✓ Nothing" not in out, out
        assert "ref-2" in out and "offline" in out, out
        if len(refs) == 2 and refs[1].id == "ref-3":
            assert "ref-3" in out and "lookup failed" in out, out


def test_unchecked_references_are_named_beside_what_needs_action() -> None:
    findings = _findings(
        _ref("ref-1", Verdict.NOT_FOUND, "doi_not_registered"),
        _ref("ref-2", Verdict.UNVERIFIABLE, "offline"),
    )
    for out in _outputs(findings):
        assert "ref-1" in out
        assert "could not be checked" in out and "ref-2" in out and "offline" in out, out


def test_every_reference_checked_keeps_its_all_clear() -> None:
    (view,) = build_report(_findings(_ref("ref-1", Verdict.VERIFIED)), only="problems").articles
    assert view.verdict is not None and view.verdict.style == "ok"
