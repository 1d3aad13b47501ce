"""merge(): which reports are one event, what the merged event says, and what stays apart."""

from __future__ import annotations

import pytest

from timeline import (
    Actor,
    ActorType,
    Event,
    EventKind,
    InvalidValueError,
    Place,
    Relation,
    Source,
    Status,
    Timeline,
    TimeSpan,
    merge,
)

RUS = Actor(name="Russia", code="RUS", type=ActorType.STATE)
RUSSIE = Actor(name="Russie", code="RUS", type=ActorType.STATE)
UKR = Actor(name="Ukraine", code="UKR", type=ActorType.STATE)
USA = Actor(name="United States", code="USA", type=ActorType.STATE)
VEN = Actor(name="Venezuela", code="VEN", type=ActorType.STATE)
YEM = Actor(name="Yemen", code="YEM", type=ActorType.STATE)
ISR = Actor(name="Israel", code="ISR", type=ActorType.STATE)
PSE = Actor(name="Palestine", code="PSE", type=ActorType.STATE)
PUTIN = Actor(name="Vladimir Putin", code="PUTIN", type=ActorType.PERSON, country="RUS")
LAVROV = Actor(name="Sergei Lavrov", code="LAVROV", type=ActorType.PERSON, country="RUS")
IRN = Actor(name="Iran", code="IRN", type=ActorType.STATE)
DEU = Actor(name="Germany", code="DEU", type=ActorType.STATE)
CHN = Actor(name="China", code="CHN", type=ActorType.STATE)
UN = Actor(name="United Nations", code="UN", type=ActorType.ORGANIZATION)
KYIV = Place(name="Kyiv", country="UKR")
KIEV_FR = Place(name="Kiev", country="UKR")
ODESA = Place(name="Odesa", country="UKR")

ASSAULT = EventKind.ASSAULT


def report(
    edtf: str,
    title: str,
    document: str,
    *,
    lang: str = "en",
    kind: EventKind = ASSAULT,
    actors: tuple[Actor, ...] = (RUS, UKR),
    places: tuple[Place, ...] = (),
    confidence: float = 0.5,
    status: Status = Status.REPORTED,
    start: int = 0,
) -> Event:
    """A single report of ``document``."""
    source = Source(document=document, quote=title, start=start, end=start + len(title), lang=lang)
    return Event(
        when=TimeSpan.parse(edtf),
        title=title,
        kind=kind,
        actors=actors,
        places=places,
        confidence=confidence,
        status=status,
        sources=(source,),
    )


STRIKE_EN = report("2026-01-14", "Russian missiles hit Kyiv, killing 12", "bbc", confidence=0.6)
STRIKE_FR = report("2026-01", "Frappe russe sur Kiev", "lemonde", lang="fr", confidence=0.8)
STRIKE_DE = report("2026-01-14", "Russischer Angriff auf Kiew", "faz", lang="de", actors=(RUS,))


def merged_one(*events: Event) -> Event:
    result = merge(Timeline(events))
    assert len(result) == 1, [e.title for e in result]
    return result[0]


# -- what is one event


def test_reports_in_three_languages_with_month_and_day_dates_merge() -> None:
    event = merged_one(STRIKE_EN, STRIKE_FR, STRIKE_DE)
    assert event.n_sources == 3
    assert event.n_documents == 3
    assert event.documents == ("bbc", "faz", "lemonde")


def test_the_merged_date_is_the_most_precise_consistent_with_all() -> None:
    assert merged_one(STRIKE_EN, STRIKE_FR).when.edtf == "2026-01-14"
    month = report("2026-01", "a", "x")
    interval = report("2026-01-10/2026-02-20", "b", "y")
    assert merged_one(month, interval).when.edtf == "2026-01-10/2026-01-31"


def test_a_time_is_kept_when_it_is_consistent_and_dropped_to_the_day_when_two_disagree() -> None:
    day = report("2026-01-14", "a", "x")
    ten = report("2026-01-14T10:00:00Z", "b", "y")
    noon = report("2026-01-14T12:00:00Z", "c", "z")
    assert merged_one(day, ten).when.edtf == "2026-01-14T10:00:00Z"
    assert merged_one(day, ten, noon).when.edtf == "2026-01-14"


def test_title_and_kind_come_from_the_most_confident_report() -> None:
    vague = report("2026-01-14", "Something in Kyiv", "x", kind=EventKind.OTHER, confidence=0.9)
    precise = report("2026-01-14", "Missile strike", "y", confidence=0.4)
    event = merged_one(vague, precise)
    assert event.title == "Something in Kyiv"
    assert event.kind is ASSAULT  # OTHER gives way to the first specific kind


def test_actors_and_places_are_united_and_deduplicated() -> None:
    first = report("2026-01-14", "a", "x", actors=(RUS, UKR), places=(KYIV,), confidence=0.9)
    second = report(
        "2026-01-14",
        "b",
        "y",
        actors=(RUSSIE, UKR, USA),
        places=(Place(name="KYIV", country="UKR"),),
    )
    event = merged_one(first, second)
    assert [a.code for a in event.actors] == ["RUS", "UKR", "USA"]
    assert event.actors[0].name == "Russia"  # named as the most confident report names it
    assert event.places == (KYIV,)


def test_confidence_rises_with_documents_not_with_sentences() -> None:
    one = report("2026-01-14", "a", "x", confidence=0.5)
    same_doc = report("2026-01-14", "b", "x", confidence=0.5, start=100)
    other_doc = report("2026-01-14", "c", "y", confidence=0.5)
    assert merged_one(one, same_doc).confidence == 0.5
    assert merged_one(one, other_doc).confidence == 0.75
    many = [report("2026-01-14", f"r{i}", f"d{i}", confidence=0.9) for i in range(6)]
    assert merged_one(*many).confidence == 0.99


def test_a_merged_event_keeps_its_reports_and_every_source() -> None:
    event = merged_one(STRIKE_EN, STRIKE_FR, STRIKE_DE)
    assert {r.id for r in event.reports} == {STRIKE_EN.id, STRIKE_FR.id, STRIKE_DE.id}
    keys = {s.key for e in (STRIKE_EN, STRIKE_FR, STRIKE_DE) for s in e.sources}
    assert {s.key for s in event.sources} == keys


def test_a_shared_source_is_kept_once() -> None:
    twin = STRIKE_EN.model_copy(update={"title": "Russian missiles hit Kyiv", "id": ""})
    twin = Event.model_validate(twin.model_dump())
    event = merged_one(STRIKE_EN, twin)
    assert event.n_sources == 1


def test_the_id_does_not_depend_on_the_input_order() -> None:
    one = merge(Timeline([STRIKE_EN]), Timeline([STRIKE_FR, STRIKE_DE]))
    two = merge(Timeline([STRIKE_DE]), Timeline([STRIKE_FR]), Timeline([STRIKE_EN]))
    assert one[0].id == two[0].id


def test_a_person_matches_their_state_but_not_another_person() -> None:
    putin = report("2026-01-14", "Putin orders strikes", "x", actors=(PUTIN,))
    russia = report("2026-01-14", "Russia orders strikes", "y", actors=(RUS,))
    lavrov = report("2026-01-14", "Lavrov speaks", "z", actors=(LAVROV,), lang="de")
    assert len(merge(Timeline([putin, russia]))) == 1
    assert len(merge(Timeline([putin, lavrov]))) == 2


def test_near_kinds_merge_and_distant_kinds_do_not() -> None:
    seized = report("2026-01-14", "Ship seized", "x", kind=EventKind.COERCE)
    attacked = report("2026-01-14", "Ship attacked", "y", kind=ASSAULT)
    talks = report("2026-01-14", "Talks", "z", kind=EventKind.CONSULT)
    assert len(merge(Timeline([seized, attacked]))) == 1
    assert len(merge(Timeline([attacked, talks]))) == 2


def test_reports_without_actors_merge_on_a_shared_place_or_the_same_text() -> None:
    one = report("2026-01-14", "Earthquake hits Odesa", "x", actors=(), places=(ODESA,))
    two = report("2026-01-14", "Séisme", "y", lang="fr", actors=(), places=(ODESA,))
    three = report("2026-01-14", "Earthquake hits Odesa port", "z", actors=())
    assert len(merge(Timeline([one, two]))) == 1
    assert len(merge(Timeline([one, three]))) == 1


def test_text_similarity_rescues_partly_matching_actors_within_a_language() -> None:
    one = report("2026-01-14", "Russian forces capture Soledar", "x", actors=(RUS, UKR))
    two = report("2026-01-14", "Russian forces capture Soledar town", "y", actors=(RUS, USA))
    three = report(
        "2026-01-14", "Les forces russes prennent Soledar", "z", lang="fr", actors=(RUS, USA)
    )
    assert len(merge(Timeline([one, two]))) == 1
    assert len(merge(Timeline([one, three]))) == 2


# -- what must stay apart


def test_same_actors_and_kind_on_different_days_stay_apart() -> None:
    monday = report("2026-01-12", "Russian strike on Kyiv", "x")
    friday = report("2026-01-16", "Russian strike on Kyiv", "y")
    assert len(merge(Timeline([monday, friday]))) == 2


def test_same_day_different_conflicts_stay_apart() -> None:
    ukraine = report("2026-01-14", "Strike", "x", actors=(RUS, UKR))
    gaza = report("2026-01-14", "Strike", "y", actors=(ISR, PSE))
    assert len(merge(Timeline([ukraine, gaza]))) == 2


def test_one_shared_actor_out_of_two_each_is_not_enough_across_languages() -> None:
    venezuela = report("2026-01-03", "US strikes in Venezuela", "x", actors=(USA, VEN))
    yemen = report("2026-01-03", "Frappes américaines au Yémen", "y", lang="fr", actors=(USA, YEM))
    assert len(merge(Timeline([venezuela, yemen]))) == 2


def test_places_that_disagree_keep_events_apart() -> None:
    kyiv = report("2026-01-14", "Strike", "x", places=(KYIV,))
    odesa = report("2026-01-14", "Strike", "y", places=(ODESA,))
    kiev = report("2026-01-14", "Frappe", "z", lang="fr", places=(KIEV_FR,))
    assert len(merge(Timeline([kyiv, odesa]))) == 2
    assert len(merge(Timeline([kyiv, kiev]))) == 1  # another language may name it otherwise


def test_negated_reports_do_not_merge_with_reported_ones() -> None:
    happened = report("2026-01-14", "Strike", "x")
    denied = report("2026-01-14", "No strike", "y", status=Status.NEGATED)
    planned = report("2026-01-14", "Strike planned", "z", status=Status.PLANNED)
    assert len(merge(Timeline([happened, denied]))) == 2
    assert merged_one(happened, planned).status is Status.REPORTED


def test_a_coarse_report_between_two_events_is_not_guessed_into_one() -> None:
    monday = report("2026-01-12", "Strike on Kyiv", "x")
    friday = report("2026-01-16", "Strike on Odesa", "y")
    january = report("2026-01", "Strikes in January", "z")
    result = merge(Timeline([monday, friday, january]))
    assert len(result) == 3


def test_an_open_span_takes_what_lies_inside_it_near_its_bound_only() -> None:
    before = report("../2026-01-14", "Before the truce", "x")
    inside = report("2026-01-10", "Strike", "y")
    straddling = report("2026-01", "Strikes", "z")
    long_ago = report("2024-03-01", "Strike", "w")
    assert len(merge(Timeline([before, inside]))) == 1
    assert len(merge(Timeline([before, straddling]))) == 2
    assert len(merge(Timeline([before, long_ago]))) == 2


def test_an_open_span_does_not_swallow_several_events() -> None:
    before = report("../2026-01-14", "Before the truce", "x")
    first = report("2026-01-05", "Strike on Kyiv", "y")
    second = report("2026-01-09", "Strike on Odesa", "z")
    assert len(merge(Timeline([before, first, second]))) == 3


def test_decade_spans_only_merge_with_the_same_decade() -> None:
    nineties = report("199X", "War", "x")
    again = report("199X", "Guerre", "y", lang="fr")
    year = report("1994", "War", "z")
    assert len(merge(Timeline([nineties, again]))) == 1
    assert len(merge(Timeline([nineties, year]))) == 2


# -- conflicts


def test_a_date_conflict_keeps_both_events_linked_with_the_conflict_recorded() -> None:
    first = report("2026-01-14", "Russian forces capture Soledar", "x", places=(KYIV,))
    second = report("2026-01-15", "Russian forces capture Soledar", "y", places=(KYIV,))
    result = merge(Timeline([first, second]))
    assert len(result) == 2
    one, two = result
    assert one.related == (
        Relation(type="conflicts_with", target=two.id, note=one.related[0].note),
    )
    assert two.related[0].target == one.id
    assert "x gives 2026-01-14, y gives 2026-01-15" in one.related[0].note


def test_two_strikes_on_different_days_are_not_a_conflict() -> None:
    monday = report("2026-01-12", "Strike on Kyiv", "x")
    tuesday = report("2026-01-13", "Missiles over Odesa", "y")
    assert all(not event.related for event in merge(Timeline([monday, tuesday])))


def test_conflicts_link_merged_events_and_survive_a_second_merge() -> None:
    day14 = [report("2026-01-14", "Soledar captured by Russian forces", f"a{i}") for i in range(2)]
    day15 = report("2026-01-15", "Soledar captured by Russian forces", "b")
    result = merge(Timeline([*day14, day15]))
    assert len(result) == 2
    merged = next(e for e in result if e.reports)
    assert merged.related[0].target == next(e for e in result if not e.reports).id
    assert merge(result) == result


# -- the API


def test_merging_a_timeline_with_itself_changes_nothing() -> None:
    timeline = Timeline([STRIKE_EN, STRIKE_FR, STRIKE_DE])
    once = merge(timeline)
    assert merge(once, once) == once
    assert once | once == once
    assert timeline | timeline == once


def test_unrelated_events_come_back_unchanged() -> None:
    lone = report("2026-02-01", "Talks", "x", kind=EventKind.CONSULT, actors=(USA, RUS))
    assert merge(Timeline([lone])) == Timeline([lone])


def test_merge_refuses_what_is_not_a_timeline() -> None:
    with pytest.raises(TypeError, match="argument 1 is a list"):
        merge(Timeline(), [STRIKE_EN])  # type: ignore[arg-type]


def test_a_merged_event_needs_consistent_reports() -> None:
    event = merged_one(STRIKE_EN, STRIKE_FR)
    with pytest.raises(InvalidValueError, match="sources of a merged event"):
        Event.model_validate({**event.model_dump(), "sources": [STRIKE_EN.sources[0].model_dump()]})
    with pytest.raises(InvalidValueError, match="two reports or more"):
        Event.model_validate({**event.model_dump(), "reports": [STRIKE_EN.model_dump()]})
    with pytest.raises(InvalidValueError, match="no reports of their own"):
        Event.model_validate(
            {**event.model_dump(), "reports": [event.model_dump(), event.model_dump()]}
        )


def test_a_merged_timeline_round_trips_through_json() -> None:
    result = merge(Timeline([STRIKE_EN, STRIKE_FR, STRIKE_DE]))
    assert Timeline.from_json(result.to_json()) == result


def test_a_merged_event_given_again_with_one_of_its_reports_changes_nothing() -> None:
    result = merge(Timeline([STRIKE_EN, STRIKE_FR]))
    assert merge(result, Timeline([STRIKE_FR])) == result


def test_relations_other_than_conflicts_are_kept() -> None:
    follows = Relation(type="follows", target="ev_0000000000000000")
    linked = STRIKE_EN.model_copy(update={"related": (follows,)})
    event = merged_one(linked, STRIKE_FR)
    assert event.related == (follows,)
    stale = Relation(type="conflicts_with", target="ev_gone")
    alone = STRIKE_EN.model_copy(update={"related": (stale, follows)})
    assert merge(Timeline([alone]))[0].related == (follows,)


def test_approximate_dates_stay_approximate_only_if_every_report_is() -> None:
    rough = report("2026-01~", "a", "x")
    exact = report("2026-01-14", "b", "y")
    assert merged_one(rough, exact).when.edtf == "2026-01-14"
    assert merged_one(rough, report("2026-01-14~", "c", "z")).when.edtf == "2026-01-14~"


def test_a_vague_date_needs_more_than_agreeing_actors() -> None:
    dispute = report(
        "1996-11", "Iran and Germany row", "x", kind=EventKind.PROTEST, actors=(IRN, DEU)
    )
    growth = report("1996", "German growth", "y", kind=EventKind.OTHER, actors=(DEU,))
    same_kind = report("1996", "Protests in Germany", "z", kind=EventKind.PROTEST, actors=(DEU,))
    assert len(merge(Timeline([dispute, growth]))) == 2
    assert len(merge(Timeline([dispute, same_kind]))) == 1


def test_unrelated_texts_in_one_language_stay_apart() -> None:
    denial = report(
        "1997-04-03",
        "China's official Xinhua news agency denied that its former Washington bureau chief",
        "x",
        kind=EventKind.REJECT,
        actors=(CHN, USA),
    )
    vote = report(
        "1997-04-03",
        "The UN Human Rights Commission in Geneva voted a resolution condemning capital punishment",
        "y",
        kind=EventKind.ACCUSE,
        actors=(UN, CHN, USA),
    )
    assert len(merge(Timeline([denial, vote]))) == 2
    in_french = vote.model_copy(
        update={"sources": (vote.sources[0].model_copy(update={"lang": "fr"}),)}
    )
    assert len(merge(Timeline([denial, in_french]))) == 1  # text is not used across languages


def test_the_same_structured_fact_merges_without_shared_words() -> None:
    one = report("2026-01-14", "Russia launches massive strike on Kyiv overnight", "x")
    two = report("2026-01-14", "Moscow pounds Ukrainian capital with drones and missiles", "y")
    assert len(merge(Timeline([one, two]))) == 1
    three = report(
        "2026-01-14", "Moscow pounds Ukrainian capital with drones and missiles", "z", actors=(RUS,)
    )
    assert len(merge(Timeline([one, three]))) == 2


def test_extracted_reports_in_three_languages_merge_and_another_event_stays_apart() -> None:
    from timeline import extract

    texts = {
        "en": "On 3 January 2026, United States forces captured Venezuelan president "
        "Nicolás Maduro in Caracas.",
        "fr": "Le 3 janvier 2026, les forces américaines ont capturé le président "
        "vénézuélien Nicolás Maduro à Caracas.",
        "es": "El 3 de enero de 2026, fuerzas de Estados Unidos capturaron al presidente "
        "venezolano Nicolás Maduro en Caracas.",
        "en-2": "On 3 January 2026, Russian drones struck Kharkiv.",
    }
    timelines = [extract(text, published="2026-01-04", source=name) for name, text in texts.items()]
    result = merge(*timelines)
    assert sorted(event.documents for event in result) == [("en", "es", "fr"), ("en-2",)]
