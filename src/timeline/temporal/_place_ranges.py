"""Place ranges: closed ones ("from March to May") and open ones ("since 2019")."""

from __future__ import annotations

from datetime import timedelta

from timeline._edtf import Precision
from timeline.models import Resolution, TimeSpan, TimexType
from timeline.temporal._placed import Placed


def _closed_range(first: Placed, last: Placed | None) -> Placed | None:
    if last is None:
        return first
    if first.span is None or last.span is None:  # "from 3 p.m. to 5 p.m." with no date known
        return _unplaced_range(first, last)
    start, end = first.span.start, last.span.end
    if start is None or end is None or end < start:
        return None
    precision = first.span.precision
    if precision != last.span.precision or precision is Precision.TIME:
        precision = Precision.DAY
    return _range_of(first, last, TimeSpan(start=start, end=end, precision=precision))


def _unplaced_range(first: Placed, last: Placed) -> Placed | None:
    """A range whose ends keep X placeholders: its value, no span. Not a range of a
    date and a duration or a set ("from Monday to 3 days"): none of the two is."""
    if not {first.type, last.type} <= {TimexType.DATE, TimexType.TIME}:
        return None
    return _range_of(first, last, None)


def _range_of(first: Placed, last: Placed, span: TimeSpan | None) -> Placed:
    """The range of two placed ends: a TIME when both are times, the least sure resolution."""
    resolution = max(first.resolution, last.resolution, key=_RESOLUTION_ORDER.index)
    kind = TimexType.TIME if first.type is last.type is TimexType.TIME else TimexType.DATE
    return Placed(kind, f"{first.value}/{last.value}", span, resolution)


_RESOLUTION_ORDER = list(Resolution)


def _open_range(base: Placed, link: str) -> Placed:
    if base.span is None or base.span.start is None or base.span.end is None:
        return Placed(base.type, base.value, None, base.resolution, link)
    whole = base.span
    precision = Precision.DAY if whole.precision is Precision.TIME else whole.precision
    assert whole.start is not None
    assert whole.end is not None
    if link == "ON_OR_AFTER":
        span = TimeSpan(start=whole.start, end=None, precision=precision)
    elif link == "ON_OR_BEFORE":
        span = TimeSpan(start=None, end=whole.end, precision=precision)
    elif link == "BEFORE":
        span = TimeSpan(start=None, end=whole.start - timedelta(days=1))
    else:
        span = TimeSpan(start=whole.end + timedelta(days=1), end=None)
    return Placed(base.type, base.value, span, base.resolution, link)
