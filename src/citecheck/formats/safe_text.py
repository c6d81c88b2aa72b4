"""Text from outside (the article, a BibTeX file, a Crossref record) shown as text, never obeyed.

A title can carry terminal escape sequences (`ESC[2J` clears the screen, OSC 8 plants a hyperlink,
OSC 0 retitles the window), C1 controls (a lone U+009B is a CSI to some terminals) or bidi
overrides that make a line read other than it is. Reports replace each such character by a
visible `\\x1b` / `\\u202e` escape, so the reader sees that it was there and nothing acts on it.
JSON output keeps the data and escapes the same characters as `\\uXXXX`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # pydantic is loaded by the time a model is shown; `visible` needs none
    from pydantic import BaseModel

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode direction controls
# (LRM/RLM, ALM, the embeddings and overrides, the isolates).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The same, minus the C0 controls JSON escapes by itself.
_JSON_UNESCAPED = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

ModelT = TypeVar("ModelT", bound="BaseModel")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character shown as its escape (a CR-LF line end stays one
    line end)."""
    return _CONTROL.sub(_escape, text.replace("\r\n", "\n"))


def _clean(value: Any, model: type[BaseModel]) -> Any:
    if type(value) is str:  # not str subclasses: enum values are ours, and stay enums
        return visible(value)
    if isinstance(value, model):
        return _displayable(value, model)
    if isinstance(value, list):
        return [_clean(item, model) for item in value]
    if isinstance(value, tuple):
        return tuple(_clean(item, model) for item in value)
    if isinstance(value, dict):
        return {_clean(key, model): _clean(item, model) for key, item in value.items()}
    return value


def displayable(model: ModelT) -> ModelT:
    """A copy of `model` (findings, a reference...) whose every string is `visible`: what the
    terminal and Markdown reports render, so no renderer can forget a field."""
    from pydantic import BaseModel  # once a report, not once a value (a row a claim)

    return _displayable(model, BaseModel)


def _displayable(model: ModelT, base: type[BaseModel]) -> ModelT:
    updates = {name: _clean(getattr(model, name), base) for name in type(model).model_fields}
    return model.model_copy(update=updates)


def json_safe(text: str) -> str:
    """JSON text with DEL, C1 and direction controls written as `\\uXXXX` escapes too (JSON
    escapes only C0 by itself), so a findings file printed to a terminal cannot drive it.
    Those characters can only stand inside JSON strings, where the escape means the same."""
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
