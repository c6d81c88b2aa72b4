"""citecheck's exceptions.

    CitecheckError
    ├── InputError          bad input the user must fix (exit code 2 at the CLI)
    │   ├── ArticleError    missing/unreadable/undecodable/empty article
    │   ├── BibtexError     malformed BibTeX (carries the line)
    │   ├── RulesError      a bad rule in claims.yaml
    │   └── OutputError     an output path that cannot be written (folder missing, ...)
    └── SnapshotError       a snapshot file that cannot be imported or opened

A failed lookup is never an exception past the resolution layer: it is a value
(`LookupStatus.FAILED`), which verification turns into `unverifiable`.
"""

from __future__ import annotations


class CitecheckError(Exception):
    """Base of every error citecheck raises on purpose."""


class InputError(CitecheckError):
    """Input the user must fix; the message is one line that says what and where."""


class ArticleError(InputError):
    pass


class BibtexError(InputError):
    def __init__(self, path: str, line: int | None, detail: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: malformed BibTeX: {detail}")
        self.path = path
        self.line = line


class RulesError(InputError):
    pass


class OutputError(InputError):
    pass


class SnapshotError(CitecheckError):
    pass
