"""Is a grammar match a date here? The checks that keep ordinary words out.

English "may" and "march" in lower case, "Mars" the planet, "été" the
participle, "2,000 soldiers", "Resolution 2231", "morgen" the noun,
"na segunda vez", "The Sunday Telegraph", "300,000 barrels a day"...
Each check reads the match's pieces, the word tables and the text around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from timeline.temporal._ages import an_age
from timeline.temporal._around import Fields, sentence_initial, word_before
from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._patterns import alt
from timeline.temporal._periodicals import periodical
from timeline.temporal._things import a_format, a_share, check_holiday
from timeline.temporal._time_checks import (
    WORD_AFTER,
    _check_clock,
    _check_colon,
    _check_counted,
    _check_dot,
    _check_linked,
    _check_time_ampm,
    _check_time_word,
    _check_word_hour,
    _check_zoned,
)
from timeline.temporal._year_checks import check_year

_NAMING_LANGS = ("fr", "es", "it", "pt")


# Compiled once (each was a lookup in re's cache per call).
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_CAPITAL_NEXT = re.compile(r"\s+([A-Z])")
_OF_NEXT = re.compile(r"\s+(?:of|de|des|du)\b")
_LETTER_NEXT = re.compile(r"\s+[^\W\d_]")
_LOWER_WORD_NEXT = re.compile(r" ([a-z]+)\b")
_WORDS = re.compile(r"[^\W\d_]+")
# a count, a plural, a measure's abbreviation ("120 km"), a count in parentheses ("(280
# miles)"): what a rate's "an hour", "a day" comes after
_COUNT_END = re.compile(
    r"(?:\d|[^\W\d_]{3,}s|\d\s?(?:km|kg|mi|ft|lb|cm|mm|kw|mw|gw|kwh|mph|kph)|\d[^()]{0,15}\))$",
    re.IGNORECASE,
)


def plausible(atom: Atom, rule: str, fields: Fields, lex: Lexicon, text: str) -> bool:
    """True when the match of ``rule`` that made ``atom`` is a date in this context."""
    check = _CHECKS.get(rule.rstrip("0123456789"))
    return check is None or check(atom, fields, lex, text)


def _phrase_before(text: str, start: int, phrases: Iterable[str]) -> bool:
    """One of ``phrases`` ends just before ``start``, a whole word (or the text's start)."""
    window = norm(text[max(0, start - 30) : start]) + " "
    ends, whole = _phrase_ends(tuple(phrases))
    return window.endswith(ends) or window in whole


@cache
def _phrase_ends(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """What a window ends with, or is, after one of ``phrases`` (made once per table)."""
    return tuple(f" {p} " for p in phrases), frozenset(f"{p} " for p in phrases)


def _check_month(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    word = fields["month"]
    named = not text.startswith(word, atom.start)  # "the month of March", "el mes de mayo"
    if atom.part or atom.shift is not None or named:
        return _case_ok(word, lex, text, atom.start, bare=False)
    capital = _phrase_before(text, atom.start, lex.capital_month_after)
    if not capital and not _case_ok(word, lex, text, atom.start, bare=True):
        return False
    if _abbreviation(word, lex) and not word.endswith("."):
        return False
    if _abbreviation(word, lex) and _article_before(text, atom.start, lex):
        return False  # "sobre o mar.": the sea; a month takes no article
    if norm(word).rstrip(".") in lex.ambiguous_months:
        context = word_before(text, atom.start) in lex.month_context
        return context or _spelled_year_after(lex.lang).match(text, atom.end) is not None
    return True


@cache
def _spelled_year_after(lang: str) -> re.Pattern[str]:
    """A year in words next ('August two thousand and fifteen'): the month is a month."""
    lex = lexicon(lang)
    return re.compile(
        f"\\s+{alt((*lex.year_centuries, *lex.year_thousands))}(?!\\w)", re.IGNORECASE
    )


def _article_before(text: str, start: int, lex: Lexicon) -> bool:
    """An article just before ``start`` that is not also a range word (Portuguese "a":
    "de nov. a mar.")."""
    word = word_before(text, start)
    return word in lex.articles and word not in lex.range_to


def _abbreviation(word: str, lex: Lexicon) -> bool:
    return norm(word).rstrip(".") in _abbreviations(lex.lang)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    """Month names that are a shorter form of another name of the same month ('sept')."""
    months = lexicon(lang).months
    return frozenset(
        key
        for key, number in months.items()
        if any(
            n == number and len(name) > len(key) and name.startswith(key[:3])
            for name, n in months.items()
        )
    )


def _check_day_month(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    if atom.year is not None:
        return True
    return _case_ok(
        fields["month"], lex, text, atom.start + len(fields.get("weekday", "")) + 1, bare=False
    )


def _check_month_name(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'2017 April', 'April of 87'; not '2017 may' (the verb)."""
    return _case_ok(fields["month"], lex, text, atom.start, bare=False)


def _check_word_year(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'el año dos mil', 'en dos mil veintisiete': a year in words after 'year' or a date
    word, with its tail ('dos mil' alone is a count)."""
    if "ynoun" in fields:
        return True
    if norm(fields["yearw"]) in lex.year_words or _phrase_before(
        text, atom.start, lex.approximators
    ):
        return False  # "más de dos mil veinte" is a count
    return word_before(text, atom.start) in lex.year_context


def _check_word_day(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'vingt-trois mars' but not 'les trois Mars': Romance months here are lower case,
    but for a month that names nothing else ('il due Ottobre') and an abbreviation with
    its full stop ('il due Ago.')."""
    month = fields["month"]
    if lex.lang not in _NAMING_LANGS or not month[:1].isupper():
        return True
    word = norm(month).rstrip(".")
    return word not in lex.ambiguous_months or _abbreviated(month, lex, text, atom)


def _abbreviated(month: str, lex: Lexicon, text: str, atom: Atom) -> bool:
    """'Ago.': a month's name cut short ('agosto'), with its full stop."""
    word = norm(month).rstrip(".")
    cut = any(len(name) > len(word) and name.startswith(word) for name in lex.months)
    return cut and f"{month.rstrip('.')}." in text[atom.start : atom.end + 1]


def _case_ok(word: str, lex: Lexicon, text: str, start: int, *, bare: bool) -> bool:
    """English months are capitalised; Romance ones are not, unless a sentence starts.

    A word in capitals ('este VERANO', a headline) is emphasis, not a name.
    """
    if lex.lang == "en" and norm(word).rstrip(".") in lex.ambiguous_months:
        return word[:1].isupper()
    if bare and lex.lang in _NAMING_LANGS and word[:1].isupper() and not word.isupper():
        return sentence_initial(text, start)
    return True


def _check_weekday(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    word = norm(fields["weekday"])
    if (
        atom.shift is None
        and word in lex.ambiguous_weekdays
        and not _weekday_context(atom, text, lex)
    ):
        return False
    if _title_of_name(text, atom, lex):  # "The Sunday Telegraph"
        return False
    return _case_ok(fields["weekday"], lex, text, atom.start, bare=atom.shift is None)


def _weekday_context(atom: Atom, text: str, lex: Lexicon) -> bool:
    """'disse na segunda que' is Monday; 'na segunda vez' is an ordinal."""
    if word_before(text, atom.start) not in lex.weekday_context:
        return False
    after = _NEXT_WORD.match(text[atom.end : atom.end + 20])
    return not (after and after.start(1) > 0 and norm(after[1]) not in lex.weekday_followers)


def _title_of_name(text: str, atom: Atom, lex: Lexicon) -> bool:
    """'The Sunday Telegraph', 'Sunday Times reported', 'the Mail on Sunday'; a firm's
    partners: 'Sonntag & Partner', 'Friday & Co' (not 'Monday & Tuesday')."""
    title = _newspaper(lex.lang).match(text, atom.end)
    if title is None:
        title = _newspaper_before(lex.lang).search(text, max(0, atom.start - 20), atom.start)
    if title is not None and title[1][:1].isupper():
        return True
    before = text[max(0, atom.start - 4) : atom.start]
    partner = _PARTNERS.match(text, atom.end)
    if partner and norm(partner[1]) not in lex.weekdays and norm(partner[1]) not in lex.months:
        return True
    after = _CAPITAL_NEXT.match(text[atom.end : atom.end + 3])
    return bool(after) and before in ("The ", "the ")


_PARTNERS = re.compile(r"\s*&\s*([A-Z][^\W\d_]*)")
_NEVER = re.compile("(?!x)x")


@cache
def _newspaper(lang: str) -> re.Pattern[str]:
    """A newspaper's word after a weekday (group 1; the caller wants it capitalised):
    ' Times', ' Post'."""
    words = lexicon(lang).weekday_titles_after
    return re.compile(f" ({alt(words)})(?![\\w-])", re.IGNORECASE) if words else _NEVER


@cache
def _newspaper_before(lang: str) -> re.Pattern[str]:
    """A newspaper's words before a weekday (group 1; the caller wants them capitalised):
    'Mail on '."""
    words = lexicon(lang).weekday_titles_before
    return re.compile(f"(?<![\\w-])({alt(words)}) $", re.IGNORECASE) if words else _NEVER


def _check_season(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    word = fields["season"]
    if norm(word) not in lex.ambiguous_seasons:
        return _case_ok(word, lex, text, atom.start, bare=True)
    led = not text[atom.start : atom.end].lower().startswith(word.lower())
    if atom.part or atom.shift is not None or atom.year:
        return True
    if norm(word) in lex.strict_seasons:  # "the fall of Saddam", "the spring water"
        return False
    of = _OF_NEXT.match(text[atom.end : atom.end + 5])
    # "the winter of nineteen ninety-four": of a year in words, joined after
    return led and (not of or _century_after(lex.lang).match(text, atom.end + of.end()) is not None)


@cache
def _century_after(lang: str) -> re.Pattern[str]:
    """The century of a year in words next: ' nineteen' (ninety-four)."""
    return re.compile(f"\\s+{alt(lexicon(lang).year_centuries)}(?!\\w)", re.IGNORECASE)


def _check_century(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'the fifth century'; not a person's ('his fifth century': a hundred runs in cricket),
    unless it qualifies a noun ('her 20th century works', 'their 19th-century house')."""
    if word_before(text, atom.start) not in lex.not_century_before:
        return True
    if text.startswith("-", atom.end):  # "his 19th-century-style house"
        return True
    after = _NEXT_WORD.match(text, atom.end)
    if after is None:
        return False  # "his fifth century." or at the text's end
    return norm(after[1]) not in lex.century_runs_after and after[1].islower()


def _check_word(key: str) -> Callable[[Atom, Fields, Lexicon, str], bool]:
    def check(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
        word = norm(fields[key])
        if word in lex.adverbs_only and _LETTER_NEXT.match(text[atom.end : atom.end + 3]):
            return False  # "an everyday routine": an adjective before its noun
        blockers = lex.not_after.get(word)
        # "a partir de hoy"; "a las cinco y media mañana": a clock's minutes, not "media
        # mañana"; "al mediodía de hoy": the noon of today (not "la España de hoy")
        if (
            blockers
            and _phrase_before(text, atom.start, blockers)
            and not _phrase_before(text, atom.start, _counted_after(lex.lang))
        ):
            return False
        if periodical(fields[key], atom.start, atom.end, lex, text):
            return False  # "China Daily", "the Turkish daily Sabah": a newspaper
        capital = fields[key][:1].isupper() and key != "setadv"  # "Montags" still recurs
        if lex.lang in ("de", "en") and capital:  # "USA Today", "Morgen"
            return sentence_initial(text, atom.start)
        return True

    return check


def _check_ref(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'now', 'recently'; an adjective ('current') only before a noun it dates.

    'the current system' is PRESENT_REF (TimeML); 'the current' (a stream), 'current
    account' or 'current assets' (terms of accounts) are not.
    """
    word = norm(fields["ref"])
    if word in lex.noun_refs and _before_a_noun(text, atom.end, lex):
        return False  # "the future government", "el futuro presidente"
    if word not in lex.attributive_refs:
        return _check_word("ref")(atom, fields, lex, text)
    after = _LOWER_WORD_NEXT.match(text[atom.end : atom.end + 30])
    return after is not None and after[1] not in lex.attributive_blockers


def _before_a_noun(text: str, end: int, lex: Lexicon) -> bool:
    """A word follows that no noun 'future' takes after it: 'the future government', 'the
    future SAR government' (not 'the future of', 'the future is', 'the future.')."""
    after = _WORD_NEXT.match(text, end)
    return after is not None and norm(after[1]) not in lex.noun_ref_next


_WORD_NEXT = re.compile(r" ([^\W\d_]+)")


@cache
def _counted_after(lang: str) -> tuple[str, ...]:
    """The words before a day word that count from it or read it as a clock's minutes."""
    lex = lexicon(lang)
    noon = [f"{word} {of}" for word in lex.time_words for of in lex.of]
    return (*lex.offset_words, *lex.clock_minutes, *noon)


_check_day_word = _check_word("dayword")


def _check_dayword(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'yesterday', 'end of the day'; not the idiom 'At the end of the day, voters decide'
    ('Al final del día, ...': it opens its sentence), nor "today's youth" (the present of a
    people: nowadays)."""
    idiom = norm(fields["dayword"]) in lex.day_end and text[atom.end : atom.end + 1] == ","
    if idiom and (word_before(text, atom.start) == "at" or sentence_initial(text, atom.start)):
        return False
    noun = _POSSESSED.match(text, atom.end)
    if noun and norm(noun[1]) in lex.nowadays_nouns:
        return False
    if _nowadays_of(lex.lang).search(text, max(0, atom.start - 40), atom.start):
        return False  # "los jóvenes de hoy": the present of a people, as "today's youth"
    return _check_day_word(atom, fields, lex, text)


_POSSESSED = re.compile(r"['\u2019]s\s+([^\W\d_]+)")  # "today's youth": the noun


@cache
def _nowadays_of(lang: str) -> re.Pattern[str]:
    """A noun of a people, or a name after its article ("la España de hoy": the country's
    present), and its link, ending the text before a day word: "jóvenes de"; not "el
    Consejo de Ministros de hoy" (today's meeting)."""
    lex = lexicon(lang)
    if not lex.nowadays_of:
        return re.compile("(?!x)x")
    nouns, link, articles = alt(lex.nowadays_nouns), alt(lex.nowadays_of), alt(lex.articles)
    name = f"{articles}\\s+(?-i:[A-ZÁÉÍÓÚÑ][\\w'-]*)"
    return re.compile(f"(?<!\\w)(?:{nouns}|{name})\\s+{link}\\s+$", re.IGNORECASE)


def _check_unit(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'this week', '60 minutes'; not ABC's "This Week" nor CBS's "60 Minutes": where units
    are lower case, a unit capitalised inside the expression makes it a title."""
    word = fields.get("unit", "")
    titled = word[:1].isupper() and not word.isupper() and text[atom.start : atom.end] != word
    return not (lex.titled_units and titled)


def _check_duration(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    # "a calendar year" is left out (TimeBank); "this calendar year" is a date; "60 Minutes"
    # a title
    left_out = atom.unit is None or norm(fields["unit"]) in lex.shift_only_units
    if left_out or a_share(atom, text, lex) or not _check_unit(atom, fields, lex, text):
        return False
    if a_format(atom, lex, text) or an_age(atom, lex.lang, text):  # "un hombre de 45 años"
        return False
    if "whole" in fields:  # "toda la semana"
        return True
    qty = norm(fields["qty"])
    if qty == "all":  # "for all day": a day long; not "all years", nor "held all day" (TimeBank)
        singular = norm(fields["unit"]) not in lex.plural_units
        return singular and word_before(text, atom.start) == "for"
    if not _one_counts(qty, atom, lex, text):
        return False
    return not qty[:1].isdigit() or _digits_count(atom, lex, text)


def _digits_count(atom: Atom, lex: Lexicon, text: str) -> bool:
    """'3 days'; not '$3 days', '3 day%', nor the world 'No. 1 year-end ranking' (a rank)."""
    if _number_noun_before(text, atom.start, lex):
        return False
    after = text[atom.end : atom.end + 1]
    return not (text[max(0, atom.start - 1) : atom.start] in "$€£" and atom.start) and after != "%"


_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def _number_noun_before(text: str, start: int, lex: Lexicon) -> bool:
    """A noun that names a number just before it: 'No. 1', 'room 12' (with its dot)."""
    token = _TOKEN_BEFORE.search(text, max(0, start - 20), start)
    return token is not None and norm(token[1]) in lex.number_nouns


def _one_counts(qty: str, atom: Atom, lex: Lexicon, text: str) -> bool:
    """Not 'el otro día' (lately), 'para otro día' (some day), nor '300,000 barrels a day'
    (a rate: English alone writes rates with the article)."""
    if _phrase_before(text, atom.start, lex.not_after.get(qty, [])):
        return False
    return not (lex.count_rates and qty in lex.one_words and _after_a_count(text, atom.start))


def _check_month_yy(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'abril del 87', "June '98", 'juillet 98,': not 'en mayo 98 personas' (a count)."""
    if not _case_ok(fields["month"], lex, text, atom.start, bare=False):
        return False
    if "of" in fields and _PLURAL_AFTER.match(text, atom.end):
        return False  # "the March of 50 veterans" counts people
    if "apos" in fields or "of" in fields:
        return True
    after = text[atom.end : atom.end + 1]
    return int(fields["year"]) > 31 and after in ("", *".,;:)!?")


def _check_year_month(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'2015-12' is December 2015; '2011-12' and '2002-3' are seasons (a year and the next)."""
    return int(fields["mon"]) != (int(fields["year"]) + 1) % 100


_PLURAL_AFTER = re.compile(r"\s+([^\W\d_]+[sx])(?!\w)")


def _check_weekday_day(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'el martes 25' is a day; 'el martes 25 personas' counts people."""
    plural = _PLURAL_AFTER.match(text, atom.end)
    # "lunes 24 seis p.m.", "sexta-feira 23 às 4": no noun counted
    if plural and norm(plural[1]) not in (*lex.articles, *lex.numbers, *lex.time_link):
        return False
    noun = WORD_AFTER.match(text, atom.end)
    if lex.lang == "de" and noun and noun[1][:1].isupper():  # "am Dienstag 25 Verletzte"
        return False
    return _check_weekday(atom.but(shift=0), fields, lex, text)


def _check_daymonth(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'am 22.04.' is a date; 'Version 1.2.' is not; without its closing dot only after a
    word that names a day ('am 22.04', not 'bis 22.04', a range of numbers)."""
    dotted = "dmdot" in fields or "day2" in fields  # "am 27. 11.": dots after both
    leads = lex.month_context if dotted else lex.day_slash_leads
    return word_before(text, atom.start) in leads


def _check_spelled_year(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """'in (August) two thousand and fifteen', 'January first two thousand and thirty two' are
    years; alone ('the first two thousand and five people') it counts."""
    before = word_before(text, atom.start)
    if "yt2" not in fields or before in lex.year_after_words or before in lex.months:
        return True
    words = _WORDS.findall(text[max(0, atom.start - 30) : atom.start].lower())
    return len(words) > 1 and words[-1] in lex.ordinals and words[-2] in lex.months


def _after_a_count(text: str, start: int) -> bool:
    """A count before: '300,000 barrels a day', '120 km an hour', '450 kilometres (280
    miles) an hour'."""
    before = text[max(0, start - 20) : start].rstrip()
    return bool(_COUNT_END.search(before))


def _check_plural(atom: Atom, fields: Fields, lex: Lexicon, text: str) -> bool:
    """A bare plural unit is a duration only after 'for', 'within', 'pendant'..."""
    return "plead" in fields or word_before(text, atom.start) in lex.vague_duration_context


_CHECKS: dict[str, Callable[[Atom, Fields, Lexicon, str], bool]] = {
    "month": _check_month,
    "dmy": _check_day_month,
    "mdy": _check_day_month,
    "ymd": _check_day_month,
    "ydm": _check_day_month,
    "wordday": _check_word_day,
    "year": check_year,
    "weekday": _check_weekday,
    "weekdayth": _check_weekday,
    "season": _check_season,
    "century": _check_century,
    "dayword": _check_dayword,
    "setadv": _check_word("setadv"),
    "ref": _check_ref,
    "duration": _check_duration,
    "shiftunit": _check_unit,
    "unitshift": _check_unit,
    "time_word": _check_time_word,
    "holiday": check_holiday,
    "monthyy": _check_month_yy,
    "yearmonth": _check_year_month,
    "weekdayday": _check_weekday_day,
    "time_clock": _check_clock,
    "time_colon": _check_colon,
    "time_linked": _check_linked,
    "time_count": _check_counted,
    "daymonth": _check_daymonth,
    "plural": _check_plural,
    "vaguespan": _check_plural,
    "dayset": _check_weekday,
    "time_ampm": _check_time_ampm,
    "time_zoned": _check_zoned,
    "time_dot": _check_dot,
    "spelledyear": _check_spelled_year,
    "time_wordh": _check_word_hour,
    "monthofyy": _check_month_name,
    "monthord": _check_month_name,
    "nthday": _check_month_name,
    "dmycomma": _check_month_name,
    "mdycomma": _check_month_name,
    "wordyear": _check_word_year,
    "spokendm": _check_month_name,
    "spokenmd": _check_month_name,
}
