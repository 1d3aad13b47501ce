"""What the grammar found, before it is placed on the calendar: the Atom."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Self, TypeVar

Frozen = TypeVar("Frozen")


def evolve(instance: Frozen, **changes: object) -> Frozen:
    """A copy of a frozen dataclass with some fields changed.

    What dataclasses.replace() gives, without running __init__ again (several
    times faster; the tagger's dataclasses have no __post_init__ and no
    init=False field).
    """
    fields: dict[str, Any] = instance.__dataclass_fields__  # type: ignore[attr-defined]
    unknown = changes.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{type(instance).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(instance))
    copy.__dict__.update(instance.__dict__, **changes)
    return copy


DAY_END = "23:59:59"  # the time of day of "end of tomorrow", "eod" (as a day part: T23:59:59)


@dataclass(frozen=True)
class Atom:
    """One temporal expression with its pieces read from the text.

    ``kind`` says how to place it: ``date`` (explicit parts), ``dayword``
    (offset from the reference), ``anaday`` (offset from the previous date),
    ``weekday``, ``shift`` (this/last/next unit), ``ago``, ``later``,
    ``future``, ``duration``, ``set``, ``ref``, ``time``, ``decade``,
    ``yearrange``. ``link`` is an open range (since/until/before/after) and
    ``until`` the second end of a closed range.
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    decade: int | None = None
    shift: int | None = None
    unit: str | None = None
    qty: float | None = None
    offset: int = 0
    part: str | None = None
    ref: str | None = None
    value: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str | None = None
    daypart: str | None = None
    holiday: str | None = None
    approx: str | None = None
    anaphoric: bool = False  # "the following year": shifted from the date told before
    base: Atom | None = field(default=None, repr=False)
    link: str | None = None
    until: Atom | None = None
    time: Atom | None = field(default=None, repr=False)

    def but(self, **changes: object) -> Self:
        """A copy with some fields changed."""
        return evolve(self, **changes)

    @property
    def has_day(self) -> bool:
        """True when the expression names a day (explicitly or relatively)."""
        if self.kind == "date":
            return self.day is not None
        return self.kind in ("dayword", "anaday", "weekday")
