"""find_dates(): find and normalise the temporal expressions of a text.

One pass of the language's compiled grammar finds the candidates
(:mod:`._grammar`); each is read and checked in context (:mod:`._parse`),
neighbours are joined into times and ranges (:mod:`._compose`), and each
expression is placed on the calendar in text order (:mod:`._resolve`), so
that "the following day" follows the date before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache

from timeline.errors import InvalidValueError
from timeline.lang import SUPPORTED, detect_any, language_code
from timeline.models import DateMention, Precision, Resolution, TimeSpan, TimexType
from timeline.temporal import _calendar as cal
from timeline.temporal import _cjk
from timeline.temporal._asides import is_aside
from timeline.temporal._atoms import Atom, evolve
from timeline.temporal._bracketed_days import dated_weekday
from timeline.temporal._compose import compose
from timeline.temporal._grammar import grammar
from timeline.temporal._guess import by_month_names
from timeline.temporal._lexicon import lexicon, norm
from timeline.temporal._parse import read
from timeline.temporal._patterns import _article, alt
from timeline.temporal._placed import Context, Placed
from timeline.temporal._resolve import place
from timeline.temporal._scan import matches
from timeline.temporal._sentence_year import days_of_opening_years
from timeline.temporal._tense import CLAUSE_BACK, STORY_FUTURE, last_clause
from timeline.temporal._tense_context import tense_in_context
from timeline.temporal._tense_words import future_words
from timeline.temporal._time_checks import WORD_AFTER

_HISTORY = 2  # years between the document date and a year told as history
_HISTORY_YEARS = 3  # years named in full that make a text a history
_NOW_WORDS = frozenset({"dayword", "ago", "ref"})  # "today", "two years ago": even in a history


def find_dates(
    text: str,
    *,
    reference: date | str | None = None,
    lang: str | None = None,
) -> list[DateMention]:
    """Find the temporal expressions in ``text``, in order.

    ``reference`` is the document date (a date, datetime or ISO string),
    from which "yesterday" or "last week" are placed; without it, the first
    full explicit date of the text stands in (resolution ``inferred``), and
    what still cannot be placed keeps X placeholders. A ``datetime``
    reference also places what counts from the clock ("in 5 minutes", "half
    an hour from now": a time to the second); everything else is placed from
    its date alone. ``lang`` is an ISO 639-1 code or a language tag ('pt-BR': the
    region is dropped; 'sr-Latn': the script is kept), detected when None;
    languages other than en/fr/es/de/it/pt get explicit dates only.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"find_dates() takes a str, not {type(text).__name__}; decode bytes first "
            "(e.g. data.decode('utf-8'))"
        )
    reference = _as_reference(reference)
    clock = reference if isinstance(reference, datetime) else None
    if clock is not None:
        reference = clock.date()
    code = _language(text, lang)
    read = _ascii_digits(text)  # "۱۴ ژانویه ۲۰۲۶", "١٤ يناير": the same offsets
    atoms = _cjk.scan(read, code) if code in _cjk.LANGUAGES else scan(read, code)
    mentions = _mentions(read, atoms, Context(reference=reference, clock=clock), code)
    if read is text:
        return list(mentions)
    return [m.model_copy(update={"text": text[m.start : m.end]}) for m in mentions]


def _as_reference(value: object) -> date | None:
    """A date or datetime from what was given as ``reference``; refuse the rest."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"find_dates() reference must be a date, datetime or ISO string, "
            f"not {type(value).__name__}"
        )
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValueError(
            "find_dates", "reference", value, "give an ISO date such as 2026-01-14"
        ) from None
    has_clock = "T" in value or " " in value.strip()
    return moment if has_clock else moment.date()


_OTHER_DIGITS = re.compile(r"(?![0-9])\d")


def _ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of other scripts (Arabic-Indic, Persian, Devanagari,
    full-width...) as 0-9, one character for one: ``text`` itself where it has none."""
    if text.isascii() or _OTHER_DIGITS.search(text) is None:
        return text
    return _OTHER_DIGITS.sub(lambda digit: str(unicodedata.digit(digit.group())), text)


def scan(text: str, lang: str) -> list[Atom]:
    """The composed atoms of ``text`` in ``lang``, in text order."""
    compiled = grammar(lang)
    lex = lexicon(lang)
    atoms = [
        atom
        for match in matches(compiled, text)
        if (atom := read(match, compiled, lex)) is not None
    ]
    return compose(atoms, text, lex)


def _language(text: str, lang: str | None) -> str:
    return language_code(lang) if lang else language_of(text)


def language_of(text: str) -> str:
    """The language find_dates reads ``text`` in when none is given: by its words or script,
    else by its month names, else the one of the six whose grammar covers most of it."""
    found = detect_any(text) or _cjk.language_of(text) or by_month_names(text)
    if found is not None:
        return found
    covered = {code: sum(a.end - a.start for a in scan(text, code)) for code in SUPPORTED}
    return max(SUPPORTED, key=lambda code: (covered[code], -SUPPORTED.index(code)))


def _mentions(text: str, atoms: list[Atom], context: Context, lang: str) -> Iterator[DateMention]:
    if context.reference is None:
        inferred = _first_full_date(atoms)
        context = Context(reference=inferred, inferred=inferred is not None)
    elif _is_history(text, atoms, context.reference, lang):
        context = evolve(context, history=True)
    told_until = -1  # the end of the sentence a day of the story dated last
    for atom in _read_in_context(text, atoms, context, lang):
        if _needs_tense(atom):
            context = _with_tense(context, text, atom, lang)
        in_story = (context.history and atom.kind not in _NOW_WORDS) or (
            context.before_christ and _told_after(atom)
        )
        placed = place(atom, _story_time(context) if in_story else context)
        if placed is None:
            continue
        yield _mention(text, atom, placed, lang)
        if in_story and placed.resolution is Resolution.ANAPHORIC:
            told_until = _sentence_end(text, atom.end)
        if atom.kind in _PERIOD_ECHOES or (
            atom.start < told_until and _another_year(placed, context)
        ):
            continue
        told = _after(context, placed)
        # "Napoleon (born 1769) ... in March": a year told aside is not the story's year
        moved = told.narrative != context.narrative
        aside = moved and atom.year is not None and is_aside(text, atom, lang)
        context = evolve(told, narrative=context.narrative) if aside else told


def _read_in_context(text: str, atoms: list[Atom], context: Context, lang: str) -> list[Atom]:
    """The atoms as the words around them read them: "in two weeks" as a date or a span,
    a history's "nach drei Tagen" (three days later), "neste domingo (22)" (that day)."""
    atoms = [_future_or_within(text, a, lang) if a.kind == "future" else a for a in atoms]
    if context.history:  # "Lee verließ das Schlachtfeld nach drei Tagen": three days later
        atoms = [_count_after(text, a, lang) if a.kind == "duration" else a for a in atoms]
    reference = context.reference
    if reference is not None:  # "neste domingo (22)"
        atoms = [dated_weekday(text, a, reference) if a.kind == "weekday" else a for a in atoms]
    atoms = days_of_opening_years(text, atoms, lang, reference=reference)  # "In 1996, Nov. 7"
    return [_year_in_apposition(text, a) if a.kind == "shift" else a for a in atoms]


# A year just written, then a comma: "in 1990, the year Beijing hosted the Games"
_YEAR_AND_COMMA = re.compile(r"(?<![\d.,])(?:1\d|20)\d\d,\s*$")


def _year_in_apposition(text: str, atom: Atom) -> Atom:
    """'In 2000, the year data was collected', "en 1990, l'année où": the year is the one
    just written (not the document's); "that year" already says so."""
    if atom.unit != "Y" or atom.shift is not None or atom.anaphoric:
        return atom
    if _YEAR_AND_COMMA.search(text, max(0, atom.start - 8), atom.start) is None:
        return atom
    return atom.but(shift=0, anaphoric=True)


_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?:\s|$)|\n")  # not "am 15. Juli"


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_STOP.search(text, start)
    return found.start() if found else len(text)


def _another_year(placed: Placed, context: Context) -> bool:
    """A date written with another year than the story's, in a sentence a day of the story
    dates already ("Im Süden wurde am 27. September das Höchstalter, beginnend mit dem 15.
    Juli 1863, erhöht"), is one the story points to: what follows is still told in the
    story's year (not in 1863)."""
    span = placed.span
    if placed.resolution is not Resolution.ABSOLUTE or span is None or span.start is None:
        return False
    return context.narrative is not None and span.start.year != context.narrative


# "a year earlier" names the period before the one the text named, not a new one:
# a second "a year earlier" still compares with the period named ("1988-Q3" twice).
_PERIOD_ECHOES = frozenset({"later", "ago"})


def _count_after(text: str, atom: Atom, lang: str) -> Atom:
    """In a history, 'nach drei Tagen' (after three days) is the day that many units after
    the one told, the preposition inside (as WikiWars tags it); not before a noun it counts
    ('nach drei Tagen Haft')."""
    lead = _after_count_lead(lang).search(text, max(0, atom.start - 12), atom.start)
    after = WORD_AFTER.match(text, atom.end)
    if lead is None or atom.qty is None or (after is not None and after[1][:1].isupper()):
        return atom
    return Atom(lead.start(), atom.end, "later", unit=atom.unit, qty=atom.qty)


@cache
def _after_count_lead(lang: str) -> re.Pattern[str]:
    return re.compile(f"(?<!\\w){alt(lexicon(lang).count_later_before)}\\s+$", re.IGNORECASE)


def _needs_tense(atom: Atom) -> bool:
    """Weekdays, holidays and yearless dates are placed before or after the reference by
    tense, and so are counts from them ('3 days from Tuesday', '3 weeks after Christmas')."""
    if atom.kind == "offset" and atom.base is not None:
        return _needs_tense(atom.base)
    if atom.kind == "weekday" and atom.shift == 0:
        return True  # "this Sunday": this week's, unless its tense says the one before or after
    if atom.shift is not None or (atom.kind == "date" and atom.anaphoric):
        return False  # a day listed after another ("March 3, 4 and 5"): in its tense
    return (
        atom.kind in ("weekday", "holiday")
        or (atom.kind == "shift" and atom.unit == "WE")
        or (atom.kind == "date" and bool(atom.month or atom.day or atom.quarter) and not atom.year)
    )


def _is_history(text: str, atoms: list[Atom], reference: date, lang: str) -> bool:
    """The text names years in full, all of them years before the document date, and
    never speaks of its own week ("yesterday", "on Tuesday", "three days ago"): it tells a
    history ("In 1861 ... on 4 July"), not the news of its day. A year told aside, in
    passing ("Kilwa Kisiwani Fortress (1503)"), is not one the text tells."""
    dated = [a for a in atoms if a.kind == "date" and a.year and a.shift is None]
    years = [a.year for a in dated if a.year]
    if len(years) < _HISTORY_YEARS or any(reference.year - y < _HISTORY for y in years):
        return False
    told = [a for a in dated if not is_aside(text, a, lang)]
    return len(told) >= _HISTORY_YEARS and not any(_of_its_week(a) for a in atoms)


def _of_its_week(atom: Atom) -> bool:
    """'yesterday', 'on Tuesday', 'three days ago': news of the week it is written in
    ('today' is not: a history says what a place is today); counts from them too ('the
    day before last Tuesday')."""
    if atom.kind == "offset" and atom.base is not None:
        return _of_its_week(atom.base)
    return atom.kind in ("weekday", "ago") or (atom.kind == "dayword" and atom.offset != 0)


def _told_after(atom: Atom) -> bool:
    """'the following year', 'two days later', 'the next day': counted from the date told."""
    return atom.anaphoric or atom.kind in ("anaday", "later")


def _story_time(context: Context) -> Context:
    """In a history, "that autumn" and "the end of the year" are of the year the story is
    in, not of the document date: the last day told in that year, else its first day."""
    if context.before_christ:  # our calendar starts at year 1: left with X placeholders
        return Context(reference=None)
    year = context.narrative
    if year is None:
        return context
    previous = context.previous
    day = previous if previous is not None and previous.year == year else date(year, 1, 1)
    return evolve(context, reference=day)


def _first_full_date(atoms: list[Atom]) -> date | None:
    for atom in atoms:
        if atom.kind == "date" and atom.year and atom.month and atom.day:
            try:
                return date(atom.year, atom.month, atom.day)
            except ValueError:
                continue
    return None


# Results over several months ("the nine months", "the first half") compare with the year
# before, no more with the quarter named: a period of its own, that no value names
_SEVERAL_MONTHS = re.compile(r"P(?:[2-9]|1[01])M|P[23]Q")


def _after(context: Context, placed: Placed) -> Context:
    """The context for what follows: the previous day and the previous period named."""
    if placed.value.startswith("BC"):  # '58 BC': what follows is told in that year
        return evolve(context, before_christ=True)
    return _after_date(context, placed)


def _year_written(context: Context) -> bool:
    """The period told last is a year written in full ('in 2000'), not 'last year'."""
    period = context.period
    if period is None or period.precision is not Precision.YEAR or period.start is None:
        return False
    return context.narrative == period.start.year


def _after_date(context: Context, placed: Placed) -> Context:
    span = placed.span
    if placed.type is TimexType.DURATION and _SEVERAL_MONTHS.fullmatch(placed.value):
        # "For the nine months, ... 1988"; not "in 2000. In the first nine months of that year"
        period = context.period if _year_written(context) else None
        return evolve(context, period=period, quarter=None)
    if span is None or span.start is None or span.end is None or _vague(span):
        return context if span is None else _after_part(context, placed)
    if placed.resolution is Resolution.ABSOLUTE and placed.type is TimexType.DATE:
        context = evolve(context, narrative=span.start.year, before_christ=False)
    if span.precision in (Precision.MONTH, Precision.QUARTER, Precision.YEAR):
        quarter = span if span.precision is Precision.QUARTER else context.quarter
        return evolve(context, period=span, quarter=quarter)
    if span.start != span.end or span.precision not in (Precision.DAY, Precision.TIME):
        return context
    period = context.period  # "the quarter ended Sept. 30" still reports that quarter
    if period is not None and period.contains(span):
        return evolve(context, previous=span.start)
    return evolve(context, previous=span.start, period=None, quarter=None)


def _vague(span: TimeSpan) -> bool:
    """An approximate span, but for a part of one day ('late yesterday', 'al final de este
    domingo'): that is still the day a story goes on from."""
    return span.approximate and not (span.start == span.end and span.precision is Precision.DAY)


def _after_part(context: Context, placed: Placed) -> Context:
    """A part of a month or a year, or an open range of one ('Anfang Mai', 'fin 2025',
    'bis Mitte Juni'), is the period a count from it starts in: 'Anfang Mai ... einen
    Monat später' is June."""
    found = _PART_VALUE.fullmatch(placed.value)
    if found is None:
        return context
    month = int(found[2]) if found[2] else 1
    unit = "M" if found[2] else "Y"
    return evolve(context, period=cal.span(date(int(found[1]), month, 1), unit), quarter=None)


_PART_VALUE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2]))?")


def _with_tense(context: Context, text: str, atom: Atom, lang: str) -> Context:
    if lang in _cjk.LANGUAGES:
        return evolve(context, future=_cjk.tells_future(text, atom.start, atom.end, lang))
    tense = tense_in_context(text, atom, lang)
    ahead = tense == 1 or (tense == STORY_FUTURE and context.history)  # "sollte": was to
    return evolve(context, future=ahead, past=tense < 0)


_FRAGMENT_WORDS = frozenset(
    {"or", "and", "but", "maybe", "perhaps", "o", "u", "y", "ou", "et", "oder", "und", "e"}
)
_RELATIVE = re.compile(r"\s+(?:that|which|when|where|in which)(?!\w)", re.IGNORECASE)
# A rank or a superlative just before: "in" means within ("the second report in two months")
_RANKED = re.compile(
    r"(?<!\w)(?:first|second|third|last|only|most|least|best|worst|\w{3,}est)"
    r"(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"['\u2019]s?\s+time(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_LEAD_WORD = re.compile(r"\w+\s+")
_WORD = re.compile(r"\w+")


def _future_or_within(text: str, atom: Atom, lang: str) -> Atom:
    """'in two weeks' is a date in a future clause, a request or alone ("in 5 minutes");
    elsewhere it means within: "the biggest gain in two weeks" is a duration.

    Only for the lead words that have both senses (English "in"); the lead word
    stays out of the duration, as TimeML leaves signal words out, and out of a vague
    future ("in a year or two": FUTURE_REF, as TimeBank tags "a year or two").
    """
    words = lexicon(lang).in_needs_future
    found = _LEAD_WORD.match(text[atom.start : atom.end])
    if atom.ref is not None:
        return atom.but(start=atom.start + (found.end() if found else 0), kind="ref")
    if found is None or norm(found.group()) not in words:
        return atom
    if _looks_ahead(text, atom, lang):
        return atom
    return atom.but(start=atom.start + found.end(), kind="duration")


def _looks_ahead(text: str, atom: Atom, lang: str) -> bool:
    """True when 'in <span>' counts from now: "in two weeks' time", after 'will' or
    'please', or alone; not after a rank ("the first time in three decades") nor before
    a relative clause ("in a quarter that lost money")."""
    if _TIME_AFTER.match(text, atom.end):
        return True
    before = last_clause(text[max(0, atom.start - CLAUSE_BACK) : atom.start])
    if _RANKED.search(before) or _RELATIVE.match(text, atom.end):
        return False
    future = _future_pattern(lang)
    if future.search(before) or _scheduled_pattern(lang).search(before):
        return True
    sentence = _SENTENCE_END.split(text[max(0, atom.start - CLAUSE_BACK) : atom.start])[-1]
    if not set(_WORD.findall(sentence.lower())) <= _FRAGMENT_WORDS:
        return False
    rest = _SENTENCE_END.split(text[atom.end : atom.end + CLAUSE_BACK])[0]
    return not _WORD.search(rest) or future.search(rest) is not None


def _extent_start(text: str, atom: Atom, placed: Placed, lang: str) -> int:
    """Past a leading preposition ("am folgenden Tag", "na sexta-feira"): TimeML leaves it
    out of the extent. A range keeps its words ("vom 1. bis 5. März"). Where the language
    says so (French), past the article of a date written in full ("l'année 2008", "la
    première semaine de 2015", as "le 3 janvier"), not of a relative one ("la veille")."""
    outside = _outside_pattern(lang)
    found = outside.match(text, atom.start, atom.end) if outside is not None else None
    start = found.end() if found and found.end() < atom.end else atom.start
    if placed.resolution is Resolution.ABSOLUTE and lexicon(lang).absolute_without_article:
        article = _article_pattern(lang).match(text, start, atom.end)
        start = article.end() if article and article.end() < atom.end else start
    return start


@cache
def _outside_pattern(lang: str) -> re.Pattern[str] | None:
    """The leading prepositions TimeML leaves out of an extent; None: the language has none
    (English)."""
    words = lexicon(lang).outside_extent
    return re.compile(f"{alt(words)}\\s+", re.IGNORECASE) if words else None


@cache
def _article_pattern(lang: str) -> re.Pattern[str]:
    """The language's articles before a word, as the grammar writes them ("le ", "l'")."""
    return re.compile(_article(lexicon(lang)), re.IGNORECASE)


@cache
def _scheduled_pattern(lang: str) -> re.Pattern[str]:
    """A verb of a scheduled event in the present, right before: "the train leaves in half
    an hour", "polls close in two hours" (a plan, not "within")."""
    return re.compile(f"(?<!\\w){alt(lexicon(lang).scheduled_verbs)}\\s*$", re.IGNORECASE)


@cache
def _future_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(f"(?<!\\w){future_words(lang)}(?!\\w)", re.IGNORECASE)


def _mention(text: str, atom: Atom, placed: Placed, lang: str) -> DateMention:
    """The mention, not validated again: its offsets, text and span are right by construction."""
    start = atom.start if "/" in placed.value else _extent_start(text, atom, placed, lang)
    return DateMention._trusted(
        {
            "start": start,
            "end": atom.end,
            "text": text[start : atom.end],
            "type": placed.type,
            "value": placed.value,
            "span": placed.span,
            "resolution": placed.resolution,
            "mod": placed.mod,
            "lang": lang,
        }
    )
