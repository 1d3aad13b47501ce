"""Who and where in a document: gazetteer hits and people, read once, sliced per event.

``cast_of`` runs the language's gazetteer pattern and the role pattern over
the whole (accent-folded) document once. ``Cast.within(span)`` then gives the
actors and places of one clause: states (by name, demonym, capital used as
metonym, seat of power), organisations, people (with their state), and
places (cities, and states or capitals after a location preposition:
"à Caracas", "in Ukraine").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import NamedTuple

from timeline.extract._text import normalise_key, person_code
from timeline.extract.clauses import is_location, is_target
from timeline.extract.gazetteer import Entry, Hit, canonical_person, gazetteer
from timeline.extract.people import Person, find_people, known_surnames
from timeline.models import Actor, ActorType, Place

__all__ = ["Cast", "cast_of"]

_TYPES = {
    "organization": ActorType.ORGANIZATION,
    "group": ActorType.GROUP,
    "person": ActorType.PERSON,
}
_PLACE_ROLES = frozenset({"state", "alias", "capital"})
# A capitalised word not preceded by a word character or a hyphen; the lookbehind comes
# after the capital (one character further back) so the scan jumps from capital to capital.
_CAPITALISED = re.compile(r"[A-Z](?<![\w-].)[\w'-]+")


class _Mention(NamedTuple):
    """An actor or a place at a position in the document."""

    start: int
    end: int
    actor: Actor | None
    place: Place | None


_ANTECEDENT_GAP = 3  # characters between an actor and its relative pronoun: ", "


class Cast(NamedTuple):
    """The actors and places of a document, in text order."""

    mentions: list[_Mention]
    starts: list[int]

    def within(
        self, span: tuple[int, int], holes: Sequence[tuple[int, int]] = ()
    ) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
        """Distinct actors and places mentioned in ``span``, outside ``holes``."""
        actors: dict[str, Actor] = {}
        places: dict[str, Place] = {}
        first = bisect_left(self.starts, span[0])
        for mention in self.mentions[first : bisect_left(self.starts, span[1])]:
            if mention.end > span[1] or any(a <= mention.start < b for a, b in holes):
                continue
            if mention.actor is not None:
                actors.setdefault(mention.actor.code, mention.actor)
            if mention.place is not None:
                places.setdefault(mention.place.name, mention.place)
        return tuple(actors.values()), tuple(places.values())

    def actor_at(self, position: int) -> bool:
        """Whether an actor's name starts at ``position``."""
        index = bisect_left(self.starts, position)
        while index < len(self.mentions) and self.mentions[index].start == position:
            if self.mentions[index].actor is not None:
                return True
            index += 1
        return False

    def antecedent(self, position: int) -> tuple[int, int, Actor] | None:
        """The actor named just before ``position`` (", who..."): its span and the actor."""
        index = bisect_left(self.starts, position) - 1
        while index >= 0 and self.mentions[index].actor is None:
            index -= 1
        if index < 0:
            return None
        mention = self.mentions[index]
        if mention.actor is None or not 0 <= position - mention.end <= _ANTECEDENT_GAP:
            return None
        return mention.start, mention.end, mention.actor


def cast_of(text: str, folded: str, lang: str) -> Cast:
    """Every actor and place of the document, found in one pass per pattern."""
    hits = list(gazetteer(lang).find(folded))
    people = find_people(text, folded, lang, hits, (0, len(text)))
    actors = [_person_actor(person) for person in people]
    mentions = [_Mention(p.start, p.end, a, None) for p, a in zip(people, actors, strict=True)]
    taken = {(p.start, p.end) for p in people}
    mentions += [
        m for hit in hits if (hit.start, hit.end) not in taken for m in _from_hit(hit, folded, lang)
    ]
    known = zip(people, actors, strict=True)
    mentions += _remembered(folded, known, sorted(taken | {(h.start, h.end) for h in hits}))
    mentions.sort(key=lambda m: (m.start, m.end))
    return Cast(mentions, [m.start for m in mentions])


def _person_actor(person: Person) -> Actor:
    name = canonical_person(person.name)
    if " " not in name:  # "M. Lavrov": a surname alone, of a known person
        name = known_surnames().get(normalise_key(name), name)
    return Actor(
        name=name,
        code=person_code(name),
        type=ActorType.PERSON,
        country=person.country,
        role=person.role or None,
    )


def _from_hit(hit: Hit, folded: str, lang: str) -> Iterator[_Mention]:
    entry = hit.entry
    place = None
    located = entry.role in _PLACE_ROLES and is_location(folded, lang, hit.start)
    if (
        entry.role == "city"
        or located
        or (entry.role == "capital" and is_target(folded, lang, hit.start))
    ):
        place = _place(entry)
    actor = None if entry.role == "city" or (located and entry.role == "capital") else _actor(entry)
    if actor is not None or place is not None:
        yield _Mention(hit.start, hit.end, actor, place)


@cache
def _actor(entry: Entry) -> Actor:
    if entry.role == "person":
        return Actor(name=entry.name, code=entry.code, type=ActorType.PERSON, country=entry.country)
    kind = _TYPES.get(entry.role, ActorType.STATE)
    country = entry.code if kind is ActorType.STATE else None
    return Actor(name=entry.name, code=entry.code, type=kind, country=country)


@cache
def _place(entry: Entry) -> Place | None:
    if entry.country is None:
        return None
    return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon)


def _remembered(
    folded: str, people: Iterable[tuple[Person, Actor]], taken: list[tuple[int, int]]
) -> list[_Mention]:
    """Later mentions of a person by surname alone ("Maduro", after "Nicolás Maduro")."""
    memory: dict[str, Actor] = {}
    for person, actor in people:
        key = normalise_key(person.name)
        memory.setdefault(key, actor)
        memory.setdefault(key.split(" ")[-1], actor)
    if not memory:
        return []
    found = []
    for match in _CAPITALISED.finditer(folded):
        named = memory.get(match.group())
        if named is not None and not _overlaps(match.span(), taken):
            found.append(_Mention(match.start(), match.end(), named, None))
    return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """True when ``span`` overlaps one of the sorted, non-nested spans ``taken``."""
    index = bisect_left(taken, (span[1], span[1]))
    return any(a < span[1] and span[0] < b for a, b in taken[max(0, index - 2) : index])
