"""What the CLI says on standard error when the lookups could not be made."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main
from crossref_stub import CrossrefStub

ARTICLE = """Ketamine helped 40 patients (Author1 et al., 2011).

## References

Author1, A., & Other, B. (2011). Ketamine trial number 1 in treatment resistant depression.
Journal of Affective Disorders, 3(2), 10-20.
"""


def test_a_long_retry_after_is_announced_and_the_run_says_nothing_was_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with CrossrefStub({}, retry_after=3600) as stub:
        stub.fail_next(100_000, "429")
        with pytest.raises(SystemExit) as info:
            main(
                [
                    "audit",
                    str(article),
                    "--crossref-url",
                    stub.url,
                    "--doi-url",
                    stub.doi_url,
                    "--mailto",
                    "qa@example.org",
                    "--no-progress",
                    "--format",
                    "json",
                ]
            )
    err = capsys.readouterr().err
    assert info.value.code == 0  # unverifiable is not in the default --fail-on ...
    warnings = [line for line in err.splitlines() if line.startswith("citecheck: warning:")]
    assert any("3600 s (Retry-After)" in line for line in warnings), err
    assert any("the only reference could not be checked" in line for line in warnings), err
    assert len(stub.log) <= 3  # the hour is not waited out, nor retried against
