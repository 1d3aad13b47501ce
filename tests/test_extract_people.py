"""People named with a role, linked to their state."""

from __future__ import annotations

import pytest

from timeline import ActorType, extract
from timeline.extract._text import person_code


def _people(text: str, lang: str) -> dict[str, str | None]:
    timeline = extract(text, lang=lang)
    return {
        actor.name: actor.country
        for event in timeline
        for actor in event.actors
        if actor.type is ActorType.PERSON
    }


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Le 3 janvier 2026, le président Nicolás Maduro a été capturé.",
            "Nicolás Maduro",
            "VEN",
        ),
        (
            "fr",
            "Le 5 janvier 2026, la vice-présidente Delcy Rodríguez a protesté.",
            "Delcy Rodríguez",
            "VEN",
        ),
        (
            "en",
            "On 5 January 2026 Vice-President Delcy Rodríguez protested.",
            "Delcy Rodríguez",
            "VEN",
        ),
        (
            "fr",
            "Le 6 janvier 2026, le président Donald Trump a menacé Cuba.",
            "Donald Trump",
            "USA",
        ),
        (
            "en",
            "On 6 January 2026 Russian Foreign Minister Ivan Petrovsky met envoys.",
            "Ivan Petrovsky",
            "RUS",
        ),
        ("en", "On 6 January 2026 Nigeria's President Ada Obi visited Accra.", "Ada Obi", "NGA"),
        (
            "es",
            "El 6 de enero de 2026 el presidente de Chile, Tomás Rojas, visitó Lima.",
            "Tomás Rojas",
            "CHL",
        ),
        (
            "fr",
            "Le 6 janvier 2026, le ministre sénégalais Moussa Diop a visité Paris.",
            "Moussa Diop",
            "SEN",
        ),
        (
            "de",
            "Am 6. Januar 2026 traf Außenminister Sergej Lawrow in Ankara ein.",
            "Sergei Lavrov",
            "RUS",
        ),
    ],
)
def test_person_with_role_is_linked_to_state(lang: str, text: str, name: str, country: str) -> None:
    assert _people(text, lang).get(name) == country


def test_unknown_person_without_state_in_text_has_no_country() -> None:
    people = _people("On 6 January 2026 General Ada Obi visited troops in the north.", "en")
    assert people == {"Ada Obi": None}


def test_surname_alone_after_full_mention_is_the_same_person() -> None:
    text = (
        "Le président Tomás Rojas est arrivé. "
        "Le 6 janvier 2026, Rojas a signé un accord avec le Pérou."
    )
    (event,) = extract(text, lang="fr")
    assert "TOMAS_ROJAS" in {actor.code for actor in event.actors}


def test_role_without_a_name_gives_no_person() -> None:
    text = "On 6 January 2026 the president of the republic signed the law."
    assert _people(text, "en") == {}


def test_person_code_is_stable_across_accents() -> None:
    assert person_code("Nicolás Maduro") == person_code("Nicolas Maduro") == "NICOLAS_MADURO"
