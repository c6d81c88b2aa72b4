"""`run_audit`: the whole pipeline behind one call, with the source and progress passed in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from citecheck.audit import NO_MAILTO, AuditResult, OnProgress, run_audit
from citecheck.errors import InputError
from citecheck.models import Reference, Verdict
from citecheck.resolution.factory import SourceSettings
from citecheck.resolution.source import LookupStatus
from fakes import FakeCrossref

MESSAGE = {
    "DOI": "10.1038/nature17432",
    "title": ["NMDAR inhibition-independent antidepressant actions of ketamine metabolites"],
    "author": [{"family": "Zanos", "given": "Panos"}, {"family": "Moaddel", "given": "Ruin"}],
    "container-title": ["Nature"],
    "issued": {"date-parts": [[2016]]},
    "type": "journal-article",
}

ARTICLE = """Ketamine metabolites act within hours (Zanos et al., 2016).

## References

- Zanos, P., & Moaddel, R. (2016). NMDAR inhibition-independent antidepressant actions of
  ketamine metabolites. *Nature*. https://doi.org/10.1038/nature17432
"""


def _article(tmp_path: Path) -> str:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_run_audit_verifies_through_the_given_source_and_reports_progress(tmp_path):
    seen: list[str] = []
    totals: list[int] = []

    @contextmanager
    def progress(total: int) -> Iterator[OnProgress]:
        totals.append(total)

        def advance(ref: Reference) -> None:
            seen.append(ref.id)

        yield advance

    source = FakeCrossref([MESSAGE])
    result = run_audit([_article(tmp_path)], [], SourceSettings(), progress=progress, source=source)
    assert isinstance(result, AuditResult)
    (article,) = result.findings.articles
    assert [ref.verdict for ref in article.references] == [Verdict.VERIFIED]
    assert totals == [1] and seen == [article.references[0].id]
    assert result.warnings == []
    assert ("doi", "10.1038/nature17432") in source.calls


def test_the_sources_warnings_and_the_network_warning_come_back_as_values(tmp_path):
    source = FakeCrossref(
        [MESSAGE], doi_status=LookupStatus.FAILED, search_status=LookupStatus.FAILED
    )
    source.warnings.append("the server asked us to wait")
    result = run_audit([_article(tmp_path)], [], SourceSettings(), source=source)
    (ref,) = result.findings.articles[0].references
    assert ref.verdict is Verdict.UNVERIFIABLE
    assert result.warnings[0] == "the server asked us to wait"
    assert len(result.warnings) == 2 and "could not be checked" in result.warnings[1]


def test_nothing_to_audit_is_an_input_error():
    with pytest.raises(InputError, match="at least one ARTICLE"):
        run_audit([], [], SourceSettings(), source=FakeCrossref([]))


def test_no_mailto_gives_one_line_on_speed_and_how_to_fix_it(tmp_path, monkeypatch):
    import citecheck.audit

    # the run's own source, as build_source would make it, answering from memory
    monkeypatch.setattr(citecheck.audit, "build_source", lambda _settings: FakeCrossref([MESSAGE]))
    monkeypatch.delenv("CITECHECK_MAILTO", raising=False)
    article = _article(tmp_path)
    warnings = run_audit([article], [], SourceSettings(use_cache=False)).warnings
    assert warnings == [NO_MAILTO]
    with_mailto = SourceSettings(use_cache=False, mailto="editor@example.org")
    assert run_audit([article], [], with_mailto).warnings == []
    offline = SourceSettings(offline=True, use_cache=False)
    assert run_audit([article], [], offline).warnings == []
