"""Rules for the shapes of dates apart from the main table (``_shape_rules``): period codes
of financial news, a day alone, the year first in other languages."""

from __future__ import annotations

import re
from datetime import date

import pytest

from mentions import pairs
from timeline.temporal._lexicon import Lexicon, lexicon
from timeline.temporal._shape_rules import _bare_day, _period_codes, _year_first

MAY_2018 = date(2018, 5, 10)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    """The (text, value) pairs of ``text`` dated 10 May 2018."""
    return pairs(text, MAY_2018, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Revenue fell in 2017 Q1, then rose.", [("2017 Q1", "2017-Q1")]),
        ("en", "Revenue fell in 2017-Q1.", [("2017-Q1", "2017-Q1")]),
        (
            "en",
            "Revenue fell in Q3/2016 and 1Q 2017.",
            [("Q3/2016", "2016-Q3"), ("1Q 2017", "2017-Q1")],
        ),
        ("en", "Revenue fell in Q1 of 2017.", [("Q1 of 2017", "2017-Q1")]),
        (
            "en",
            "Margins grew in H2 2016 and in 2017 H1.",
            [("H2 2016", "2016-H2"), ("2017 H1", "2017-H1")],
        ),
        ("fr", "Le chiffre d'affaires du T3 2016 a baissé.", [("T3 2016", "2016-Q3")]),
        ("fr", "Les ventes du S2 2016 ont baissé.", [("S2 2016", "2016-H2")]),
        ("es", "El PIB del 2T 2016 creció.", [("2T 2016", "2016-Q2")]),
        ("de", "Der Umsatz im Q4/2016 stieg.", [("Q4/2016", "2016-Q4")]),
        ("en", "The H1N1 virus spread in 2009.", [("2009", "2009")]),  # no half: a virus
        ("en", "Sales rose in Q3.", [("Q3", "2017-Q3")]),  # told in May 2018: the last Q3
    ],
)
def test_quarters_and_halves_in_the_codes_of_financial_news(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """'2017 Q1', 'Q3/2016', '1Q 2017', 'H1 2017', 'T3 2016' (trimestre), 'S2 2016' (semestre):
    one quarter or half (were a year and this year's quarter, '2017/2019-Q1' for '2017-Q1')."""
    assert found(text, lang) == expected


def test_languages_without_the_words_get_no_such_rule() -> None:
    """No quarter letters, no lone-day leads: no rule, or one that never matches."""
    bare = Lexicon(lang="xx")
    assert _period_codes(bare, "of") == []
    assert re.search(_bare_day(bare), "Le 14, ils sont partis.") is None


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("hu", "2026. március 3-án", "3"),
        ("lv", "2026. gada 3. martā", "3"),
        ("lt", "2026 m. kovo 3", "3"),
    ],
)
def test_the_year_first_rules_read_the_day(lang: str, text: str, day: str) -> None:
    """The year first, its noun, then the day and month in either order."""
    matched = [re.fullmatch(body, text, re.IGNORECASE) for _, body in _year_first(lexicon(lang))]
    assert [m["day"] for m in matched if m] == [day]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las ventas aumentaron durante 2017-t1", [("2017-t1", "2017-Q1")]),
        ("durante 2017 t1 a 2018 t1", [("2017 t1 a 2018 t1", "2017-Q1/2018-Q1")]),
        ("En 2017 tuvo tres hijos.", [("2017", "2017")]),
    ],
)
def test_a_quarter_letter_after_its_year_in_lower_case(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'2017-t1' is the first quarter (it was the year alone, or nothing); a word after the
    year is no quarter's letter."""
    assert pairs(text, date(2019, 6, 11), "es") == expected
