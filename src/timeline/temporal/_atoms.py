"""What the grammar found, before it is placed on the calendar: the Atom."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Self, TypeVar

Frozen = TypeVar("Frozen")
Kind = TypeVar("Kind", bound=type)


def evolve(instance: Frozen, **changes: object) -> Frozen:
    """A copy of a frozen dataclass with some fields changed.

    What dataclasses.replace() gives, without running __init__ again (several
    times faster; the tagger's dataclasses have no __post_init__ and no
    init=False field).
    """
    known: dict[str, Any] = instance.__dataclass_fields__  # type: ignore[attr-defined]
    unknown = changes.keys() - known.keys()
    if unknown:
        raise TypeError(f"{type(instance).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(instance))
    copy.__dict__.update(instance.__dict__, **changes)
    return copy


def filled_init(cls: Kind) -> Kind:
    """``cls`` (a frozen dataclass) with an ``__init__`` that fills its ``__dict__`` at once.

    The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field with
    ``object.__setattr__``, one call per field (29 for an Atom, built once per match of
    the grammar); this one takes the same parameters in the same order with the same
    defaults and stores the same ``__dict__`` in one ``update`` (tests compare the two),
    about twice as fast. Written as dataclasses writes its own: the source of a function,
    compiled once per class. Only for classes without ``__post_init__``, default
    factories, keyword-only or ``init=False`` fields (a TypeError otherwise).
    """
    found = fields(cls)
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only is True or f.default_factory is not MISSING for f in found
    ):
        raise TypeError(f"{cls.__name__}: filled_init needs plain fields and no __post_init__")
    defaults = {f"_d_{f.name}": f.default for f in found if f.default is not MISSING}
    namespace: dict[str, Any] = dict(defaults)
    exec(_init_source([f.name for f in found], defaults), namespace)  # noqa: S102 - our source, from field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {f.name: f.type for f in found} | {"return": None}
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning to a method
    return cls


def _init_source(names: list[str], defaults: dict[str, Any]) -> str:
    """``def __init__(self, start, end, kind, year=_d_year, ...)``: one ``update``."""
    params = ", ".join(f"{n}=_d_{n}" if f"_d_{n}" in defaults else n for n in names)
    values = ", ".join(f"{n}={n}" for n in names)
    return f"def __init__(self, {params}):\n    self.__dict__.update({values})\n"


DAY_END = "23:59:59"  # the time of day of "end of tomorrow", "eod" (as a day part: T23:59:59)


@filled_init
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
    near: bool = False  # "this coming Friday": a shifted weekday may be the adjacent day
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
