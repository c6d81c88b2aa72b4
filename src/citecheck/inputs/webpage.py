"""A web page's main text, as a reader sees it: trafilatura's extraction (chosen by measurement,
see bench/bench_inputs.py) plus the article's own reference list, rendered here.

Why the reference list is rendered here and not left to trafilatura: on journal pages it drops the
list (PeerJ) or keeps titles without their authors, glued to the journal name (eLife), and it
turns the DOI and PubMed links of an entry into bare anchor text ("View Article", "PubMed").
The list is found in the page (a "References"/"Sources"/"Bibliography" heading, or a container
named so), taken out before trafilatura runs, and appended as one line per entry under its
heading, each entry's DOI/PubMed links written out so the reference parser sees them.

Body links to a DOI or PubMed record whose anchor text does not show the identifier ("a recent
trial") get the address appended in brackets: for a web article the link is the citation.

Superscript citation numbers (`effective<sup>2,3</sup>`) lose their markup in the extracted text
and would read as digits glued to the word ("effective2,3"); when the page has a numbered
reference list they are written as brackets ("effective[2,3]"), which the citation finder reads.
An exponent after a digit (`10<sup>6</sup>`) is written "10^6", not the wrong number "106".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

import lxml.etree
import lxml.html

from citecheck.errors import ArticleError
from citecheck.inputs.headings import CONTAINER_NAME, HEADING_LINE
from citecheck.models import ArticleMeta

# page furniture around a reference list: a list there is not the article's own
_FURNITURE = re.compile(r"\b(?:nav|menu|footer|sidebar|related|comments?|cookie|banner|promo)\b")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "br",
    "section",
    "td",
    "th",
    "tr",
    "dd",
    "dt",
    "dl",
    "table",
    "blockquote",
    *_HEADINGS,
}
_SKIP = {"script", "style", "noscript", "template", "svg", "button", "math"}
_DOI_LINK = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_PUBMED_LINK = re.compile(
    r"^https?://(?:www\.)?(?:ncbi\.nlm\.nih\.gov/(?:pubmed|pmc/articles)|pubmed\.ncbi\.nlm\.nih"
    r"\.gov|europepmc\.org/(?:abstract/med|article/med))/?(PMC\d+|\d+)",
    re.IGNORECASE,
)
# anchor texts that name a service, not the work, or jump back to the text ("^", "a", "b" in
# Wikipedia's lists): replaced by the address (identifier links) or dropped (the rest)
_LINK_LABEL = re.compile(
    r"^\s*(?:\^|↑|(?-i:[a-z]{1,2})|view\s+article|article|full\s+text|crossref|cross\s*ref|"
    r"pubmed(?:/ncbi)?|"
    r"pubmed\s+central|pmc|europe\s*pmc|google\s+scholar|scholar|cas|isi|web\s+of\s+science|"
    r"scopus|ads|link|publisher\s+site|doi|abstract|free\s+full\s+text|pdf|"
    r"open\s+(?:in\s+)?(?:a\s+)?(?:new\s+)?(?:tab|window)|see\s+in\s+references)\s*$",
    re.IGNORECASE,
)
_ID_WORD = re.compile(r"^\s*(?:doi|pmid|pmcid|pmc)\s*:?\s*$", re.IGNORECASE)
_YEAR_OR_DOI = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b10\.\d{4,9}/")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class WebText:
    text: str
    meta: ArticleMeta


def parse_html(markup: str, source: str) -> lxml.html.HtmlElement:
    if not markup.strip():
        raise ArticleError(f"{source}: the page is empty")
    # lxml refuses text that declares its own encoding; the text is decoded already
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleError(f"{source}: not a readable HTML page ({exc})") from exc
    return root


def extract_webpage(markup: str, source: str, url: str | None = None) -> WebText:
    """The main text and metadata of an HTML page (`source` names it in error messages)."""
    import trafilatura  # a fifth of a second to import: only for the pages it reads

    root = parse_html(markup, source)
    meta = _metadata(root, url)
    references = _take_reference_list(root)
    _write_out_exponents(root)
    if references:
        _bracket_superscript_citations(root, _numbered_entries(references[1]))
    _write_out_identifier_links(root)
    _captions_as_text(root)
    _drop_advertisements(root)
    page = lxml.html.tostring(root, encoding="unicode")
    # the extractor logs a page it finds empty ("discarding data: None") as a warning; an
    # empty page is ours to report, in one line
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        body = trafilatura.extract(
            page,
            url=url,
            output_format="txt",
            include_tables=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            deduplicate=False,
            favor_precision=False,
        )
    except Exception:  # a page the extractor trips on is still read: all its visible text
        body = None
    text = _tidy(body or "") or html_to_text(page)
    if references:
        heading, entries = references
        text += ("\n" if text else "") + heading + "\n" + "\n".join(entries) + "\n"
    if not text.strip():
        raise ArticleError(f"{source}: no article text found on the page")
    return WebText(text=text, meta=meta)


# Whole class names and ids of advertisement slots; a name merely holding "ad" ("ad-free",
# "article-body--has-ads", "no-ads") is no slot.
_AD_NAMES = frozenset(
    {"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "ad-slot",
     "ad-unit", "ad-container", "ad-wrapper", "ad-banner", "ad-block", "dfp-ad", "google-ad"}
)  # fmt: skip
# An ad is a slot of a few words: an element with more text than the larger of these, with half
# the page's text, or with a paragraph longer than the last, is the page's own text whatever it
# is called.
_AD_SHARE = 0.1
_AD_MOST = 300
_AD_LONGEST_PARAGRAPH = 200


def _drop_advertisements(root: lxml.html.HtmlElement) -> None:
    """Take advertisements out of the page: an ad's "Lose 10kg in 10 days ... 90% off" inside
    the article would be read as the article's claims. An element is an ad by its whole class
    name or id, and only while it holds a small share of the page's text and no paragraph of
    prose."""
    whole = len(root.text_content())
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
        if not _AD_NAMES.intersection(names):
            continue
        parent = element.getparent()
        held = len(element.text_content())
        if parent is None or held > max(_AD_SHARE * whole, _AD_MOST) or 2 * held > whole:
            continue
        if any(
            len(block.text_content()) > _AD_LONGEST_PARAGRAPH
            for block in element.iter("p", "article", "main", "section")
        ):
            continue
        tail, previous = element.tail, element.getprevious()
        parent.remove(element)
        if tail:  # the text after the ad belongs to the page
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _captions_as_text(root: lxml.html.HtmlElement) -> None:
    """Figure and table captions are the article's words (and often its numbers), but the
    extractor drops <figure> with its image and any block named "caption": the captions become
    plain blocks."""
    for element in root.iter():
        for attribute in ("class", "id"):
            if "caption" in (element.get(attribute) or "").lower():
                del element.attrib[attribute]
    for caption in list(root.iter("figcaption", "caption")):
        caption.tag = "div"
        parent = caption.getparent()
        if parent is not None and parent.tag == "figure":
            parent.tag = "div"
        elif parent is not None and parent.tag == "table":
            # inside the table the extractor keeps only rows: the caption becomes a paragraph
            # just before it
            caption.tag = "p"
            parent.remove(caption)
            caption.tail = None
            parent.addprevious(caption)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    kept = "\n".join(line for line in lines if line)
    return kept + "\n" if kept else ""


def _metadata(root: lxml.html.HtmlElement, url: str | None) -> ArticleMeta:
    import trafilatura

    try:
        found = trafilatura.extract_metadata(root, default_url=url)
    except Exception:  # metadata is a courtesy: a page without readable metadata is still read
        return ArticleMeta(url=url)
    authors = [a.strip() for a in (found.author or "").split(";") if a.strip()]
    return ArticleMeta(
        title=found.title or None,
        authors=authors,
        published=_published(found.date, root),
        site=found.sitename or None,
        url=url or found.url or None,
    )


# a copyright notice ending in a year: "(c) 2026", "© 2026", "Copyright © 2019-2026"
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _published(date: str | None, root: lxml.html.HtmlElement) -> str | None:
    """The page's date, unless it is only its copyright year's 1 January: the extractor falls
    back on a footer's "(c) 2026" when a page states no date, and a copyright year says when
    the notice was written, not when the article was published."""
    if not date:
        return None
    year, _, rest = date.partition("-")
    if rest != "01-01":
        return date
    if year not in {m.group(1) for m in _COPYRIGHT_YEAR.finditer(root.text_content())}:
        return date
    source = lxml.html.tostring(root, encoding="unicode")
    return date if _first_of_january(year).search(source) else None


def _first_of_january(year: str) -> re.Pattern[str]:
    """1 January of `year` as pages write it: "2020-01-01", "2020/1/1", "January 1, 2020",
    "Jan. 1st, 2020", "1 Jan 2020", "01/01/2020", "1.1.2020" (day and month both 1, so the
    order does not matter)."""
    one = r"0?1(?!\d)"
    month = r"Jan(?:uary|\.)?"
    return re.compile(
        rf"(?<!\d){year}[-/.]{one}[-/.]{one}"
        rf"|\b{month}\s+{one}(?:st)?,?\s+{year}(?!\d)"
        rf"|(?<!\d){one}(?:st)?\s+{month},?\s+{year}(?!\d)"
        rf"|(?<![\d/.-]){one}[-/.]{one}[-/.]{year}(?!\d)",
        re.IGNORECASE,
    )


# --- the reference list -------------------------------------------------------------------------


def _is_furniture(element: lxml.html.HtmlElement) -> bool:
    ancestors = list(element.iterancestors())
    for index, node in enumerate(ancestors):
        if node.tag in ("nav", "aside"):
            return True
        # a <footer> inside an <article> is its back matter (JATS-style pages), not the site's
        if node.tag in ("footer", "header") and not any(
            outer.tag in ("article", "main") for outer in ancestors[index + 1 :]
        ):
            return True
        names = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if _FURNITURE.search(names):
            return True
    return False


def _heading_level(element: lxml.html.HtmlElement) -> int | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    return int(tag[1]) if tag in _HEADINGS else None


def _following_blocks(heading: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """What a heading heads: its next siblings up to a heading of the same or a higher level,
    climbing out of wrappers (`<div class="title"><h2>References</h2></div><ol>...`)."""
    level = _heading_level(heading) or 6
    node = heading
    for _ in range(3):
        blocks: list[lxml.html.HtmlElement] = []
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            sibling_level = _heading_level(sibling)
            if sibling_level is not None and sibling_level <= level:
                break
            holds_heading = sibling.tag in _HEADINGS or any(
                (_heading_level(h) or 9) <= level for h in sibling.iter(*_HEADINGS)
            )
            if holds_heading and blocks:
                break
            blocks.append(sibling)
        if blocks:
            return blocks
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return []


def _candidates(root: lxml.html.HtmlElement) -> Iterator[tuple[str, list[lxml.html.HtmlElement]]]:
    """(heading, blocks) of every possible reference list, last in the page first."""
    found: list[tuple[str, list[lxml.html.HtmlElement], list[lxml.html.HtmlElement]]] = []
    for element in root.iter(*_HEADINGS, "p", "strong", "b", "dt"):
        label = " ".join(element.text_content().split())
        if not label or len(label) > 40 or not HEADING_LINE.match(label):
            continue
        if element.tag in ("strong", "b") and (element.getparent() is not None):
            parent = element.getparent()
            if parent is not None and " ".join(parent.text_content().split()) == label:
                continue  # the enclosing <p> is the heading
        blocks = _following_blocks(element)
        if blocks:
            found.append((label.rstrip(":").strip(), [element], blocks))
    for element in root.iter("section", "div", "ol", "ul"):
        names = [element.get("id", ""), *element.get("class", "").split()]
        if any(CONTAINER_NAME.match(name) for name in names if name):
            heading = _heading_before(element)
            label = " ".join(heading.text_content().split()) if heading is not None else ""
            heads = [heading] if heading is not None else []
            found.append((label or "References", heads, [element]))
    for label, heads, blocks in reversed(found):
        if _is_furniture(blocks[0]):
            continue
        yield label, heads + blocks


def _heading_before(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The "References" heading just before a list found by its name, so it goes with it."""
    previous = element.getprevious()
    while previous is not None and not " ".join(previous.text_content().split()):
        previous = previous.getprevious()
    if previous is None or not isinstance(previous.tag, str):
        return None
    label = " ".join(previous.text_content().split())
    return previous if len(label) <= 40 and HEADING_LINE.match(label) else None


def _take_reference_list(root: lxml.html.HtmlElement) -> tuple[str, list[str]] | None:
    """Find the article's reference list, remove it (and its heading) from the page and return
    its heading and entries, one line each."""
    for label, nodes in _candidates(root):
        blocks = [node for node in nodes if _heading_level(node) is None or node is not nodes[0]]
        entries = _entries(blocks)
        if len(entries) < 1 or not any(_YEAR_OR_DOI.search(entry) for entry in entries):
            continue
        if sum(bool(_YEAR_OR_DOI.search(entry)) for entry in entries) * 2 < len(entries):
            continue
        for node in nodes:
            parent = node.getparent()
            if parent is not None:
                node.drop_tree()
        heading = label if HEADING_LINE.match(label) else "References"
        return heading, entries
    return None


def _entries(blocks: list[lxml.html.HtmlElement]) -> list[str]:
    """One line per entry: the outermost list items when the list has any, else each block."""
    items: list[tuple[lxml.html.HtmlElement, int | None]] = []
    for block in blocks:
        outer = [
            li
            for li in block.iter("li")
            if not any(a.tag == "li" for a in _ancestors_within(li, block))
        ]
        if outer:
            for li in outer:
                items.append((li, _ordinal(li)))
        elif block.tag in ("p", "div", "dd", "li", "blockquote"):
            children = [c for c in block if isinstance(c.tag, str) and c.tag in ("p", "div")]
            if children and block.tag == "div":
                items.extend((child, None) for child in children)
            else:
                items.append((block, None))
    lines: list[str] = []
    for element, number in items:
        text = entry_text(element)
        if not text or HEADING_LINE.match(text):
            continue
        if number is not None and not re.match(r"^\[?\d{1,4}[\].)]?\s", text):
            text = f"{number}. {text}"
        elif re.match(r"^\d{1,4}\s+\D", text):
            text = re.sub(r"^(\d{1,4})\s+", r"\1. ", text)
        lines.append(text if re.match(r"^\[?\d{1,4}[\].)]", text) else f"- {text}")
    return lines


def _ancestors_within(
    element: lxml.html.HtmlElement, container: lxml.html.HtmlElement
) -> Iterator[lxml.html.HtmlElement]:
    for node in element.iterancestors():
        if node is container:
            return
        yield node


def _ordinal(li: lxml.html.HtmlElement) -> int | None:
    parent = li.getparent()
    if parent is None or parent.tag != "ol":
        return None
    start = parent.get("start", "1")
    first = int(start) if start.isdigit() else 1
    siblings = [c for c in parent if c.tag == "li"]
    return first + siblings.index(li)


def entry_text(element: lxml.html.HtmlElement) -> str:
    """An element's text on one line: blocks separated by a space, identifier links written
    out, service links ("Google Scholar") dropped."""
    parts: list[str] = []
    _render(element, parts, element.text_content().lower())
    text = _SPACES.sub(" ", " ".join("".join(parts).split()))
    return re.sub(r"\s+([.,;:)])", r"\1", text).strip()


def _render(element: lxml.html.HtmlElement, parts: list[str], whole: str) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP:
        _tail(element, parts)
        return
    if tag in _BLOCKS:
        parts.append(" ")
    if tag == "a":
        label = " ".join(element.text_content().split())
        rendered = _link_text(label, element.get("href", ""), whole)
        parts.append(rendered)
    else:
        if element.text:
            parts.append(element.text)
        for child in element:
            _render(child, parts, whole)
    if tag in _BLOCKS:
        parts.append(" ")
    _tail(element, parts)


def _tail(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    if element.tail:
        parts.append(element.tail)


def identifier_link(href: str) -> tuple[str, str] | None:
    """("doi", "10.x/y") or ("pubmed", "123") for a DOI or PubMed/PMC link, else None."""
    href = href.strip()
    doi = _DOI_LINK.match(href)
    if doi:
        return "doi", doi.group(1)
    pubmed = _PUBMED_LINK.match(href)
    if pubmed:
        return "pubmed", pubmed.group(1)
    return None


def _link_text(label: str, href: str, whole: str) -> str:
    """What an anchor inside a reference entry contributes; `whole` is the entry's text, so an
    identifier it already shows is not written twice."""
    identifier = identifier_link(href)
    generic = not label or bool(_LINK_LABEL.match(label))
    if identifier is None:
        return "" if generic and label else label
    if identifier[1].lower() in whole:  # shown already: keep a "doi"/"PMID" prefix word only
        return "" if generic and not _ID_WORD.match(label) else label
    return f" {href.strip()} " if generic else f"{label} {href.strip()}"


# a superscript that holds only citation numbers: "2", "1,3", "2-4", "[5]"
_SUPERSCRIPT_NUMBERS = re.compile(r"\[?(\d{1,4}(?:\s*[,\u2013\u2014-]\s*\d{1,4})*)\]?")
_ENTRY_NUMBER = re.compile(r"\[?(\d{1,4})[\].)]")
# what makes a superscript an exponent, not a citation: a number or a unit just before it
# ("10<sup>9</sup>", "m<sup>2</sup>", "kg/m<sup>2</sup>")
_EXPONENT_BASE = re.compile(r"(?:\d|(?<![A-Za-z])(?:[kcmµμn]?m|ft|in|mi|kg/m|mg/m|/m))\s*$")


# a superscript exponent after a digit ("10<sup>6</sup>", "10<sup>-3</sup>")
_EXPONENT = re.compile(r"[-\u2212]?\d{1,3}")


def _write_out_exponents(root: lxml.html.HtmlElement) -> None:
    """`10<sup>6</sup>` becomes the text "10^6", which the quantity reader reads as 1,000,000:
    with its markup gone it would read "106", a wrong number. A unit's power
    ("kg/m<sup>2</sup>") follows a letter and stays "kg/m2", the form the unit list knows."""
    for sup in list(root.iter("sup")):
        exponent = sup.text_content().strip()
        if _EXPONENT.fullmatch(exponent) and _text_before(sup)[-1:].isdigit():
            _replace_with_text(sup, "^" + exponent)


def _numbered_entries(entries: list[str]) -> set[int]:
    """The numbers of a numbered reference list's entries (empty for an unnumbered one)."""
    numbers = {int(m.group(1)) for entry in entries if (m := _ENTRY_NUMBER.match(entry))}
    return numbers if len(numbers) * 2 > len(entries) else set()


def _bracket_superscript_citations(root: lxml.html.HtmlElement, numbers: set[int]) -> None:
    """`<sup>2,3</sup>` in the body becomes the text "[2,3]" when every number it holds is an
    entry of the page's numbered reference list and it is not an exponent."""
    if not numbers:
        return
    for sup in list(root.iter("sup")):
        match = _SUPERSCRIPT_NUMBERS.fullmatch(sup.text_content().strip())
        if match is None or _EXPONENT_BASE.search(_text_before(sup)):
            continue
        cited = [int(n) for n in re.findall(r"\d+", match.group(1))]
        if not all(n in numbers for n in cited):
            continue
        _replace_with_text(sup, "[" + " ".join(match.group(1).split()) + "]")


def _text_before(element: lxml.html.HtmlElement) -> str:
    """The text just before `element` in its block (through an enclosing link)."""
    while True:
        previous = element.getprevious()
        parent = element.getparent()
        if previous is not None:
            return str(previous.tail or previous.text_content())
        if parent is None:
            return ""
        if parent.text and parent.text.strip():
            return str(parent.text)
        if parent.tag != "a":
            return ""
        element = parent


def _replace_with_text(element: lxml.html.HtmlElement, text: str) -> None:
    """Put `text` where `element` stood, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    previous = element.getprevious()
    joined = text + (element.tail or "")
    if previous is not None:
        previous.tail = (previous.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(element)


# the rest of a bracket group after a link in it, up to its closing bracket: ")", "; Kim, 2020)"
_BRACKET_CLOSED = re.compile(r"[^()\[\]\n]{0,80}?[)\]]")


def _write_out_identifier_links(root: lxml.html.HtmlElement) -> None:
    """Body links to a DOI or PubMed record: the address, in brackets, after the anchor text."""
    for anchor in root.iter("a"):
        identifier = identifier_link(anchor.get("href", ""))
        if identifier is None:
            continue
        label = " ".join(anchor.text_content().split())
        if identifier[1].lower() in label.lower():
            continue
        address = anchor.get("href", "").strip()
        if not label or _LINK_LABEL.match(label):
            for child in list(anchor):
                anchor.remove(child)
            anchor.text = address
        else:
            # a link that a bracket closes ("(<a>Daly et al., 2018</a>)"): the address goes
            # after the bracket, so the citation inside it stays whole
            tail = anchor.tail or ""
            closing = _BRACKET_CLOSED.match(tail)
            at = closing.end() if closing else 0
            anchor.tail = f"{tail[:at]} ({address}){tail[at:]}"


# --- decoding -----------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_html(data: bytes, header_charset: str | None = None) -> str:
    """Bytes to text as a browser would: a byte-order mark, then the HTTP header's charset, then
    a `<meta charset>` in the first 4 KB, then UTF-8, then windows-1252 (the web's default)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = [header_charset] if header_charset else []
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", errors="ignore"))
    for name in declared:
        try:
            return data.decode(_browser_name(name), errors="replace")
        except LookupError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _browser_name(name: str) -> str:
    # the WHATWG Encoding standard reads a declared latin-1/ascii as windows-1252
    lowered = name.strip().lower()
    if lowered in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"):
        return "cp1252"
    return lowered


# --- fallback: all visible text -----------------------------------------------------------

_FALLBACK_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "figcaption",
    "dt",
    "dd",
}
_FALLBACK_SKIPPED = {"script", "style", "noscript", "template", "svg"}


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FALLBACK_SKIPPED:
            self._skip_depth += 1
        elif tag in _FALLBACK_BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _FALLBACK_SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _FALLBACK_BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(" ".join(data.split("\n")))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line) + "\n"


def html_to_text(markup: str) -> str:
    """Every visible text of a page, one line per block: the fallback when the extractor finds
    no main text (a page that is all article, too short for its heuristics)."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.text()
