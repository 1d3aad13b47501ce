"""Bytes to text for the readers: UTF-8 (a BOM is dropped), errors that name the line."""

from __future__ import annotations

from timeline.errors import FormatError


def decode(text: str | bytes, source: str) -> str:
    """``text`` as a str; bytes that are not UTF-8 raise FormatError naming the line."""
    if isinstance(text, str):
        return text.removeprefix("\ufeff")
    try:
        return text.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = text[: exc.start].count(b"\n") + 1
        raise FormatError(source, "UTF-8 text", line=line, detail=str(exc)) from exc
