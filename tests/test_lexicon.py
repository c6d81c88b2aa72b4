"""The one lexicon and the one author-name reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.errors import RulesError
from citecheck.extraction.names import ET_AL_RE, family_names, is_institution, is_organisation
from citecheck.lexicon import LEXICON, load_lexicon


def test_bundled_lexicon_says_what_names_are() -> None:
    assert LEXICON.news.search("the Harvard Gazette")
    assert LEXICON.news.search("The Wall  Street Journal")  # any white space between words
    assert not LEXICON.news.search("Postgraduate")  # whole words only
    assert is_institution("Yale Medicine") and is_institution("the NIMH")
    assert is_organisation("national institute of mental health")  # any case
    assert LEXICON.journal_opener.match("Annual Reviews of Medicine")
    assert LEXICON.journal_ending.search("Biological Psychiatry")
    assert "works cited" in LEXICON.reference_headings
    assert "al" in LEXICON.abbreviations


def test_a_broken_lexicon_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("news_words: Gazette\n", encoding="utf-8")
    with pytest.raises(RulesError, match="must be a non-empty list of words"):
        load_lexicon(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zanos et al.", ["Zanos"]),
        ("Zanos, et. al", ["Zanos"]),
        ("Jamie Sleigh, Et al.", ["Sleigh"]),
        ("Åsberg et al.", ["Åsberg"]),
        ("Zanos and Gould", ["Zanos", "Gould"]),
        ("Smith, J. K., & Lee, K.", ["Smith", "Lee"]),
        ("NIMH and FDA", ["NIMH", "FDA"]),
        ("U.S. Food and Drug Administration", ["U.S. Food and Drug Administration"]),
    ],
)
def test_family_names(text: str, expected: list[str]) -> None:
    names, et_al = family_names(text)
    assert names == expected
    assert et_al is ("al" in text.lower())


def test_et_al_takes_its_comma_and_spaces() -> None:
    assert ET_AL_RE.sub("", "Zanos,  et al. 2018") == "Zanos 2018"
    assert ET_AL_RE.sub("", "Zanos et al") == "Zanos"
    assert ET_AL_RE.search(" " * 5000 + "x") is None
