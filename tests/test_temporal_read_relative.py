"""Reading relative expressions, durations and sets (``_read_relative``): the past unit;
year to date, sets in adverbial frames, working days, approximators inside 'ago' phrases,
'as soon as possible', 'the week after next' in all six languages, each with the ordinary
uses that must stay untagged (document date: Tuesday 20 January 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from mentions import TUESDAY, found_1998, found_2026
from timeline import find_dates
from timeline.temporal._lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the calendar unit before, as "last year" (TimeBank: "over the past year" is 1997)
        ("Hate groups grew over the past year.", ("the past year", "1997")),
        ("Prices fell in the past month.", ("the past month", "1998-01")),
        ("It rallied over the last week.", ("the last week", "1998-W08")),
        ("Sales rose from the previous year.", ("the previous year", "1997")),
        # a count, a plural, a unit of several, a decade or "next": a duration
        ("Prices fell over the past three years.", ("the past three years", "P3Y")),
        ("It rained over the past fortnight.", ("the past fortnight", "P2W")),
        ("It has been routine over the past decade.", ("the past decade", "P10Y")),
        ("It will be closed over the next year.", ("the next year", "P1Y")),
    ],
)
def test_the_past_unit_is_the_unit_before(text: str, expected: tuple[str, str]) -> None:
    assert found_1998(text) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sales rose 5% in the year to date.", "en", [("the year to date", "2026")]),
        ("Year-to-date sales rose 5%.", "en", [("Year-to-date", "2026")]),
        ("Cayeron un 20% en el año hasta la fecha.", "es", [("el año hasta la fecha", "2026")]),
        ("Subieron un 3% en lo que va de año.", "es", [("lo que va de año", "2026")]),
        ("A inflação no acumulado do ano é de 3%.", "pt", [("acumulado do ano", "2026")]),
        # "since the start of the year": the start of the year, "since" outside (an open range)
        ("Der DAX stieg seit Jahresbeginn um 5%.", "de", [("Jahresbeginn", "2026")]),
        ("L'indice è salito da inizio anno.", "it", [("inizio anno", "2026")]),
        ("L'indice a gagné 5% depuis le début de l'année.", "fr", [("début de l'année", "2026")]),
    ],
)
def test_year_to_date_is_the_current_year(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'year to date' and its equivalents are the reference's year (a DATE)."""
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is no date on the year book.", "en"),
        ("La fecha del año pasado no importa.", "es"),
    ],
)
def test_dates_and_years_alone_are_no_year_to_date(text: str, lang: str) -> None:
    """'date' is no anchor: no mention but the ones already there ('el año pasado')."""
    assert all("fecha" not in t and "date" not in t for t, _ in found_2026(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dividends are paid on a quarterly basis.", "en", [("on a quarterly basis", "P3M")]),
        ("Los pagos se hacen de forma mensual.", "es", [("de forma mensual", "P1M")]),
        (
            "Les loyers sont versés de façon trimestrielle.",
            "fr",
            [("de façon trimestrielle", "P3M")],
        ),
        (
            "Die Zinsen werden auf jährlicher Basis gezahlt.",
            "de",
            [("auf jährlicher Basis", "P1Y")],
        ),
        ("Die Zinsen werden vierteljährlich gezahlt.", "de", [("vierteljährlich", "P3M")]),
        ("I dati sono pubblicati su base mensile.", "it", [("su base mensile", "P1M")]),
        ("Os relatórios saem de forma semestral.", "pt", [("de forma semestral", "P0.5Y")]),
        ("Il paie ses impôts semestriellement.", "fr", [("semestriellement", "P0.5Y")]),
    ],
)
def test_set_adjectives_in_adverbial_frames(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """A set adjective in a frame that makes it an adverb recurs (SET)."""
    found = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.text, m.value) for m in found] == expected
    assert {m.type.value for m in found} == {"SET"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Shareholders met at the annual meeting.", "en"),
        ("The company raised its quarterly dividend.", "en"),
        ("La revista mensual publicó el informe anual.", "es"),
        ("Un magazine hebdomadaire et le rapport annuel.", "fr"),
        ("Die monatliche Zahlung und der jährliche Bericht.", "de"),
        ("La rivista settimanale e la relazione annuale.", "it"),
        ("A revista mensal e o relatório anual.", "pt"),
    ],
)
def test_set_adjectives_before_or_after_a_noun_are_no_sets(text: str, lang: str) -> None:
    """'annual meeting', 'quarterly dividend', 'la revista mensual': TimeBank tags none."""
    assert found_2026(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It happens every weekday.", "en", "every weekday"),
        ("Ocurre todos los días laborables.", "es", "todos los días laborables"),
        ("Cela arrive tous les jours ouvrables.", "fr", "tous les jours ouvrables"),
        ("Das passiert jeden Werktag.", "de", "jeden Werktag"),
        ("Succede ogni giorno feriale.", "it", "ogni giorno feriale"),
        ("Acontece todos os dias úteis.", "pt", "todos os dias úteis"),
    ],
)
def test_every_working_day_is_a_daily_set(text: str, lang: str, expected: str) -> None:
    """'every weekday' recurs daily (P1D), the qualifier inside the extent."""
    assert found_2026(text, lang) == [(expected, "P1D")]


@pytest.mark.parametrize(
    ("text", "lang", "expected", "mod"),
    [
        ("It happened about a month ago.", "en", ("about a month ago", "2025-12"), "APPROX"),
        ("It happened some 15 years ago.", "en", ("some 15 years ago", "2011"), "APPROX"),
        ("Il y a à peu près un mois.", "fr", ("Il y a à peu près un mois", "2025-12"), "APPROX"),
        (
            "Il est parti il y a environ deux ans.",
            "fr",
            ("il y a environ deux ans", "2024"),
            "APPROX",
        ),
        (
            "Ocurrió hace aproximadamente un mes.",
            "es",
            ("hace aproximadamente un mes", "2025-12"),
            "APPROX",
        ),
        ("Es geschah vor etwa einem Monat.", "de", ("vor etwa einem Monat", "2025-12"), "APPROX"),
        ("È successo circa un mese fa.", "it", ("circa un mese fa", "2025-12"), "APPROX"),
        ("Aconteceu há cerca de um mês.", "pt", ("há cerca de um mês", "2025-12"), "APPROX"),
    ],
)
def test_an_approximator_inside_an_ago_phrase(
    text: str, lang: str, expected: tuple[str, str], mod: str
) -> None:
    """'about two years ago' (TimeBank): the approximator inside, the value unchanged."""
    found = find_dates(text, reference=TUESDAY, lang=lang)
    assert [(m.text, m.value) for m in found] == [expected]
    assert found[0].mod == mod


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("They worked for about five hours.", "en", [("five hours", "PT5H")]),
        ("Hace unos días llovió.", "es", [("Hace unos días", "PAST_REF")]),
    ],
)
def test_approximators_of_durations_and_vague_counts_are_unchanged(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'about five hours' keeps 'about' outside (TimeBank); 'hace unos días' stays vague."""
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Please reply as soon as possible.", "en", "as soon as possible"),
        ("Répondez le plus tôt possible.", "fr", "le plus tôt possible"),
        ("Responda lo antes posible.", "es", "lo antes posible"),
        ("Antworten Sie so bald wie möglich.", "de", "so bald wie möglich"),
        ("Rispondete il prima possibile.", "it", "il prima possibile"),
        ("Responda o mais rápido possível.", "pt", "o mais rápido possível"),
    ],
)
def test_as_soon_as_possible_is_future_ref(text: str, lang: str, expected: str) -> None:
    """TimeBank tags 'as soon as possible' FUTURE_REF."""
    assert found_2026(text, lang) == [(expected, "FUTURE_REF")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We meet the week after next.", "en", "the week after next"),
        ("Nos vemos la semana después de la próxima.", "es", "la semana después de la próxima"),
        (
            "On se voit la semaine d'après la semaine prochaine.",
            "fr",
            "la semaine d'après la semaine prochaine",
        ),
        ("Wir sehen uns übernächste Woche.", "de", "übernächste Woche"),
        ("Ci vediamo la settimana dopo la prossima.", "it", "la settimana dopo la prossima"),
        ("Vemo-nos a semana depois da próxima.", "pt", "a semana depois da próxima"),
    ],
)
def test_the_week_after_next(text: str, lang: str, expected: str) -> None:
    """Two weeks after the reference's week (2026-W04)."""
    assert found_2026(text, lang) == [(expected, "2026-W06")]


def test_set_frames_become_set_adverbs_of_the_lexicon() -> None:
    """Each frame holds each adjective: 'de forma mensual', 'de manera anual'..."""
    adverbs = lexicon("es").set_adverbs
    assert adverbs["de forma mensual"] == "P1M"
    assert adverbs["de manera anual"] == "P1Y"
    assert "mensual" not in adverbs


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Talks will resume in the coming days.", ("the coming days", "PXD")),
        ("en", "Rain fell over the past days.", ("the past days", "PXD")),
        ("en", "A decision is due in the coming hours.", ("the coming hours", "PTXH")),
        ("fr", "Il rentrera dans les prochains jours.", ("prochains jours", "PXD")),
        ("fr", "Il a plu ces derniers jours.", ("ces derniers jours", "PXD")),
        ("es", "Volverá en los próximos días.", ("los próximos días", "PXD")),
        ("de", "Er kommt in den kommenden Tagen.", ("den kommenden Tagen", "PXD")),
        ("de", "Es gab in den letzten Stunden Kämpfe.", ("den letzten Stunden", "PTXH")),
        ("it", "Sarà messo in moto nei prossimi giorni.", ("prossimi giorni", "PXD")),
        ("pt", "Ele volta nos próximos dias.", ("próximos dias", "PXD")),
    ],
)
def test_days_or_hours_ahead_or_behind_are_a_vague_duration(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """TimeBank writes 'the coming days' PXD: how many days is unsaid (weeks and months
    are calendar units: 'the coming weeks' PXW, 'last week' a week)."""
    assert expected in found_2026(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "They met the next day.", ("the next day", "2026-01-21")),  # one day: a date
        ("it", "Il giorno prossimo arriva.", None),
    ],
)
def test_a_single_day_ahead_is_no_vague_duration(
    lang: str, text: str, expected: tuple[str, str] | None
) -> None:
    assert all(not value.startswith("PX") for _, value in found_2026(text, lang))
    if expected is not None:
        assert expected in found_2026(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "In 1984 it lost money against the previous year.", ("the previous year", "1983")),
        (
            "fr",
            "En 1984, il a perdu par rapport à l'année précédente.",
            ("l'année précédente", "1983"),
        ),
        ("es", "En 1984 perdió respecto al año anterior.", ("año anterior", "1983")),
        ("it", "Nel 1984 ha perduto rispetto all'anno precedente.", ("anno precedente", "1983")),
        ("pt", "Em 1984 perdeu em relação ao ano anterior.", ("ano anterior", "1983")),
        (
            "fr",
            "En mars 2020, il arrive. Le mois suivant, il part.",
            ("Le mois suivant", "2020-04"),
        ),
        ("es", "En marzo de 2020 llegó. El mes siguiente se fue.", ("El mes siguiente", "2020-04")),
    ],
)
def test_a_unit_before_or_after_the_one_told_counts_from_it(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """After the noun ("l'année précédente") as before it ('the previous year'): from the
    year the text told, not from the document date (20 January 2026)."""
    assert expected in found_2026(text, lang)


def test_a_unit_before_with_nothing_told_counts_from_the_document() -> None:
    assert ("la semana anterior", "2026-W03") in found_2026("Llegó la semana anterior.", "es")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nos quedamos una semana en Quito.", "es", ("una semana", "P1W")),
        ("Esperaremos otra semana.", "es", ("otra semana", "P1W")),
        ("Me iré por otro día.", "es", ("otro día", "P1D")),
        ("Ils sont restés un an à Kyiv.", "fr", ("un an", "P1Y")),
        ("Ficamos uma semana em Lisboa.", "pt", ("uma semana", "P1W")),
    ],
)
def test_one_unit_after_a_plural_word_is_a_duration(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'Nos quedamos una semana': a rate would say 'por semana', 'al día' (English alone
    writes rates as '300,000 barrels a day'); 'otro día' is one day more, as 'another day'."""
    assert found_2026(text, lang) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Lo vi el otro día.", "Lo dejamos para otro día.", "La otra semana fuimos a Lima."],
)
def test_the_other_day_and_some_other_day_are_no_durations(text: str) -> None:
    """'el otro día' is lately, 'para otro día' some day: no count of one day."""
    assert found_2026(text, "es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fue elegido el socio del año.", ("año", "2026")),
        ("Es el empleado del mes.", ("mes", "2026-01")),
        ("Fue el mejor resultado del año.", ("año", "2026")),
    ],
)
def test_the_year_and_the_month_after_del_are_the_current_ones(
    text: str, expected: tuple[str, str]
) -> None:
    """'del año' as 'of the year': the year of the document; 'del' (de + el) stays out of the
    extent, as fused prepositions do."""
    assert found_2026(text, "es") == [expected]


@pytest.mark.parametrize(
    "text",
    ["Es el primer punto del orden del día.", "A plena luz del día.", "El crimen del siglo."],
)
def test_the_day_and_the_century_after_del_are_no_dates(text: str) -> None:
    """'el orden del día' (the agenda), 'la luz del día' (daylight), 'el crimen del siglo'."""
    assert found_2026(text, "es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In London at mid-afternoon yesterday, shares rose.",
            [("mid-afternoon yesterday", "1998-02-26TAF")],
        ),
        ("By mid afternoon, officials said it was over.", [("mid afternoon", "1998-02-27TAF")]),
    ],
)
def test_the_middle_of_a_part_of_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_1998(text) == expected


def test_midnight_is_no_part_of_the_day() -> None:
    """'midnight' is a clock time, not the middle of the night; 'mid night' neither."""
    assert found_1998("We met at midnight.") == [("midnight", "1998-02-27T00:00")]
    assert found_1998("It was mid night.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islam will one day be the second largest religion.", [("one day", "FUTURE_REF")]),
        ("The agent may one day help those suffering.", [("one day", "FUTURE_REF")]),
        # no modal before it, or no verb after it: a day long
        ("It will take one day.", [("one day", "P1D")]),
        ("The talks lasted one day longer.", [("one day", "P1D")]),
    ],
)
def test_one_day_after_a_modal_is_some_day_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_1998(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Na madrugada de domingo, um incêndio destruiu o prédio.",
            "pt",
            ("madrugada de domingo", "2026-01-18TNI"),
        ),
        ("Foi preso na tarde de ontem.", "pt", ("tarde de ontem", "2026-01-19TAF")),
        (
            "Nel pomeriggio di ieri la polizia è intervenuta.",
            "it",
            ("pomeriggio di ieri", "2026-01-19TAF"),
        ),
        (
            "Nella serata di domenica è esploso un ordigno.",
            "it",
            ("serata di domenica", "2026-01-18TEV"),
        ),
    ],
)
def test_a_part_of_the_day_before_its_day(text: str, lang: str, expected: tuple[str, str]) -> None:
    """'na tarde de ontem', 'nella serata di domenica': that part of the day named (the
    preposition glued to the article stays out)."""
    assert found_2026(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Voltou mais tarde de novo.", "pt"), ("La sera di Natale siamo a casa.", "it")],
)
def test_a_part_of_the_day_without_a_day_after_it_is_none(text: str, lang: str) -> None:
    assert all("tarde" not in t and "sera" not in t for t, _ in found_2026(text, lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anfang nächster Woche soll entschieden werden.", ("Anfang nächster Woche", "2026-W05")),
        ("Bis Ende kommender Woche soll ein Plan stehen.", ("Ende kommender Woche", "2026-W05")),
        ("Seit vergangenem Mittwoch wird gestreikt.", ("vergangenem Mittwoch", "2026-01-14")),
    ],
)
def test_german_shift_words_of_every_case(text: str, expected: tuple[str, str]) -> None:
    """'nächster Woche' (genitive), 'seit vergangenem Mittwoch' (dative): next / last."""
    assert found_2026(text, "de") == [expected]


@pytest.mark.parametrize(
    "text", ["Ein nächster Schritt folgt.", "Im Namen kommender Generationen."]
)
def test_german_shift_words_without_a_unit_are_none(text: str) -> None:
    assert found_2026(text, "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les prix vont monter dans les mois à venir.", [("les mois à venir", "FUTURE_REF")]),
        ("Le texte sera voté le mois à venir.", [("le mois à venir", "2026-02")]),
    ],
)
def test_a_plural_article_makes_an_invariant_unit_plural(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'les mois à venir' is the months ahead (FUTURE_REF); 'le mois à venir' next month."""
    assert found_2026(text, "fr") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It took a quarter of an hour.", [("a quarter of an hour", "PT0.25H")]),
        ("en", "He ruled for a quarter of a century.", [("a quarter of a century", "P25Y")]),
        ("en", "It took three quarters of an hour.", [("three quarters of an hour", "PT0.75H")]),
        ("fr", "Il a régné un quart de siècle.", [("un quart de siècle", "P25Y")]),
        ("es", "Esperó un cuarto de hora.", [("un cuarto de hora", "PT0.25H")]),
        ("it", "Durò un quarto d'ora.", [("un quarto d'ora", "PT0.25H")]),
        ("en", "A quarter of a million people marched.", []),  # a share, no duration
    ],
)
def test_a_quarter_of_a_unit_is_one_duration(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """'a quarter of an hour' was 'a quarter' (P1Q) and 'an hour' (PT1H)."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It has been so for almost a hundred years.", [("almost a hundred years", "P100Y")]),
        ("for more than two thousand years", [("more than two thousand years", "P2000Y")]),
        (
            "It lasted three thousand five hundred years.",
            [("three thousand five hundred years", "P3500Y")],
        ),
        ("It lasted two hundred and fifty years.", [("two hundred and fifty years", "P250Y")]),
        ("Two thousand people marched.", []),  # a count of people, no duration
    ],
)
def test_hundreds_and_thousands_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    """'almost a hundred years' was 'hundred years', the article and 'almost' left out."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es regnet in den nächsten beiden Tagen.", [("den nächsten beiden Tagen", "P2D")]),
        ("Beide Jahre waren schwer.", [("Beide Jahre", "P2Y")]),
        ("Die beiden Länder verhandeln.", []),
    ],
)
def test_german_beiden_counts_two_units(text: str, expected: list[tuple[str, str]]) -> None:
    """'die beiden Tage', 'in den nächsten beiden Monaten': two units; 'beiden' alone no date."""
    assert found_2026(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived on Friday. He left the next morning.", ("the next morning", "2026-01-10TMO")),
        ("He arrived on Friday. Later that night, he left.", ("that night", "2026-01-09TNI")),
        ("He arrived on Friday. That evening, he left.", ("That evening", "2026-01-09TEV")),
        ("He arrived on Friday. He left that same day.", ("that same day", "2026-01-09")),
    ],
)
def test_a_part_of_the_day_counted_from_the_story(text: str, expected: tuple[str, str]) -> None:
    """'the next morning', 'that night': the day told before, and its part."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert (mentions[-1].text, mentions[-1].value) == expected


def test_that_before_a_noun_is_no_part_of_the_day() -> None:
    """'a sign that morning sickness...': 'that' opens a clause, no day is told."""
    assert find_dates("It is a sign that morning sickness is over.", lang="en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're there to stay for a fairly lengthy period.", [("a fairly lengthy period", "PXX")]),
        ("They will live without it for a while.", [("a while", "PXX")]),
        ("The troops could be there for some time.", [("some time", "PXX")]),
        ("It took some time to agree.", []),  # no "for": the time it took, no span told
        ("It will close some time next year.", [("next year", "2027")]),
    ],
)
def test_a_vague_span_after_for(text: str, expected: list[tuple[str, str]]) -> None:
    """'for a while', 'for some time': a duration, how long unsaid (TimeBank's PXX)."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quello che per ora è solo un periodo.", [("ora", "PRESENT_REF")]),
        ("Per ora non ci sono notizie.", [("ora", "PRESENT_REF")]),
        ("Correva a 120 chilometri per ora.", []),
    ],
)
def test_italian_per_ora_is_for_now(text: str, expected: list[tuple[str, str]]) -> None:
    """'per ora' (for now) is PRESENT_REF, the preposition out as in 'for now'; a speed
    ('chilometri per ora', per hour) is none."""
    assert found_2026(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In questi giorni il governo discute.", "it", [("questi giorni", "PRESENT_REF")]),
        ("En estos días el gobierno discute.", "es", [("estos días", "PRESENT_REF")]),
        ("Nos dias de hoje o governo discute.", "pt", [("dias de hoje", "PRESENT_REF")]),
        ("In questi tre giorni il governo discute.", "it", [("tre giorni", "P3D")]),
    ],
)
def test_these_days_is_the_present(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """'in questi giorni', 'en estos días' as English 'these days': PRESENT_REF (a count of
    days after 'questi' stays a duration)."""
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("À l'heure actuelle, rien ne bouge.", "fr", [("l'heure actuelle", "PRESENT_REF")]),
        ("Er sprach am gestrigen Montag.", "de", [("gestrigen Montag", "2026-01-19")]),
        ("Die Sitzung am heutigen Dienstag.", "de", [("heutigen Dienstag", "2026-01-20")]),
        ("Er kommt am morgigen Mittwoch.", "de", [("morgigen Mittwoch", "2026-01-21")]),
        ("Die heutige Sitzung beginnt.", "de", []),
    ],
)
def test_the_days_of_the_paper_and_the_present(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """German papers date a weekday by the paper's day ('am gestrigen Montag', 'am heutigen
    Dienstag': the adjective inside); French 'à l'heure actuelle' is now."""
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began decades ago.", [("decades ago", "PAST_REF")]),
        ("He founded it years ago.", [("years ago", "PAST_REF")]),
        ("Prices rose in the last couple of months.", [("the last couple of months", "P2M")]),
        (
            "It opened in 1995. In the same year, it grew.",
            [("1995", "1995"), ("the same year", "1995")],
        ),
        (
            "It opened in 1995. That same year, it grew.",
            [("1995", "1995"), ("That same year", "1995")],
        ),
    ],
)
def test_bare_plurals_ago_and_the_same_unit(text: str, expected: list[tuple[str, str]]) -> None:
    """'decades ago' is some time back (as 'several years ago'); 'the same year' is the year
    told before (as 'that year')."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Jahr 1995 kam er. Im folgenden Jahr ging er.", ("folgenden Jahr", "1996")),
        (
            "Im März 1995 kam er. Im darauffolgenden Monat ging er.",
            ("darauffolgenden Monat", "1995-04"),
        ),
        (
            "Im Jahr 1995 kam er. Ende des vorangegangenen Jahres war er dort.",
            ("Ende des vorangegangenen Jahres", "1994"),
        ),
    ],
)
def test_german_following_and_preceding_count_from_the_date_told(
    text: str, expected: tuple[str, str]
) -> None:
    """'im folgenden Jahr', 'des vorangegangenen Jahres' count from the year told, as 'the
    following year' does (lexicon anaphoric_shifts)."""
    mentions = find_dates(text, reference=date(1998, 2, 27), lang="de")
    assert (mentions[-1].text, mentions[-1].value) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En 1995 llegó. Al siguiente año se fue.", "es", ("siguiente año", "1996")),
        ("Em 1995 chegou. No seguinte ano partiu.", "pt", ("seguinte ano", "1996")),
        ("Nel 1995 arrivò. Il successivo anno partì.", "it", ("Il successivo anno", "1996")),
        (
            "Discutamos el trabajo para el siguiente trimestre.",
            "es",
            ("el siguiente trimestre", "1998-Q2"),
        ),
    ],
)
def test_following_before_the_unit_counts_from_the_date_told(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'al siguiente año', 'no seguinte ano', 'il successivo anno': the word order before
    the noun reads as after it ('el año siguiente')."""
    mentions = find_dates(text, reference=date(1998, 2, 27), lang=lang)
    assert (mentions[-1].text, mentions[-1].value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El 3 de marzo de 1990 nació. Ese año ganó el mundial.", ("Ese año", "1990")),
        ("En 1990 se casó. Aquel año fue feliz.", ("Aquel año", "1990")),
        ("En junio de 2010 llegó. Ese mismo mes encontró trabajo.", ("Ese mismo mes", "2010-06")),
        ("En 2010 llegó a Madrid y el mismo año encontró trabajo.", ("el mismo año", "2010")),
        ("Llegó el 3 de marzo de 1990. Esa semana llovió.", ("Esa semana", "1990-W09")),
        ("Llegó el 3 de marzo de 1990. Aquella noche durmió.", ("Aquella noche", "1990-03-03TNI")),
        ("Llegó el 3 de marzo de 1990. Aquel día llovió.", ("Aquel día", "1990-03-03")),
    ],
)
def test_spanish_that_year_and_that_night(text: str, expected: tuple[str, str]) -> None:
    """'ese año', 'aquel año', 'ese mismo mes', 'aquella noche' are of the date told
    before, as 'that year' and 'that night' are."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="es")
    assert [(m.text, m.value) for m in mentions][-1] == expected


def test_spanish_demonstratives_before_plurals_are_no_dates() -> None:
    """'esas semanas', 'ese tipo de años': no unit of a date told."""
    assert find_dates("Esas semanas fueron duras, ese tipo de años.", lang="es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Se reunieron hace un par de semanas.", ("hace un par de semanas", "DATE", "2026-W01")),
        ("Se quedó un par de meses.", ("un par de meses", "DURATION", "P2M")),
        ("Un par de días después.", ("Un par de días después", "DATE", "2026-01-16")),
        ("Se reunieron hace unos cuantos años.", ("hace unos cuantos años", "DATE", "PAST_REF")),
    ],
)
def test_spanish_a_couple_of_counts_two(text: str, expected: tuple[str, str, str]) -> None:
    """'un par de semanas' is two weeks, as TimeBank's 'a couple of years' (P2Y); 'unos
    cuantos años' stays vague (told on Wednesday 14 January 2026)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="es")
    assert (mention.text, mention.type.value, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoy en día todo es digital.", ("Hoy en día", "DATE", "PRESENT_REF")),
        ("Las cosas hoy día son distintas.", ("hoy día", "DATE", "PRESENT_REF")),
        ("Hoy por hoy no hay acuerdo.", ("Hoy por hoy", "DATE", "PRESENT_REF")),
        ("Hoy se reúne el consejo.", ("Hoy", "DATE", "2026-01-14")),
        ("A día de hoy no hay acuerdo.", ("día de hoy", "DATE", "2026-01-14")),
        ("En el día de hoy se reúne el consejo.", ("el día de hoy", "DATE", "2026-01-14")),
        ("Lo lee a diario.", ("a diario", "SET", "P1D")),
        (
            "El Domingo de Resurrección será festivo.",
            ("Domingo de Resurrección", "DATE", "2026-04-05"),
        ),
    ],
)
def test_spanish_nowadays_today_and_daily(text: str, expected: tuple[str, str, str]) -> None:
    """'hoy en día', 'hoy por hoy' are nowadays (the day word 'hoy' took them: today, twice
    for 'hoy por hoy'); 'a día de hoy' is today, 'a diario' daily."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="es")
    assert (mention.text, mention.type.value, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("durante un lustro", ("un lustro", "DURATION", "P5Y")),
        ("en los últimos dos lustros", ("los últimos dos lustros", "DURATION", "P10Y")),
        ("hace un lustro", ("hace un lustro", "DATE", "2021")),
        ("Se quedó una quincena.", ("una quincena", "DURATION", "P15D")),
        ("En lo que llevamos de año.", ("lo que llevamos de año", "DATE", "2026")),
    ],
)
def test_spanish_lustrum_fortnight_and_so_far_this_year(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'un lustro' is five years, 'una quincena' fifteen days (units with a factor, as
    'fortnight'); 'lo que llevamos de año' is the year to date, as 'lo que va de año'."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="es")
    assert (mention.text, mention.type.value, mention.value) == expected


def test_the_units_after_next_are_ahead() -> None:
    """'the months after next' (a shift of two) is FUTURE_REF; it raised IndexError."""
    (months, *_) = find_dates("the months after next", reference=date(2024, 2, 29), lang="en")
    assert (months.text, months.value) == ("the months after next", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Pilgrims head to Mount Arafat at dawn Friday.", "dawn Friday"),
        ("The raid began early morning Friday.", "early morning Friday"),
        ("The raid began Friday dawn, police said.", "Friday dawn"),
        ("The raid began Friday morning.", "Friday morning"),
    ],
)
def test_dawn_with_a_weekday_is_that_mornings_time(text: str, extent: str) -> None:
    """'dawn Friday' is one TIME, the morning of that Friday (as 'Friday morning')."""
    found = find_dates(text, reference=date(2006, 12, 10), lang="en")
    assert [(m.text, m.type.value, m.value) for m in found] == [(extent, "TIME", "2006-12-08TMO")]


def test_dawn_alone_or_a_plural_weekday_takes_no_part() -> None:
    """'at dawn' alone is no date; 'Friday dawns' leaves the plural out."""
    assert find_dates("They arrived at dawn.", reference=date(2006, 12, 10), lang="en") == []
    found = find_dates("Friday dawns are cold.", reference=date(2006, 12, 10), lang="en")
    assert [m.text for m in found] == ["Friday"]
