"""Stream Crossref work messages out of snapshot files without loading them whole.

Accepted shapes (`.gz` for any of them):
- JSON Lines: one work message per line (Crossref's 2025+ public data file);
- `{"items": [work, ...]}` (the pre-2025 public data file), or an API envelope
  `{"message": {"items": [...]}}`;
- a single work: `{"message": {work}}` or a bare work object.

How `items` files are streamed: the text is read in chunks; once the `"items": [` opening is
found, `json.JSONDecoder.raw_decode` takes one work at a time off the front of the buffer, so at
most one chunk plus one work is held in memory. A file with no `items` array is a single work and
is parsed whole (such files are small).
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from citecheck.errors import SnapshotError

CHUNK = 1 << 20
_ITEMS_OPEN = re.compile(r'"items"\s*:\s*\[')
_decoder = json.JSONDecoder()


def open_text(path: Path) -> TextIO:
    """A text stream over `path`, un-gzipping when the file is gzip (by magic, not by name)."""
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_messages(path: Path) -> Iterator[dict[str, Any]]:
    """Every work message in `path`, in file order. Raises `SnapshotError` on malformed data."""
    try:
        with open_text(path) as stream:
            first = _first_nonblank_line(stream)
            if first is None:
                return
            line_doc = _try_json(first)
            if isinstance(line_doc, dict) and _looks_like_work(line_doc):
                yield line_doc
                yield from _iter_jsonl(stream, path)
            else:
                yield from _iter_document(first, stream, path)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise SnapshotError(f"{path}: cannot read snapshot: {exc}") from exc


def _first_nonblank_line(stream: TextIO) -> str | None:
    for line in stream:
        if line.strip():
            return line
    return None


def _try_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _looks_like_work(doc: dict[str, Any]) -> bool:
    return "DOI" in doc and "items" not in doc and "message" not in doc


def _iter_jsonl(stream: TextIO, path: Path) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(stream, start=2):
        if not line.strip():
            continue
        doc = _try_json(line)
        if not isinstance(doc, dict):
            raise SnapshotError(f"{path}:{number}: not a JSON object")
        if doc.get("DOI"):
            yield doc


def _iter_document(first: str, stream: TextIO, path: Path) -> Iterator[dict[str, Any]]:
    buffer = first
    match = _ITEMS_OPEN.search(buffer)
    while match is None:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        keep = max(0, len(buffer) - 32)  # the opening may straddle two chunks
        buffer += chunk
        match = _ITEMS_OPEN.search(buffer, keep)
    if match is None:
        yield from _single_document(buffer, path)
        return
    buffer = buffer[match.end() :]
    position = 0
    while True:
        # skip separators; refill when the buffer runs dry
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n,":
                position += 1
            if position < len(buffer):
                break
            chunk = stream.read(CHUNK)
            if not chunk:
                raise SnapshotError(f"{path}: `items` array is not closed (truncated file?)")
            buffer, position = buffer[position:] + chunk, 0
        if buffer[position] == "]":
            return
        try:
            item, end = _decoder.raw_decode(buffer, position)
        except ValueError:
            chunk = stream.read(CHUNK)
            if not chunk:
                raise SnapshotError(f"{path}: malformed work in `items`") from None
            buffer, position = buffer[position:] + chunk, 0
            continue
        position = end
        if isinstance(item, dict) and item.get("DOI"):
            yield item
        if position > CHUNK:
            buffer, position = buffer[position:], 0


def _single_document(text: str, path: Path) -> Iterator[dict[str, Any]]:
    doc = _try_json(text)
    if not isinstance(doc, dict):
        raise SnapshotError(f"{path}: neither JSON Lines nor a Crossref JSON document")
    message = doc.get("message", doc)
    if isinstance(message, dict) and isinstance(message.get("items"), list):
        yield from (m for m in message["items"] if isinstance(m, dict) and m.get("DOI"))
    elif isinstance(message, dict) and message.get("DOI"):
        yield message
    else:
        raise SnapshotError(f"{path}: no Crossref work found")
