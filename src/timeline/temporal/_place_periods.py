"""Place report periods: the quarter or year a financial text reports on.

"the 1988 period" after "the third quarter" is 1988's third quarter; "the
latest quarter" is the quarter being reported, else the last one completed;
"a year earlier" after a quarter is the same quarter a year before.
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline._edtf import Precision
from timeline.models import Resolution, TimeSpan, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal._atoms import Atom
from timeline.temporal._place_dates import _date
from timeline.temporal._placed import Context, Placed, _unresolved


def _year_period(atom: Atom, ctx: Context) -> Placed | None:
    """'the 1988 period' after 'the third quarter' is 1988's third quarter; else 1988.

    The quarter named last, even with a year named since ("third-quarter earnings
    ... lower than last year ... in the 1988 quarter").
    """
    if atom.year is None:
        return _latest_quarter(ctx)
    period = ctx.quarter or ctx.period
    if period is None or period.precision is not Precision.QUARTER or period.start is None:
        return _date(atom.but(kind="date"), ctx)
    quarter = date(atom.year, period.start.month, 1)
    return Placed(
        TimexType.DATE, cal.label(quarter, "Q"), cal.span(quarter, "Q"), Resolution.ANAPHORIC
    )


def _latest_quarter(ctx: Context) -> Placed | None:
    """'the latest quarter': the quarter being reported, else the last one completed.

    Results come after the quarter's end, so the quarter the text reports
    (named before, ended less than a year before the document) is the latest.
    """
    if ctx.reference is None:
        return _unresolved("XXXX-QX")
    period, reference = ctx.period, ctx.reference
    if _reported(period, reference):
        assert period is not None
        label = cal.label(period.start or reference, "Q")
        return Placed(TimexType.DATE, label, period, Resolution.ANAPHORIC)
    last = cal.shift(reference, "Q", -1)
    if last is None:
        return None
    return Placed(TimexType.DATE, cal.label(last, "Q"), cal.span(last, "Q"), ctx.deictic)


def _reported(period: TimeSpan | None, reference: date) -> bool:
    """True for a quarter that ended in the year before ``reference``."""
    if period is None or period.precision is not Precision.QUARTER or period.end is None:
        return False
    return reference - timedelta(days=366) < period.end < reference


_PERIOD_UNITS = ("M", "Q", "Y")
_PRECISION_UNIT = {Precision.MONTH: "M", Precision.QUARTER: "Q", Precision.YEAR: "Y"}


def _period_later(atom: Atom, period: TimeSpan) -> Placed | None:
    """'a year earlier' after 'the third quarter of 1989' is the third quarter of 1988."""
    assert atom.unit is not None
    assert atom.qty is not None
    assert period.start is not None
    day = cal.shift(period.start, atom.unit, round(atom.qty))
    if day is None:
        return None
    unit = _PRECISION_UNIT[period.precision]
    return Placed(TimexType.DATE, cal.label(day, unit), cal.span(day, unit), Resolution.ANAPHORIC)


def _year_before_report(atom: Atom, ctx: Context) -> Placed | None:
    """'the year-ago results', 'year-earlier net': a year before the period reported.

    That is the quarter or month named when it is the report's own (of the
    document's year, or a quarter that ended in the year before it), else the
    document's year: after "the 1988 period" or "Last year", "the year-earlier
    results" are still 1988, not 1987.
    """
    period, reference = ctx.period, ctx.reference
    if reference is None:
        return _unresolved("XXXX")
    if _of_report(period, reference):
        assert period is not None
        return _period_later(atom, period)
    year = date(reference.year - 1, 1, 1)
    return Placed(TimexType.DATE, cal.label(year, "Y"), cal.span(year, "Y"), ctx.deictic)


def _of_report(period: TimeSpan | None, reference: date) -> bool:
    """True for a period of the document's year or a quarter that ended in the year before."""
    if period is None or period.start is None:
        return False
    return period.start.year == reference.year or _reported(period, reference)
