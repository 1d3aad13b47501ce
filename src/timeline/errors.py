"""The errors and warnings of timeline.

Every error the library raises on purpose derives from :class:`TimelineError`;
every warning from :class:`TimelineWarning`, so one filter silences them all::

    TimelineError
     +-- InvalidValueError      (also ValueError) a model field got an impossible value
     +-- DateParseError         (also ValueError) a date/span string that does not parse
     +-- QueryError             (also ValueError) a query argument that is not understood
     +-- FormatError            (also ValueError) a file or document that cannot be read
     +-- UnsupportedFormatError (also ValueError) an export/import format we do not know
     +-- DocumentError          (also ValueError) an input document a batch skips

    TimelineWarning (UserWarning)
     +-- AmbiguousDateWarning   a date that could mean several things

Each error keeps the fields that explain it as attributes and says what to do.
This module imports nothing of ours.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error raised by timeline."""


class InvalidValueError(TimelineError, ValueError):
    """A model was given a value it cannot hold.

    ``model`` is the model's name, ``field`` the dotted path of the field,
    ``value`` what was given and ``reason`` why it was refused.
    """

    def __init__(self, model: str, field: str, value: object, reason: str) -> None:
        self.model = model
        self.field = field
        self.value = value
        self.reason = reason
        shown = repr(value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        super().__init__(f"{model}.{field} = {shown}: {reason}")


class DateParseError(TimelineError, ValueError):
    """A date or span string that does not parse.

    ``text`` is the string, ``position`` the offset where reading failed.
    """

    def __init__(self, text: str, reason: str, position: int = 0) -> None:
        self.text = text
        self.reason = reason
        self.position = position
        super().__init__(
            f"cannot read {text!r} as a date (at offset {position}): {reason}; "
            "use EDTF or ISO 8601, e.g. '2026-01-14', '2026-01', '2026', "
            "'2026-01-14/2026-01-20', '../2026-01-14'"
        )


class QueryError(TimelineError, ValueError):
    """A query argument that is not understood: names the value and what is accepted."""

    def __init__(self, argument: str, value: object, accepted: str) -> None:
        self.argument = argument
        self.value = value
        self.accepted = accepted
        super().__init__(f"{argument}: {value!r} is not understood; accepted: {accepted}")


class FormatError(TimelineError, ValueError):
    """A document or file that cannot be read.

    ``source`` names the file (or ``<string>``), ``line`` and ``column`` are
    1-based where known, ``expected`` says what the reader wanted to see.
    """

    def __init__(
        self,
        source: str,
        expected: str,
        *,
        line: int | None = None,
        column: int | None = None,
        detail: str = "",
    ) -> None:
        self.source = source
        self.expected = expected
        self.line = line
        self.column = column
        self.detail = detail
        where = source
        if line is not None:
            where += f", line {line}"
            if column is not None:
                where += f", column {column}"
        message = f"{where}: expected {expected}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class FileTooLargeError(FormatError):
    """A file larger than the readers' limit (``limit`` bytes; ``size`` when known).

    Reading holds every event in memory, several times the file's size, so the
    readers refuse what is over the limit before reading it, unless told otherwise.
    """

    def __init__(self, source: str, *, limit: int, size: int | None = None) -> None:
        self.limit = limit
        self.size = size
        have = f"it has {size:,}" if size is not None else "it has more"
        super().__init__(
            source,
            f"at most {limit:,} bytes",
            detail=f"{have}; to read it anyway, pass max_bytes=None "
            "(command line: --max-size 0) and allow about ten times its size in memory",
        )


class UnsupportedFormatError(TimelineError, ValueError):
    """An export or import format that timeline does not know."""

    def __init__(self, name: str, accepted: tuple[str, ...]) -> None:
        self.name = name
        self.accepted = accepted
        super().__init__(f"unknown format {name!r}; accepted: {', '.join(accepted)}")


class TimelineWarning(UserWarning):
    """Base of every warning issued by timeline."""


class AmbiguousDateWarning(TimelineWarning):
    """A date expression that could be read in more than one way."""


class DocumentError(TimelineError, ValueError):
    """An input document that cannot be read or processed; a batch skips it and goes on.

    ``document`` names it (a path, ``path:line``, an id), ``reason`` says what is wrong
    and ``index`` is its position in the batch when known.
    """

    def __init__(self, document: str, reason: str, *, index: int | None = None) -> None:
        self.document = document
        self.reason = reason
        self.index = index
        super().__init__(f"{document}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str], dict[str, object]]:
        # picklable, so that it crosses process (and Dask worker) boundaries intact
        return (type(self), (self.document, self.reason), {"index": self.index})
