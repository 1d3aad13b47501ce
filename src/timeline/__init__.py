"""timeline: dated events from news text, merged, queried and exported.

The public API is re-exported here; nothing is defined in this module.
"""

from timeline._edtf import Precision
from timeline.batch import extract_many
from timeline.documents import Document
from timeline.errors import (
    AmbiguousDateWarning,
    DateParseError,
    DocumentError,
    FileTooLargeError,
    FormatError,
    InvalidValueError,
    QueryError,
    TimelineError,
    TimelineWarning,
    UnsupportedFormatError,
)
from timeline.extract import extract
from timeline.merge import merge
from timeline.models import (
    Actor,
    ActorType,
    DateMention,
    Event,
    EventKind,
    Place,
    Relation,
    Resolution,
    Source,
    Status,
    TimeSpan,
    TimexType,
)
from timeline.temporal import find_dates
from timeline.timeline import Timeline

__version__ = "0.1.0"

__all__ = [
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
