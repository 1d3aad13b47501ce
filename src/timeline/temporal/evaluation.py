"""Scoring the tagger: TempEval-3 metrics on TimeML, exact accuracy on Recognizers cases.

``read_timeml(path)`` gives a document's plain text, its creation time and
gold TIMEX3 tags with offsets into that text; ``score(gold, found)`` adds up
strict and relaxed extent matches and the type and value agreement over
relaxed matches, as TempEval-3 reports them. ``recognizers_cases(path)``
reads a case file in the format of Microsoft Recognizers-Text (the plain
``cases_*.jsonl`` or the raw ``*_DateTimeModel_all.jsonl``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from timeline.models import DateMention
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_WEEK = re.compile(r"-W(\d)(?!\d)")
_KEPT_TYPES = ("date", "time", "datetime", "duration", "set")


@dataclass(frozen=True)
class Timex:
    """A gold or found temporal expression: offsets, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    """A TimeML document: plain text, creation date and gold expressions."""

    name: str
    text: str
    created: date | None
    timexes: tuple[Timex, ...]


@dataclass
class Score:
    """Counts for TempEval-3 extent and attribute scores."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0
    value_exact: int = 0
    unvalued: int = 0  # gold expressions with no value (extents only): not in value scores
    unvalued_found: int = 0  # found expressions matched to one of those
    misses: list[str] = field(default_factory=list)

    def add(self, gold: Iterable[Timex], found: Iterable[Timex], text: str = "") -> None:
        """Count one document's gold and found expressions."""
        gold, found = list(gold), list(found)
        self.gold += len(gold)
        self.found += len(found)
        self.unvalued += sum(not one.value for one in gold)
        for one, other in _pairs(gold, found):
            self.relaxed += 1
            self.strict += (one.start, one.end) == (other.start, other.end)
            self.type += one.type == other.type
            self.unvalued_found += not one.value
            self.value += bool(one.value) and same_value(one.value, other.value)
            self.value_exact += bool(one.value) and one.value == other.value

    def f1(self, hits: int, *, valued: bool = False) -> tuple[float, float, float]:
        """(precision, recall, F1) for ``hits`` agreeing expressions; ``valued``: over the
        gold expressions that have a value and what was found (less what matched the others)."""
        found = self.found - self.unvalued_found if valued else self.found
        gold = self.gold - self.unvalued if valued else self.gold
        precision = hits / found if found else 0.0
        recall = hits / gold if gold else 0.0
        total = precision + recall
        return precision, recall, (2 * precision * recall / total if total else 0.0)

    def table(self) -> dict[str, tuple[float, float, float]]:
        """Strict, relaxed, type, value and value as exact strings (P, R, F1).

        ``value`` takes notations of the same value as equal (see ``same_value``);
        ``value=str`` compares the strings, as the TempEval-3 scorer does.
        """
        return {
            "strict": self.f1(self.strict),
            "relaxed": self.f1(self.relaxed),
            "type": self.f1(self.type),
            "value": self.f1(self.value, valued=True),
            "value=str": self.f1(self.value_exact, valued=True),
        }


def _pairs(gold: list[Timex], found: list[Timex]) -> Iterator[tuple[Timex, Timex]]:
    """One-to-one overlapping pairs, exact matches first, then in text order."""
    taken: set[int] = set()
    exact = {(t.start, t.end): i for i, t in enumerate(found)}
    rest = []
    for one in gold:
        index = exact.get((one.start, one.end))
        if index is not None and index not in taken:
            taken.add(index)
            yield one, found[index]
        else:
            rest.append(one)
    for one in rest:
        for index, other in enumerate(found):
            if index not in taken and other.start < one.end and one.start < other.end:
                taken.add(index)
                yield one, other
                break


def same_value(gold: str, found: str) -> bool:
    """TIMEX3 values agree.

    Written differently, the same value: '199' and '199X' (a decade in TimeML 1.2
    and ISO-TimeML), '2000-W7' and '2000-W07' (TimeBank does not pad weeks),
    'P2.5Y' and 'P2Y6M' (ISO 8601 decimal or whole units: TimeBank writes the latter).
    """
    if gold == found or _WEEK.sub(r"-W0\1", gold) == found:
        return True
    if _expanded(found) == gold or _expanded(gold) == found:
        return True
    if re.fullmatch(r"\d{2,3}", gold):
        return found == gold + "X" * (4 - len(gold))
    return False


_DECIMAL = re.compile(r"P(T?)(\d+)\.(\d+)([YDHMS])")
_FINER = {("", "Y"): ("", "M", 12), ("", "D"): ("T", "H", 24), ("T", "H"): ("", "M", 60)}
_FINER[("T", "M")] = ("", "S", 60)


def _expanded(value: str) -> str | None:
    """'P2.5Y' as 'P2Y6M', 'PT5.5H' as 'PT5H30M' (a decimal duration in whole units)."""
    found = _DECIMAL.fullmatch(value)
    if found is None or (found[1], found[4]) not in _FINER:
        return None
    mark, unit, times = _FINER[found[1], found[4]]
    rest = float(f"0.{found[3]}") * times
    if rest % 1:
        return None
    whole = f"{found[2]}{found[4]}" if int(found[2]) else ""
    return f"P{found[1]}{whole}{mark}{int(rest)}{unit}"


# ------------------------------------------------------------------- TimeML


def as_timexes(mentions: Iterable[DateMention], lang: str = "en") -> list[Timex]:
    """The mentions as TimeML annotates them: a closed range as the TIMEX3 of each end.

    find_dates gives "from 1991 to 1997" as one mention (value ``1991/1997``);
    TimeML writes two TIMEX3 ("1991", "1997") joined by a signal ("to"), the
    range words staying outside. Other mentions are kept as they are.
    """
    timexes = []
    for mention in mentions:
        ends = _range_ends(mention, lang)
        if ends:
            timexes.extend(ends)
        else:
            timexes.append(Timex(mention.start, mention.end, mention.type.value, mention.value))
    return timexes


def _range_ends(mention: DateMention, lang: str) -> list[Timex]:
    first, slash, last = mention.value.partition("/")
    if not slash or "/" in last or mention.type.value not in ("DATE", "TIME"):
        return []
    lead, joint = _range_words(lang)
    text = mention.text
    skip = lead.match(text)
    begin = skip.end() if skip else 0
    gap = _joint(text, begin, joint)
    if gap is None:
        return []
    kind = mention.type.value
    return [
        Timex(mention.start + begin, mention.start + gap[0], _kind(first, kind), first),
        Timex(mention.start + gap[1], mention.end, _kind(last, kind), last),
    ]


def _joint(text: str, begin: int, words: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the range word or dash between the two ends is: a word, else the one dash."""
    found = words.search(text, begin)
    if found is not None:
        return found.span()
    dashes = [i for i in range(begin, len(text)) if text[i] in "-\u2013"]
    if len(dashes) != 1 or dashes[0] in (begin, len(text) - 1):
        return None
    after = len(text) - len(text[dashes[0] + 1 :].lstrip())
    return len(text[: dashes[0]].rstrip()), after


def _kind(value: str, kind: str) -> str:
    return "TIME" if "T" in value.partition("-")[2] else ("DATE" if kind == "TIME" else kind)


@cache
def _range_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a range ("from", "between") and between its ends ("to", "and")."""
    lex = lexicon(lang)
    after = "(?:\\s+|(?<=['\u2019]))"  # an elided word is glued: "dall'8", "all'8 luglio"
    lead = re.compile(f"{alt((*lex.range_from, *lex.range_between))}{after}", re.IGNORECASE)
    joint = re.compile(f"\\s+{alt((*lex.range_to, *lex.range_and))}{after}", re.IGNORECASE)
    return lead, joint


def read_timeml(path: Path) -> Document:
    """A TimeML file's TEXT as plain text, with gold TIMEX3 offsets into it.

    Files without a TEXT element (TimeBank 1.1, TimeBankPT) give all that the root
    element holds. The creation time is the reference, not an expression to find
    (TempEval-3 does not score it): its tag is left out of the gold and its words
    are blanked, offsets kept.
    """
    raw = path.read_text(encoding="utf-8")
    created = _creation_date(raw)
    text, timexes = _strip(_body(raw))
    for timex in timexes:
        if timex.type == _CREATION:
            text = text[: timex.start] + " " * (timex.end - timex.start) + text[timex.end :]
    gold = tuple(timex for timex in timexes if timex.type != _CREATION)
    return Document(path.name, text, created, gold)


_CREATION = "CREATION_TIME"  # the type _timex gives the creation time's tag
_ROOT = re.compile(r"<(?![?!])[^>]*>")  # the first element's start tag


def _body(raw: str) -> str:
    """The TEXT element's content, else the root element's."""
    start, end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if start >= 0:
        return raw[start + len("<TEXT>") : end if end > start else len(raw)]
    root = _ROOT.search(raw)
    return raw[root.end() :] if root else raw


def _creation_date(raw: str) -> date | None:
    """The TIMEX3 marked CREATION_TIME, or the TIMEX2 in <DATETIME> (ACE, WikiWars)."""
    for match in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attributes = dict(_ATTR.findall(match[1]))
        if attributes.get("functionInDocument") == "CREATION_TIME":
            return _iso_day(attributes.get("value", ""))
    stamp = re.search(r"<DATETIME>\s*<TIMEX2([^>]*)>", raw)
    return _iso_day(dict(_ATTR.findall(stamp[1])).get("val", "")) if stamp else None


def _iso_day(value: str) -> date | None:
    found = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    return date(int(found[1]), int(found[2]), int(found[3])) if found else None


def _strip(body: str) -> tuple[str, list[Timex]]:
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = match.end()
        if match[2] not in ("TIMEX3", "TIMEX2"):
            continue
        if not match[1]:
            open_timex = (length, dict(_ATTR.findall(match[3])))
        elif open_timex is not None:
            timexes.append(_timex(*open_timex, length))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), timexes


def _timex(start: int, attributes: dict[str, str], end: int) -> Timex:
    """A TIMEX3, or a TIMEX2 (``val``, no type: the type its value implies)."""
    value = attributes.get("value", attributes.get("val", ""))
    if attributes.get("functionInDocument") == _CREATION:
        return Timex(start, end, _CREATION, value)
    return Timex(start, end, attributes.get("type") or _implied_type(value), value)


def _implied_type(value: str) -> str:
    return "DURATION" if value.startswith("P") else _kind(value, "DATE")


def read_document(path: Path) -> Document | None:
    """A TimeML or TIMEX2 file, or one of the JSON forms of other corpora (None: a JSON
    file of another shape).

    - TempEval-2 as JSON (``raw`` text, ``tokens`` with offsets, ``entities.timexs`` by
      token; the creation time is the timex with ``function_in_document``);
    - Professor HeidelTime (``dct``, ``text``, ``timexs`` as [text, [start, end]]: extents
      only, so the value and type scores leave them out).
    """
    if path.suffix.lower() != ".json":
        return read_timeml(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and {"raw", "tokens", "entities"} <= data.keys():
        return _tempeval2_json(path.name, data)
    if isinstance(data, dict) and {"text", "timexs"} <= data.keys():
        timexes = tuple(Timex(int(a), int(b), "", "") for _, (a, b) in data["timexs"])
        return Document(path.name, data["text"], _iso_day(str(data.get("dct") or "")), timexes)
    return None


def _tempeval2_json(name: str, data: dict[str, Any]) -> Document:
    offsets = {str(token["tkn_idx"]): token["offsets"] for token in data["tokens"]}
    created, timexes = None, []
    for timex in data["entities"].get("timexs", []):
        value = str(timex.get("val") or "")
        if timex.get("function_in_document") == _CREATION:
            created = _iso_day(value)
            continue
        tokens = timex["tkn_idx"] if isinstance(timex["tkn_idx"], list) else [timex["tkn_idx"]]
        spans = [offsets[str(t)] for t in tokens if str(t) in offsets]
        if spans:
            kind = str(timex.get("type") or _implied_type(value))
            timexes.append(Timex(spans[0][0], spans[-1][1], kind, value))
    return Document(name, data["raw"], created, tuple(timexes))


def corpus_files(folder: Path) -> list[Path]:
    """The TimeML (.tml, .xml) and JSON files under ``folder`` (sorted), or ``folder``
    itself when it is a file."""
    if folder.is_file():
        return [folder]
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".tml", ".xml", ".json"))


def timeml_files(folder: Path) -> list[Path]:
    """The .tml files under ``folder`` (sorted), or ``folder`` itself when it is a file."""
    return [folder] if folder.is_file() else sorted(folder.rglob("*.tml"))


# -------------------------------------------------------------- Recognizers


@dataclass(frozen=True)
class Case:
    """One Recognizers case: text, reference, language and expected (text, value) pairs.

    The reference is a datetime when the case gives a time of day ("in 5 minutes").
    """

    text: str
    reference: date
    lang: str
    expected: tuple[tuple[str, tuple[str, ...]], ...]


# the language names of the raw Recognizers files, as codes
LANG_NAMES = {
    "English": "en",
    "French": "fr",
    "Spanish": "es",
    "German": "de",
    "Italian": "it",
    "Portuguese": "pt",
}


# Recognizers-Text's specs leave out the reference where it does not matter; their test
# runner then uses this one, and the converted cases_*.jsonl files assume it too.
_RECOGNIZERS_DEFAULT_REFERENCE = "2016-11-07T00:00:00"


def recognizers_cases(path: Path) -> list[Case]:
    """The validated cases of a Recognizers file (plain or raw format)."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        case = _plain_case(row) if "expected" in row else _raw_case(row)
        if case is not None:
            cases.append(case)
    return cases


def _plain_case(row: dict[str, object]) -> Case:
    expected = tuple(
        (str(e["text"]), (str(e["value"]),))
        for e in row["expected"]  # type: ignore[attr-defined]
    )
    reference = _reference(str(row["reference"]))
    return Case(str(row["text"]), reference, str(row["lang"]), expected)


def _raw_case(row: dict[str, object]) -> Case | None:
    if not row.get("supported_by"):
        return None
    given = str(row.get("ref") or _RECOGNIZERS_DEFAULT_REFERENCE)
    expected = []
    for result in row["results"]:  # type: ignore[attr-defined]
        kind = str(result["type"]).removeprefix("datetimeV2.")
        values = result.get("values") or []
        timexes = [str(v.get("timex", "")) for v in values]
        if kind not in _KEPT_TYPES or any("(" in t or "/" in t for t in timexes):
            return None
        resolved = [_clock(str(v.get("value", "")).replace(" ", "T")) for v in values]
        anchored = [_on_reference(t, given) for t in timexes if t.startswith("T")]
        expected.append((str(result["text"]), tuple(timexes + resolved + anchored)))
    reference = _reference(given)
    lang = LANG_NAMES.get(str(row["lang"]), str(row["lang"]))
    return Case(str(row["input"]), reference, lang, tuple(expected))


def _reference(text: str) -> date:
    """The case's reference as given: a datetime when it has a time of day, else a date."""
    if "T" not in text:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text[:19])


def _on_reference(timex: str, reference: str) -> str:
    """A time of day ('T18', 'T18:12', 'T19:56:30') anchored on the reference day, as TIMEX3
    values are."""
    clock = timex[1:].split(":")
    minutes = clock[1] if len(clock) > 1 else "00"
    return _clock(f"{reference[:10]}T{':'.join((clock[0], minutes, *clock[2:]))}")


def _clock(value: str) -> str:
    """A resolved value as TIMEX3 writes it: '2016-11-07T19:56:30' keeps its seconds,
    '2016-11-07T15:00:00' has none to keep ('2016-11-07T15:00')."""
    return value[:16] if value[16:] in ("", ":00") else value


def case_found(case: Case, mentions: Iterable[DateMention]) -> list[tuple[str, str]]:
    """The (text, value) pairs a case is scored on: a closed range as its two ends, as
    TimeML and :func:`as_timexes` count it (the cases leave out the ranges Recognizers
    resolves; where it finds "5pm" and "7pm" in "dalle 5pm alle 7pm", so does this)."""
    return [(case.text[t.start : t.end], t.value) for t in as_timexes(mentions, case.lang)]


def case_passes(case: Case, found: list[tuple[str, str]]) -> bool:
    """True when the found (text, value) pairs are exactly the expected ones."""
    if len(found) != len(case.expected):
        return False
    return all(
        text.lower() == want.lower() and value in values
        for (text, value), (want, values) in zip(found, case.expected, strict=True)
    )
