"""A cited title is the work's title word for word, up to spelling noise; one changed content
word, number or code is a title mismatch however close the two strings are.

Real titles (checked on the publishers' pages): Ioannidis, PLoS Med 2005 (10.1371/journal.pmed.
0020124); Polack et al., N Engl J Med 2020 (10.1056/NEJMoa2034577); Kahneman & Tversky,
Econometrica 1979 (10.2307/1914185); Huang et al., Lancet 2020 (10.1016/S0140-6736(20)30183-5);
Zhu et al., N Engl J Med 2020 (10.1056/NEJMoa2001017). Titles marked INVENTED exist only here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.models import Cited, Record, Verdict
from citecheck.verification.compare import (
    TITLE_OK,
    check_for,
    compare_fields,
    title_similarity,
    title_words_agree,
)
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref, load_messages

IOANNIDIS = "Why Most Published Research Findings Are False"
POLACK = "Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine"
PROSPECT = "Prospect Theory: An Analysis of Decision under Risk"
HUANG = "Clinical features of patients infected with 2019 novel coronavirus in Wuhan, China"
ZHU = "A Novel Coronavirus from Patients with Pneumonia in China, 2019"


@pytest.mark.parametrize(
    ("cited", "real"),
    [
        ("Why most published research findings are true", IOANNIDIS),  # the claim reversed
        ("Safety and efficacy of the mRNA-1273 Covid-19 vaccine", POLACK),  # another vaccine
        ("Safety and efficacy of the BNT162b1 mRNA Covid-19 vaccine", POLACK),  # one character
        ("Prospect theory: an analysis of decision under uncertainty", PROSPECT),
        (
            "Clinical features of children infected with 2019 novel coronavirus in Wuhan, China",
            HUANG,
        ),
        (
            "Clinical features of patients infected with 2020 novel coronavirus in Wuhan, China",
            HUANG,
        ),
        ("A novel coronavirus from patients with pneumonia in Italy, 2019", ZHU),
        # INVENTED: another type, written in Roman numerals
        ("Type III diabetes in adults", "Type 2 diabetes in adults"),
        # a subtitle the work does not have
        (
            "Why most published research findings are false: a reappraisal after ten years",
            IOANNIDIS,
        ),
        # a content word left out of the middle
        ("Safety and efficacy of the mRNA Covid-19 vaccine", POLACK),
        # a negation added
        ("Why most published research findings are not false", IOANNIDIS),
    ],
)
def test_one_changed_word_number_or_code_is_a_title_mismatch(cited: str, real: str) -> None:
    # the similarity still names the work (so it is found and not called fabricated) ...
    assert title_similarity(cited, real) >= 0.8
    # ... but the title is not the work's
    assert not title_words_agree(cited, real)


@pytest.mark.parametrize(
    ("cited", "real"),
    [
        ("WHY MOST PUBLISHED RESEARCH FINDINGS ARE FALSE.", IOANNIDIS),  # case, full stop
        ("Safety and efficacy of the BNT162b2 mRNA COVID-19 vaccine", POLACK),
        ("Safety and efficacy of the BNT-162b2 mRNA Covid 19 vaccine", POLACK),  # hyphens
        ("Prospect theory", PROSPECT),  # subtitle left out
        ("Prospect theory - an analysis of decision under risk", PROSPECT),  # another separator
        ("Clinical features of patients infected with 2019 novel coronavirus", HUANG),  # cut short
        # INVENTED titles: spelling noise only
        ("Colour and behaviour in ageing mice", "Color and Behavior in Aging Mice"),
        (
            "Anaemia & oestrogen in a paediatric programme",
            "Anemia and Estrogen in a Pediatric Program",
        ),
        ("Signalling of β-amyloid and TNF-α", "Signaling of beta-amyloid and TNF-alpha"),
        ("Two doses versus one of a vaccine", "2 doses vs one of a vaccine"),
        # INVENTED: British spellings beyond the -our/-ise/ae/oe families, and Roman numerals
        (
            "Magnesium sulphate and grey matter in haem disorders",
            "Magnesium Sulfate and Gray Matter in Heme Disorders",
        ),
        ("Dietary fibre under an open licence", "Dietary fiber under an open license"),
        ("Aluminium adjuvants in phase III trials", "Aluminum adjuvants in phase 3 trials"),
        ("Type II diabetes in adults", "Type 2 diabetes in adults"),
        ("Wellbeing in the city", "Well-being in a city"),  # hyphenation, article
        ("Effect of sleep on memory", "Effects of sleep on memory"),  # a plural
        # a translated title with the original in brackets, either way round (INVENTED)
        ("Depression in adolescents [Depressiya u podrostkov]", "Depression in adolescents"),
        ("[Depression in adolescents]", "Depression in adolescents"),
        # a language note after the title
        ("Depression in adolescents [Article in Russian]", "Depression in adolescents"),
    ],
)
def test_spelling_noise_is_not_a_difference(cited: str, real: str) -> None:
    assert title_words_agree(cited, real)


def test_titles_in_different_scripts_are_left_to_the_similarity() -> None:
    # INVENTED: a Cyrillic title and its transliteration are the same title, never a mismatch
    # on script alone
    assert title_words_agree("Депрессия у подростков", "Depressiya u podrostkov")


def test_a_trailing_year_read_into_the_title_is_the_citation_year() -> None:
    real = "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19"
    assert title_words_agree(real + " 2020", real, year=2020)
    assert not title_words_agree(real + " 2020", real, year=2019)


def test_compare_fields_names_the_title_and_keeps_the_score_that_identifies() -> None:
    record = Record(doi="10.1371/journal.pmed.0020124", title=IOANNIDIS, authors=["Ioannidis"])
    checks = compare_fields(Cited(title="Why most published research findings are true"), record)
    title = check_for(checks, "title")
    assert title is not None and not title.ok and title.score >= TITLE_OK


_WORDS = st.lists(
    st.sampled_from(["sleep", "memory", "mice", "rats", "trial", "dose", "fever", "children"]),
    min_size=3,
    max_size=8,
)


@given(_WORDS, st.integers(min_value=0, max_value=7), st.sampled_from(["adults", "2021", "b2"]))
def test_replacing_any_word_by_another_content_word_is_caught(
    words: list[str], at: int, other: str
) -> None:
    at = at % len(words)
    changed = [*words[:at], other, *words[at + 1 :]]
    assert title_words_agree(" ".join(words).capitalize(), " ".join(words))
    assert not title_words_agree(" ".join(changed), " ".join(words))


MESSAGES = load_messages(Path(__file__).parent / "fixtures" / "verify" / "records.jsonl")
PLOS = "10.1371/journal.pone.0033693"
PLOS_GARBLED = (
    "Sadasivan S, Pond BB, et al. Methylphenidate exposure induces "
    "dopamine neuron loss and activation of microglia in the basal ganglia of rats. PLoS One. "
    "2012;7(3):e33693."
)


@pytest.mark.parametrize("doi", ["", f" doi:{PLOS}"])
def test_a_real_work_cited_with_one_word_changed_is_a_mismatch_never_an_accusation(
    doi: str,
) -> None:
    (ref,), _ = extract_references(f"Text.\n\n## References\n\n1. {PLOS_GARBLED}{doi}\n")
    out = asyncio.run(verify_reference(ref, FakeCrossref(MESSAGES)))
    assert out.verdict == Verdict.METADATA_MISMATCH
    assert out.record is not None and out.record.doi == PLOS
    assert [c.field for c in out.field_checks if not c.ok] == ["title"]
    exact = PLOS_GARBLED.replace("of rats", "of mice")
    (ref,), _ = extract_references(f"Text.\n\n## References\n\n1. {exact}{doi}\n")
    assert asyncio.run(verify_reference(ref, FakeCrossref(MESSAGES))).verdict == Verdict.VERIFIED
