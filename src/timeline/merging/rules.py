"""The same-event rule: when two single reports tell of one real-world event.

See docs/merge.md for the rule with examples. Every test here is symmetric
in its two reports.
"""

from __future__ import annotations

from timeline._text import similarity
from timeline.merging.atoms import MAX_WIDTH, OPEN_LO, Report, compatible_kinds
from timeline.models import EventKind, Status

HORIZON = 366
"""An open span ("before 14 January") reaches back (or forward) at most this many days."""
TEXT_SAME = 0.5
"""Token overlap at which two titles/summaries tell the same thing."""
TEXT_UNRELATED = 0.1
"""Below this token overlap, two texts of one language (MIN_TOKENS words or more) are unrelated."""
MIN_TOKENS = 5
TEXT_ONLY_DAYS = 7
"""Text alone (no actors on a side) links reports only when both dates are this precise."""
CONFLICT_GAP = 7
"""Two precise dates at most this many days apart can be a conflict about one event."""

_ALIVE = frozenset({Status.REPORTED, Status.ALLEGED, Status.PLANNED})


# ---------------------------------------------------------------- each criterion


def dates_compatible(a: Report, b: Report) -> bool:
    """Overlapping closed spans; an open span only with what lies inside it, near its bound."""
    if a.normal and b.normal:
        return a.lo <= b.hi and b.lo <= a.hi
    if a.is_open and b.is_open:
        return _same_direction(a, b) and abs(_bound(a) - _bound(b)) <= HORIZON
    if a.is_open or b.is_open:
        return _inside_open(a, b) if a.is_open else _inside_open(b, a)
    if a.width > MAX_WIDTH or b.width > MAX_WIDTH:
        return (a.lo, a.hi) == (b.lo, b.hi)
    return a.lo <= b.hi and b.lo <= a.hi


def _bound(report: Report) -> int:
    """The known side of an open span."""
    return report.hi if report.lo == OPEN_LO else report.lo


def _same_direction(a: Report, b: Report) -> bool:
    return (a.lo == OPEN_LO) == (b.lo == OPEN_LO)


def _inside_open(open_: Report, closed: Report) -> bool:
    """The closed span lies inside the open one, within HORIZON days of its bound."""
    bound = _bound(open_)
    if open_.lo == OPEN_LO:  # ../bound
        return bound - HORIZON <= closed.lo and closed.hi <= bound
    return bound <= closed.lo and closed.hi <= bound + HORIZON


def kinds_compatible(a: EventKind, b: EventKind) -> bool:
    """Same kind, OTHER on either side, or a near pair (data/near_kinds.json)."""
    return b in compatible_kinds(a)


def statuses_compatible(a: Status, b: Status) -> bool:
    """Reported, alleged and planned go together; negated and hypothetical only with their own."""
    return a is b or (a in _ALIVE and b in _ALIVE)


def same_language(a: Report, b: Report) -> bool:
    """Both reports are (also) in one language."""
    return not a.langs.isdisjoint(b.langs)


def places_verdict(a: Report, b: Report) -> bool | None:
    """True: a place in common; False: the places disagree; None: cannot tell."""
    if not a.places or not b.places:
        return None
    if not a.places.isdisjoint(b.places):
        return True
    if a.countries and b.countries and a.countries.isdisjoint(b.countries):
        return False
    return False if same_language(a, b) else None


def actors_agree(a: Report, b: Report) -> bool:
    """All actors of one side are matched, or more than half of all actors are."""
    if a.reach.isdisjoint(b.reach):
        return False
    if a.codes <= b.codes or b.codes <= a.codes:
        return True
    matched_a, matched_b = _matched(a, b)
    if matched_a == 0:
        return False
    if len(a.actors) == matched_a or len(b.actors) == matched_b:
        return True
    return 2 * (matched_a + matched_b) > len(a.actors) + len(b.actors)


def _matched(a: Report, b: Report) -> tuple[int, int]:
    """How many actors of each side match an actor of the other."""
    if a.by_code and b.by_code:  # no person reaches a state: codes alone decide
        common = a.codes & b.codes
        return (
            sum(1 for code in a.code_list if code in common),
            sum(1 for code in b.code_list if code in common),
        )
    return (
        sum(1 for actor in a.actors if _matches_any(actor, b.actors)),
        sum(1 for actor in b.actors if _matches_any(actor, a.actors)),
    )


def _matches_any(
    actor: tuple[frozenset[str], frozenset[str]],
    others: tuple[tuple[frozenset[str], frozenset[str]], ...],
) -> bool:
    own, reach = actor
    return any(
        not own.isdisjoint(o_reach) or not o_own.isdisjoint(reach) for o_own, o_reach in others
    )


def _shares_actor(a: Report, b: Report) -> bool:
    if a.reach.isdisjoint(b.reach):
        return False
    return any(_matches_any(actor, b.actors) for actor in a.actors)


# ---------------------------------------------------------------- the rule


def same_event(a: Report, b: Report) -> bool:
    """True when ``a`` and ``b`` can be two reports of one event."""
    if a.kind not in b.kinds_ok or not dates_compatible(a, b):
        return False
    if a.status is not b.status and not (a.alive and b.alive):
        return False
    place = places_verdict(a, b)
    if place is False or not _strong_enough(a, b, shared_place=place is True):
        return False
    return _evidence(a, b, shared_place=place is True) and _texts_consistent(a, b)


def _evidence(a: Report, b: Report, *, shared_place: bool) -> bool:
    """Agreeing actors; where actors are missing, a shared place, or the same text in a week."""
    if a.actors and b.actors:
        if actors_agree(a, b):
            return True
        return _shares_actor(a, b) and same_language(a, b) and _similar(a, b)
    if shared_place:
        return True
    return a.width <= TEXT_ONLY_DAYS and b.width <= TEXT_ONLY_DAYS and _similar(a, b)


def _strong_enough(a: Report, b: Report, *, shared_place: bool) -> bool:
    """A date vaguer than a week needs more: a shared place or the same kind (not OTHER)."""
    if a.width <= TEXT_ONLY_DAYS and b.width <= TEXT_ONLY_DAYS:
        return True
    return shared_place or (a.kind is b.kind and a.kind is not EventKind.OTHER)


def _texts_consistent(a: Report, b: Report) -> bool:
    """Two reports of one event in one language share some words.

    Unless they tell the same structured fact: same day, same kind (not
    OTHER), the same two actors or more.
    """
    if len(a.tokens) < MIN_TOKENS or len(b.tokens) < MIN_TOKENS or not same_language(a, b):
        return True
    if similarity(a.tokens, b.tokens) >= TEXT_UNRELATED:
        return True
    return (
        a.width == b.width == 1
        and a.lo == b.lo
        and a.kind is b.kind is not EventKind.OTHER
        and len(a.codes) >= 2
        and a.codes == b.codes
    )


def _similar(a: Report, b: Report) -> bool:
    return similarity(a.tokens, b.tokens) >= TEXT_SAME


def conflicting(a: Report, b: Report) -> bool:
    """Disjoint precise dates close together for an otherwise identical event."""
    if a.width != 1 or b.width != 1 or a.lo == b.lo or abs(a.lo - b.lo) > CONFLICT_GAP:
        return False
    if a.kind is not b.kind or not a.codes or a.codes != b.codes:
        return False
    if not statuses_compatible(a.status, b.status):
        return False
    place = places_verdict(a, b)
    if place is False:
        return False
    return place is True or _similar(a, b)
