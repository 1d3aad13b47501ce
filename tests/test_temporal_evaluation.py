"""The scorer (TimeML reading, TempEval-3 counts, Recognizers cases) and the corpus floors."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline import find_dates
from timeline.temporal.evaluation import (
    Case,
    Score,
    Timex,
    as_timexes,
    case_found,
    case_passes,
    corpus_files,
    read_document,
    read_timeml,
    recognizers_cases,
    same_value,
    timeml_files,
)

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">
1998-08-07</TIMEX3></DCT>
<TEXT>
AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> it
<EVENT eid="e1">grew</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_gives_plain_text_offsets_and_creation_date(tmp_path: Path) -> None:
    """Tags are stripped, entities decoded, gold offsets point into the plain text."""
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = read_timeml(path)
    assert document.created == date(1998, 8, 7)
    assert [document.text[t.start : t.end] for t in document.timexes] == [
        "Thursday",
        "three years",
    ]
    assert document.text.startswith("\nAT&T said")
    assert timeml_files(tmp_path) == [path]


# TimeBank 1.1 and TimeBankPT: no TEXT element, the creation time among the words
NO_TEXT = """<?xml version="1.0" ?>
<TempEval>
APW19980227.0468
<TIMEX3 tid="t13" type="TIME" value="1998-02-27T07:56:00"
 functionInDocument="CREATION_TIME">02/27/1998 07:56:00</TIMEX3>
<s>Moscovo (AP) - segundo um relat&#243;rio na
<TIMEX3 tid="t15" type="DATE" value="1998-02-27">sexta-feira</TIMEX3>.</s>
</TempEval>
"""


def test_read_timeml_without_text_element_leaves_the_creation_time_unscored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pt.tml"
    path.write_text(NO_TEXT, encoding="utf-8")
    document = read_timeml(path)
    assert document.created == date(1998, 2, 27)
    assert [(document.text[t.start : t.end], t.value) for t in document.timexes] == [
        ("sexta-feira", "1998-02-27")
    ]
    assert "relatório" in document.text
    assert "02/27/1998" not in document.text  # blanked: the reference is not a date to find
    assert "\n" + " " * len("02/27/1998 07:56:00") + "\n" in document.text  # offsets kept


def test_score_counts_strict_relaxed_and_attributes() -> None:
    """An exact match counts everywhere; an overlap only as relaxed."""
    score = Score()
    gold = [Timex(0, 8, "DATE", "1998-08-06"), Timex(20, 31, "DURATION", "P3Y")]
    found = [Timex(0, 8, "DATE", "1998-08-06"), Timex(16, 31, "DURATION", "P2Y")]
    score.add(gold, found)
    assert (score.strict, score.relaxed, score.type, score.value) == (1, 2, 2, 1)
    assert score.table()["relaxed"] == (1.0, 1.0, 1.0)


def test_decades_compare_across_timeml_versions() -> None:
    """'199' (TimeML 1.2) and '199X' (ISO-TimeML) name the same decade."""
    assert same_value("199", "199X")
    assert not same_value("199", "198X")


def test_closed_ranges_are_scored_as_their_two_ends() -> None:
    """TimeML writes 'from 1991 to 1997' as two TIMEX3, the range words outside."""
    text = "It grew from 1991 to 1997, between May and June 2025 and in 1994-1997; since 2019."
    found = as_timexes(find_dates(text, reference=date(2026, 1, 14), lang="en"))
    assert [(text[t.start : t.end], t.value) for t in found] == [
        ("1991", "1991"),
        ("1997", "1997"),
        ("May", "2025-05"),
        ("June 2025", "2025-06"),
        ("1994", "1994"),
        ("1997", "1997"),
        ("2019", "2019"),
    ]


def test_time_ranges_give_two_times() -> None:
    """'from 9 a.m. to 5 p.m.': two TIME ends; a duration or an open range stays whole."""
    text = "Open from 9 a.m. to 5 p.m. for three days since Monday."
    found = as_timexes(find_dates(text, reference=date(2026, 1, 14), lang="en"))
    assert [(text[t.start : t.end], t.type, t.value) for t in found] == [
        ("9 a.m.", "TIME", "2026-01-14T09:00"),
        ("5 p.m.", "TIME", "2026-01-14T17:00"),
        ("three days", "DURATION", "P3D"),
        ("Monday", "DATE", "2026-01-12"),
    ]


def test_decimal_durations_equal_their_whole_units() -> None:
    """'P2.5Y' is TimeBank's 'P2Y6M', 'PT5.5H' its 'PT5H30M'; other units stay apart."""
    assert same_value("P2Y6M", "P2.5Y")
    assert same_value("PT5H30M", "PT5.5H")
    assert same_value("PT1M30S", "PT1.5M")
    assert same_value("P1DT12H", "P1.5D")
    assert not same_value("P7D", "P1W")
    assert not same_value("P2Y5M", "P2.5Y")


def test_a_case_counts_a_closed_range_as_its_two_ends() -> None:
    """'dalle 5pm alle 7pm' found as one range passes a case that expects '5pm' and '7pm'."""
    case = Case(
        "dalle 5pm alle 7pm", date(2016, 11, 7), "it", (("5pm", ("T17",)), ("7pm", ("T19",)))
    )
    found = find_dates(case.text, reference=case.reference, lang="it")
    assert case_found(case, found) == [("5pm", "2016-11-07T17:00"), ("7pm", "2016-11-07T19:00")]


def test_a_range_with_elided_words_is_scored_as_its_two_ends() -> None:
    """ "dal 5 luglio all'8 luglio": the elided "all'" glued to the second end still splits."""
    text = "Aperto dal 5 luglio all'8 luglio."
    found = as_timexes(find_dates(text, reference=date(2016, 11, 7), lang="it"), "it")
    assert [(text[t.start : t.end], t.value) for t in found] == [
        ("5 luglio", "2016-07-05"),
        ("8 luglio", "2016-07-08"),
    ]


def test_case_passes_needs_the_exact_list() -> None:
    """A case passes with exactly the expected (text, value) pairs, in order."""
    case = Case("see you tomorrow", date(2016, 11, 7), "en", (("tomorrow", ("2016-11-08",)),))
    assert case_passes(case, [("tomorrow", "2016-11-08")])
    assert not case_passes(case, [("tomorrow", "2016-11-08"), ("x", "y")])
    assert not case_passes(case, [])


def test_recognizers_reader_reads_both_formats(tmp_path: Path) -> None:
    """Plain cases and raw Recognizers rows give the same Case shape; unvalidated rows drop."""
    plain = tmp_path / "cases_en.jsonl"
    plain.write_text(
        '{"text": "see you tomorrow", "reference": "2016-11-07T00:00:00", "lang": "en", '
        '"expected": [{"text": "tomorrow", "value": "2016-11-08"}]}\n',
        encoding="utf-8",
    )
    raw = tmp_path / "German_DateTimeModel_all.jsonl"
    raw.write_text(
        '{"lang": "German", "input": "Ich komme morgen", "ref": "2016-11-07T00:00:00", '
        '"supported_by": ["python"], "results": [{"text": "morgen", "type": "datetimeV2.date", '
        '"values": [{"timex": "2016-11-08", "value": "2016-11-08"}]}]}\n'
        '{"lang": "German", "input": "x", "ref": "2016-11-07T00:00:00", "supported_by": [], '
        '"results": []}\n',
        encoding="utf-8",
    )
    (english,) = recognizers_cases(plain)
    (german,) = recognizers_cases(raw)
    assert english.expected == (("tomorrow", ("2016-11-08",)),)
    assert (german.lang, german.expected[0][0]) == ("de", "morgen")


def test_raw_row_without_reference_takes_the_recognizers_default(tmp_path: Path) -> None:
    """A raw row whose ref is null (the original had none) is read with Recognizers' default."""
    raw = tmp_path / "French_DateTimeModel_all.jsonl"
    raw.write_text(
        '{"lang": "French", "input": "le 4 janvier 2019", "ref": null, "supported_by": ["dotnet"], '
        '"results": [{"text": "4 janvier 2019", "type": "datetimeV2.date", '
        '"values": [{"timex": "2019-01-04", "value": "2019-01-04"}]}]}\n',
        encoding="utf-8",
    )
    (case,) = recognizers_cases(raw)
    assert case.reference == datetime(2016, 11, 7)


@pytest.mark.corpus
def test_tempeval3_train_scores_stay_above_floor(shared: Path) -> None:
    """TempEval-3 train (gold TIMEX3, DCT as reference): regressions below the floor fail."""
    score = Score()
    for path in timeml_files(shared / "corpora" / "tempeval3-train"):
        document = read_timeml(path)
        mentions = find_dates(document.text, reference=document.created, lang="en")
        score.add(document.timexes, as_timexes(mentions))
    table = score.table()
    assert table["strict"][2] >= 0.88
    assert table["relaxed"][2] >= 0.94
    assert table["type"][2] >= 0.895
    assert table["value"][2] >= 0.82  # the target


@pytest.mark.corpus
def test_a_german_history_keeps_its_years(shared: Path) -> None:
    """WikiWars-DE (TIMEX2, a Civil War history with a 2011 document date): yearless dates
    are of the year told, not of the document's (value F1 was 0.13 before histories)."""
    document = read_timeml(shared / "corpora" / "samples" / "wikiwars_de.xml")
    score = Score()
    mentions = find_dates(document.text, reference=document.created, lang="de")
    score.add(document.timexes, as_timexes(mentions, "de"))
    table = score.table()
    assert table["strict"][2] >= 0.90
    assert table["value"][2] >= 0.82


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("cases_en", 0.85),
        ("cases_fr", 0.84),
        ("cases_es", 0.80),
        ("German_DateTimeModel_all", 0.68),
        # "i prossimi 3 giorni" keeps its determiners, as TimeBank ("the next three
        # days") and Ita-TimeBank ("prossimi giorni") tag it, where two Recognizers cases want
        # "3 giorni", "5 minuti" (a third wants "i prossimi 3 giorni")
        ("Italian_DateTimeModel_all", 0.60),  # 0.50 before the clock told against the hour
        ("Portuguese_DateTimeModel_all", 0.76),
    ],
)
def test_recognizers_accuracy_stays_above_floor(shared: Path, name: str, floor: float) -> None:
    """Exact (text, value) accuracy on the validated Recognizers cases of each language."""
    cases = recognizers_cases(shared / "corpora" / "recognizers" / f"{name}.jsonl")
    passed = sum(
        case_passes(
            case, case_found(case, find_dates(case.text, reference=case.reference, lang=case.lang))
        )
        for case in cases
    )
    assert passed / len(cases) >= floor


def test_value_as_strings_is_counted_beside_value_by_meaning() -> None:
    """'P2.5Y' for TimeBank's 'P2Y6M' counts for value, not for value=str (TempEval-3's)."""
    score = Score()
    score.add([Timex(0, 5, "DURATION", "P2Y6M")], [Timex(0, 5, "DURATION", "P2.5Y")])
    table = score.table()
    assert table["value"] == (1.0, 1.0, 1.0)
    assert table["value=str"] == (0.0, 0.0, 0.0)


def test_read_document_reads_tempeval2_json_by_tokens(tmp_path: Path) -> None:
    raw = "Nel giugno del 1984 arrivò."
    data = {
        "raw": raw,
        "tokens": [
            {
                "sent_idx": 0,
                "tkn_idx": i,
                "text": w,
                "offsets": [raw.index(w), raw.index(w) + len(w)],
            }
            for i, w in enumerate(["Nel", "giugno", "del", "1984", "arrivò"])
        ],
        "entities": {
            "timexs": [
                {
                    "id": "t0",
                    "tkn_idx": [0],
                    "val": "1985-01-30",
                    "function_in_document": "CREATION_TIME",
                },
                {"id": "t1", "tkn_idx": [1, 2, 3], "type": "DATE", "val": "1984-06"},
            ]
        },
    }
    path = tmp_path / "it.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    document = read_document(path)
    assert document is not None
    assert document.created == date(1985, 1, 30)
    assert [(raw[t.start : t.end], t.value) for t in document.timexes] == [
        ("giugno del 1984", "1984-06")
    ]


def test_extents_without_values_are_left_out_of_the_value_score(tmp_path: Path) -> None:
    """Professor HeidelTime gives extents only: value and type are scored on the others."""
    path = tmp_path / "prof.json"
    text = "It rose over the past two weeks."
    path.write_text(
        json.dumps(
            {
                "dct": "2016-12-09 18:31:00",
                "text": text,
                "timexs": [["the past two weeks", [12, 30]]],
            }
        ),
        encoding="utf-8",
    )
    document = read_document(path)
    assert document is not None
    assert document.created == date(2016, 12, 9)
    score = Score()
    score.add(document.timexes, [Timex(12, 30, "DURATION", "P2W"), Timex(0, 2, "DATE", "X")])
    assert score.table()["relaxed"][1] == 1.0
    assert score.table()["value"] == (0.0, 0.0, 0.0)  # no valued gold, nothing counted
    assert (score.unvalued, score.unvalued_found) == (1, 1)


def test_read_document_skips_json_of_another_shape(tmp_path: Path) -> None:
    path = tmp_path / "meta.json"
    path.write_text('{"name": "corpus"}', encoding="utf-8")
    assert read_document(path) is None
    assert corpus_files(tmp_path) == [path]


def test_raw_times_keep_their_seconds(tmp_path: Path) -> None:
    """'7:56:30 pm' is T19:56:30 anchored on the reference, seconds kept; ':00' ones drop."""
    raw = tmp_path / "Italian_DateTimeModel_all.jsonl"
    raw.write_text(
        '{"lang": "Italian", "input": "alle 7:56:30 pm e alle 3pm", "ref": "2016-11-07T00:00:00", '
        '"supported_by": ["python"], "results": [{"text": "7:56:30 pm", "type": "datetimeV2.time", '
        '"values": [{"timex": "T19:56:30", "value": "19:56:30"}]}, {"text": "3pm", '
        '"type": "datetimeV2.datetime", "values": [{"timex": "2016-11-07T15", '
        '"value": "2016-11-07 15:00:00"}]}]}\n',
        encoding="utf-8",
    )
    (case,) = recognizers_cases(raw)
    assert "2016-11-07T19:56:30" in case.expected[0][1]
    assert "2016-11-07T15:00" in case.expected[1][1]
