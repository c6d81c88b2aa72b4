"""Round-2 black-box findings: SICI and percent-encoded DOIs in reference lists."""

from __future__ import annotations

import pytest

from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import parse_reference

SICI = "10.1002/(SICI)1099-1166(199703)12:3<303::AID-GPS590>3.0.CO;2-E"


@pytest.mark.parametrize("tail", ["", ".", " PMID: 9099999", ". PMID: 9099999"])
def test_sici_doi_in_an_entry_is_read_whole(tail: str) -> None:
    cited, _ = parse_reference(
        "Okonedo, B., & Haraldsen, T. (1997). Sertraline and sleep in late-life depression. "
        "*International Journal of Geriatric Psychiatry, 12*(3), 303–308. "
        f"https://doi.org/{SICI}{tail}"
    )
    assert cited.doi == SICI.lower()
    assert (cited.journal, cited.volume, cited.issue, cited.pages) == (
        "International Journal of Geriatric Psychiatry", "12", "3", "303-308")  # fmt: skip
    assert cited.title == "Sertraline and sleep in late-life depression"


def test_percent_encoded_doi_link_is_decoded_and_title_keeps_the_word_doi() -> None:
    cited, _ = parse_reference(
        "Vestergaard, L. (2020). Percent and hash in a DOI: A synthetic test record. "
        "*Journal of Synthetic Test Psychiatry, 13*(1), 1–9. https://doi.org/10.5555/test%232020_%2541"
    )
    assert cited.doi == "10.5555/test#2020_%41"
    assert cited.title == "Percent and hash in a DOI: A synthetic test record"
    assert cited.journal == "Journal of Synthetic Test Psychiatry"


def test_pmid_after_a_doi_is_not_part_of_the_journal() -> None:
    cited, _ = parse_reference(
        "Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B. (2006). A brief measure for "
        "assessing generalized anxiety disorder: The GAD-7. *Archives of Internal Medicine, "
        "166*(10), 1092–1097. https://doi.org/10.1001/archinte.166.10.1092 PMID: 16717171"
    )
    assert cited.journal == "Archives of Internal Medicine"
    assert cited.pages == "1092-1097"


def test_sici_doi_in_running_text_is_found_whole() -> None:
    text = (
        "Sleep improved (Okonedo & Haraldsen, 1997).\n\n## References\n\n"
        "Okonedo, B., & Haraldsen, T. (1997). Sertraline and sleep. *Journal X, 12*(3), 303–308. "
        f"https://doi.org/{SICI}\n"
    )
    refs, _ = extract_references(text)
    assert [r.cited.doi for r in refs] == [SICI.lower()]
