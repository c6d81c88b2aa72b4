"""A UTF-16 (or UTF-32) article or BibTeX file is named as such, with the command to convert it."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.inputs.encoding import utf16_or_32

TEXT = "Ketamine acted within 40 minutes (Zanos et al., 2016).\n"


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_utf16_and_utf32_are_recognised_with_or_without_a_mark(encoding, name):
    assert utf16_or_32(TEXT.encode(encoding)) == name


def test_utf8_and_binary_are_not_utf16():
    assert utf16_or_32(TEXT.encode("utf-8")) is None
    assert utf16_or_32(bytes(range(256)) * 4) is None


@pytest.mark.parametrize(
    ("command", "name", "text"),
    [
        ("claims", "a.md", TEXT),
        ("audit", "refs.bib", "@article{k, title = {A title}, year = {2020}}\n"),
    ],
)
def test_the_error_says_utf16_and_how_to_convert(tmp_path: Path, capsys, command, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-16"))
    argv = [command, str(path)] if command == "claims" else [command, "--bib", str(path)]
    with pytest.raises(SystemExit) as info:
        main([*argv, "--offline"] if command == "audit" else argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "is UTF-16 text, not UTF-8" in err and "iconv -f UTF-16 -t UTF-8" in err
