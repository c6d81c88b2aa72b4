"""Citation keys (Pandoc "[@key]", "@key"; LaTeX "\\cite{key}", "\\citet{}", "\\citep{}") link
to the `--bib` entries with those keys."""

from __future__ import annotations

import pytest

from citecheck.extraction.references import extract_references
from citecheck.models import Cited, Reference


def _bib(*keys: str) -> list[Reference]:
    return [
        Reference(id="", origin="bib", raw=f"@article{{{key}, ...}}", key=key, cited=Cited())
        for key in keys
    ]


@pytest.mark.parametrize(
    ("text", "linked", "kind"),
    [
        ("Relief came fast [@zanos2018].", ["zanos2018"], "parenthetical"),
        ("Relief came fast [see @zanos2018, p. 3; @Berman2000].", ["zanos2018", "berman2000"],
         "parenthetical"),
        ("As @zanos2018 showed, relief came fast.", ["zanos2018"], "narrative"),
        ("Relief came fast \\cite{zanos2018, berman2000}.", ["zanos2018", "berman2000"],
         "parenthetical"),
        ("\\citet{berman2000} showed it.", ["berman2000"], "narrative"),
        ("Relief came fast \\citep[p.~3]{zanos2018}.", ["zanos2018"], "parenthetical"),
    ],
)  # fmt: skip
def test_keys_link_to_bib_entries(text: str, linked: list[str], kind: str) -> None:
    references, citations = extract_references(text, bib=_bib("zanos2018", "berman2000"))
    keys = {ref.id: ref.key for ref in references}
    assert [keys[c.reference_id] for c in citations if c.reference_id] == linked
    assert {c.kind for c in citations} == {kind}
    assert len(references) == 2  # no in-text reference of their own


@pytest.mark.parametrize(
    "text",
    ["Write to jane@example.org for details.", "Follow @nytimes for news.", "See [@unknown]."],
)
def test_what_names_no_bib_entry_is_no_citation(text: str) -> None:
    references, citations = extract_references(text, bib=_bib("zanos2018"))
    assert citations == [] and len(references) == 1
