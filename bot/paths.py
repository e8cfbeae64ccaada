"""Where the content lives: --content, else BOT_CONTENT_DIR, else this folder or the project's."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def content_root(explicit: str | None = None) -> Path:
    """The folder holding intents/ and responses/."""
    if explicit:
        return Path(explicit)
    configured = os.environ.get("BOT_CONTENT_DIR")
    if configured:
        return Path(configured)
    here = Path.cwd()
    if (here / "intents").is_dir() and (here / "responses").is_dir():
        return here
    return PROJECT_ROOT


def cache_dir() -> Path:
    """Where trained models and word lists are kept between runs (BOT_CACHE_DIR, else ~/.cache/brujula)."""
    configured = os.environ.get("BOT_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "brujula"
