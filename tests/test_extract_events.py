"""extract(): the seed's events, evidence, inputs and the laws every result obeys."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    ActorType,
    DateParseError,
    Event,
    EventKind,
    InvalidValueError,
    Precision,
    Resolution,
    Timeline,
    extract,
)


def _codes(event: Event) -> set[str]:
    return {actor.code for actor in event.actors}


def _dated(timeline: Timeline, day: date) -> list[Event]:
    return [e for e in timeline if e.when.start == day and e.when.end == day]


@pytest.fixture(scope="module")
def seed_timeline(seed_text: str) -> Timeline:
    return extract(seed_text, source="seed")


def test_seed_first_event_is_an_accusation_of_14_january_2026(
    seed_text: str, seed_timeline: Timeline
) -> None:
    (first,) = _dated(seed_timeline, date(2026, 1, 14))
    assert first.when.precision is Precision.DAY
    assert first.kind is EventKind.ACCUSE
    assert {"VEN", "RUS", "CUB"} <= _codes(first)
    evidence = first.sources[0]
    assert evidence.quote.startswith("Le 14 janvier 2026, des informations")
    assert seed_text[evidence.start : evidence.end] == evidence.quote
    assert evidence.date_text == "14 janvier 2026"
    assert evidence.document == "seed"
    assert evidence.lang == "fr"
    assert evidence.resolution is Resolution.ABSOLUTE


def test_seed_first_event_names_maduro_as_a_venezuelan_person(seed_timeline: Timeline) -> None:
    (first,) = _dated(seed_timeline, date(2026, 1, 14))
    maduro = next(a for a in first.actors if a.type is ActorType.PERSON)
    assert maduro.name == "Nicolás Maduro"
    assert maduro.country == "VEN"
    assert maduro.role == "président"


def test_seed_title_drops_the_reporting_frame(seed_timeline: Timeline) -> None:
    (first,) = _dated(seed_timeline, date(2026, 1, 14))
    assert first.title.startswith("Des responsables vénézuéliens reprochent")
    assert "selon lesquelles" not in first.title
    assert len(first.title) <= 141


def test_seed_us_operation_is_inferred_before_14_january(
    seed_text: str, seed_timeline: Timeline
) -> None:
    inferred = [e for e in seed_timeline if e.sources[0].resolution is Resolution.INFERRED]
    assert len(inferred) == 1
    operation = inferred[0]
    assert operation.when.edtf == "../2026-01-14"
    assert operation.kind in (EventKind.ASSAULT, EventKind.COERCE)
    assert {"USA", "VEN"} <= _codes(operation)
    assert "opération militaire américaine" in operation.title
    assert operation.confidence < _dated(seed_timeline, date(2026, 1, 14))[0].confidence
    evidence = operation.sources[0]
    assert evidence.quote.startswith("Ces critiques sont apparues après")
    assert seed_text[evidence.start : evidence.end] == evidence.quote


def test_seed_gives_no_other_event(seed_timeline: Timeline) -> None:
    """The rest of the seed is analysis without dates: no event from it."""
    assert len(seed_timeline) == 2


def test_document_id_is_a_content_hash_without_source(seed_text: str) -> None:
    first = extract(seed_text)[0].sources[0].document
    assert first.startswith("sha256:")
    assert first == extract(seed_text)[0].sources[0].document


def test_url_source_is_kept_as_url() -> None:
    text = "On 14 January 2026 Russian troops attacked Kharkiv."
    (event,) = extract(text, source="https://example.org/a")
    assert event.sources[0].url == "https://example.org/a"
    assert event.sources[0].document == "https://example.org/a"


@pytest.mark.parametrize(
    "published", [date(2026, 1, 15), datetime(2026, 1, 15, 9, 30), "2026-01-15"]
)
def test_published_accepts_date_datetime_and_iso(published: object) -> None:
    text = "On 14 January 2026 Russian troops attacked Kharkiv."
    (event,) = extract(text, published=published)  # type: ignore[arg-type]
    assert event.sources[0].published == date(2026, 1, 15)


def test_published_that_does_not_parse_names_the_value() -> None:
    with pytest.raises(DateParseError, match="yesterday-ish"):
        extract("text", published="yesterday-ish")


def test_unknown_language_names_the_value() -> None:
    with pytest.raises(InvalidValueError, match="xx"):
        extract("text", lang="xx")


@pytest.mark.parametrize("lang", ["pt-BR", "PT", "pt_PT"])
def test_a_language_tag_with_a_region_is_its_language(lang: str) -> None:
    """'pt-BR' is Portuguese, as find_dates reads it (it was refused)."""
    text = "O presidente visitou Brasília em 14 de março de 2026."
    (event,) = extract(text, lang=lang, published="2026-03-20")
    assert (event.when.edtf, event.sources[0].lang) == ("2026-03-14", "pt")


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "14 января 2026 года американские военные захватили Николаса Мадуро.",
            "ru",
            "американские военные захватили Николаса Мадуро",
        ),
        (
            "Op 14 januari 2026 werd Maduro in Caracas gevangengenomen.",
            "nl",
            "werd Maduro in Caracas gevangengenomen",
        ),
        (
            "W dniu 14 stycznia 2026 r. wojska USA schwytały Maduro w Caracas.",
            "pl",
            "wojska USA schwytały Maduro w Caracas",
        ),
        (
            "2026年1月14日\uff0c美国军队在加拉加斯抓获了马杜罗。",
            "zh",
            "美国军队在加拉加斯抓获了马杜罗",
        ),
    ],
)
def test_a_language_outside_the_six_gives_events_by_their_written_dates(
    text: str, lang: str, title: str
) -> None:
    """Russian, Dutch, Polish or Chinese news: detected, its dates read in its own language,
    and each clause with a written date is an event (kind OTHER: the event words are the
    six languages'); the source says the language. It gave no event (dates read as English,
    or a Chinese clause counted as one word)."""
    (event,) = extract(text)
    assert (event.when.edtf, event.kind, event.sources[0].lang) == (
        "2026-01-14",
        EventKind.OTHER,
        lang,
    )
    assert title.lower() in event.title.lower()
    assert extract(text, lang=lang) == extract(text)


def test_non_text_input_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        extract(b"bytes")  # type: ignore[arg-type]


def test_english_and_iso_dates_give_events() -> None:
    text = "On 14 January 2026 troops moved. Talks resumed on 2026-01-20."
    assert [e.when.edtf for e in extract(text)] == ["2026-01-14", "2026-01-20"]


def test_dateline_alone_gives_no_event() -> None:
    assert len(extract("LONDON, January 14, 2026\n\nNothing else here.")) == 0


def test_same_input_same_events(seed_text: str) -> None:
    assert extract(seed_text).to_json() == extract(seed_text).to_json()


_NEWS = st.sampled_from(
    [
        "On 14 January 2026 Russian troops attacked Kharkiv. ",
        "Le 3 mars 2025, le président Emmanuel Macron a rencontré M. Zelensky à Paris. ",
        "El 5 de mayo de 2024 el Gobierno de EE.UU. sancionó a Venezuela. ",
        "after the attack ",
        "« Non ! » ",
        "U.S. ",
        "\n\n",
    ]
)


@given(st.lists(st.one_of(st.text(max_size=40), _NEWS), max_size=8).map("".join))
def test_extract_never_raises_and_offsets_lie_in_text(text: str) -> None:
    """Any text: every event has a source whose offsets point at its quote."""
    for event in extract(text):
        assert event.sources
        for source in event.sources:
            assert 0 <= source.start <= source.end <= len(text)
            assert text[source.start : source.end] == source.quote


def test_lone_surrogates_from_bad_bytes_do_not_break_extraction() -> None:
    text = "\udc80 On 14 January 2026 Russian troops attacked Kharkiv."
    (event,) = extract(text)
    source = event.sources[0]
    assert source.quote.startswith("\ufffd")
    assert len(source.quote) == source.end - source.start


def test_relational_date_cue_gives_an_order_event_not_a_second_date() -> None:
    text = (
        "Le président a reçu mardi son homologue, au lendemain d'une vague de frappes "
        "russes sur Kiev."
    )
    events = extract(text, lang="fr", published="2025-03-12")
    assert [e.when.edtf for e in events] == ["../2025-03-11", "2025-03-11"]
    assert events[0].kind is EventKind.ASSAULT


def test_an_order_event_counts_from_its_own_sentence_date() -> None:
    """ "Le 5, elle est entrée ... après des bombardements": the bombing is before the 5th,
    even where the dated clause itself gives no event (was before the 3rd, the last event)."""
    text = (
        "Le 3 mars 2026, l'armée russe a encerclé Kharkiv. "
        "Le 5, elle est entrée dans la ville après des bombardements."
    )
    events = extract(text, lang="fr", published="2026-03-10")
    bombing = next(e for e in events if e.kind is EventKind.ASSAULT)
    assert bombing.when.edtf == "../2026-03-05"


def test_wire_dateline_is_not_in_the_title() -> None:
    text = "KYIV, Ukraine (AP) — On 14 January 2026 Russia attacked Kharkiv."
    (event,) = extract(text, lang="en")
    assert event.title == "Russia attacked Kharkiv"


def test_capital_after_location_preposition_is_a_place_not_an_actor() -> None:
    (event,) = extract("Le 14 janvier 2026, des manifestants ont défilé à Caracas.", lang="fr")
    assert [(p.name, p.country) for p in event.places] == [("Caracas", "VEN")]
    assert event.places[0].lat is not None
    assert "VEN" not in {a.code for a in event.actors}


def test_capital_as_subject_is_the_state() -> None:
    (event,) = extract("Le 14 janvier 2026, Moscou a rejeté la proposition.", lang="fr")
    assert {a.code for a in event.actors} == {"RUS"}
    assert event.places == ()


def test_capital_aimed_at_is_both_place_and_state() -> None:
    (event,) = extract("On 14 January 2026 Russia launched a missile attack on Kyiv.", lang="en")
    assert {a.code for a in event.actors} == {"RUS", "UKR"}
    assert [p.name for p in event.places] == ["Kyiv"]


@pytest.mark.parametrize(
    "text",
    [
        "Did Russia attack Kyiv on 14 January 2026?",
        "« La Russie a-t-elle attaqué Kiev le 14 janvier 2026 ? »",
        "¿Atacó Rusia Kiev el 14 de enero de 2026?",
    ],
)
def test_questions_state_no_event(text: str) -> None:
    assert len(extract(text)) == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia seized the port on 3 March 2025 and withdrew on 5 April 2025."),
        ("fr", "Le 3 mars 2025, l'armée a pris le port, puis le 5 avril 2025 elle s'est retirée."),
        ("es", "El 3 de marzo de 2025 Rusia tomó el puerto; el 5 de abril de 2025 se retiró."),
        ("de", "Russland besetzte am 3. März 2025 den Hafen und zog sich am 5. April 2025 zurück."),
    ],
)
def test_two_dated_actions_in_one_sentence_give_two_events(lang: str, text: str) -> None:
    events = extract(text, lang=lang)
    assert [e.when.edtf for e in events] == ["2025-03-03", "2025-04-05"]
    assert events[1].kind is EventKind.RETREAT


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "en",
            "Russia, according to officials, attacked Kharkiv on 3 March 2025.",
            "Russia attacked Kharkiv",
        ),
        (
            "fr",
            "La Russie, selon Kiev, a attaqué Kharkiv le 3 mars 2025.",
            "La Russie a attaqué Kharkiv",
        ),
        (
            "es",
            "Según fuentes militares, Rusia atacó Járkov el 3 de marzo de 2025.",
            "Rusia atacó Járkov",
        ),
    ],
)
def test_titles_leave_out_attributions(lang: str, text: str, title: str) -> None:
    (event,) = extract(text, lang=lang)
    assert event.title == title


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, Jan. 3, 2026 (AP) - U.S. special forces captured Maduro in Caracas.",
        "MADRID, 3 ene (EFE).- El Gobierno español condenó el 3 de enero de 2026 la operación.",
        "PARIS (AFP) La France a rappelé son ambassadeur le 4 mars 2026.",
    ],
)
def test_wire_datelines_with_dates_and_agencies_stay_out_of_titles(text: str) -> None:
    (event,) = extract(text, published="2026-01-15")
    assert not event.title.startswith(("WASHINGTON", "MADRID", "PARIS"))
    assert "(" not in event.title


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "WASHINGTON, Jan. 4, 2026 - U.S. special forces captured Venezuelan President "
            "Nicolás Maduro in Caracas on Saturday, officials said.",
            "2026-01-03",
        ),
        (
            "MADRID, 4 ene (EFE).- Las fuerzas estadounidenses capturaron a Nicolás Maduro "
            "el sábado en Caracas.",
            "2026-01-03",
        ),
        (
            "WASHINGTON, Jan. 4, 2026 (AP) - The United States imposed sanctions on Venezuela.",
            "2026-01-04",
        ),
    ],
)
def test_a_dateline_dates_the_report_not_the_event_told_with_its_own_date(
    text: str, when: str
) -> None:
    """The date in the clause dates the event; the dateline's only when there is no other."""
    (event,) = extract(text, published="2026-01-04")
    assert event.when.edtf == when


@pytest.mark.parametrize(
    ("text", "lang", "told", "relative"),
    [
        (
            "Venezuelan officials on Wednesday blamed Russian and Cuban security services for "
            "failing to protect Nicolás Maduro, who was captured by U.S. forces on Jan. 3.",
            "en",
            ("2026-01-14", "ACCUSE", {"VEN", "RUS", "CUB", "NICOLAS_MADURO"}),
            ("2026-01-03", "Nicolás Maduro was captured by U.S. forces", {"USA", "NICOLAS_MADURO"}),
        ),
        (
            "Caracas acusó el miércoles a Rusia de abandonar al presidente Nicolás Maduro, quien "
            "fue capturado por fuerzas estadounidenses el 3 de enero.",
            "es",
            ("2026-01-14", "ACCUSE", {"VEN", "RUS", "NICOLAS_MADURO"}),
            (
                "2026-01-03",
                "Nicolás Maduro fue capturado por fuerzas estadounidenses",
                {"USA", "NICOLAS_MADURO"},
            ),
        ),
    ],
)
def test_a_dated_relative_clause_is_an_event_of_its_antecedent(
    text: str,
    lang: str,
    told: tuple[str, str, set[str]],
    relative: tuple[str, str, set[str]],
) -> None:
    """', who ... on Jan. 3' is a clause of its own; 'Russian and Cuban' is not cut in two."""
    events = {event.when.edtf: event for event in extract(text, published="2026-01-14", lang=lang)}
    main, inner = events[told[0]], events[relative[0]]
    assert (main.kind.value, {actor.code for actor in main.actors}) == told[1:]
    assert (inner.title, {actor.code for actor in inner.actors}) == relative[1:]


def test_a_relative_clause_after_no_actor_or_inside_the_sentence_is_not_cut() -> None:
    """', which ... ,' in the middle, or after a word that names no actor, keeps one clause."""
    text = (
        "The party, which voted out the government on March 3, 1997, pledged support to the "
        "alliance on March 5, 1997."
    )
    titles = [event.title for event in extract(text, published="1997-03-06", lang="en")]
    assert not any(title.lower().startswith(("which", "who")) for title in titles)


def test_two_actors_joined_with_an_article_stay_in_one_clause() -> None:
    """'O Brasil e a Argentina': the article before the second actor keeps them together, even
    when the dateline's date and 'ontem' make two date groups."""
    text = (
        "LISBOA, 14 jan (Lusa) - O Brasil e a Argentina assinaram ontem um acordo comercial "
        "em Brasília."
    )
    (event,) = extract(text, published="2026-01-14", lang="pt")
    assert (event.when.edtf, event.kind.value) == ("2026-01-13", "AGREE")
    assert {actor.code for actor in event.actors} == {"BRA", "ARG"}


def test_two_actors_joined_by_a_conjunction_stay_in_one_clause() -> None:
    """'de Rusia y Cuba' names two actors of one action, not two clauses."""
    text = (
        "CARACAS, 14 ene (EFE).- Funcionarios venezolanos acusaron este miércoles a los servicios "
        "de seguridad de Rusia y Cuba de no haber protegido a Nicolás Maduro durante la operación "
        "estadounidense del 3 de enero."
    )
    (event,) = extract(text, published="2026-01-14", lang="es")
    assert event.when.edtf == "2026-01-14"
    assert {"VEN", "RUS", "CUB", "NICOLAS_MADURO"} <= {actor.code for actor in event.actors}


@pytest.mark.parametrize(
    ("text", "lang", "capture"),
    [
        (
            "Protests had begun in early January, after U.S. forces captured Nicolás Maduro "
            "on Jan. 3.",
            "en",
            "U.S. forces captured Nicolás Maduro",
        ),
        (
            "Les manifestations avaient commencé début janvier, après que les forces "
            "américaines ont capturé Nicolás Maduro le 3 janvier.",
            "fr",
            "Les forces américaines ont capturé Nicolás Maduro",
        ),
        (
            "Die Proteste hatten Anfang Januar begonnen, nachdem US-Spezialkräfte Nicolás "
            "Maduro am 3. Januar festgenommen hatten.",
            "de",
            "US-Spezialkräfte Nicolás Maduro festgenommen hatten",
        ),
    ],
)
def test_a_dated_after_clause_is_an_event_of_its_own(text: str, lang: str, capture: str) -> None:
    """', after X did Y on Jan. 3' tells an earlier event with its own date."""
    events = {event.when.edtf: event for event in extract(text, published="2026-01-14", lang=lang)}
    assert events["2026-01-03"].title == capture
    assert events["2026-01-01~/2026-01-10~"].kind.value == "PROTEST"


def test_after_with_a_gerund_is_no_clause_of_its_own() -> None:
    """', before leaving Beijing' has no subject: it stays in the clause it ends."""
    text = (
        "He is scheduled to hold talks with Premier Li Peng on April 22, before leaving on May 1."
    )
    titles = [event.title for event in extract(text, published="1997-04-20", lang="en")]
    assert "Leaving" not in " ".join(titles)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Turkey", "TUR"), ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("UAE", "ARE")],
)
def test_common_english_names_of_states_are_actors(name: str, code: str) -> None:
    (event,) = extract(f"On 3 March 2026 {name} closed the border.", lang="en")
    assert [actor.code for actor in event.actors] == [code]


@pytest.mark.parametrize("published", [None, "2026-01-15"])
def test_a_written_date_dates_the_event_over_a_relative_one_of_its_group(
    published: str | None,
) -> None:
    """'Yesterday, January 14, 2026, ...': the same day told twice; the written date dates
    the event (absolute) and lets it stand without a trigger word. Without a document date,
    'Yesterday' is inferred from the written date (the 13th), which made a range 13-14 or
    no event at all."""
    text = "Yesterday, January 14, 2026, the president resigned in Paris."
    (event,) = extract(text, published=published)
    assert (event.when.edtf, event.sources[0].date_text) == ("2026-01-14", "January 14, 2026")
    assert event.sources[0].resolution is Resolution.ABSOLUTE


def test_a_date_in_brackets_does_not_date_the_clause_around_it() -> None:
    """'The army (which had left in 2014) attacked ... on 3 March 2026': the aside's year
    dated the event (2014)."""
    (event,) = extract("The army (which had left in 2014) attacked the town on 3 March 2026.")
    assert (event.when.edtf, event.title) == (
        "2026-03-03",
        "The army (which had left) attacked the town",
    )
