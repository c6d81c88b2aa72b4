"""verification layer: evidence gathered, then verdicts decided; claims held against sources.

`verify` gathers the evidence for a reference and `decide` makes its verdict (pure), helped by
`compare`, `normalize`, `alignment`, `queries` and `verdict`; `support`, `support_match` and
`study` check claims against the works' abstracts; `fixbib` writes corrected BibTeX.
"""

__all__ = [
    "alignment",
    "compare",
    "decide",
    "fixbib",
    "normalize",
    "queries",
    "study",
    "support",
    "support_match",
    "verdict",
    "verify",
]
