"""Naming the encoding of a file that is not UTF-8, so the error can say how to convert it."""

from __future__ import annotations

# Byte-order marks, longest first (a UTF-32 LE mark begins with the UTF-16 LE one).
_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "UTF-32", "utf-32"),
    (b"\xff\xfe", "UTF-16", "utf-16"),
    (b"\xfe\xff", "UTF-16", "utf-16"),
)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    return sum(ch.isprintable() or ch.isspace() for ch in text) >= 0.95 * len(text)


def utf16_or_32(data: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when `data` is text in one of them (a byte-order mark, or ASCII
    text with a NUL after or before every character) and decodes as such, else None."""
    for mark, name, codec in _MARKS:
        if data.startswith(mark):
            return name if _decodes(data, codec) else None
    sample = data[:4096]
    if len(sample) >= 4 and len(sample) % 2 == 0:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "UTF-16" if _decodes(sample, "utf-16-le") else None
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "UTF-16" if _decodes(sample, "utf-16-be") else None
    return None


def conversion_hint(path: str, encoding: str) -> str:
    """One sentence: what the file is and the command that converts it."""
    return (
        f"{path}: is {encoding} text, not UTF-8; convert it first, e.g. "
        f"iconv -f {encoding} -t UTF-8 '{path}' > converted.txt"
    )
