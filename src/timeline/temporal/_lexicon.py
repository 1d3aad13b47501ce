"""Per-language word tables for the temporal grammar, loaded once from data files.

The six well-covered languages (en, fr, es, de, it, pt) have a full table in
``data/<lang>.json``. Every other language that dateparser ships month names
for gets a table with months only (explicit dates), read lazily from
dateparser's language data. Unknown languages get an empty table: numeric and
ISO dates still work.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from timeline.lang import language_code

FULL_LANGUAGES = ("en", "fr", "es", "de", "it", "pt")
_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)?$")


@dataclass(frozen=True)
class Lexicon:
    """The word tables of one language: every phrase is lower-case."""

    lang: str
    full: bool = False
    day_order: str = "dmy"
    months: dict[str, int] = field(default_factory=dict)
    ambiguous_months: frozenset[str] = frozenset()
    month_context: frozenset[str] = frozenset()
    weekdays: dict[str, int] = field(default_factory=dict)
    ordinal_suffix: tuple[str, ...] = ()
    ordinals: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, float | None] = field(default_factory=dict)
    vague_numbers: tuple[str, ...] = ()
    fractions: dict[str, float] = field(default_factory=dict)  # "one and a half hours"
    glued_units: tuple[str, ...] = ()  # short units written against the digits: "3h"
    counted_holidays: frozenset[str] = frozenset()  # only counted from: "5 days before new year"
    shift_only_units: frozenset[str] = frozenset()  # "this calendar year", not "a calendar year"
    unit_factors: dict[str, float] = field(default_factory=dict)  # "a fortnight": two weeks
    units: dict[str, str] = field(default_factory=dict)
    quarter_words: tuple[str, ...] = ()
    seasons: dict[str, str] = field(default_factory=dict)
    ambiguous_seasons: frozenset[str] = frozenset()
    strict_seasons: frozenset[str] = frozenset()
    day_words: dict[str, int] = field(default_factory=dict)
    anaphoric_days: dict[str, int] = field(default_factory=dict)
    anaphoric_part_leads: dict[str, int] = field(default_factory=dict)  # "the next" morning
    # "that" of "that night" only after these ("later that night", not "a sign that morning
    # sickness")
    anaphoric_that_after: frozenset[str] = frozenset()
    vague_spans: frozenset[str] = frozenset()  # "for a while", "for some time": how long unsaid
    # "in the morning" after an hour: a time only after a link ("at 4 in the morning")
    linked_meridiems: frozenset[str] = frozenset()
    linked_meridiem_leads: tuple[str, ...] = ()  # "at", "by", "until"... before that hour
    weekday_plurals: tuple[str, ...] = ()  # "Mondays": every Monday
    open_year_tails: tuple[str, ...] = ()  # "1994 or later": an open end after a year
    than_words: tuple[str, ...] = ()  # "2018 or later than 2020": a comparison, no open end
    span_after: tuple[str, ...] = ()  # "the weeks ahead", "the years to come"
    long_suffix: tuple[str, ...] = ()  # "decades-long", "a day-long meeting"
    span_nouns: tuple[str, ...] = ()  # "a three-year period": the noun a duration heads
    refs: dict[str, str | None] = field(default_factory=dict)
    attributive_refs: frozenset[str] = frozenset()  # "current": a ref only before a noun
    attributive_blockers: frozenset[str] = frozenset()  # "current account": a term, no date
    # "the future government": a noun ref before a noun is its adjective, no date; the
    # words that may follow the noun itself ("the future of", "the future is")
    noun_refs: frozenset[str] = frozenset()
    noun_ref_next: frozenset[str] = frozenset()
    shift_before: dict[str, int] = field(default_factory=dict)
    shift_after: dict[str, int] = field(default_factory=dict)
    anaphoric_shifts: frozenset[str] = frozenset()  # "the following year": from the story's date
    # "this coming Friday", "am gestrigen Mittwoch": the nearest one, tomorrow or yesterday too
    nearest_shifts: frozenset[str] = frozenset()
    anaphoric_determiners: tuple[str, ...] = ()  # "that year": the unit of the date told before
    articles: tuple[str, ...] = ()
    outside_extent: tuple[str, ...] = ()  # "am", "im", "na": a leading preposition, not the date
    absolute_without_article: bool = False  # French: "l'année 2008" is the date "année 2008"
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    later_after: dict[str, int] = field(default_factory=dict)
    year_ago: tuple[str, ...] = ()  # "the year-ago quarter": the period named, a year before
    period_words: tuple[str, ...] = ()
    latest: tuple[str, ...] = ()  # "the latest quarter": the last one completed
    last_words: tuple[str, ...] = ()  # "the last week of 2016" (as an ordinal: -1)
    nth_units: dict[str, str] = field(default_factory=dict)  # "the 15th day of next month"
    week_words: tuple[str, ...] = ()  # before a week number: "week 31", "KW 31"
    period_ends: tuple[str, ...] = ()  # "the year ended June 30": a fiscal year, a duration
    period_to: tuple[str, ...] = ()  # "the year to March 1997": twelve months, before a month
    in_before: tuple[str, ...] = ()
    in_needs_future: tuple[str, ...] = ()  # also "within": "the biggest gain in two weeks"
    parts: dict[str, str] = field(default_factory=dict)
    unit_ends: dict[str, str] = field(default_factory=dict)  # "year-end": "Y" (its end), or
    # the unit and its part: "Jahresbeginn": "Y:START"
    to_date: dict[str, str] = field(default_factory=dict)  # "year to date": the current year
    range_from: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    range_between: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()
    since: tuple[str, ...] = ()
    since_past: tuple[str, ...] = ()  # "since August", "depuis mars": a start already past
    until: tuple[str, ...] = ()
    before: tuple[str, ...] = ()  # open ranges: "before March 3" ends the day before
    after: tuple[str, ...] = ()
    every: tuple[str, ...] = ()
    every_other: tuple[str, ...] = ()  # "every other day": each second one
    set_adverbs: dict[str, str] = field(default_factory=dict)
    of: tuple[str, ...] = ()
    am: tuple[str, ...] = ()
    pm: tuple[str, ...] = ()
    ambiguous_meridiems: frozenset[str] = frozenset()  # "am" the verb: "no one am I"
    am_short: tuple[str, ...] = ()  # glued to the hour after a time link: "at 9a", "@ 8:45p"
    pm_short: tuple[str, ...] = ()
    time_words: dict[str, int] = field(default_factory=dict)
    hour_marker: tuple[str, ...] = ()
    time_link: tuple[str, ...] = ()
    city_prefix: tuple[str, ...] = ()
    future_markers: tuple[str, ...] = ()
    # "a one-day international": a duration that names a format (cricket), before these
    format_names: dict[str, list[str]] = field(default_factory=dict)
    list_end_words: tuple[str, ...] = ()  # "April 2 and 8 across 16 states": a list's end
    adjective_leads: tuple[str, ...] = ()  # "the revised plan": an "-ed" word after is no verb
    conditions: tuple[str, ...] = ()  # "would ... if it was passed": a past of no past
    scheduled_verbs: tuple[str, ...] = ()  # "leaves in half an hour": a present for a plan
    not_future: tuple[str, ...] = ()  # markers in other senses: "next to", "the will to"
    past_markers: tuple[str, ...] = ()  # verbs in the past: "was", "said", "began"
    past_endings: tuple[str, ...] = ()  # regular past forms: "-ed" ("changed", "ended")
    not_past: tuple[str, ...] = ()  # words with that ending that are no verbs: "hundred"
    # a compound past of "be" and a participle: Italian "è arrivato", "sono cresciute"; not
    # the participles that tell what is to come ("sono chiamati alle urne", "è fissato per")
    past_auxiliaries: tuple[str, ...] = ()
    compound_participle_endings: tuple[str, ...] = ()
    not_participles: tuple[str, ...] = ()  # the stems: "chiamat", "convocat"
    # a clause opening on a participle after a comma takes the future of the one before:
    # "..., before leaving Beijing on Wednesday"; its endings, link words and the words of
    # that ending that open no such clause ("during", "according")
    participle_clause_endings: tuple[str, ...] = ()
    participle_clause_links: tuple[str, ...] = ()
    not_participle_clauses: tuple[str, ...] = ()
    present_conditions: tuple[str, ...] = ()  # "unless he intervenes before Tuesday": ahead
    relative_pronouns: tuple[str, ...] = ()  # "which holds ... Wednesday": a present, ahead
    bare_pasts: tuple[str, ...] = ()  # pasts of the present's form: "who beat", "which hit"
    period_starts: tuple[str, ...] = ()  # "beginning Tuesday": ahead in a clause with no past
    future_endings: tuple[str, ...] = ()  # regular future forms: "-rá" ("firmará", "viajarán")
    present_markers: tuple[str, ...] = ()  # "is", "says": a later verb in the present
    deadline_words: tuple[str, ...] = ()  # "extended to Nov. 16", "until": ahead of the verb
    deadline_ahead: tuple[str, ...] = ()  # "until", "by": ahead of a clause not in the past
    # "postponed until", "reporté à", "aplazado hasta": the new date is ahead of the telling
    postponed: tuple[str, ...] = ()
    postponed_to: tuple[str, ...] = ()
    perfect: tuple[str, ...] = ()  # "have", "has": "have been admitted by Thursday", no deadline
    participle_auxiliaries: tuple[str, ...] = ()  # "to be completed": no past after them
    pluperfect: tuple[str, ...] = ()  # "had been due to expire Friday": no future
    habitual_adverbs: tuple[str, ...] = ()  # "often travels abroad": a habit, not a plan
    unreal: tuple[str, ...] = ()  # "would have risen": a past that did not happen
    infinitive: tuple[str, ...] = ()  # "decided to admit them in March": the verb after
    # "agreed to meet Friday", "vowed to return by Monday": the infinitive is still to come
    aside_leads: tuple[str, ...] = ()  # "(born 1769)", ", died in 1821,": a side remark
    relative_words: tuple[str, ...] = ()  # ", which was built in 1850,": a side remark
    intent_verbs: tuple[str, ...] = ()
    not_intent: tuple[str, ...] = ()  # "was reported to be ill Sunday": a state then, no plan
    infinitive_breaks: tuple[str, ...] = ()  # "agreed to meet but refused to": a new verb
    participles: tuple[str, ...] = ()  # irregular past participles: "begun", "taken"
    participle_endings: tuple[str, ...] = ()  # "was to have begun": a perfect infinitive
    tense_determiners: tuple[str, ...] = ()  # "the June elections": a date naming an event
    # verb-final clauses (German): the last words of a date's clause carry its tense
    final_future: tuple[str, ...] = ()  # "..., dass der Gipfel am Montag beginnen wird"
    final_story_future: tuple[str, ...] = ()  # "(die am 1. Januar gelten) sollte": was to
    final_past: tuple[str, ...] = ()  # "..., der am Montag begonnen hat"
    final_planned: tuple[str, ...] = ()  # "war für Februar geplant": the date is the plan's
    planned_for: tuple[str, ...] = ()  # "für", "auf": the date a plan names, whatever the aux
    duration_pre: tuple[str, ...] = ()
    count_alternatives: tuple[str, ...] = ()
    # events no one schedules: a date naming one tells the past ("the Feb. 14 killing", "a
    # February bomb blast", "Tuesday's attack"), unlike "the May 29 elections"
    unplanned_events: tuple[str, ...] = ()
    # past verbs whose object is the dated event, which so has taken place: "boycotted the
    # January 30 election", "won the April parliamentary elections" ("called" or
    # "postponed" the election say nothing: not listed)
    event_past_verbs: tuple[str, ...] = ()
    # a newspaper's name around a weekday, as written: "Sunday Times reported", "Saturday
    # Post", "the Mail on Sunday" (not "the Washington Post on Sunday": a day)
    weekday_titles_after: tuple[str, ...] = ()
    weekday_titles_before: tuple[str, ...] = ()
    # titles written before a name, whose stop ends no sentence ("vs. Wade", "Dr. Barnett
    # Slepian"): a verb after them is still the sentence's
    name_abbreviations: tuple[str, ...] = ()
    # before an ordinal century, a person's: a hundred runs ("his fifth century"), no era;
    # unless a noun follows, the era qualifying it ("their 19th-century house"): only the
    # link words after a century of runs ("his fifth century in eight Tests", "of the series")
    not_century_before: tuple[str, ...] = ()
    century_runs_after: tuple[str, ...] = ()  # of approx_after, another count: "or two"
    # a lead without its article, and the vague count it must come before: "over last few
    # days", "past couple of weeks"; not "last" the verb ("shouldn't last two hours", which
    # takes an article before a vague count: "last a few days")
    bare_span_leads: tuple[str, ...] = ()
    year_context: frozenset[str] = frozenset()
    # German "die Bundestagswahl 2025", "das Geschäftsjahr 2025": an event's or a period's
    # noun (its ending) before a year names that year ("Artikel 2025" does not)
    year_event_endings: tuple[str, ...] = ()
    lone_year_articles: frozenset[str] = frozenset()  # "Il 2025 è stato", "O 2025 foi"
    year_articles: frozenset[str] = frozenset()  # "en el 2020": between the context and a year
    fiscal: tuple[str, ...] = ()
    quarter_fiscal: tuple[str, ...] = ()  # "the fiscal first quarter": the quarter as reported
    decades: tuple[str, ...] = ()
    # years in words: "nineteen ninety-six" (century word, then a pair), "the year two thousand"
    year_centuries: dict[str, int] = field(default_factory=dict)
    year_hundred: tuple[str, ...] = ()
    year_zero: tuple[str, ...] = ()
    year_thousands: dict[str, int] = field(default_factory=dict)
    year_named: tuple[str, ...] = ()
    year_after_words: tuple[str, ...] = ()  # "in two thousand and fifteen": a year, not a count
    year_prefixes: tuple[str, ...] = ()  # glued to a two-digit year: "cy18"
    year_links: tuple[str, ...] = ()  # between a day and its year: "28 june in 2020"
    one_words: tuple[str, ...] = ()
    day_parts: dict[str, str] = field(default_factory=dict)
    span_shifts: tuple[str, ...] = ()
    # "the coming days", "nei prossimi giorni", "in den letzten Stunden": a vague duration
    vague_span_leads: tuple[str, ...] = ()
    vague_span_trails: tuple[str, ...] = ()  # Italian "nei giorni scorsi": the shift after
    unit_determiners: tuple[str, ...] = ()
    unit_determiner_blockers: tuple[str, ...] = ()  # "no ano (em que)": a clause, no date
    count_later_before: tuple[str, ...] = ()  # a history's "nach drei Tagen": three days later
    weekend_determiners: tuple[str, ...] = ()  # "am Wochenende", "le week-end": the weekend
    approximators: dict[str, str] = field(default_factory=dict)
    ago_approximators: dict[str, str] = field(default_factory=dict)  # "about a month ago"
    plural_units: frozenset[str] = frozenset()
    plural_leads: dict[str, str] = field(default_factory=dict)  # "in recent weeks": PAST_REF
    vague_duration_context: frozenset[str] = frozenset()
    day_month_numeric: bool = False
    spoken_days: bool = False  # "twenty five January nineteen eighty six" (a year must follow)
    count_rates: bool = False  # "300,000 barrels a day": "a day" after a count is a rate
    # counts of clock units one after the other are one duration, a race time ("1 hour 08
    # minutes 14 seconds"); not in French, where "huit heures 20 minutes" is a clock time
    juxtaposed_units: bool = False
    decimal_point: bool = False  # "55.154 seconds": the point marks decimals, not thousands
    word_days: bool = False  # days written as cardinal words: "vingt-trois mars"
    idioms: frozenset[str] = frozenset()
    offset_words: dict[str, int] = field(default_factory=dict)
    holidays: dict[str, str] = field(default_factory=dict)
    magnitudes: frozenset[str] = frozenset()  # "1300 billion": a count, never a year
    holiday_things: frozenset[str] = frozenset()  # "Christmas cards": a thing, not the day
    holiday_wishes: frozenset[str] = frozenset()  # "Merry Christmas": a wish, not the day
    ambiguous_weekdays: frozenset[str] = frozenset()
    weekday_context: frozenset[str] = frozenset()
    weekday_followers: frozenset[str] = frozenset()
    not_after: dict[str, list[str]] = field(default_factory=dict)
    day_end: frozenset[str] = frozenset()  # "end of tomorrow", "eod": the day's last second
    adverbs_only: frozenset[str] = frozenset()  # "leave everyday", not "an everyday routine"
    periodicals: frozenset[str] = frozenset()  # "daily", "weekly": also a newspaper's noun
    press_verbs: frozenset[str] = frozenset()  # "the Kommersant daily cited": reported by a paper
    press_words: frozenset[str] = frozenset()  # "the business daily": a kind of newspaper
    titled_units: bool = False  # units are lower case: "This Week", "60 Minutes" are titles
    someday: tuple[str, ...] = ()  # "will one day be": an unnamed day ahead (FUTURE_REF)
    someday_after: tuple[str, ...] = ()  # the modals before it: "will", "could", "to"
    nowadays_nouns: frozenset[str] = frozenset()  # "today's youth": the present of a people
    nowadays_of: tuple[str, ...] = ()  # "los jóvenes de hoy": the link after such a noun
    event_nouns: frozenset[str] = frozenset()  # "his unsuccessful 1996 campaign": a year's
    day_word_parts: dict[str, str] = field(default_factory=dict)  # "anoche": last night (NI)
    weekday_end_parts: tuple[str, ...] = ()  # before a weekday: "al final de este domingo"
    day_nouns: tuple[str, ...] = ()  # "el martes (el día) 25": the noun before a day number
    # "Le 14, elles sont entrées": an article or preposition before a day of the month told
    quarter_letters: tuple[str, ...] = ()  # "Q1 2017", "T1 2017" (trimestre)
    half_letters: tuple[str, ...] = ()  # "H1 2017", "S2 2017" (semestre)
    bare_day_leads: tuple[str, ...] = ()
    bare_day_ordinal: bool = False  # the day is an ordinal there: "On the 14th, ..."
    bare_day_after: tuple[str, ...] = ()  # the words it must follow: "on", "by" (not "was")
    bare_day_verb: bool = False  # a verb in lower case may follow: "Am 14. zogen sie ein"
    weekday_abbreviations: dict[str, int] = field(default_factory=dict)  # "mer. 24 juin"
    half_after: tuple[str, ...] = ()  # "tres años y medio", "deux heures et demie"
    year_words: dict[str, int] = field(default_factory=dict)  # "dos mil dieciocho": 2000 + 18
    year_nouns: tuple[str, ...] = ()  # before a day and month: "2026. gada 14. janvārī"
    year_after: tuple[str, ...] = ()  # after a date's year, of the date: "2026 года", "2026 r."
    era_offset: int = 0  # the era's years minus the Common Era's: 543, Thai Buddhist era
    paired_months: bool = False  # "كانون الثاني/يناير": a month named twice, with a slash
    weekday_days: bool = False  # "el martes 25", "mardi 25": a weekday and its day number
    word_hours: bool = False  # hours in words before am/pm: "a las dos de la tarde"
    clock_minutes: dict[str, int] = field(default_factory=dict)  # "y media": 30
    clock_minus: tuple[str, ...] = ()  # "las ocho menos diez": minutes before the hour
    clock_counts: dict[str, int] = field(default_factory=dict)  # "dez para as oito": -1
    clock_count_leads: tuple[str, ...] = ()  # "às dez para as oito": no minute word needed
    century_words: tuple[str, ...] = ()  # "XXe siècle", "siglo XX", "20. Jahrhundert"
    century_names: dict[str, int] = field(default_factory=dict)  # Italian "il Novecento": 20
    century_name_leads: tuple[str, ...] = ()  # the articles before them: "il", "nell'"
    day_slash_leads: tuple[str, ...] = ()  # "no dia 17/11", "el 17/11": a day, a month
    bare_years: bool = False  # German "Er wurde 1984 geboren": a year with no preposition
    not_after_bare_year: frozenset[str] = frozenset()  # "1500 und", "1500 mal": a count
    hundreds_are_centuries: bool = False  # English "the 1800s" (French "les années 1900": a decade)
    # the elided article before a year in two digits: Italian "nell'81", "dall'83 all'86"
    elided_year_before: tuple[str, ...] = ()
    # eras: "58 BC", "52 av. J.-C.", "9 n. Chr."; "AD 79" (the lead as written: "ad" is a word)
    bc_words: tuple[str, ...] = ()
    ad_words: tuple[str, ...] = ()
    ad_leads: dict[str, str] = field(default_factory=dict)
    times_per: tuple[str, ...] = ()  # "deux fois par an", "dos veces al año": a set
    decade_words: dict[str, int] = field(default_factory=dict)  # "los años noventa"
    decade_word_lead: str = "(?!x)x"  # the words before a decade in words, as a pattern
    day_parts_before: dict[str, str] = field(default_factory=dict)  # "la nuit de samedi"
    weekday_parts_after: dict[str, str] = field(default_factory=dict)  # "Friday dawn": MO
    before_day_parts: tuple[str, ...] = ()  # "before dawn Friday": early that day, no bound
    sentence_year_leads: tuple[str, ...] = ()  # "In (1996), Nov. 7 was...": that year's day
    date_parts_before: dict[str, str] = field(default_factory=dict)  # "la nuit du 13 janvier"
    contracted_of: tuple[str, ...] = ()  # "la fin du mois": "du" holds the article
    plural_shifts: frozenset[str] = frozenset()  # "les trois derniers mois": several units
    plural_articles: frozenset[str] = frozenset()  # "les mois à venir": "mois" is plural too
    clock_links: tuple[str, ...] = ()  # an hour after these is a time: "a las diez", "alle 7"
    clock_before: dict[str, int] = field(default_factory=dict)  # "halb 8": 7:30 (-30 min)
    place_nouns: tuple[str, ...] = ()  # "avenida 9 de Julio", "île de Pâques": a name
    place_nouns_after: tuple[str, ...] = ()  # "Easter Island": a name
    given_names: frozenset[str] = frozenset()  # "Julio César", "April Ryan": a person
    title_nouns: frozenset[str] = frozenset()  # "el diario Hoy", "la novela Cien años": a title
    # ages, no durations: "tiene 40 años", "un hombre de 45 años", "45 años de edad"
    age_leads: tuple[str, ...] = ()  # just before the count: "tiene", "a sus"
    age_nouns: tuple[str, ...] = ()  # a person, then the link: "un hombre de"
    age_link: tuple[str, ...] = ()  # "de": after a person's noun or a comma
    age_after: tuple[str, ...] = ()  # after the unit: "de edad"
    age_purposes: tuple[str, ...] = ()  # after the unit, a time for something: "para"
    bare_age_appositions: bool = False  # "Marie Dupont, 34 ans,": an age without its link
    number_nouns: frozenset[str] = frozenset()  # "flight 2026", "page 1999": no year
    spaced_numeric: bool = False  # "18 08 1978": day, month and year apart by spaces
    oclock: tuple[str, ...] = ()  # after an hour: "a las 8 en punto"
    whole: tuple[str, ...] = ()  # "todo el día", "toute la semaine": one whole unit
    far_year_before: tuple[str, ...] = ()  # "until 2150": a year past 2099 after these words
    whole_after: tuple[str, ...] = ()  # "un mes entero": the qualifier after the unit
    approx_after: tuple[str, ...] = ()  # "two years or so": a rough count, in the extent
    unit_qualifiers: tuple[str, ...] = ()  # "eight trading days": a kind of day counted
    count_links: tuple[str, ...] = ()  # "two or three years": counts of one unit linked
    weekday_short: tuple[str, ...] = ()  # a stamp's weekday: "Wed Oct 26 15:50:06 2016"
    numeric_month_of: tuple[str, ...] = ()  # "9 de 8 de 1971": a month number after "de"
    glued_day_parts: bool = False  # "Montagabend": a weekday and a part of it in one word
    weekday_parts: dict[str, str] = field(default_factory=dict)  # "montagabend": "EV"
    # the night between two days: "la notte tra lunedì e martedì", "Nacht von Montag auf
    # Dienstag", and in German the day it ends on alone: "Nacht zum Dienstag" (night_before)
    night_words: tuple[str, ...] = ()
    night_from: tuple[str, ...] = ()
    night_to: tuple[str, ...] = ()
    night_before: tuple[str, ...] = ()
    told_day_parts: dict[str, str] = field(default_factory=dict)  # Italian "in serata": EV
    # "ao meio dia": noon after these words ("trabalhou meio dia" is half a day)
    led_time_words: dict[str, int] = field(default_factory=dict)
    led_time_leads: tuple[str, ...] = ()
    holiday_year_links: tuple[str, ...] = ()  # "Ostern im nächsten Jahr": the year's
    day_time_links: tuple[str, ...] = ()  # "ayer a mediodía": between a day and its time only
    clock_left: tuple[str, ...] = ()  # "with 1:14 left": a game's clock, no time of day
    minutes_to_links: tuple[str, ...] = ()  # "15 para as 8": minutes to an hour, no hour
    night_clock: tuple[str, ...] = ()  # "12 Uhr nachts": midnight; "10 Uhr nachts": 22:00
    clock_one_words: tuple[str, ...] = ()  # "ein Uhr": one o'clock ("eine Uhr" is a clock)
    told_day_parts_after: tuple[str, ...] = ()  # the prepositions before them: "in", "nel"
    # European Portuguese writes months capitalised ("em Janeiro", "desde Março"): after
    # these words a capitalised month is still one ("Rio de Janeiro" is a name)
    capital_month_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Zones:
    """Time zone abbreviations (offset or IANA name) and city names."""

    abbreviations: dict[str, str]
    cities: dict[str, str]


def _read(name: str) -> dict[str, Any]:
    raw = resources.files("timeline.temporal").joinpath(f"data/{name}.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


@lru_cache(maxsize=4096)
def norm(phrase: str) -> str:
    """The lookup key of a phrase: lower case, one space, straight apostrophes (the words
    of dates come back often: the last few thousand are kept). The letters that re's
    IGNORECASE takes for i and s are i and s (the capital I with a dot, whose lower case
    is two characters, the dotless i, the long s), so a word a pattern matched is a key of
    its table."""
    lowered = phrase.lower()
    if not lowered.isascii():
        lowered = lowered.replace("i\u0307", "i").translate(_AS_RE_FOLDS)
    return " ".join(lowered.replace("\u2019", "'").split())


_AS_RE_FOLDS = str.maketrans({"\u0131": "i", "\u017f": "s"})


def _coerce(name: str, value: Any) -> Any:
    kind = Lexicon.__dataclass_fields__[name].type
    if isinstance(value, list):
        words = [str(word).lower() for word in value]
        if "frozenset" in str(kind):
            return frozenset(norm(word) for word in words)
        return tuple(words)
    if isinstance(value, dict):
        table = {str(key).lower(): item for key, item in value.items()}
        table.update({norm(key): item for key, item in value.items()})
        return table
    return value


@cache
def lexicon(lang: str) -> Lexicon:
    """The word tables of ``lang`` (cached); an empty table for unknown languages."""
    if lang in FULL_LANGUAGES:
        table = _read(lang)
        frames, adjectives = table.pop("set_frames", []), table.pop("set_adjectives", {})
        table["set_adverbs"] = {**_framed(frames, adjectives), **table.get("set_adverbs", {})}
        tens = table.pop("ordinal_tens", {})
        table["ordinals"] = {**_compound_ordinals(tens, table["ordinals"]), **table["ordinals"]}
        fields = {k: _coerce(k, v) for k, v in table.items() if not k.startswith("_")}
        if fields.get("glued_day_parts"):
            _glue_day_parts(fields)
        return Lexicon(lang=lang, full=True, **fields)
    info = _foreign_info(lang)
    more = _foreign_extras().get(language_code(lang), {}) if info else {}
    nouns = tuple(more.get("year_nouns", ()))
    return Lexicon(
        lang=lang,
        months={**_foreign_months(info), **more.get("month_forms", {})},
        of=(*_foreign_links(info), *nouns),
        year_nouns=nouns,
        year_after=tuple(more.get("year_after", ())),
        era_offset=more.get("era_offset", 0),
        paired_months=more.get("paired_months", False),
    )


def _framed(frames: list[str], adjectives: dict[str, str]) -> dict[str, str]:
    """Set adjectives in the frames that make them adverbs: 'de forma mensual', 'a monthly
    basis' (P1M). Alone, the adjective qualifies a noun ('la revista mensual', 'its
    quarterly dividend'), which TimeBank leaves untagged."""
    return {frame.format(adj=adj): value for frame in frames for adj, value in adjectives.items()}


def _compound_ordinals(tens: dict[str, int], ordinals: dict[str, int]) -> dict[str, int]:
    """The tens ('vigésimo'), and the ordinals of a tens word and a unit: 'trigésimo primer'
    (31), 'vigésima segunda' (22),
    also written as one word ('decimotercero', 'vigesimoprimera'), as Spanish and Portuguese
    write the days past the tenth ("el trigésimo primer día del mes")."""
    units = {word: n for word, n in ordinals.items() if 1 <= n <= 9}
    compounds = dict(tens)
    for ten, value in tens.items():
        fused = ten.translate(_UNACCENTED)
        for unit, n in units.items():
            compounds[f"{ten} {unit}"] = compounds[f"{fused}{unit}"] = value + n
    return compounds


_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _glue_day_parts(fields: dict[str, Any]) -> None:
    """'Montagabend', 'Dienstagmorgen': each weekday with each part of a day, as weekdays."""
    parts = fields.get("day_parts", {})
    glued = {
        f"{day}{part}": (index, code)
        for day, index in fields["weekdays"].items()
        for part, code in parts.items()
        if " " not in part
    }
    fields["weekdays"] = {**fields["weekdays"], **{w: i for w, (i, _) in glued.items()}}
    fields["weekday_parts"] = {w: code for w, (_, code) in glued.items()}


@cache
def zones() -> Zones:
    """The time zone table (cached)."""
    table = _read("zones")
    return Zones(abbreviations=table["abbreviations"], cities=table["cities"])


@cache
def _foreign_extras() -> dict[str, Any]:
    """``data/foreign.json``: what dateparser's data lacks (read once, not per language)."""
    return _read("foreign")


def _foreign_info(lang: str) -> dict[str, Any]:
    """dateparser's language data for ``lang`` ({} when it has none)."""
    if not _LANG_CODE.match(lang):
        return {}
    try:
        from importlib import import_module  # noqa: PLC0415 - dateparser stays lazy

        module = import_module(f"dateparser.data.date_translation_data.{language_code(lang)}")
    except ImportError:  # not a language dateparser knows
        return {}
    info: dict[str, Any] = getattr(module, "info", {})
    return info


def _foreign_months(info: dict[str, Any]) -> dict[str, int]:
    """Month names from dateparser's language data."""
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            word = str(name).lower().rstrip(".")
            if len(word) >= 3 and not word.isdigit():
                months.setdefault(word, number)
                # as text is written: Bengali "য়" is two code points in NFC, one in the data
                months.setdefault(unicodedata.normalize("NFC", word), number)
                months.setdefault(norm(word), number)  # Turkish "Kasim": re folds the dotless i
    return months


# The links of Romance languages between a day, its month and its year ("14 de xaneiro de
# 2026", Galician; "14 de gener", Catalan): read where the month names are in Latin letters.
_LATIN_LINKS = ("de", "d'", "d\u2019", "del", "di", "do", "da")
_LATIN = re.compile("[a-z]")


def _foreign_links(info: dict[str, Any]) -> tuple[str, ...]:
    """The words between a month and its year ("tháng 1 năm 2026": the language's word
    for year, from dateparser's data), and the Romance links where the script is Latin."""
    years = tuple(str(w).lower() for w in info.get("year", ()) if len(str(w)) >= 2)
    latin = any(_LATIN.search(str(name).lower()) for name in info.get("january", ()))
    return (*years, *_LATIN_LINKS) if latin else years
