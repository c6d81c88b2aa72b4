"""Offline, a cited DOI one slip from the DOI of the work the snapshot search finds is a wrong
DOI (the search is the evidence), shown where the user acts: "Needs action", `--only
problems`, the exit code, the GitHub annotations. A DOI the snapshot does not hold, with no
work found, stays unverifiable (an offline miss is never evidence)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main

RIGHT = "10.5555/citecheck.slip.2024.318"
SLIPPED = "10.5555/citecheck.slip.2024.381"
TITLE = "Evening light exposure and sleep onset in shift workers"
RECORD = {
    "DOI": RIGHT,
    "type": "journal-article",
    "title": [TITLE],
    "author": [{"given": "R.", "family": "Okonkwo"}, {"given": "L.", "family": "Varga"}],
    "container-title": ["Journal of Test Sleep Research"],
    "issued": {"date-parts": [[2024]]},
    "volume": "9",
    "issue": "2",
    "page": "318-327",
}


def _article(tmp_path: Path, doi: str) -> Path:
    path = tmp_path / "article.md"
    path.write_text(
        "Shift workers fell asleep 20 minutes sooner after dimming lights [1].\n\n"
        "## References\n\n"
        f"1. Okonkwo R, Varga L. {TITLE}. J Test Sleep Res. 2024;9(2):318-327. doi:{doi}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    path = tmp_path / "snapshot.jsonl"
    path.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    return path


def _audit(article: Path, snapshot: Path, *extra: str) -> int:
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit) as info:
        main([*argv, "--snapshot", str(snapshot), *extra])
    return int(info.value.code or 0)


def test_a_slipped_doi_is_a_wrong_doi_offline(
    tmp_path: Path, snapshot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = _article(tmp_path, SLIPPED)
    code = _audit(article, snapshot, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert code == 1
    assert ref["verdict"] == "wrong_doi"
    assert ref["suggested_doi"] == RIGHT
    assert [r["code"] for r in ref["reasons"]][:2] == ["doi_mistyped", "search_match"]

    _audit(article, snapshot, "--only", "problems", "--format", "markdown")
    problems = capsys.readouterr().out
    assert "Needs action" in problems
    assert SLIPPED in problems and RIGHT in problems

    _audit(article, snapshot, "--format", "github")
    annotations = capsys.readouterr().out
    assert any(line.startswith("::error") and RIGHT in line for line in annotations.splitlines())


def test_the_right_doi_offline_is_verified(
    tmp_path: Path, snapshot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _audit(_article(tmp_path, RIGHT), snapshot, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert (code, ref["verdict"]) == (0, "verified")


def test_the_work_under_an_unrelated_doi_offline_stays_unverifiable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the same work under a DOI that is no slip of the cited one (an alias, another version's):
    # the cited DOI went unchecked, so the work found is a lead, not evidence against it
    other = tmp_path / "other.jsonl"
    other.write_text(
        json.dumps({**RECORD, "DOI": "10.5555/aliased-work-9"}) + "\n", encoding="utf-8"
    )
    code = _audit(_article(tmp_path, SLIPPED), other, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert code == 0
    assert ref["verdict"] == "unverifiable"
    assert ref["suggested_doi"] == "10.5555/aliased-work-9"
    assert [r["code"] for r in ref["reasons"]] == ["offline", "search_match_other_doi"]
    # the report says both: the DOI went unchecked, and where the work was found
    _audit(_article(tmp_path, SLIPPED), other, "--format", "markdown")
    report = capsys.readouterr().out
    assert "search found the cited work under 10.5555/aliased-work-9" in report
    assert "no local copy had it" not in report


def test_an_offline_miss_with_nothing_found_stays_unverifiable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unrelated = {
        **RECORD,
        "DOI": "10.5555/citecheck.slip.2019.77",
        "title": ["Sodium intake and blood pressure in adolescents"],
        "author": [{"given": "M.", "family": "Lindgren"}],
        "container-title": ["Journal of Test Cardiology"],
        "issued": {"date-parts": [[2019]]},
        "page": "77-85",
    }
    snapshot = tmp_path / "unrelated.jsonl"
    snapshot.write_text(json.dumps(unrelated) + "\n", encoding="utf-8")
    code = _audit(_article(tmp_path, SLIPPED), snapshot, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert code == 0
    assert ref["verdict"] == "unverifiable"
    assert ref["suggested_doi"] is None


def test_a_companion_paper_one_doi_away_does_not_make_the_cited_doi_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a two-part paper: the snapshot holds part 1 (DOI ...318), the article cites part 2 by
    # its own correct DOI (...319), one keystroke away. The titles differ by one character,
    # so the search confirms part 1; its pages show it is another paper, so the cited DOI
    # went unchecked, never wrong
    part_one = {**RECORD, "title": [f"{TITLE}: part 1"]}
    snapshot = tmp_path / "part1.jsonl"
    snapshot.write_text(json.dumps(part_one) + "\n", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(
        "Shift workers fell asleep 20 minutes sooner after dimming lights [1].\n\n"
        "## References\n\n"
        f"1. Okonkwo R, Varga L. {TITLE}: part 2. J Test Sleep Res. 2024;9(2):328-337. "
        "doi:10.5555/citecheck.slip.2024.319\n",
        encoding="utf-8",
    )
    code = _audit(article, snapshot, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert ref["verdict"] == "unverifiable"
    assert code == 0


def test_a_slipped_doi_citing_no_pages_stays_unverifiable(
    tmp_path: Path, snapshot: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # without pages nothing tells the cited work from a neighbour in the same issue
    article = tmp_path / "article.md"
    article.write_text(
        "Shift workers fell asleep 20 minutes sooner after dimming lights [1].\n\n"
        "## References\n\n"
        f"1. Okonkwo R, Varga L. {TITLE}. J Test Sleep Res. 2024. doi:{SLIPPED}\n",
        encoding="utf-8",
    )
    code = _audit(article, snapshot, "--format", "json")
    ref = json.loads(capsys.readouterr().out)["articles"][0]["references"][0]
    assert (code, ref["verdict"], ref["suggested_doi"]) == (0, "unverifiable", RIGHT)
