"""Is a count of years someone's age? 'un hombre de 45 años', 'tiene 40 años', 'el detenido,
de 34 años,': an age, which TimeBank leaves untagged ('52 years old', as English's
'-year-old' and 'years old' are left out), not a duration. Used by :mod:`._checks`.

The words are in the language data: ``age_leads`` (just before the count: "tiene", "a sus",
"a la edad de"), ``age_nouns`` (a person before ``age_link``: "un hombre de"),
``age_after`` (after the unit: "de edad"), ``age_purposes`` (after the unit, the years
are for something: "tiene dos años para decidir"); and a count between a person's noun or a name,
a comma and ``age_link``, and a closing comma or bracket ("el detenido, de 34 años,", "Juan
Pérez, de 45 años,") is an apposition of age ("el ciclo, de 10 años," is no age); where
the language writes it without its link (``bare_age_appositions``: "Marie Dupont, 34 ans,",
"Mario Rossi, 45 anni,"), a count of years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.temporal._atoms import Atom
from timeline.temporal._lexicon import lexicon
from timeline.temporal._patterns import alt

_BACK = 40  # how far before the count its lead is looked for
_CLOSING = re.compile(r"\s*[,)]")


@dataclass(frozen=True)
class _Ages:
    """A language's compiled age patterns."""

    lead: re.Pattern[str]  # a lead ending the text before: "tiene"
    noun: re.Pattern[str]  # a person's noun and its link ending the text before: "hombre de"
    apposition: re.Pattern[str]  # a person or a name, a comma and the link before
    after: re.Pattern[str]  # "de edad" after the unit
    counted: re.Pattern[str]  # the link or a purpose and a word after: "de experiencia", "para"


def an_age(atom: Atom, lang: str, text: str) -> bool:
    """True when the duration ``atom`` (a count and its unit) tells someone's age; after a
    lead, only years, and not the years of something or for something ("tiene 40 años de
    experiencia", "tiene dos años para decidir", "tiene 30 días para decidir")."""
    ages = _ages(lang)
    if ages is None:
        return False
    begin = max(0, atom.start - _BACK)
    if ages.noun.search(text, begin, atom.start) or ages.after.match(text, atom.end):
        return True
    if atom.unit == "Y" and ages.lead.search(text, begin, atom.start):
        return not ages.counted.match(text, atom.end)
    apposition = ages.apposition.search(text, begin, atom.start)
    if apposition is None or not _CLOSING.match(text, atom.end):
        return False
    return apposition["link"] is not None or atom.unit == "Y"  # "Marie Dupont, 34 ans,"


@cache
def _ages(lang: str) -> _Ages | None:
    lex = lexicon(lang)
    if not lex.age_link:
        return None
    link = alt(lex.age_link)
    return _Ages(
        lead=re.compile(f"(?<!\\w){alt(lex.age_leads)}\\s+$", re.IGNORECASE),
        noun=re.compile(f"(?<!\\w){alt(lex.age_nouns)}\\s+{link}\\s+$", re.IGNORECASE),
        apposition=re.compile(  # "el detenido, de 34 años,", "Juan Pérez, de 45 años,"
            f"(?:(?<!\\w){alt(lex.age_nouns)}|(?-i:[A-ZÁÉÍÓÚÑ][\\w'-]*)),\\s*"
            f"(?:(?P<link>{link})\\s+){'?' if lex.bare_age_appositions else ''}$",
            re.IGNORECASE,
        ),
        after=re.compile(f"\\s+{alt(lex.age_after)}(?!\\w)", re.IGNORECASE),
        counted=re.compile(f"\\s+(?:{link}|{alt(lex.age_purposes)})\\s+[^\\W\\d_]", re.IGNORECASE),
    )
