"""Same-event detection and merging: ``timeline.merge`` (the work is in timeline.merging)."""

from __future__ import annotations

from timeline.merging import merge

__all__ = ["merge"]
