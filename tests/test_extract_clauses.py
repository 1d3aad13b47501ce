"""Titles from clauses: shorten()."""

from __future__ import annotations

import pytest

from timeline.extract.clauses import shorten


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("  the army   withdrew ,", "The army withdrew"),
        # a full-width comma, an ideographic full stop
        ("\uff0c美国军队抓获了马杜罗。", "美国军队抓获了马杜罗"),
        ("、米軍は拘束した。", "米軍は拘束した"),
        ("U.S. troops left.", "U.S. troops left"),
        # what cutting the dates out of a clause leaves
        ("Hier ( ), le président a démissionné", "Hier, le président a démissionné"),
        ("Сегодня, , в Каракасе", "Сегодня, в Каракасе"),
        ("troops (which left ) attacked", "Troops (which left ) attacked"),  # not empty
    ],
)
def test_a_title_has_no_clause_marks_at_its_edges(text: str, title: str) -> None:
    assert shorten(text) == title


def test_a_long_title_is_cut_at_a_word_with_an_ellipsis() -> None:
    title = shorten("word, " * 60)
    assert len(title) <= 141
    assert title.endswith("word\u2026")
