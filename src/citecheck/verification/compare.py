"""Field-by-field comparison of a citation with a Crossref work.

Thresholds (chosen from `bench/eval_verdicts.py`, see `verdict.py` for the measured numbers):
- a title identifies the work at similarity >= 0.85 (rapidfuzz `ratio`, order-sensitive on
  purpose: "Effect of A on B" is not "Effect of B on A"); dropped subtitles and truncations score
  0.86-0.95. The similarity only says which work is meant: whether the cited title is the work's
  title is decided word by word (`title_words_agree`), so one changed content word, number or
  code ("true" for "false", "BNT162b1" for "BNT162b2") is a title mismatch however high the
  ratio.
- an author name agrees at >= 0.85 (one typo in a 7-letter surname is 0.857);
  the author list agrees when the first author agrees, or half the cited names are present
  and the first is at least close (>= 0.6).
- a journal agrees at >= 0.85, or when the cited name abbreviates the full or short title
  ("Mol Psychiatry"), names its ISSN, or is the acronym the full name gives in brackets
  ("CVPR" for "... Pattern Recognition (CVPR)").
- a year agrees when any of the work's dates (print, online, issued) is within one year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from citecheck.extraction.names import is_organisation
from citecheck.models import Cited, FieldCheck, Record
from citecheck.verification.normalize import (
    family_core,
    fold,
    is_et_al,
    issns_in,
    journal_abbreviation_match,
    journal_words,
    latin_script,
    normalize_family,
    normalize_number,
    normalize_title,
    parse_pages,
    split_subtitle,
    strip_trailing_locator,
    title_words,
    transliterate,
    umlauts_written_out,
    venue_acronyms,
)

TITLE_OK = 0.85
NAME_OK = 0.85
NAME_CLOSE = 0.6
JOURNAL_OK = 0.85
# a truncated or subtitle-less title must keep this many words to count as the same title
MIN_PARTIAL_WORDS = 3
# a cut-short title must keep 4 words and 30% of the characters ("Ketamine versus ECT for")
MIN_TRUNCATED_WORDS = 4
MIN_TRUNCATED_COVERAGE = 0.3
# the most a cited title scores that is the work's title with words added to it
EXTENDED_TITLE = 0.8


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0 if a and b else 0.0


def title_similarity(cited: str | None, found: str | None) -> float:
    """0..1; 1 for the same title after normalisation, ~0.9 when one side dropped the subtitle
    or was cut short, low for different titles (even ones sharing a main title).

    Titles compare in their own script first; a citation that transliterated a Cyrillic or Greek
    title gets a second chance against the record's title written in Latin letters."""
    best = _title_similarity(cited, found)
    if best < TITLE_OK and cited and found:
        latin_a, latin_b = transliterate(cited), transliterate(found)
        if (latin_a, latin_b) != (fold(cited), fold(found)):
            best = max(best, _title_similarity(latin_a, latin_b))
    return best


def _title_similarity(cited: str | None, found: str | None) -> float:
    a, b = normalize_title(cited), normalize_title(found)
    if not a or not b:
        return 0.0
    best = _ratio(a, b)
    if best >= 0.999:
        return 1.0
    if normalize_title(split_subtitle(cited)[0]).startswith(b + " "):
        # the work's whole title with words added inside the cited main title ("... as an
        # antidepressant in aged rats"): another, perhaps invented, work, however close the ratio
        return min(best, EXTENDED_TITLE)
    # one side has no subtitle: compare it with the other side's main title
    main_a, sub_a = split_subtitle(cited)
    main_b, sub_b = split_subtitle(found)
    for short, full_main, short_has_sub, full_has_sub in (
        (a, normalize_title(main_b), sub_a is not None, sub_b is not None),
        (b, normalize_title(main_a), sub_b is not None, sub_a is not None),
    ):
        if full_has_sub and not short_has_sub and len(short.split()) >= MIN_PARTIAL_WORDS:
            best = max(
                best, 0.9 * _ratio(short, full_main) + 0.05 * (_ratio(short, full_main) > 0.95)
            )
    # truncation: the cited title is (nearly) a prefix of the work's. Never the other way round:
    # a real title with words added after it ("... as an antidepressant in aged rats") names
    # another, perhaps invented, work.
    short, long = a, b
    words = len(short.split())
    coverage = len(short) / len(long)
    if (
        len(short) < len(long)
        and words >= MIN_TRUNCATED_WORDS
        and coverage >= MIN_TRUNCATED_COVERAGE
    ):
        prefix = _ratio(short, long[: len(short)])
        if prefix >= 0.95:
            best = max(best, prefix * (0.85 + 0.1 * coverage))
    return min(best, 1.0)


# Words whose change leaves a title's content alone: articles, prepositions, conjunctions. Words
# that carry meaning however short ("no", "not", "non", "versus") are not here.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "and",
        "or",
        "as",
        "into",
        "onto",
        "via",
        "its",
        "their",
        "is",
        "are",
        "was",
        "were",
        "be",
        "being",
        "been",
        "do",
        "does",
        "than",
        "that",
        "this",
        "these",
        "those",
    ]
)
# a subtitle that names a version of the same paper, which the published record may drop
_VERSION_SUBTITLES = frozenset({"preliminary report", "interim report", "interim analysis"})
_BRACKETED = re.compile(r"\s*[\[(]([^\[\]()]+)[\])]\s*")


def _same_word(a: str, b: str) -> bool:
    """The same word in the singular and the plural ("effect"/"effects"). A misspelt word is a
    difference: one letter tells "methanol" from "ethanol"."""
    if not (a.isalpha() and b.isalpha()):
        return False
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es")


def _words_agree(cited: list[str], found: list[str]) -> bool:
    """Same words in the same order, up to function words, spacing/hyphenation and typos."""
    if not cited or not found:
        return False
    ops = SequenceMatcher(a=cited, b=found, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        ours, theirs = cited[i1:i2], found[j1:j2]
        if "".join(ours) == "".join(theirs):  # "well-being" / "wellbeing", "TNFalpha" / "TNF-α"
            continue
        if all(w in _FUNCTION_WORDS for w in (*ours, *theirs)):
            continue
        if len(ours) == len(theirs) and all(map(_same_word, ours, theirs)):
            continue
        return False
    return True


def _title_forms(title: str) -> list[str]:
    """The title as given, and without or only a bracketed part ("[Article in Russian]", a
    translation given with the original in brackets, PubMed's "[Title in English]")."""
    forms = [title]
    inner = [m.group(1) for m in _BRACKETED.finditer(title)]
    if inner:
        forms.append(_BRACKETED.sub(" ", title))
        forms.extend(inner)
    return [f for f in forms if f.strip()]


def title_words_agree(cited: str | None, found: str | None, year: int | None = None) -> bool:
    """Is the cited title the work's title, word for word?

    Not a difference: case, punctuation, hyphens and spacing, markup, British/American spelling,
    "&" for "and", a Greek letter spelled out, a function word, a plural,
    the subtitle left out, a title cut short (>= 4 words and 30% of it), a bracketed part (a
    translation or a language note). Any other changed, added or missing word, number or code is.
    Titles in different scripts are not compared word by word (a transliteration is not the
    same letters): there the similarity alone decides."""
    if not cited or not found:
        return False
    if latin_script(cited) != latin_script(found):
        return title_similarity(cited, found) >= TITLE_OK
    # a year the style prints right after the title ("... analysis 2020.") read as part of it
    if (
        year is not None
        and cited.rstrip(" .").endswith(f" {year}")
        and not found.rstrip(" .").endswith(str(year))
    ):
        cited = cited.rstrip(" .")[: -len(str(year))]
    main, subtitle = split_subtitle(cited)
    if subtitle is not None and fold(subtitle) in _VERSION_SUBTITLES:
        cited = main  # "... with Covid-19 - Preliminary Report", later printed without it
    record_main = split_subtitle(found)[0]
    record_forms = [title_words(found), title_words(record_main)]
    for form in _title_forms(cited):
        words = title_words(form)
        if any(_words_agree(words, theirs) for theirs in record_forms):
            return True
        whole = record_forms[0]
        kept = len(words)
        if (
            kept >= MIN_TRUNCATED_WORDS
            and kept < len(whole)
            and len(" ".join(words)) >= MIN_TRUNCATED_COVERAGE * len(" ".join(whole))
            and _words_agree(words, whole[:kept])
        ):
            return True
    return False


def name_similarity(cited: str, found: str) -> float:
    """Similarity of two family (or group) names, tolerant of accents, particles and word order."""
    a, b = normalize_family(cited), normalize_family(found)
    if not a or not b:
        return 0.0
    if a == b or transliterate(a) == transliterate(b):
        return 1.0
    if umlauts_written_out(cited) == umlauts_written_out(found):  # "Mueller" for "Müller"
        return 1.0
    if _family_of_written_out(a, b) or _family_of_written_out(b, a):
        return 1.0
    scores = [_ratio(a, b), _ratio(transliterate(a), transliterate(b))]
    core_a, core_b = family_core(cited), family_core(found)
    if core_a and core_b:
        scores.append(_ratio(core_a, core_b))
        # "Garcia" vs "Garcia Marquez": a compound surname cited by its first part
        if core_a.split()[0] == core_b.split()[0]:
            scores.append(0.9)
    if len(a.split()) >= 3 or len(b.split()) >= 3:  # group authors: word order and fillers vary
        scores.append(fuzz.token_set_ratio(a, b) / 100.0 * 0.95)
    return max(scores)


# Chinese, Japanese and Korean names are written family name first with no space ("吴洵"); a
# record may hold the family name alone ("吴"), one or two characters
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def _family_of_written_out(family: str, full: str) -> bool:
    """Is `family` ("吴") the family name that opens the written-out name `full` ("吴洵")?"""
    return (
        len(family) <= 2
        and len(full) > len(family)
        and bool(_CJK_NAME.fullmatch(full))
        and full.startswith(family)
    )


@dataclass(frozen=True)
class AuthorMatch:
    score: float
    first: float  # similarity of the cited first author with the work's first author
    overlap: float  # share of cited names found anywhere in the work's list
    ok: bool


def compare_authors(cited: Iterable[str], found: Iterable[str]) -> AuthorMatch | None:
    """None when either side lists nobody (nothing to compare)."""
    names = [n for n in cited if n and n.strip() and not is_et_al(n)]
    work = [n for n in found if n and n.strip()]
    if not names or not work:
        return None
    first = name_similarity(names[0], work[0])
    if len(work) > 1:  # first two swapped is a small error, not a different work
        first = max(first, 0.8 * name_similarity(names[0], work[1]))
    if first >= NAME_OK and all(is_organisation(w) for w in work):
        # a work registered under its group alone ("The RECOVERY Collaborative Group"), cited
        # as the group and its writing committee ("RECOVERY Collaborative Group; Horby P, Lim
        # WS, ..."): the record lists none of the group's members, so none can be missing
        overlap = 1.0
    else:
        overlap = _share_present(names, work)
    score = 0.6 * first + 0.4 * overlap
    ok = first >= NAME_OK or (overlap >= 0.5 and first >= NAME_CLOSE)
    return AuthorMatch(score=round(score, 3), first=first, overlap=overlap, ok=ok)


# Cited names beyond this many are not looked for one by one: the share found among the first
# ones is the list's share, and a consortium list of thousands would cost the product of the two.
OVERLAP_NAMES = 200


def _share_present(names: list[str], work: list[str]) -> float:
    """The share of the (first `OVERLAP_NAMES`) cited names found anywhere in the work's list; a
    name spelt as the work spells it is found without comparing it with every name, and a name
    cited many times is looked for once."""
    exact = {normalize_family(w) for w in work}
    looked: dict[str, bool] = {}
    sample = names[:OVERLAP_NAMES]
    present = 0
    for name in sample:
        if name not in looked:
            family = normalize_family(name)
            looked[name] = (
                bool(family and family in exact)
                or max(name_similarity(name, w) for w in work) >= NAME_OK
            )
        present += looked[name]
    return present / len(sample)


def journal_similarity(cited: str | None, names: Iterable[str], issns: Iterable[str] = ()) -> float:
    """Best similarity of the cited journal with any of the work's journal names or ISSNs."""
    if not cited:
        return 0.0
    if issns_in(cited) & set(issns):
        return 1.0
    cited = strip_trailing_locator(cited) or cited
    cited_words = " ".join(journal_words(cited))
    best = 0.0
    for name in names:
        if not name:
            continue
        full_words = " ".join(journal_words(name))
        if cited_words and cited_words == full_words:
            return 1.0
        if journal_abbreviation_match(cited, name) or journal_abbreviation_match(name, cited):
            best = max(best, 0.95)
        if venue_acronyms(cited) & venue_acronyms(name):  # "CVPR" names "... (CVPR)"
            best = max(best, 0.95)
        best = max(best, _ratio(cited_words, full_words), _ratio(fold(cited), fold(name)))
    return best


def pages_similarity(cited: str | None, found: str | None) -> float:
    a, b = parse_pages(cited), parse_pages(found)
    if not a or not b:
        return 0.0
    if a[0] != b[0]:
        return 0.0
    if a[1] and b[1] and a[1] != b[1]:
        return 0.3  # same first page, different last page
    return 1.0


def year_distance(cited: int, years: set[int]) -> int | None:
    return min(abs(cited - y) for y in years) if years else None


def work_journal_names(record: Record) -> list[str]:
    """The work's journal names: its full title first, then its short titles."""
    names = [record.journal] if record.journal else []
    names.extend(record.short_journals)
    return list(dict.fromkeys(n for n in names if n))


def work_years(record: Record) -> set[int]:
    years = set(record.years)
    if record.year is not None:
        years.add(record.year)
    return years


def _scripts_differ(cited: str, found: str) -> bool:
    return latin_script(cited) != latin_script(found)


def compare_fields(cited: Cited, record: Record) -> list[FieldCheck]:
    """One FieldCheck for each field the citation states.

    A field the work does not record cannot contradict the citation: it gets score 0.5, ok True."""
    checks: list[FieldCheck] = []

    def add(field: str, cited_value: str | None, found: str | None, score: float, ok: bool) -> None:
        checks.append(
            FieldCheck(
                field=field,
                cited=cited_value,
                found=found,
                score=round(max(0.0, min(1.0, score)), 3),
                ok=ok,
            )
        )

    def unknown(field: str, cited_value: str) -> None:
        add(field, cited_value, None, 0.5, True)

    def other_script(field: str, cited_value: str, found: str) -> None:
        # a transliteration is not the same letters: say so rather than report a difference
        add(field, cited_value, None, 0.5, True)
        checks[-1] = checks[-1].model_copy(
            update={"note": f"not compared: written in another script than the record's {found!r}"}
        )

    if cited.title:
        if record.title:
            # a work registered under two titles (original and translation) is cited by either
            scored = [
                (title_similarity(cited.title, t), t) for t in (record.title, *record.other_titles)
            ]
            score, best_title = max(scored, key=lambda pair: pair[0])
            titles = (record.title, *record.other_titles)
            agrees = [t for t in titles if title_words_agree(cited.title, t, cited.year)]
            add("title", cited.title, agrees[0] if agrees else best_title, score, bool(agrees))
        else:
            unknown("title", cited.title)
    cited_authors = [a for a in cited.authors if a and not is_et_al(a)]
    if cited_authors:
        match = compare_authors(cited_authors, record.authors)
        shown = "; ".join(cited.authors)
        if match is None:
            unknown("authors", shown)
        elif not match.ok and _scripts_differ(cited_authors[0], record.authors[0]):
            other_script("authors", shown, "; ".join(record.authors))
        else:
            add("authors", shown, "; ".join(record.authors), match.score, match.ok)
    if cited.year is not None:
        distance = year_distance(cited.year, work_years(record))
        found = str(record.year) if record.year is not None else None
        if distance is None:
            unknown("year", str(cited.year))
        else:
            add("year", str(cited.year), found, {0: 1.0, 1: 0.8}.get(distance, 0.0), distance <= 1)
    if cited.journal:
        names = work_journal_names(record)
        if names:
            score = journal_similarity(cited.journal, names, record.issns)
            if score < JOURNAL_OK and all(_scripts_differ(cited.journal, n) for n in names):
                other_script("journal", cited.journal, names[0])
            else:
                add("journal", cited.journal, names[0], score, score >= JOURNAL_OK)
        else:
            unknown("journal", cited.journal)
    for field, cited_value, found in (
        ("volume", cited.volume, record.volume),
        ("issue", cited.issue, record.issue),
    ):
        if cited_value:
            if found:
                same = normalize_number(cited_value) == normalize_number(found)
                if not same and field == "volume" and _half_year_volume(cited, record):
                    add(field, cited_value, found, _HALF_YEAR_SCORE, True)
                    continue
                add(field, cited_value, found, 1.0 if same else 0.0, same)
            else:
                unknown(field, cited_value)
    if cited.pages:
        if record.pages:
            score = pages_similarity(cited.pages, record.pages)
            add("pages", cited.pages, record.pages, score, score >= 0.99)
        else:
            unknown("pages", cited.pages)
    return checks


# A journal's old volumes cited by the year's half ("Lancet. 1986;1(8476):307-10", as PubMed
# writes it) while the record numbers its volumes on (327): the issue, numbered on across the
# years, says it is the same issue. Not a perfect agreement, but no difference.
_HALF_YEAR_SCORE = 0.9
_RUNNING_ISSUE = 1000


def _half_year_volume(cited: Cited, record: Record) -> bool:
    cited_issue, record_issue = normalize_number(cited.issue), normalize_number(record.issue)
    return (
        normalize_number(cited.volume) in ("1", "2")
        and cited_issue.isdigit()
        and cited_issue == record_issue
        and int(cited_issue) >= _RUNNING_ISSUE
    )


def check_for(checks: list[FieldCheck], field: str) -> FieldCheck | None:
    return next((c for c in checks if c.field == field), None)
