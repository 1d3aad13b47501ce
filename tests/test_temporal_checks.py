"""The checks that tell a date from an ordinary word in context (``_checks``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._checks import _phrase_before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Augusto Heleno falou sobre o mar.", []),  # the sea: a month takes no article
        ("Vamos para o mar.", []),
        ("Os preços subiram de nov. a mar.", ["de nov. a mar."]),  # "a" is a range word too
    ],
)
def test_an_abbreviated_month_after_an_article_is_no_month(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="pt")
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("es", "El miércoles de ceniza empieza la cuaresma.", ["miércoles de ceniza"]),
        ("fr", "Le carnaval culmine le mardi gras.", ["mardi gras"]),
        ("it", "Il martedì grasso si festeggia in piazza.", ["martedì grasso"]),
        ("pt", "Na quarta-feira de cinzas, o desfile acabou.", ["quarta-feira de cinzas"]),
        ("en", "Turnout was high on election day in Kenya.", []),  # any country's
        ("en", "They turned east after the storm.", []),
    ],
)
def test_a_feast_named_by_its_weekday_is_a_holiday_in_lower_case(
    lang: str, text: str, found: list[str]
) -> None:
    """Holidays are proper names, but a feast named by its weekday is no ordinary phrase in
    lower case either (Spanish, French, Italian write it so)."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m.text for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She secured the world No. 1 year-end ranking.", []),  # a rank before a unit
        ("Top seed no. 2 hours of play left him tired.", []),
        ("He spent 2 days in room 14.", ["2 days"]),
        ("The ruling took 3 weeks, the court said.", ["3 weeks"]),
    ],
)
def test_a_count_after_a_number_noun_is_no_duration(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A reunião foi em Janeiro.", [("Janeiro", "1998-01")]),
        ("Subiu desde Março.", [("Março", "1997-03")]),  # "subiu": a past, told in February
        ("Em finais de Janeiro, caiu.", [("finais de Janeiro", "1998-01")]),
        ("Choveu no Rio de Janeiro.", []),
        ("A Editora Abril publicou.", []),
    ],
)
def test_a_capitalised_portuguese_month_after_a_date_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """European Portuguese capitalises months ('em Janeiro'): after a date word it is a
    month; elsewhere a capitalised month is a name ('Rio de Janeiro', 'Editora Abril')."""
    found = find_dates(text, reference=date(1998, 2, 27), lang="pt")
    assert [(m.text, m.value) for m in found] == expected


def test_a_phrase_before_is_whole_words_ending_just_before() -> None:
    """'more than' before a count, not 'furthermore than' nor a phrase further back."""
    text = "furthermore than 2000, more than 2000, more than ever 2000"
    phrases = ("more than", "about")
    starts = [index for index in range(len(text)) if text.startswith("2000", index)]
    assert [_phrase_before(text, start, phrases) for start in starts] == [False, True, False]
    assert _phrase_before("about 2000", 6, ["about"])  # at the text's start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La sesión de hoy fue tensa.", [("hoy", "2024-05-15")]),
        ("El Consejo de Ministros de hoy aprobó la ley.", [("hoy", "2024-05-15")]),
        ("Los jóvenes de hoy leen menos.", []),
        ("El mundo de hoy es distinto.", []),
        ("La Europa de hoy es otra.", []),
    ],
)
def test_spanish_today_after_de(text: str, expected: list[tuple[str, str]]) -> None:
    """'la sesión de hoy' is today's session (nothing was found after 'de'); 'los jóvenes de
    hoy', 'la Europa de hoy' the present of a people or a place, as 'today's youth'
    (nowadays_nouns, nowadays_of)."""
    found = find_dates(text, reference=date(2024, 5, 15), lang="es")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Firma Sonntag & Partner meldete Insolvenz an.", "de", []),
        ("Friday & Co filed for bankruptcy.", "en", []),
        ("The shop opens Monday & Tuesday.", "en", ["Monday", "Tuesday"]),
    ],
)
def test_a_weekday_before_an_ampersand_names_a_firm(
    text: str, lang: str, expected: list[str]
) -> None:
    """'Sonntag & Partner': a name of partners, unless another day follows the '&'."""
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The time limit would be set by the future SAR government, he said.", "en"),
        ("They will define the future status of the province.", "en"),
        ("The future foreign minister noted the two pillars.", "en"),
        ("Habló el futuro presidente del país.", "es"),
        ("Ha parlato il futuro governo.", "it"),
        ("Falou o futuro governo do país.", "pt"),
    ],
)
def test_the_future_before_a_noun_is_its_adjective(text: str, lang: str) -> None:
    """'the future government', 'el futuro presidente': who will be, no time (they were
    FUTURE_REF)."""
    assert [m.text for m in find_dates(text, reference=date(2006, 12, 1), lang=lang)] == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("We support the future of its people.", "en", "the future"),
        ("The future looks anything but encouraging.", "en", "The future"),
        ("It may in the future lead to new drugs.", "en", "the future"),
        ("We will assert an interest into the future.", "en", "the future"),
        ("El futuro es incierto.", "es", "El futuro"),
        ("Il futuro prossimo sarà difficile.", "it", "Il futuro"),
        ("O futuro do país é incerto.", "pt", "O futuro"),
    ],
)
def test_the_future_as_a_noun_stays_future_ref(text: str, lang: str, found: str) -> None:
    """'the future of', 'the future looks', 'il futuro prossimo': the time ahead."""
    mentions = find_dates(text, reference=date(2006, 12, 1), lang=lang)
    assert [m.value for m in mentions] == ["FUTURE_REF"]
    assert found in mentions[0].text


@pytest.mark.parametrize(
    "text",
    [
        "The train is to float at up to 450 kilometres (280 miles) an hour.",
        "Winds of 120 km an hour hit the coast.",
        "He earns less than 4,000 yuan (493 US dollars) a month.",
    ],
)
def test_a_rate_after_a_measure_or_a_count_in_parentheses_is_no_duration(text: str) -> None:
    """'120 km an hour', '(280 miles) an hour', '(493 US dollars) a month' are rates, as
    '300,000 barrels a day' is (they were PT1H, P1M)."""
    assert find_dates(text, reference=date(2006, 12, 1), lang="en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He worked for an hour.", "an hour"),
        ("It rose 3.6 percent to 136.8 on a year-on-year basis.", "a year"),  # no measure
        ("The talks (held in Rome) lasted a day.", "a day"),  # no count in the parentheses
    ],
)
def test_a_unit_after_other_words_stays_a_duration(text: str, expected: str) -> None:
    found = find_dates(text, reference=date(2006, 12, 1), lang="en")
    assert [m.text for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tornerò il due Ago.", "it", [("due Ago.", "2026-08-02")]),
        ("È arrivato il due Ottobre.", "it", [("due Ottobre", "2025-10-02")]),
        ("les trois Mars.", "fr", []),  # the planet: a full name, its stop ends the sentence
        ("tre Mar", "it", []),  # the sea, or a name
        ("Ha due figli e due case.", "it", []),
    ],
)
def test_a_capitalised_month_after_a_day_in_words(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's century in cricket is a hundred runs
        ("Matthew Hayden hit his first century of the series.", []),
        ("Hayden scored his fifth century in eight Tests.", []),
        ("He made his 27th century.", []),
        # an era: after an article, or a person's qualifying a noun
        ("Shroud reports go back to the seventh century.", [("the seventh century", "06XX")]),
        ("Her 20th century works are on show.", [("20th century", "19XX")]),
        ("They sold their 19th-century house.", [("19th-century", "18XX")]),
    ],
)
def test_a_persons_century_is_runs_not_an_era(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, reference=date(2006, 12, 27), lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A reunião de amanhã foi cancelada.", [("amanhã", "2026-01-15")]),
        ("vou voltar às 15 para as 8 de amanhã", [("15 para as 8 de amanhã", "2026-01-15T07:45")]),
        ("O mundo de amanhã será diferente.", []),  # the future of a people, not a day
        ("O Brasil de amanhã precisa de escolas.", []),
        ("Os jovens de hoje não leem jornais.", []),
    ],
)
def test_portuguese_tomorrow_of_a_meeting_but_not_of_a_people(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2026, 1, 14), lang="pt")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's name: the weekday before its word, or after "Mail on"
        ("The sites include Great Zimbabwe, Sunday Times reported.", []),
        ("The plant restarted, Saturday Post reported.", []),
        ("The 44-year-old told the Mail on Sunday.", []),
        ("The documents were printed in the Independent on Sunday.", []),
        # a paper that is told something on a day; lower case is no name
        ("Negroponte told the Washington Post on Sunday.", [("Sunday", "2006-12-10")]),
        ("On Sunday times were hard.", [("Sunday", "2006-12-10")]),
        ("The mail on Sunday was late.", [("Sunday", "2006-12-10")]),
    ],
)
def test_a_weekday_in_a_newspapers_name_is_no_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference=date(2006, 12, 11), lang="en")
    assert [(m.text, m.value) for m in found] == expected
