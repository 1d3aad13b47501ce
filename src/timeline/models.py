"""The data model: frozen, validated pydantic models shared by every layer.

``TimeSpan`` is when, ``Actor`` who, ``Place`` where, ``Source`` the evidence,
``Event`` all of them together; ``DateMention`` is what the temporal tagger
finds in text. Models validate and compute; they do no I/O.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar, Self

import pydantic
from pydantic import BaseModel, ConfigDict, Field, model_validator

from timeline._edtf import Precision, Unit, parse_unit, unit_bounds, unit_label
from timeline.errors import DateParseError, InvalidValueError

__all__ = [
    "Actor",
    "ActorType",
    "DateMention",
    "Event",
    "EventKind",
    "Place",
    "Precision",
    "Relation",
    "Resolution",
    "Source",
    "Status",
    "TimeSpan",
    "TimexType",
]


class _Model(BaseModel):
    """Frozen, strict-shaped base: pydantic errors become InvalidValueError."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except pydantic.ValidationError as exc:
            raise _convert(type(self).__name__, exc) from exc

    def __setattr__(self, name: str, value: Any) -> None:
        raise InvalidValueError(
            type(self).__name__, name, value, "models are frozen; build a new one with model_copy()"
        )

    @classmethod
    def _trusted(cls, values: dict[str, Any], given: frozenset[str] | None = None) -> Self:
        """``model_construct(**values)`` without its per-field bookkeeping (the tagger
        builds thousands): ``values`` are valid and hold every field in field order,
        ``given`` the fields set explicitly (default: all)."""
        model = cls.__new__(cls)
        object.__setattr__(model, "__dict__", values)
        object.__setattr__(model, "__pydantic_fields_set__", set(given or values))
        object.__setattr__(model, "__pydantic_extra__", None)
        object.__setattr__(model, "__pydantic_private__", None)
        return model

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate ``obj``; an invalid value raises :class:`InvalidValueError`."""
        try:
            return super().model_validate(obj, **kwargs)
        except pydantic.ValidationError as exc:
            raise _convert(cls.__name__, exc) from exc


def _convert(model: str, exc: pydantic.ValidationError) -> InvalidValueError:
    """The first pydantic error as an InvalidValueError naming field and value.

    A nested model's own InvalidValueError (pydantic wraps it) keeps its field,
    prefixed with where the nested model stands: ``when.start``.
    """
    first = exc.errors(include_url=False)[0]
    path = [str(part) for part in first["loc"]]
    inner = first.get("ctx", {}).get("error")
    if isinstance(inner, InvalidValueError):
        if inner.field != "(model)":
            path.append(inner.field)
        return InvalidValueError(model, ".".join(path) or "(model)", inner.value, inner.reason)
    reason = str(first["msg"]).removeprefix("Value error, ")
    return InvalidValueError(model, ".".join(path) or "(model)", first.get("input"), reason)


# ----------------------------------------------------------------- TimeSpan


_OF_GIVEN = frozenset({"start", "end", "precision", "approximate"})  # TimeSpan.of's fields


class TimeSpan(_Model):
    """A calendar interval: ``start`` and ``end`` days (inclusive) at a precision.

    A month is ``start=2026-01-01, end=2026-01-31, precision=month``: the whole
    month, never a fake first day. ``start=None`` or ``end=None`` leaves that
    side open ("before 14 January 2026" is ``../2026-01-14``). Time precision
    carries timezone-aware ``start_time`` (and optionally ``end_time``).
    """

    start: date | None
    end: date | None
    precision: Precision = Precision.DAY
    start_time: datetime | None = None
    end_time: datetime | None = None
    approximate: bool = False

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.start is None and self.end is None:
            raise ValueError("a span needs a start or an end (both sides cannot be open)")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        self._check_times()
        self._check_alignment()
        return self

    def _check_times(self) -> None:
        for name in ("start_time", "end_time"):
            moment: datetime | None = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise ValueError(f"{name} {moment} has no timezone; give an aware datetime")
        if self.precision is not Precision.TIME:
            if self.start_time is not None or self.end_time is not None:
                raise ValueError("start_time/end_time need precision 'time'")
            return
        if self.start_time is None and self.end_time is None:
            raise ValueError("precision 'time' needs start_time or end_time")
        if self.start_time and self.start != self.start_time.date():
            raise ValueError(f"start {self.start} is not the day of start_time {self.start_time}")
        if self.end_time and self.end != self.end_time.date():
            raise ValueError(f"end {self.end} is not the day of end_time {self.end_time}")
        if self.start_time and self.end_time and self.end_time < self.start_time:
            raise ValueError(f"end_time {self.end_time} is before start_time {self.start_time}")

    def _check_alignment(self) -> None:
        if self.start is not None and unit_bounds(self.start, self.precision)[0] != self.start:
            raise ValueError(
                f"start {self.start} is not the first day of a {self.precision.value}; "
                "use TimeSpan.of() or TimeSpan.parse() to build coarse spans"
            )
        if self.end is not None and unit_bounds(self.end, self.precision)[1] != self.end:
            raise ValueError(f"end {self.end} is not the last day of a {self.precision.value}")

    # -- construction

    @classmethod
    def of(
        cls,
        day: date,
        precision: Precision | str = Precision.DAY,
        *,
        approximate: bool = False,
    ) -> TimeSpan:
        """The whole unit of ``precision`` containing ``day`` (its month, its year...)."""
        precision = Precision(precision)
        if precision is Precision.TIME:
            raise InvalidValueError("TimeSpan", "precision", "time", "use TimeSpan.at() for times")
        start, end = unit_bounds(day, precision)
        if type(day) is date and type(approximate) is bool:  # valid by construction: no check
            values: dict[str, Any] = {"start": start, "end": end, "precision": precision}
            values |= {"start_time": None, "end_time": None, "approximate": approximate}
            return cls._trusted(values, _OF_GIVEN)
        return cls(start=start, end=end, precision=precision, approximate=approximate)

    @classmethod
    def at(cls, moment: datetime, end: datetime | None = None) -> TimeSpan:
        """A time-precision span at ``moment`` (timezone-aware), optionally until ``end``."""
        return cls(
            start=moment.date(),
            end=(end or moment).date(),
            precision=Precision.TIME,
            start_time=moment,
            end_time=end,
        )

    @classmethod
    def parse(cls, text: str) -> TimeSpan:
        """Read EDTF, ISO 8601 or a TIMEX3 date value; raise :class:`DateParseError`."""
        if not isinstance(text, str):
            raise TypeError(f"TimeSpan.parse() takes a str, not {type(text).__name__}")
        body = text.strip()
        if "/" not in body:
            return _from_units(parse_unit(body), None, single=True)
        left, _, right = body.partition("/")
        if "/" in right:
            raise DateParseError(text, "more than one '/'", body.index("/", len(left) + 1))
        first = None if left in ("", "..") else parse_unit(left)
        last = None if right in ("", "..") else parse_unit(right)
        if first is None and last is None:
            raise DateParseError(text, "both sides of the interval are open")
        return _from_units(first, last, single=False)

    # -- reading

    @property
    def is_open(self) -> bool:
        """True when one side is open."""
        return self.start is None or self.end is None

    @property
    def edtf(self) -> str:
        """The canonical EDTF string: '2026-01-14', '2026-01', '../2026-01-14', '2026-01~'."""
        mark = "~" if self.approximate else ""
        if self.precision is Precision.TIME:
            return _time_edtf(self, mark)
        if self.start is None or self.end is None:
            left = ".." if self.start is None else unit_label(self.start, self.precision) + mark
            right = ".." if self.end is None else unit_label(self.end, self.precision) + mark
            return f"{left}/{right}"
        if self._single_unit():
            return unit_label(self.start, self.precision) + mark
        return (
            f"{unit_label(self.start, self.precision)}{mark}/"
            f"{unit_label(self.end, self.precision)}{mark}"
        )

    def _single_unit(self) -> bool:
        return self.start is not None and unit_bounds(self.start, self.precision)[1] == self.end

    @property
    def days(self) -> int | None:
        """Number of days covered, or None for an open span."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1

    def _lo(self) -> date:
        return self.start or date.min

    def _hi(self) -> date:
        return self.end or date.max

    def contains(self, other: TimeSpan | date) -> bool:
        """True when ``other`` lies wholly inside this span."""
        other = as_span(other)
        return self._lo() <= other._lo() and other._hi() <= self._hi()

    def overlaps(self, other: TimeSpan | date) -> bool:
        """True when the two spans share at least one day."""
        other = as_span(other)
        return self._lo() <= other._hi() and other._lo() <= self._hi()

    def intersection(self, other: TimeSpan | date) -> TimeSpan | None:
        """The days both spans cover, at the finer precision that fits; None if disjoint."""
        other = as_span(other)
        if not self.overlaps(other):
            return None
        if self.contains(other):
            return other
        if other.contains(self):
            return self
        lo = None if self.start is None and other.start is None else max(self._lo(), other._lo())
        hi = None if self.end is None and other.end is None else min(self._hi(), other._hi())
        return _aligned_span(lo, hi, min(self.precision, other.precision, key=_rank))

    def sort_key(self) -> tuple[date, date, int, str]:
        """The total order: start, then end, then finer precision, then exact time."""
        moment = self.start_time.isoformat() if self.start_time else ""
        return (self._lo(), self._hi(), self.precision.rank, moment)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TimeSpan):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TimeSpan):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TimeSpan):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TimeSpan):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        return self.edtf


def _rank(precision: Precision) -> int:
    return precision.rank


def as_span(value: TimeSpan | date) -> TimeSpan:
    """A TimeSpan as it is; a day (or an aware datetime: a time) as its span."""
    if isinstance(value, TimeSpan):
        return value
    if isinstance(value, datetime):
        return TimeSpan.at(value) if value.tzinfo else TimeSpan.of(value.date())
    if isinstance(value, date):
        return TimeSpan.of(value)
    raise TypeError(f"expected a TimeSpan or a date, not {type(value).__name__}")


def _aligned_span(lo: date | None, hi: date | None, precision: Precision) -> TimeSpan:
    """A span over [lo, hi] at ``precision`` if its bounds align, else at day precision."""
    if precision is Precision.TIME:
        precision = Precision.DAY
    aligned = (lo is None or unit_bounds(lo, precision)[0] == lo) and (
        hi is None or unit_bounds(hi, precision)[1] == hi
    )
    return TimeSpan(start=lo, end=hi, precision=precision if aligned else Precision.DAY)


def _time_edtf(span: TimeSpan, mark: str) -> str:
    left = span.start_time.isoformat() if span.start_time else ".."
    text = left.replace("+00:00", "Z") + mark
    if span.end_time is not None:
        text += "/" + span.end_time.isoformat().replace("+00:00", "Z") + mark
    return text


def _from_units(first: Unit | None, last: Unit | None, *, single: bool) -> TimeSpan:
    """Build a span from one unit (single) or from the two sides of an interval."""
    if single and first is not None:
        last = first
    sides = [u for u in (first, last) if u is not None]
    precision = max((u.precision for u in sides), key=_rank)
    approximate = any(u.approximate for u in sides)
    if precision is Precision.TIME and all(u.moment for u in sides):
        start_time = first.moment if first else None
        end_time = last.moment if last and not single else None
        if start_time is None:
            raise DateParseError(
                "../" + str(end_time), "an open interval of times is not supported"
            )
        return TimeSpan.at(start_time, end_time).model_copy(update={"approximate": approximate})
    if precision is Precision.TIME:
        precision = Precision.DAY
    start = unit_bounds(first.start, precision)[0] if first else None
    end = unit_bounds(last.end, precision)[1] if last else None
    return TimeSpan(start=start, end=end, precision=precision, approximate=approximate)


# ------------------------------------------------------------------ mentions


class TimexType(StrEnum):
    """The TimeML type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Resolution(StrEnum):
    """How a date was fixed on the calendar."""

    ABSOLUTE = "absolute"  # written in full: "14 January 2026"
    REFERENCE = "reference"  # relative to the document date: "yesterday"
    ANAPHORIC = "anaphoric"  # relative to the previous date in the text: "the next day"
    INFERRED = "inferred"  # deduced from the narrative order: "after the operation"
    UNRESOLVED = "unresolved"  # could not be placed; the value keeps X placeholders


class DateMention(_Model):
    """A temporal expression found in text: ``text[start:end] == mention.text``."""

    start: int = Field(ge=0, strict=True)
    end: int = Field(ge=0, strict=True)
    text: str
    type: TimexType
    value: str
    span: TimeSpan | None = None
    resolution: Resolution = Resolution.ABSOLUTE
    mod: str | None = None
    lang: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not have length end - start")
        return self


# -------------------------------------------------------------------- events


class EventKind(StrEnum):
    """The 16 PLOVER event types, and OTHER."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class Status(StrEnum):
    """What the text says about whether the event happened."""

    REPORTED = "reported"
    ALLEGED = "alleged"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class ActorType(StrEnum):
    """What kind of actor: a state, an organisation, a person or a group."""

    STATE = "state"
    ORGANIZATION = "organization"
    PERSON = "person"
    GROUP = "group"


_CODE = r"^[A-Z][A-Z0-9_]*$"
_COUNTRY = r"^[A-Z]{3}$"


class Actor(_Model):
    """Who: ``code`` is ISO 3166-1 alpha-3 for states, a stable upper-case code otherwise."""

    name: str = Field(min_length=1)
    code: str = Field(pattern=_CODE)
    type: ActorType
    country: str | None = Field(default=None, pattern=_COUNTRY)
    role: str | None = None


class Place(_Model):
    """Where: a named place, its country (alpha-3) and optional coordinates."""

    name: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=_COUNTRY)
    lat: float | None = Field(default=None, ge=-90, le=90, strict=True)
    lon: float | None = Field(default=None, ge=-180, le=180, strict=True)


class Source(_Model):
    """The evidence: which document, the quoted sentence and where it stands in it."""

    document: str
    url: str | None = None
    published: date | None = None
    lang: str | None = None
    quote: str
    start: int = Field(ge=0, strict=True)
    end: int = Field(ge=0, strict=True)
    date_text: str | None = None
    resolution: Resolution = Resolution.ABSOLUTE

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    @property
    def key(self) -> tuple[str, int, int]:
        """What identifies this piece of evidence: document and offsets."""
        return (self.document, self.start, self.end)


class Relation(_Model):
    """A link from an event to another one, e.g. a date conflict."""

    type: str = Field(min_length=1)
    target: str = Field(min_length=1)
    note: str = ""


class Event(_Model):
    """A dated event: when, what, who, where, and the evidence for it.

    ``id`` is derived from the content when not given, so the same input
    gives the same id on every machine and every run. ``reports`` is empty
    for a single report; a merged event (see :func:`timeline.merge`) keeps
    there the single reports it was made from, each with its own date, kind,
    actors and sources, so that merging again starts from the evidence.
    """

    id: str = ""
    when: TimeSpan
    title: str
    summary: str = ""
    kind: EventKind = EventKind.OTHER
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0, strict=True)
    status: Status = Status.REPORTED
    related: tuple[Relation, ...] = ()
    reports: tuple[Event, ...] = ()

    ID_PREFIX: ClassVar[str] = "ev_"

    @model_validator(mode="after")
    def _fill_id(self) -> Self:
        self._check_reports()
        if not self.id:
            object.__setattr__(self, "id", self.content_id())
        return self

    def _check_reports(self) -> None:
        """A merged event's sources are exactly those of its reports, one level deep."""
        if not self.reports:
            return
        if len(self.reports) < 2:
            raise ValueError("a merged event has two reports or more; a single report is the event")
        if any(report.reports for report in self.reports):
            raise ValueError("reports are single reports: they have no reports of their own")
        keys = {source.key for source in self.sources}
        if keys != {source.key for report in self.reports for source in report.sources}:
            raise ValueError("the sources of a merged event must be those of its reports")

    def content_id(self) -> str:
        """The id derived from the date, kind, title, actors and evidence."""
        payload = {
            "when": self.when.edtf,
            "kind": self.kind.value,
            "title": " ".join(self.title.casefold().split()),
            "actors": sorted(actor.code for actor in self.actors),
            "sources": sorted(list(source.key) for source in self.sources),
            "status": self.status.value,
        }
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return self.ID_PREFIX + hashlib.sha256(blob).hexdigest()[:16]

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct documents that report this event, sorted."""
        return tuple(sorted({source.document for source in self.sources}))

    @property
    def n_sources(self) -> int:
        """How many pieces of evidence report this event."""
        return len(self.sources)

    @property
    def n_documents(self) -> int:
        """How many distinct documents report this event."""
        return len(self.documents)

    def sort_key(self) -> tuple[tuple[date, date, int, str], str]:
        """Chronological order, ties broken by id."""
        return (self.when.sort_key(), self.id)
