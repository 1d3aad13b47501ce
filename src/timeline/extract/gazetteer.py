"""Who and where: states, organisations and places found in one pass over text.

Each language gets one compiled regex shaped as a prefix tree over every name
it knows (country names, short names, demonyms and their inflections,
capitals, metonyms, organisations, cities), matched on accent-folded text with
the original case: "Chine" and "chine" differ, "US" is not "us", and a match
must stand alone as a word ("Iran" is not found in "Iranian" unless that is a
name too). Data files are in ``data/`` (see ``PROVENANCE.md``).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from timeline.extract._inflect import demonym_forms, name_forms
from timeline.extract._text import normalise_key, person_code, trie_pattern

__all__ = ["LANGS", "Entry", "Gazetteer", "Hit", "gazetteer"]

LANGS = ("en", "fr", "es", "de", "it", "pt")
_LARGE_CITY = 500_000  # smaller cities (territories' capitals) are left out: "Douglas", "Hamilton"
_ROLES = (
    "ignore",
    "state",
    "demonym",
    "alias",
    "metonym",
    "capital",
    "city",
    "organization",
    "group",
    "person",
)


class Entry(NamedTuple):
    """What a name stands for."""

    code: str  # ISO alpha-3 for states and places, upper-case code for organisations
    role: str  # one of _ROLES: how the name refers to it
    name: str  # canonical display name (English)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def is_actor(self) -> bool:
        """True for names that can stand for an actor (every role but city)."""
        return self.role not in ("city", "ignore")


class Hit(NamedTuple):
    """A name found in text: ``text[start:end]`` refers to ``entry``."""

    start: int
    end: int
    entry: Entry


class Gazetteer(NamedTuple):
    """One language's names: a compiled pattern and the table behind it."""

    pattern: re.Pattern[str]
    table: dict[str, Entry]

    def find(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """The names in ``folded[start:end]`` (text passed through ``fold``)."""
        stop = len(folded) if end is None else end
        for match in self.pattern.finditer(folded, start, stop):
            found = match.group()
            entry = self.table.get(found) or self.table.get(normalise_key(found))
            if entry is not None and entry.role != "ignore":
                yield Hit(match.start(), match.end(), entry)


def _read(name: str) -> str:
    return resources.files("timeline.extract").joinpath(f"data/{name}").read_text("utf-8")


def _tsv(name: str) -> list[dict[str, str]]:
    lines = [line for line in _read(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def countries() -> dict[str, dict[str, Any]]:
    """alpha-3 -> {alpha2, un, names{lang: [...]}, capital, lat, lon} (generated data)."""
    table: dict[str, dict[str, Any]] = json.loads(_read("countries.json"))
    return table


@cache
def _cities() -> dict[tuple[str, str], tuple[str, float, float, int]]:
    """(country, folded name) -> (name, lat, lon, population), largest cities first."""
    rows = sorted(_tsv("cities.tsv"), key=lambda row: -int(row["population"]))
    return {
        (row["country"], normalise_key(row["name"])): (
            row["name"],
            float(row["lat"]),
            float(row["lon"]),
            int(row["population"]),
        )
        for row in rows
    }


_AGENT_SUFFIXES = "(?:led|backed|brokered|sponsored|funded|controlled|held|occupied|annexed|allied)"


@cache
def gazetteer(lang: str) -> Gazetteer:
    """The compiled gazetteer of ``lang`` (built once, then cached)."""
    table: dict[str, Entry] = {}
    for form, entry in _entries(lang):
        key = normalise_key(form)
        if key and (key not in table or _ROLES.index(entry.role) < _ROLES.index(table[key].role)):
            table[key] = entry
    body = trie_pattern(sorted(table))
    # "Iran-Contra" is no Iran, "US-led" and "Iran-backed" are (the actor behind); a German
    # compound's first noun is one too: "US-Truppen", "Nato-Gipfel"
    after = r"(?![\w]|-(?![A-Z]))" if lang == "de" else rf"(?![\w]|-(?!{_AGENT_SUFFIXES}\b)\w)"
    return Gazetteer(re.compile(rf"(?<![\w.])(?:{body}){after}"), table)


def _entries(lang: str) -> Iterator[tuple[str, Entry]]:
    yield from _country_names(lang)
    yield from _demonyms(lang)
    yield from _aliases(lang)
    yield from _organisations(lang)
    yield from _large_cities()
    yield from _known_people()


def _state(code: str, role: str) -> Entry:
    info = countries()[code]
    return Entry(code, role, info["names"]["en"][0], code, info["lat"], info["lon"])


def _country_names(lang: str) -> Iterator[tuple[str, Entry]]:
    for code, info in countries().items():
        role = "state" if info["un"] else "city"
        for name in info["names"][lang]:
            for form in name_forms(name, lang):
                yield form, _state(code, role)


def _demonyms(lang: str) -> Iterator[tuple[str, Entry]]:
    columns = ("de_adj", "de_noun") if lang == "de" else (lang,)
    for row in _tsv("demonyms.tsv"):
        for column in columns:
            for base in row[column].split("|"):
                if base != "-":
                    for form in demonym_forms(base, lang, noun=column == "de_noun"):
                        yield form, _state(row["code"], "demonym")


def _aliases(lang: str) -> Iterator[tuple[str, Entry]]:
    for row in _tsv("aliases.tsv"):
        if row["lang"] not in ("*", lang):
            continue
        forms = row["forms"].split("|")
        for form in forms:
            yield form, _alias_entry(row["code"], row["role"], form, forms)


def _alias_entry(code: str, role: str, form: str, forms: list[str]) -> Entry:
    if role == "ignore":
        return Entry("-", role, form)
    if role not in ("capital", "city"):
        return _state(code, role)
    cities = _cities()
    for candidate in (form, *forms):
        found = cities.get((code, normalise_key(candidate)))
        if found is not None:
            return Entry(code, role, found[0], code, found[1], found[2])
    info = countries()[code]
    if role == "city":  # a city the gazetteer has no coordinates for
        return Entry(code, role, form, code)
    return Entry(code, role, info["capital"] or forms[0], code, info["lat"], info["lon"])


def _organisations(lang: str) -> Iterator[tuple[str, Entry]]:
    for row in _tsv("organisations.tsv"):
        if row["lang"] in ("*", lang):
            name = row["forms"].split("|")[0]
            for form in row["forms"].split("|"):
                yield form, Entry(row["code"], row["type"], name)


def _large_cities() -> Iterator[tuple[str, Entry]]:
    """Capitals of states (a metonym for them), and large cities (places only)."""
    for (code, _key), (name, lat, lon, population) in _cities().items():
        info = countries()[code]
        if info["capital"] == name and info["un"]:
            yield name, Entry(code, "capital", name, code, lat, lon)
        elif population >= _LARGE_CITY:
            yield name, Entry(code, "city", name, code, lat, lon)


@cache
def people_table() -> tuple[dict[str, str], dict[str, str]]:
    """(name -> state alpha-3, other spelling -> canonical name) from data/people.json."""
    data = json.loads(_read("people.json"))
    return data["people"], data["same_as"]


def canonical_person(name: str) -> str:
    """The canonical spelling of a known person's name, else ``name`` itself."""
    same_as = people_table()[1]
    return same_as.get(name, name)


def _known_people() -> Iterator[tuple[str, Entry]]:
    for name, code in people_table()[0].items():
        canonical = canonical_person(name)
        yield name, Entry(person_code(canonical), "person", canonical, code)
