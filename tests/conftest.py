"""Shared fixtures: the project root, the seed, and the research corpora when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"

# CI machines are noisy: no per-example deadline; a fixed budget of examples instead.
settings.register_profile(
    "timeline", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("timeline")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The French seed article."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder, or a skip where it is absent (a user's machine)."""
    if not SHARED.is_dir():
        pytest.skip("../shared (research corpora) is not present on this machine")
    return SHARED
