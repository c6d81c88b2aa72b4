"""Normalisation used on both sides of every field comparison."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citecheck.verification.normalize import (
    family_core,
    fold,
    is_et_al,
    journal_abbreviation_match,
    normalize_number,
    normalize_title,
    parse_pages,
    split_subtitle,
)


def test_fold_strips_tags_entities_accents_and_punctuation():
    assert fold("<jats:i>Tumour</jats:i> &amp; Gómez–Ruiz, Øster!") == "tumour gomez ruiz oster"


def test_title_normalisation_folds_british_spelling_and_retracted_prefix():
    assert normalize_title(
        "Behaviour of anaemia in paediatric randomised trials"
    ) == normalize_title("Behavior of anemia in pediatric randomized trials")
    assert normalize_title("RETRACTED: Hydroxychloroquine or chloroquine") == normalize_title(
        "Hydroxychloroquine or chloroquine"
    )


def test_split_subtitle():
    assert split_subtitle("Ketamine for depression: a review") == (
        "Ketamine for depression",
        "a review",
    )
    assert split_subtitle("Mechanisms of ketamine action") == (
        "Mechanisms of ketamine action",
        None,
    )


def test_particles_and_et_al():
    assert family_core("van der Berg") == "berg"
    assert is_et_al("et al.") and is_et_al("Et al") and not is_et_al("Etal-Smith")


def test_journal_abbreviations():
    assert journal_abbreviation_match("Mol Psychiatry", "Molecular Psychiatry")
    assert journal_abbreviation_match("J Clin Psychiatry", "The Journal of Clinical Psychiatry")
    assert journal_abbreviation_match("Am. J. Psychiatry", "American Journal of Psychiatry")
    assert journal_abbreviation_match("N Engl J Med", "New England Journal of Medicine")
    assert journal_abbreviation_match(
        "Proc Natl Acad Sci", "Proceedings of the National Academy of Sciences"
    )
    assert not journal_abbreviation_match("Mol Psychiatry", "Biological Psychiatry")
    assert not journal_abbreviation_match("J Psychiatr Res", "Journal of Clinical Psychiatry")


def test_parse_pages_forms():
    assert parse_pages("801-811") == ("801", "811")
    assert parse_pages("801–811") == ("801", "811")
    assert parse_pages("801-11") == ("801", "811")
    assert parse_pages("pp. 1425-37") == ("1425", "1437")
    assert parse_pages("e045678") == ("e45678", None)
    assert parse_pages("027004") == ("27004", None)
    assert parse_pages("") is None


def test_normalize_number():
    assert normalize_number(" 07 ") == "7"
    assert normalize_number("e033693") == "e33693"


@given(st.text())
@example("\U00012544\u1dc0")  # a mark on an unassigned code point: dropped with its base
def test_fold_is_idempotent_and_keeps_every_letter(text):
    once = fold(text)
    assert fold(once) == once
    if any(ch.isalnum() for ch in text) and "<" not in text and "&" not in text:
        assert once  # a letter of any script never folds to nothing


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=500))
def test_abbreviated_ranges_complete_to_full_last_page(first, length):
    last = first + length
    full = parse_pages(f"{first}-{last}")
    short_last = str(last)[-max(1, len(str(length))) :]
    if int(short_last) == 0 or len(short_last) >= len(str(last)):
        return
    abbreviated = parse_pages(f"{first}-{short_last}")
    # completing the prefix from the first page gives the true last page when it shares the prefix
    if (
        str(last)[: len(str(last)) - len(short_last)]
        == str(first)[: len(str(first)) - len(short_last)]
    ):
        assert abbreviated == full


@given(st.text(max_size=40))
def test_parse_pages_never_raises(text):
    result = parse_pages(text)
    assert result is None or isinstance(result[0], str)


@pytest.mark.parametrize("text", ["Ǽ", "ǽ", "Ǿ", "ǿ"])
def test_a_mapped_letter_under_an_accent_folds_once_and_for_all(text):
    once = fold(text)
    assert fold(once) == once and once.isascii()
