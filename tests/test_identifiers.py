"""PMIDs, PMCIDs, arXiv ids and ISBNs found in reference entries and links, kept on the citation.

PMID 10686270 is Berman et al. 2000 (Biol Psychiatry 47:351-354, data/crossref-snapshot.jsonl);
the other identifiers are synthetic or the standard example ISBN 978-3-16-148410-0.
"""

from __future__ import annotations

from citecheck.doi import doi_key, find_identifiers, normalize_doi
from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited


def test_labels_and_links() -> None:
    assert find_identifiers("... 2000;47(4):351-354. PMID: 10686270.") == {"pmid": "10686270"}
    assert find_identifiers("https://pubmed.ncbi.nlm.nih.gov/10686270/") == {"pmid": "10686270"}
    assert find_identifiers("https://www.ncbi.nlm.nih.gov/pubmed/10686270") == {"pmid": "10686270"}
    assert find_identifiers("PMCID: PMC1234567") == {"pmcid": "PMC1234567"}
    assert find_identifiers("https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/") == {
        "pmcid": "PMC1234567"
    }
    assert find_identifiers("arXiv:2101.00001v2") == {"arxiv": "2101.00001v2"}
    assert find_identifiers("https://arxiv.org/abs/hep-th/9901001") == {"arxiv": "hep-th/9901001"}
    assert find_identifiers("ISBN 978-3-16-148410-0") == {"isbn": "9783161484100"}
    assert find_identifiers("ISBN 978-3-16-148410-9") == {}  # check digit fails
    assert find_identifiers("Volume 10686270 of nothing") == {}


def test_an_entry_keeps_its_identifiers_and_reads_without_them() -> None:
    cited, kind = parse_reference(
        "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed "
        "patients. Biol Psychiatry. 2000;47(4):351-354. PMID: 10686270."
    )
    assert kind == "scholarly"
    assert cited.pmid == "10686270"
    assert (cited.journal, cited.volume, cited.pages) == ("Biol Psychiatry", "47", "351-354")


def test_a_pubmed_link_is_a_scholarly_work_not_a_web_page() -> None:
    cited, kind = parse_reference(
        "Lindqvist A. A synthetic study of ketamine. https://pubmed.ncbi.nlm.nih.gov/10686270/"
    )
    assert kind == "scholarly" and cited.pmid == "10686270"


def test_identifiers_are_written_only_when_given() -> None:
    assert "pmid" not in Cited(title="x").model_dump(mode="json")
    assert Cited(pmid="1").model_dump(mode="json")["pmid"] == "1"


def test_one_doi_key_for_records_and_citations() -> None:
    sici = "10.1002/(SICI)1099-1166(199703)12:3<303::AID-GPS590>3.0.CO;2-E"
    assert doi_key(f" {sici} ") == sici.lower()
    assert normalize_doi(f"https://doi.org/{sici}") == doi_key(sici)
    assert normalize_doi("doi:10.1038/MP.2017.255.") == doi_key("10.1038/mp.2017.255")
