"""An HTML page reduced to its article text, with the standard library's html.parser.

Scripts, styles, navigation, headers, footers, asides and forms are dropped;
the text of ``<article>`` elements is preferred, then ``<main>``, then the
whole body. Block elements become line breaks, so sentences of different
paragraphs never run together. The page's language (``<html lang>``), title,
canonical URL and publication date (``article:published_time`` and kin) are
kept as metadata.
"""

from __future__ import annotations

import json
import re
from functools import cache
from html.parser import HTMLParser
from importlib import resources

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_REGIONS = ("article", "main", "body")


@cache
def _tags(kind: str) -> frozenset[str]:
    """A tag table of data/html.json: skip, blocks, void or date_meta."""
    raw = resources.files("timeline").joinpath("data/html.json").read_text("utf-8")
    names: list[str] = json.loads(raw)[kind]
    return frozenset(names)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.depth = dict.fromkeys(_REGIONS[:2], 0)
        self.parts: dict[str, list[str]] = {region: [] for region in _REGIONS}
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        self._metadata(tag, values)
        if tag in _tags("void"):
            self._break(tag)
            return
        if tag in _tags("skip"):
            self.skipping += 1
        elif tag in self.depth:
            self.depth[tag] += 1
        self.in_title = tag == "title"
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _tags("skip"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.depth:
            self.depth[tag] = max(0, self.depth[tag] - 1)
        self.in_title = False
        self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skipping:
            return
        for region in self._regions():
            self.parts[region].append(data)

    def _regions(self) -> list[str]:
        return [region for region in _REGIONS if region == "body" or self.depth[region]]

    def _break(self, tag: str) -> None:
        if tag in _tags("blocks") and not self.skipping:
            for region in self._regions():
                self.parts[region].append("\n")

    def _metadata(self, tag: str, values: dict[str, str]) -> None:
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("lang", values["lang"])
        elif tag == "meta":
            self._meta_tag(values)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("url", values.get("href", ""))
        elif tag == "time" and ("pubdate" in values or values.get("itemprop") == "datePublished"):
            self.meta.setdefault("published", values.get("datetime", ""))

    def _meta_tag(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop", "")).lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if key in _tags("date_meta"):
            self.meta.setdefault("published", content)
        elif key == "og:title":
            self.meta.setdefault("title", content)
        elif key == "og:url":
            self.meta.setdefault("url", content)

    def text(self) -> str:
        chosen = next((self.parts[r] for r in _REGIONS if "".join(self.parts[r]).strip()), [])
        lines = (_SPACES.sub(" ", line).strip() for line in "".join(chosen).split("\n"))
        return "\n".join(line for line in lines if line)


def article(html: str) -> dict[str, str | None]:
    """The article text of an HTML page and its metadata.

    Returns ``text``, ``title``, ``lang`` (the primary subtag, lower case),
    ``url`` (canonical) and ``published`` (an ISO day, when the page gives one).
    """
    page = _Page()
    page.feed(html)
    page.close()
    return {
        "text": page.text(),
        "title": page.meta.get("title") or _SPACES.sub(" ", page.title).strip() or None,
        "lang": _language(page.meta.get("lang", "")),
        "url": page.meta.get("url") or None,
        "published": _day(page.meta.get("published", "")),
    }


def _language(tag: str) -> str | None:
    primary = tag.strip().split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _day(value: str) -> str | None:
    match = _ISO_DAY.match(value.strip())
    return match.group(0) if match else None
