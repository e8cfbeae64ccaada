"""Shared fixtures: the shipped content and a brain built from it, once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.brain import Brain

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The project folder, which holds the shipped content."""
    return ROOT


@pytest.fixture(scope="session")
def brain() -> Brain:
    """The brain on the shipped content."""
    return Brain.load(ROOT)


@pytest.fixture(scope="session")
def understanding(brain):
    """The understanding layer of the shipped brain."""
    return brain.understanding
