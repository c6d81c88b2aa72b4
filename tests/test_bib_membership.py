"""`--bib` entries belong to the articles that cite them by key; the rest are still checked;
a work both the bib and an article's list describe is resolved once and reported once."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest

from citecheck.audit import run_audit
from citecheck.cli import main
from citecheck.models import Verdict
from citecheck.resolution.factory import SourceSettings
from fakes import FakeCrossref

ROOT = Path(__file__).resolve().parents[1]

MESSAGE = {
    "DOI": "10.1038/nature17432",
    "title": ["NMDAR inhibition-independent antidepressant actions of ketamine metabolites"],
    "author": [{"family": "Zanos", "given": "Panos"}, {"family": "Moaddel", "given": "Ruin"}],
    "container-title": ["Nature"],
    "issued": {"date-parts": [[2016]]},
    "type": "journal-article",
}

BIB = """@article{zanos2016,
  author = {Zanos, Panos and Moaddel, Ruin},
  title = {NMDAR inhibition-independent antidepressant actions of ketamine metabolites},
  journal = {Nature},
  year = {2016},
  doi = {10.1038/nature17432},
}

@article{berman2000,
  author = {Berman, Robert M. and Cappiello, Angela},
  title = {Antidepressant effects of ketamine in depressed patients},
  journal = {Biological Psychiatry},
  year = {2000},
}

@article{unused2019,
  author = {Nobody, Ann},
  title = {An entry that no article cites},
  year = {2019},
}
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_entries_join_the_articles_that_cite_them_and_the_rest_are_still_checked(tmp_path):
    bib = Path(_write(tmp_path, "refs.bib", BIB))
    first = _write(
        tmp_path,
        "first.md",
        "Metabolites act fast [@zanos2016; @ghost]. The first trial \\cite{berman2000}.\n",
    )
    second = _write(tmp_path, "second.md", "As \\citet{zanos2016} found, metabolites act.\n")
    source = FakeCrossref([MESSAGE])
    result = run_audit([first, second], [bib], SourceSettings(), source=source)
    articles = result.findings.articles
    assert [a.path for a in articles] == [first, second, str(bib)]
    keys = [[ref.key for ref in article.references] for article in articles]
    assert keys == [["zanos2016", "berman2000"], ["zanos2016"], ["unused2019"]]
    # an entry two articles cite is in both, and each copy is checked
    assert articles[0].references[0].verdict is Verdict.VERIFIED
    assert articles[1].references[0].verdict is Verdict.VERIFIED
    assert [c.reference_id for c in articles[1].citations] == ["ref-1"]
    # the uncited entry is where a bib-only run puts it: with its place in the file
    (unused,) = articles[2].references
    assert unused.verdict is not None and unused.start == BIB.index("@article{unused2019")
    # the key nobody has: one line, no crash, no citation
    (warning,) = [w for w in result.warnings if "ghost" in w]
    assert warning.startswith(first) and "no --bib entry" in warning
    assert len(articles[0].citations) == 2
    assert result.findings.summary.references == 4


def test_an_article_that_cites_by_key_also_carries_what_it_cites_by_name(tmp_path):
    bib = Path(_write(tmp_path, "refs.bib", BIB))
    article = _write(
        tmp_path,
        "mixed.md",
        "Metabolites act fast [@zanos2016]. As Berman et al. (2000) found, relief is quick.\n",
    )
    result = run_audit([article], [bib], SourceSettings(), source=FakeCrossref([MESSAGE]))
    mixed, rest = result.findings.articles
    assert [ref.key for ref in mixed.references] == ["zanos2016", "berman2000"]
    assert [c.reference_id for c in mixed.citations] == ["ref-1", "ref-2"]
    assert [ref.key for ref in rest.references] == ["unused2019"]


def test_an_article_that_never_cites_by_key_carries_every_entry(tmp_path):
    bib = Path(_write(tmp_path, "refs.bib", BIB))
    article = _write(
        tmp_path, "plain.md", "Metabolites act fast (Zanos et al., 2016). Email a@b.org.\n"
    )
    result = run_audit([article], [bib], SourceSettings(), source=FakeCrossref([MESSAGE]))
    (findings,) = result.findings.articles
    assert [ref.key for ref in findings.references] == ["zanos2016", "berman2000", "unused2019"]
    assert [c.reference_id for c in findings.citations] == ["ref-1"]
    assert result.warnings == []


def test_a_work_in_the_bib_and_the_list_is_resolved_once_and_reported_once(tmp_path):
    bib = Path(_write(tmp_path, "refs.bib", BIB.split("\n\n")[0] + "\n"))
    article = _write(
        tmp_path,
        "listed.md",
        "Metabolites act fast (Zanos et al., 2016).\n\n## References\n\n"
        "- Zanos, P., & Moaddel, R. (2016). NMDAR inhibition-independent antidepressant actions "
        "of ketamine metabolites. *Nature*. https://doi.org/10.1038/nature17432\n",
    )
    source = FakeCrossref([MESSAGE])
    result = run_audit([article], [bib], SourceSettings(), source=source)
    (findings,) = result.findings.articles
    (ref,) = findings.references
    assert ref.origin == "bib" and ref.verdict is Verdict.VERIFIED
    assert [place.origin for place in ref.also_cited_as] == ["reference_list"]
    assert source.calls.count(("doi", "10.1038/nature17432")) == 1
    assert result.findings.summary.references == 1


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture
def _offline_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CITECHECK_CROSSREF_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("CITECHECK_DOI_URL", "http://127.0.0.1:9")


@pytest.mark.usefixtures("_offline_cli")
def test_refs_reports_keys_without_entries_in_one_line(tmp_path, capsys):
    article = _write(tmp_path, "keys.md", "Fast relief [@zanos2016; @ghost] \\cite{phantom}.\n")
    bib = _write(tmp_path, "refs.bib", BIB)
    code, out, err = _run(["refs", article, "--bib", bib, "--json", "-"], capsys)
    assert code == 0
    articles = json.loads(out)["articles"]
    assert [[r["key"] for r in a["references"]] for a in articles] == [
        ["zanos2016"],
        ["berman2000", "unused2019"],
    ]
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "'ghost', 'phantom'" in warnings[0]
    code, _, err = _run(["refs", article, "--json", str(tmp_path / "x.json")], capsys)
    assert code == 0 and "no --bib file was given" in err and "Traceback" not in err


LARA = """% cited with a DOI of another work, and a wrong issue and last page
@article{lara2013,
  author = {Lara, Diogo R. and Bisol, Lu{\\'\\i}sa W. and Munari, Luciano R.},
  title = {Antidepressant, mood stabilizing and procognitive effects of very low dose sublingual ketamine in refractory unipolar and bipolar depression},
  journal = {International Journal of Neuropsychopharmacology},
  year = {2013},
  volume = {16},
  number = {7},
  pages = {2111--2119},
  doi = {10.1038/s41380-018-0256-5},
  file = {Lara2013.pdf},
}
"""  # noqa: E501


@pytest.mark.usefixtures("_offline_cli")
def test_fix_bib_corrects_every_field_a_wrong_doi_names_and_nothing_else(tmp_path, capsys):
    bib = _write(tmp_path, "lara.bib", LARA)
    fixed = tmp_path / "fixed.bib"
    findings = tmp_path / "findings.json"
    code, _, err = _run(
        ["audit", "--bib", bib, "--offline", "--no-progress", "--json", str(findings),
         "--fix-bib", str(fixed)],
        capsys,
    )  # fmt: skip
    assert code == 1, err  # wrong_doi fails the run by default
    (ref,) = json.loads(findings.read_text())["articles"][0]["references"]
    assert ref["verdict"] == "wrong_doi"
    wrong = {check["field"] for check in ref["field_checks"] if not check["ok"]}
    assert wrong == {"doi", "issue", "pages"}
    text = fixed.read_text(encoding="utf-8")
    comment, mark, entry = text.split("\n", 2)
    assert comment == LARA.split("\n", 1)[0]  # the user's own comment line stays
    assert mark.startswith("% citecheck: corrected doi, number, pages from the Crossref record")
    expected = (
        LARA.split("\n", 1)[1]
        .replace("{7}", "{" + ref["record"]["issue"] + "}")
        .replace("{2111--2119}", "{" + ref["record"]["pages"].replace("-", "--") + "}")
        .replace("{10.1038/s41380-018-0256-5}", "{" + ref["suggested_doi"] + "}")
    )
    assert entry == expected
    assert "Lu{\\'\\i}sa" in text and "file = {Lara2013.pdf}" in text


@pytest.mark.usefixtures("_offline_cli")
def test_fix_bib_writes_an_entry_two_articles_cite_once(tmp_path, capsys):
    bib = _write(tmp_path, "lara.bib", LARA)
    first = _write(tmp_path, "first.md", "Lozenges helped [@lara2013].\n")
    second = _write(tmp_path, "second.md", "Sublingual dosing \\citep{lara2013}.\n")
    fixed = tmp_path / "fixed.bib"
    code, _, err = _run(
        ["audit", first, second, "--bib", bib, "--offline", "--no-progress", "--no-support",
         "--fix-bib", str(fixed)],
        capsys,
    )  # fmt: skip
    assert code == 1, err
    library = bibtexparser.parse_string(fixed.read_text(encoding="utf-8"))
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == ["lara2013"]


def test_a_merged_work_is_placed_on_its_list_entry_in_annotations(tmp_path):
    from citecheck.formats.issues import issues

    entry = BIB.split("\n\n")[0].replace("{2016}", "{2017}") + "\n"
    bib = Path(_write(tmp_path, "refs.bib", entry))
    article = _write(
        tmp_path,
        "uncited.md",
        "Metabolites act fast.\n\n## References\n\n"
        "- Zanos, P., & Moaddel, R. (2017). NMDAR inhibition-independent antidepressant actions "
        "of ketamine metabolites. *Nature*. https://doi.org/10.1038/nature17432\n",
    )
    result = run_audit([article], [bib], SourceSettings(), source=FakeCrossref([MESSAGE]))
    (ref,) = result.findings.articles[0].references
    assert ref.verdict is Verdict.METADATA_MISMATCH and ref.also_cited_as
    (issue,) = issues(result.findings)
    assert issue.places == ((5, 3),)  # the entry after its "- "


def test_an_entry_two_bib_files_share_is_one_reference(tmp_path):
    # A chapter's .bib copied from the book's: the same entry (key and text) twice is one
    # work. Carried twice, it would be reported twice and, matching the list entry twice,
    # keep the list entry from joining it ("which of them is meant" is no question here).
    book = Path(_write(tmp_path, "book.bib", BIB))
    chapter = Path(_write(tmp_path, "chapter.bib", BIB.split("\n\n")[0] + "\n"))
    article = _write(
        tmp_path,
        "listed.md",
        "Metabolites act fast (Zanos et al., 2016).\n\n## References\n\n"
        "- Zanos, P., & Moaddel, R. (2016). NMDAR inhibition-independent antidepressant actions "
        "of ketamine metabolites. *Nature*. https://doi.org/10.1038/nature17432\n",
    )
    result = run_audit([article], [book, chapter], SourceSettings(), source=FakeCrossref([MESSAGE]))
    (findings,) = result.findings.articles
    assert [ref.key for ref in findings.references] == ["zanos2016", "berman2000", "unused2019"]
    zanos = findings.references[0]
    assert [place.origin for place in zanos.also_cited_as] == ["reference_list"]
    assert [c.reference_id for c in findings.citations] == ["ref-1"]


@pytest.mark.usefixtures("_offline_cli")
def test_fix_bib_keeps_the_users_strings_preamble_and_comments(tmp_path, capsys):
    # the journal written as a macro: the corrected file must still define it
    source = (
        "@string{ijnp = {International Journal of Neuropsychopharmacology}}\n"
        '@preamble{"\\newcommand{\\noop}[1]{}"}\n\n'
        + LARA.replace("{International Journal of Neuropsychopharmacology}", "ijnp")
        + "\n@comment{jabref-meta: databaseType:bibtex;}\n"
    )
    bib = _write(tmp_path, "lara.bib", source)
    fixed = tmp_path / "fixed.bib"
    findings = tmp_path / "findings.json"
    code, _, err = _run(
        ["audit", "--bib", bib, "--offline", "--no-progress", "--json", str(findings),
         "--fix-bib", str(fixed)],
        capsys,
    )  # fmt: skip
    assert code == 1, err
    (ref,) = json.loads(findings.read_text())["articles"][0]["references"]
    text = fixed.read_text(encoding="utf-8")
    start = source.index("@article{lara2013")
    end = source.index("}\n\n@comment") + 1
    # every byte outside the corrected entry is the user's; a comment line marks the entry
    assert text.startswith(source[:start] + "% citecheck: corrected doi, number, pages")
    assert text.endswith(source[end:])
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert library.strings_dict["ijnp"].value.startswith("International Journal")
    (entry,) = library.entries
    assert entry["doi"] == ref["suggested_doi"]
    assert entry["journal"] == "International Journal of Neuropsychopharmacology"
    assert "journal = ijnp," in text


ANAND = """@article{anand2023,
  author = {Anand, Amit and Mathew, Sanjay J. and Sanacora, Gerard},
  title = {Ketamine versus {ECT} for nonpsychotic treatment-resistant major depression},
  journal = {New England Journal of Medicine},
  year = {2023},
  volume = {388},
  number = {25},
  pages = {2315--2325},
}
"""


@pytest.mark.usefixtures("_offline_cli")
def test_fix_bib_adds_the_doi_of_a_verified_entry_that_has_none(tmp_path, capsys):
    bib = _write(tmp_path, "anand.bib", ANAND)
    fixed = tmp_path / "fixed.bib"
    findings = tmp_path / "findings.json"
    code, _, err = _run(
        ["audit", "--bib", bib, "--offline", "--no-progress", "--json", str(findings),
         "--fix-bib", str(fixed)],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    (ref,) = json.loads(findings.read_text())["articles"][0]["references"]
    assert ref["verdict"] == "verified" and ref["cited"]["doi"] is None
    doi = ref["record"]["doi"]
    assert fixed.read_text(encoding="utf-8") == (
        "% citecheck: added doi from the Crossref record (verified)\n"
        + ANAND.replace("2325},\n}", "2325},\n  doi = {" + doi + "}\n}")
    )
