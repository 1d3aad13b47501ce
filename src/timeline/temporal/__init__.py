"""The temporal tagger: text -> DateMention."""

from timeline.temporal.tagger import find_dates

__all__ = ["find_dates"]
