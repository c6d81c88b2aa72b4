"""Citation forms the parser used to misread: an IEEE venue's month, MLA/APSA given names,
initials-first Vancouver names and GB/T 7714 (and other CJK) entries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.reflist import parse_reference


def test_an_ieee_venue_loses_its_month() -> None:
    cited, _ = parse_reference(
        "K. He, X. Zhang, S. Ren, and J. Sun, “Deep residual learning for image recognition,” "
        "in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Jun. 2016, pp. 770–778."
    )
    assert cited.journal == "Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)"
    assert (cited.year, cited.pages) == (2016, "770-778")


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        (
            'LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "Deep learning." Nature, vol. 521, '
            "no. 7553, 2015, pp. 436–444.",
            ["LeCun", "Bengio", "Hinton"],
        ),
        (
            'LeCun, Yann, and Yoshua Bengio. "Deep learning." Nature, vol. 521, 2015, pp. 436–444.',
            ["LeCun", "Bengio"],
        ),
        ('LeCun, Yann. "Deep learning." Nature, vol. 521, 2015, pp. 436–444.', ["LeCun"]),
        (
            "Anand, Amit, Sanjay J Mathew, and Gerard Sanacora. 2023. “Ketamine versus ECT for "
            "Nonpsychotic Treatment-Resistant Major Depression.” New England Journal of Medicine "
            "388 (25): 2315–25.",
            ["Anand", "Mathew", "Sanacora"],
        ),
        # Vancouver names carry initials: no given name to fold in
        (
            "Zanos A, Gould A, Lindqvist A. Ketamine trial. J Synth Res. 2018;12:1-9.",
            ["Zanos", "Gould", "Lindqvist"],
        ),
    ],
)
def test_a_given_name_written_out_is_not_an_author(entry: str, authors: list[str]) -> None:
    assert parse_reference(entry)[0].authors == authors


def test_initials_first_names_before_a_vancouver_locator() -> None:
    cited, _ = parse_reference(
        "C. Huang et al, Clinical features of patients infected with 2019 novel coronavirus in "
        "Wuhan, China, Lancet 2020; 395: 497–506"
    )
    assert cited.authors == ["Huang"]
    assert cited.title == (
        "Clinical features of patients infected with 2019 novel coronavirus in Wuhan, China"
    )
    assert (cited.journal, cited.year, cited.volume, cited.pages) == (
        "Lancet",
        2020,
        "395",
        "497-506",
    )


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "王琬玥, 陈恕凤, 李建新, 等. 中国60岁及以上老年人群累积体质指数与认知功能的关联[J]. "
            "中华医学杂志, 2024, 104(46): 4229-4239.",
            (
                ["王琬玥", "陈恕凤", "李建新"],
                "中国60岁及以上老年人群累积体质指数与认知功能的关联",
                "中华医学杂志",
                2024,
                "104",
                "46",
                "4229-4239",
            ),
        ),
        (
            "林启, 周晶耀, 潘松涛. 2009-2015年浙江省舟山市居民伤害死亡特征分析. 疾病监测, 2017, "
            "32(1): 66-70",
            (
                ["林启", "周晶耀", "潘松涛"],
                "2009-2015年浙江省舟山市居民伤害死亡特征分析",
                "疾病监测",
                2017,
                "32",
                "1",
                "66-70",
            ),
        ),
        (
            "坂本, 武田, 竹山. 3歳児健診受診児における構音発達の経年変化. 小児耳鼻咽喉科. "
            "2019;40(3):256-263.",
            (
                ["坂本", "武田", "竹山"],
                "3歳児健診受診児における構音発達の経年変化",
                "小児耳鼻咽喉科",
                2019,
                "40",
                "3",
                "256-263",
            ),
        ),
    ],
)
def test_cjk_entries_are_split_into_fields(entry: str, expected) -> None:
    cited, _ = parse_reference(entry)
    got = (cited.authors, cited.title, cited.journal, cited.year, cited.volume, cited.issue)
    assert got + (cited.pages,) == expected


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="王陈李等林.,，。 []J:()0123456789-abcABC", max_size=300),
)
def test_segment_parsing_never_crashes(text: str) -> None:
    cited, _ = parse_reference(text)
    assert cited.title is None or isinstance(cited.title, str)


def test_a_year_after_the_title_is_no_journal() -> None:
    cited, _ = parse_reference("Smith J, Lee K. A global report on the state of things. 2016.")
    assert (cited.title, cited.year, cited.journal) == (
        "A global report on the state of things",
        2016,
        None,
    )


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # Nature: a capitalised particle before a small one
        (
            "Van der Laak, J., Litjens, G. & Ciompi, F. Deep learning in histopathology: the path "
            "to the clinic. Nat. Med. 27, 775–784 (2021).",
            (["Van der Laak", "Litjens", "Ciompi"], "Nat. Med", "27", "775-784"),
        ),
        # PLOS XML: one Vancouver author before "(year)", a space lost after "?"
        (
            "Chakroborty A (2011) Drug-resistant tuberculosis: an insurmountable epidemic?"
            "Inflammopharmacology 19: 131–137",
            (["Chakroborty"], "Inflammopharmacology", "19", "131-137"),
        ),
        # an acronym's full stop ends the title ("... of DNA. Nature.")
        (
            "Lindahl T. Instability and decay of the primary structure of DNA. Nature. "
            "1993;362(6422):709–15.",
            (["Lindahl"], "Nature", "362", "709-15"),
        ),
        # a DOI as Markdown code leaves no backtick behind for the title
        (
            "He, K., Zhang, X., Ren, S., Sun, J.: Deep residual learning for image recognition. "
            "In: Proc. of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR). "
            "pp. 770–778 (2016). `https://doi.org/10.1109/CVPR.2016.90`",
            (
                ["He", "Zhang", "Ren", "Sun"],
                "Proc. of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
                None,
                "770-778",
            ),
        ),
    ],
)
def test_real_publisher_strings_are_split_into_fields(entry: str, expected) -> None:
    cited, _ = parse_reference(entry)
    assert (cited.authors, cited.journal, cited.volume, cited.pages) == expected
    assert cited.title is not None and len(cited.title.split()) >= 4
    assert not cited.title.endswith(("Nature", "Inflammopharmacology"))


def test_an_organisation_before_a_year_stays_one_author() -> None:
    cited, _ = parse_reference(
        "Janssen Pharmaceuticals. (2019). Spravato prescribing information. Titusville, NJ."
    )
    assert cited.authors == ["Janssen Pharmaceuticals"]
