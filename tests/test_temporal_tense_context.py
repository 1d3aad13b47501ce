"""The tense a weekday takes from around its clause (``_tense_context``)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import find_dates
from timeline.temporal._atoms import Atom
from timeline.temporal._tense_context import tense_in_context

MONDAY = date(1997, 4, 21)


def _value(text: str, weekday: str) -> str:
    (mention,) = [m for m in find_dates(text, reference=MONDAY, lang="en") if m.text == weekday]
    return mention.value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a participle clause after a comma takes the future of the clause before it
        (
            "He is scheduled to hold talks on Tuesday, before leaving Beijing on Wednesday.",
            "1997-04-23",
        ),
        ("The president will meet Chirac, leaving Friday for Paris.", "1997-04-25"),
        # a past or unmarked clause before it leaves it in the past
        ("He met Chirac on Tuesday, before leaving Paris on Wednesday.", "1997-04-16"),
        (
            "The minister arrived in Beijing, saying on Wednesday that talks would go on.",
            "1997-04-16",
        ),
        (
            "Asada is heading to Russia to defend the Grand Prix Final after winning the NHK"
            " Trophy Friday with the highest ever score.",
            "1997-04-18",
        ),
        # a preposition of that ending opens no participle clause
        ("Talks will resume, during a visit on Friday.", "1997-04-18"),
    ],
)
def test_a_participle_clause_takes_the_future_of_the_clause_it_hangs_on(
    text: str, value: str
) -> None:
    weekday = next(w for w in ("Wednesday", "Friday") if w in text)
    assert _value(text, weekday) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a condition in the present tells what is still to come
        ("Williams faces death unless the governor intervenes before Tuesday.", "1997-04-22"),
        ("A run-off is needed if no candidate garners half of the votes on Sunday.", "1997-04-27"),
        # not one in the past, nor a question about what was
        ("He resigned as if the party lost on Sunday.", "1997-04-20"),
        ("He asked if the talks on Sunday had failed.", "1997-04-20"),
        ("Nobody knows if the talks on Sunday produced anything.", "1997-04-20"),
    ],
)
def test_a_condition_in_the_present_is_ahead(text: str, value: str) -> None:
    weekday = next(w for w in ("Tuesday", "Sunday") if w in text)
    assert _value(text, weekday) == value


def test_a_month_keeps_the_tense_of_its_own_clause() -> None:
    """Only weekdays take a tense from around: a month unmarked stays unmarked."""
    text = "He will visit Paris, leaving in March for Rome."
    start = text.index("March")
    assert tense_in_context(text, Atom(start, start + 5, "date", month=3), "en") == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a relative clause in the present tells what is ahead
        (
            "Mahathir first conceived of the summit, which holds its first gathering Wednesday.",
            "1997-04-23",
        ),
        (
            "Fiorentina have 32 points, seven less than Juventus who entertain Cagliari on Sunday.",
            "1997-04-27",
        ),
        (
            "The team which faces the Indians in a match starting Thursday includes Hayward.",
            "1997-04-24",
        ),
        # not a past of the present's form, after an adverb too, nor a perfect or a past
        ("Urawa, who beat Gamba Osaka on Saturday, won the league.", "1997-04-19"),
        (
            "The player, who hardly upset Federer in his opener on Sunday, earned a place.",
            "1997-04-20",
        ),
        (
            "Fujimori met the negotiators who have been trying to broker a deal late Tuesday.",
            "1997-04-15",
        ),
        ("Kyrgyzstan, which tied with Tajikistan earlier on Friday, is runner-up.", "1997-04-18"),
    ],
)
def test_a_relative_clause_in_the_present_is_ahead(text: str, value: str) -> None:
    weekday = next(
        w for w in ("Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday") if w in text
    )
    assert _value(text, weekday) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a period that starts on the weekday, in a sentence with no past, is ahead
        (
            "UN envoy James Baker launches an initiative on Western Sahara beginning Tuesday.",
            "1997-04-22",
        ),
        ("The team faces the Indians in a four-day match starting Thursday.", "1997-04-24"),
        # a past in the clause or in the rest of the sentence keeps it behind
        ("A general strike starting Tuesday paralysed the capital.", "1997-04-15"),
        ("Starting on Saturday, stuffed toys of the mascots have opened a market.", "1997-04-19"),
        # a word of the past's form qualifying a noun is no past
        ("Baker starts talks beginning Tuesday on the disputed territory.", "1997-04-22"),
    ],
)
def test_a_period_starting_on_a_weekday_in_a_sentence_without_past_is_ahead(
    text: str, value: str
) -> None:
    weekday = next(w for w in ("Tuesday", "Thursday", "Saturday") if w in text)
    assert _value(text, weekday) == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [  # a gerund clause takes the future of the clause before it (Wednesday 3 January 2007)
        ("Il presidente riceverà Chirac giovedì, lasciando Roma venerdì.", "it", "2007-01-05"),
        ("Il presidente ha ricevuto Chirac giovedì, lasciando Roma venerdì.", "it", "2006-12-29"),
        (
            "El presidente recibirá a Chirac el jueves, dejando Madrid el viernes.",
            "es",
            "2007-01-05",
        ),
        (
            "El presidente recibió a Chirac el jueves, dejando Madrid el viernes.",
            "es",
            "2006-12-29",
        ),
        (
            "O presidente receberá Chirac na quinta-feira, deixando Lisboa na sexta-feira.",
            "pt",
            "2007-01-05",
        ),
        (
            "O presidente recebeu Chirac na quinta-feira, deixando Lisboa na sexta-feira.",
            "pt",
            "2006-12-29",
        ),
        # a conjunction of that ending opens no gerund clause
        ("Il presidente riceverà Chirac, quando venerdì Roma vota.", "it", "2006-12-29"),
    ],
)
def test_a_gerund_clause_in_other_languages(text: str, lang: str, value: str) -> None:
    mentions = find_dates(text, reference=date(2007, 1, 3), lang=lang)
    assert mentions[-1].value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [  # a start of what lasts till now is past, whatever the clause tells
        (
            "He will be making his first visit to the country since August, when he was named.",
            "en",
            "1996-08",
        ),
        ("October was the worst month for US troops since January.", "en", "1997-01"),
        ("Prices have risen since June.", "en", "1996-06"),
        ("Les prix montent depuis juin.", "fr", "1996-06"),
        ("Die Preise steigen seit Juni.", "de", "1996-06"),
        # other starts may be ahead ("from" a day to come): the clause tells
        ("Prices will be frozen from June.", "en", "1997-06"),
        ("Les prix baisseront à partir de juin.", "fr", "1997-06"),
        ("Desde junio se aplicará la norma.", "es", "1997-06"),
        # without "since" the future still wins
        ("He will visit the country in August.", "en", "1997-08"),
        # "since" before the noun phrase the date is in, no verb between
        ("It was the largest one-day fall since the May curbs.", "en", "1996-05"),
        ("Hamas has ruled since its historic win in the May polls.", "en", "1996-05"),
        ("He has lived here since leaving Paris in June.", "en", "1996-06"),
        # not over a verb: "since" is a conjunction there
        ("He left since the talks will resume in May.", "en", "1997-05"),
    ],
)
def test_a_date_after_since_is_past(text: str, lang: str, value: str) -> None:
    """'since August' said in April is last August, even in a future clause."""
    assert find_dates(text, reference=MONDAY, lang=lang)[-1].value == value
