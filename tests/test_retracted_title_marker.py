"""A retracted work's record title opens with "RETRACTED: ", which a correct citation of the work
does not repeat. The marker must not change where the title is read in the cited string: looked
for with it, the title's span reached back over "et al." and the correctly cited work was given a
title correction and a metadata mismatch. The work, its notice and the entries are invented for
these tests; the title is long, as the marker then weighs too little to keep the title from
being found at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.extraction.reflist import parse_reference
from citecheck.models import Record
from citecheck.verification.alignment import align_cited

DOI = "10.5555/citecheck.gut.1999.101"
NOTICE = "10.5555/citecheck.gut.notice.2009"
TITLE = (
    "Lymphoid changes of the gut lining, non-specific inflammation of the bowel, and "
    "developmental disorders in young children"
)
RECORD = {
    "DOI": DOI,
    "type": "journal-article",
    "title": [f"RETRACTED: {TITLE}"],
    "author": [
        {"given": "A. B.", "family": "Testman"},
        {"given": "C. D.", "family": "Fakely"},
        {"given": "E. F.", "family": "Maker"},
        {"given": "G. H.", "family": "Nobody"},
    ],
    "container-title": ["Journal of Test Medicine"],
    "short-container-title": ["J Test Med"],
    "issued": {"date-parts": [[1999, 3]]},
    "volume": "12",
    "issue": "4",
    "page": "101-105",
    "updated-by": [
        {
            "updated": {"date-parts": [[2009, 5, 2]]},
            "DOI": NOTICE,
            "type": "retraction",
            "source": "publisher",
            "label": "Retraction",
        }
    ],
}
ENTRIES = [
    # "et al." right before the title: the case the marker broke
    f"Testman AB, Fakely CD, Maker EF, et al. {TITLE}. J Test Med 1999;12:101-5.",
    f"Testman, A. B., Fakely, C. D., Maker, E. F., et al. (1999). {TITLE}. Journal of Test "
    "Medicine, 12(4), 101-105.",
    f"Testman AB, Fakely CD, Maker EF, Nobody GH. {TITLE}. J Test Med 1999;12:101-5.",
]


@pytest.mark.parametrize("entry", ENTRIES)
def test_the_marker_does_not_move_the_cited_title(entry: str) -> None:
    cited, _ = parse_reference(entry)
    record = Record(
        doi=DOI,
        title=f"RETRACTED: {TITLE}",
        authors=["Testman", "Fakely", "Maker", "Nobody"],
        journal="Journal of Test Medicine",
        year=1999,
        volume="12",
        pages="101-105",
    )
    aligned = align_cited(entry, cited, record, ["Journal of Test Medicine", "J Test Med"])
    assert aligned.title == TITLE


@pytest.mark.parametrize("entry", ENTRIES)
def test_a_correctly_cited_retracted_work_is_flagged_but_not_corrected(
    entry: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "snapshot.jsonl"
    snapshot.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(f"A 1999 study [1].\n\nReferences\n1. {entry}\n", encoding="utf-8")
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit) as info:
        main([*argv, "--snapshot", str(snapshot), "--format", "json"])
    (ref,) = json.loads(capsys.readouterr().out)["articles"][0]["references"]
    codes = [reason["code"] for reason in ref["reasons"]]
    assert ref["record"]["doi"] == DOI
    assert "retracted" in codes  # still flagged first: do not rest claims on it
    assert ref["verdict"] == "verified"
    assert "title_differs" not in codes
    assert not (ref.get("corrections") or {}).get("title")
    assert info.value.code == 1  # a retracted source fails the run as before


def test_a_claim_on_a_retracted_work_is_told_what_to_do_about_the_retraction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "snapshot.jsonl"
    snapshot.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(
        f"Some parents still cite a 1999 study of 12 children [1].\n\nReferences\n1. {ENTRIES[0]}\n",
        encoding="utf-8",
    )
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit):
        main([*argv, "--snapshot", str(snapshot), "--format", "markdown"])
    report = " ".join(capsys.readouterr().out.split())
    assert "the cited work has been retracted" in report
    assert "do not rest the claim on a retracted work" in report
    assert "say what kind of study it was" not in report
