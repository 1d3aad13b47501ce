"""The public surface is pinned: a change to it is a decision, not an accident."""

import timeline

EXPECTED = [
    "Actor",
    "ActorType",
    "AmbiguousDateWarning",
    "DateMention",
    "DateParseError",
    "Document",
    "DocumentError",
    "Event",
    "EventKind",
    "FileTooLargeError",
    "FormatError",
    "InvalidValueError",
    "Place",
    "Precision",
    "QueryError",
    "Relation",
    "Resolution",
    "Source",
    "Status",
    "TimeSpan",
    "Timeline",
    "TimelineError",
    "TimelineWarning",
    "TimexType",
    "UnsupportedFormatError",
    "__version__",
    "extract",
    "extract_many",
    "find_dates",
    "merge",
]


def test_all_is_pinned_and_sorted() -> None:
    assert timeline.__all__ == EXPECTED
    assert sorted(timeline.__all__) == timeline.__all__


def test_every_exported_name_exists() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None
