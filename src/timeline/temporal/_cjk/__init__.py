"""Dates in unspaced scripts: Chinese (simplified and traditional), Japanese, Korean.

The grammar of the other languages is written for words between spaces; these
scripts need none, so they have this small reader of their own: one compiled
pattern per language (:mod:`._grammar`) over the text with full-width digits
folded (:mod:`._table`), each match read as an Atom (:mod:`._read`), neighbours
joined (:mod:`._join`), the tense of a clause told by :mod:`._tense`. The atoms
are placed on the calendar by the same code as every other language's. The
words are in ``data/cjk.json``.
"""

from __future__ import annotations

import re

from timeline.temporal._atoms import Atom
from timeline.temporal._cjk._grammar import matches
from timeline.temporal._cjk._join import join
from timeline.temporal._cjk._read import read
from timeline.temporal._cjk._table import LANGUAGES, fold, table
from timeline.temporal._cjk._tense import tells_future

__all__ = ["LANGUAGES", "language_of", "scan", "tells_future"]


def scan(text: str, lang: str) -> list[Atom]:
    """The atoms of ``text`` in ``lang`` (one of LANGUAGES), in text order."""
    folded = fold(text)
    words = table(lang)
    atoms = [atom for match in matches(folded, lang) if (atom := read(match, words)) is not None]
    return join(atoms, folded, words)


_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")  # letters: not the middle dot "・" nor "ー"
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def language_of(text: str) -> str | None:
    """zh, ja or ko when the text is mostly written in their scripts (else None).

    For texts too short for language detection ("2026年"): the letters of
    these scripts must outnumber the Latin ones.
    """
    sample = text[:4000]
    hangul, kana, han = (len(p.findall(sample)) for p in (_HANGUL, _KANA, _HAN))
    if hangul + kana + han <= len(_LATIN.findall(sample)):
        return None
    if hangul >= kana + han:
        return "ko"
    return "ja" if kana else "zh"
