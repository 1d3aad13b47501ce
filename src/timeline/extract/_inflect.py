"""Inflected forms of names and demonyms, generated from their base form.

Demonyms are listed once (masculine singular; German adjective stem and noun)
in ``data/demonyms.tsv``; the feminine and plural forms and the German
adjective endings follow regular rules per language. Irregular forms are
listed in the data file as variants. Matching is accent-insensitive, so
"alemán" also yields "alemanes" through the folded "aleman".
"""

from __future__ import annotations

__all__ = ["demonym_forms", "name_forms"]

_DE_ENDINGS = ("", "e", "en", "er", "es", "em")


def name_forms(name: str, lang: str) -> list[str]:
    """A country name and its genitive in German ("Russlands", "Irans")."""
    if lang == "de" and name[-1:].isalpha() and name[-1] not in "sxzß":
        return [name, name + "s"]
    return [name]


def demonym_forms(base: str, lang: str, *, noun: bool = False) -> list[str]:
    """Inflected forms of a demonym; capitalised variants where the language allows."""
    if lang == "en":
        return [base, base + "s"] if base[:1].isupper() else [base]
    if lang == "de":
        forms = _german_noun(base) if noun else [base + ending for ending in _DE_ENDINGS]
        return _capitalised(forms) if not noun else forms
    rule = {"fr": _french, "es": _spanish, "it": _italian, "pt": _portuguese}[lang]
    return _capitalised(rule(base.lower()))


def _capitalised(forms: list[str]) -> list[str]:
    """Both "russes" and "Russes": adjectives are lower-case, nouns capitalised."""
    return [variant for form in forms for variant in (form, form[:1].upper() + form[1:])]


def _german_noun(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "n"]
    if base.endswith("er"):
        return [base, base + "n", base + "in", base + "innen"]
    return [base, base + "en", base + "s", base + "in", base + "innen"]


def _french(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith(("ien", "éen", "en")):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith("c"):
        return [base, base + "s"]
    return [base, base + "e", base + "s", base + "es"]


def _spanish(base: str) -> list[str]:
    stem = base.rstrip("oa")
    if base.endswith("o"):
        return [base, stem + "a", stem + "os", stem + "as"]
    if base.endswith(("í", "ú")):
        return [base, base + "es", base + "s"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    plain = _strip_last_accent(base)
    return [base, plain + "a", plain + "es", plain + "as"]


def _italian(base: str) -> list[str]:
    if base.endswith("o"):
        return [base, base[:-1] + "a", base[:-1] + "i", base[:-1] + "e"]
    if base.endswith("e"):
        return [base, base[:-1] + "i"]
    if base.endswith("a"):
        return [base, base[:-1] + "i", base[:-1] + "e"]
    return [base]


def _portuguese(base: str) -> list[str]:
    if base.endswith("o"):
        return [base, base[:-1] + "a", base + "s", base[:-1] + "as"]
    if base.endswith(("ês", "es")):
        plain = base[:-2] + "es"
        return [base, plain + "a", plain + "es", plain + "as"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    return [base, base + "s"]


def _strip_last_accent(word: str) -> str:
    accents = str.maketrans("áéíóú", "aeiou")
    head, tail = word[:-3], word[-3:]
    return head + tail.translate(accents)
