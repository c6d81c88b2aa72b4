"""An output file never replaces an input, and two outputs never share a file: such a run is
refused before anything is read or written (one line, exit 2), so a slip of tab completion
(`--json draft.md`) cannot cost the user the article they are checking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citecheck.cli import main

ARTICLE = "Ketamine acted within 40 minutes in 55% of 67 patients [@zanos2016].\n"
BIB = "@article{zanos2016,\n  title = {NMDAR inhibition-independent antidepressant actions},\n  year = {2016}\n}\n"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), capsys.readouterr().err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    article = tmp_path / "draft.md"
    article.write_text(ARTICLE, encoding="utf-8")
    bib = tmp_path / "refs.bib"
    bib.write_text(BIB, encoding="utf-8")
    return {"article": article, "bib": bib, "dir": tmp_path}


def _unchanged(files: dict[str, Path]) -> None:
    assert files["article"].read_text(encoding="utf-8") == ARTICLE
    assert files["bib"].read_text(encoding="utf-8") == BIB


@pytest.mark.parametrize("option", ["--json", "--fix-bib", "--dump-text"])
def test_an_output_naming_the_article_is_refused(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], option: str
) -> None:
    article = files["article"]
    argv = ["audit", str(article), "--bib", str(files["bib"]), "--offline", "--no-cache"]
    code, err = _run([*argv, option, str(article)], capsys)
    assert code == 2, err
    assert err.count("\n") == 1 and option in err and "input" in err, err
    _unchanged(files)


@pytest.mark.parametrize("option", ["--json", "--fix-bib"])
def test_an_output_naming_a_bib_file_is_refused(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], option: str
) -> None:
    bib = files["bib"]
    argv = ["audit", str(files["article"]), "--bib", str(bib), "--offline", "--no-cache"]
    code, err = _run([*argv, option, str(bib)], capsys)
    assert code == 2, err
    assert err.count("\n") == 1 and "--bib" in err, err
    _unchanged(files)


def test_the_same_file_by_another_spelling_or_a_link_is_refused(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, article = files["dir"], files["article"]
    (folder / "sub").mkdir()
    (folder / "link.md").symlink_to(article)
    os.link(article, folder / "hard.md")
    monkeypatch.chdir(folder)
    for name in ["sub/../draft.md", str(folder / "link.md"), "hard.md"]:
        for command in (["claims"], ["refs"]):
            code, err = _run([*command, "draft.md", "--json", name], capsys)
            assert code == 2, (name, err)
            assert err.count("\n") == 1, err
    _unchanged(files)


def test_two_outputs_naming_one_file_are_refused(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = files["dir"] / "out.json"
    for command in (["claims"], ["refs"], ["audit", "--offline", "--no-cache"]):
        code, err = _run(
            [*command, str(files["article"]), "--json", str(out), "--dump-text", str(out)], capsys
        )
        assert code == 2, err
        assert err.count("\n") == 1 and "--json" in err and "--dump-text" in err, err
        assert not out.exists()


def test_distinct_outputs_are_written(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = files["dir"]
    code, err = _run(
        [
            "audit",
            str(files["article"]),
            "--bib",
            str(files["bib"]),
            "--offline",
            "--no-cache",
            "--json",
            str(folder / "f.json"),
            "--fix-bib",
            str(folder / "fixed.bib"),
            "--dump-text",
            str(folder / "t.txt"),
        ],
        capsys,
    )
    assert code in (0, 1), err
    assert all((folder / name).exists() for name in ("f.json", "fixed.bib", "t.txt"))
    _unchanged(files)


def test_a_device_may_take_several_outputs(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # /dev/null is written through, never replaced: naming it twice loses nothing
    argv = ["claims", str(files["article"]), "--json", os.devnull, "--dump-text", os.devnull]
    code, err = _run(argv, capsys)
    assert code == 0, err


@pytest.mark.parametrize("option", ["--fix-bib", "--dump-text"])
def test_a_file_named_dash_is_guarded_where_dash_means_a_file(
    files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: str,
) -> None:
    # only --json takes `-` for standard output; --fix-bib - and --dump-text - write a file named
    # "-", which must not be the article ./- (nor the bib) being read
    folder = files["dir"]
    monkeypatch.chdir(folder)
    dash = folder / "-"
    dash.write_text("\ufeff" + ARTICLE.replace("\n", "\r\n"), encoding="utf-8")
    before = dash.read_bytes()
    argv = ["audit", "./-", "--bib", str(files["bib"]), "--offline", "--no-cache"]
    code, err = _run([*argv, option, "-"], capsys)
    assert code == 2, err
    assert err.count("\n") == 1 and option in err and "input" in err, err
    assert dash.read_bytes() == before
    _unchanged(files)
