"""HTML pages reduced to their article text with html.parser."""

from __future__ import annotations

from timeline._html import article


def test_article_is_preferred_and_clutter_dropped() -> None:
    page = article(
        "<html><body><nav>Home</nav><div>Sidebar text</div><article><h2>Head</h2>"
        "<p>First.</p><script>alert(1)</script><p>Second &eacute;t&eacute;.</p></article>"
        "<footer>(c)</footer></body></html>"
    )
    assert page["text"] == "Head\nFirst.\nSecond été."


def test_paragraphs_never_run_together() -> None:
    assert article("<p>One</p><p>Two</p><div>Three<br>Four</div>")["text"] == (
        "One\nTwo\nThree\nFour"
    )


def test_metadata_from_meta_tags_and_time() -> None:
    page = article(
        '<html lang="pt_BR"><head><meta property="og:title" content="Título">'
        '<meta property="og:url" content="https://x.invalid/a"></head>'
        '<body><time pubdate datetime="2025-12-31T10:00">ontem</time><p>Texto.</p></body></html>'
    )
    assert (page["lang"], page["title"], page["url"], page["published"]) == (
        "pt",
        "Título",
        "https://x.invalid/a",
        "2025-12-31",
    )


def test_broken_html_never_raises() -> None:
    page = article("<div><p>Unclosed <b>bold</p></span></article></div><script>never closed")
    assert page["text"] == "Unclosed bold"
    assert article("")["text"] == ""
