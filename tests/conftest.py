"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.seeds import ROOT, seed_paths


@pytest.fixture
def repo_root() -> Path:
    """The checkout's top folder."""
    return ROOT


@pytest.fixture
def seed_articles() -> list[Path]:
    """Every seed article; the test fails when the seeds are not beside the checkout."""
    return seed_paths()
