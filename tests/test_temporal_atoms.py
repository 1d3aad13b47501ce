"""Atoms and the fast copy of the tagger's frozen dataclasses."""

from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal._atoms import Atom, evolve, filled_init


def test_evolve_gives_what_dataclasses_replace_gives() -> None:
    """Same fields, same equality and hash; the original is left as it was."""
    atom = Atom(3, 11, "date", year=2026, month=1)
    copy = evolve(atom, day=14, end=14)
    assert copy == replace(atom, day=14, end=14)
    assert hash(copy) == hash(replace(atom, day=14, end=14))
    assert (atom.day, atom.end) == (None, 11)


def test_atom_but_changes_only_the_fields_named() -> None:
    """but() is evolve(): a copy with the changes."""
    atom = Atom(0, 4, "weekday", weekday=2)
    assert atom.but(shift=-1) == Atom(0, 4, "weekday", weekday=2, shift=-1)


def test_evolve_refuses_a_field_the_class_does_not_have() -> None:
    """A misspelt field is an error, as with dataclasses.replace."""
    with pytest.raises(TypeError, match="no field 'dya'"):
        evolve(Atom(0, 1, "date"), dya=3)


@dataclass(frozen=True)
class _Plain:
    start: int
    end: int
    kind: str = "date"
    year: int | None = None
    base: object = field(default=None, repr=False)


@filled_init
@dataclass(frozen=True)
class _Filled:
    start: int
    end: int
    kind: str = "date"
    year: int | None = None
    base: object = field(default=None, repr=False)


_OPTIONAL = st.fixed_dictionaries({}, optional={"kind": st.text(max_size=3), "year": st.integers()})


@given(st.integers(), st.integers(), _OPTIONAL)
def test_filled_init_stores_what_the_dataclass_init_stores(
    start: int, end: int, optional: dict[str, object]
) -> None:
    """Same __dict__ (keys in field order), positional or by keyword; same signature."""
    assert _Filled(start, end, **optional).__dict__ == _Plain(start, end, **optional).__dict__
    filled = _Filled(start=start, end=end, **optional).__dict__
    assert list(filled.items()) == list(_Plain(start=start, end=end, **optional).__dict__.items())
    assert str(inspect.signature(_Filled)) == str(inspect.signature(_Plain))


def test_filled_init_refuses_what_the_dataclass_init_refuses() -> None:
    """A missing or unknown argument is a TypeError, as before; frozen stays frozen."""
    with pytest.raises(TypeError):
        _Filled(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Filled(1, 2, dya=3)  # type: ignore[call-arg]
    with pytest.raises(FrozenInstanceError):
        _Filled(1, 2).year = 3  # type: ignore[misc]


def test_filled_init_refuses_a_class_it_would_build_wrong() -> None:
    """Default factories and __post_init__ need the dataclass's own __init__."""

    @dataclass(frozen=True)
    class Listed:
        items: list[int] = field(default_factory=list)

    with pytest.raises(TypeError, match="plain fields"):
        filled_init(Listed)


def test_atoms_are_built_by_the_filled_init() -> None:
    atom = Atom(3, 11, "date", year=2026)
    assert atom.__dict__ == {
        **_atom_defaults(),
        "start": 3,
        "end": 11,
        "kind": "date",
        "year": 2026,
    }


def _atom_defaults() -> dict[str, object]:
    return {f.name: f.default for f in fields(Atom) if f.default is not MISSING}
