"""A web page's copyright line ("(c) 2026 Example Health") is no publication date: a page that
gives no date has `meta.published` null, not the copyright year's 1 January; a page that states
its date keeps it. Pages written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.inputs.article import read_article

BODY = (
    "<p>Vitamin D did not reduce falls in older adults, according to a large trial of 2,000 "
    "people who took 800 IU a day for three years. Falls were as common in both groups.</p>"
    "<p>Doctors still recommend checking levels in people at high risk of deficiency, such as "
    "those who rarely go outside, and treating a deficiency when one is found.</p>"
)


def page(head: str = "", footer: str = "(c) 2026 Example Health. All rights reserved.") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Vitamin D and falls</title>{head}</head><body>"
        f"<main><article><h1>Vitamin D and falls</h1>{BODY}</article></main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "(c) 2026 Example Health. All rights reserved.",
        "© 2026 Example Health",
        "Copyright © 2019-2026 Example Health",
        "&copy; 2026 Example Health",
    ],
)
def test_a_copyright_year_is_no_publication_date(tmp_path: Path, footer: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(footer=footer), encoding="utf-8")
    meta = read_article(str(path)).meta
    assert meta is not None and meta.published is None


def test_a_stated_date_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    head = '<meta property="article:published_time" content="2026-01-01T09:00:00Z">'
    path.write_text(page(head=head), encoding="utf-8")
    meta = read_article(str(path)).meta
    assert meta is not None and meta.published == "2026-01-01"


@pytest.mark.parametrize(
    "stated",
    [
        "Posted Jan. 1, 2020",
        "Posted Jan 1, 2020",
        "Published January 1st, 2020",
        "Published 1 Jan 2020",
        "Published 01/01/2020",
        "Published 1.1.2020",
    ],
)
def test_a_first_of_january_stated_another_way_is_kept(tmp_path: Path, stated: str) -> None:
    # the page's date falls on its copyright year's 1 January, and the page says so
    body = page(footer="(c) 2020 Example Health").replace(
        "<h1>Vitamin D and falls</h1>", f"<h1>Vitamin D and falls</h1><p>{stated}</p>"
    )
    path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    meta = read_article(str(path)).meta
    assert meta is not None and meta.published == "2020-01-01"
