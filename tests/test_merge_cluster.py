"""The blocking index never misses a cluster the rule would accept (checked against a scan)."""

from __future__ import annotations

from hypothesis import given

from timeline import Event
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
