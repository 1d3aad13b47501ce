"""extract(): the seed's first event, with its evidence."""

from __future__ import annotations

from datetime import date

from timeline import Precision, extract


def test_seed_first_event_is_dated_14_january_2026(seed_text: str) -> None:
    timeline = extract(seed_text, published="2026-01-14", lang="fr", source="seed")
    first = timeline[0]
    assert first.when.start == first.when.end == date(2026, 1, 14)
    assert first.when.precision is Precision.DAY
    evidence = first.sources[0]
    assert evidence.quote.startswith("Le 14 janvier 2026, des informations")
    assert seed_text[evidence.start : evidence.end] == evidence.quote
    assert evidence.date_text == "14 janvier 2026"
    assert evidence.document == "seed"


def test_english_and_iso_dates_give_events() -> None:
    text = "On 14 January 2026 troops moved. Talks resumed on 2026-01-20."
    assert [e.when.edtf for e in extract(text)] == ["2026-01-14", "2026-01-20"]
