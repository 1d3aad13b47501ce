"""Gazetteer: states by name, demonym, capital and metonym; organisations; cities; false friends."""

from __future__ import annotations

import pytest

from timeline.extract._text import fold
from timeline.extract.gazetteer import LANGS, countries, gazetteer


def _codes(text: str, lang: str) -> list[str]:
    return [hit.entry.code for hit in gazetteer(lang).find(fold(text))]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "des responsables vénézuéliens", "VEN"),
        ("fr", "les services russes et cubains", "RUS"),
        ("fr", "une opération américaine", "USA"),
        ("es", "fuerzas estadounidenses", "USA"),
        ("de", "ukrainische Soldaten", "UKR"),
        ("de", "die Russen", "RUS"),
        ("it", "le forze statunitensi", "USA"),
        ("pt", "tropas russas", "RUS"),
        ("en", "Chinese warships", "CHN"),
        ("es", "los alemanes", "DEU"),
    ],
)
def test_demonyms_in_their_inflected_forms(lang: str, text: str, code: str) -> None:
    assert code in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "Moscou a répondu", "RUS"),
        ("fr", "le Kremlin", "RUS"),
        ("fr", "l\u2019Élysée a démenti", "FRA"),
        ("fr", "Pékin proteste", "CHN"),
        ("fr", "la Maison-Blanche", "USA"),
        ("en", "the White House said", "USA"),
        ("en", "Downing Street said", "GBR"),
        ("en", "Kyiv rejected it", "UKR"),
        ("es", "la Casa Blanca", "USA"),
        ("de", "das Weißen Hauses", "USA"),
        ("de", "der Kreml", "RUS"),
        ("it", "il Cremlino", "RUS"),
        ("pt", "Pequim", "CHN"),
    ],
)
def test_capitals_and_seats_of_power_stand_for_states(lang: str, text: str, code: str) -> None:
    assert code in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "la Turquie et l'Ukraine", "TUR"),
        ("fr", "les États-Unis", "USA"),
        ("fr", "les Etats-Unis", "USA"),
        ("es", "EE.UU. y Cuba", "USA"),
        ("de", "Russlands Armee", "RUS"),
        ("en", "the U.S. Navy", "USA"),
        ("en", "the Holy See", "VAT"),
        ("fr", "la Palestine", "PSE"),
    ],
)
def test_country_names_short_names_and_genitives(lang: str, text: str, code: str) -> None:
    assert code in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "l'OTAN et l'UE", "NATO"),
        ("fr", "l'OTAN et l'UE", "EU"),
        ("es", "la ONU", "UN"),
        ("en", "the IAEA", "IAEA"),
        ("fr", "la CPI", "ICC"),
        ("es", "Hamás", "HAMAS"),
        ("en", "the Wagner Group", "WAGNER"),
        ("de", "die Vereinten Nationen", "UN"),
        ("en", "the Security Council", "UNSC"),
    ],
)
def test_organisations_have_stable_codes(lang: str, text: str, code: str) -> None:
    assert code in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "let us talk about it", "USA"),
        ("fr", "au sud, en Amérique latine", "USA"),
        ("fr", "il est au courant", "AU"),
        ("es", "chile con carne", "CHL"),
        ("en", "polish the shoes", "POL"),
        ("en", "a turkey dinner", "TUR"),
        ("fr", "elle a vu le film", "IRN"),
    ],
)
def test_no_false_actors_from_ordinary_words(lang: str, text: str, code: str) -> None:
    assert code not in _codes(text, lang)


def test_bare_name_is_not_found_inside_a_longer_word() -> None:
    hits = list(gazetteer("en").find(fold("Iranian officials")))
    assert [(h.start, h.end) for h in hits] == [(0, 7)]


def test_every_un_member_and_observer_has_a_name_in_every_language() -> None:
    states = {code: info for code, info in countries().items() if info["un"]}
    assert len(states) == 195
    assert {"VAT", "PSE"} <= set(states)
    for info in states.values():
        assert all(info["names"][lang] for lang in LANGS)


def test_cities_carry_country_and_coordinates() -> None:
    (hit,) = gazetteer("en").find(fold("in Kharkiv"))
    assert hit.entry.country == "UKR"
    assert hit.entry.lat is not None
    assert 49 < hit.entry.lat < 51


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "a McDonnell Douglas plant", "IMN"),
        ("en", "the Man who knew", "IMN"),
        ("es", "el barrio de San Juan de Miraflores", "PRI"),
    ],
)
def test_small_capitals_of_territories_are_no_actors(lang: str, text: str, code: str) -> None:
    assert code not in _codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("de", "US-Truppen griffen an", ["USA"]),
        ("de", "der Nato-Gipfel", ["NATO"]),
        ("de", "EU-Außenminister", ["EU"]),
        ("en", "the Iran-Contra affair", []),
        ("en", "a US-led coalition and Iran-backed militias", ["USA", "IRN"]),
    ],
)
def test_a_german_compound_names_its_first_noun(lang: str, text: str, codes: list[str]) -> None:
    """German joins nouns with a hyphen ('US-Truppen'); elsewhere 'Iran-Contra' is no Iran,
    but the actor behind 'US-led', 'Iran-backed' is one."""
    assert _codes(text, lang) == codes
