"""Event kinds: PLOVER types from the predicate, in six languages, OTHER when unsure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import EventKind, extract
from timeline.extract.kinds import Trigger, _key, _lower_is_enough, find_triggers, lexicon


def _kind(text: str, lang: str) -> EventKind:
    (event,) = extract(text, lang=lang)
    return event.kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "Le 4 mai 2025, Paris reproche à Alger son silence.", EventKind.ACCUSE),
        ("en", "On 4 May 2025 Kenya blamed Somalia for the raid.", EventKind.ACCUSE),
        ("en", "On 4 May 2025 Sweden criticised Hungary.", EventKind.ACCUSE),
        ("en", "On 4 May 2025 Russian jets bombed Idlib.", EventKind.ASSAULT),
        ("es", "El 4 de mayo de 2025 Rusia invadió la región.", EventKind.ASSAULT),
        ("de", "Am 4. Mai 2025 wurden drei Aktivisten festgenommen.", EventKind.COERCE),
        ("it", "Il 4 maggio 2025 la polizia ha arrestato due uomini.", EventKind.COERCE),
        ("pt", "Em 4 de maio de 2025 a UE aprovou sanções contra o Irão.", EventKind.SANCTION),
        ("fr", "Le 4 mai 2025, Kiev et Varsovie ont signé un traité.", EventKind.AGREE),
        ("es", "El 4 de mayo de 2025 el rey visitó Marruecos.", EventKind.CONSULT),
        ("de", "Am 4. Mai 2025 demonstrierten Tausende in Wien.", EventKind.PROTEST),
        ("en", "On 4 May 2025 India mobilised reservists.", EventKind.MOBILIZE),
        ("fr", "Le 4 mai 2025, Téhéran a menacé Israël.", EventKind.THREATEN),
        ("en", "On 4 May 2025 Russia vetoed the resolution.", EventKind.REJECT),
        ("it", "Il 4 maggio 2025 l'Italia ha inviato aiuti umanitari a Gaza.", EventKind.AID),
        ("en", "On 4 May 2025 Egypt endorsed the plan.", EventKind.SUPPORT),
        ("es", "El 4 de mayo de 2025 Venezuela liberó a diez presos.", EventKind.CONCEDE),
        (
            "pt",
            "Em 4 de maio de 2025 o Brasil e a China reforçaram a cooperação.",
            EventKind.COOPERATE,
        ),
        ("fr", "Le 4 mai 2025, la France a retiré ses troupes du Niger.", EventKind.RETREAT),
        ("en", "On 4 May 2025 the UN called for an immediate truce.", EventKind.REQUEST),
        ("en", "On 4 May 2025 the weather was mild in Oslo.", EventKind.OTHER),
    ],
)
def test_kind_from_the_predicate(lang: str, text: str, kind: EventKind) -> None:
    assert _kind(text, lang) is kind


def test_every_plover_kind_has_triggers_in_every_language() -> None:
    from timeline.extract.kinds import _data

    data = _data()
    for kind in EventKind:
        if kind is EventKind.OTHER:
            continue
        assert set(data[kind.value]) == {"en", "fr", "es", "de", "it", "pt"}, kind


def test_agent_nouns_are_not_triggers() -> None:
    """'negociadores' is not 'negociar': the longer non-trigger prefix wins."""
    assert find_triggers("Los negociadores llegaron.", "es") == []


def test_reporting_frame_does_not_give_the_kind() -> None:
    """'According to' is no agreement: the kind comes from the clause after it."""
    text = "According to officials, Chad arrested two envoys on 4 May 2025."
    assert _kind(text, "en") is EventKind.COERCE


def test_triggers_match_whole_words_only() -> None:
    assert find_triggers("a significant signal", "en") == []
    assert [t.kind for t in find_triggers("they signed it", "en")] == [EventKind.AGREE]


def test_labour_strike_is_a_protest_not_an_assault() -> None:
    assert _kind("On 3 April 2025 teachers went on strike in Nablus.", "en") is EventKind.PROTEST


def test_german_title_keeps_an_opening_date_before_the_verb() -> None:
    (event,) = extract("Am 14. Januar 2026 haben russische Truppen Charkiw angegriffen.", lang="de")
    assert event.title.startswith("Am 14. Januar 2026 haben")


_PIECES = ["attack", "Attacked", "SIGNED", "met", "Met", "negotiators", "kill", "talks", "\u0131"]
_PIECES += [" ", "  ", "-", "'", ",", ".", "\n", "x", "é", "Sanction", "protest"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join), st.data())
def test_lower_cased_scan_finds_what_the_case_insensitive_pattern_finds(
    text: str, data: st.DataObject
) -> None:
    """ASCII spans are scanned lower-cased: the same triggers as ignoring case."""
    lang = data.draw(st.sampled_from(["en", "fr", "es", "de", "it", "pt"]))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = lexicon(lang)
    expected = []
    for match in found.pattern.finditer(text, start, end):
        group = "x" if match["x"] is not None else "p"
        kind = found.table.get(f"{group}:{_key(match[group])}")
        if kind is not None:
            expected.append(Trigger(match.start(), match.end(), kind))
    assert find_triggers(text, lang, start, end) == expected


def test_a_key_with_a_dotless_i_keeps_the_case_insensitive_scan() -> None:
    assert not _lower_is_enough(["k\u0131ll"])  # U+0131 matches "I" when case is ignored
    assert _lower_is_enough(["attaqu", "ataqu", "angriff"])
