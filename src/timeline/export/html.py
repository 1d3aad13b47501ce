"""HTML: one self-contained page with the events on a time axis, filters and sources (write-only).

No network: CSS, JavaScript and SVG are inline, and a Content-Security-Policy
allows only those (by hash), so the page works offline and cannot load anything.
The events travel as JSON inside ``<script type="application/json">`` with ``<``,
``>`` and ``&`` written as ``\\u003c``..., and the script puts every text on the
page with ``textContent``: an article containing ``<script>`` shows as text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from datetime import date, datetime
from functools import cache
from importlib import resources
from string import Template
from typing import Any

from timeline._edtf import Precision
from timeline.export._labels import MONTHS, as_utc, span_label, web_url
from timeline.models import Event, EventKind
from timeline.timeline import Timeline

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_MAX_TICKS = 12


@cache
def _asset(name: str) -> str:
    return (resources.files("timeline.export") / "data" / name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``< > &`` and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "".join(_JSON_ESCAPES.get(char, char) for char in text)


def dumps(timeline: Timeline, *, title: str = "Timeline") -> str:
    """The HTML page of ``timeline``."""
    style, script = _asset("page.css"), _asset("page.js")
    return Template(_asset("page.html")).substitute(
        title=html.escape(title),
        style=style,
        script=script,
        style_hash=_csp_hash(style),
        script_hash=_csp_hash(script),
        data=script_json(page_data(timeline)),
    )


def page_data(timeline: Timeline) -> dict[str, Any]:
    """What the page script draws: events with axis positions, the axis range and ticks."""
    events = [_record(event) for event in timeline]
    low, high = _range(events)
    return {
        "events": events,
        "kinds": [kind.value for kind in EventKind],
        "range": [low, high],
        "ticks": ticks(low, high),
    }


def _day(moment: date | datetime) -> float:
    if isinstance(moment, datetime):
        utc = as_utc(moment)
        seconds = utc.hour * 3600 + utc.minute * 60 + utc.second
        return utc.date().toordinal() + seconds / 86400
    return float(moment.toordinal())


def _bounds(event: Event) -> tuple[float | None, float | None]:
    """Axis positions (days since year 1) of the start and the exclusive end; None if open."""
    when = event.when
    if when.precision is Precision.TIME and (when.start_time or when.end_time):
        first = _day(when.start_time) if when.start_time else None
        last = _day(when.end_time) if when.end_time else first
        return first, last
    low = _day(when.start) if when.start else None
    return low, (_day(when.end) + 1 if when.end else None)


def _record(event: Event) -> dict[str, Any]:
    low, high = _bounds(event)
    when = event.when
    return {
        "id": event.id,
        "label": span_label(when),
        "edtf": when.edtf,
        "precision": when.precision.value,
        "approximate": when.approximate,
        "open": ("start" if when.start is None else "end") if when.is_open else None,
        "point": when.precision is Precision.TIME or (when.days == 1),
        "lo": low,
        "hi": high,
        "title": event.title,
        "summary": event.summary,
        "kind": event.kind.value,
        "status": event.status.value,
        "actors": [{"name": a.name, "code": a.code} for a in event.actors],
        "places": [p.name for p in event.places],
        "sources": [_source(s) for s in event.sources],
    }


def _source(source: Any) -> dict[str, Any]:
    return {
        "document": source.document,
        "url": web_url(source.url),
        "quote": source.quote,
        "published": source.published.isoformat() if source.published else None,
    }


def _range(events: list[dict[str, Any]]) -> tuple[float, float]:
    days = [e[key] for e in events for key in ("lo", "hi") if e[key] is not None]
    if not days:
        return 0.0, 1.0
    low, high = min(days), max(days)
    pad = max((high - low) * 0.03, 15.0)
    return low - pad, high + pad


def ticks(low: float, high: float) -> list[dict[str, Any]]:
    """Axis ticks at whole years, months or days, at most a dozen, labelled."""
    first = date.fromordinal(max(1, int(low)))
    last = date.fromordinal(min(date.max.toordinal(), max(1, int(high))))
    years = last.year - first.year
    if years >= 3:
        step = max(1, -(-years // _MAX_TICKS))
        start = (first.year // step + 1) * step
        return [_tick(date(year, 1, 1), str(year)) for year in range(start, last.year + 1, step)]
    months = years * 12 + last.month - first.month
    if months >= 2:
        step = max(1, -(-months // _MAX_TICKS))
        return [_month_tick(first, index) for index in range(1, months + 1, step)]
    step = max(1, -(-(last - first).days // _MAX_TICKS))
    days = [date.fromordinal(o) for o in range(first.toordinal() + 1, last.toordinal() + 1, step)]
    return [_day_tick(day, i == 0 or day.year != days[i - 1].year) for i, day in enumerate(days)]


def _day_tick(day: date, show_year: bool) -> dict[str, Any]:
    label = f"{day.day} {MONTHS[day.month - 1][:3]}"
    return _tick(day, f"{label} {day.year}" if show_year else label)


def _month_tick(first: date, index: int) -> dict[str, Any]:
    year, month = divmod(first.year * 12 + first.month - 1 + index, 12)
    day = date(year, month + 1, 1)
    label = f"{MONTHS[month][:3]} {year}" if month == 0 or index == 1 else MONTHS[month][:3]
    return _tick(day, label)


def _tick(day: date, label: str) -> dict[str, Any]:
    return {"day": float(day.toordinal()), "label": label}
