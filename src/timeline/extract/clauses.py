"""Clauses, titles and order cues: the shape of a sentence around its events.

* ``split_clauses``: a sentence with several dated actions ("troops entered
  Kherson on 3 March and withdrew on 5 April") is cut at the clause break
  between consecutive dates, one clause per event.
* ``make_title``: the clause without its leading date and reporting frame
  ("des informations ont émergé selon lesquelles", "according to officials,"),
  shortened to a readable statement.
* ``order_phrases``: "après une opération militaire", "after the attack":
  phrases that place an event before (or after) a dated one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from timeline.extract.status import raw_cues
from timeline.models import DateMention

__all__ = ["OrderPhrase", "body_of", "make_title", "order_phrases", "split_clauses"]

_TITLE_MAX = 140
_CLAUSE_MARKS = " ,;:\u3001\uff0c\uff1b\uff1a"  # and the ideographic comma, full-width ones
_PHRASE_MAX = 220
_LEADING_DATE = 16  # a date this close to the clause start opens it ("Le 14 janvier 2026,")
_RANGE = re.compile(
    r"\s*(?:-|\u2013|to|until|through|au|à|jusqu'au|al|a|hasta el|bis|zum|bis zum|fino al|até)\s*$",
    re.IGNORECASE,
)
_OPENING_MARKS = " \t\n\"'(\u00ab\u201c\u00bf\u00a1-"
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_SKIP = re.compile(r"[\s,;:\-\u2013\u2014]*")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:])(?!\S)")
# what cutting the dates out leaves: "Hier ( ), le...", "Сегодня, , в Каракасе"
_EMPTY_BRACKETS = re.compile(r"\(\W*\)|\[\W*\]")
_EMPTY_MARKS = re.compile(r"([,;:])(?: ?[,;:])+")  # single-spaced text
_PHRASE_END = re.compile(r"[,;:!?()\[\]]|(?<![A-Z])\.(?!\w)|\s(?:\u2013|\u2014|-)\s")
# A wire dateline: a place in capitals, then region and/or date, then the agency and/or a
# dash, as in "KYIV, Ukraine (AP) --", "PARIS (AFP) -", "MADRID, 3 ene (EFE).-" and
# "WASHINGTON, Jan. 3, 2026 (AP) -".
_DATELINE = re.compile(
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de.'\- ]{2,40}(?:,[\w .'\-]{1,40}){0,3}"
    r"(?:\s*\([A-Za-z\-/ ]{2,20}\)\.?\s*(?:\u2014|\u2013|--?|:)?|\s*(?:\u2014|\u2013|--?|:))\s*"
)


class Patterns(NamedTuple):
    """One language's compiled frame, clause-break, order and location patterns."""

    frame: re.Pattern[str]
    trailing: re.Pattern[str]
    clause_break: re.Pattern[str]
    order: re.Pattern[str]  # groups 'after' ("après X": X is earlier) and 'before'
    location: re.Pattern[str]
    date_preposition: re.Pattern[str]
    target: re.Pattern[str]
    inner_frame: re.Pattern[str]
    relative: re.Pattern[str]  # a relative pronoun opening a clause: "who", "qui", "que"...


class OrderPhrase(NamedTuple):
    """A phrase placing an event relative to a dated one: 'after <phrase>'."""

    cue_start: int
    start: int
    end: int
    earlier: bool  # True: the phrase's event is before the dated one ("after X")


@cache
def patterns(lang: str) -> Patterns:
    """The compiled sentence-shape patterns of ``lang`` (built once, then cached)."""
    table = raw_cues()
    flags = re.IGNORECASE
    return Patterns(
        re.compile(table["frames"][lang], flags),
        re.compile(table["trailing_frames"][lang], flags),
        re.compile(table["clause_breaks"][lang], flags),
        re.compile(
            f"(?P<after>{table['order']['after'][lang]})|(?P<before>{table['order']['before'][lang]})",
            flags,
        ),
        re.compile(table["location"][lang], flags),
        re.compile(table["date_prepositions"][lang], flags),
        re.compile(table["target"][lang], flags),
        re.compile(table["inner_frames"][lang], flags),
        re.compile(table["relative_pronouns"][lang], flags),
    )


def group_mentions(marks: str, mentions: Sequence[DateMention]) -> list[list[DateMention]]:
    """Mentions of one sentence grouped per date: same value, or a range "3 to 5 March"."""
    groups: list[list[DateMention]] = []
    for mention in mentions:
        if groups and _same_date(marks, groups[-1], mention):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _same_date(marks: str, group: list[DateMention], mention: DateMention) -> bool:
    if any(other.value == mention.value for other in group):
        return True
    return bool(_RANGE.fullmatch(marks, group[-1].end, mention.start))


def split_clauses(
    marks: str,
    lang: str,
    sentence: tuple[int, int],
    groups: list[list[DateMention]],
    *,
    keep: Callable[[re.Match[str]], bool] | None = None,
) -> list[tuple[tuple[int, int], list[list[DateMention]]]]:
    """One (clause span, date groups) per dated action of the sentence.

    A clause's first group dates it; later groups with no clause break before
    them stay in the same clause ("signed on 3 March, a week after 24 February").
    ``keep`` may refuse a break (a relative clause whose antecedent names no actor).
    """
    merged: list[list[list[DateMention]]] = [[groups[0]]]
    starts = [sentence[0]]
    ends: list[int] = []
    breaker = patterns(lang).clause_break
    for group in groups[1:]:
        cuts = [
            cut
            for cut in breaker.finditer(marks, merged[-1][-1][-1].end, group[0].start)
            if keep is None or keep(cut)
        ]
        if not cuts:
            merged[-1].append(group)
            continue
        ends.append(cuts[-1].start())
        starts.append(cuts[-1].end())
        merged.append([group])
    ends.append(sentence[1])
    return list(zip(zip(starts, ends, strict=True), merged, strict=True))


def body_of(
    marks: str, lang: str, clause: tuple[int, int], mentions: Sequence[DateMention]
) -> tuple[int, int]:
    """The clause without its leading date and its reporting frames, before and after."""
    start, end = clause
    dateline = _DATELINE.match(marks, start, end)
    if dateline is not None:
        start = dateline.end()
    found = patterns(lang)
    opening = next((m for m in mentions if _opens(marks, found, start, m)), None)
    if opening is not None and not _verb_second(marks, lang, opening):
        start = _SKIP.match(marks, opening.end, end).end()  # type: ignore[union-attr]
    for _ in range(2):
        frame = found.frame.match(marks, start, end)
        if frame is None or frame.end() == start:
            break
        start = frame.end()
    trailing = found.trailing.search(marks, start, end)
    if trailing is not None and trailing.start() > start + 20:
        end = trailing.start()
    return (start, end) if start < end else clause


def dateline_end(marks: str, start: int, end: int) -> int | None:
    """Where a wire dateline opening ``marks[start:end]`` ends, if there is one."""
    found = _DATELINE.match(marks, start, end)
    return found.end() if found else None


def _opens(marks: str, found: Patterns, start: int, mention: DateMention) -> bool:
    """True when the clause opens with the date: "Le 14 janvier 2026, ...", "Yesterday, ..."."""
    if not start <= mention.start <= start + _LEADING_DATE:
        return False
    lead = found.date_preposition.search(marks, start, mention.start)
    before = marks[start : lead.start() if lead else mention.start]
    return not before.strip(_OPENING_MARKS)


def _verb_second(marks: str, lang: str, mention: DateMention) -> bool:
    """German puts the verb right after an opening date ("Am 14. Januar haben Truppen..."):
    cutting the date would leave the verb first, so the date stays in the title."""
    return lang == "de" and not marks[mention.end : mention.end + 2].lstrip().startswith(",")


def _date_cut(
    marks: str, lang: str, body: tuple[int, int], mention: DateMention
) -> tuple[int, int] | None:
    """The span a date takes out of a title, with its preposition ("on 3 March")."""
    if not body[0] <= mention.start < body[1]:
        return None
    found = patterns(lang)
    if _verb_second(marks, lang, mention) and _opens(marks, found, body[0], mention):
        return None
    lead = found.date_preposition.search(marks, max(body[0], mention.start - 20), mention.start)
    return (lead.start() if lead else mention.start, mention.end)


def make_title(
    text: str,
    marks: str,
    lang: str,
    body: tuple[int, int],
    mentions: Sequence[DateMention],
    *,
    holes: Sequence[tuple[int, int]] = (),
) -> str:
    """A short statement of the event: the clause body without its dates and order phrase."""
    cut_at = min((start for start, _ in holes if start > body[0] + 20), default=body[1])
    body = (body[0], min(body[1], cut_at))
    cuts = [_date_cut(marks, lang, body, mention) for mention in mentions]
    cuts += [(m.start(), m.end()) for m in patterns(lang).inner_frame.finditer(marks, *body)]
    pieces, position = [], body[0]
    for start, end in sorted(cut for cut in cuts if cut is not None):
        pieces.append(text[position : max(position, start)])
        position = max(position, end)
    pieces.append(text[position : body[1]])
    return shorten(" ".join(pieces)) or shorten(text[body[0] : body[1]])


def shorten(text: str) -> str:
    """Capitalised, single-spaced, without final punctuation, at most ~140 characters."""
    words = " ".join(_EMPTY_BRACKETS.sub(" ", text).split())
    words = _EMPTY_MARKS.sub(r"\1", _SPACE_BEFORE_PUNCTUATION.sub(r"\1", words))
    words = words.strip(_CLAUSE_MARKS + ".\u3002")
    if len(words) > _TITLE_MAX:
        cut = words.rfind(" ", 0, _TITLE_MAX)
        words = words[: cut if cut > 40 else _TITLE_MAX].rstrip(_CLAUSE_MARKS) + "\u2026"
    return words[:1].upper() + words[1:]


def order_phrases(marks: str, lang: str, span: tuple[int, int]) -> list[OrderPhrase]:
    """'after X' / 'before X' phrases in ``marks[span]``, each up to its clause end."""
    return [
        _phrase(marks, lang, cue, span[1], earlier=cue.lastgroup == "after")
        for cue in patterns(lang).order.finditer(marks, *span)
    ]


def _phrase(marks: str, lang: str, cue: re.Match[str], stop: int, *, earlier: bool) -> OrderPhrase:
    start = _SKIP.match(marks, cue.end(), stop).end()  # type: ignore[union-attr]
    limit = min(stop, start + _PHRASE_MAX)
    found = _PHRASE_END.search(marks, start, limit)
    end = found.start() if found else limit
    if lang == "de":
        end = _german_phrase_end(marks, start, end)
    return OrderPhrase(cue.start(), start, end, earlier)


@cache
def _german_links() -> frozenset[str]:
    return frozenset(raw_cues()["phrase_links"]["de"])


def _german_phrase_end(marks: str, start: int, end: int) -> int:
    """A fronted German phrase has no comma after it ("Nach dem Angriff auf Kiew sagte
    Merz..."): it ends at the first lower-case word, past its first noun, that is not an
    article or a preposition."""
    seen_noun = False
    for token in _TOKEN.finditer(marks, start, end):
        word = token.group()
        if word[0].isupper():
            seen_noun = True
        elif seen_noun and word not in _german_links():
            return len(marks[: token.start()].rstrip())
    return end


def is_location(folded: str, lang: str, start: int) -> bool:
    """True when the name at ``start`` follows a location preposition ("à Caracas")."""
    return bool(patterns(lang).location.search(folded, max(0, start - 16), start))


def is_target(folded: str, lang: str, start: int) -> bool:
    """True when the name at ``start`` is what an action aims at ("attack on Kyiv")."""
    return bool(patterns(lang).target.search(folded, max(0, start - 16), start))
