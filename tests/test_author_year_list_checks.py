"""An article that cites its reference list by author and year gets the two checks a numbered one
gets: a mention no entry answers is "cited in the text but missing from the reference list"
(narrative "Ferrari (2021) found" as well as bracketed), and an entry no mention names is "listed
but never cited". Only where the list is read well enough to tell, and never for a mention the
reader may have missed or an entry it may have misread. Texts and entries written for these
tests (the names are invented)."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.audit import NOT_IN_LIST, _missing_from_list, analyse_article
from citecheck.extraction import references
from citecheck.extraction.claims import load_rules
from citecheck.inputs.article import Article
from citecheck.models import ArticleFindings

LIST = """
## References

Smith, J., Jones, K., & Brown, L. (2019a). Vitamin D and fractures. Journal of Bone Research, 12(3), 45-52.
Smith, J., & Brown, L. (2019b). Vitamin D and muscle. Journal of Bone Research, 12(4), 60-66.
Müller, A., & Østergaard, B. (2018). Vitamin D and falls revisited. Age and Ageing, 47, 1-8.
van der Berg, P., & de Vries, Q. (2020). A meta-analysis of vitamin D trials. BMJ, 370, m123.
Zhang, W. (in press). Long-term follow-up of vitamin D. The Lancet.
田中, 太郎 (2017). 日本人のビタミンD. 日本医学雑誌, 5, 1-9.
"""

CITED = (
    "Smith et al. (2019a) reported a 12% drop in fractures, and muscle strength rose "
    "(Smith & Brown, 2019b). Muller and Ostergaard (2018) disagreed. Van der Berg & de Vries "
    "(2020) pooled eight trials. Zhang (in press) will report the follow-up. 田中 (2017) studied "
    "Japanese cohorts."
)


def audited(text: str) -> ArticleFindings:
    article = Article(path="draft.md", text=text, sha256="0" * 64)
    findings = analyse_article(article, load_rules())
    # the audit's own rule, as `verify_articles` applies it after the lookups
    return findings.model_copy(
        update={"references": _missing_from_list(findings, findings.references)}
    )


def missing(findings: ArticleFindings) -> list[str]:
    return [r.raw for r in findings.references if r.reasons and r.reasons[0] == NOT_IN_LIST]


def never_cited(findings: ArticleFindings) -> list[str]:
    return [r.raw.split(".")[0] for r in findings.references if r.never_cited]


def test_a_list_cited_correctly_gives_no_report() -> None:
    # et al., "&" and "and", diacritics folded, particles, year suffixes, "in press", a name
    # in a script without letters' case: none is reported
    findings = audited(f"# Vitamin D\n\n{CITED}\n{LIST}")
    assert missing(findings) == []
    assert never_cited(findings) == []


def test_a_narrative_mention_no_entry_answers_is_missing_from_the_list() -> None:
    findings = audited(f"# Vitamin D\n\n{CITED} Ferrari (2021) found no effect on falls.\n{LIST}")
    assert missing(findings) == ["Ferrari (2021)"]


def test_a_bracketed_mention_no_entry_answers_is_missing_from_the_list() -> None:
    findings = audited(f"# Vitamin D\n\n{CITED} Falls did not change (Ferrari, 2021).\n{LIST}")
    assert missing(findings) == ["(Ferrari, 2021)"]


def test_an_entry_no_mention_names_is_never_cited() -> None:
    extra = "Nobody, X. (2015). An uncited paper about calcium. Nutrients, 7, 10-20.\n"
    findings = audited(f"# Vitamin D\n\n{CITED}\n{LIST}{extra}")
    assert never_cited(findings) == ["Nobody, X"]


def test_an_entry_whose_author_the_text_names_is_not_marked() -> None:
    # "Nobody's later work" is not read as a citation, but may be one
    extra = "Nobody, X. (2015). An uncited paper about calcium. Nutrients, 7, 10-20.\n"
    text = f"# Vitamin D\n\n{CITED} Nobody's later work agreed.\n{LIST}{extra}"
    assert never_cited(audited(text)) == []


def test_a_classic_named_in_passing_is_not_missing() -> None:
    text = f"# Vitamin D\n\n{CITED} As Darwin (1859) argued, variation matters.\n{LIST}"
    assert missing(audited(text)) == []


@pytest.mark.parametrize(
    "named",
    ["The Women's Health Initiative (2002) showed the opposite.", "the Framingham Study (1998)"],
)
def test_a_study_named_in_passing_is_not_missing(named: str) -> None:
    # no author is "the": the words name a study, not who wrote about it
    assert missing(audited(f"# Vitamin D\n\n{CITED} {named}\n{LIST}")) == []


def test_a_mention_an_entry_misread_still_holds_is_not_missing() -> None:
    # the entry's author is read as part of its title; its text still names Stehman 1997
    entry = (
        "Selecting and interpreting measures of thematic classification accuracy SV Stehman "
        "(1997) Remote Sensing of Environment 62:77-89.\n"
    )
    text = f"# Vitamin D\n\n{CITED} Accuracy was measured as before (Stehman, 1997).\n{LIST}{entry}"
    assert missing(audited(text)) == []


@pytest.mark.parametrize(
    "opening",
    [
        "Moreover, Smith and Brown (2019b) measured grip strength.",
        "Recently, Müller and Østergaard (2018) revisited falls.",
        "In Denmark, Muller and Ostergaard (2018) disagreed.",
    ],
)
def test_a_sentence_opening_read_as_an_author_is_not_missing(opening: str) -> None:
    # the opening words are read as the mention's first author ("Moreover"); an entry holds
    # the year and the mention's other authors, so the list holds the work
    assert missing(audited(f"# Vitamin D\n\n{CITED} {opening}\n{LIST}")) == []


@pytest.mark.parametrize(
    "prose",
    [
        # most mentions name no entry: the list is misread, or not what the text cites
        "Falls fell (Ferrari, 2021; Rossi, 2020; Bianchi, 2019). Smith et al. (2019a) agreed.",
    ],
)
def test_a_list_few_mentions_match_gives_no_report(prose: str) -> None:
    findings = audited(f"# Vitamin D\n\n{prose}\n{LIST}")
    assert missing(findings) == []
    assert never_cited(findings) == []


def test_a_numbered_article_keeps_its_own_rules() -> None:
    # a bracketed author-year stray in a numbered article is still reported; a narrative one
    # is not, as before
    text = (
        "# Vitamin D\n\nFractures fell [1]. Falls did not (Ferrari, 2021). Rossi (2020) agreed.\n\n"
        "## References\n\n"
        "1. Smith J, Jones K. Vitamin D and fractures. J Bone Res. 2019;12(3):45-52.\n"
    )
    assert missing(audited(text)) == ["(Ferrari, 2021)"]


def test_the_list_is_not_searched_once_per_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    # an article with many mentions and a long list: each unanswered mention is looked up in
    # an index of the entries, not by reading every entry again (counted, not timed)
    syllables = ["ka", "ro", "mi", "ten", "sol", "bar", "vik", "lun", "dor", "pel"]

    def surname(n: int, ending: str = "son") -> str:
        return "".join(syllables[int(d)] for d in f"{n:03d}").capitalize() + ending

    entries = [
        f"{surname(i)}, A. (2019). Trial {i} of vitamin D. Bone, 1, 1-9." for i in range(200)
    ]
    cited = " ".join(f"Falls fell by {i % 40}% ({surname(i)}, 2019)." for i in range(200))
    stray = " ".join(f"Falls rose by {i % 40}% ({surname(i, 'quist')}, 2019)." for i in range(100))
    calls = 0
    named_in = references._named_in

    def counted(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        return named_in(*args)

    monkeypatch.setattr(references, "_named_in", counted)
    body = f"# Vitamin D\n\n{cited} {stray}\n\n## References\n\n" + "\n".join(entries) + "\n"
    findings = audited(body)
    assert len(missing(findings)) == 100
    assert calls <= 2 * len(entries)


@pytest.mark.parametrize(
    ("mention", "entry"),
    [
        # a group cited by its short name, listed by its full one: one work, two names
        (
            "Obesity rose worldwide (NCD-RisC, 2017).",
            "NCD Risk Factor Collaboration (NCD-RisC). (2017). Worldwide trends in body-mass "
            "index. The Lancet, 390, 2627-2642.",
        ),
        (
            "Adults need 150 minutes a week (HHS, 2018).",
            "U.S. Department of Health and Human Services. (2018). Physical activity guidelines "
            "for Americans (2nd ed.).",
        ),
        # a name spelled two ways
        (
            "Chang et al. (2020) pooled eight trials.",
            "Zhang, W., & Li, X. (2020). A meta-analysis of vitamin D trials. BMJ, 370, m124.",
        ),
    ],
)
def test_an_unanswered_mention_and_an_uncited_entry_of_one_year_are_not_reported(
    mention: str, entry: str
) -> None:
    findings = audited(f"# Vitamin D\n\n{CITED} {mention}\n{LIST}{entry}\n")
    assert missing(findings) == []
    assert never_cited(findings) == []


def test_a_mention_a_dropped_list_line_holds_is_not_missing() -> None:
    # the list reader keeps no entry for the last line (no author it can read), yet the
    # list holds the work the mention names
    text = (
        "# Exercise\n\nExercise lowered blood pressure (Anderson et al., 2018). Salt raised "
        "stroke risk (Jones & Lee, 2017). Green tea lowered cholesterol (Kim et al., 2016). "
        "Adults need 150 minutes a week (HHS, 2018).\n\n"
        "## References\n\n"
        "Anderson, K. L., Brown, P., & Clark, D. (2018). Exercise and blood pressure in older "
        "adults. Hypertension, 71(2), 200-208.\n"
        "Jones, K., & Lee, M. (2017). Salt intake and stroke. Stroke, 48, 100-106.\n"
        "Kim, S.-H., Park, J., & Lee, Y. (2016). Green tea and cholesterol. Nutrients, 8, 12.\n"
        "U.S. Department of Health and Human Services. (2018). Physical activity "
        "guidelines for Americans (2nd ed.).\n"
    )
    assert missing(audited(text)) == []
