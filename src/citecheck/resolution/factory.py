"""Build the source chain a run uses from its settings (CLI options over environment variables)."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from citecheck.errors import InputError, SnapshotError
from citecheck.paths import data_file
from citecheck.resolution.cache import CACHE_FILE, CacheStore, default_cache_dir
from citecheck.resolution.chain import ChainedSource
from citecheck.resolution.crossref import CrossrefSource
from citecheck.resolution.http import DEFAULT_TIMEOUT
from citecheck.resolution.pubmed import API_KEY_ENV, DEFAULT_PUBMED_URL, PUBMED_URL_ENV
from citecheck.resolution.pubmed_ids import PubMedIdClient
from citecheck.resolution.snapshot import SnapshotSet, SnapshotSource
from citecheck.resolution.urls import DEFAULT_CROSSREF_URL, DEFAULT_DOI_URL, check_base_url

log = logging.getLogger(__name__)

BUNDLED_SNAPSHOT = "crossref-snapshot.jsonl"
# References resolved at once by the verification layer, per budget they ask first (DOI
# lookups, searches). Pacing and the in-flight cap live in the Crossref client, so this only
# needs to keep each budget's queue from running dry.
DEFAULT_TASKS = 32

# something@domain.tld: no spaces, one @, a dot inside the domain. Not a full RFC 5322 check;
# it catches what a user mistypes (a name, a bare domain, a forgotten @).
_MAILTO_SHAPE = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

_ENV = {
    "crossref_url": "CITECHECK_CROSSREF_URL",
    "doi_url": "CITECHECK_DOI_URL",
    "mailto": "CITECHECK_MAILTO",
    "cache_dir": "CITECHECK_CACHE_DIR",
    # PMIDs/PMCIDs in references are resolved to DOIs through E-utilities
    "pubmed_url": PUBMED_URL_ENV,
    "ncbi_api_key": API_KEY_ENV,
}


class MailtoError(InputError):
    """A `--mailto` / `CITECHECK_MAILTO` that is not shaped like an e-mail address."""


def check_mailto(value: str | None, option: str) -> str | None:
    """The address without surrounding space (None when blank), or `MailtoError` naming
    `option` and the bad value: Crossref's polite pool wants a contact it can write to."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if not _MAILTO_SHAPE.fullmatch(text):
        raise MailtoError(
            f"{option}: {text!r} is not an e-mail address (expected something@domain.tld)"
        )
    return text


@dataclass
class SourceSettings:
    crossref_url: str = DEFAULT_CROSSREF_URL
    doi_url: str = DEFAULT_DOI_URL
    mailto: str | None = None
    offline: bool = False
    snapshots: list[Path] = field(default_factory=list)
    use_bundled_snapshot: bool = True
    cache_dir: Path | None = None
    use_cache: bool = True
    concurrency: int | None = None  # most HTTP requests in flight (the pool limit still wins)
    timeout: float = DEFAULT_TIMEOUT  # per attempt; see crossref.py for the bound it gives
    pubmed_url: str = DEFAULT_PUBMED_URL
    ncbi_api_key: str | None = None

    def __post_init__(self) -> None:
        # checked even offline: a mistyped address is a mistake worth hearing about now
        self.crossref_url = check_base_url(self.crossref_url, _option("crossref_url"))
        self.pubmed_url = check_base_url(self.pubmed_url, _option("pubmed_url"))
        self.doi_url = check_base_url(self.doi_url, _option("doi_url"))
        self.mailto = check_mailto(self.mailto, _option("mailto"))

    @classmethod
    def from_env(cls, **overrides: Any) -> SourceSettings:
        """Defaults, then `CITECHECK_*` variables, then `overrides` that are not None."""
        values: dict[str, Any] = {}
        for name, variable in _ENV.items():
            if os.environ.get(variable):
                values[name] = os.environ[variable]
        known = {f.name for f in fields(cls)}
        for name, value in overrides.items():
            if name not in known:
                raise TypeError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = value
        if values.get("cache_dir") is not None:
            values["cache_dir"] = Path(values["cache_dir"])
        return cls(**values)

    @property
    def effective_concurrency(self) -> int:
        """How many references to resolve at once (a user cap lowers it too)."""
        return min(DEFAULT_TASKS, self.concurrency) if self.concurrency else DEFAULT_TASKS


def _option(name: str) -> str:
    """How the user spells a setting: `--crossref-url (CITECHECK_CROSSREF_URL)`."""
    return f"--{name.replace('_', '-')} ({_ENV[name]})"


def _writable_folder(folder: Path) -> bool:
    """Whether files can be made in `folder` (created if need be). Tried, not asked of
    `os.access`, which says yes to root on a read-only file system. Silent: the cache, which
    lives there too, tells the user once."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _users_snapshot(path: Path, index_dir: Path | None) -> SnapshotSource:
    """A `--snapshot` file, opened; its error names the option, as other options' errors do."""
    try:
        return SnapshotSource(path, index_dir=index_dir)
    except SnapshotError as exc:
        raise SnapshotError(f"--snapshot {exc}") from exc


def build_source(settings: SourceSettings) -> ChainedSource:
    """Snapshot(s) -> cache -> Crossref API (none when offline); PMIDs/PMCIDs: cache -> NCBI."""
    cache_dir = settings.cache_dir or default_cache_dir()
    bundled = data_file(BUNDLED_SNAPSHOT)
    index_dir = cache_dir if settings.use_cache and _writable_folder(cache_dir) else None
    snapshots = [_users_snapshot(path, index_dir) for path in settings.snapshots]
    if settings.use_bundled_snapshot and bundled.is_file() and bundled.stat().st_size > 0:
        snapshots.append(SnapshotSource(bundled, index_dir=index_dir))
    snapshot = SnapshotSet(snapshots) if snapshots else None
    cache = None
    if settings.use_cache:
        # keyed by the servers asked, also offline: an offline run reads what they answered
        cache = CacheStore(
            cache_dir / CACHE_FILE,
            api_url=settings.crossref_url,
            doi_url=settings.doi_url,
            ids_url=settings.pubmed_url,
        )
    api = None
    ids = None
    if not settings.offline:
        ids = PubMedIdClient(
            base_url=settings.pubmed_url,
            api_key=settings.ncbi_api_key,
            email=settings.mailto,
            timeout=settings.timeout,
        )
        api = CrossrefSource(
            base_url=settings.crossref_url,
            doi_url=settings.doi_url,
            mailto=settings.mailto,
            timeout=settings.timeout,
            concurrency=settings.concurrency,
        )
    return ChainedSource(snapshot, cache, api, ids)
