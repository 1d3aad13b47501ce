"""Clustering reports into events: blocking by date, complete linkage, no guessing.

Reports are taken in their canonical order (narrowest date first, then date,
then id): the order is a function of the set of reports, so the clusters are
too. Each report joins the one existing cluster whose every member it is
compatible with (complete linkage: compatibility is not transitive, a
coarse "January" report must not bridge two different days). When it is
compatible with none it starts a cluster; when it is compatible with two or
more, it is ambiguous and also stands alone rather than be guessed into one.

Candidates come from an index of clusters by (day, key), where the keys are
the actor codes a cluster reaches, ``-`` for clusters of reports without
actors and ``*`` for every cluster (looked up by reports without actors).
A report only looks at the days its date can match, so the work grows with
the number of reports per day, never with the square of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.merging.atoms import OPEN_HI, OPEN_LO, Report
from timeline.merging.rules import CONFLICT_GAP, HORIZON, MAX_WIDTH, conflicting, same_event

_ANY = "*"
_NO_ACTORS = "-"

Index = dict[tuple[int, str], list["Cluster"]]


class Cluster:
    """Reports of one event, with the span they all share and the keys it is indexed under."""

    __slots__ = ("hi", "keys", "lo", "members", "number")

    def __init__(self, number: int) -> None:
        self.number = number
        self.members: list[Report] = []
        self.lo = OPEN_LO
        self.hi = OPEN_HI
        self.keys: set[str] = set()

    def accepts(self, report: Report) -> bool:
        """Complete linkage: the report is compatible with every member."""
        return all(same_event(report, member) for member in self.members)

    def add(self, report: Report, index: Index) -> None:
        """Take ``report`` in and index the cluster under its new keys."""
        self.members.append(report)
        self.lo = max(self.lo, report.lo)
        self.hi = min(self.hi, report.hi)
        fresh = _keys(report) - self.keys
        if not fresh:
            return
        self.keys |= fresh
        for day in _registered_days(self.lo, self.hi):
            for key in fresh:
                index.setdefault((day, key), []).append(self)


def _keys(report: Report) -> set[str]:
    keys = set(report.reach) | {_ANY}
    if not report.actors:
        keys.add(_NO_ACTORS)
    return keys


def _registered_days(lo: int, hi: int) -> range:
    """The days a cluster is found under: its span, its bound if open, its start if vague."""
    if lo == OPEN_LO:
        return range(hi, hi + 1)
    if hi == OPEN_HI or hi - lo + 1 > MAX_WIDTH:
        return range(lo, lo + 1)
    return range(lo, hi + 1)


def _lookup_days(report: Report) -> range:
    """The days where a cluster this report may join is indexed (see rules.dates_compatible)."""
    if report.is_open:
        bound = report.hi if report.lo == OPEN_LO else report.lo
        return range(bound - HORIZON, bound + HORIZON + 1)
    if report.width > MAX_WIDTH:
        return range(report.lo, report.lo + 1)
    return range(report.lo, report.hi + 1)


def _lookup_keys(report: Report) -> tuple[str, ...]:
    if not report.actors:
        return (_ANY,)
    return (*report.reach, _NO_ACTORS)


def _candidates(report: Report, index: Index) -> list[Cluster]:
    found: dict[int, Cluster] = {}
    keys = _lookup_keys(report)
    for day in _lookup_days(report):
        for key in keys:
            for cluster in index.get((day, key), ()):
                found[cluster.number] = cluster
    return [found[number] for number in sorted(found)]


def _home(report: Report, index: Index) -> Cluster | None:
    """The only cluster that accepts ``report``; None if none or several do."""
    home = None
    for cluster in _candidates(report, index):
        if cluster.accepts(report):
            if home is not None:
                return None
            home = cluster
    return home


def clusters(reports: list[Report]) -> list[list[Report]]:
    """Reports (in canonical order) grouped into events."""
    index: Index = {}
    made: list[Cluster] = []
    for report in reports:
        home = _home(report, index)
        if home is None:
            home = Cluster(len(made))
            made.append(home)
        home.add(report, index)
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
