"""The tense of a date's clause: past, future or unmarked (``_tense``)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import find_dates
from timeline.temporal._atoms import Atom
from timeline.temporal._tense import _QUOTE_OR_END, _up_to, last_clause, tense_of

# The clause ends as first written: each alternative apart (re entered them at every position)
_CLAUSE_END_AS_WRITTEN = re.compile(r"(?<!\b[A-Z])[.!?](?!\d)|,(?!\d)|[;\n\"]")
_QUOTE_OR_END_AS_WRITTEN = re.compile(r"[.!?;\n\"\u201c\u201d]|''|``")
_PUNCTUATED = st.text(alphabet="aZ U.S 9.5,1;\n\"'`\u201c\u201d!?", max_size=30)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("He said, after the talks, that it will meet ", " that it will meet "),
        ("P. Smith said it will meet ", "P. Smith said it will meet "),  # an initial
        ("a 9.5 percent rise, 100,000 jobs by ", " 100,000 jobs by "),  # numbers
        ('She said: "We meet ', "We meet "),
        ("no end at all ", "no end at all "),
    ],
)
def test_last_clause_is_the_text_after_its_last_clause_end(text: str, clause: str) -> None:
    assert last_clause(text) == clause


@given(_PUNCTUATED)
def test_last_clause_cuts_where_the_clause_ends_as_first_written_did(text: str) -> None:
    assert last_clause(text) == _CLAUSE_END_AS_WRITTEN.split(text)[-1]


@given(_PUNCTUATED)
def test_up_to_a_quote_or_end_cuts_where_the_pattern_as_first_written_did(text: str) -> None:
    assert _up_to(_QUOTE_OR_END, text) == _QUOTE_OR_END_AS_WRITTEN.split(text)[0]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("He said it will meet in January.", 1),
        ("The company changed to a calendar year in January.", -1),
        ("The vote is in January.", 0),
    ],
)
def test_tense_of_the_clause_before(text: str, tense: int) -> None:
    start = text.index("January")
    assert tense_of(text, Atom(start, start + 7, "date", month=1), "en") == tense


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a past verb after the future marker tells the date's own clause
        ("The ministry of planning said the building had collapsed Tuesday.", "1989-10-24"),
        ("He will meet the envoy who was elected on Tuesday.", "1989-10-24"),
        ("He will be named commander on Tuesday.", "1989-10-31"),  # a participle
        ("It said it will decide if the plan is viable by Tuesday.", "1989-10-31"),
        # the past of a condition: "would be plunged into a crisis if ... was not passed"
        ("It would be plunged into a crisis if the budget was not passed by May 14.", "1990-05-14"),
    ],
)
def test_a_past_after_a_future_marker_tells_the_clause_of_the_date(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(1989, 10, 30), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # the present of a schedule tells what is ahead (document of Monday 30 October 1989)
        ("Cohen flies into Tokyo on Tuesday.", "1989-10-31"),
        ("The trial of the former dictator resumes on Friday.", "1989-11-03"),
        ("He and Arafat meet separately Friday with Albright.", "1989-11-03"),
        ("Wen told his French hosts Friday that more effort was needed.", "1989-10-27"),
        ("Nadal pulled out due to injuries on Friday.", "1989-10-27"),  # "due to": because of
        ("Final results for the polls were expected Tuesday.", "1989-10-31"),
        ("The talks, due to open on Friday, were postponed.", "1989-11-03"),
        # a scheduled event told in the present, not in the past nor as a habit
        ("The pilgrimage climaxes on nearby Mount Arafat on Wednesday.", "1989-11-01"),
        ("The law takes effect on Sunday.", "1989-11-05"),
        ("The Civil Partnership Act comes into force on Tuesday in Scotland.", "1989-10-31"),
        ("The champions play host to Huelva on Wednesday.", "1989-11-01"),
        ("The law took effect on Sunday.", "1989-10-29"),
        ("The champions played host to Huelva on Wednesday.", "1989-10-25"),
        ("The festival usually takes place on Sunday.", "1989-10-29"),
    ],
)
def test_a_weekday_after_the_present_of_a_schedule_is_ahead(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(1989, 10, 30), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # document of Monday 30 October 1989
        ("Beginning July 1, unleaded petrol will be sold here.", "1990-07-01"),  # an adjective
        ("It was the blast that killed Hariri in February.", "1989-02"),  # "that": a relative
    ],
)
def test_an_ed_word_qualifying_a_noun_is_no_past(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(1989, 10, 30), lang="en")
    assert mention.value == value


def test_a_future_marker_in_the_clause_wins_over_a_past_before_it() -> None:
    text = "Le sommet a eu lieu, il va se tenir en janvier."
    start = text.index("janvier")
    assert tense_of(text, Atom(start, start + 7, "date", month=1), "fr") == 1
    assert tense_of("Il a changé en janvier.", Atom(15, 22, "date", month=1), "fr") == -1


def test_languages_without_tense_words_leave_the_tense_unmarked() -> None:
    text = "Il a changé en janvier."
    assert tense_of(text, Atom(15, 22, "date", month=1), "nl") == 0


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # a verb in the past before the month: the last one (this month included)
        ("The company changed to a calendar year in December.", date(1989, 10, 27), "1988-12"),
        ("Sales fell in the year ended Jan. 31.", date(1989, 10, 31), "1989-01-31"),
        ("Hamas took power in March.", date(2006, 12, 2), "2006-03"),
        # opening the sentence: the first marked verb after it
        ("In January, American Medical brought in a new chief.", date(1989, 10, 27), "1989-01"),
        # a future marker: the next one, however far
        ("Collins will be named commander for a mission in December.", date(1998, 3, 4), "1998-12"),
        # unmarked: the nearest, a month ahead counting double (as before)
        ("The vote is in January.", date(1989, 11, 2), "1990-01"),
    ],
)
def test_a_month_without_a_year_follows_the_tense_of_its_clause(
    text: str, reference: date, value: str
) -> None:
    assert find_dates(text, reference=reference, lang="en")[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a participle after "is", "to be": no past ("The reduced dividend" neither)
        ("The reduced dividend is payable Jan. 2.", "1990-01-02"),
        ("They expect it to be completed by Dec. 15.", "1989-12-15"),
        # a deadline after a verb in the past looks ahead of it
        ("The offer was extended to Nov. 16.", "1989-11-16"),
        # an infinitive after the verb carries the date
        ("NATO has decided to admit Poland in January.", "1990-01"),
        # a date naming an event before its noun is not told by the verb
        ("They called for a boycott of the January elections.", "1990-01"),
        # "would have": a past that did not happen; a capitalised name is no marker
        ("Inflation would have risen in October.", "1989-10"),
        ("The Family Planning Committee said in September that it hoped so.", "1989-09"),
    ],
)
def test_what_does_not_tell_the_tense_of_a_month(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(1989, 11, 2), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It had been due to expire Friday evening.", "1989-10-27TEV"),  # pluperfect: not ahead
        ("UNSCOM chief Ekeus was expected to arrive in Baghdad Friday.", "1989-11-03"),
        ("The New York Times said in an editorial on Saturday, Oct. 28:", "1989-10-28"),
    ],
)
def test_tense_of_weekdays_told_from_the_past(text: str, value: str) -> None:
    """'had been due to' is no future; 'was expected to' is; a weekday fixes a day's year."""
    (mention,) = find_dates(text, reference=date(1989, 10, 30), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deadline is Friday.", "1989-11-03"),
        ("Argentina are one of the eight seeds for Friday's draw.", "1989-11-03"),
        ("Officials said the talks were held Friday.", "1989-10-27"),
        ("It is a reply to what he said Friday.", "1989-10-27"),  # the last verb is past
        # "now" before a bare present marks it: the day is ahead
        ("Bayern now turn their attention to Friday's match with Inter.", "1989-11-03"),
        ("The rebels now say they will attend Friday's talks.", "1989-11-03"),
        # not a past after it, nor "now" after the weekday
        ("Police now believe the fire was set Friday.", "1989-10-27"),
        ("He resigned Friday and is now in Paris.", "1989-10-27"),
    ],
)
def test_a_weekday_in_a_present_clause_is_the_coming_one(text: str, value: str) -> None:
    """A present or a modal is the last verb before the weekday: a day ahead, as a future."""
    found = find_dates(text, reference=date(1989, 10, 30), lang="en")
    (mention,) = [m for m in found if m.text == "Friday"]
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It will have no role after Beijing regains Hong Kong on July 1.", "1998-07-01"),
        ("Hamas rallied ahead of January's parliamentary contest.", "1998-01"),
        ("Talks stalled after Canada's January 23 election.", "1998-01-23"),
        ("The January contract had closed up 25 cents.", "1998-01"),
    ],
)
def test_future_perfect_ahead_of_and_attributive_dates(text: str, value: str) -> None:
    """'will have' is no past (only 'would have'); a possessive or article makes a date a
    name for an event, whatever the verb."""
    (mention,) = find_dates(text, reference=date(1997, 12, 16), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a modal, a present or an infinitive before "until", "by": the deadline is ahead
        ("The government might not be finalised until April.", "2006-04"),
        ("KKR plans to pay down the bridge loan by February.", "2006-02"),
        ("Flights were to continue until Thursday.", "2005-12-15"),
        ("Expatriates have until Thursday to cast their ballot.", "2005-12-15"),
        ("By Friday morning, police must charge or release him.", "2005-12-16TMO"),
        ("Talks are suspended until Friday.", "2005-12-16"),
        # an infinitive after the deadline: what is still to be done by then
        ("The INS has given the relatives until 9 a.m. Friday to sign.", "2005-12-16T09:00"),
    ],
)
def test_a_deadline_in_a_clause_not_told_in_the_past_is_ahead(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2005, 12, 13), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a perfect tells what has happened by then; a verb in the past, what happened
        (
            "Some 4,397 patients have been admitted to hospitals till Monday evening.",
            "2005-12-12TEV",
        ),
        ("All the missiles have been destroyed by Friday.", "2005-12-09"),
        ("The highway didn't reopen until Monday.", "2005-12-12"),
        ("The vote was extended until Monday.", "2005-12-12"),
        # a deadline opening its clause takes the verb after it
        ("Up until Thursday, however, they had described him as a witness.", "2005-12-08"),
        ("But by Monday, federal officials hardened their stance.", "2005-12-12"),
        # no modal, present nor infinitive: unmarked, as before
        ("A week-long adjournment until Monday's hearing.", "2005-12-12"),
    ],
)
def test_a_deadline_told_in_the_past_or_the_perfect_is_not_ahead(text: str, value: str) -> None:
    assert find_dates(text, reference=date(2005, 12, 13), lang="en")[-1].value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Please schedule a meeting for Monday at 2.30", date(2018, 9, 21), "2018-09-24T02:30"),
        ("Let's have a meeting in 12:30 december 27th", date(2019, 7, 4), "2019-12-27T12:30"),
    ],
)
def test_a_capital_opening_the_sentence_is_still_a_marker(
    text: str, reference: date, value: str
) -> None:
    """'Please', 'Let's' open a request: the future (a capital inside a sentence is a name)."""
    (mention,) = find_dates(text, reference=reference, lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Il a signé un accord de paix le 3 mars.", "fr", "2025-03-03"),
        ("Il signera un accord le 3 mars.", "fr", "2026-03-03"),
        ("Macron se rendra lundi à Berlin.", "fr", "2026-01-19"),
        ("Macron s'est rendu lundi à Berlin.", "fr", "2026-01-12"),
        ("Le sommet aura lieu lundi.", "fr", "2026-01-19"),
        ("Le front a été percé lundi.", "fr", "2026-01-12"),
        ("Llegó el 3 de marzo.", "es", "2025-03-03"),
        ("Sánchez viajará el lunes a Bruselas.", "es", "2026-01-19"),
        ("El gobierno anunció en marzo un plan.", "es", "2025-03"),
        ("Er kam am 3. März.", "de", "2025-03-03"),
        ("Am 3. März unterzeichneten sie ein Abkommen.", "de", "2025-03-03"),
        ("Merz wird am Montag Paris besuchen.", "de", "2026-01-19"),
        ("Il governo ha approvato a marzo la legge.", "it", "2025-03"),
        ("Il premier visiterà lunedì Parigi.", "it", "2026-01-19"),
        ("O governo anunciou em março um plano.", "pt", "2025-03"),
        ("Lula visitará Paris na segunda-feira.", "pt", "2026-01-19"),
        ("Voy a volver el lunes.", "es", "2026-01-19"),
        ("Je vais partir lundi.", "fr", "2026-01-19"),
        ("Vou viajar na segunda-feira.", "pt", "2026-01-19"),
    ],
)
def test_past_and_future_verbs_in_five_more_languages(text: str, lang: str, value: str) -> None:
    """Auxiliaries ('a signé', 'ha approvato'), past endings ('anunció', 'anunciou') and
    future endings ('viajará', 'signera', 'visiterà') place a yearless date or a weekday."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "The trial was adjourned until Tuesday after the court heard two witnesses.",
            "en",
            "2000-04-04",
        ),
        ("Officials postponed the vote until Tuesday.", "en", "2000-04-04"),
        ("Le procès a été reporté à mardi.", "fr", "2000-04-04"),
        ("El juicio fue aplazado hasta el martes.", "es", "2000-04-04"),
        ("Il processo è stato rinviato a martedì.", "it", "2000-04-04"),
        ("O julgamento foi adiado para terça-feira.", "pt", "2000-04-04"),
        ("The trial resumed on Tuesday.", "en", "2000-03-28"),  # no putting off: the last one
    ],
)
def test_a_day_something_is_put_off_to_is_ahead(text: str, lang: str, value: str) -> None:
    """'adjourned until Tuesday', 'reporté à mardi': the new day is ahead of the telling,
    though the verb is in the past (told on Thursday 30 March 2000)."""
    (mention,) = find_dates(text, reference=date(2000, 3, 30), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("REBELS SEIZED THE TOWN ON MARCH 3", "2025-03-03"),
        ("PRESIDENT WILL VISIT PARIS IN MARCH", "2026-03"),
        ("TRIAL ADJOURNED UNTIL TUESDAY", "2026-01-20"),
    ],
)
def test_a_headline_in_capitals_keeps_its_tense(text: str, value: str) -> None:
    """All in capitals, a verb is no name: 'SEIZED' is a past, 'WILL' a future (told on
    Thursday 15 January 2026)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 15), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mardi Gras parades will fill New Orleans.", "2026-02-17"),
        ("Christmas was quiet in Bethlehem.", "2025-12-25"),
    ],
)
def test_a_holiday_opening_its_sentence_takes_the_verb_after_it(text: str, value: str) -> None:
    """As a month opening its sentence: 'Mardi Gras ... will' is the coming one."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("El jueves se reunirán los ministros de Exteriores.", "es", "2026-01-15"),
        ("El sábado habrá elecciones en Portugal.", "es", "2026-01-17"),
        ("El lunes comenzó el juicio.", "es", "2026-01-12"),
        ("El lunes, el presidente dijo que viajará a Bruselas.", "es", "2026-01-12"),
        ("Jeudi, les ministres se réuniront à Bruxelles.", "fr", "2026-01-15"),
        ("Sabato si voterà in Portogallo.", "it", "2026-01-17"),
        ("No sábado haverá eleições.", "pt", "2026-01-17"),
        # a plan verb in the past is no future: last Friday
        ("On Friday, the government planned to pay the first claims.", "en", "2026-01-09"),
    ],
)
def test_a_weekday_opening_its_sentence_takes_the_verb_ending_after_it(
    text: str, lang: str, value: str
) -> None:
    """Where the verb's ending tells the future ("se reunirán", "se réuniront"), a weekday
    opening the sentence is placed by the first marked verb after it (told on Wednesday 14
    January 2026)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Abstimmung war für Februar geplant.", "2026-02"),
        ("Das Gespräch ist für Freitag angesetzt.", "2026-01-16"),
        ("Die Abstimmung wurde auf Februar verschoben.", "2026-02"),
        ("Sie sagte, dass der Prozess am Montag beginnen wird.", "2026-01-19"),
        ("Der Kanzler sagte, er werde am Montag nach Rom reisen.", "2026-01-19"),
        ("Am Montag wird das Parlament abstimmen.", "2026-01-19"),
        ("Die Gespräche, die am Montag begonnen hatten, scheiterten.", "2026-01-12"),
        ("Er warf ihr vor, am 3. März die Grenze verletzt zu haben.", "2025-03-03"),
        ("Die Partei hat am Montag ein Programm vorgestellt.", "2026-01-12"),
        ("Der Minister hat im Februar eine Reise geplant.", "2025-02"),
    ],
)
def test_the_last_words_of_a_german_clause_tell_its_tense(text: str, value: str) -> None:
    """German puts the verb last: a future auxiliary or a plan's participle after the date
    makes it ahead, a past auxiliary places an unmarked clause in the past; a plan made on
    a day ("hat im Februar ... geplant") stays in the past."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="de")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("La votación está programada para el viernes.", "es", "2026-01-16"),
        ("El juicio fue fijado para el viernes.", "es", "2026-01-16"),
        ("A votação está marcada para sexta-feira.", "pt", "2026-01-16"),
        ("O julgamento foi agendado para sexta-feira.", "pt", "2026-01-16"),
        ("Il voto è fissato per venerdì.", "it", "2026-01-16"),
        ("Il ministro si è dimesso venerdì.", "it", "2026-01-09"),
        ("I leader si sono incontrati a marzo.", "it", "2025-03"),
    ],
)
def test_a_day_set_for_a_plan_and_the_italian_reflexive_past(
    text: str, lang: str, value: str
) -> None:
    """'programada para', 'marcada para', 'fissato per' name the day planned (ahead, as
    'scheduled for'); 'si è dimesso', 'si sono incontrati' are past (were unmarked)."""
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("A partir del 1 de enero subirán los precios.", "2026-01-01", "ON_OR_AFTER"),
        ("A partir del 1 de enero, los precios subieron.", "2025-01-01", "ON_OR_AFTER"),
        ("A partir del lunes, los comercios abrirán.", "2025-05-19", "ON_OR_AFTER"),
        ("Desde el lunes se aplicará la norma.", "2025-05-19", "ON_OR_AFTER"),
        ("Desde el 1 de enero, el paro bajó.", "2025-01-01", "ON_OR_AFTER"),
    ],
)
def test_a_start_opening_its_sentence_takes_the_verb_after_it(
    text: str, value: str, mod: str
) -> None:
    """'A partir del 1 de enero, ... subirán' opens the sentence as a bare date does: the
    verb after it tells the year (it was this January); 'desde el' opens the range as
    'desde' does (it had no mod). Told on Wednesday 14 May 2025."""
    (mention,) = find_dates(text, reference=date(2025, 5, 14), lang="es")
    assert (mention.value, mention.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [  # an infinitive still to come carries the weekday (document of Wednesday 14 Jan 2026)
        ("Russia is threatening to cut supplies Monday.", "2026-01-19"),
        ("The two sides agreed to hold talks Friday.", "2026-01-16"),
        ("The troops were to arrive on Friday.", "2026-01-16"),
        ("Annan told the BBC in an interview to be broadcast Monday.", "2026-01-19"),
        ("A Bloc Quebecois motion to be debated Thursday calls for it.", "2026-01-15"),
        (
            "Martin is widely expected to ask the governor to dissolve Parliament on Tuesday.",
            "2026-01-20",
        ),
        # an infinitive that happens with its verb, or told from the past: the weekday before
        ("The spokesman refused to comment Monday.", "2026-01-12"),
        ("One resident built a dike only to see it crack Monday.", "2026-01-12"),
        ("He was reported to be gravely ill Sunday.", "2026-01-11"),
        ("Voting had been due to end Sunday.", "2026-01-11"),
        ("The service was to have begun on Thursday.", "2026-01-08"),
        ("The assembly voted to endorse it when it convened on Monday.", "2026-01-12"),
        ("The two were to complete work begun in the prior space walk Thursday.", "2026-01-08"),
        (
            "They want the truce to be extended to the West Bank and on Sunday, gunmen fired.",
            "2026-01-11",
        ),
        ("Agassi and Nadal pulled out due to injuries on Monday.", "2026-01-12"),
        ("They agreed to talk but refused to comment Monday.", "2026-01-12"),
    ],
)
def test_a_weekday_after_an_infinitive_still_to_come_is_ahead(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a month after a verb of intent in the past is the verb's (document of 20 Nov 2006)
        ("OPEC decided to cut production by 1.2 million bpd in October.", "2006-10"),
        ("OPEC plans to cut production in October.", "2007-10"),
        ("The results are to be announced in October.", "2007-10"),
    ],
)
def test_a_month_after_a_past_verb_of_intent_is_the_verbs(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2006, 11, 20), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # document of Wednesday 14 January 2026
        # a future marker far back in the weekday's clause
        (
            "The Danish delegation will present a draft resolution before the UN Human Rights "
            "Commission on Thursday.",
            "2026-01-15",
        ),
        (
            "He will hold a summit with President Bill Clinton in Washington on Friday.",
            "2026-01-16",
        ),
        # the verb right after a weekday is its own
        (
            "China is a force in diving and champion Guo Jingjing on Tuesday became the best.",
            "2026-01-13",
        ),
        (
            "His lawyer said it will be hard to get a fair trial and on Monday criticised the "
            "court.",
            "2026-01-12",
        ),
        ("Most observers late Tuesday were predicting a close fight.", "2026-01-13"),
        (
            "Liverpool will play Arsenal after their match on Tuesday was postponed due to fog.",
            "2026-01-13",
        ),
        ("Sunday will see the first round of the elections.", "2026-01-18"),
        # a present of habit is no plan: "often travels"
        (
            "He often travels abroad and it is unclear where he was when the warrant was issued "
            "Thursday.",
            "2026-01-08",
        ),
        # a present far back is a weaker sign: "Following are the results ... on Tuesday"
        (
            "Following are the results from the second round matches of the championships in "
            "Japan on Tuesday:",
            "2026-01-13",
        ),
    ],
)
def test_a_weekdays_verb_may_be_far_back_or_right_after_it(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # a weekday opening its sentence takes the verb after it (Wednesday 14 January 2026)
        ("On Monday, Cohen will fly on to South Korea.", "2026-01-19"),
        ("On Tuesday Rangers will play away to Motherwell.", "2026-01-20"),
        ("From Monday, fares will be up an average of nine percent.", "2026-01-19"),
        ("On Monday, the ministry said the talks had failed.", "2026-01-12"),
        ("On Friday, the government planned to pay the first claims.", "2026-01-09"),
    ],
)
def test_an_english_weekday_opening_its_sentence_takes_a_told_future(text: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2026, 1, 14), lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le vendite sono cresciute a dicembre.", "2025-12"),  # "be" and a participle
        ("La legge è entrata in vigore a dicembre.", "2025-12"),
        ("Il ministro è morto a dicembre.", "2025-12"),  # an irregular participle
        ("Il premier annunciò a dicembre le dimissioni.", "2025-12"),  # passato remoto
        ("Il premier dichiarò a dicembre che lascerà.", "2025-12"),  # "-arò" is no future
        ("Tornerò a dicembre.", "2026-12"),  # "-erò" is
        ("Il ministro è atteso a Roma lunedì.", "2026-11-30"),
        ("Gli elettori sono chiamati alle urne domenica.", "2026-11-29"),  # no past
        ("Il vertice è fissato per lunedì.", "2026-11-30"),
        ("Però a dicembre il governo deciderà.", "2026-12"),  # "però" is no verb
    ],
)
def test_italian_compound_and_remote_pasts(text: str, value: str) -> None:
    """Italian news tells the past with 'be' and a participle ('è arrivato', 'sono
    cresciute') and the passato remoto ('annunciò', 'dichiarò'): a yearless month then is
    the last one; a participle of what is to come ('chiamati alle urne', 'atteso') is not."""
    (mention,) = find_dates(text, reference=date(2026, 11, 27), lang="it")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He will speak this Monday.", "en", "2026-11-30"),
        ("El presidente habló este domingo.", "es", "2026-11-22"),
        ("O presidente vai falar nesta segunda-feira.", "pt", "2026-11-30"),
        ("Nesta segunda-feira o presidente falou.", "pt", "2026-11-23"),  # this week's
        ("This Monday is a holiday.", "en", "2026-11-23"),
    ],
)
def test_this_weekday_follows_its_clause_tense(text: str, lang: str, value: str) -> None:
    """'this Sunday' is this week's, but told on a Friday with a past verb it is the Sunday
    gone by ('habló este domingo'), and with a future verb a Monday is the coming one."""
    (mention,) = find_dates(text, reference=date(2026, 11, 27), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("O ministro morreu em dezembro.", "pt", "2025-12"),  # "-eu": a past
        ("O governo caiu em dezembro.", "pt", "2025-12"),
        ("A inflação subiu em dezembro.", "pt", "2025-12"),  # "-iu"
        ("O Parlamento Europeu decide em dezembro.", "pt", "2026-12"),  # no verb
        ("O museu abre em dezembro.", "pt", "2026-12"),
    ],
)
def test_portuguese_pasts_in_eu_and_iu(text: str, lang: str, value: str) -> None:
    """'morreu', 'subiu', 'caiu' tell the past as '-ou' does; 'europeu', 'museu' are none."""
    (mention,) = find_dates(text, reference=date(2026, 11, 27), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [  # an event noun in a past clause is behind, unless its phrase says it is to come
        ("The shares fell because of an election on Tuesday.", date(1997, 4, 21), "1997-04-15"),
        ("The shares fell after a vote on Tuesday.", date(1997, 4, 21), "1997-04-15"),
        ("The shares fell ahead of the upcoming vote on Tuesday.", date(1997, 4, 21), "1997-04-22"),
        (
            "The shares fell before an election scheduled for May 1.",
            date(1997, 4, 21),
            "1997-05-01",
        ),
        # a month after a plan told in the past is the plan's; after a decision, the decision's
        ("OPEC said it planned to cut output in March.", date(2007, 1, 10), "2007-03"),
        ("The company said in March it would cut output.", date(2007, 1, 10), "2006-03"),
        ("OPEC decided to cut production in October.", date(2006, 12, 14), "2006-10"),
    ],
)
def test_an_event_noun_or_a_plan_in_a_past_clause(text: str, reference: date, value: str) -> None:
    (mention,) = find_dates(text, reference=reference, lang="en")
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [  # a scheduled event told in the present is ahead (document of Wednesday 3 January 2007)
        ("Da venerdì scatta il divieto di circolazione.", "it", "2007-01-05"),
        ("La legge entra in vigore domenica.", "it", "2007-01-07"),
        ("La legge è entrata in vigore domenica.", "it", "2006-12-31"),
        ("Le sommet s'ouvre vendredi à Bruxelles.", "fr", "2007-01-05"),
        ("La loi entre en vigueur dimanche.", "fr", "2007-01-07"),
        ("La loi est entrée en vigueur dimanche.", "fr", "2006-12-31"),
        ("La ley entra en vigor el domingo.", "es", "2007-01-07"),
        ("La ley entró en vigor el domingo.", "es", "2006-12-31"),
        ("A lei entra em vigor no domingo.", "pt", "2007-01-07"),
        ("A lei entrou em vigor no domingo.", "pt", "2006-12-31"),
        ("Der Gipfel beginnt am Freitag in Brüssel.", "de", "2007-01-05"),
        ("Der Gipfel begann am Freitag in Brüssel.", "de", "2006-12-29"),
    ],
)
def test_a_scheduled_present_in_other_languages(text: str, lang: str, value: str) -> None:
    (mention,) = find_dates(text, reference=date(2007, 1, 3), lang=lang)
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [  # an event none plans has happened: a date naming it is past (told 12 December 2005)
        ("Lahoud was not a suspect in the Feb. 14 killing.", "2005-02-14"),
        ("Officials were implicated in a February bomb blast.", "2005-02"),
        ("The guardsman on duty during the January 13 incident was fired.", "2005-01-13"),
        ("Spain mourned the March 11 bombings.", "2005-03-11"),
        ("He will speak about Friday's attack.", "2005-12-09"),
        # a past verb whose object is the dated event: it took place
        ("The Sunni elite boycotted the January 30 election.", "2005-01-30"),
        ("The 111 groups that contested the January poll are back.", "2005-01"),
        # not a verb that says nothing of it having taken place
        ("They postponed the January poll.", "2006-01"),
        # a planned event keeps the nearest reading; a weekday not naming the event its own
        ("Hamas rallied ahead of the January 25 parliamentary elections.", "2006-01-25"),
        ("Canada's January 23 vote will be close.", "2006-01-23"),
        ("They will meet Friday to discuss the attack.", "2005-12-16"),
    ],
)
def test_a_date_naming_an_event_none_plans_is_past(text: str, value: str) -> None:
    """'the Feb. 14 killing' told in December is last February's (it was next February's:
    a date before its noun is read as the nearest one, as for 'the May 29 elections')."""
    (mention,) = find_dates(text, reference=date(2005, 12, 12), lang="en")
    assert mention.value == value
