"""Cheap language detection from function words.

``detect_language(text)`` returns an ISO 639-1 code among the languages
timeline knows well (en, fr, es, de, it, pt), or None when the text gives
too little evidence. ``detect_any(text)`` also knows the other languages whose
dates find_dates reads from dateparser's month names (Russian, Dutch, Arabic,
Chinese...), from their script and function words. Both read at most the first
few thousand characters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

SUPPORTED = ("en", "fr", "es", "de", "it", "pt")
_SAMPLE = 4000
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _table() -> dict[str, dict[str, int]]:
    """word -> {language: 1} for every stopword of every language."""
    raw = resources.files("timeline").joinpath("data/stopwords.json").read_text("utf-8")
    lists: dict[str, list[str]] = json.loads(raw)
    table: dict[str, dict[str, int]] = {}
    for lang, words in lists.items():
        if lang.startswith("_"):
            continue
        for word in words:
            table.setdefault(word, {})[lang] = 1
    return table


def detect_language(text: str, *, minimum: int = 2) -> str | None:
    """The most likely of en/fr/es/de/it/pt, or None below ``minimum`` stopword hits."""
    table = _table()
    scores = dict.fromkeys(SUPPORTED, 0)
    for word in _WORD.findall(text[:_SAMPLE].lower()):
        for lang in table.get(word, ()):
            scores[lang] += 1
    best = max(SUPPORTED, key=lambda lang: (scores[lang], -SUPPORTED.index(lang)))
    return best if scores[best] >= minimum else None


# ----------------------------------------------------------- every language


@dataclass(frozen=True)
class _Languages:
    """What detect_any() knows: script classes, one-language scripts, function words."""

    scripts: dict[str, re.Pattern[str]]  # script -> a class of its letters
    by_script: dict[str, str]
    words: dict[str, dict[str, int]]  # word -> {language: 1}, the six included
    script_of: dict[str, str]  # language -> the script its words are written in


@cache
def _languages() -> _Languages:
    raw = resources.files("timeline").joinpath("data/languages.json").read_text("utf-8")
    data = json.loads(raw)
    scripts = {
        script: re.compile("[" + "".join(_span(span) for span in spans) + "]")
        for script, spans in data["scripts"].items()
    }
    words = {word: dict(langs) for word, langs in _table().items()}
    script_of = dict.fromkeys(SUPPORTED, "Latin")
    for lang, listed in data["stopwords"].items():
        for word in listed:
            words.setdefault(word, {})[lang] = 1
        script_of[lang] = _main_script(" ".join(listed), scripts) or "Latin"
    return _Languages(scripts, data["by_script"], words, script_of)


def _span(span: str) -> str:
    """'0400-04FF' as the class range of those code points."""
    first, _, last = span.partition("-")
    return f"{re.escape(chr(int(first, 16)))}-{re.escape(chr(int(last, 16)))}"


def detect_any(text: str, *, minimum: int = 2) -> str | None:
    """The language of ``text`` among the six and the others dateparser has month names for.

    A script that one language writes (Greek, Hebrew, Hangul, Thai...) names it;
    Chinese characters are Japanese when kana letters are a tenth of them. Within Latin,
    Cyrillic or Arabic script, function words decide, as in detect_language(),
    and the six win ties (in the order of SUPPORTED). None below ``minimum`` hits.
    """
    known = _languages()
    sample = text[:_SAMPLE]
    foreign = _NOT_LATIN.findall(sample)  # few in Latin text: names, quotes, symbols
    script = _main_script("".join(foreign), known.scripts) if foreign else None
    script = script if len(foreign) * 4 > len(sample) else "Latin"
    if script in ("Han", "Kana"):
        return _han_language(sample, known)
    if script is None or script in known.by_script:
        return known.by_script.get(script or "")
    scores: dict[str, int] = {}
    for word in _WORD.findall(sample.lower()):
        for lang in known.words.get(word, ()):
            if known.script_of[lang] == script:
                scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return None
    best = max(scores, key=lambda lang: (scores[lang], *_rank(lang)))
    return best if scores[best] >= minimum else None


# kana letters: not the middle dot "・" of names written in Chinese, nor the length mark "ー"
_KANA_LETTERS = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_JAPANESE_KANA = 10  # kana for every ten Chinese characters at least: Japanese


def language_code(tag: str) -> str:
    """The code a language tag is read as: lower case, its region dropped ('pt-BR',
    'en_US': 'pt', 'en'), its script kept where the language is written in several
    ('sr-Latn': Serbian in Latin letters, whose month names are not those of 'sr'), but
    not for the six nor Chinese, Japanese, Korean, read in every writing ('zh-Hant': 'zh')."""
    base, _, rest = tag.strip().lower().replace("_", "-").partition("-")
    script = rest.partition("-")[0]
    if len(script) != 4 or not script.isalpha() or base in (*SUPPORTED, *_CJK):
        return base
    return f"{base}-{script.title()}"


_CJK = ("zh", "ja", "ko")


def known_languages() -> tuple[str, ...]:
    """The languages detect_any() can name: the six, then those it knows by their function
    words or by a script of their own."""
    known = _languages()
    others = dict.fromkeys([*known.script_of, *known.by_script.values()])
    return (*SUPPORTED, *(lang for lang in others if lang not in SUPPORTED))


def _han_language(sample: str, known: _Languages) -> str:
    """Japanese when kana letters are among the Chinese characters (a tenth of them at
    least, as a Chinese text may quote a Japanese name or brand), else Chinese."""
    kana = len(_KANA_LETTERS.findall(sample))
    han = len(known.scripts["Han"].findall(sample))
    return "ja" if kana and kana * _JAPANESE_KANA >= han else "zh"


# not Latin letters, ASCII, general punctuation or currency signs
_NOT_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u20cf]")


def _rank(lang: str) -> tuple[bool, int]:
    """The six before the others, in the order of SUPPORTED."""
    return (True, -SUPPORTED.index(lang)) if lang in SUPPORTED else (False, 0)


def _main_script(sample: str, scripts: dict[str, re.Pattern[str]]) -> str | None:
    """The script most letters of ``sample`` are written in (None: no letters)."""
    counts = {script: len(pattern.findall(sample)) for script, pattern in scripts.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None
