"""A corrupt text cache (texts.sqlite3, the abstracts) is set aside and rebuilt as the main
cache is, so its warning is said once, not on every run after."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from citecheck.resolution.source import LookupStatus
from citecheck.resolution.source_text import SourceText, TextResult
from citecheck.resolution.texts import TextCache

BASE = "https://eutils.example.org/entrez/eutils"
DOI = "10.1000/a1"


def test_a_corrupt_text_cache_is_set_aside_once_and_rebuilt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "texts.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with caplog.at_level(logging.WARNING):
        cache = TextCache(path)
    assert "setting it aside" in caplog.text, caplog.text
    aside = list(tmp_path.glob("texts.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    cache.put(BASE, DOI, TextResult(status=LookupStatus.ABSENT))
    cache.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        again = TextCache(path)  # the next run: no warning, the answer kept
    assert caplog.text == ""
    found = again.get(BASE, DOI)
    assert found is not None and found.status is LookupStatus.ABSENT
    again.close()


def test_a_sound_text_cache_keeps_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "texts.sqlite3"
    cache = TextCache(path)
    text = SourceText(origin="pubmed", doi=DOI, title="A title")
    cache.put(BASE, DOI, TextResult(status=LookupStatus.FOUND, text=text))
    cache.close()
    found = TextCache(path).get(BASE, DOI)
    assert found is not None and found.text is not None and found.text.title == "A title"
    assert not list(tmp_path.glob("*.corrupt-*"))
