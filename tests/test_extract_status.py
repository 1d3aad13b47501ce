"""Status: negated, hypothetical, planned and alleged events are never reported as facts."""

from __future__ import annotations

import pytest

from timeline import Status, extract


def _status(text: str, lang: str, published: str | None = None) -> Status:
    (event,) = extract(text, lang=lang, published=published)
    return event.status


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Russia did not attack the port on 4 May 2025.", Status.NEGATED),
        ("fr", "Le 4 mai 2025, l'Iran n'a pas attaqué la base.", Status.NEGATED),
        ("es", "El 4 de mayo de 2025 Cuba no atacó a nadie.", Status.NEGATED),
        ("de", "Israel hat am 4. Mai 2025 den Hafen nicht angegriffen.", Status.NEGATED),
        ("it", "Il 4 maggio 2025 la Cina non ha attaccato Taiwan.", Status.NEGATED),
        ("pt", "Em 4 de maio de 2025 a Rússia não atacou o porto.", Status.NEGATED),
        ("fr", "Israël pourrait frapper l'Iran le 4 mai 2025.", Status.HYPOTHETICAL),
        ("en", "China could invade Taiwan on 4 May 2025.", Status.HYPOTHETICAL),
        ("es", "Colombia podría atacar el 4 de mayo de 2025.", Status.HYPOTHETICAL),
        ("fr", "Le 4 mai 2025, la Chine frapperait Taïwan.", Status.HYPOTHETICAL),
        ("en", "The ministers will meet in Rome on 4 May 2025.", Status.PLANNED),
        ("fr", "Le président se rendra à Rome le 4 mai 2025.", Status.PLANNED),
        ("es", "Los ministros se reunirán en Quito el 4 de mayo de 2025.", Status.PLANNED),
        ("fr", "Selon des sources, Moscou a livré des armes le 4 mai 2025.", Status.ALLEGED),
        ("en", "Iran reportedly seized a tanker on 4 May 2025.", Status.ALLEGED),
        ("es", "Según fuentes militares, Rusia envió tropas el 4 de mayo de 2025.", Status.ALLEGED),
        ("fr", "Le 4 mai 2025, Moscou aurait livré des missiles.", Status.ALLEGED),
        ("en", "Russia attacked the port on 4 May 2025.", Status.REPORTED),
    ],
)
def test_status_from_cues(lang: str, text: str, status: Status) -> None:
    assert _status(text, lang) is status


def test_event_dated_after_publication_is_planned() -> None:
    text = "Ministers meet in Rome on 4 May 2025 to discuss trade."
    assert _status(text, "en", published="2025-04-01") is Status.PLANNED
    assert _status(text, "en", published="2025-06-01") is Status.REPORTED


def test_said_it_would_is_planned_not_hypothetical() -> None:
    assert (
        _status("Hamas said it would release ten hostages on 3 May 2025.", "en") is Status.PLANNED
    )
