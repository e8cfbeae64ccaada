"""Fixtures for content tests; the builders live in builders.py."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest

from .builders import DATA, build_base


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A valid content folder to break in one place."""
    return build_base(tmp_path / "content")


@pytest.fixture
def broken(tmp_path: Path) -> Callable[[str], Path]:
    """The valid base with the files of tests/data/<problem>/ laid over it."""
    def make(problem: str) -> Path:
        root = build_base(tmp_path / problem)
        shutil.copytree(DATA / problem, root, dirs_exist_ok=True)
        return root
    return make
