"""Reading explicit dates from their match (``_read_dates``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("by the end of the first quarter", "en", ("the end of the first quarter", "END")),
        ("at the start of the second quarter", "en", ("the start of the second quarter", "START")),
        ("à la fin du premier trimestre", "fr", ("à la fin du premier trimestre", "END")),
        ("in the first quarter", "en", ("the first quarter", None)),
        ("Ende des ersten Quartals stieg er.", "de", ("Ende des ersten Quartals", "END")),
    ],
)
def test_a_part_of_a_quarter_named_by_its_ordinal(
    text: str, lang: str, expected: tuple[str, str | None]
) -> None:
    """'the end of the first quarter' is that quarter with mod END, one mention."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert (mention.text, mention.mod) == expected
