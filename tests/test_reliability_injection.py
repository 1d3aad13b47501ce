"""Injection: hostile text in any field is inert in every export format.

News text is written by others: a title, quote, document name, actor or place
name, or source URL may hold iCalendar lines (``END:VEVENT``, ``BEGIN:VALARM``),
spreadsheet formulas, HTML and JavaScript, ``</script>``, ``javascript:`` URLs,
event handlers or Markdown links. For any such event (hypothesis builds them from
a list of payloads and random text), each format keeps its structure:

- iCalendar: exactly one VEVENT per event, no VALARM, the lint passes, and the
  title and every field read back exactly;
- CSV: no cell a spreadsheet would run, and the rows read back exactly;
- HTML: the page has the same elements and attributes whatever the data, the
  data has no ``<``, and every link is http(s);
- TimelineJS: headline and text hold only the markup the exporter writes, with
  http(s) links only;
- Markdown: every line has one of the shapes the exporter writes, with all
  Markdown and HTML punctuation of the data escaped;
- JSON and JSON Lines: read back exactly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable
from html.parser import HTMLParser

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Actor, ActorType, Event, Place, Source, Timeline, TimeSpan
from timeline.export import dumps, loads

from ical_lint import problems
from strategies import events

BUDGET = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "100"))
fuzz = settings(max_examples=BUDGET, suppress_health_check=[HealthCheck.too_slow])

PAYLOADS = (
    "\r\nEND:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:DISPLAY\r\nEND:VALARM\r\n",
    "\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\n",
    "\rEND:VCALENDAR\r",
    "\u2028BEGIN:VALARM\u2029",
    "\x85END:VEVENT",
    ";X-EVIL=1:",
    "\\n\\,\\;\\\\",
    "C:\\New folder\\N",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "  =1",
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "</SCRIPT >",
    "<!--",
    "-->",
    "<![CDATA[",
    '<img src=x onerror="alert(3)">',
    '" onmouseover="alert(4)" x="',
    "' onfocus='alert(5)' autofocus '",
    "javascript:alert(6)",
    "<a href='javascript:alert(7)'>x</a>",
    "[click](javascript:alert(8))",
    "![x](http://evil.example/x.png)",
    "<http://evil.example>",
    "# heading",
    "\n# heading\n",
    "* item",
    "1. item",
    "> quote",
    "`code`",
    "| a | b |",
    "***",
    "${title}$data",
    "{{constructor}}",
    "&lt;script&gt;",
    "&#x3C;",
    "\x00\x07\x1b[31m\x7f",
    "\ufeff\u200b\u202e",
)
URLS = (
    None,
    "https://news.example/a?b=1&c=2",
    "http://news.example/x_(y)",
    "javascript:alert(9)",
    "JaVaScRiPt:alert(10)",
    " javascript:alert(11)",
    "java\tscript:alert(12)",
    "data:text/html,<script>alert(13)</script>",
    "vbscript:msgbox(14)",
    'https://x.example/" onmouseover="alert(15)',
    "https://x.example/'><script>alert(16)</script>",
    "https://x.example/)](javascript:alert(17))",
    "https://x.example/>\r\nEND:VEVENT",
    "http://a b.example",
    "ftp://files.example/a",
)

hostile = st.lists(st.sampled_from(PAYLOADS) | st.text(max_size=4), max_size=5).map("".join)


@st.composite
def hostile_events(draw: st.DrawFn) -> Event:
    """A valid event whose every free text, and source URL, is hostile."""
    base = draw(events())
    sources = [
        Source(
            document=draw(hostile),
            url=draw(st.sampled_from(URLS) | hostile),
            quote=draw(hostile),
            start=source.start,
            end=source.end,
            published=source.published,
            date_text=draw(st.none() | hostile),
        )
        for source in base.sources
    ]
    actors = [a.model_copy(update={"name": draw(hostile) or "x"}) for a in base.actors]
    places = [p.model_copy(update={"name": draw(hostile) or "x"}) for p in base.places]
    return Event(
        when=base.when,
        title=draw(hostile),
        summary=draw(hostile),
        kind=base.kind,
        actors=tuple(Actor.model_validate(a.model_dump()) for a in actors),
        places=tuple(Place.model_validate(p.model_dump()) for p in places),
        sources=tuple(sources),
        status=base.status,
    )


timelines = st.lists(hostile_events(), min_size=1, max_size=3).map(Timeline)


# ------------------------------------------------------------------ iCalendar


def check_ical(timeline: Timeline) -> None:
    """No payload ends a VEVENT, opens a VALARM or breaks a line; every field comes back."""
    text = dumps(timeline, "ics")
    assert problems(text.encode("utf-8")) == []
    calendar = icalendar.Calendar.from_ical(text)
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == len(timeline)
    assert calendar.walk("VALARM") == []
    assert len(re.findall(r"^BEGIN:VEVENT\r$", text, re.MULTILINE)) == len(timeline)
    assert loads(text, "ics") == timeline
    titles = sorted(str(v.get("SUMMARY")) for v in vevents)
    assert all("\n" not in title and "\r" not in title for title in titles)


# ------------------------------------------------------------------------ CSV

FORMULA_START = re.compile(r"^[ ]*[=+\-@\t\r]")


def check_csv(timeline: Timeline) -> None:
    """Every cell a spreadsheet shows is inert (leading apostrophe); the rows read back."""
    text = dumps(timeline, "csv")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == len(timeline) + 1
    for row in rows:
        assert all(not FORMULA_START.match(cell) for cell in row), row
    assert loads(text, "csv") == timeline


# ----------------------------------------------------------------------- HTML


class _Tags(HTMLParser):
    """The start tags of a page with their attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parsed(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


EMPTY_PAGE = _parsed(dumps(Timeline(), "html"))


def check_html(timeline: Timeline) -> None:
    """Same elements and attributes as the empty page; the data is JSON without '<'."""
    page = dumps(timeline, "html")
    parsed = _parsed(page)
    assert parsed.tags == EMPTY_PAGE.tags
    data = parsed.scripts[0]
    assert "<" not in data
    assert "\u2028" not in data
    assert "\u2029" not in data
    records = json.loads(data)["events"]
    assert sorted(r["title"] for r in records) == sorted(e.title for e in timeline)
    urls = [s["url"] for r in records for s in r["sources"] if s["url"] is not None]
    assert all(url.startswith(("http://", "https://")) for url in urls)


# ----------------------------------------------------------------- TimelineJS

ALLOWED_MARKUP = {"p": set(), "br": set(), "blockquote": set(), "a": {"href"}}


class _Fragment(HTMLParser):
    """The tags and attributes of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def check_timelinejs(timeline: Timeline) -> None:
    """Headlines and texts (rendered as HTML by TimelineJS) hold p/br/blockquote/a only."""
    document = json.loads(dumps(timeline, "timelinejs"))
    fragments = [document["title"]["text"]["headline"]]
    for slide in document["events"]:
        fragments += [slide["text"]["headline"], slide["text"]["text"]]
    for fragment in fragments:
        parser = _Fragment()
        parser.feed(fragment)
        parser.close()
        for tag, attributes in parser.found:
            assert tag in ALLOWED_MARKUP, fragment
            assert set(attributes) <= ALLOWED_MARKUP[tag], fragment
            href = attributes.get("href")
            assert href is None or href.lower().startswith(("http://", "https://"))
    assert len(document["events"]) == len(timeline)


# ------------------------------------------------------------------- Markdown

# Data as the Markdown writer escapes it: punctuation backslashed, < > & as entities.
_TEXT = r"(?:\\[\\`*_{}\[\]()#+\-.!|~]|&(?:amp|lt|gt);|[^\\`*_{}\[\]()#+\-.!|~<>&\n])*"
_URL = r"https?://[^\s<>]+"
MARKDOWN_LINES = re.compile(
    "|".join(
        [
            "",
            rf"# {_TEXT}",
            r"\d+ events?\.",
            rf"## {_TEXT}",
            rf"- \*\*{_TEXT}\*\*: {_TEXT} _\\\({_TEXT}\\\)_",
            rf"  {_TEXT}",
            rf"  - (?:\[{_TEXT}\]\(<{_URL}>\)|{_TEXT})(?:: “{_TEXT}”)?",
        ]
    )
)


def check_markdown(timeline: Timeline) -> None:
    """No payload adds a line, a heading, a link, an image, HTML or emphasis of its own."""
    text = dumps(timeline, "md")
    for line in text.splitlines():
        assert MARKDOWN_LINES.fullmatch(line), line
    links = re.findall(r"\]\(<([^>]*)>\)", text)
    assert all(link.startswith(("http://", "https://")) for link in links)


# ------------------------------------------------------------ JSON, JSON Lines


def check_json(timeline: Timeline) -> None:
    """Payloads are data: JSON and JSON Lines give back the same events."""
    assert loads(dumps(timeline, "json"), "json") == timeline
    jsonl = dumps(timeline, "jsonl")
    assert loads(jsonl, "jsonl") == timeline
    assert len(jsonl.splitlines()) == len(timeline)


@fuzz
@given(timeline=timelines)
def test_ical_keeps_one_vevent_per_event_and_round_trips(timeline: Timeline) -> None:
    """No payload ends a VEVENT, opens a VALARM or breaks a line; every field comes back."""
    check_ical(timeline)


@fuzz
@given(timeline=timelines)
def test_csv_cells_never_start_a_formula_and_round_trip(timeline: Timeline) -> None:
    """Every cell a spreadsheet shows is inert (leading apostrophe); the rows read back."""
    check_csv(timeline)


@fuzz
@given(timeline=timelines)
def test_html_page_structure_does_not_depend_on_the_data(timeline: Timeline) -> None:
    """Same elements and attributes as the empty page; the data is JSON without '<'."""
    check_html(timeline)


@fuzz
@given(timeline=timelines)
def test_timelinejs_html_holds_only_its_own_markup(timeline: Timeline) -> None:
    """Headlines and texts (rendered as HTML by TimelineJS) hold p/br/blockquote/a only."""
    check_timelinejs(timeline)


@fuzz
@given(timeline=timelines)
def test_markdown_lines_have_only_the_writers_shapes(timeline: Timeline) -> None:
    """No payload adds a line, a heading, a link, an image, HTML or emphasis of its own."""
    check_markdown(timeline)


@fuzz
@given(timeline=timelines)
def test_json_and_json_lines_round_trip_hostile_text(timeline: Timeline) -> None:
    """Payloads are data: JSON and JSON Lines give back the same events."""
    check_json(timeline)


def _payload_timeline() -> Timeline:
    """One event per payload, the payload in every text field, URLs taken in turn."""
    items = []
    for index, payload in enumerate(PAYLOADS):
        source = Source(
            document=payload, url=URLS[index % len(URLS)], quote=payload, start=0, end=0
        )
        actor = Actor(name=payload, code="RUS", type=ActorType.STATE)
        items.append(
            Event(
                when=TimeSpan.parse("2026-01-14"),
                title=payload,
                summary=payload,
                actors=(actor,),
                places=(Place(name=payload),),
                sources=(source,),
            )
        )
    return Timeline(items)


@pytest.mark.parametrize(
    "check", [check_ical, check_csv, check_html, check_timelinejs, check_markdown, check_json]
)
def test_every_payload_in_every_field_is_inert(check: Callable[[Timeline], None]) -> None:
    """Each payload of the list, in every text field at once, through each format's check."""
    check(_payload_timeline())
