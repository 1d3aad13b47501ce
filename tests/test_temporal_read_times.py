"""Reading times of day (``_read_times``)."""

from __future__ import annotations

import pytest

from timeline.temporal._read_times import at_night


@pytest.mark.parametrize(("hour", "clock"), [(12, 0), (11, 23), (6, 18), (5, 5), (1, 1)])
def test_an_hour_said_at_night(hour: int, clock: int) -> None:
    """Twelve at night is midnight, ten the evening's 22:00, two the small hours' 2:00."""
    assert at_night(hour) == clock
