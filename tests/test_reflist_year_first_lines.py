"""A hard-wrapped reference whose continuation line opens with the year ("2008;337:a1302.")
stays one entry: no style opens an entry with its year, so the line belongs to the entry above.

The works are real (Hay et al., BMJ 2008, PITCH; Perkins et al., N Engl J Med 2018, PARAMEDIC2;
ISIS-2, Lancet 1988; RECOVERY, N Engl J Med 2021); the wrapping is ours, the way a list pasted
from an e-mail or a PDF at about 80 columns comes out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import find_reference_entries, parse_reference

WRAPPED = """Combined treatment cleared fever faster in 156 children
(Hay et al., 2008).

References
1. Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for the
treatment of fever in children (PITCH): randomised controlled trial. BMJ.
2008;337:a1302. doi:10.1136/bmj.a1302
2. Perkins GD, Ji C, Deakin CD, et al. A randomized trial of epinephrine in
out-of-hospital cardiac arrest. N Engl J Med. 2018;379(8):711-721.
"""

NUMBERED = """Text cites [1], [2], [3] and [4].

References
1. ISIS-2 Collaborative Group. Randomised trial of intravenous streptokinase, oral aspirin, both, or neither among
17 187 cases of suspected acute myocardial infarction: ISIS-2. Lancet. 1988;2(8607):349-60.
2. Perkins GD, Ji C, Deakin CD, et al. A randomized trial of epinephrine in out-of-hospital cardiac arrest. N Engl J Med.
2018 Aug 23;379(8):711-21.
3. Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for the treatment of fever in children (PITCH). BMJ 2008;
337:a1302.
4. RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with Covid-19. N Engl J Med 2021;384:693-704. doi:
10.1056/NEJMoa2021436
"""


def test_year_first_continuation_keeps_the_whole_entry() -> None:
    entries = find_reference_entries(WRAPPED)
    assert len(entries) == 2
    assert all(WRAPPED[e.start : e.end] == e.raw for e in entries)
    hay, _ = parse_reference(entries[0].raw)
    assert (hay.authors[0], hay.year, hay.volume, hay.doi) == (
        "Hay",
        2008,
        "337",
        "10.1136/bmj.a1302",
    )
    assert hay.title is not None and hay.title.startswith("Paracetamol plus ibuprofen")


def test_author_year_citation_links_to_the_wrapped_entry() -> None:
    refs, cites = extract_references(WRAPPED)
    assert [r.origin for r in refs] == ["reference_list", "reference_list"]
    (hay,) = cites
    assert hay.reference_id == refs[0].id


def test_numbers_stay_on_their_entries() -> None:
    refs, cites = extract_references(NUMBERED)
    assert len(refs) == 4
    titles = [r.cited.title or "" for r in refs]
    assert "Dexamethasone" in titles[3] and refs[3].cited.doi == "10.1056/nejmoa2021436"
    assert "epinephrine" in titles[1] and refs[1].cited.year == 2018
    # "[1], [2], [3]" is one run citing three entries, in order; "[4]" names the fourth
    assert [c.reference_id for c in cites] == [r.id for r in refs]
    assert cites[-1].text == "[4]"


def test_unnumbered_entry_without_its_year_yet_takes_the_year_line() -> None:
    text = (
        "References\n\n"
        "Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for the treatment\n"
        "of fever in children (PITCH): randomised controlled trial. BMJ.\n"
        "2008;337:a1302.\n"
        "Perkins GD, Ji C, Deakin CD, et al. A randomized trial of epinephrine in\n"
        "out-of-hospital cardiac arrest. N Engl J Med. 2018;379(8):711-721.\n"
    )
    entries = find_reference_entries(text)
    assert [parse_reference(e.raw)[0].year for e in entries] == [2008, 2018]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True), st.integers(1950, 2030),
                  st.lists(st.from_regex(r"[a-z]{3,9}", fullmatch=True), min_size=3, max_size=10),
                  st.booleans()),
        min_size=1, max_size=6,
    ),
    st.booleans(),
)  # fmt: skip
def test_generated_lists_broken_before_the_year(works, numbered: bool) -> None:
    lines = []
    for number, (author, year, words, month) in enumerate(works, start=1):
        head = f"{number}. " if numbered else ""
        date = f"{year} Mar 4" if month else str(year)
        lines.append(f"{head}{author} AB, Other CD. {' '.join(words).capitalize()}. Med J.")
        lines.append(f"{date};{number + 10}(2):101-9.")
    text = "Body.\n\nReferences\n" + "\n".join(lines) + "\n"
    entries = find_reference_entries(text)
    assert len(entries) == len(works)
    for entry, (author, year, _words, _month) in zip(entries, works, strict=True):
        cited, _ = parse_reference(entry.raw)
        assert (cited.authors[0], cited.year) == (author, year)


def test_a_family_name_shaped_like_a_particle_loses_its_initials() -> None:
    # a surname such as "Der" or "Van" alone, in Vancouver form (found by the test above)
    text = "Body.\n\nReferences\nDer AB, Other CD. Aaa bbb ccc. Med J.\n1950;11(2):101-9.\n"
    (entry,) = find_reference_entries(text)
    assert parse_reference(entry.raw)[0].authors == ["Der", "Other"]
