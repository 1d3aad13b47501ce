"""Queries on a Timeline: filters that chain, groups, sorting, and errors that name the value."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    Actor,
    ActorType,
    Event,
    EventKind,
    Place,
    QueryError,
    Source,
    Timeline,
    TimeSpan,
)
from timeline.query import apply, gazetteer_codes

from strategies import events

RUSSIA = Actor(name="Russie", code="RUS", type=ActorType.STATE)
UKRAINE = Actor(name="Ukraine", code="UKR", type=ActorType.STATE)
PUTIN = Actor(name="Vladimir Poutine", code="PUTIN", type=ActorType.PERSON, country="RUS")
USA = Actor(name="États-Unis", code="USA", type=ActorType.STATE)
KYIV = Place(name="Kyiv", country="UKR")
CARACAS = Place(name="Caracas", country="VEN")


def _event(
    edtf: str,
    title: str,
    *,
    kind: EventKind = EventKind.OTHER,
    actors: tuple[Actor, ...] = (),
    places: tuple[Place, ...] = (),
    confidence: float = 0.5,
    quote: str = "q",
) -> Event:
    source = Source(document=title, quote=quote, start=0, end=1)
    return Event(
        when=TimeSpan.parse(edtf),
        title=title,
        kind=kind,
        actors=actors,
        places=places,
        confidence=confidence,
        sources=(source,),
    )


STRIKE = _event(
    "2026-01-14",
    "Frappe russe sur Kyiv",
    kind=EventKind.ASSAULT,
    actors=(RUSSIA, UKRAINE),
    places=(KYIV,),
    confidence=0.9,
)
TALKS = _event("2026-01-20", "Talks in Geneva", kind=EventKind.CONSULT, actors=(USA, RUSSIA))
SPEECH = _event("2026-02", "Poutine s'adresse à la nation", actors=(PUTIN,), confidence=0.2)
RAID = _event(
    "2026-01-03",
    "Opération à Caracas",
    kind=EventKind.ASSAULT,
    actors=(USA,),
    places=(CARACAS,),
    quote="Les forces américaines ont capturé le président",
)
OLD = _event("2025", "Année de guerre", kind=EventKind.ASSAULT, actors=(RUSSIA,))
BEFORE = _event("../2026-01-10", "Avant la trêve", actors=(UKRAINE,))
TIMELINE = Timeline([STRIKE, TALKS, SPEECH, RAID, OLD, BEFORE])


def _titles(timeline: Timeline) -> list[str]:
    return [event.title for event in timeline]


# -- dates


def test_between_keeps_events_that_overlap_the_period() -> None:
    result = TIMELINE.between("2026-01-10", "2026-01-31")
    assert _titles(result) == ["Avant la trêve", "Frappe russe sur Kyiv", "Talks in Geneva"]


def test_between_accepts_dates_datetimes_spans_and_open_ends() -> None:
    by_date = TIMELINE.between(date(2026, 1, 15), datetime(2026, 2, 28, tzinfo=UTC))
    assert _titles(by_date) == ["Talks in Geneva", "Poutine s'adresse à la nation"]
    assert _titles(TIMELINE.between(TimeSpan.parse("2026-02"), None)) == [
        "Poutine s'adresse à la nation"
    ]
    assert _titles(TIMELINE.between(None, "2025-12")) == ["Avant la trêve", "Année de guerre"]


def test_within_keeps_only_events_inside_the_period() -> None:
    assert _titles(TIMELINE.within("2026-01", "2026-01")) == [
        "Opération à Caracas",
        "Frappe russe sur Kyiv",
        "Talks in Geneva",
    ]


def test_on_a_day_excludes_coarser_events() -> None:
    assert _titles(TIMELINE.on("2026-01-14")) == ["Frappe russe sur Kyiv"]
    assert _titles(TIMELINE.on(date(2026, 2, 1))) == []
    assert _titles(TIMELINE.on("2026-02")) == ["Poutine s'adresse à la nation"]


def test_before_and_after_are_strict() -> None:
    assert _titles(TIMELINE.before("2026-01-03")) == ["Année de guerre"]
    assert _titles(TIMELINE.after("2026-01-20")) == ["Poutine s'adresse à la nation"]
    assert _titles(TIMELINE.after("2026-01")) == ["Poutine s'adresse à la nation"]


def test_an_open_event_is_before_its_bound_but_never_after_anything() -> None:
    assert "Avant la trêve" in _titles(TIMELINE.before("2026-01-11"))
    assert "Avant la trêve" not in _titles(TIMELINE.after("1900"))


@pytest.mark.parametrize("value", ["yesterday", "2026-13-01", "", 42, None])
def test_a_date_that_does_not_parse_names_the_value(value: object) -> None:
    with pytest.raises(QueryError, match="accepted: a date") as caught:
        TIMELINE.before(value)  # type: ignore[arg-type]
    assert caught.value.value == value


def test_between_refuses_an_end_before_the_start_and_two_open_ends() -> None:
    with pytest.raises(QueryError, match="not before the start"):
        TIMELINE.between("2026-02", "2026-01")
    with pytest.raises(QueryError, match="a start, an end or both"):
        TIMELINE.between(None, None)


# -- actors, places, kinds, text


def test_involving_matches_codes_names_and_countries_of_persons() -> None:
    assert TIMELINE.involving("Russie") == TIMELINE.involving("rus")
    assert _titles(TIMELINE.involving("RUS")) == [
        "Année de guerre",
        "Frappe russe sur Kyiv",
        "Talks in Geneva",
        "Poutine s'adresse à la nation",
    ]
    assert _titles(TIMELINE.involving("etats-unis")) == ["Opération à Caracas", "Talks in Geneva"]


def test_involving_several_actors_means_any_of_them() -> None:
    assert len(TIMELINE.involving("UKR", "vladimir poutine")) == 3


def test_involving_uses_the_resolver_for_other_language_names() -> None:
    table = {"rusia": ["RUS"]}
    result = TIMELINE.involving("Rusia", resolve=lambda name: table.get(name.lower(), []))
    assert result == TIMELINE.involving("RUS")
    assert len(TIMELINE.involving("Rusia", resolve=lambda name: ())) == 0


def test_involving_knows_names_in_every_language_from_the_gazetteer() -> None:
    assert gazetteer_codes("russland") == ("RUS",)
    assert gazetteer_codes("KREMLIN") == ("RUS",)
    assert gazetteer_codes("no such name") == ()
    assert TIMELINE.involving("Russland") == TIMELINE.involving("RUS")
    assert _titles(TIMELINE.involving("Estados Unidos")) == [
        "Opération à Caracas",
        "Talks in Geneva",
    ]


def test_at_matches_place_names_and_country_codes() -> None:
    assert _titles(TIMELINE.at("kyiv")) == ["Frappe russe sur Kyiv"]
    assert _titles(TIMELINE.at("VEN", "nowhere")) == ["Opération à Caracas"]


def test_of_kind_accepts_enums_and_names_in_any_case() -> None:
    assert TIMELINE.of_kind("assault") == TIMELINE.of_kind(EventKind.ASSAULT)
    assert len(TIMELINE.of_kind("ASSAULT", "consult")) == 4


def test_an_unknown_kind_names_the_value_and_the_accepted_kinds() -> None:
    with pytest.raises(QueryError, match=r"'ATTACK' is not understood; accepted: AGREE, .*ASSAULT"):
        TIMELINE.of_kind("ATTACK")


def test_search_is_case_and_accent_insensitive_over_titles_and_quotes() -> None:
    assert _titles(TIMELINE.search("OPERATION A CARACAS")) == ["Opération à Caracas"]
    assert _titles(TIMELINE.search("capturé")) == ["Opération à Caracas"]
    assert _titles(TIMELINE.search("POUTINE")) == ["Poutine s'adresse à la nation"]


@pytest.mark.parametrize("value", ["", "  "])
def test_search_refuses_empty_text(value: str) -> None:
    with pytest.raises(QueryError, match="a non-empty text"):
        TIMELINE.search(value)


@pytest.mark.parametrize("value", ["", "  "])
def test_empty_actor_and_place_names_are_refused(value: str) -> None:
    with pytest.raises(QueryError, match="involving"):
        TIMELINE.involving(value)
    with pytest.raises(QueryError, match="at"):
        TIMELINE.at(value)


def test_where_takes_any_predicate_and_filters_chain() -> None:
    confident = TIMELINE.where(lambda event: event.confidence > 0.8)
    assert _titles(confident) == ["Frappe russe sur Kyiv"]
    chained = TIMELINE.between("2026-01", "2026-01").involving("RUS").of_kind("ASSAULT")
    assert _titles(chained) == ["Frappe russe sur Kyiv"]


# -- groups and sorting


def test_group_by_month_is_chronological_and_keeps_coarser_spans_apart() -> None:
    groups = TIMELINE.group_by("month")
    assert list(groups) == ["../2026-01-10", "2025", "2026-01", "2026-02"]
    assert len(groups["2026-01"]) == 3


def test_group_by_day_and_year() -> None:
    assert list(TIMELINE.group_by("day"))[-2:] == ["2026-01-20", "2026-02"]
    assert [len(t) for t in TIMELINE.group_by("year").values()] == [1, 1, 4]


def test_group_by_actor_puts_an_event_under_each_actor() -> None:
    groups = TIMELINE.group_by("actor")
    assert list(groups) == ["PUTIN", "RUS", "UKR", "USA"]
    assert STRIKE in groups["RUS"]
    assert STRIKE in groups["UKR"]


def test_group_by_kind_is_alphabetical() -> None:
    assert list(TIMELINE.group_by("kind")) == ["ASSAULT", "CONSULT", "OTHER"]


def test_an_unknown_group_key_is_refused_even_on_an_empty_timeline() -> None:
    with pytest.raises(QueryError, match="'week' is not understood; accepted: day, month"):
        Timeline().group_by("week")


def test_sorted_by_confidence_returns_a_list_with_chronological_ties() -> None:
    ordered = TIMELINE.sorted_by("confidence", reverse=True)
    assert ordered[0] is STRIKE
    assert ordered[-1] is SPEECH
    ties = [e.title for e in ordered if e.confidence == 0.5]
    assert ties == [e.title for e in TIMELINE if e.confidence == 0.5]


def test_sorted_by_title_folds_accents() -> None:
    assert [e.title for e in TIMELINE.sorted_by("title")][:2] == [
        "Année de guerre",
        "Avant la trêve",
    ]


def test_an_unknown_sort_key_is_refused() -> None:
    with pytest.raises(QueryError, match=r"'colour'.*confidence"):
        TIMELINE.sorted_by("colour")


# -- apply (the command line's entry)


def test_apply_combines_every_filter() -> None:
    result = apply(
        TIMELINE,
        start="2026-01-01",
        end="2026-02-01",
        actors=["RUS"],
        kinds=["ASSAULT"],
        places=["Kyiv"],
        text="frappe",
    )
    assert _titles(result) == ["Frappe russe sur Kyiv"]


def test_apply_without_filters_returns_everything() -> None:
    assert apply(TIMELINE) == TIMELINE
    assert _titles(apply(TIMELINE, end="2025-12-31")) == ["Avant la trêve", "Année de guerre"]


# -- laws


@given(st.lists(events(), max_size=8), st.sampled_from(["2026-01", "1950", "2000-01-01"]))
def test_before_on_and_after_never_share_an_event(items: list[Event], edtf: str) -> None:
    timeline = Timeline(items)
    parts = [timeline.before(edtf), timeline.within(edtf, edtf), timeline.after(edtf)]
    first, second, third = ({event.id for event in part} for part in parts)
    assert not first & second
    assert not second & third
    assert not first & third


@given(st.lists(events(), max_size=8), st.sampled_from(["day", "month", "year", "actor", "kind"]))
def test_groups_cover_every_event(items: list[Event], key: str) -> None:
    timeline = Timeline(items)
    grouped = {event.id for group in timeline.group_by(key).values() for event in group}
    assert grouped == {event.id for event in timeline}


@given(st.lists(events(), max_size=8))
def test_filters_commute(items: list[Event]) -> None:
    timeline = Timeline(items)
    one = timeline.involving("RUS").of_kind("ASSAULT", "OTHER").between("1990", None)
    other = timeline.between("1990", None).of_kind("ASSAULT", "OTHER").involving("RUS")
    assert one == other
