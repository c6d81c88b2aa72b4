from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.doi import find_dois, mistyped_doi, normalize_doi


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.1038/mp.2017.255", "10.1038/mp.2017.255"),
        ("https://doi.org/10.1038/MP.2017.255.", "10.1038/mp.2017.255"),
        ("http://dx.doi.org/10.1038/mp.2017.255", "10.1038/mp.2017.255"),
        ("doi:10.1097/PRA.0000000000000492", "10.1097/pra.0000000000000492"),
        ("DOI: 10.2147/NDT.S213254,", "10.2147/ndt.s213254"),
        ("DOI 10.1136/bmjopen-2020-045678;", "10.1136/bmjopen-2020-045678"),
        ("(doi:10.1016/s0140-6736(20)31180-6)", "10.1016/s0140-6736(20)31180-6"),
        ("https://doi.org/10.1002%2Fjclp.1234", "10.1002/jclp.1234"),
        ("10.1000/abc\\_def", "10.1000/abc_def"),
        ("https://doi.org/10.1000/xyz?utm_source=x", "10.1000/xyz"),
        ("not a doi", None),
        ("", None),
        (None, None),
        ("10.12/abc", None),  # registrant code too short
        (
            "https://doi.org/10.1002/(SICI)1099-1166(199703)12:3<303::AID-GPS590>3.0.CO;2-E.",
            "10.1002/(sici)1099-1166(199703)12:3<303::aid-gps590>3.0.co;2-e",
        ),
        ("https://doi.org/10.5555/test%232020_%2541", "10.5555/test#2020_%41"),
        ("10.5555/test#2020_%41", "10.5555/test#2020_%41"),  # a decoded DOI stays as it is
        ("<https://doi.org/10.1000/abc>", "10.1000/abc"),
    ],
)
def test_normalize_doi(raw: str | None, expected: str | None) -> None:
    assert normalize_doi(raw) == expected


def test_find_dois_gives_exact_offsets() -> None:
    text = "See doi:10.2147/NDT.S213254. Also https://doi.org/10.1038/mp.2017.255, done."
    found = find_dois(text)
    assert [doi for doi, _, _ in found] == ["10.2147/ndt.s213254", "10.1038/mp.2017.255"]
    for doi, start, end in found:
        assert text[start:end].lower() == doi


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Okonedo (1997). https://doi.org/10.1002/(SICI)1099-1166(199703)12:3"
            "<303::AID-GPS590>3.0.CO;2-E. Next",
            "10.1002/(sici)1099-1166(199703)12:3<303::aid-gps590>3.0.co;2-e",
            "10.1002/(SICI)1099-1166(199703)12:3<303::AID-GPS590>3.0.CO;2-E",
        ),
        (
            "Record. https://doi.org/10.5555/test%232020_%2541.",
            "10.5555/test#2020_%41",
            "10.5555/test%232020_%2541",
        ),
        ("See <https://doi.org/10.1000/abc>.", "10.1000/abc", "10.1000/abc"),
        ('<a href="https://x.org">10.1000/xyz</a>', "10.1000/xyz", "10.1000/xyz"),
        ("https://doi.org/10.1000/xyz?utm_source=x#top", "10.1000/xyz", "10.1000/xyz"),
    ],
)
def test_find_dois_reads_sici_and_percent_encoded_dois_whole(
    text: str, expected: str, span: str
) -> None:
    [(doi, start, end)] = find_dois(text)
    assert doi == expected
    assert text[start:end] == span


@given(st.text(max_size=300))
def test_find_dois_never_crashes_and_offsets_hold(text: str) -> None:
    for doi, start, end in find_dois(text):
        assert 0 <= start < end <= len(text)
        # one character of context tells a DOI inside a link ("/10.1/x%23y") from a bare one
        assert normalize_doi(text[max(0, start - 1) : end]) == doi


@given(
    st.from_regex(
        r"10\.[0-9]{4}/[A-Za-z0-9]{1,8}(?:%2[35]|[<#%])?[A-Za-z0-9:>]{1,8}", fullmatch=True
    )
)
def test_find_dois_offsets_hold_for_links(doi: str) -> None:
    text = f"See https://doi.org/{doi}. Done"
    for found, start, end in find_dois(text):
        assert normalize_doi(text[start - 1 : end]) == found


@given(st.from_regex(r"10\.[0-9]{4,6}/[A-Za-z0-9._-]{1,20}[A-Za-z0-9]", fullmatch=True))
def test_normalize_is_idempotent_and_prefix_insensitive(doi: str) -> None:
    once = normalize_doi(doi)
    assert once == doi.lower()
    assert normalize_doi(f"https://doi.org/{doi}.") == once
    assert normalize_doi(once) == once


def test_markdown_code_ticks_and_stars_around_a_doi_are_not_part_of_it() -> None:
    # a real LNCS entry printed its DOI link in backticks; read with the tick, the correct DOI
    # looked unregistered and the citation was called wrong_doi
    text = "pp. 770–778 (2016). `https://doi.org/10.1109/CVPR.2016.90`"
    assert [doi for doi, _, _ in find_dois(text)] == ["10.1109/cvpr.2016.90"]
    assert normalize_doi("**10.1109/CVPR.2016.90**") == "10.1109/cvpr.2016.90"


# --- a DOI one slip of the pen from another ---------------------------------------------------

_SUFFIX = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-", min_size=6, max_size=30)


@pytest.mark.parametrize(
    ("cited", "found", "slip"),
    [
        ("10.1001/archpsyc.63.8.865", "10.1001/archpsyc.63.8.856", True),  # two swapped
        ("10.1001/jamapsychiatry.2017.3738", "10.1001/jamapsychiatry.2017.3739", True),
        ("10.1038/mp.2017.2555", "10.1038/mp.2017.255", True),  # one added
        ("10.1038/MP.2017.255", "10.1038/mp.2017.255", False),  # the same DOI
        ("10.1001/archpsyc.63.8.865", "10.1002/archpsyc.63.8.865", False),  # another prefix
        ("10.1001/archpsyc.63.8.865", "10.1001/archpsyc.63.8.586", False),  # two slips
        ("10.1101/2021.01.01.1", "10.1056/nejmoa2302399", False),  # a preprint's DOI
        ("10.1/ab1", "10.1/ab2", False),  # too short to tell a slip from another DOI
    ],
)
def test_mistyped_doi(cited: str, found: str, slip: bool) -> None:
    assert mistyped_doi(cited, found) is slip
    assert mistyped_doi(found, cited) is slip


@given(_SUFFIX, st.data())
def test_one_swap_change_insertion_or_deletion_is_a_slip(suffix: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(suffix) - 2))
    swapped = suffix[:at] + suffix[at + 1] + suffix[at] + suffix[at + 2 :]
    changed = suffix[:at] + ("x" if suffix[at] != "x" else "y") + suffix[at + 1 :]
    dropped = suffix[:at] + suffix[at + 1 :]
    added = suffix[:at] + "7" + suffix[at:]
    found = f"10.5555/{suffix}"
    for cited in (swapped, changed, dropped, added):
        expected = cited != suffix and len(cited) >= 6
        assert mistyped_doi(f"10.5555/{cited}", found) is expected, cited
    assert not mistyped_doi(found, found)


@given(_SUFFIX, _SUFFIX)
def test_a_slip_is_symmetric(one: str, other: str) -> None:
    assert mistyped_doi(f"10.5555/{one}", f"10.5555/{other}") is mistyped_doi(
        f"10.5555/{other}", f"10.5555/{one}"
    )
