"""The HTML page: self-contained, escaped, and working in a real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Event, Source, Timeline, TimeSpan, export
from timeline.export.html import page_data, script_json, ticks

from samples import IMAGE, SCRIPT, demo
from strategies import events

_DATA = re.compile(r'<script type="application/json" id="timeline-data">(.*?)</script>', re.S)


# ------------------------------------------------------------------ the text of the page


def test_page_is_self_contained() -> None:
    page = _DATA.sub("", export.dumps(demo(), "html"))
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(src|href)\s*=", page)  # nothing to fetch: no src, no href
    assert "default-src 'none'" in page
    assert page.count("<script") == 1  # the page script (the data was cut out above)


def test_injected_markup_is_escaped_in_the_data() -> None:
    page = export.dumps(demo(), "html")
    assert SCRIPT not in page
    assert "<img" not in page
    assert "\\u003cscript\\u003e" in page
    (data,) = _DATA.findall(page)
    assert json.loads(data) == page_data(demo())


def test_script_json_escapes_what_closes_a_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028"})
    assert not set("<>&") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_title_is_escaped() -> None:
    page = export.html.dumps(Timeline(), title="<b>x</b>")  # type: ignore[attr-defined]
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page


def test_only_web_links_are_kept() -> None:
    sources = [s for e in page_data(demo())["events"] for s in e["sources"]]
    assert {s["url"] for s in sources} == {None, "https://example.org/a"}


@pytest.mark.parametrize(
    ("low", "high", "first"),
    [
        ("2000-01-01", "2030-01-01", "2001"),
        ("2026-01-01", "2026-06-01", "Feb"),
        ("2026-01-01", "2026-01-20", "2 Jan"),
    ],
)
def test_ticks_fit_the_range(low: str, high: str, first: str) -> None:
    from datetime import date

    marks = ticks(date.fromisoformat(low).toordinal(), date.fromisoformat(high).toordinal())
    assert 2 <= len(marks) <= 13
    assert marks[0]["label"].startswith(first)


def test_empty_timeline_gives_a_page() -> None:
    assert "<svg" in export.dumps(Timeline(), "html")


# ------------------------------------------------------------------ in the browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Debian Chromium through chromedriver (skips where they cannot be had)."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.skip(
            "Debian chromium and chromium-driver are not installed (make test installs them)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    flags = "--headless --no-sandbox --disable-gpu --disable-background-networking"
    flags += " --disable-component-update --disable-sync --no-first-run --window-size=1200,900"
    for flag in flags.split():
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(driver), options=options)
    try:
        yield session
    finally:
        session.quit()


def _open(browser: Any, path: Path) -> None:
    browser.get_log("browser")  # empty the log: what is left is the previous page's
    browser.get(path.as_uri())


def _visible_cards(browser: Any) -> list[str]:
    script = "return [...document.querySelectorAll('#events > li')].filter(li => !li.hidden)"
    return [node.get_attribute("data-id") for node in browser.execute_script(script)]


def _marks(browser: Any) -> int:
    count: int = browser.execute_script("return document.querySelectorAll('#axis .mark').length")
    return count


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export.write(demo(), tmp_path_factory.mktemp("page") / "demo.html")


@pytest.mark.slow
def test_page_loads_without_console_errors_and_shows_every_event(
    browser: Any, demo_page: Path
) -> None:
    browser.get(demo_page.as_uri())
    assert [entry for entry in browser.get_log("browser") if entry["level"] != "INFO"] == []
    assert _visible_cards(browser) == [event.id for event in demo()]
    assert _marks(browser) == len(demo())
    assert browser.find_element("id", "count").text == "8 of 8 events"
    loaded = browser.execute_script("return performance.getEntriesByType('resource').length")
    assert loaded == 0


@pytest.mark.slow
def test_injected_script_does_not_run_and_shows_as_text(browser: Any, demo_page: Path) -> None:
    _open(browser, demo_page)
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return document.scripts.length") == 2
    assert browser.execute_script("return document.images.length") == 0
    body = browser.find_element("tag name", "body").text
    assert SCRIPT in body
    assert IMAGE in body


@pytest.mark.slow
def test_text_filter_hides_what_does_not_match(browser: Any, demo_page: Path) -> None:
    _open(browser, demo_page)
    browser.find_element("id", "filter-text").send_keys("caracas")
    assert len(_visible_cards(browser)) == 1
    assert _marks(browser) == 1
    assert browser.find_element("id", "count").text == "1 of 8 events"
    assert not browser.find_element("id", "empty").is_displayed()
    browser.find_element("id", "filter-text").send_keys(" nothing like this")
    assert _visible_cards(browser) == []
    assert _marks(browser) == 0
    assert browser.find_element("id", "empty").is_displayed()
    browser.find_element("id", "filter-text").clear()
    browser.execute_script(
        "document.getElementById('filter-text').dispatchEvent(new Event('input'))"
    )
    assert len(_visible_cards(browser)) == 8


@pytest.mark.slow
def test_actor_and_kind_filters(browser: Any, demo_page: Path) -> None:
    from selenium.webdriver.support.ui import Select

    _open(browser, demo_page)
    Select(browser.find_element("id", "filter-actor")).select_by_value("RUS")
    assert len(_visible_cards(browser)) == 2
    Select(browser.find_element("id", "filter-kind")).select_by_value("CONSULT")
    assert len(_visible_cards(browser)) == 1
    assert _marks(browser) == 1


@pytest.mark.slow
def test_sources_show_quote_and_only_web_links(browser: Any, demo_page: Path) -> None:
    _open(browser, demo_page)
    links = browser.execute_script("return [...document.links].map(a => a.href)")
    assert links == ["https://example.org/a"]
    quotes = browser.execute_script(
        "return [...document.querySelectorAll('.sources blockquote')].map(q => q.textContent)"
    )
    assert "Le 14 janvier 2026…" in quotes


@pytest.mark.slow
def test_precision_is_visible_on_the_axis_and_cards(browser: Any, demo_page: Path) -> None:
    _open(browser, demo_page)
    shapes = browser.execute_script(
        "return [...document.querySelectorAll('#axis .mark')].map(g => [g.dataset.id, "
        "[...g.children].map(c => c.tagName + (c.classList.contains('open') ? '.open' : ''))])"
    )
    drawn = {key: [tag for tag in tags if tag not in ("title", "text")] for key, tags in shapes}
    by_id = {event.title: drawn[event.id] for event in demo()}
    assert by_id["Naval exercises"] == ["rect"]
    assert by_id["Press conference"] == ["circle"]
    assert "line.open" in by_id["Sanctions in force"]
    captions = browser.execute_script(
        "return [...document.querySelectorAll('#axis .caption')].map(t => t.textContent)"
    )
    assert "Naval exercises" in captions
    badges = browser.execute_script(
        "return [...document.querySelectorAll('.badge')].map(b => b.textContent)"
    )
    assert "month" in badges
    assert "day, open start" in badges
    assert "month, approximate" in badges


@pytest.mark.slow
def test_large_timeline_renders(browser: Any, tmp_path: Path) -> None:
    source = Source(document="d", quote="q", start=0, end=1)
    events = [
        Event(
            when=TimeSpan.parse(f"20{year:02d}-{month:02d}"),
            title=f"e{year}-{month}",
            sources=(source,),
        )
        for year in range(10, 30)
        for month in range(1, 13)
    ]
    path = export.write(Timeline(events), tmp_path / "big.html")
    _open(browser, path)
    assert len(_visible_cards(browser)) == 240
    assert [entry for entry in browser.get_log("browser") if entry["level"] != "INFO"] == []


@pytest.mark.slow
@settings(max_examples=10)
@given(st.lists(events(), min_size=1, max_size=6))
def test_any_timeline_renders_without_errors(
    browser: Any, tmp_path_factory: pytest.TempPathFactory, items: list[Event]
) -> None:
    timeline = Timeline(items)
    path = export.write(timeline, tmp_path_factory.mktemp("any") / "page.html")
    _open(browser, path)
    assert [entry for entry in browser.get_log("browser") if entry["level"] != "INFO"] == []
    assert len(_visible_cards(browser)) == len(timeline)
    assert _marks(browser) == len(timeline)
