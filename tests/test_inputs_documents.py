"""The .html, .docx and .pdf readers on the generated fixtures (tests/fixtures/inputs, truth in
truth.json) and on real CC BY article pages; hostile files refused with one line."""

from __future__ import annotations

import functools
import gzip
import io
import json
import re
import zipfile
import zlib
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.cli import main
from citecheck.errors import ArticleError
from citecheck.extraction.claims import extract_claims
from citecheck.extraction.references import extract_references
from citecheck.inputs.article import Article, read_article
from citecheck.inputs.docx import read_docx
from citecheck.inputs.pdf import _Line, _paragraphs, _rejoin_broken_words, read_pdf
from citecheck.inputs.webpage import decode_html, extract_webpage

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"
TRUTH = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))
PAGES = json.loads((FIXTURES / "pages" / "pages.json").read_text(encoding="utf-8"))
_WORDS = re.compile(r"[a-z0-9]+")


@functools.cache
def read_fixture(name: str) -> Article:
    """A fixture read once for the module (a PDF is read in a child process); read-only."""
    return read_article(FIXTURES / name)


def list_entries(text: str) -> list[str]:
    """The raw entries of the article's own reference list, as the audit finds them."""
    references, _ = extract_references(text)
    return [ref.raw for ref in references if ref.origin == "reference_list"]


def words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def kept_share(text: str) -> float:
    flat = words(text)
    paragraphs = TRUTH["paragraphs"]
    return sum(words(p) in flat for p in paragraphs) / len(paragraphs)


@pytest.mark.parametrize(
    "name",
    [
        "ketamine-news.html",
        "ketamine.docx",
        "ketamine-2col.pdf",
        "ketamine-apa.pdf",
        "ketamine-preprint.pdf",
    ],
)
def test_each_reader_keeps_the_article_and_its_13_references(name: str) -> None:
    article = read_fixture(name)
    entries = list_entries(article.text)
    assert len(entries) == len(TRUTH["references"]) == 13
    for entry, truth in zip(entries, TRUTH["references"], strict=True):
        # the entry is whole and readable: its words in order (DOI links written out)
        assert words(truth.split(" doi:")[0].split(" https://doi.org/")[0]) in words(entry)
    for heading in TRUTH["headings"]:
        assert heading in article.text
    # sentences broken by columns, pages or hyphens are whole again; at most one paragraph may
    # differ (the two-column PDF cannot know "talked-|about" keeps its hyphen)
    assert kept_share(article.text) >= (len(TRUTH["paragraphs"]) - 1) / len(TRUTH["paragraphs"])
    for furniture in TRUTH["boilerplate"].get(name, []):
        assert furniture not in article.text
    assert article.meta is not None and article.meta.title == TRUTH["title"]


def test_pdf_columns_are_read_left_then_right_and_headers_dropped() -> None:
    text = read_fixture("ketamine-2col.pdf").text
    order = [text.index(heading) for heading in TRUTH["headings"]]
    assert order == sorted(order)
    assert not re.search(r"^\d+$", text, re.MULTILINE)  # page numbers
    assert "Journal of Test Fixtures" not in text


def test_a_preprints_line_numbers_stay_out_of_its_sentences() -> None:
    text = read_fixture("ketamine-preprint.pdf").text
    assert "Most anxiety medicines act on serotonin or on GABA." in text
    assert not re.search(r"^\d+ [A-Z]", text, re.MULTILINE)


def test_docx_reads_tables_footnotes_endnotes_and_field_results_not_codes() -> None:
    article = read_article(FIXTURES / "ketamine.docx")
    text = article.text
    assert "Intravenous | 0.5 mg/kg over 40 minutes | Anand et al., 2023" in text
    assert "1. Doses are per kilogram of body weight unless stated otherwise." in text
    assert "Written for the citecheck test suite." in text
    assert "(Zanos & Gould, 2018)" in text
    assert "ZOTERO_ITEM" not in text and "CSL_CITATION" not in text
    assert "DELETED WORDS" not in text
    # the notes come before the reference list, which stays last and numbered by Word
    assert text.index("Notes\n") < text.index("References\n")
    assert "\n1. Anand, A., Mathew" in text and "\n13. Zarate, C. A." in text
    assert article.meta is not None and article.meta.published == "2024-03-01"


def xpath_elements(root: lxml.html.HtmlElement, path: str) -> list[lxml.html.HtmlElement]:
    found = root.xpath(path)
    if not isinstance(found, list):
        return []
    return [e for e in found if isinstance(e, lxml.html.HtmlElement)]


@pytest.mark.parametrize("name", [n for n in PAGES if not n.startswith("_")])
def test_real_article_pages_keep_their_reference_lists(name: str) -> None:
    data = gzip.decompress((FIXTURES / "pages" / name).read_bytes())
    spec = PAGES[name]
    root = lxml.html.document_fromstring(decode_html(data))
    truth_count = len(xpath_elements(root, spec["references_xpath"]))
    found = extract_webpage(decode_html(data), name, url=spec["url"])
    heading = max(m.end() for m in re.finditer(r"^(?:References|Sources)$", found.text, re.M))
    entries = [line for line in found.text[heading:].splitlines() if line.strip()]
    assert abs(len(entries) - truth_count) <= max(1, truth_count // 10)
    assert found.meta.title and found.meta.url == spec["url"]
    paragraphs = [str(p.text_content()) for p in xpath_elements(root, spec["article_xpath"])]
    flat = words(found.text)
    kept = sum(words(p) in flat for p in paragraphs if len(p.split()) > 8)
    assert kept >= 0.9 * sum(len(p.split()) > 8 for p in paragraphs)


def test_reference_links_become_part_of_the_entry() -> None:
    page = (
        "<html><body><article><h1>Coffee and sleep</h1>"
        + "<p>A long paragraph about coffee and sleep that reads like an article. " * 6
        + "</p><p>A small trial (<a href='https://doi.org/10.1000/xyz123'>Lee 2020</a>) found "
        "that 40 adults slept 20 minutes less.</p>"
        "<h2>References</h2><ol>"
        "<li>Lee, A. (2020). Coffee and sleep. Sleep, 3(1), 1-9. "
        "<a href='https://doi.org/10.1000/xyz123'>Crossref</a> "
        "<a href='https://pubmed.ncbi.nlm.nih.gov/31234567/'>PubMed</a> "
        "<a href='https://scholar.google.com/scholar?q=x'>Google Scholar</a></li>"
        "<li>Kim, B. (2019). Tea and sleep. Sleep, 2(4), 5-8.</li></ol>"
        "</article></body></html>"
    )
    text = extract_webpage(page, "page.html").text
    assert text.endswith(
        "References\n1. Lee, A. (2020). Coffee and sleep. Sleep, 3(1), 1-9. "
        "https://doi.org/10.1000/xyz123 https://pubmed.ncbi.nlm.nih.gov/31234567/\n"
        "2. Kim, B. (2019). Tea and sleep. Sleep, 2(4), 5-8.\n"
    )
    assert "Google Scholar" not in text
    assert "(Lee 2020) (https://doi.org/10.1000/xyz123) found" in text  # after the bracket


def test_a_wikipedia_style_list_keeps_identifiers_and_drops_backlinks() -> None:
    entry = (
        '<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a> '
        '<a href="#cite_ref-1a">a</a> <a href="#cite_ref-1b">b</a></span> '
        '<cite>Lee A (2020). "Coffee and sleep". <i>Sleep</i>. <b>3</b> (1): 1–9. '
        '<a href="https://doi.org/10.1000/xyz123">doi</a>:'
        '<a href="https://doi.org/10.1000/xyz123">10.1000/xyz123</a>. '
        '<a href="https://pubmed.ncbi.nlm.nih.gov/31234567/">PMID</a> '
        '<a href="https://pubmed.ncbi.nlm.nih.gov/31234567/">31234567</a>.</cite></li>'
    )
    page = (
        "<html><body><main><h1>Coffee</h1>"
        + "<p>Coffee is a drink that many adults take every morning with breakfast. " * 8
        + "</p><h2>References</h2><ol class='references'>"
        + entry
        + "</ol></main></body></html>"
    )
    text = extract_webpage(page, "wiki.html").text
    assert text.endswith(
        'References\n1. Lee A (2020). "Coffee and sleep". Sleep. 3 (1): 1–9. '
        "doi:10.1000/xyz123. PMID 31234567.\n"
    )


# --- PDF layout, from lines -------------------------------------------------------------------


def test_a_line_end_hyphen_is_undone_unless_the_word_is_hyphenated_elsewhere() -> None:
    lines = [
        _Line("The patients began treat-", 50, 700, 300, 710, 10),
        _Line("ment in a well-known clinic with a well-", 50, 688, 300, 698, 10),
        _Line("known team.", 50, 676, 120, 686, 10),
    ]
    joined = _rejoin_broken_words("\n".join(_paragraphs(lines, in_references=False)))
    assert joined == "The patients began treatment in a well-known clinic with a well-known team."


@settings(max_examples=60, deadline=None)
@given(st.lists(st.from_regex(r"[a-z]{2,8}", fullmatch=True), min_size=3, max_size=30))
def test_paragraph_joining_loses_no_word(tokens: list[str]) -> None:
    # one word per line, as narrow columns do: every word comes back, in order
    lines = [_Line(tok, 50, 700 - 12 * i, 300, 710 - 12 * i, 10) for i, tok in enumerate(tokens)]
    assert " ".join(_paragraphs(lines, in_references=False)).split() == tokens


# --- hostile and broken files -----------------------------------------------------------------


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def _bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024))
    return path


def _lying_bomb(tmp_path: Path) -> Path:
    """A member whose header declares a small size but inflates to more than the cap."""
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (60 * 1024 * 1024))
    data = bytearray(good.getvalue())
    real = (60 * 1024 * 1024).to_bytes(4, "little")
    fake = (1000).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(real, fake))
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda tmp: FIXTURES / "encrypted.pdf", "encrypted"),
        (lambda tmp: FIXTURES / "scanned.pdf", "no text layer"),
        (lambda tmp: _truncated(tmp), "damaged or unreadable PDF"),
        (_bomb, "zip bomb"),
        (lambda tmp: _write(tmp, "x.docx", b"PK\x03\x04 broken"), "not a .docx"),
        (
            lambda tmp: _write(tmp, "x.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64),
            "encrypted or old-format",
        ),
        (lambda tmp: _zip(tmp, {"word/document.xml": b"<w:document"}), "not well-formed XML"),
        (lambda tmp: _zip(tmp, {"other.xml": b"<a/>"}), "no word/document.xml"),
        (lambda tmp: _write(tmp, "x.html", b""), "empty"),
    ],
)
def test_bad_documents_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, needle: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    findings, dump = out_dir / "f.json", out_dir / "t.txt"
    for command in (["claims"], ["refs"]):
        code, _, err = run(
            [*command, str(path), "--json", str(findings), "--dump-text", str(dump)], capsys
        )
        assert code == 2, err
        assert err.count("\n") == 1 and needle in err and str(path) in err, err
        assert "Traceback" not in err
        assert list(out_dir.iterdir()) == []


def test_a_docx_member_that_inflates_past_its_declared_size_is_refused(tmp_path: Path) -> None:
    path = _lying_bomb(tmp_path)
    with pytest.raises(ArticleError, match="zip bomb|cannot be unpacked"):
        read_docx(path.read_bytes(), str(path), max_part_bytes=1024 * 1024)


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _zip(tmp: Path, members: dict[str, bytes]) -> Path:
    path = tmp / "doc.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _truncated(tmp: Path) -> Path:
    data = (FIXTURES / "ketamine-2col.pdf").read_bytes()
    return _write(tmp, "cut.pdf", data[:600])


def test_dump_text_is_exactly_what_offsets_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings, dump = tmp_path / "f.json", tmp_path / "t.txt"
    argv = ["claims", str(FIXTURES / "ketamine-2col.pdf"), "--json", str(findings)]
    code, _, err = run([*argv, "--dump-text", str(dump)], capsys)
    assert code == 0, err
    text = dump.read_bytes().decode("utf-8")
    article = json.loads(findings.read_text())["articles"][0]
    assert article["chars"] == len(text) and article["claims"]
    for claim in article["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_pdf_reader_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(ArticleError, match="not a PDF"):
        read_pdf(b"<html>", "x.pdf")


@functools.cache
def _pdf_bomb(inflated: int) -> bytes:
    """A well-formed one-page PDF whose content stream is `inflated` bytes of spaces, deflated
    to about a thousandth of that."""
    content = zlib.compress(b" " * inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_pdf_that_inflates_past_the_memory_cap_is_refused() -> None:
    bomb = _pdf_bomb(64 * 1024 * 1024)
    assert len(bomb) < 200_000
    with pytest.raises(ArticleError, match="too large or too complex") as info:
        read_pdf(bomb, "bomb.pdf", max_memory=16 * 1024 * 1024)
    assert "\n" not in str(info.value)


def test_a_pdf_that_reads_past_the_deadline_is_stopped() -> None:
    # inflating and scanning 64 MB twice takes pdfminer seconds; the deadline is 0.2 s
    with pytest.raises(ArticleError, match="longer than 0.2 s") as info:
        read_pdf(_pdf_bomb(64 * 1024 * 1024), "slow.pdf", max_seconds=0.2)
    assert "\n" not in str(info.value)


def test_the_pdf_limits_leave_a_real_paper_readable() -> None:
    data = (FIXTURES / "ketamine-2col.pdf").read_bytes()
    assert "Ketamine" in read_pdf(data, "ketamine-2col.pdf").text


def test_dump_text_with_two_articles_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ketamine helped 40 patients within 2 hours.\n", encoding="utf-8")
    argv = ["audit", str(article), str(article), "--offline", "--dump-text", str(tmp_path / "t")]
    code, _, err = run(argv, capsys)
    assert code == 2
    assert err.strip().count("\n") == 0 and "--dump-text" in err
    assert not (tmp_path / "t").exists()


_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _wml_paragraphs(texts: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


@pytest.mark.parametrize("heading", ["Citations", "Notes &amp; References", "Sources cited:"])
def test_docx_notes_go_before_the_list_under_every_reference_heading(
    tmp_path: Path, heading: str
) -> None:
    document = (
        f'<w:document xmlns:w="{_WML}"><w:body>'
        + _wml_paragraphs(["Ketamine eased symptoms within hours.", heading, "1. Smith J. 2020."])
        + "</w:body></w:document>"
    )
    footnotes = (
        f'<w:footnotes xmlns:w="{_WML}"><w:footnote w:id="1">'
        + _wml_paragraphs(["Doses are per kilogram."])
        + "</w:footnote></w:footnotes>"
    )
    path = _zip(
        tmp_path, {"word/document.xml": document.encode(), "word/footnotes.xml": footnotes.encode()}
    )
    lines = read_docx(path.read_bytes(), str(path)).text.splitlines()
    shown = heading.replace("&amp;", "&")
    assert lines.index("1. Doses are per kilogram.") < lines.index(shown)
    assert lines[-1] == "1. Smith J. 2020."


def _people_and_bmi_claims(text: str) -> dict[str, object]:
    claims = extract_claims(text)
    return {claim.text: claim.value.get("value") if claim.value else None for claim in claims}


@pytest.mark.parametrize("with_list", [False, True])
def test_html_exponent_after_a_digit_is_a_power_not_digits(with_list: bool) -> None:
    references = (
        "<h2>References</h2><ol><li>Lee, A. (2020). Coffee and sleep. Sleep, 3(1), 1-9.</li>"
        "<li>Kim, B. (2019). Tea and sleep. Sleep, 2(4), 5-8.</li></ol>"
        if with_list
        else ""
    )
    page = (
        "<html><body><article><h1>Obesity drugs</h1>"
        + "<p>Obesity is common in adults and is treated with diet, exercise and drugs. " * 6
        + "</p><p>Approximately 10<sup>6</sup> people may be eligible, those with a BMI of "
        "30 kg/m<sup>2</sup> or more<sup>2</sup>.</p>" + references + "</article></body></html>"
    )
    text = extract_webpage(page, "page.html").text
    assert "10^6 people" in text and "kg/m2" in text
    values = _people_and_bmi_claims(text)
    assert values["Approximately 10^6 people"] == 1_000_000
    assert [value for text, value in values.items() if text.startswith("30 kg/m2")] == [30]
    assert not any(value == 106 for value in values.values())


def test_docx_superscript_exponent_after_a_digit_is_a_power(tmp_path: Path) -> None:
    superscript = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    document = (
        f'<w:document xmlns:w="{_WML}"><w:body><w:p>'
        "<w:r><w:t xml:space='preserve'>Approximately 10</w:t></w:r>"
        f"<w:r>{superscript}<w:t>6</w:t></w:r>"
        "<w:r><w:t xml:space='preserve'> people have a BMI of 30 kg/m</w:t></w:r>"
        f"<w:r>{superscript}<w:t>2</w:t></w:r>"
        "<w:r><w:t xml:space='preserve'> or more.</w:t></w:r>"
        "</w:p></w:body></w:document>"
    )
    path = _zip(tmp_path, {"word/document.xml": document.encode()})
    text = read_docx(path.read_bytes(), str(path)).text
    assert text.strip() == "Approximately 10^6 people have a BMI of 30 kg/m2 or more."
    values = _people_and_bmi_claims(text)
    assert values["Approximately 10^6 people"] == 1_000_000
    assert [value for text, value in values.items() if text.startswith("30 kg/m2")] == [30]


_AD_PAGE = """<html><body><article><h1>Weekly jab helps weight loss</h1>
<p>In the trial, 1,961 adults took the drug for 68 weeks and lost 15% of their weight.</p>
<div class="{cls}">ADVERTISEMENT<br>Lose 10kg in 10 days with this one trick! 90% off today.</div>
Side effects were mostly mild.
<p>Nausea affected 44% of the people on the drug.</p>
</article></body></html>"""


@pytest.mark.parametrize("cls", ["ad", "ad-slot top", "adsbygoogle", "promo sponsored"])
def test_an_advertisement_inside_the_article_is_not_its_text(cls: str) -> None:
    text = extract_webpage(_AD_PAGE.format(cls=cls), "page.html").text
    assert "10kg" not in text and "90% off" not in text
    assert "1,961 adults" in text and "44%" in text
    # the text after the ad stays
    assert "Side effects were mostly mild." in text


def test_a_page_laid_out_inside_an_element_named_as_an_ad_keeps_its_text() -> None:
    page = '<html><body><div id="ad-wrapper"><p>In the trial, 403 patients took part.</p>'
    page += "<p>Half of them improved within a week.</p></div></body></html>"
    assert "403 patients" in extract_webpage(page, "page.html").text
