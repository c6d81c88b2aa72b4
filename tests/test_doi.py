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


@given(st.text(max_size=300))
def test_find_dois_never_crashes_and_offsets_hold(text: str) -> None:
    for doi, start, end in find_dois(text):
        assert 0 <= start < end <= len(text)
        assert normalize_doi(text[start:end]) == doi


@given(st.from_regex(r"10\.[0-9]{4,6}/[A-Za-z0-9._-]{1,20}[A-Za-z0-9]", fullmatch=True))
def test_normalize_is_idempotent_and_prefix_insensitive(doi: str) -> None:
    once = normalize_doi(doi)
    assert once == doi.lower()
    assert normalize_doi(f"https://doi.org/{doi}.") == once
    assert normalize_doi(once) == once
