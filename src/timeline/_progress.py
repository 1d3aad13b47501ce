"""A progress bar on standard error, drawn only on a terminal and only on long runs.

It shows bytes read out of the total when known (else a count), documents,
events and throughput; it redraws at most ten times a second and appears
after half a second, so short runs print nothing.
"""

from __future__ import annotations

import time
from typing import TextIO

REDRAW_SECONDS = 0.1
DELAY_SECONDS = 0.5
BAR_WIDTH = 24


class Progress:
    """``update(...)`` as work advances, ``clear()`` before printing a message, ``close()``."""

    def __init__(self, stream: TextIO, *, total_bytes: int = 0, enabled: bool = True) -> None:
        self._stream = stream
        self._total = total_bytes
        self._enabled = enabled and _is_terminal(stream)
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def update(self, *, done_bytes: int, documents: int, events: int) -> None:
        """Redraw if it is time to."""
        if not self._enabled:
            return
        now = time.monotonic()
        if now - self._started < DELAY_SECONDS or now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        self._draw(render(done_bytes, self._total, documents, events, now - self._started))

    def _draw(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self._stream.write("\r" + line + padding)
        self._stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Erase the bar (it comes back on the next update)."""
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
            self._drawn_at = 0.0

    def close(self) -> None:
        """Erase the bar for good."""
        self.clear()
        self._enabled = False


def render(done: int, total: int, documents: int, events: int, seconds: float) -> str:
    """One line: bar and percentage (when the total is known), counts and speed."""
    rate = done / seconds if seconds > 0 else 0.0
    counts = f"{documents:,} documents  {events:,} events  {_size(rate)}/s"
    if total <= 0:
        return f"{_size(done)}  {counts}"
    fraction = min(1.0, done / total)
    filled = round(fraction * BAR_WIDTH)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return f"[{bar}] {fraction:4.0%}  {counts}{_eta(done, total, seconds)}"


def _eta(done: int, total: int, seconds: float) -> str:
    if done <= 0 or done >= total:
        return ""
    left = int(seconds * (total - done) / done)
    return f"  ETA {left // 60}:{left % 60:02d}"


def _size(count: float) -> str:
    if count < 1e6:
        return f"{count / 1e3:.0f} kB"
    return f"{count / 1e6:.1f} MB"


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
