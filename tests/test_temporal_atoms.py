"""Atoms and the fast copy of the tagger's frozen dataclasses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.temporal._atoms import Atom, evolve


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
