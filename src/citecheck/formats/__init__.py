"""formats layer: what people and machines read.

`report` builds the one report view that `rich_report` (terminal) and `markdown` style;
`json_report` writes the findings file and its schema; `issues` flattens findings for `sarif`
and `github`; `safe_text` keeps text from outside inert; `progress` draws the progress bar.
"""

__all__ = [
    "github",
    "issues",
    "json_report",
    "markdown",
    "progress",
    "report",
    "rich_report",
    "safe_text",
    "sarif",
    "summary",
    "values",
]
