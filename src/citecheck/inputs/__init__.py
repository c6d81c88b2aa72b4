"""inputs layer: articles and bibliographies read into text or references.

`article` reads any article (plain text, Markdown, `webpage` for HTML and URLs fetched by `web`,
`docx`, `pdf`), with `encoding` and `headings` shared by the readers; `bibtex` reads .bib files.
"""

__all__ = [
    "article",
    "bibtex",
    "docx",
    "encoding",
    "headings",
    "pdf",
    "web",
    "webpage",
]
