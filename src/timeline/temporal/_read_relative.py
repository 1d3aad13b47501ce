"""Read relative expressions, durations and sets into Atoms.

Counts from now ('three days ago', 'in two weeks', 'a year later'), day words
('yesterday'), shifted units ('next month', 'the past year'), weekdays, plural
units ('for weeks'), sets ('every Monday', 'twice a year') and vague references.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from timeline.temporal._around import Fields
from timeline.temporal._atoms import DAY_END, Atom
from timeline.temporal._lexicon import Lexicon, lexicon, norm
from timeline.temporal._values import _anaphoric, _quantity, _shift


def _read_frequency(fields: Fields, lex: Lexicon) -> Atom:
    """'deux fois par an' recurs every year (twice: TimeML's freq, not the period)."""
    return Atom(0, 0, "set", unit=lex.units[norm(fields["unit"])], qty=1.0)


def _read_relative(kind: str) -> Callable[[Fields, Lexicon], Atom | None]:
    def reader(fields: Fields, lex: Lexicon) -> Atom | None:
        if norm(fields["unit"]) in lex.shift_only_units:  # "in a calendar year"
            return None
        unit = lex.units.get(norm(fields["unit"]))
        qty = 1.0 if "whole" in fields else _quantity(fields, lex)
        if kind == "later":
            qty = None if qty is None else qty * lex.later_after[norm(fields["later"])]
        if qty is not None and "half" in fields:  # "tres años y medio"
            qty += 0.5
        if kind == "future" and norm(fields.get("after", "")) in lex.count_alternatives:
            return Atom(0, 0, kind, ref="FUTURE_REF")  # "in a year or two": some time ahead
        word = norm(fields.get("approx", ""))
        approx = lex.approximators.get(word) or lex.ago_approximators.get(word)
        if "low" in fields and qty is not None and approx is None:  # "two to three weeks":
            qty, approx = _quantity({**fields, "qty": fields["low"]}, lex), "EQUAL_OR_MORE"
        return Atom(0, 0, kind, unit=unit, qty=qty, approx=approx)

    return reader


def _read_year_ago(fields: Fields, lex: Lexicon) -> Atom:
    """'the year-ago quarter' is 'a year earlier': the period named, a year before."""
    quarter = lex.ordinals.get(norm(fields.get("ordw", "")))
    if quarter is not None and 1 <= quarter <= 4:  # "the year-earlier third quarter"
        return Atom(0, 0, "date", quarter=quarter, shift=-1)
    return Atom(0, 0, "later", unit="Y", qty=-1.0, anaphoric=True)  # of the period reported


def _read_word(kind: str, table: str) -> Callable[[Fields, Lexicon], Atom | None]:
    def reader(fields: Fields, lex: Lexicon) -> Atom | None:
        words: dict[str, int] = getattr(lex, table)
        word = norm(fields[kind])
        daypart = lex.day_parts.get(norm(fields.get("daypart", ""))) or lex.day_word_parts.get(word)
        daypart = daypart or lex.day_parts_before.get(norm(fields.get("daypartb", "")))
        part = lex.parts.get(norm(fields.get("part", "")))
        offset = words[word]
        ends = {norm(fields.get("part", "")), word} & lex.day_end
        if kind == "dayword" and ends and daypart is None:  # "end of tomorrow": its last second
            return Atom(0, 0, kind, offset=offset, daypart=DAY_END)
        return Atom(0, 0, kind, offset=offset, daypart=daypart, part=part)

    return reader


def _read_mid_daypart(fields: Fields, lex: Lexicon) -> Atom:
    """'mid-afternoon yesterday': that part of the day named, else of the reference."""
    offset = lex.day_words.get(norm(fields.get("dayword", "")), 0)
    return Atom(0, 0, "dayword", offset=offset, daypart=lex.day_parts[norm(fields["daypart"])])


def _read_shiftdaypart(fields: Fields, lex: Lexicon) -> Atom | None:
    offset = lex.shift_before.get(norm(fields["shift"]))
    daypart = lex.day_parts.get(norm(fields["daypart"]))
    if offset is None or offset > 0:
        return None
    return Atom(0, 0, "dayword", offset=offset, daypart=daypart)


def _read_shiftunit(fields: Fields, lex: Lexicon) -> Atom | None:
    if _is_weekend(fields, lex):  # "fim de semana", "fine settimana": no end of a week
        return Atom(0, 0, "shift", unit="WE", shift=_shift(fields, lex))
    part = lex.parts.get(norm(fields.get("part", "")))
    lead = norm(f"{fields.get('art', '')} {fields.get('shift', '')}")
    unit = lex.units[norm(fields["unit"])]
    plural = norm(fields["unit"]) in lex.plural_units or norm(fields.get("shift", "")) in (
        lex.plural_shifts  # "les derniers mois": "mois" is plural too
    )
    plural = plural or norm(fields.get("art", "")) in lex.plural_articles  # "les mois à venir"
    if lead in lex.span_shifts:
        return _span_shift(fields, lex, unit, plural=plural)
    if (plural and ("det" in fields or "ana" in fields)) or norm(
        fields["unit"]
    ) in lex.unit_factors:
        return None  # "the weeks", "that weeks", "last fortnight" (two weeks: no calendar week)
    shift = _shift(fields, lex)
    if plural:  # "coming months", "ces dernières années"
        side = max(-1, min(1, shift or 0))  # "the months after next" are ahead too
        return Atom(0, 0, "ref", ref=("PAST_REF", "PRESENT_REF", "FUTURE_REF")[side + 1])
    if "ana" in fields:  # "that year": the year of the date told before
        return Atom(0, 0, "shift", unit=unit, shift=0, part=part, anaphoric=True)
    if shift is None and unit == "Q" and not part:
        shift = -1  # "the quarter" of a report is the last one completed: results come after
    return Atom(0, 0, "shift", unit=unit, shift=shift, part=part, anaphoric=_anaphoric(fields, lex))


def _read_span_unit(fields: Fields, lex: Lexicon) -> Atom:
    """'the coming days', 'les dernières heures': a duration, how long unsaid ('PXD')."""
    return Atom(0, 0, "duration", unit=lex.units[norm(fields["unit"])], qty=None)


def _read_day_set(fields: Fields, lex: Lexicon) -> Atom:
    """'on Mondays' is every Monday (XXXX-WXX-1); 'Tuesday nights' every Tuesday night."""
    value = f"XXXX-WXX-{lex.weekdays[norm(fields['weekday'])]}"
    part = lex.day_parts.get(norm(fields.get("daypart", "")))
    return Atom(0, 0, "set", value=f"{value}T{part}" if part else value)


def _read_past(fields: Fields, lex: Lexicon) -> Atom:
    """'decades ago', 'months ago': back some units, how many unsaid (as 'several years ago')."""
    return Atom(0, 0, "ref", ref="PAST_REF")


def _read_unit_long(fields: Fields, lex: Lexicon) -> Atom:
    """'day-long' (P1D), 'decades-long' (how many unsaid): a duration as an adjective."""
    word = norm(fields["unit"])
    qty = None if word in lex.plural_units else lex.unit_factors.get(word, 1.0)
    return Atom(0, 0, "duration", unit=lex.units[word], qty=qty)


def _read_vague_span(fields: Fields, lex: Lexicon) -> Atom:
    """'for a while', 'for some time': a duration of no unit said ('PXX')."""
    return Atom(0, 0, "duration", unit="X", qty=None)


def _span_shift(fields: Fields, lex: Lexicon, unit: str, *, plural: bool) -> Atom:
    """'the past year' is last year (see _unit_before); 'the next year' a year long."""
    if _unit_before(fields, lex, unit, plural=plural):
        return Atom(0, 0, "shift", unit=unit, shift=-1, anaphoric=_anaphoric(fields, lex))
    factor = lex.unit_factors.get(norm(fields["unit"]), 1.0)  # "the past fortnight"
    return Atom(0, 0, "duration", unit=unit, qty=None if plural else factor)


def _unit_before(fields: Fields, lex: Lexicon, unit: str, *, plural: bool) -> bool:
    """'the past year', 'the last week': the calendar unit before, as 'last year'.

    TimeBank dates them ("over the past year" is 1997); a count ("the past three
    years"), a plural, a unit of several ("the past fortnight") or a decade ("the
    past decade", TimeBank's P10Y) stays a duration, and so does "the next year".
    """
    if plural or norm(fields["unit"]) in lex.unit_factors or unit in ("DE", "CE"):
        return False
    return _shift(fields, lex) == -1


def _is_weekend(fields: Fields, lex: Lexicon) -> bool:
    """The part and the unit spell the weekend: 'fim de' + 'semana', 'fine' + 'settimana'."""
    if "part" not in fields:
        return False
    words = norm(f"{fields['part']} {fields.get('art', '')} {fields['unit']}")
    return any(words == word or words.endswith(f" {word}") for word in _weekend_phrases(lex.lang))


@cache
def _weekend_phrases(lang: str) -> tuple[str, ...]:
    """The weekend's names of several words ('fim de semana'), found once per language."""
    return tuple(w for w, code in lexicon(lang).units.items() if code == "WE" and " " in w)


def _read_unit_end(fields: Fields, lex: Lexicon) -> Atom | None:
    """'year-end', 'year's end': the end of this year (as 'the end of the year');
    'Jahresbeginn' ('Y:START'): its start; 'year-end 2025': that year's end."""
    unit, _, part = lex.unit_ends[norm(fields["unitend"])].partition(":")
    if "year" not in fields:
        return Atom(0, 0, "shift", unit=unit, part=part or "END")
    if unit != "Y":  # "month-end 2025" names no month
        return None
    return Atom(0, 0, "date", year=int(fields["year"]), part=part or "END")


def _read_to_date(fields: Fields, lex: Lexicon) -> Atom:
    """'the year to date', 'año hasta la fecha': the current year (the part told so far)."""
    return Atom(0, 0, "shift", unit=lex.to_date[norm(fields["todate"])], shift=0)


def _read_weekday(fields: Fields, lex: Lexicon) -> Atom:
    weekday = lex.weekdays[norm(fields["weekday"])]
    daypart = lex.day_parts.get(norm(fields.get("daypart", "")))
    daypart = daypart or lex.day_parts_before.get(norm(fields.get("daypartb", "")))
    daypart = daypart or lex.weekday_parts_after.get(norm(fields.get("wdaypart", "")))
    daypart = daypart or lex.weekday_parts.get(norm(fields["weekday"]))  # "Montagabend"
    shift, anaphoric = _shift(fields, lex), _anaphoric(fields, lex)
    part = lex.parts.get(norm(fields.get("wpart", "")))  # "a finales del domingo": the day, END
    if "dayend" in fields:  # "end of this sunday": its last second; of its evening: END
        daypart, part = (daypart, "END") if daypart else (DAY_END, part)
    shifted = norm(fields.get("shift") or fields.get("shiftpost", "")).lstrip("-")
    return Atom(
        0,
        0,
        "weekday",
        weekday=weekday,
        shift=shift,
        daypart=daypart,
        anaphoric=anaphoric,
        part=part,
        near=shifted in lex.nearest_shifts,
    )


def _read_night(fields: Fields, lex: Lexicon) -> Atom | None:
    """'Nacht von Montag auf Dienstag', 'Nacht zum Dienstag': the night before Tuesday,
    Monday's (TNI); not 'la noche de lunes a viernes', nights of a working week."""
    weekday = lex.weekdays[norm(fields["weekday2"])]
    if "weekday" in fields and lex.weekdays[norm(fields["weekday"])] % 7 + 1 != weekday:
        return None
    return Atom(0, 0, "weekday", weekday=weekday, daypart="NI", offset=-1)


def _read_told_part(fields: Fields, lex: Lexicon) -> Atom:
    """Italian 'in serata': that part of the day told (the last day named, else today);
    'in giornata': that day."""
    return Atom(0, 0, "anaday", daypart=lex.told_day_parts[norm(fields["toldpart"])] or None)


def _read_plural(fields: Fields, lex: Lexicon) -> Atom:
    """'for weeks', 'pendant des années': an unknown number of units.

    After a lead word, the time it points to: 'in recent weeks' is PAST_REF, as
    'the coming months' is FUTURE_REF.
    """
    if "plead" in fields and lex.plural_leads[norm(fields["plead"])] != "DURATION":
        return Atom(0, 0, "ref", ref=lex.plural_leads[norm(fields["plead"])])
    return Atom(0, 0, "duration", unit=lex.units[norm(fields["unit"])], qty=None)


def _read_set(fields: Fields, lex: Lexicon) -> Atom:
    if "setadv" in fields:
        return Atom(0, 0, "set", value=lex.set_adverbs[norm(fields["setadv"])])
    unit = norm(fields.get("unit", ""))
    qty = _quantity(fields, lex) if "qty" in fields else lex.unit_factors.get(unit, 1.0)
    if norm(fields.get("every", "")) in lex.every_other:  # "every other day": P2D
        qty = None if qty is None else qty * 2
    if "weekday" in fields:
        return Atom(0, 0, "set", weekday=lex.weekdays[norm(fields["weekday"])])
    if "smonth" in fields:  # "each July"
        return Atom(0, 0, "set", value=f"XXXX-{lex.months[norm(fields['smonth'])]:02d}")
    return Atom(0, 0, "set", unit=lex.units[unit], qty=qty)


def _read_someday(fields: Fields, lex: Lexicon) -> Atom:
    """'will one day be': some day ahead."""
    return Atom(0, 0, "ref", ref="FUTURE_REF")


def _read_ref(fields: Fields, lex: Lexicon) -> Atom | None:
    value = lex.refs.get(norm(fields["ref"]))
    return Atom(0, 0, "ref", ref=value) if value else None
