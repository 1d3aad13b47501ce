"""find_dates(): golden cases per language, false alarms, resolution, bad input, laws."""

# ruff: noqa: RUF001, RUF002 - sentences in Cyrillic, Greek and Turkish have letters that look Latin

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Precision, Resolution, TimexType, find_dates
from timeline.errors import InvalidValueError
from timeline.temporal.tagger import language_of

DATA = Path(__file__).parent / "data"
LANGS = ("en", "fr", "es", "de", "it", "pt")


def _golden() -> list[tuple[str, dict[str, object]]]:
    rows = []
    for lang in LANGS:
        for line in (DATA / lang / "temporal.jsonl").read_text(encoding="utf-8").splitlines():
            rows.append((lang, json.loads(line)))
    return rows


def _summary(text: str, reference: date | None, lang: str | None) -> list[dict[str, object]]:
    return [
        {
            "text": m.text,
            "type": m.type.value,
            "value": m.value,
            "span": m.span.edtf if m.span else None,
            "resolution": m.resolution.value,
            "mod": m.mod,
        }
        for m in find_dates(text, reference=reference, lang=lang)
    ]


@pytest.mark.parametrize(("lang", "case"), _golden(), ids=lambda v: str(v)[:40])
def test_golden_cases(lang: str, case: dict[str, object]) -> None:
    """Each golden sentence gives exactly the expected mentions (text, type, value, span)."""
    reference = date.fromisoformat(str(case["reference"]))
    assert _summary(str(case["text"]), reference, lang) == case["expected"]


def _recognizers() -> list[dict[str, object]]:
    rows = []
    for lang in ("en", "fr", "es"):
        path = DATA / "recognizers" / f"cases_{lang}.jsonl"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return rows


@pytest.mark.parametrize("case", _recognizers(), ids=lambda c: str(c["id"]))
def test_recognizers_cases(case: dict[str, object]) -> None:
    """Copied Recognizers-Text cases (MIT): same spans and TIMEX3 values."""
    reference = date.fromisoformat(str(case["reference"])[:10])
    found = find_dates(str(case["text"]), reference=reference, lang=str(case["lang"]))
    expected = case["expected"]
    assert isinstance(expected, list)
    assert [(m.text, m.value) for m in found] == [(e["text"], e["value"]) for e in expected]


def test_seed_first_date_and_no_false_alarms(seed_text: str) -> None:
    """The seed's 'Le 14 janvier 2026' is found; 'des', 'sa', 'mars' are not dates."""
    mentions = find_dates(seed_text)
    first = mentions[0]
    assert (first.text, first.value, first.resolution) == (
        "14 janvier 2026",
        "2026-01-14",
        Resolution.ABSOLUTE,
    )
    texts = {m.text.lower() for m in mentions}
    assert not texts & {"des", "sa", "mars", "mai"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des informations sur sa capacité et sur la planète Mars.", "fr"),
        ("He may go, and they march on.", "en"),
        ("Some 2,000 soldiers; Resolution 2231; up 12%; call +33 6 12 34 56 78.", "en"),
        ("Version 3.10.2 costs $2019.", "en"),
        ("Is this a valid date? 32 - 2015", "en"),
        ("¿Es esta una fecha válida? 32 - 2015", "es"),
        ("Le 31 février 2026 n'existe pas.", "fr"),
        ("El sol brilla y Mayo Clinic abrió.", "es"),
        ("Na segunda vez, ficou na quinta posição.", "pt"),
        ("Guten Morgen! Einen schönen Morgen noch.", "de"),
        ("The Sunday Telegraph quoted USA Today.", "en"),
        ("nowhere to go, it has been a long fall.", "en"),
        # titles: a unit or time word capitalised inside an English expression
        ('Baker said on ABC\'s "This Week" that he would go.', "en"),
        ("Gonzalez said on CBS's ''60 Minutes'' that he would stay.", "en"),
        ("A poster of Gary Cooper in ``High Noon'' and the Five Year Plan.", "en"),
        ("Bush has been criticised in some quarters, and praised from all quarters.", "en"),
    ],
)
def test_ordinary_words_are_not_dates(text: str, lang: str) -> None:
    """Modal verbs, planets, possessives, counts, names and impossible days are not dates."""
    assert find_dates(text, reference=date(2026, 1, 20), lang=lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinic violence will be a theme until Election Day.", ("Election Day", "1998-11-03")),
        ("Rights to buy at the then current market price.", ("then current", "PAST_REF")),
        (
            "We saw it in the winter of nineteen ninety-four.",
            ("the winter of nineteen ninety-four", "1994-WI"),
        ),
    ],
)
def test_named_days_past_references_and_seasons_of_years_in_words(
    text: str, expected: tuple[str, str]
) -> None:
    (mention,) = find_dates(text, reference=date(1998, 10, 26), lang="en")
    assert (mention.text, mention.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today's" before a people or the world: nowadays, no day
        ("The case is for today's youth what the blockade was.", []),
        ("It matters in today's world.", []),
        ("Today's meeting was long.", [("Today", "1998-10-26")]),
        # a year before an event noun is a date; before a count, not
        ("In his unsuccessful 1996 campaign he lost.", [("1996", "1996")]),
        ("Some 2000 soldiers crossed.", []),
    ],
)
def test_nowadays_and_years_of_events(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, reference=date(1998, 10, 26), lang="en")
    assert [(m.text, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The March accession will make them members.", "1999-03"),
        ("They called for a boycott of the May elections.", "1999-05"),
    ],
)
def test_a_capitalised_march_or_may_after_the_is_a_month(text: str, value: str) -> None:
    """After 'the', 'March' and 'May' name the month of an event (the verbs are lower case:
    'they march on' stays out)."""
    (mention,) = find_dates(text, reference=date(1999, 2, 10), lang="en")
    assert mention.value == value


def test_a_season_of_something_else_is_no_date() -> None:
    assert find_dates("the winter of discontent", reference=date(1998, 10, 26), lang="en") == []


def test_titled_units_leave_lower_case_and_capitals_alone() -> None:
    """A unit capitalised at the start of a sentence, or all in capitals, is still a date."""
    found = find_dates(
        "This week he went. THIS WEEK he goes. Noon passed.", reference=date(2026, 1, 20), lang="en"
    )
    assert [m.value for m in found] == ["2026-W04", "2026-W04", "2026-01-20T12:00"]


def test_numeric_order_follows_the_language() -> None:
    """03/04/2026 is 3 April in French and March 4 in English."""
    assert find_dates("le 03/04/2026", lang="fr")[0].value == "2026-04-03"
    assert find_dates("on 03/04/2026", lang="en")[0].value == "2026-03-04"


def test_without_reference_the_first_full_date_stands_in() -> None:
    """Relative dates resolve from the first explicit date, marked inferred."""
    text = "Le 14 janvier 2026, l'armée est entrée. Le lendemain, elle est repartie. Hier aussi."
    mentions = find_dates(text)
    assert [(m.value, m.resolution) for m in mentions] == [
        ("2026-01-14", Resolution.ABSOLUTE),
        ("2026-01-15", Resolution.ANAPHORIC),
        ("2026-01-13", Resolution.INFERRED),
    ]


def test_without_any_date_relatives_keep_placeholders() -> None:
    """No reference and no explicit date: X placeholders, no span, unresolved."""
    mentions = find_dates("Yesterday and on March 14 and next week.", lang="en")
    assert [(m.value, m.span, m.resolution) for m in mentions] == [
        ("XXXX-XX-XX", None, Resolution.UNRESOLVED),
        ("XXXX-03-14", None, Resolution.UNRESOLVED),
        ("XXXX-WXX", None, Resolution.UNRESOLVED),
    ]


def test_time_zone_gives_an_aware_moment() -> None:
    """'16:45 UTC' and 'heure de Caracas' carry their offset on the span."""
    (utc,) = find_dates("at 16:45 UTC", reference=date(2026, 1, 14), lang="en")
    assert utc.span is not None
    assert utc.span.start_time == datetime.fromisoformat("2026-01-14T16:45:00+00:00")
    (caracas,) = find_dates("à 14 h (heure de Caracas)", reference=date(2026, 1, 14), lang="fr")
    assert caracas.span is not None
    assert caracas.span.start_time is not None
    assert caracas.span.start_time.utcoffset() is not None
    assert caracas.span.start_time.isoformat() == "2026-01-14T14:00:00-04:00"


def test_open_ranges_and_parts() -> None:
    """'since 2019' is open at the end; 'early January' is an approximate part."""
    since, early = find_dates("since 2019 and early January", reference=date(2026, 1, 20))
    assert since.span is not None
    assert (since.span.start, since.span.end, since.mod) == (date(2019, 1, 1), None, "ON_OR_AFTER")
    assert early.span is not None
    assert (early.mod, early.span.approximate, early.span.end) == ("START", True, date(2026, 1, 10))


def test_types_of_durations_and_sets() -> None:
    """'three days' is a DURATION, 'every week' a SET; neither has a span."""
    duration, every = find_dates("for three days, every week", lang="en")
    assert (duration.type, duration.value, duration.span) == (TimexType.DURATION, "P3D", None)
    assert (every.type, every.value, every.span) == (TimexType.SET, "P1W", None)


def test_language_is_detected_when_not_given() -> None:
    """lang=None reads the language from the text."""
    (mention,) = find_dates("La réunion a eu lieu le 1er mars 2026 à Paris, dit-on.")
    assert (mention.lang, mention.value) == ("fr", "2026-03-01")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("A reunión foi o 14 de xaneiro de 2026.", "gl", "2026-01-14"),  # "de" between
        ("La reunió va ser el 14 de gener de 2026.", "ca", "2026-01-14"),
        ("Họp vào tháng 1 năm 2026.", "vi", "2026-01"),  # the word for year between
    ],
)
def test_other_languages_link_day_month_and_year(text: str, lang: str, value: str) -> None:
    """The links of Romance languages and each language's word for year (dateparser's)."""
    (mention,) = find_dates(text, lang=lang)
    assert mention.value == value


def test_digits_of_other_scripts_are_read_and_kept_in_the_text() -> None:
    """Arabic-Indic digits are read as 0-9; the mention keeps the text as written."""
    text = "عقد الاجتماع في ١٤ يناير ٢٠٢٦"
    (mention,) = find_dates(text, lang="ar")
    assert (mention.value, mention.text) == ("2026-01-14", text[mention.start : mention.end])
    assert mention.text == "١٤ يناير ٢٠٢٦"


def test_other_languages_get_explicit_dates() -> None:
    """Month names of languages outside the six come from dateparser's data."""
    (mention,) = find_dates("Встреча состоится 14 января 2026 года.", lang="ru")
    assert mention.value == "2026-01-14"
    assert mention.span is not None
    assert mention.span.precision is Precision.DAY


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "Встреча состоялась 14 января 2026 года в Москве, и это было важно.",
            "ru",
            "14 января 2026 года",
        ),
        (
            "De top vond plaats op 14 januari 2026 in Den Haag, maar het was niet eenvoudig.",
            "nl",
            "14 januari 2026",
        ),
        (
            "Spotkanie odbyło się 14 stycznia 2026 r. w Warszawie, ale nie było łatwe.",
            "pl",
            "14 stycznia 2026 r.",
        ),
        ("Toplantı 14 Ocak 2026 tarihinde yapıldı ve bu çok önemliydi.", "tr", "14 Ocak 2026"),
        ("Η συνάντηση έγινε στις 14 Ιανουαρίου 2026 στην Αθήνα.", "el", "14 Ιανουαρίου 2026"),
        ("اجتمع الوزراء في 14 يناير 2026 في القاهرة من أجل السلام.", "ar", "14 يناير 2026"),
        ("اجتمع الوزراء في ١٤ يناير ٢٠٢٦ في القاهرة من أجل السلام.", "ar", "١٤ يناير ٢٠٢٦"),
        ("جلسه در ۱۴ ژانویه ۲۰۲۶ برگزار شد و وزیران در آن بودند.", "fa", "۱۴ ژانویه ۲۰۲۶"),
        (
            "Cuộc họp diễn ra vào ngày 14 tháng 1 năm 2026 tại Hà Nội và các đại biểu đã họp.",
            "vi",
            "14 tháng 1 năm 2026",
        ),
    ],
)
def test_other_languages_are_detected_when_lang_is_none(text: str, lang: str, found: str) -> None:
    """lang=None knows the other languages too (detect_any): their explicit dates are found."""
    (mention,) = find_dates(text)
    assert (mention.lang, mention.text, mention.value) == (lang, found, "2026-01-14")


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("A kormány 2026. március 3-án döntött a javaslatról.", "hu", "2026. március 3-án"),
        ("Seimas nutarimą priėmė 2026 m. kovo 3 d. vakare.", "lt", "2026 m. kovo 3"),
        ("Saeima to pieņēma 2026. gada 3. martā, un tas ir spēkā.", "lv", "2026. gada 3. martā"),
        ("Riigikogu võttis seaduse vastu 3. märtsil 2026 ja see jõustus.", "et", "3. märtsil 2026"),
        ("Vlada je zakon sprejela 3. marca 2026, ker so ga tudi podprli.", "sl", "3. marca 2026"),
        (
            "Влада је закон усвојила 3. марта 2026. године у Београду.",
            "sr",
            "3. марта 2026. године",
        ),
        ("პარლამენტმა კანონი 2026 წლის 3 მარტს მიიღო.", "ka", "2026 წლის 3 მარტს"),
        ("Խորհրդարանը օրենքն ընդունեց 2026 թվականի մարտի 3-ին։", "hy", "2026 թվականի մարտի 3-ին"),
        ("Заң 2026 жылғы 3 наурызда және бұл күні қабылданды.", "kk", "2026 жылғы 3 наурызда"),
        ("รัฐสภาผ่านกฎหมายเมื่อวันที่ 3 มีนาคม 2569", "th", "3 มีนาคม 2569"),
        ("সংসদ ৩ মার্চ ২০২৬ তারিখে আইনটি পাস করে।", "bn", "৩ মার্চ ২০২৬"),
        ("நாடாளுமன்றம் 3 மார்ச் 2026 அன்று சட்டத்தை நிறைவேற்றியது.", "ta", "3 மார்ச் 2026"),
    ],
)
def test_year_first_dates_month_cases_and_eras_of_other_languages(
    text: str, lang: str, found: str
) -> None:
    """The year first with its noun ("2026 m.", "2026. gada"), months in the case dates put
    them in (locative, genitive, dative), the Thai Buddhist era (2569 is 2026), the digits and
    script of the text: the language is detected and the date read."""
    (mention,) = find_dates(text)
    assert (mention.lang, mention.text, mention.value) == (lang, found, "2026-03-03")


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("وقعت الهدنة في 3 آذار/مارس 2026 في دمشق.", "3 آذار/مارس 2026", "2026-03-03"),
        ("وقعت الهدنة في 3 مارس/آذار 2026 في دمشق.", "3 مارس/آذار 2026", "2026-03-03"),
        ("انتهت المفاوضات في 30 تشرين الثاني 2025 في بيروت.", "30 تشرين الثاني 2025", "2025-11-30"),
        ("تم الاتفاق في 5 جويلية 2026 بالجزائر.", "5 جويلية 2026", "2026-07-05"),
    ],
)
def test_arabic_months_of_the_levant_and_the_maghreb(text: str, found: str, value: str) -> None:
    """Arabic news names months the Levant's way ("آذار"), the Maghreb's ("جويلية") or in
    both calendars with a slash ("آذار/مارس"): one date."""
    (mention,) = find_dates(text)
    assert (mention.lang, mention.text, mention.value) == ("ar", found, value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A 2026. évi költségvetés 14 milliárd forint hiányt tervez.", "hu"),
        ("Termiņš bija 2026. gada 31. februārī.", "lv"),
        ("ภาษีปี 2569 เพิ่มขึ้น 14 เปอร์เซ็นต์", "th"),
    ],
)
def test_year_first_numbers_that_are_no_date(text: str, lang: str) -> None:
    """A year and a number that are no day of a month, or no such day, are no date."""
    assert [m.text for m in find_dates(text, lang=lang) if len(m.text) > 4] == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("外交部发言人2026年1月14日在例行记者会上表示，中方欢迎这一决定。", "zh", "2026年1月14日"),
        ("外交部發言人2026年1月14日在例行記者會上表示，中方歡迎這一決定。", "zh", "2026年1月14日"),
        ("政府は2026年1月14日、新たな経済対策を発表した。", "ja", "2026年1月14日"),
        ("정부는 2026년 1월 14일 새로운 경제 대책을 발표했다.", "ko", "2026년 1월 14일"),
    ],
)
def test_chinese_japanese_and_korean_are_read_when_lang_is_none(
    text: str, lang: str, found: str
) -> None:
    """lang=None: their script names the language, and the unspaced-script reader reads it."""
    (mention,) = find_dates(text)
    assert (mention.lang, mention.text, mention.value) == (lang, found, "2026-01-14")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-TW", "2026年1月14日"),
        ("zh_Hant", "2026年1月14日"),
        ("zh-Hans", "2026年1月14日"),
        ("ZH", "2026年1月14日"),
        ("ja-JP", "2026年1月14日"),
        ("ko_KR", "2026년 1월 14일"),
    ],
)
def test_regional_codes_of_chinese_japanese_and_korean_use_their_reader(
    lang: str, text: str
) -> None:
    assert [m.value for m in find_dates(text, lang=lang)] == ["2026-01-14"]


def test_a_short_text_in_chinese_characters_is_read_as_chinese() -> None:
    """Too short for detect_any ('2026年': one letter), yet no Latin text either."""
    assert [m.value for m in find_dates("2026年")] == ["2026"]


def test_a_month_name_alone_is_no_date_in_the_other_languages() -> None:
    """Turkish 'aralık' is December and 'interval': without a day or year it is left alone."""
    assert find_dates("Bu aralıkta fiyatlar yükseldi ve bu çok önemliydi.") == []


def test_unknown_language_still_finds_iso_dates() -> None:
    """An unknown language code never crashes; ISO dates are still found."""
    assert [m.value for m in find_dates("x 2026-01-14 y", lang="zz")] == ["2026-01-14"]
    assert find_dates("whatever", lang="not a language") == []


@pytest.mark.parametrize("value", [b"2026-01-14", 20260114, None])
def test_non_text_is_a_type_error(value: object) -> None:
    """Bytes and other types are refused with a message that says to decode."""
    with pytest.raises(TypeError, match="decode"):
        find_dates(value)  # type: ignore[arg-type]


def test_an_iso_string_reference_is_read_as_a_date_or_a_clock() -> None:
    """A reference given as an ISO string places as the date or datetime it names."""
    text = "They met yesterday and will talk again in 5 minutes."
    by_string = find_dates(text, reference="2016-11-07T16:12", lang="en")
    by_clock = find_dates(text, reference=datetime(2016, 11, 7, 16, 12), lang="en")
    assert [(m.text, m.value) for m in by_string] == [(m.text, m.value) for m in by_clock]
    by_day = find_dates("They met yesterday.", reference="2016-11-07", lang="en")
    assert [m.value for m in by_day] == ["2016-11-06"]


def test_a_bad_reference_says_what_to_give() -> None:
    """A reference that is not a date is refused with the field and the fix."""
    with pytest.raises(InvalidValueError, match="ISO date") as caught:
        find_dates("yesterday", reference="last Tuesday", lang="en")
    assert caught.value.field == "reference"
    with pytest.raises(TypeError, match="date, datetime or ISO string"):
        find_dates("yesterday", reference=20161107, lang="en")  # type: ignore[arg-type]


def test_long_text_without_newlines() -> None:
    """A long single-line text is scanned without trouble, offsets stay exact."""
    text = "On 14 January 2026 talks began. " * 3000
    mentions = find_dates(text, lang="en")
    assert len(mentions) == 3000
    assert all(text[m.start : m.end] == m.text for m in mentions)


@given(st.text(max_size=300), st.sampled_from([None, *LANGS, "ru", "xx"]))
def test_never_raises_and_offsets_are_exact(text: str, lang: str | None) -> None:
    """Any string: no exception, and every mention is exactly text[start:end]."""
    for mention in find_dates(text, reference=date(2026, 1, 20), lang=lang):
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


_DATEISH = st.lists(
    st.sampled_from(
        [
            "14 janvier 2026",
            "hier",
            "le lendemain",
            "mars",
            "since 2019",
            "3 p.m.",
            "2026-01-14",
            "la semana pasada",
            "vor drei Jahren",
            " ",
            ", ",
            "\x00",
            "é",
            "31/02/2026",
            "mid-",
            "every week",
            "Mayo",
            "1990s",
            "Q3",
            "12%",
            "-",
            "du 1er au",
        ]
    ),
    max_size=12,
).map("".join)


@given(_DATEISH, st.sampled_from([None, *LANGS]))
def test_date_like_noise_never_raises(text: str, lang: str | None) -> None:
    """Fragments of dates glued together never raise and keep exact offsets."""
    for mention in find_dates(text, lang=lang):
        assert text[mention.start : mention.end] == mention.text


def test_docs_example_runs() -> None:
    """The example at the top of docs/temporal.md gives what it shows."""
    import doctest

    page = Path(__file__).resolve().parent.parent / "docs" / "temporal.md"
    result = doctest.testfile(str(page), module_relative=False, verbose=False)
    assert (result.attempted, result.failed) == (3, 0)


def test_a_year_earlier_keeps_the_period_named_before() -> None:
    """'a year earlier' after a quarter is that quarter a year before (anaphoric)."""
    text = "Profit rose in the third quarter of 2025 from a loss a year earlier."
    quarter, earlier = find_dates(text, reference=date(2025, 10, 30), lang="en")
    assert (quarter.value, earlier.value, earlier.resolution) == (
        "2025-Q3",
        "2024-Q3",
        Resolution.ANAPHORIC,
    )


def test_the_quarter_of_a_report_is_the_last_completed_one() -> None:
    """Results come after a quarter ends: 'the quarter' in October is the third."""
    (mention,) = find_dates("Sales fell 3% in the quarter.", reference=date(2025, 10, 30))
    assert mention.value == "2025-Q3"


def test_a_history_without_document_date_places_yearless_days_in_its_year() -> None:
    """No reference: '4 July' after '1861' is 4 July 1861 (anaphoric), not a guess."""
    text = "The war began in April 1861. On 4 July, Congress met."
    april, july = find_dates(text, lang="en")
    assert (april.value, july.value, july.resolution) == (
        "1861-04",
        "1861-07-04",
        Resolution.ANAPHORIC,
    )


def test_news_with_a_document_date_keeps_yearless_days_near_it() -> None:
    """With a reference, 'since 1959 ... on Feb. 10' is next February, not 1959's."""
    text = "Relations froze in 1959. Talks resume on Feb. 10, officials will say."
    mentions = find_dates(text, reference=date(2000, 1, 7), lang="en")
    assert [m.value for m in mentions] == ["1959", "2000-02-10"]


HISTORY = (
    "Verlauf\n1861\nDer Krieg begann im April 1861. Am 4. Juli trat der Kongress zusammen. "
    "Im Herbst rückte die Armee vor, und Ende des Jahres stand sie vor Richmond.\n1862\n"
    "Am 8. März siegte die Flotte. Das Fort ist heute ein Museum."
)


def test_a_history_places_its_yearless_dates_in_the_year_told() -> None:
    """A text that names only years long before its document date and never its own week
    tells a history: '4. Juli', 'Herbst', 'Ende des Jahres' are of the year told (the
    heading '1862' too); 'heute' is the writer's present (PRESENT_REF), as WikiWars tags it."""
    mentions = find_dates(HISTORY, reference=date(2011, 2, 16), lang="de")
    assert [(m.text, m.value) for m in mentions] == [
        ("1861", "1861"),
        ("April 1861", "1861-04"),
        ("4. Juli", "1861-07-04"),
        ("Herbst", "1861-FA"),
        ("Ende des Jahres", "1861"),
        ("1862", "1862"),
        ("8. März", "1862-03-08"),
        ("heute", "PRESENT_REF"),
    ]


def test_a_history_counts_nach_drei_tagen_from_the_day_told() -> None:
    """In a history, 'nach drei Tagen' is three days after the day told (WikiWars), and a
    count after an open range of a month starts in that month ('bis Mitte Juni ... nach
    zwei Monaten': August); 'nach drei Tagen Haft' counts the custody, news stays a count."""
    text = HISTORY.replace(
        "Am 4. Juli trat der Kongress zusammen.",
        "Am 4. Juli trat der Kongress zusammen. Lee ging nach drei Tagen. Er kam nach drei "
        "Tagen Haft frei. Sie blieben bis Mitte Juni. Er kam nach zwei Monaten an.",
    )
    found = {m.text: m.value for m in find_dates(text, reference=date(2011, 2, 16), lang="de")}
    assert found["nach drei Tagen"] == "1861-07-07"
    assert found["drei Tagen"] == "P3D"
    assert found["nach zwei Monaten"] == "1861-08"
    news = find_dates("Er kam am Montag an und ging nach drei Tagen.", lang="de")
    assert [m.text for m in news] == ["Montag", "drei Tagen"]


def test_a_history_places_the_future_of_its_story_after_the_day_told() -> None:
    """'am 17. Juli ... eine Erklärung, die am 1. Januar in Kraft treten sollte': the next
    1 January (was to, the story's future); in news 'sollte' stays unmarked."""
    text = HISTORY.replace(
        "Am 8. März siegte die Flotte.",
        "Am 17. Juli tagte der Kongress. Er verkündete eine Erklärung, die am 1. Januar in "
        "Kraft treten sollte. Im Dezember fiel Schnee.",
    )
    found = [(m.text, m.value) for m in find_dates(text, reference=date(2011, 2, 16), lang="de")]
    assert found[-4:-1] == [
        ("17. Juli", "1862-07-17"),
        ("1. Januar", "1863-01-01"),
        ("Dezember", "1862-12"),
    ]
    news = find_dates(
        "Die Wahl sollte am 3. März stattfinden.", reference=date(2011, 5, 16), lang="de"
    )
    assert [m.value for m in news] == ["2011-03-03"]


def test_years_told_in_passing_do_not_make_news_a_history() -> None:
    """Old years in parentheses ('Kilwa Kisiwani Fortress (1503)') date things in passing:
    a report naming one or two more is news, its 'July' near the document date; the
    same years told in the sentences themselves make a history."""
    text = (
        "The fortress dates back to the year 1503. The team modelled the Great Mosque, "
        "dated about 1200 AD, and Kilwa Kisiwani Fortress (1503). The committee met in "
        "July in Durban."
    )
    found = {m.text: m.value for m in find_dates(text, reference=date(2005, 11, 13), lang="en")}
    assert found["July"] == "2005-07"
    told = text.replace("Fortress (1503)", "Fortress in 1503")
    found = {m.text: m.value for m in find_dates(told, reference=date(2005, 11, 13), lang="en")}
    assert found["July"] == "1503-07"


def test_a_story_of_its_own_week_is_news_even_with_old_years() -> None:
    """'am Dienstag' makes it news: yearless dates stay near the document date."""
    text = HISTORY.replace("Das Fort ist heute", "Am Dienstag wurde das Fort")
    mentions = find_dates(text, reference=date(2011, 2, 16), lang="de")
    assert {m.text: m.value for m in mentions}["4. Juli"] == "2010-07-04"


def test_a_year_alone_on_its_line_is_a_heading_not_a_number_in_a_sentence() -> None:
    assert [m.value for m in find_dates("Seekrieg\n1862\nDer Norden", lang="de")] == ["1862"]
    assert find_dates("Room 1862 is free.\nGuests 1940 arrived", lang="en") == []


def test_results_compare_with_the_quarter_a_year_before() -> None:
    """In results, 'a year ago' and a second 'a year earlier' are last year's quarter."""
    text = (
        "Profit rose in the third quarter of 2025 from a loss a year ago. "
        "Sales grew 5% from a year earlier, and costs fell from a year earlier."
    )
    mentions = find_dates(text, reference=date(2025, 10, 30), lang="en")
    assert [m.value for m in mentions] == ["2025-Q3", "2024-Q3", "2024-Q3", "2024-Q3"]


def test_a_year_ago_without_a_period_is_last_year() -> None:
    (mention,) = find_dates("A year ago the border closed.", reference=date(2025, 10, 30))
    assert mention.value == "2024"


def test_year_ago_adjectives_name_the_period_a_year_before() -> None:
    """'the year-ago quarter', 'year-earlier results': the period named, a year before."""
    text = (
        "Profit rose in the third quarter. In the year-ago quarter, it lost money; "
        "year-earlier results included a gain. A three-year-old plan and a year-long war."
    )
    mentions = find_dates(text, reference=date(1989, 10, 26), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("the third quarter", "1989-Q3"),
        ("the year-ago quarter", "1988-Q3"),
        ("year-earlier", "1988-Q3"),
        ("year-long", "P1Y"),  # the article is the noun's ("a ... war")
    ]
    (quarter,) = find_dates("the year-earlier third quarter", reference=date(1989, 10, 26))
    assert quarter.value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Over the weekend, talks failed.", date(1990, 8, 13), "1990-W32-WE"),
        ("Over the weekend, talks failed.", date(1990, 8, 18), "1990-W33-WE"),
        ("They will meet over the weekend.", date(1990, 8, 13), "1990-W33-WE"),
    ],
)
def test_the_weekend_is_the_last_one_unless_future(text: str, reference: date, value: str) -> None:
    (mention,) = find_dates(text, reference=reference, lang="en")
    assert mention.value == value


def test_months_and_quarters_of_a_named_year() -> None:
    """'June last year', "this year's third quarter", 'the 1988 second quarter'."""
    text = (
        "It began in February this year, after talks in June last year. Profit fell in "
        "this year's third quarter, last year's fourth quarter and the 1988 second quarter."
    )
    mentions = find_dates(text, reference=date(1998, 12, 3), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("February this year", "1998-02"),
        ("June last year", "1997-06"),
        ("this year's third quarter", "1998-Q3"),
        ("last year's fourth quarter", "1997-Q4"),
        ("the 1988 second quarter", "1988-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They said they would appeal the decision, announced Wednesday.", "2000-01-05"),
        ("The stock is to resume trading in Paris Wednesday.", "2000-01-12"),
    ],
)
def test_tense_is_read_in_the_clause_of_the_weekday(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2000, 1, 7), lang="en")
    assert mention.value == value


def test_the_year_ended_a_date_is_a_year_long() -> None:
    text = "Net income in the year ended June 30 rose. The year was good."
    mentions = find_dates(text, reference=date(1998, 12, 3), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("the year", "P1Y"),
        ("June 30", "1998-06-30"),
        ("The year", "1998"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices rose 43 percent in the year to March 1998.",
            [("the year", "P1Y"), ("March 1998", "1998-03")],
        ),
        (
            "Spending grew in the fiscal year to March 2007.",
            [("the fiscal year", "P1Y"), ("March 2007", "2007-03")],
        ),
        ("It will be hard in the year to come.", [("the year", "1998")]),  # no month after "to"
    ],
)
def test_the_year_to_a_month_is_a_year_long(text: str, expected: list[tuple[str, str]]) -> None:
    """'the year to March 1998': the twelve months up to it, not a range from this year."""
    mentions = find_dates(text, reference=date(1998, 12, 3), lang="en")
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mr. Smith will succeed Daniel P. Davison Feb. 1, the company said.", "1990-02-01"),
        ("Blasts hit next to the U.S. embassies on Friday.", "1989-10-20"),
        ("The deal is scheduled to close Monday.", "1989-10-30"),
    ],
)
def test_future_markers_in_the_clause(text: str, value: str) -> None:
    """An initial's full stop does not end the clause; 'next to' is no future marker."""
    (mention,) = find_dates(text, reference=date(1989, 10, 26), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Volveré en dos semanas.", "es", ("en dos semanas", "2026-02-03")),
        ("Voy a volver en 5 h.", "es", ("en 5 h", "2026-01-20")),
        ("El servicio funcionó durante 24 h.", "es", ("24 h", "PT24H")),
        ("Me iré en dos meses.", "es", ("en dos meses", "2026-03-20")),
        ("El índice cayó un 5% en dos semanas.", "es", ("dos semanas", "P2W")),
        ("Tornerò in 5 giorni.", "it", ("in 5 giorni", "2026-01-25")),
        ("L'indice è sceso del 5% in due settimane.", "it", ("due settimane", "P2W")),
        ("Voltarei em 2 semanas.", "pt", ("em 2 semanas", "2026-02-03")),
        ("O índice subiu 5% em duas semanas.", "pt", ("duas semanas", "P2W")),
    ],
)
def test_in_a_count_is_ahead_only_in_a_future_clause(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    """'en', 'in', 'em' have both senses, as English 'in': ahead after a future tense
    ('volveré', 'tornerò', 'voltarei', read by their endings), within elsewhere."""
    assert [
        (m.text, m.value) for m in find_dates(text, reference=date(2026, 1, 20), lang=lang)
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("El ministro llegará el viernes.", "es", "2026-01-23"),
        ("El ministro llegó el viernes.", "es", "2026-01-16"),
        ("Il ministro arriverà venerdì.", "it", "2026-01-23"),
    ],
)
def test_a_verb_in_the_future_tense_places_the_weekday_ahead(
    text: str, lang: str, value: str
) -> None:
    """A future ending ('llegará', 'arriverà') is a future marker, as 'will' in English."""
    (mention,) = find_dates(text, reference=date(2026, 1, 20), lang=lang)
    assert mention.value == value


def test_the_year_period_of_a_report_is_its_quarter() -> None:
    """'the 1988 period' after the quarter ended Sept. 30 is 1988's third quarter."""
    text = (
        "In the third quarter ended Sept. 30, profit rose, from a loss in the 1988 period. "
        "The 1990 period is next."
    )
    mentions = find_dates(text, reference=date(1989, 10, 26), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("the third quarter", "1989-Q3"),
        ("Sept. 30", "1989-09-30"),
        ("the 1988 period", "1988-Q3"),
        ("The 1990 period", "1990-Q3"),
    ]
    (alone,) = find_dates("In the 1990 period, sales fell.", reference=date(1989, 10, 26))
    assert alone.value == "1990"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Sales in week 31 and in week 2 of 2020.",
            "en",
            [("week 31", "2019-W31"), ("week 2 of 2020", "2020-W02")],
        ),
        ("Gebaut wird in KW 12.", "de", [("KW 12", "2019-W12")]),
        ("la semaine 12 de 2025", "fr", [("semaine 12 de 2025", "2025-W12")]),
        ("In week 3 of the strike, talks resumed.", "en", []),
        (
            "the first week of 2021, the second week of March",
            "en",
            [("the first week of 2021", "2021-W01"), ("the second week of March", "2019-W10")],
        ),
        ("la última semana de 2016", "es", [("la última semana de 2016", "2016-W52")]),
    ],
)
def test_weeks_by_number_and_rank(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    mentions = find_dates(text, reference=date(2019, 8, 12), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le vingt-trois mars, ils sont arrivés.", "fr", [("vingt-trois mars", "2019-03-23")]),
        ("le trente et un décembre 2019", "fr", [("trente et un décembre 2019", "2019-12-31")]),
        ("el veintitrés de enero de 2019", "es", [("veintitrés de enero de 2019", "2019-01-23")]),
        ("il ventitré aprile", "it", [("ventitré aprile", "2019-04-23")]),
        ("em vinte e três de abril", "pt", [("vinte e três de abril", "2019-04-23")]),
        ("am neunundzwanzigsten Mai", "de", [("neunundzwanzigsten Mai", "2019-05-29")]),
        ("les trois Mars de la saga", "fr", []),
    ],
)
def test_days_written_in_words(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    mentions = find_dates(text, reference=date(2019, 8, 12), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "mod"),
    [
        ("The law must pass before March 3.", "en", "../2019-03-02", "BEFORE"),
        ("After 1990, it grew.", "en", "1991-01-01/..", "AFTER"),
        ("avant le 3 mars", "fr", "../2019-03-02", "BEFORE"),
        ("nach dem 3. März", "de", "2019-03-04/..", "AFTER"),
        ("dopo il 3 marzo", "it", "2019-03-04/..", "AFTER"),
    ],
)
def test_before_and_after_are_open_ranges(text: str, lang: str, span: str, mod: str) -> None:
    (mention,) = find_dates(text, reference=date(2019, 8, 12), lang=lang)
    assert (str(mention.span), mention.mod) == (span, mod)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Partirò domani alle 3", "it", [("domani alle 3", "2019-08-13T03:00")]),
        # "meet" in the present: a schedule, the coming Friday
        ("They meet Friday at 9.", "en", [("Friday at 9", "2019-08-16T09:00")]),
        ("morgen um 8", "de", [("morgen um 8", "2019-08-13T08:00")]),
        ("amanhã às 10", "pt", [("amanhã às 10", "2019-08-13T10:00")]),
        ("They won Friday at 3-1.", "en", [("Friday", "2019-08-09")]),
        ("Rates stood at 5 on Friday at 5%.", "en", [("Friday", "2019-08-09")]),
    ],
)
def test_bare_hours_after_a_day(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    mentions = find_dates(text, reference=date(2019, 8, 12), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La réunion a lieu de 14 h à 16 h.", "fr", "de 14 h à 16 h"),
        ("Open from 9 a.m. to 5 p.m.", "en", "from 9 a.m. to 5 p.m."),
        ("von 14 Uhr bis 16 Uhr", "de", "von 14 Uhr bis 16 Uhr"),
    ],
)
def test_ranges_of_times_are_one_mention(text: str, lang: str, expected: str) -> None:
    (mention,) = find_dates(text, reference=date(2019, 8, 12), lang=lang)
    start, end = ("14:00", "16:00") if lang != "en" else ("09:00", "17:00")
    assert (mention.text, mention.type.value) == (expected, "TIME")
    assert mention.value == f"2019-08-12T{start}/2019-08-12T{end}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will leave in two weeks.", [("in two weeks", "DATE", "2018-07-19")]),
        ("Please schedule a call in 3 days", [("in 3 days", "DATE", "2018-07-08")]),
        ("in two weeks", [("in two weeks", "DATE", "2018-07-19")]),
        (
            "Will he be back in two days? or in a week?",
            [("in two days", "DATE", "2018-07-07"), ("in a week", "DATE", "2018-07-12")],
        ),
        ("The train leaves in half an hour.", [("in half an hour", "DATE", "2018-07-05")]),
        ("Polls close in two days.", [("in two days", "DATE", "2018-07-07")]),  # a plan
        ("It was the biggest gain in two weeks.", [("two weeks", "DURATION", "P2W")]),
        ("The index fell 5% in two weeks.", [("two weeks", "DURATION", "P2W")]),
        (
            "Taxes would be minimal in a quarter that lost money.",
            [("a quarter", "DURATION", "P1Q")],
        ),
        ("I will leave in two days from today", [("two days from today", "DATE", "2018-07-07")]),
        ("He will not take part in a second round of voting.", []),
        (
            "Next week they meet for the first time in three decades.",
            [("Next week", "DATE", "2018-W28"), ("three decades", "DURATION", "P30Y")],
        ),
        ("He scored 20 points, in 26 minutes.", [("26 minutes", "DURATION", "PT26M")]),
        ("It fell in four years ago.", [("four years ago", "DATE", "2014")]),
    ],
)
def test_in_a_span_is_a_future_date_only_when_the_clause_looks_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """English 'in two weeks' after 'will', in a request or alone is a date; else a duration."""
    mentions = find_dates(text, reference=date(2018, 7, 5), lang="en")
    assert [(m.text, m.type.value, m.value) for m in mentions] == expected


def test_a_datetime_reference_keeps_dates_as_dates() -> None:
    """The clock of a datetime reference changes nothing for day-level expressions."""
    text = "They met yesterday and will meet again next Friday."
    by_day = find_dates(text, reference=date(2016, 11, 7), lang="en")
    by_clock = find_dates(text, reference=datetime(2016, 11, 7, 16, 12), lang="en")
    assert [(m.text, m.value) for m in by_clock] == [(m.text, m.value) for m in by_day]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It will happen 3 days from Tuesday.", "2016-11-11"),
        ("It happened 3 days after Tuesday.", "2016-11-04"),
        ("We will meet two weeks after Christmas.", "2017-01-08"),
    ],
)
def test_counts_from_a_weekday_or_holiday_follow_the_clause_tense(text: str, value: str) -> None:
    """The day a count starts from is placed by tense, as the day alone would be."""
    (mention,) = find_dates(text, reference=date(2016, 11, 7), lang="en")
    assert mention.value == value


def test_results_over_several_months_compare_with_the_year_before() -> None:
    """'a year earlier' after 'the nine months' is last year, no more the quarter named."""
    text = (
        "Net rose in the third quarter from a year earlier. For the nine months, "
        "net was $5 million, up from $4 million a year earlier."
    )
    mentions = find_dates(text, reference=date(1989, 10, 26), lang="en")
    assert [(m.text, m.value) for m in mentions] == [
        ("the third quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
        ("the nine months", "P9M"),
        ("a year earlier", "1988"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Am folgenden Tag kam er.", "de", [("folgenden Tag", "2026-01-15")]),
        ("zu Beginn des Jahres 1862", "de", [("Beginn des Jahres 1862", "1862")]),
        ("Ele chegou na sexta-feira.", "pt", [("sexta-feira", "2026-01-09")]),
        ("vom 1. bis 5. März", "de", [("vom 1. bis 5. März", "2026-03-01/2026-03-05")]),
        ("Eu voltarei em 2 semanas", "pt", [("em 2 semanas", "2026-01-28")]),
    ],
)
def test_a_fused_preposition_stays_outside_the_extent(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'am', 'im', 'na' are a preposition with the article: outside the TIMEX3, as KRAUTS,
    WikiWars and TimeBankPT annotate; a range keeps its words, an offset its 'em' ('in')."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected
    assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montagabend griffen sie an.", [("Montagabend", "2026-01-12TEV")]),
        ("Dienstagmorgen", [("Dienstagmorgen", "2026-01-13TMO")]),
        ("am nächsten Freitagnachmittag", [("nächsten Freitagnachmittag", "2026-01-16TAF")]),
        ("bis zum Jahresende", [("Jahresende", "2026")]),
        ("zu Jahresbeginn stieg der Umsatz", [("Jahresbeginn", "2026")]),
        ("zur Jahresmitte 2025", [("Jahresmitte 2025", "2025")]),
        ("Der Montag war ruhig, die Abendsonne auch.", [("Montag", "2026-01-12")]),
        ("Monatsende 2025", []),
        ("Der Umsatz stieg im Vorjahr um 5 Prozent.", [("Vorjahr", "2025")]),
        ("in der zweiten Jahreshälfte 2025", [("zweiten Jahreshälfte 2025", "2025-H2")]),
        ("die Vorjahressieger", []),
    ],
)
def test_german_compounds_name_a_part_of_a_day_or_a_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'Montagabend' is Monday evening; 'Jahresende' the end of the year ('year-end');
    'Vorjahr' a year before the period named ('the year-ago period')."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="de")
    assert [(m.text, m.value) for m in mentions] == expected


def test_year_end_with_its_year_is_that_year_s_end() -> None:
    (mention,) = find_dates("Debt will fall by year-end 2025.", reference=date(2026, 1, 14))
    assert (mention.text, mention.value, mention.mod) == ("year-end 2025", "2025", "END")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ele falou esta manhã.", "pt", [("esta manhã", "2026-01-14TMO")]),
        ("A reunião é esta tarde.", "pt", [("esta tarde", "2026-01-14TAF")]),
        ("Ci vediamo stasera.", "it", [("stasera", "2026-01-14TEV")]),
        ("Es regnete heute Morgen.", "de", [("heute Morgen", "2026-01-14TMO")]),
        ("no início do ano", "pt", [("início do ano", "2026")]),
        ("no fim do mês", "pt", [("fim do mês", "2026-01")]),
        ("no fim da guerra", "pt", []),
    ],
)
def test_this_morning_words_and_contracted_parts(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'esta manhã' is this morning (TMO); 'início do ano' the start of the year ('do' =
    'de o'); 'fim da guerra' is no date."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Eles voltaram no fim de semana.", "pt", [("fim de semana", "2026-W02-WE")]),
        ("Ele chegou no final da semana.", "pt", [("final da semana", "2026-W03")]),
        (
            "Am 3. März kam er, am Tag danach ging er.",
            "de",
            [("3. März", "2025-03-03"), ("Tag danach", "2025-03-04")],
        ),
    ],
)
def test_the_weekend_and_the_day_after(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'fim de semana' is the weekend, not the end of a week; 'am Tag danach' the next day."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il est arrivé en juin dernier.", "fr", [("juin dernier", "2025-06")]),
        ("en mars dernier, la guerre", "fr", [("mars dernier", "2025-03")]),
        ("el bombardeo en Gaza el pasado lunes.", "es", [("pasado lunes", "2026-01-12")]),
        ("el pasado mes de marzo", "es", [("pasado mes de marzo", "2025-03")]),
        ("le mois de mars dernier", "fr", [("mois de mars dernier", "2025-03")]),
        ("during the month of March", "en", [("month of March", "2026-03")]),
        ("o passado domingo", "pt", [("passado domingo", "2026-01-11")]),
        ("en el pasado, la guerra", "es", [("en el pasado", "PAST_REF")]),
    ],
)
def test_last_month_and_last_weekday_written_around_the_name(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'juin dernier.' is last June (not 'June' and the ordinal 'last'); 'el pasado lunes'
    last Monday (not 'the past' and 'Monday'); 'el pasado mes de marzo' last March."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("a las 2 de la madrugada", "es", [("2 de la madrugada", "2026-01-14T02:00")]),
        ("por volta das 3 da madrugada", "pt", [("3 da madrugada", "2026-01-14T03:00")]),
    ],
)
def test_the_small_hours_are_a_m(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """'de la madrugada' (after midnight, before dawn) reads the hour as a.m., in the extent."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russische Truppen griffen am Wochenende an.", "de", [("Wochenende", "2026-W02-WE")]),
        ("Les combats ont repris le week-end.", "fr", [("le week-end", "2026-W02-WE")]),
        ("El fin de semana hubo protestas.", "es", [("El fin de semana", "2026-W02-WE")]),
        ("Nel fine settimana ci sono state proteste.", "it", [("fine settimana", "2026-W02-WE")]),
        ("Je n'étais pas là le week-end-là.", "fr", []),
        ("Am Tag der Wahl", "de", []),
    ],
)
def test_the_weekend_with_its_article(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """'am Wochenende', 'le week-end', 'el fin de semana' are the weekend nearest by tense, as
    'the weekend' is; 'le week-end-là' is the story's, not a date of the document."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert [(m.text, m.value) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montrez les ventes de l'année 2008", [("année 2008", "2008")]),
        ("les ventes de l'année civile 2025", [("année civile 2025", "2025")]),
        ("la première semaine de 2015", [("première semaine de 2015", "2015-W01")]),
        ("le samedi 3 janvier 2026", [("samedi 3 janvier 2026", "2026-01-03")]),
        ("la semaine prochaine", [("la semaine prochaine", "2026-W04")]),
        ("la veille", [("la veille", "2026-01-13")]),
    ],
)
def test_a_french_date_written_in_full_leaves_its_article_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """As 'le 3 janvier' gives '3 janvier'; a relative date keeps it ('la semaine prochaine')."""
    mentions = find_dates(text, reference=date(2026, 1, 14), lang="fr")
    assert [(m.text, m.value) for m in mentions] == expected


def test_a_year_a_dated_sentence_points_to_leaves_the_story_in_its_year() -> None:
    """In a history, '15. Juli 1863' inside a sentence dated '27. September' (of 1862) is a
    date the story points to: the December after it is still 1862's (WikiWars-DE); a year
    that opens its own sentence still moves the story."""
    text = (
        "Der Krieg begann im April 1861. Im Jahr 1862 griff die Union an. Im Süden wurde am "
        "27. September das Höchstalter der Wehrpflichtigen, beginnend mit dem 15. Juli 1863, "
        "auf 45 Jahre erhöht. Im Dezember wehrten die Südstaaten Angriffe ab. Im Jahr 1863 "
        "begann eine Offensive. Im März fiel die Stadt."
    )
    found = find_dates(text, reference=date(2011, 2, 16), lang="de")
    values = {m.text: m.value for m in found}
    assert values["Dezember"] == "1862-12"
    assert values["15. Juli 1863"] == "1863-07-15"
    assert values["März"] == "1863-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("O presidente falou neste domingo (22).", "2026-11-22"),  # this week's is the 29th
        ("Neste domingo (29), o presidente vai falar.", "2026-11-29"),
        ("Nesta segunda-feira (23), o ministro falou.", "2026-11-23"),
        ("No domingo (15) o ministro falou.", "2026-11-22"),  # no such Sunday near: by tense
    ],
)
def test_a_weekday_with_its_day_in_parentheses_is_that_day(text: str, value: str) -> None:
    """Brazilian news writes 'neste domingo (22)': the weekday of that number nearest the
    document's day, whatever 'neste' and the tense would say."""
    (found,) = find_dates(text, reference=date(2026, 11, 27), lang="pt")
    assert found.value == value
    assert "(" not in found.text  # the number stays out of the extent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("W dniu 14 stycznia 2026 r. wojska weszły.", "pl"),  # by its month name
        ("2026年1月14日\uff0c美国军队抓获了马杜罗。", "zh"),
        ("The talks ended on 14 January 2026 in Geneva.", "en"),
        ("2026-01-14", "en"),  # nothing to tell: the first of the six
    ],
)
def test_language_of_is_the_language_find_dates_reads_in(text: str, lang: str) -> None:
    assert language_of(text) == lang


@pytest.mark.parametrize(
    ("text", "lang", "found", "value"),
    [
        ("Закон принят 3 марта 2026 года в Москве.", "ru", "3 марта 2026 года", "2026-03-03"),
        ("Закон принят 3 марта 2026 г. в Москве.", "ru", "3 марта 2026 г.", "2026-03-03"),
        ("Закон вступил в силу в марте 2026 года.", "ru", "марте 2026 года", "2026-03"),
        ("Закон ухвалили 3 березня 2026 року в Києві.", "uk", "3 березня 2026 року", "2026-03-03"),
        ("Закон ухвалили у березні 2026 року.", "uk", "березні 2026 року", "2026-03"),
        ("Sejm przyjął ustawę 3 marca 2026 r. w Warszawie.", "pl", "3 marca 2026 r.", "2026-03-03"),
        ("Законът е приет на 3 март 2026 г. в София.", "bg", "3 март 2026 г.", "2026-03-03"),
        (
            "Sabor je zakon donio 3. ožujka 2026. godine.",
            "hr",
            "3. ožujka 2026. godine",
            "2026-03-03",
        ),
        ("Закон принят 3 марта 2026 годами позже.", "ru", "3 марта 2026", "2026-03-03"),
    ],
)
def test_the_word_for_year_after_a_date_is_part_of_it(
    text: str, lang: str, found: str, value: str
) -> None:
    """Russian, Ukrainian, Polish, Bulgarian, Croatian news write the word for year after a
    date's year ('2026 года', '2026 r.'): it is in the extent (an event title no longer keeps
    it); Russian and Ukrainian months in the locative ('в марте', 'у березні') are read."""
    (mention,) = find_dates(text, lang=lang)
    assert (mention.text, mention.value) == (found, value)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He arrived late yesterday. The next day he left.", "en", "2019-08-01"),
        ("Llegó al final de este domingo. Al día siguiente se fue.", "es", "2019-07-29"),
        ("He arrived in early March 2019. The next day he left.", "en", "2019-08-02"),
    ],
)
def test_a_part_of_a_day_is_the_day_a_story_goes_on_from(text: str, lang: str, value: str) -> None:
    """'late yesterday ... the next day' counts from yesterday: a part of one day is still
    that day (a part of a month, 'early March', names no day to count from)."""
    found = find_dates(text, reference=date(2019, 8, 1), lang=lang)
    assert found[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was born in 1990, the year Beijing hosted the Asian Games.", "1990"),
        ("In 2000, the year data for the survey was collected, there were 499.", "2000"),
        ("It aims at zero deficit by 2010, the year her term expires.", "2010"),
        ("Sales rose in 2005 and the year ahead looks good.", "2006"),  # no apposition
        ("The index stood at 2,005, the year before it fell.", "2006"),  # a number
    ],
)
def test_the_year_after_a_year_and_a_comma_is_that_year(text: str, value: str) -> None:
    """'in 1990, the year Beijing hosted the Games' names 1990 again (it was the document's
    year); elsewhere 'the year' stays the document's."""
    found = find_dates(text, reference=date(2006, 12, 5), lang="en")
    assert [m.value for m in found if m.text == "the year"] == [value]
