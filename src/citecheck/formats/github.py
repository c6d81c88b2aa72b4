"""`--format github`: GitHub Actions workflow commands, one line per finding, so a pull request
that adds a bad citation is marked on its line:

    ::error file=post.md,line=12,col=5,title=citecheck not_found::ref-3 Smith 2020 ...

Values are escaped as the runner expects (`%`, CR and LF in the message; also `:` and `,` in
properties), and control characters from the article are shown, never passed through.
"""

from __future__ import annotations

from citecheck.formats.issues import Issue, issues
from citecheck.formats.safe_text import visible
from citecheck.models import Findings


def _data(text: str) -> str:
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(issue: Issue) -> str:
    parts = [f"file={_property(issue.path)}"]
    if issue.places:
        line, column = issue.places[0]
        parts += [f"line={line}", f"col={column}"]
    parts.append(f"title={_property('citecheck ' + issue.rule_id)}")
    return f"::{issue.level} {','.join(parts)}::{_data(issue.message)}"


def to_github(findings: Findings, gated: frozenset[str] = frozenset()) -> str:
    """One workflow command per finding, each on its own line; empty when nothing is wrong.
    `gated`: the rules the run fails on, errors like not_found (see `issues`)."""
    return "".join(_command(issue) + "\n" for issue in issues(findings, gated))
