"""A DOI linked from the prose ("[291 children](https://doi.org/...)") is the article's own
citation of that work: never "cited in the text but missing from the reference list", never shown
as raw Markdown, and one reference with the narrative mention of its sentence ("a study in The
Lancet published in 2013"). Texts written for these tests; the DOI is a stand-in under
Crossref's test prefix, with the parentheses Lancet DOIs have (nothing is looked up)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.audit import NOT_IN_LIST, _missing_from_list, analyse_article
from citecheck.cli import main
from citecheck.extraction.claims import load_rules
from citecheck.inputs.article import Article
from citecheck.models import ArticleFindings

DOI = "10.5555/S0140-6736(13)00291-X"
LIST = """
## References

Du Toit, G., Roberts, G., Sayre, P. H., et al. (2015). Randomized trial of peanut consumption in infants at risk for peanut allergy. New England Journal of Medicine, 372(9), 803-813.
"""
LINKED = (
    "# Peanut allergy\n\nA study in The Lancet published in 2013 followed "
    f"[291 children](https://doi.org/{DOI}) for five years. Early peanut cut allergy by 81% "
    f"(Du Toit et al., 2015).\n{LIST}"
)


def audited(text: str) -> ArticleFindings:
    findings = analyse_article(Article(path="draft.md", text=text, sha256="0" * 64), load_rules())
    return findings.model_copy(
        update={"references": _missing_from_list(findings, findings.references)}
    )


def test_a_link_and_the_mention_of_its_sentence_are_one_reference() -> None:
    findings = audited(LINKED)
    in_text = [r for r in findings.references if r.origin == "in_text"]
    assert [(r.raw, r.cited.doi) for r in in_text] == [("A study in The Lancet", DOI.lower())]
    linked = {c.reference_id for c in findings.citations if c.text != "(Du Toit et al., 2015)"}
    assert linked == {in_text[0].id}


@pytest.mark.parametrize(
    "text",
    [
        LINKED,
        f"# Peanut allergy\n\nEarly peanut helped [291 children](https://doi.org/{DOI}).\n{LIST}",
        f"# Peanut allergy\n\nEarly peanut helped 291 children (doi:{DOI}).\n{LIST}",
    ],
)
def test_a_linked_doi_is_never_missing_from_the_list(text: str) -> None:
    findings = audited(text)
    assert not [r.raw for r in findings.references if r.reasons and r.reasons[0] == NOT_IN_LIST]


def test_a_mention_its_list_entry_answers_keeps_the_entry() -> None:
    # the link may name another work than the entry the mention cites: both are kept
    listed = LIST.rstrip() + " https://doi.org/10.1056/NEJMoa1414850\n"
    text = (
        "# Peanut allergy\n\nDu Toit et al. (2015) followed "
        f"[640 infants](https://doi.org/{DOI}).\n{listed}"
    )
    findings = audited(text)
    mention = next(c for c in findings.citations if c.text.startswith("Du Toit"))
    assert mention.reference_id == "ref-1"


def test_two_mentions_beside_one_link_stay_apart() -> None:
    # which of the two the link names cannot be told
    text = (
        "# Peanut allergy\n\nA study in The Lancet and a trial in JAMA both followed "
        f"[291 children](https://doi.org/{DOI}).\n{LIST}"
    )
    findings = audited(text)
    dois = [r.cited.doi for r in findings.references if r.origin == "in_text"]
    assert dois.count(DOI.lower()) == 1 and len(dois) == 3


def test_the_report_shows_the_link_without_its_markdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "draft.md"
    article.write_text(
        f"# Peanut allergy\n\nEarly peanut helped [291 children](https://doi.org/{DOI}).\n{LIST}",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit):
        main(["audit", str(article), "--offline", "--no-progress", "--format", "markdown"])
    report = capsys.readouterr().out
    assert "missing from the reference list" not in report
    assert "](https://doi.org" not in report
    assert f"doi:{DOI.lower()}" in report


TRIAL = {
    "DOI": DOI,
    "type": "journal-article",
    "title": ["Early peanut introduction in infants at risk of allergy"],
    "author": [{"given": "A.", "family": "Tester"}],
    "container-title": ["The Lancet"],
    "issued": {"date-parts": [[2013]]},
}


@pytest.mark.parametrize(
    "sentence",
    [
        "A review in the BMJ criticised the design of an earlier [peanut trial]",
        "Smith (2024) criticised the design of an earlier [peanut trial]",
    ],
)
def test_a_link_beside_a_mention_of_another_work_is_never_a_wrong_doi(
    sentence: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the sentence's mention may describe another work than its link (a review of the linked
    # trial): pairing them is a guess, so the mention's journal, authors and year are never
    # held against the work the DOI names
    snapshot = tmp_path / "snapshot.jsonl"
    snapshot.write_text(json.dumps(TRIAL) + "\n", encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(f"# Peanut allergy\n\n{sentence}(https://doi.org/{DOI}).\n", "utf-8")
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--no-support"]
    with pytest.raises(SystemExit):
        main([*argv, "--snapshot", str(snapshot), "--format", "json"])
    found = json.loads(capsys.readouterr().out)["articles"][0]
    linked = [r for r in found["references"] if r["cited"]["doi"] == DOI.lower()]
    assert [r["verdict"] for r in linked] == ["verified"]
