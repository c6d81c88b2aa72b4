"""Atomic file writes: a reader sees the old file or the whole new one, never a half-written one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from citecheck.errors import OutputError


def check_writable(path: str | Path, what: str) -> None:
    """Fail early, before a long run, if `path` could not be written: its folder must exist
    (we do not create folders, so a typo in a path is caught rather than obeyed)."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise OutputError(f"{what} {target}: is a directory")
    if not folder.is_dir():
        raise OutputError(f"{what} {target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{what} {target}: folder {folder} is not writable")


def _new_file_mode(target: Path) -> int:
    # mkstemp creates 0600; a replaced file keeps its mode, a new one gets the usual umask mode
    with contextlib.suppress(FileNotFoundError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` via a temporary file in the same folder and an atomic rename."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fchmod(handle.fileno(), _new_file_mode(target))
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
