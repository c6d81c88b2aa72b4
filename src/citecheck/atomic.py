"""Output files: a reader sees the old file or the whole new one, never a half-written one.

Only a regular file is replaced (through a temporary file beside it and an atomic rename). A
symbolic link is followed and its target replaced, so the link stays a link. Anything else that
already exists and is not a folder (a device such as /dev/null, a FIFO, a `>(jq .)` process
substitution, /dev/stdout) is written through, never replaced: renaming over a device would turn
it into a JSON file. A read-only file is never overwritten. Every failure is an `OutputError`
that names the file.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from pathlib import Path

from citecheck.errors import OutputError


def _existing_mode(target: Path) -> int | None:
    """The mode of what `target` names, following links; None when nothing is there."""
    try:
        return target.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:  # a dangling or looping link, a folder we may not enter
        raise OutputError(f"{target}: {exc.strerror or exc}") from None


def _read_only(target: Path, mode: int) -> bool:
    # the mode bits too: root may write anything, but a file marked read-only is the user's word
    return not os.access(target, os.W_OK) or not mode & 0o222


def check_writable(path: str | Path, what: str) -> None:
    """Fail early, before a long run, if `path` could not be written: its folder must exist
    (we do not create folders, so a typo in a path is caught rather than obeyed), an existing
    file must be writable, and a folder or socket is refused."""
    target = Path(path)
    mode = _existing_mode(target)
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise OutputError(f"{what} {target}: is a directory")
        if stat.S_ISSOCK(mode):
            raise OutputError(f"{what} {target}: is a socket, not a file")
        if _read_only(target, mode):
            raise OutputError(f"{what} {target}: is read-only; not overwritten")
        if not stat.S_ISREG(mode):
            return  # written through: the folder (e.g. /dev) need not be writable
    folder = Path(os.path.realpath(target)).parent
    if not folder.is_dir():
        raise OutputError(f"{what} {target}: folder {target.parent} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{what} {target}: folder {folder} is not writable")


def _new_file_mode(target: Path) -> int:
    # mkstemp creates 0600; a replaced file keeps its mode, a new one gets the usual umask mode
    with contextlib.suppress(FileNotFoundError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_temporaries(target: Path) -> None:
    """Remove the temporary files a killed run left beside `target` (`.NAME.PID.xxx.tmp`):
    only those whose process is gone, so a run writing the same file now is left alone."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        pid = leftover.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _replace_atomically(target: Path, text: str, encoding: str) -> None:
    remove_stale_temporaries(target)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent
    )
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


def _write_through(target: Path, text: str, encoding: str) -> None:
    with open(target, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path`: a regular file (or a new one) is replaced atomically, a link's
    target is written, a device or pipe is written through. `OutputError` names the file."""
    target = Path(path)
    try:
        mode = _existing_mode(target)
        if mode is not None and not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode) or stat.S_ISSOCK(mode):
                raise OutputError(f"{target}: is a directory or socket, not a file")
            _write_through(target, text, encoding)
            return
        if mode is not None and _read_only(target, mode):
            raise OutputError(f"{target}: is read-only; not overwritten")
        _replace_atomically(Path(os.path.realpath(target)), text, encoding)
    except OSError as exc:
        # ENOSPC, EIO, a pipe whose reader left: say which file, once
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None


def _same_place(first: Path, second: Path) -> bool:
    """Do two paths name one file: one resolved path, or one file by a link (symbolic or hard)."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them is not there yet: only its resolved path can say
        return False


def _written_through(path: Path) -> bool:
    # a device or pipe (/dev/null, /dev/stdout) is written through, never replaced: sharing it
    # loses no file
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def check_distinct(
    outputs: list[tuple[str, str | Path]], inputs: list[tuple[str, str | Path]]
) -> None:
    """Refuse, before anything is read or written, an output file that is one of the inputs (it
    would replace the article being checked) or that another output also names (one of them
    would be lost). `outputs` and `inputs` pair an option name with its path. An input `-`
    (standard input) and an address are no files; an output is always a file here (the caller
    leaves out an option whose `-` means standard output), so `--dump-text -` is the file "-"."""

    def files(pairs: list[tuple[str, str | Path]], *, reading: bool) -> list[tuple[str, Path]]:
        return [
            (what, Path(path))
            for what, path in pairs
            if not (reading and (str(path) == "-" or "://" in str(path)))
            and not _written_through(Path(path))
        ]

    written, read = files(outputs, reading=False), files(inputs, reading=True)
    for index, (what, path) in enumerate(written):
        for source, input_path in read:
            if _same_place(path, input_path):
                raise OutputError(
                    f"{what} {path}: is the input {source} {input_path}; it would be "
                    "overwritten, so nothing was run (write the output to another file)"
                )
        for other, other_path in written[:index]:
            if _same_place(path, other_path):
                raise OutputError(
                    f"{other} and {what} both name {path}; one would overwrite the other, so "
                    "nothing was run (give each output its own file)"
                )
