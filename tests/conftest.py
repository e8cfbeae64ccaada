"""Shared fixtures: the shipped content and a brain built from it, once per test session."""
from __future__ import annotations

import shutil
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


@pytest.fixture
def content_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the shipped content that a test may edit (its models cached apart)."""
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "content"
    for folder in ("intents", "responses", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


@pytest.fixture
def set_answer_text():
    """A function that rewrites the text of one answer file, as a staff member would."""
    def set_text(root: Path, lang: str, intent: str, text: str) -> None:
        path = root / "responses" / lang / f"{intent}.yml"
        data = path.read_text(encoding="utf-8")
        start, end = data.index("text:"), data.index("buttons:")
        path.write_text(data[:start] + f"text: {text}\n" + data[end:], encoding="utf-8")
    return set_text
