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
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from timeline.lang import SUPPORTED, detect_any
from timeline.models import DateMention, Precision, Resolution, TimexType
from timeline.temporal import _cjk
from timeline.temporal._atoms import Atom, evolve
from timeline.temporal._compose import compose
from timeline.temporal._dispatch import exotic_case
from timeline.temporal._grammar import Dispatch, Grammar, grammar, rule_set
from timeline.temporal._guess import by_month_names
from timeline.temporal._lexicon import lexicon, norm
from timeline.temporal._parse import read
from timeline.temporal._patterns import _article, alt
from timeline.temporal._placed import Context, Placed
from timeline.temporal._resolve import place
from timeline.temporal._tense import CLAUSE_BACK, CLAUSE_END, future_words, tense_of

_HISTORY = 2  # years between the document date and a year told as history
_HISTORY_YEARS = 3  # years named in full that make a text a history
_NOW_WORDS = frozenset({"dayword", "ago", "ref"})  # "today", "two years ago": even in a history
_BACK = 45  # longest lead before an anchor: "a principios de", "the beginning of the"...
_AHEAD = 90
_LONG_WORD = 200  # how far a word end is looked for after the anchor's reach
_SPACE = re.compile(r"\s")
_WORD_START = re.compile(r"(?<!\w)[\w'\u2019]")
_LETTERS = re.compile(r"[^\W\d_]+")


def find_dates(
    text: str,
    *,
    reference: date | None = None,
    lang: str | None = None,
) -> list[DateMention]:
    """Find the temporal expressions in ``text``, in order.

    ``reference`` is the document date, from which "yesterday" or "last
    week" are placed; without it, the first full explicit date of the text
    stands in (resolution ``inferred``), and what still cannot be placed
    keeps X placeholders. A ``datetime`` reference also places what counts
    from the clock ("in 5 minutes", "half an hour from now": a time to the
    second); everything else is placed from its date alone. ``lang`` is an
    ISO 639-1 code, detected when None; languages other than en/fr/es/de/it/pt
    get explicit dates only.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"find_dates() takes a str, not {type(text).__name__}; decode bytes first "
            "(e.g. data.decode('utf-8'))"
        )
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
        for match in _matches(compiled, text)
        if (atom := read(match, compiled, lex)) is not None
    ]
    return compose(atoms, text, lex)


def _matches(compiled: Grammar, text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches, tried only at the word starts just before cheap anchors.

    Every expression holds an anchor (a digit, a month, a unit, a day word...)
    at most ``_BACK`` characters after its start, so trying the grammar at the
    word starts of that stretch finds what one scan of the whole text would,
    at a fraction of the cost. Anchors, lead words and rules are matched on the
    lower-cased text where that is the same (see ``_dispatch.Anchors.scan`` and
    ``_regex.compile_lower``), each match read again by its rule on the text.
    """
    position = tried = 0
    lowered = text.lower()
    plain = len(lowered) == len(text) and not exotic_case().search(lowered)
    anchors, scanned = compiled.anchors.scan(text, lowered, plain=plain)
    dispatch, subject = _dispatch(compiled, text, lowered, plain=plain)
    scan = _Scan(compiled, dispatch, text, subject)
    for found in anchors.finditer(scanned):
        start, end = found.span()
        while end > position:
            if start < position:  # straddles the last match: the words after it
                again = anchors.search(scanned, position)
                if again is None:
                    break
                start, end = again.span()
                continue
            match = _try_anchor(scan, start, end, max(position, tried))
            if match is None:
                tried = start + 1  # a word start tried once gives the same answer
                break
            yield match
            position = match.end()  # the same anchor may come after this match: again


def _dispatch(compiled: Grammar, text: str, lowered: str, *, plain: bool) -> tuple[Dispatch, str]:
    """The dispatch to try the rules with, and the string it reads (``plain``: lowering
    kept the length and the text has no letter that re folds otherwise)."""
    lower = compiled.lower
    if lower is not None and plain:
        return lower, lowered
    return compiled.folded, text


@dataclass(frozen=True)
class _Scan:
    """One text's scan: the grammar, its dispatch, the text and the string the dispatch reads."""

    compiled: Grammar
    dispatch: Dispatch
    text: str
    subject: str


def _try_anchor(scan: _Scan, start: int, end: int, floor: int) -> re.Match[str] | None:
    """The first match starting at a lead word in the stretch just before the anchor
    (``start``, ``end``), or at it."""
    text, subject, dispatch = scan.text, scan.subject, scan.dispatch
    limit = _word_end(text, end + _AHEAD)
    for lead in dispatch.lead_starts.finditer(subject, max(floor, start - _BACK), start + 1):
        at = lead.start()
        if at == start:
            break
        word = lead["word"]
        if word is None:
            key = subject[at].lower()
            pattern = _char_rules(scan, key)
        else:
            key = _lead_key(word)
            pattern = dispatch.word_rules.get(key)
        if pattern is not None and (match := _try_lead(scan, key, pattern, at, limit)):
            return match
    pattern, key = _anchor_rules(scan, start)
    match = None
    if pattern is not None and not key:
        match = _match_at(scan, pattern, start, limit)
    elif pattern is not None:
        match = _try_lead(scan, key, pattern, start, limit)
    if match is None and not subject[start:end].isalnum():  # an anchor of several words
        return _inner_leads(scan, start, end, limit)
    return match


def _lead_key(word: str) -> str:
    """A lead word as the dispatch tables have it: lower case, a straight apostrophe."""
    return word.lower().replace("\u2019", "'")


def _inner_leads(scan: _Scan, start: int, end: int, limit: int) -> re.Match[str] | None:
    """The first match at a lead word inside an anchor of several words: 'manhã' of 'pela
    manhã' (an anchor as a part of a day after a day word) starts 'manhã' told alone."""
    subject, dispatch = scan.subject, scan.dispatch
    for lead in dispatch.lead_starts.finditer(subject, start + 1, end):
        word = lead["word"]
        if word is None:
            continue  # a digit inside a run of words: its own anchor
        key = _lead_key(word)
        pattern = dispatch.word_rules.get(key)
        if pattern is not None and (match := _try_lead(scan, key, pattern, lead.start(), limit)):
            return match
    return None


def _try_lead(
    scan: _Scan, lead: str, pattern: re.Pattern[str], at: int, limit: int
) -> re.Match[str] | None:
    """The match of ``pattern`` at the lead word (or character) ``lead`` at ``at``; first
    the lead's guard, where it has one (see :mod:`._guard`): where the pieces just after the
    lead are none that its rules read, they are not tried."""
    guard = scan.dispatch.guards.get(lead)
    if guard is not None and guard.match(scan.subject, at + len(lead), limit) is None:
        return None
    match = _match_at(scan, pattern, at, limit)
    if match is None:
        scan.dispatch.missed(lead, pattern)
    return match


def _anchor_rules(scan: _Scan, start: int) -> tuple[re.Pattern[str] | None, str]:
    """The rules that can start at the anchor itself, a lead word or not (but a word start),
    and the lead they start with ('' where the anchor is inside a word that is no lead)."""
    dispatch, subject = scan.dispatch, scan.subject
    lead = dispatch.lead_starts.match(subject, start)
    if lead is not None:
        word = lead["word"]
        if word is not None:
            key = _lead_key(word)
            if key in dispatch.word_rules:
                return dispatch.word_rules[key], key
        char = subject[start].lower()
        return _char_rules(scan, char), char
    if _WORD_START.match(subject, start):
        return _inside_word(scan, start), ""
    return None, ""


def _inside_word(scan: _Scan, start: int) -> re.Pattern[str] | None:
    """The rules that can start a word that is no lead word ('Mar' of 'market' is an anchor).

    Those whose first word is a shorter word of letters the word starts with:
    the rules of the longest one, a lead word. Where a first word is the word's
    letters and then a non-letter, or where re and str.lower() fold the case
    of its letters differently: all the rules of the first letter.
    """
    compiled, text = scan.compiled, scan.text
    run = _LETTERS.match(text, start)
    letters = run.group().lower() if run else ""
    if letters in compiled.first_runs or exotic_case().search(letters):
        return _char_rules(scan, text[start].lower())
    prefix = compiled.first_words.match(text, start)
    if prefix is None:
        return None
    key = prefix.group().lower()
    if key in scan.dispatch.word_rules:
        return scan.dispatch.word_rules[key]
    return _char_rules(scan, text[start].lower())


def _char_rules(scan: _Scan, char: str) -> re.Pattern[str] | None:
    """The rules that can start with the character ``char`` (lower case)."""
    pattern = scan.dispatch.char_rules.get(char)
    return pattern if pattern is not None else scan.dispatch.rules(scan.compiled.by_char.get(char))


def _match_at(scan: _Scan, pattern: re.Pattern[str], at: int, limit: int) -> re.Match[str] | None:
    """The match at ``at`` with its pieces: the rule found by ``pattern``, alone, again.

    A match cut short by ``limit`` is matched again over the whole text. Where the
    dispatch's pattern matched more than its rules (see ``_regex.compile_lower``), the
    case-folding pattern of the same rules says which one matches.
    """
    found = pattern.match(scan.subject, at, limit)
    if found is None:
        return None
    compiled, text = scan.compiled, scan.text
    single = compiled.single(found.lastgroup or "")
    match = None if single is None else single.match(text, at, limit)
    if match is None:
        names = frozenset(name for name in pattern.groupindex if name in compiled.bodies)
        found = rule_set(compiled.lang, names).match(text, at, limit)
        single = None if found is None else compiled.single(found.lastgroup or "")
        if single is None:
            return None
        match = single.match(text, at, limit)
    if match is not None and match.end() == limit < len(text):
        return compiled.pattern.match(text, at) or compiled.pattern.match(text, at, limit)
    return match


def _word_end(text: str, index: int) -> int:
    """The first whitespace at or after ``index``, at most _LONG_WORD characters on.

    Searching to the end made text without spaces ("1.1.1.1...") quadratic; a match
    cut at this limit is matched again without it (see _match_at).
    """
    found = _SPACE.search(text, index, index + _LONG_WORD)
    return found.start() if found else min(len(text), index + _LONG_WORD)


def _language(text: str, lang: str | None) -> str:
    if lang:
        code = norm(lang).replace("_", "-").split("-")[0] if "-" in lang else norm(lang)
        base = code.split("_")[0]  # "zh_hant": Chinese in either writing
        return base if base in _cjk.LANGUAGES else code
    found = detect_any(text) or _cjk.language_of(text) or by_month_names(text)
    if found is not None:
        return found
    covered = {code: sum(a.end - a.start for a in scan(text, code)) for code in SUPPORTED}
    return max(SUPPORTED, key=lambda code: (covered[code], -SUPPORTED.index(code)))


def _mentions(text: str, atoms: list[Atom], context: Context, lang: str) -> Iterator[DateMention]:
    if context.reference is None:
        inferred = _first_full_date(atoms)
        context = Context(reference=inferred, inferred=inferred is not None)
    elif _is_history(atoms, context.reference):
        context = evolve(context, history=True)
    atoms = [_future_or_within(text, a, lang) if a.kind == "future" else a for a in atoms]
    for atom in atoms:
        if _needs_tense(atom):
            context = _with_tense(context, text, atom, lang)
        in_story = (context.history and atom.kind not in _NOW_WORDS) or (
            context.before_christ and _told_after(atom)
        )
        placed = place(atom, _story_time(context) if in_story else context)
        if placed is None:
            continue
        yield _mention(text, atom, placed, lang)
        if atom.kind not in _PERIOD_ECHOES:
            context = _after(context, placed)


# "a year earlier" names the period before the one the text named, not a new one:
# a second "a year earlier" still compares with the period named ("1988-Q3" twice).
_PERIOD_ECHOES = frozenset({"later", "ago"})


def _needs_tense(atom: Atom) -> bool:
    """Weekdays, holidays and yearless dates are placed before or after the reference by
    tense, and so are counts from them ('3 days from Tuesday', '3 weeks after Christmas')."""
    if atom.kind == "offset" and atom.base is not None:
        return _needs_tense(atom.base)
    if atom.shift is not None:
        return False
    return (
        atom.kind in ("weekday", "holiday")
        or (atom.kind == "shift" and atom.unit == "WE")
        or (atom.kind == "date" and bool(atom.month or atom.day or atom.quarter) and not atom.year)
    )


def _is_history(atoms: list[Atom], reference: date) -> bool:
    """The text names years in full, all of them years before the document date, and
    never speaks of its own week ("yesterday", "on Tuesday", "three days ago"): it tells a
    history ("In 1861 ... on 4 July"), not the news of its day."""
    years = [a.year for a in atoms if a.kind == "date" and a.year and a.shift is None]
    if len(years) < _HISTORY_YEARS or any(reference.year - y < _HISTORY for y in years):
        return False
    return not any(_of_its_week(a) for a in atoms)


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


def _after_date(context: Context, placed: Placed) -> Context:
    span = placed.span
    if placed.type is TimexType.DURATION and _SEVERAL_MONTHS.fullmatch(placed.value):
        return evolve(context, period=None, quarter=None)  # "For the nine months, ... 1988"
    if span is None or span.start is None or span.end is None or span.approximate:
        return context
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


def _with_tense(context: Context, text: str, atom: Atom, lang: str) -> Context:
    if lang in _cjk.LANGUAGES:
        return evolve(context, future=_cjk.tells_future(text, atom.start, atom.end, lang))
    tense = tense_of(text, atom, lang)
    return evolve(context, future=tense > 0, past=tense < 0)


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


def _future_or_within(text: str, atom: Atom, lang: str) -> Atom:
    """'in two weeks' is a date in a future clause, a request or alone ("in 5 minutes");
    elsewhere it means within: "the biggest gain in two weeks" is a duration.

    Only for the lead words that have both senses (English "in"); the lead word
    stays out of the duration, as TimeML leaves signal words out.
    """
    words = lexicon(lang).in_needs_future
    found = re.match(r"\w+\s+", text[atom.start : atom.end])
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
    before = CLAUSE_END.split(text[max(0, atom.start - CLAUSE_BACK) : atom.start])[-1]
    if _RANKED.search(before) or _RELATIVE.match(text, atom.end):
        return False
    future = _future_pattern(lang)
    if future.search(before):
        return True
    sentence = _SENTENCE_END.split(text[max(0, atom.start - CLAUSE_BACK) : atom.start])[-1]
    if not set(re.findall(r"\w+", sentence.lower())) <= _FRAGMENT_WORDS:
        return False
    rest = _SENTENCE_END.split(text[atom.end : atom.end + CLAUSE_BACK])[0]
    return not re.search(r"\w", rest) or future.search(rest) is not None


def _extent_start(text: str, atom: Atom, placed: Placed, lang: str) -> int:
    """Past a leading preposition ("am folgenden Tag", "na sexta-feira"): TimeML leaves it
    out of the extent. A range keeps its words ("vom 1. bis 5. März"). Where the language
    says so (French), past the article of a date written in full ("l'année 2008", "la
    première semaine de 2015", as "le 3 janvier"), not of a relative one ("la veille")."""
    found = _outside_pattern(lang).match(text, atom.start, atom.end)
    start = found.end() if found and found.end() < atom.end else atom.start
    if placed.resolution is Resolution.ABSOLUTE and lexicon(lang).absolute_without_article:
        article = _article_pattern(lang).match(text, start, atom.end)
        start = article.end() if article and article.end() < atom.end else start
    return start


@cache
def _outside_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(f"{alt(lexicon(lang).outside_extent)}\\s+", re.IGNORECASE)


@cache
def _article_pattern(lang: str) -> re.Pattern[str]:
    """The language's articles before a word, as the grammar writes them ("le ", "l'")."""
    return re.compile(_article(lexicon(lang)), re.IGNORECASE)


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
