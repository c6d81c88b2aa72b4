"""The venue of an APA/Harvard entry is read from the right: the trailing "volume(issue), pages"
is the locator and everything between the title and it is the journal, commas included."""

from __future__ import annotations

import pytest

from citecheck.extraction.reflist import parse_reference

JNNP = "Journal of Neurology, Neurosurgery & Psychiatry"


def venue(raw: str) -> tuple[str | None, ...]:
    cited, _ = parse_reference(raw)
    return cited.title, cited.journal, cited.volume, cited.issue, cited.pages


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the issue's examples
        ("Smith, J. (2014). Ketamine and the brain. Journal of Neurology, Neurosurgery & "
         "Psychiatry, 85(2), 123–130.",
         ("Ketamine and the brain", JNNP, "85", "2", "123-130")),
        ("Lee, C. (2022). Esketamine in practice. J Clin Psychiatry, 83(4), 21m14102.",
         ("Esketamine in practice", "J Clin Psychiatry", "83", "4", "21m14102")),
        # more journals with commas, article numbers and "Article" labels
        ("Smith, J. (2014). Ketamine and the brain. Journal of Neurology, Neurosurgery, and "
         "Psychiatry, 85, 123-130. https://doi.org/10.1136/jnnp-2013-306000",
         ("Ketamine and the brain", "Journal of Neurology, Neurosurgery, and Psychiatry", "85", None,
          "123-130")),
        ("Newman, B. (2021). Safety of ketamine. BMJ Open, 11(1), e045678.",
         ("Safety of ketamine", "BMJ Open", "11", "1", "e045678")),
        ("Doe, J. (2020). Rapid relief. Frontiers in Psychiatry, 11, Article 571.",
         ("Rapid relief", "Frontiers in Psychiatry", "11", None, "571")),
        ("Doe, J. (2020). Rapid relief. Biological Psychiatry, 87(9), S12–S18.",
         ("Rapid relief", "Biological Psychiatry", "87", "9", "S12-S18")),
        ("Doe, J. and Roe, K. (2020) 'Rapid relief', Journal of Neurology, Neurosurgery & "
         "Psychiatry, 91(3), pp. 1–9.",
         ("Rapid relief", JNNP, "91", "3", "1-9")),
        # a title ending in an acronym still ends at its full stop
        ("Doe, J. (2020). Ketamine for MDD. Journal of Affective Disorders, 277, 1-9.",
         ("Ketamine for MDD", "Journal of Affective Disorders", "277", None, "1-9")),
    ],
)  # fmt: skip
def test_journal_is_everything_before_the_locator(
    raw: str, expected: tuple[str | None, ...]
) -> None:
    assert venue(raw) == expected


def test_journal_with_a_comma_and_no_locator_is_kept_whole() -> None:
    assert venue("Smith, J. (2014). Ketamine and the brain. Journal of Neurology, Neurosurgery & "
                 "Psychiatry.") == ("Ketamine and the brain", JNNP, None, None, None)  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        ("Lee C, Park D. Esketamine in practice. J Clin Psychiatry. 2022;83(4):21m14102.", "21m14102"),
        ("Newman B. Safety of ketamine. BMJ Open. 2021;11(1):e045678.", "e045678"),
        ("Zanos P, Gould TD. Mechanisms. Mol Psychiatry. 2018;23(4):801-811.", "801-811"),
    ],
)  # fmt: skip
def test_vancouver_article_numbers_are_whole(raw: str, pages: str) -> None:
    cited, _ = parse_reference(raw)
    assert cited.pages == pages
