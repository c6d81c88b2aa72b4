"""resolution layer: answers about works, from Crossref, the cache and snapshots.

`source` is the `MetadataSource` interface; `crossref`, `cache`, `snapshot`/`snapshot_reader`
and `chain` implement it; `factory` builds one from settings; `records` turns Crossref JSON into
typed records; `http`, `pacing` and `circuit` are the polite HTTP machinery every service uses;
`pubmed`, `europepmc`, `texts`, `text_http` and `source_text` fetch a work's own text; `urls`
checks base URLs.
"""

__all__ = [
    "cache",
    "chain",
    "circuit",
    "crossref",
    "europepmc",
    "factory",
    "http",
    "pacing",
    "pubmed",
    "records",
    "snapshot",
    "snapshot_reader",
    "source",
    "source_text",
    "text_http",
    "texts",
    "urls",
]
