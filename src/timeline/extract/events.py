"""Turn a document into a Timeline of dated events (thin first version).

Each sentence that holds a full date gives one event dated by it, with the
sentence as its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from timeline.models import Event, Resolution, Source
from timeline.temporal import find_dates
from timeline.timeline import Timeline

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ¿¡])|\n+")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets of each sentence, whitespace trimmed."""
    position = 0
    for match in _SENTENCE_END.finditer(text):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def extract(
    text: str,
    *,
    published: date | datetime | str | None = None,
    lang: str | None = None,
    source: str | None = None,
) -> Timeline:
    """The dated events of a document, as a :class:`Timeline`.

    ``published`` is the document date (the reference for relative dates),
    ``lang`` its language (detected when None), ``source`` its id or URL.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    reference = _as_date(published)
    document = source or "document"
    url = source if source and "://" in source else None
    events = []
    for start, end in sentences(text):
        quote = text[start:end]
        first = next((m for m in find_dates(quote, reference=reference, lang=lang) if m.span), None)
        if first is None or first.span is None:
            continue
        evidence = Source(
            document=document,
            url=url,
            published=reference,
            lang=lang,
            quote=quote,
            start=start,
            end=end,
            date_text=first.text,
            resolution=Resolution.ABSOLUTE,
        )
        events.append(Event(when=first.span, title=quote[:160], summary=quote, sources=(evidence,)))
    return Timeline(events)


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        from timeline.models import TimeSpan  # noqa: PLC0415

        span = TimeSpan.parse(value)
        return span.start
    raise TypeError(f"published must be a date, datetime or ISO string, not {type(value).__name__}")
