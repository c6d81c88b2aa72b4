"""Comparisons that called a correct record's field different: prefixed page ranges
("e277-85"), venue acronyms ("CVPR"), CJK names written out in full ("吴洵" for "吴")."""

from __future__ import annotations

import pytest

from citecheck.verification.compare import journal_similarity, name_similarity, pages_similarity
from citecheck.verification.normalize import parse_pages, venue_acronyms


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("e277–85", ("e277", "e285")),  # The Lancet Public Health, cited by BMC
        ("e277-e285", ("e277", "e285")),
        ("S12-8", ("s12", "s18")),
        ("e277-285", ("e277", "e285")),
        ("801-11", ("801", "811")),
    ],
)
def test_a_prefixed_range_keeps_its_prefix_on_the_last_page(pages: str, expected) -> None:
    assert parse_pages(pages) == expected


def test_prefixed_ranges_written_two_ways_agree() -> None:
    assert pages_similarity("e277–85", "e277-e285") == 1.0
    assert pages_similarity("e277–85", "e277-e295") < 0.99


@pytest.mark.parametrize(
    "cited",
    ["CVPR", "Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)", "CVPR."],
)
def test_a_venue_acronym_names_the_venue_that_gives_it(cited: str) -> None:
    record = "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"
    assert journal_similarity(cited, [record]) >= 0.85


def test_another_acronym_or_a_place_qualifier_is_no_acronym_match() -> None:
    record = "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"
    assert journal_similarity("ICCV", [record]) < 0.85
    assert venue_acronyms("Lancet (London, England)") == set()
    assert venue_acronyms("Molecular Psychiatry") == set()


def test_a_cjk_name_written_out_is_its_family_name() -> None:
    assert name_similarity("吴洵", "吴") == 1.0
    assert name_similarity("吴", "吴洵") == 1.0
    assert name_similarity("吴洵", "覃") < 0.85
    assert name_similarity("Wu", "Wuxun") < 1.0  # Latin names are not read this way
