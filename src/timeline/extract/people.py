"""People named with a role: "le président Nicolás Maduro", "Vice-President Delcy Rodríguez".

A role word (``data/roles.json``) followed, after optional state names or
demonyms ("le président vénézuélien", "el presidente de Estados Unidos,"), by
a capitalised name gives a person. Their state comes from the text when it is
written next to the role ("Russian President", "Venezuela's", "le président
vénézuélien") and otherwise from ``data/people.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

from timeline.extract._text import normalise_key, person_code, trie_pattern
from timeline.extract.gazetteer import Hit, people_table

__all__ = ["Person", "find_people", "known_people", "known_surnames", "person_code"]

_STATE_ROLES = frozenset({"state", "demonym", "alias", "capital", "metonym"})
_WORD = r"(?:[A-Z]\.\s?)*[A-Z][\w]*(?:-[A-Z]?[\w]+)*"
_PARTICLE = (
    r"(?:(?:de|da|do|dos|das|del|de la|van|von|der|den|bin|bint|ibn|ben|di|la)\s+"
    r"|(?:al|el|ad|as|ash|an)-)"
)
_NAME = re.compile(rf"{_WORD}(?:\s+{_PARTICLE}?{_WORD}){{0,3}}")
_CONNECTOR = re.compile(
    r"[\s,]*(?:of|the|of the|du|de|des|de la|de l'|del|de los|da|do|dos|das|di|della|dell'|"
    r"degli|des|der|von|du|d')?\s*"
)
_POSSESSIVE = re.compile(r"'s\s*$")


class Person(NamedTuple):
    """A person found in text: ``text[start:end]`` is their name."""

    start: int
    end: int
    name: str
    role: str
    country: str | None


@cache
def _role_table() -> dict[str, list[str]]:
    raw = resources.files("timeline.extract").joinpath("data/roles.json").read_text("utf-8")
    table: dict[str, list[str]] = json.loads(raw)
    return table


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that start no name after a role: articles, honorifics."""
    return frozenset(_role_table()["_not_names"])


@cache
def _honorifics() -> frozenset[str]:
    table: dict[str, list[str]] = _role_table()["_honorifics"]  # type: ignore[assignment]
    return frozenset(normalise_key(form).lower() for forms in table.values() for form in forms)


@cache
def _roles(lang: str) -> re.Pattern[str]:
    honorifics: dict[str, list[str]] = _role_table()["_honorifics"]  # type: ignore[assignment]
    forms = [normalise_key(role) for role in (*_role_table().get(lang, ()), *honorifics[lang])]
    body = trie_pattern(sorted(set(forms)))
    # A name must follow soon: a capital letter before the end of the clause.
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|(?<=\w)\.)(?=[^.;:!?\n]{{0,60}}?[A-Z])")


@cache
def known_surnames() -> dict[str, str]:
    """Folded surname -> canonical full name, for surnames of one known person only."""
    names: dict[str, set[str]] = {}
    for name in people_table()[0]:
        canonical = people_table()[1].get(name, name)
        names.setdefault(normalise_key(name).split(" ")[-1], set()).add(canonical)
    return {surname: next(iter(found)) for surname, found in names.items() if len(found) == 1}


@cache
def known_people() -> dict[str, str]:
    """Folded full name -> state (alpha-3), and folded surname -> state when unique."""
    people = people_table()[0]
    table = {normalise_key(name): code for name, code in people.items()}
    surnames: dict[str, set[str]] = {}
    for name, code in people.items():
        surnames.setdefault(normalise_key(name).split(" ")[-1], set()).add(code)
    for surname, codes in surnames.items():
        if len(codes) == 1 and surname not in table:
            table[surname] = next(iter(codes))
    return table


def find_people(
    text: str, folded: str, lang: str, hits: Sequence[Hit], span: tuple[int, int]
) -> list[Person]:
    """The people named with a role in ``text[span]``; ``hits`` are its gazetteer hits."""
    index = _HitIndex({h.start: h for h in hits}, {h.end: h for h in hits})
    people = []
    for role in _roles(lang).finditer(folded, *span):
        person = _person_after(text, folded, lang, role, hits=index, stop=span[1])
        if person is not None:
            people.append(person)
    return people


class _HitIndex(NamedTuple):
    """Gazetteer hits by start and by end offset."""

    by_start: dict[int, Hit]
    by_end: dict[int, Hit]


def _person_after(
    text: str, folded: str, lang: str, role: re.Match[str], *, hits: _HitIndex, stop: int
) -> Person | None:
    country = _state_before(folded, role.start(), hits)
    position = role.end()
    for _ in range(4):
        connector = _CONNECTOR.match(folded, position, stop)
        after = connector.end() if connector else position
        hit = hits.by_start.get(after)
        if hit is None or hit.entry.role == "person":
            if connector and any(char.isalpha() for char in connector.group()):
                return None  # "Präsident des Landes": no name after the role
            position = after
            break
        if hit.entry.role in _STATE_ROLES:
            country = country or hit.entry.code
        position = hit.end
    inner = _roles(lang).match(folded, position, stop)
    if inner is not None:  # "leader Colonel Moamer Kadhafi": the nearer title is the role
        role, position = inner, _CONNECTOR.match(folded, inner.end(), stop).end()  # type: ignore[union-attr]
    name = _NAME.match(folded, position, stop)
    if name is None or name.group().split(" ")[0] in _not_names():
        return None
    at_name = hits.by_start.get(name.start())
    if at_name is not None and at_name.entry.role != "person":
        return None
    written = text[name.start() : name.end()]
    country = country or known_people().get(normalise_key(written))
    role_text = text[role.start() : role.end()].lower()
    if normalise_key(role_text) in _honorifics():
        role_text = ""
    return Person(name.start(), name.end(), written, role_text, country)


def _state_before(folded: str, start: int, hits: _HitIndex) -> str | None:
    """A state written just before the role: "Russian President", "Venezuela's"."""
    for end in range(start, max(-1, start - 4), -1):
        hit = hits.by_end.get(end)
        if hit is None or hit.entry.role not in _STATE_ROLES:
            continue
        gap = folded[hit.end : start]
        if not gap.strip() or _POSSESSIVE.match(gap):
            return hit.entry.code
    return None
