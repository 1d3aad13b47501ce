"""The blocking index never misses a cluster the rule would accept (checked against a scan)."""

from __future__ import annotations

from hypothesis import given

from timeline import Actor, ActorType, Event, EventKind, Source, TimeSpan
from timeline.merging.atoms import Report, reports_of
from timeline.merging.cluster import clusters
from timeline.merging.rules import same_event

from strategies import corpora


def _scan_every_cluster(reports: list[Report]) -> list[list[Report]]:
    """The same clustering without an index: every report is tried against every cluster."""
    made: list[list[Report]] = []
    for report in reports:
        accepting = [c for c in made if all(same_event(report, m) for m in c)]
        if len(accepting) == 1:
            accepting[0].append(report)
        else:
            made.append([report])
    return made


def _ids(groups: list[list[Report]]) -> list[list[str]]:
    return [[report.id for report in group] for group in groups]


@given(corpora)
def test_the_index_finds_what_a_full_scan_finds(items: list[Event]) -> None:
    reports = reports_of(items)
    assert _ids(clusters(reports)) == _ids(_scan_every_cluster(reports))


@given(corpora)
def test_the_rule_is_symmetric(items: list[Event]) -> None:
    reports = reports_of(items)
    for a in reports:
        for b in reports:
            assert same_event(a, b) == same_event(b, a)


def test_the_index_finds_what_a_full_scan_finds_at_the_ends_of_the_calendar() -> None:
    russia = Actor(name="Russia", code="RUS", type=ActorType.STATE)
    dates = ["0001-01-01", "../0001-01-05", "0001", "00XX", "0001-01-01T00:00:00Z", "0001-01-01/.."]
    dates += ["9999-12-31/..", "9999-12-31", "99XX", "9999", "../9999-12-31", "9999-12"]
    items = [
        Event(
            when=TimeSpan.parse(edtf),
            title="strike",
            kind=EventKind.ASSAULT,
            actors=(russia,),
            sources=(Source(document=edtf, quote="q", start=0, end=1),),
        )
        for edtf in dates
    ]
    reports = reports_of(items)
    assert _ids(clusters(reports)) == _ids(_scan_every_cluster(reports))
    assert all(report.width > 3_000_000 for report in reports if report.is_open)
