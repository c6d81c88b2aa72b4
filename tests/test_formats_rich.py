"""The rich terminal report, its shared derived data, and the progress bar.

Snapshots live in tests/snapshots/; regenerate with CITECHECK_UPDATE_SNAPSHOTS=1 after a
deliberate change, and read the diff before committing.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from citecheck.formats.progress import resolution_progress
from citecheck.formats.report import build_report
from citecheck.formats.rich_report import render_rich
from citecheck.formats.summary import (
    VERDICT_ORDER,
    bar_cells,
    claim_rows,
    format_value,
    shorten,
)
from citecheck.models import (
    ArticleFindings,
    Claim,
    ClaimType,
    Findings,
    Reason,
    Reference,
    ToolInfo,
    Verdict,
    summarise,
)

TESTS = Path(__file__).resolve().parent
SAMPLE = TESTS / "fixtures" / "findings_sample.json"
SNAPSHOTS = TESTS / "snapshots"
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-9]")  # foreground colour codes (30-39, 38;...)


def load_sample() -> Findings:
    return Findings.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


def render(findings: Findings, width: int, view: str = "audit") -> str:
    console = Console(
        width=width, record=True, color_system=None, force_terminal=False, file=io.StringIO()
    )
    render_rich(findings, console, view=view)  # type: ignore[arg-type]
    # Table padding leaves trailing spaces that editors strip; they carry no meaning.
    return "\n".join(line.rstrip() for line in console.export_text().splitlines()) + "\n"


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("CITECHECK_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"snapshot {path} is missing; run with CITECHECK_UPDATE_SNAPSHOTS=1")
    assert text == path.read_text(encoding="utf-8"), f"rendering differs from {path}"


def unchecked(findings: Findings) -> Findings:
    """The sample as `citecheck refs` sees it: references found but not verified."""
    articles = [
        article.model_copy(
            update={
                "references": [
                    Reference(id=r.id, origin=r.origin, raw=r.raw, cited=r.cited)
                    for r in article.references
                ]
            }
        )
        for article in findings.articles
    ]
    return findings.model_copy(update={"articles": articles, "summary": summarise(articles)})


def action_part(text: str) -> str:
    """The first article's "Needs action" block: from its heading to the references table."""
    start = text.index("Needs action")
    return text[start : text.index("References", start)]


def after_tables(text: str) -> str:
    """The first article's sections below its tables (what needs no fix but is worth knowing)."""
    start = text.index("Claims by type")
    end = text.find("seeds/", start)
    return text[start : end if end != -1 else None]


# --- fixture sanity ----------------------------------------------------------------------------


def test_sample_covers_what_the_report_must_show() -> None:
    findings = load_sample()
    refs = [r for a in findings.articles for r in a.references]
    assert {r.verdict for r in refs} == set(Verdict)
    assert {r.retraction.kind for r in refs if r.retraction} == {
        "retraction",
        "expression_of_concern",
        "correction",
    }
    assert len(findings.articles) == 2
    assert findings.summary == summarise(findings.articles)
    rows = [row for a in findings.articles for row in claim_rows(a)]
    assert any(row.uncited for row in rows)
    assert any(s.verdict is Verdict.NOT_FOUND for row in rows for s in row.support)


# --- snapshots ---------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 160])
def test_audit_report_snapshot(width: int) -> None:
    check_snapshot(f"rich_audit_{width}.txt", render(load_sample(), width))


def test_claims_view_snapshot() -> None:
    check_snapshot("rich_claims_80.txt", render(load_sample(), 80, "claims"))


def test_refs_view_snapshot() -> None:
    check_snapshot("rich_refs_80.txt", render(unchecked(load_sample()), 80, "refs"))


# --- content -----------------------------------------------------------------------------------


@pytest.mark.parametrize("view", ["audit", "claims", "refs"])
def test_no_line_wider_than_80(view: str) -> None:
    text = render(load_sample(), 80, view)
    too_wide = [line for line in text.splitlines() if cell_len(line) > 80]
    assert too_wide == []


@pytest.mark.parametrize("width", [80, 160])
def test_every_reference_and_claim_appears(width: int) -> None:
    findings = load_sample()
    text = render(findings, width)
    sections = text.split("seeds/")[1:]  # one per article, in order
    assert len(sections) == len(findings.articles)
    for article, section in zip(findings.articles, sections, strict=True):
        for ref in article.references:
            assert ref.id in section
        for claim in article.claims:
            assert claim.id in section
            assert claim.type in section


def test_the_report_leads_with_what_needs_action() -> None:
    findings = load_sample()
    text = render(findings, 80)
    action = action_part(text)
    assert text.index("Needs action") < text.index("References")
    not_found = [r for r in findings.articles[0].references if r.verdict is Verdict.NOT_FOUND]
    assert not_found
    heading = action.index("Not found, possibly invented")
    for ref in not_found:
        assert ref.id in action[heading:]


def test_only_problems_prints_just_what_needs_action() -> None:
    findings = load_sample()
    console = Console(width=80, record=True, color_system=None, file=io.StringIO())
    render_rich(findings, console, only="problems")
    text = console.export_text()
    assert "Needs action" in text and "Not found, possibly invented" in text
    assert "Claims by type" not in text and "References\n" not in text
    assert "Claims citing no source" not in text


def test_wrong_doi_fix_names_both_dois() -> None:
    findings = load_sample()
    action = action_part(render(findings, 160))
    wrong = [r for r in findings.articles[0].references if r.verdict is Verdict.WRONG_DOI]
    assert wrong
    for ref in wrong:
        assert f"{ref.cited.doi} → {ref.suggested_doi}" in action


def test_retraction_marks_and_mismatch_fields_shown() -> None:
    text = render(load_sample(), 80)
    for mark in ("⊘ retracted", "EXPRESSION OF CONCERN", "CORRECTED"):
        assert mark in text
    assert "year: 2017 → 2018" in text


def test_claims_on_weak_sources_are_flagged() -> None:
    findings = load_sample()
    text = render(findings, 80)
    action = action_part(text)
    accused = action[action.index("Claims resting on works not found") :]
    claims = findings.articles[0].claims
    # claim-3 rests on not_found, claim-5 on wrong_doi: told in what needs action
    assert {c.id for c in claims if f"{c.id} " in accused} == {"claim-3", "claim-5"}
    # claim-6 rests on a web page (unverifiable): marked in the claims table, not accused
    table = text[text.index("Claims by type") :]
    row = table[table.index("claim-6") :]
    assert "⚠ weak source" in row[: row.index("claim-", 1) if "claim-" in row[1:] else None]
    assert "no citation" in render(findings, 80, "claims")


def test_long_id_lists_of_unchecked_references_stay_readable_at_80() -> None:
    """Twelve references sharing one reason: the ids wrap, the reason stays on whole lines."""
    refs = [
        Reference(
            id=f"ref-{i}",
            origin="bib",
            raw="x",
            verdict=Verdict.UNVERIFIABLE,
            reasons=[Reason(code="offline", message="the run is offline")],
        )
        for i in range(1, 13)
    ]
    article = ArticleFindings(path="many.bib", sha256="0" * 64, chars=1, references=refs)
    findings = load_sample().model_copy(
        update={"articles": [article], "summary": summarise([article])}
    )
    rest = render(findings, 80)
    rest = rest[rest.index("Could not be checked") :]
    assert "run again online" in rest
    assert "ref-12" in rest
    assert max(len(line) for line in rest.splitlines()) <= 80


def test_brackets_in_titles_print_literally() -> None:
    assert "[Rapid] anxiolysis" in render(load_sample(), 160)


def test_refs_view_says_not_checked() -> None:
    text = render(unchecked(load_sample()), 80, "refs")
    assert "not checked" in text
    assert "✓ verified" not in text
    assert "cite-7" in text and "no match" in text


def test_total_only_with_several_articles() -> None:
    findings = load_sample()
    assert "Total, all articles" in render(findings, 80)
    one = findings.articles[:1]
    single = findings.model_copy(update={"articles": one, "summary": summarise(one)})
    assert "Total, all articles" not in render(single, 80)


def test_clean_article_has_nothing_to_fix() -> None:
    findings = load_sample()
    ref = findings.articles[0].references[0]
    assert ref.verdict is Verdict.VERIFIED and ref.retraction is None
    article = ArticleFindings(path="clean.md", sha256="c" * 64, chars=10, references=[ref])
    clean = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    assert "Nothing to fix" in render(clean, 80)


def test_empty_article_and_empty_run_render() -> None:
    article = ArticleFindings(path="empty.md", sha256="d" * 64, chars=0)
    findings = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    text = render(findings, 80)
    assert "No references found." in text and "No checkable claims found." in text
    nothing = findings.model_copy(update={"articles": [], "summary": summarise([])})
    assert "No articles" in render(nothing, 80)


# --- colour ------------------------------------------------------------------------------------


def test_colour_on_a_colour_terminal() -> None:
    # The control for the two tests below: the report does use colour when allowed.
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, color_system="truecolor")
    render_rich(load_sample(), console)
    assert ANSI_COLOUR.search(out.getvalue())


def test_no_colour_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    out = io.StringIO()
    render_rich(load_sample(), Console(file=out, width=80))
    assert "\x1b[" not in out.getvalue()


def test_no_colour_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    out = io.StringIO()
    render_rich(load_sample(), Console(file=out, width=80, force_terminal=True))
    assert not ANSI_COLOUR.search(out.getvalue())


# --- derived data ------------------------------------------------------------------------------


def test_each_reference_is_listed_in_one_section_only() -> None:
    """A reference with a likely DOI that could not be confirmed is not also told to be fixed."""
    for article in build_report(load_sample()).articles:
        keys = [
            span.text
            for section in (*article.action, *article.rest)
            if not section.heading.startswith("Claims")
            for entry in section.entries
            for span in entry.key
            if span.code
        ]
        assert len(keys) == len(set(keys)), keys


def test_sentences_carry_no_reason_codes() -> None:
    text = render(load_sample(), 160)
    for code in ("not_scholarly", "too_little_to_search", "search_no_match", "offline —"):
        assert code not in text


def test_an_article_without_references_says_so() -> None:
    claim = load_sample().articles[0].claims[0].model_copy(update={"reference_ids": []})
    article = ArticleFindings(path="bare.md", sha256="b" * 64, chars=10, claims=[claim])
    findings = Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )
    text = render(findings, 80)
    assert "No references found; 1 claim cites no source." in text
    assert "Nothing to fix" not in text


@pytest.mark.parametrize("width", [40, 50, 60])
def test_narrow_terminals_get_a_compact_layout_that_fits(width: int) -> None:
    text = render(load_sample(), width)
    assert max(cell_len(line) for line in text.splitlines()) <= width
    # ids and verdicts stay whole on one line rather than being cut a letter a line
    assert "ref-4  ✗ not found" in text


def test_wide_terminals_give_titles_the_room_they_have() -> None:
    long_title = "Harrington & Volkov 2022 · [Rapid] anxiolysis after a single low-dose ketamine"
    assert long_title not in render(load_sample(), 80).replace("\n          ", " ")
    assert long_title in render(load_sample(), 200)


def test_piped_output_has_no_trailing_spaces() -> None:
    out = io.StringIO()
    render_rich(load_sample(), Console(file=out, width=100))
    assert [line for line in out.getvalue().splitlines() if line != line.rstrip()] == []


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        ({"value": 403, "unit": "patient"}, None, "403 patients"),
        ({"value": 1, "unit": "week"}, None, "1 week"),
        ({"low": 0.5, "high": 1.0, "unit": "mg/kg"}, None, "0.5–1 mg/kg"),
        ({"value": 24, "unit": "hour"}, "within", "within 24 hours"),
        ({"unit": "hour", "high_unit": "day", "vague": True}, "within", "within hours to days"),
        ({"descriptor": "a few", "unit": "week", "vague": True}, None, "a few weeks"),
        ({"descriptor": "low"}, None, "low (no figure given)"),
        ({"choices": [28, 56, 84], "low": 28, "high": 84, "unit": "mg"}, None, "28, 56 or 84 mg"),
        ({}, None, "—"),
    ],
)
def test_format_value(value: dict, qualifier: str | None, expected: str) -> None:
    """Amount-shaped values (times, doses, counts) in words."""
    claim = Claim(
        id="claim-1",
        type=ClaimType.DOSE,
        text="x",
        start=0,
        end=1,
        sentence="x",
        value=value,
        qualifier=qualifier,
    )
    assert format_value(claim) == expected


@pytest.mark.parametrize(
    ("kind", "value", "qualifier", "expected"),
    [
        (
            ClaimType.FREQUENCY_SCHEDULE,
            {"count": 6, "count_unit": "infusion", "bounds": {"low": 2, "high": 3, "unit": "week"}},
            None,
            "6 infusions over 2–3 weeks",
        ),
        (
            ClaimType.FREQUENCY_SCHEDULE,
            {"frequency": 2, "period": 1, "period_unit": "week"},
            None,
            "2× per week",
        ),
        (
            ClaimType.FREQUENCY_SCHEDULE,
            {
                "frequency": 1,
                "frequency_max": 2,
                "period": 1,
                "period_unit": "week",
                "count_unit": "dose",
            },
            None,
            "1–2 doses per week",
        ),
        (
            ClaimType.PERCENTAGE,
            {"value": 55, "denominator": "participant"},
            None,
            "55% of participants",
        ),
        (
            ClaimType.PERCENTAGE,
            {"numerator": 10, "total": 12, "value": 83.3},
            None,
            "10 of 12 (83.3%)",
        ),
        (
            ClaimType.PERCENTAGE,
            {
                "descriptor": "majority",
                "low": 50,
                "high": 100,
                "low_inclusive": False,
                "denominator": "participant",
            },
            None,
            "majority (over 50%) of participants",
        ),
        (
            ClaimType.ROUTE,
            {"route": "intravenous", "form": "infusion"},
            None,
            "intravenous (infusion)",
        ),
        (
            ClaimType.STUDY_ATTRIBUTION,
            {"form": "parenthetical", "authors": ["Sleigh"], "et_al": True, "year": 2014},
            None,
            "Sleigh et al. 2014",
        ),
        (
            ClaimType.STUDY_ATTRIBUTION,
            {"form": "narrative_venue", "year": 2016, "venue": "Biological Psychiatry"},
            None,
            "Biological Psychiatry, 2016",
        ),
        (
            ClaimType.OTHER_QUANTITY,
            {"magnitude": 1000000, "vague": True, "unit": "person"},
            None,
            "millions of people",
        ),
        (
            "user_added_type",
            {"level": "high", "scale": {"max": 10}},
            None,
            "level=high, scale={max=10}",
        ),
    ],
)
def test_format_value_of_each_claim_type(kind, value: dict, qualifier, expected: str) -> None:
    claim = Claim(
        id="claim-1",
        type=kind,
        text="x",
        start=0,
        end=1,
        sentence="x",
        value=value,
        qualifier=qualifier,
    )
    assert format_value(claim) == expected


counts_strategy = st.fixed_dictionaries({v: st.integers(0, 500) for v in VERDICT_ORDER})


@given(counts=counts_strategy, width=st.integers(5, 120))
def test_bar_cells_fill_and_keep_every_verdict(counts: dict, width: int) -> None:
    cells = dict(bar_cells(counts, width))
    total = sum(counts.values())
    assert set(cells) == {v for v, n in counts.items() if n > 0}
    assert all(n >= 1 for n in cells.values())
    if total == 0:
        assert cells == {}
    elif total <= width:
        assert cells == {v: n for v, n in counts.items() if n > 0}
    else:
        assert sum(cells.values()) == width


@given(text=st.text(), limit=st.integers(2, 100))
def test_shorten_respects_limit(text: str, limit: int) -> None:
    short = shorten(text, limit)
    assert len(short) <= limit
    flat = " ".join(text.split())
    if len(flat) <= limit:
        assert short == flat
    else:
        assert short.endswith("…")


# --- progress ----------------------------------------------------------------------------------


def _ref(i: int) -> Reference:
    return Reference(id=f"ref-{i}", origin="in_text", raw="x")


def test_progress_disabled_or_not_a_terminal_writes_nothing() -> None:
    for enabled, terminal in [(False, True), (True, False)]:
        out = io.StringIO()
        console = Console(file=out, force_terminal=terminal, width=80)
        with resolution_progress(3, enabled=enabled, console=console) as on_progress:
            for i in range(3):
                on_progress(_ref(i))
        assert out.getvalue() == ""


def test_progress_on_a_terminal_draws_a_bar() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=80, color_system=None)
    with resolution_progress(2, enabled=True, console=console) as on_progress:
        on_progress(_ref(1))
        on_progress(_ref(2))
    assert "checking references" in out.getvalue()
    assert "2/2" in out.getvalue()
