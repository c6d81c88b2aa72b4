"""Report-side findings of the eighth first-time user trial (a journal's peer-review editor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main

# Anand et al., N Engl J Med 2023 (in the bundled snapshot), given a DOI that is no slip of the
# pen from its own: offline, the search finds the work under 10.1056/nejmoa2302399
ANAND_BIB = """@article{anand2023,
  author = {Anand, Amit and Mathew, Sanjay J. and Sanacora, Gerard},
  title = {Ketamine versus {ECT} for Nonpsychotic Treatment-Resistant Major Depression},
  journal = {N Engl J Med},
  year = {2023},
  volume = {388},
  pages = {2315--2325},
  doi = {10.1056/NEJMoa9999999}
}
"""


def _report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main(argv)
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_only_problems_shows_a_doi_a_search_found_the_work_under(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(ANAND_BIB, encoding="utf-8")
    argv = ["audit", "--bib", str(bib), "--offline", "--no-cache", "--no-progress"]
    out = _report([*argv, "--only", "problems", "--format", fmt], capsys)
    assert "DOI may be wrong" in out
    assert "10.1056/nejmoa2302399" in out
    assert "Nothing found wrong" not in out
