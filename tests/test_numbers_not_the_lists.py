"""Marks that are not the list's numbering: an author-year article's endnote marks "[1]".."[n]"
and a Markdown footnote mark "[^1]" name notes, not the list's entries by place, so they never
make the numbered check mark the list's other entries "never cited". Texts written for these
tests (the names are invented)."""

from __future__ import annotations

from citecheck.extraction.references import extract_references

AUTHOR_YEAR_LIST = """
## References

Anderson, K. L., Brown, P., & Clark, D. (2018). Exercise and blood pressure in older adults. Hypertension, 71(2), 200-208.
Jones, K., & Lee, M. (2017). Salt intake and stroke. Stroke, 48, 100-106.
Nakamura, T., & Okafor, C. (2015). Potassium and stroke. Stroke, 46, 10-16.
Oyelaran, B. (2012). Sodium in bread. Public Health Nutrition, 15, 1-9.
"""


def _linked(text: str) -> tuple[dict[str, str | None], list[str]]:
    refs, citations = extract_references(text)
    raw = {ref.id: ref.raw.split(",")[0] for ref in refs}
    links = {c.text: raw.get(c.reference_id or "") for c in citations}
    return links, [raw[ref.id] for ref in refs if ref.never_cited]


def test_a_footnote_mark_in_an_author_year_article_names_its_note() -> None:
    text = (
        "# Salt and stroke\n\nSalt raised stroke risk (Jones & Lee, 2017). Exercise lowered "
        "blood pressure (Anderson et al., 2018). Potassium matters too.[^1] Bread holds most "
        "of it (Oyelaran, 2012).\n\n[^1]: See Nakamura and Okafor's trial.\n" + AUTHOR_YEAR_LIST
    )
    links, never = _linked(text)
    assert never == []
    assert "Anderson" not in [links.get("[^1]")]


def test_endnote_marks_in_an_author_year_article_name_no_entry() -> None:
    # the entry the text cites with its authors swapped is matched by no mention; its
    # author is named, so only a numbered check would mark it
    text = (
        "# Salt and stroke\n\nSalt raised stroke risk (Jones and Lee, 2017).[1] Exercise "
        "lowered blood pressure (Anderson, Brown and Clark, 2018).[2] Bread holds most of it "
        "(Oyelaran, 2012), as it did before (Okafor and Nakamura, 2015).\n\n## Notes\n\n"
        "1. The trial was small.\n\n2. Only adults.\n" + AUTHOR_YEAR_LIST
    )
    links, never = _linked(text)
    assert never == []
    assert links.get("[1]") is None
    assert links.get("[2]") is None


def test_a_numbered_article_with_an_author_year_aside_keeps_its_numbers() -> None:
    # the list prints no numbers and one mention is by author and year: the numbers still
    # name the entries by place, and an entry no number names is never cited
    text = (
        "# Salt\n\nSalt raised stroke risk [1]. Exercise helped [2], as Nakamura et al. (2015) "
        "found. Bread holds most salt [3].\n\n## References\n\n"
        "Jones K, Lee M. Salt intake and stroke. Stroke. 2017;48:100-6.\n"
        "Anderson KL, Brown P. Exercise and blood pressure. Hypertension. 2018;71:200-8.\n"
        "Oyelaran B. Sodium in bread. Public Health Nutr. 2012;15:1-9.\n"
        "Nakamura T, Okafor C. Potassium and stroke. Stroke. 2015;46:10-6.\n"
        "Quist R. Salt and the kidney. Kidney Int. 2010;77:1-9.\n"
    )
    links, never = _linked(text)
    assert (links["[1]"] or "").startswith("Jones K")
    assert (links["[3]"] or "").startswith("Oyelaran B")
    assert [entry[:7] for entry in never] == ["Quist R"]
