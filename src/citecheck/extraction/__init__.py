"""extraction layer: claims, references and in-text citations found in an article's text.

`document` splits a text once (paragraphs, sentences, the reference section, citations);
`citations` is the one citation finder and `attributions` turns its finds into claims; `claims`
(with `claim_rules`, `claim_values`, `quantities`, `numbers`, `value_shapes`) finds the claims;
`reflist` and `references` read the reference list and link citations to it; `linking` ties
claims to the citations that support them; `names` reads author names; `sentences` splits text.
"""

__all__ = [
    "attributions",
    "citations",
    "claim_rules",
    "claim_values",
    "claims",
    "document",
    "linking",
    "names",
    "numbers",
    "quantities",
    "references",
    "reflist",
    "sentences",
    "value_shapes",
]
