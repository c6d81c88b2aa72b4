from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.doi import find_dois, normalize_doi


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
