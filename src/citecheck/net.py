"""Facts of polite HTTP shared by every client citecheck has (the article reader in `inputs`, the
registry clients in `resolution`): how citecheck names itself, which answers are redirects and
how many of them to follow. A bottom module, so that both layers read the same facts."""

from __future__ import annotations

from citecheck import __version__

PRODUCT = f"citecheck/{__version__}"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5


def user_agent(comment: str | None = None) -> str:
    """`citecheck/<version>`, with `(comment)` after it when given (a purpose, a contact)."""
    return f"{PRODUCT} ({comment})" if comment else PRODUCT
