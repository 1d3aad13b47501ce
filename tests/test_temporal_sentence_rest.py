"""The rest of a sentence after a date that opens it (``_sentence_rest``)."""

from __future__ import annotations

import pytest

from timeline.temporal._sentence_rest import AHEAD, rest_of_sentence


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # the stop of an abbreviation before a comma or a word in lower case goes on
        ("In January, a bombing in Birmingham, Ala., killed a guard. Then", " killed a guard"),
        ("In May, a firm in Irvine, Calif. said it. Then", " said it"),
        # a title before a name, an initial
        ("In January, the Roe vs. Wade anniversary passed. Then", " anniversary passed"),
        ("In March, Dr. Smith left. Then", " Smith left"),
        ("In March, U.S. troops left. Then", " troops left"),
    ],
)
def test_the_rest_goes_on_past_an_abbreviation(text: str, rest: str) -> None:
    found = rest_of_sentence(text, text.index(","), "en")
    assert found.endswith(rest)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("In January, troops went to Iraq. Talks will open", ", troops went to Iraq"),
        ("In January, troops left; talks will open", ", troops left"),
        ('In January, he said "we will', ", he said "),
        ("In January, troops left\nTalks will open", ", troops left"),
        ("In January, he won on the 21st. Talks will open", ", he won on the 21st"),  # no "St."
    ],
)
def test_the_rest_ends_where_the_sentence_does(text: str, rest: str) -> None:
    assert rest_of_sentence(text, len("In January"), "en") == rest


def test_the_rest_is_read_so_far_only() -> None:
    text = "In January" + ", and so on" * 100
    assert len(rest_of_sentence(text, len("In January"), "en")) == AHEAD


def test_a_language_without_titles_ends_at_them() -> None:
    """French lists no titles: "M. Dupont" ends its sentence there (a capital follows)."""
    assert rest_of_sentence("En janvier, Mme. Dupont est partie.", 10, "fr") == ", Mme"
