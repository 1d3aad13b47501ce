"""Document -> events: sentences, dates, actors, places and event kinds."""

from timeline.extract.events import extract

__all__ = ["extract"]
