"""Clustering reports into events: blocking by date, complete linkage, no guessing.

Reports are taken in their canonical order (narrowest date first, then date,
then id): the order is a function of the set of reports, so the clusters are
too. Each report joins the one existing cluster whose every member it is
compatible with (complete linkage: compatibility is not transitive, a
coarse "January" report must not bridge two different days). When it is
compatible with none it starts a cluster; when it is compatible with two or
more, it is ambiguous and also stands alone rather than be guessed into one.

Candidates come from an index of clusters by (day or month, key, kind) of
their first report, whom every later member must match: the days of its span
(its bound when open, its first day when vague); as keys the actor codes it
reaches and its places, plus, for week-precise clusters, ``*`` (looked up by
reports without actors, which may match on text alone) and ``-`` when it has
no actors (looked up by reports with actors); and its kind, looked up under
every kind compatible with the report's. A report only
looks at the days its date can match, so the work grows with the number of
reports per day, never with the square of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain

from timeline.merging.atoms import OPEN_LO, Report
from timeline.merging.rules import (
    CONFLICT_GAP,
    HORIZON,
    TEXT_ONLY_DAYS,
    conflicting,
    same_event,
)
from timeline.models import EventKind

_ANY = "*"
_NO_ACTORS = "-"
_PLACE = "@"
FINE = TEXT_ONLY_DAYS
"""Reports this many days wide or narrower look clusters up by day; wider ones by month."""
_LAST = date.max.toordinal()

Key = tuple[int, str, EventKind]


class Index:
    """Clusters by (day, key, kind) and by (month, key, kind) of their first report.

    Reports are taken narrowest first, so when a report of at most FINE days
    looks up the day index, every cluster there began with a report of at
    most FINE days too: only those are indexed by day. Every cluster is
    indexed by month, for the wider reports, which look there only under
    their own kind (with their actor codes) or under their places.
    """

    __slots__ = ("days", "months")

    def __init__(self) -> None:
        self.days: dict[Key, list[Cluster]] = {}
        self.months: dict[Key, list[Cluster]] = {}

    def add(self, cluster: Cluster, first: Report) -> None:
        """Index ``cluster`` under its first report's days (if fine), months, keys and kind."""
        keys = {*first.reach, *(_PLACE + place for place in first.places)}
        lo, hi = _registered(first)
        _register(self.months, cluster, _months(lo, hi), keys, first.kind)
        if first.normal and first.width <= FINE:
            keys.add(_ANY)
            if not first.actors:
                keys.add(_NO_ACTORS)
            _register(self.days, cluster, range(lo, hi + 1), keys, first.kind)

    def candidates(self, report: Report) -> Iterator[Cluster]:
        """Clusters whose first report shares a day (or month), a key and a compatible kind."""
        lo, hi = _looked_up(report)
        if report.normal and report.width <= FINE:
            return _look(self.days, range(lo, hi + 1), _lookup_keys(report), report.kinds_ok)
        # Wider dates need a shared place or the same kind (rules._strong_enough).
        months = _months(lo, hi)
        places = tuple(_PLACE + place for place in report.places)
        same_kind = () if report.kind is EventKind.OTHER else (report.kind,)
        return chain(
            _look(self.months, months, tuple(report.reach), same_kind),
            _look(self.months, months, places, report.kinds_ok),
        )


def _look(
    table: dict[Key, list[Cluster]], units: range, keys: tuple[str, ...], kinds: Iterable[EventKind]
) -> Iterator[Cluster]:
    kinds = tuple(kinds)
    for unit in units:
        for key in keys:
            for kind in kinds:
                yield from table.get((unit, key, kind), ())


def _register(
    table: dict[Key, list[Cluster]],
    cluster: Cluster,
    units: range,
    keys: set[str],
    kind: EventKind,
) -> None:
    for unit in units:
        for key in keys:
            table.setdefault((unit, key, kind), []).append(cluster)


def _month(ordinal: int) -> int:
    day = date.fromordinal(ordinal)
    return day.year * 12 + day.month - 1


def _months(lo: int, hi: int) -> range:
    return range(_month(max(1, lo)), _month(min(_LAST, hi)) + 1)


class Cluster:
    """Reports of one event, with the span and the kinds they all share."""

    __slots__ = ("hi", "kinds_ok", "lo", "members")

    def __init__(self, first: Report) -> None:
        self.members = [first]
        self.lo = first.lo
        self.hi = first.hi
        self.kinds_ok = first.kinds_ok

    def accepts(self, report: Report) -> bool:
        """Complete linkage: the report is compatible with every member.

        The shared span and the kinds every member accepts are checked first:
        both are necessary, and they turn most candidates away at once.
        """
        if report.kind not in self.kinds_ok or report.lo > self.hi or self.lo > report.hi:
            return False
        return all(same_event(report, member) for member in self.members)

    def add(self, report: Report) -> None:
        """Take ``report`` in."""
        self.members.append(report)
        self.lo = max(self.lo, report.lo)
        self.hi = min(self.hi, report.hi)
        self.kinds_ok &= report.kinds_ok


def _registered(first: Report) -> tuple[int, int]:
    """The days a cluster is found under: its first report's span, bound if open, start if vague."""
    if first.lo == OPEN_LO:
        return first.hi, first.hi
    if not first.normal:
        return first.lo, first.lo
    return first.lo, first.hi


def _looked_up(report: Report) -> tuple[int, int]:
    """The days where a cluster this report may join is indexed (see rules.dates_compatible)."""
    if report.is_open:
        bound = report.hi if report.lo == OPEN_LO else report.lo
        return bound - HORIZON, bound + HORIZON
    if not report.normal:
        return report.lo, report.lo
    return report.lo, report.hi


def _lookup_keys(report: Report) -> tuple[str, ...]:
    """Keys of the first reports this report may match (see rules._evidence).

    Its actor codes; its places; and, when its date is fine enough for text
    alone to count, every cluster (without actors) or those without actors.
    """
    keys = (*report.reach, *(_PLACE + place for place in report.places))
    if report.normal and report.width <= FINE:
        return (*keys, _NO_ACTORS if report.actors else _ANY)
    return keys


def _home(report: Report, index: Index) -> Cluster | None:
    """The only cluster that accepts ``report``; None if none or several do.

    The answer does not depend on the order candidates are seen in, so the
    scan stops at the second cluster that accepts.
    """
    home = None
    seen: set[Cluster] = set()
    for cluster in index.candidates(report):
        if cluster in seen:
            continue
        seen.add(cluster)
        if cluster.accepts(report):
            if home is not None:
                return None
            home = cluster
    return home


def clusters(reports: list[Report]) -> list[list[Report]]:
    """Reports (in canonical order) grouped into events."""
    index = Index()
    made: list[Cluster] = []
    for report in reports:
        home = _home(report, index)
        if home is None:
            cluster = Cluster(report)
            index.add(cluster, report)
            made.append(cluster)
        else:
            home.add(report)
    return [cluster.members for cluster in made]


def conflicts(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Pairs of reports that give disjoint precise dates for an otherwise identical event."""
    by_day: dict[tuple[int, object, frozenset[str]], list[Report]] = {}
    for report in reports:
        if report.width == 1 and report.codes:
            by_day.setdefault((report.lo, report.kind, report.codes), []).append(report)
    for (day, kind, codes), group in sorted(by_day.items(), key=_day_order):
        for gap in range(1, CONFLICT_GAP + 1):
            for earlier in by_day.get((day - gap, kind, codes), ()):
                yield from ((earlier, r) for r in group if conflicting(earlier, r))


def _day_order(item: tuple[tuple[int, object, frozenset[str]], list[Report]]) -> tuple[int, str]:
    return (item[0][0], item[1][0].id)
