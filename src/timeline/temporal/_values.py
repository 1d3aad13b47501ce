"""Values read from the pieces of a grammar match.

Numbers in digits or words ('3', 'twenty-five', '6,000'), quantities of units,
months, years (two digits, in words), Roman numerals, shift words ('last',
'next', 'the following') and time zones: what the readers build Atoms from.
"""

from __future__ import annotations

import re

from timeline.temporal._around import Fields
from timeline.temporal._lexicon import Lexicon, lexicon, norm, zones

_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SEPARATOR = re.compile(r"[.,]")
WORD_BREAKS = re.compile(r"[\s-]+")  # between the words of a number
_TEN, _HUNDRED, _THOUSAND = 10, 100, 1000


def number(text: str, lex: Lexicon) -> float | None:
    """The value of a quantity ('3', 'three', 'twenty-five', 'a few' -> None)."""
    text = norm(text)
    if text[:1].isdigit():
        return _digits(text, point=lex.decimal_point)
    if text in lex.numbers:
        return lex.numbers[text]
    if text in lex.one_words:
        return 1.0
    total, group, last = 0.0, 0.0, 0.0  # the thousands counted, the group being read, its last word
    for word in _number_words(WORD_BREAKS.split(text), lex):
        value = lex.numbers.get(word)
        if value is None:
            if word in ("and", "et", "y", "e", "und"):
                continue
            return None
        if 0 < last < _TEN and value < _HUNDRED:
            return None  # "five one": two numbers, not one ("the five one-day matches")
        if value == _THOUSAND:  # "three thousand five hundred": 3 * 1000 + 5 * 100
            total, group = total + (group or 1) * value, 0.0
        else:
            group = group * value if value == _HUNDRED and group else group + value
        last = value
    return total + group


def _number_words(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a number, those the table writes with a hyphen joined again: 'quatre-vingt-
    dix' is 'quatre-vingt' (80) and 'dix', not 4 + 20 + 10."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        size = next(
            (
                n
                for n in range(len(words) - index, 1, -1)
                if "-".join(words[index : index + n]) in lex.numbers
            ),
            1,
        )
        joined.append("-".join(words[index : index + size]))
        index += size
    return joined


def _digits(text: str, *, point: bool = False) -> float:
    """'3', '2,5' (a decimal comma), '6,000' and '1.000' (thousands: three digits after);
    where the ``point`` marks decimals (English), '55.154' is 55.154 and commas group."""
    if point:
        return float(text.replace(",", ""))
    if _THOUSANDS.fullmatch(text):
        return float(_SEPARATOR.sub("", text))
    return float(text.replace(",", "."))


def _quantity(fields: Fields, lex: Lexicon) -> float | None:
    """The amount of units: 'three', '3.5', 'one and a half', 'a fortnight' (two weeks)."""
    qty = number(fields["qty"], lex)
    fraction = fields.get("frac") or fields.get("frac2")
    if qty is not None and fraction is not None:
        qty += lex.fractions[norm(fraction)]
    if qty is not None and "slash" in fields:  # "5 1/2 hours"
        qty += 0.5
    factor = lex.unit_factors.get(norm(fields.get("unit", "")), 1)
    return None if qty is None else qty * factor


def _month(text: str, lex: Lexicon) -> int:
    """The month of a name, or of the English abbreviation a stamp writes ("23/Sep/2020")."""
    key = norm(text).rstrip(".")
    return lex.months[key] if key in lex.months else lexicon("en").months[key]


_ERA_YEARS = 2400  # a year from here on is of a later era (Buddhist: 2569 is 2026)


def _year(fields: Fields, key: str = "year", lex: Lexicon | None = None) -> int | None:
    raw = fields.get(key)
    if raw is None:
        return _year_in_words(fields["yearw"], lex) if "yearw" in fields and lex else None
    year = int(raw)
    if len(raw) == 2:
        year += 1900 if year > 40 else 2000
    if lex is not None and lex.era_offset and year >= _ERA_YEARS:
        year -= lex.era_offset  # Thai 2569 (Buddhist era): 2026
    return year


def _year_in_words(text: str, lex: Lexicon) -> int | None:
    """'dos mil dieciocho' = 2000 + 18, 'mil novecientos noventa y dos' = 1900 + 92."""
    text = norm(text)
    head = max((w for w in lex.year_words if text.startswith(w)), key=len, default=None)
    if head is None:
        return None
    rest = text[len(head) :].strip()
    tail = number(rest, lex) if rest else 0.0
    return None if tail is None else lex.year_words[head] + int(tail)


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int | None:
    """The value of a Roman numeral ('XXI' = 21), None when malformed ('IIII' is accepted)."""
    values = [_ROMAN[char] for char in text]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if total > 0 else None


def _tz_of(fields: Fields) -> str | None:
    if "tz" in fields:
        code = fields["tz"]
        return "+00:00" if code == "Z" else zones().abbreviations.get(norm(code), code)
    city = fields.get("city") or fields.get("city2")
    return zones().cities.get(norm(city)) if city else None


def _anaphoric(fields: Fields, lex: Lexicon) -> bool:
    """'the following year', 'the previous Friday', "l'année précédente", 'el mes
    siguiente': shifted from the date told before."""
    shifts = lex.anaphoric_shifts
    return norm(fields.get("shift", "")) in shifts or norm(fields.get("shiftpost", "")) in shifts


def _shift(fields: Fields, lex: Lexicon) -> int | None:
    if "shift" in fields:
        return lex.shift_before.get(norm(fields["shift"]))
    if "shiftpost" in fields:
        return lex.shift_after.get(norm(fields["shiftpost"]).lstrip("-"), 0)
    return None
