"""Input documents: records, files, folders, globs, stdin, HTML pages; bad input is reported."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from timeline.documents import Corpus, Document, document_from_record, read_documents, sniff
from timeline.errors import DocumentError

PAGE = """<!doctype html><html lang="fr-FR"><head><title>Titre | Journal</title>
<meta property="article:published_time" content="2026-01-14T08:00:00+01:00">
<link rel="canonical" href="https://example.org/a"><script>var x = "1 mai 2020";</script>
<style>p { color: red }</style></head>
<body><nav>Accueil</nav><header>Menu du site</header>
<article><h1>Le titre</h1><p>Le 3 janvier 2026, les forces ont agi.</p>
<p>Deuxième<br>ligne &amp; fin.</p><aside>Publicité</aside></article>
<footer>Mentions légales</footer></body></html>"""


def _collect(paths: list[str], **options: object) -> tuple[list[Document], list[DocumentError]]:
    errors: list[DocumentError] = []
    documents = list(read_documents(paths, errors=errors.append, **options))  # type: ignore[arg-type]
    return documents, errors


def test_published_timestamp_keeps_its_day() -> None:
    assert Document(text="x", published="2026-01-14T23:30:00Z").published == date(2026, 1, 14)  # type: ignore[arg-type]


def test_document_name_prefers_url_then_source_then_id() -> None:
    assert Document(text="x", url="https://a.org/1", source="f.txt").name == "https://a.org/1"
    assert Document(text="x", source="f.txt", id="7").name == "f.txt"
    assert Document(text="x", id="7").name == "7"


def test_record_accepts_aliases_and_names_itself_by_id() -> None:
    document = document_from_record(
        {"content": "Hi.", "date": "2026-01-02", "id": 42, "lang": "en"}, source="f:1"
    )
    assert (document.text, document.published, document.source, document.lang) == (
        "Hi.",
        date(2026, 1, 2),
        "42",
        "en",
    )


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ([1, 2], "not a list"),
        ({"title": "no text"}, "'text' field"),
        ({"text": 3}, "'text' field"),
        ({"text": "x", "published": "14 January"}, "published"),
    ],
)
def test_bad_record_says_what_is_wrong(record: object, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason.replace("not a list", "list")) as caught:
        document_from_record(record, source="f.jsonl:3")
    assert caught.value.document == "f.jsonl:3"


def test_jsonl_streams_records_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": "One.", "published": "2026-01-15", "lang": "en"}),
        "{not json",
        "",
        json.dumps({"text": "Two.", "url": "https://x.org/2"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, errors = _collect([str(path)])
    assert [d.text for d in documents] == ["One.", "Two."]
    assert documents[0].source == f"{path}:1"
    assert [e.document for e in errors] == [f"{path}:2"]
    assert "invalid JSON" in errors[0].reason


def test_json_file_holds_one_record_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "A."}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": "B."}, {"text": "C."}]), "utf-8")
    documents, errors = _collect([str(tmp_path / "one.json"), str(tmp_path / "many.json")])
    assert [d.text for d in documents] == ["A.", "B.", "C."]
    assert documents[2].source == f"{tmp_path / 'many.json'}#1"
    assert errors == []


def test_folder_is_walked_sorted_skipping_hidden_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("H", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    documents, _ = _collect([str(tmp_path)])
    assert [d.text for d in documents] == ["B", "A"]


def test_glob_expands_and_an_empty_glob_is_an_error(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    documents, errors = _collect([str(tmp_path / "x*.txt"), str(tmp_path / "z*.txt")])
    assert [d.text for d in documents] == ["x1.txt", "x2.txt"]
    assert [e.reason for e in errors] == ["no file matches this pattern"]


def test_missing_and_non_utf8_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("déjà".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("fine", encoding="utf-8")
    paths = [str(tmp_path / "missing.txt"), str(tmp_path / "latin1.txt"), str(tmp_path / "ok.txt")]
    documents, errors = _collect(paths)
    assert [d.text for d in documents] == ["fine"]
    assert [Path(e.document).name for e in errors] == ["missing.txt", "latin1.txt"]
    assert "UTF-8" in errors[1].reason


def test_without_a_handler_the_first_error_is_raised() -> None:
    with pytest.raises(DocumentError, match="missing"):
        list(read_documents(["missing.txt"]))


def test_html_page_is_reduced_to_its_article(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (document,) = _collect([str(tmp_path / "page.html")])[0]
    assert document.text == (
        "Le titre\nLe 3 janvier 2026, les forces ont agi.\nDeuxième\nligne & fin."
    )
    assert (document.lang, document.published, document.url, document.title) == (
        "fr",
        date(2026, 1, 14),
        "https://example.org/a",
        "Titre | Journal",
    )


def test_html_without_article_uses_main_then_body(tmp_path: Path) -> None:
    (tmp_path / "m.html").write_text(
        "<body><div>Outside</div><main><p>Inside main.</p></main></body>", "utf-8"
    )
    (tmp_path / "b.htm").write_text("<p>Only <b>body</b> text.</p><script>x()</script>", "utf-8")
    documents, _ = _collect([str(tmp_path / "m.html"), str(tmp_path / "b.htm")])
    assert [d.text for d in documents] == ["Inside main.", "Only body text."]


def test_html_with_a_bad_date_keeps_the_page_without_it(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text('<meta name="date" content="yesterday"><p>Hi.</p>', "utf-8")
    (document,) = _collect([str(tmp_path / "p.html")])[0]
    assert (document.text, document.published) == ("Hi.", None)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (b'{"text": "x"}\n', "jsonl"),
        (b"{\n", "json"),
        (b"  [\n", "json"),
        (b"<!doctype html>\n", "html"),
        (b"Le 3 janvier 2026.\n", "txt"),
    ],
)
def test_stdin_format_is_sniffed_from_the_first_line(first: bytes, expected: str) -> None:
    assert sniff(first) == expected


def test_stdin_jsonl_is_read_line_by_line_and_counted() -> None:
    data = b'{"text": "A."}\n{"text": "B."}\n'
    corpus = Corpus(["-"], stdin=io.BytesIO(data))
    assert [d.source for d in corpus] == ["<stdin>:1", "<stdin>:2"]
    assert corpus.bytes_read == len(data)


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text('{"text": "A."}\n', encoding="utf-8")
    documents, _ = _collect([str(path)], input_format="jsonl")
    assert [d.text for d in documents] == ["A."]


def test_progress_counts_every_byte_of_the_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("abc", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n', encoding="utf-8")
    corpus = Corpus([str(tmp_path)])
    assert corpus.total_bytes == 3 + 15
    list(corpus)
    assert corpus.bytes_read == corpus.total_bytes
    assert corpus.documents_read == 2
    assert corpus.done_bytes(1) == corpus.total_bytes // 2


def test_unknown_input_format_is_refused() -> None:
    with pytest.raises(ValueError, match="input_format"):
        Corpus([], input_format="pdf")
