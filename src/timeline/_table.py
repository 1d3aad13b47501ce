"""A timeline as a readable plain-text table (what ``timeline show`` prints)."""

from __future__ import annotations

from timeline.models import Event
from timeline.timeline import Timeline

HEADER = ("WHEN", "KIND", "ACTORS", "PLACES", "SRC", "TITLE")
MIN_TITLE = 12
MAX_CELL = 30


def format_table(timeline: Timeline, *, width: int = 120) -> str:
    """One row per event: date (EDTF), kind, actor codes, places, source count, title.

    The title is cut with an ellipsis so that rows fit in ``width`` characters.
    """
    rows = [HEADER, *(_row(event) for event in timeline)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER) - 1)]
    room = max(MIN_TITLE, width - sum(widths) - 2 * len(widths))
    lines = [_line(row, widths, room) for row in rows]
    lines.append(f"{len(timeline)} event" + ("" if len(timeline) == 1 else "s"))
    return "\n".join(lines)


def _row(event: Event) -> tuple[str, ...]:
    actors = ",".join(actor.code for actor in event.actors) or "-"
    places = ",".join(place.name for place in event.places) or "-"
    title = " ".join(event.title.split())
    return (
        event.when.edtf,
        event.kind.value,
        _cut(actors, MAX_CELL),
        _cut(places, MAX_CELL),
        str(len(event.documents)),
        title,
    )


def _line(row: tuple[str, ...], widths: list[int], room: int) -> str:
    cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])]
    return "  ".join([*cells, _cut(row[-1], room)]).rstrip()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
