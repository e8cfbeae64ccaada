"""What every content check shares: the loaded files, the problems found, lines and values."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterator

from rapidfuzz import process

from .loader import Loaded
from .model import Content
from .problems import ERROR, WARNING, Problem
from .yamlio import YamlDoc

MIN_EXAMPLES = 40
MAX_TITLE = 40  # longer button labels get cut on phones
MAX_CALLBACK_BYTES = 64  # Telegram's limit for a button's data
MAX_AGE_DAYS = 180
MEXICO_LAT, MEXICO_LON = (14.3, 32.8), (-118.6, -86.6)
UI_KEYS: tuple[str, ...] = (
    "language_name", "welcome", "choose_language", "language_set", "menu_button", "did_you_mean",
    "not_understood", "empty_message", "too_long", "text_only", "flood", "exit_done",
    "share_location_button", "share_location_hint", "nearest_office", "office_list_intro",
    "unknown_command", "error", "emergency_prefix",
)
OFFICES_FILE, HOTLINES_FILE = "facts/offices.yml", "facts/hotlines.yml"
_BLOCK_SCALAR = re.compile(r"\|[1-9+-]{0,2}\s*(#.*)?$")  # `text: |` — one text line per file line


@dataclass
class Checker:
    """Shared state of one run: the loaded files, today's date, and the problems found."""

    loaded: Loaded
    content: Content
    today: dt.date
    normalize: Callable[[str], str]
    problems: list[Problem] = field(default_factory=list)
    _sources: dict[Path, list[str]] = field(default_factory=dict)

    def add(self, file: str, line: int, code: str, severity: str = ERROR, **params: object) -> None:
        self.problems.append(Problem(file, line, code, severity, params))

    def doc(self, name: str) -> YamlDoc | None:
        return self.loaded.docs.get(name)

    def exists(self, name: str) -> bool:
        return (self.loaded.root / name).is_file()

    @cached_property
    def intent_ids(self) -> set[str]:
        """Topics that exist: loaded, or present as a file that failed to load (already reported)."""
        on_disk = {path.stem for path in (self.loaded.root / "intents").glob("*.yml")}
        return set(self.content.intents) | on_disk

    def text_line(self, doc: YamlDoc, where: tuple, offset: int) -> int:
        """File line of character `offset` of the text at `where` (exact for `|` blocks)."""
        line = doc.line(*where)
        if doc.path not in self._sources:
            self._sources[doc.path] = _source_lines(doc.path)
        source = self._sources[doc.path]
        value = value_at(doc.data, where)
        if isinstance(value, str) and 0 < line <= len(source) and _BLOCK_SCALAR.search(source[line - 1]):
            return line + 1 + value.count("\n", 0, offset)
        return line


def _source_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def value_at(data: Any, where: tuple) -> Any:
    """The value at `where` inside parsed YAML, or None."""
    for step in where:
        if isinstance(data, dict) and step in data:
            data = data[step]
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


def entries(doc: YamlDoc | None, key: str) -> Iterator[tuple[tuple, dict]]:
    """(where, item) for each mapping in the list under `key` (facts files)."""
    items = value_at(doc.data, (key,)) if doc else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            yield (key, index), item


def _texts(value: Any) -> list[tuple[int, str]]:
    """(index, text) of a value that may be one text or a list of texts."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [(-1, str(value))]
    items = value if isinstance(value, list) else []
    return [(i, str(v)) for i, v in enumerate(items) if isinstance(v, (str, int, float)) and not isinstance(v, bool)]


def suggest(word: str, choices: set[str]) -> str:
    """The closest of `choices` to `word`, or "" when none is close."""
    guess = process.extractOne(word, sorted(choices), score_cutoff=60)
    return guess[0] if guess else ""


def check_dated(c: Checker, file: str, doc: YamlDoc, where: tuple) -> None:
    """`reviewed` not too old nor in the future; `sources` not left empty."""
    item = value_at(doc.data, where)
    if not isinstance(item, dict):
        return
    reviewed = _date(item.get("reviewed"))
    if reviewed is not None:
        age = (c.today - reviewed).days
        if age > MAX_AGE_DAYS:
            c.add(file, doc.line(*where, "reviewed"), "reviewed_old", WARNING,
                  date=reviewed.isoformat(), days=age, maximum=MAX_AGE_DAYS)
        elif age < 0:
            c.add(file, doc.line(*where, "reviewed"), "reviewed_future", WARNING, date=reviewed.isoformat())
    if "sources" in item and not _texts(item["sources"] or []):
        c.add(file, doc.line(*where, "sources"), "no_sources", WARNING)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None  # not a date: reported by the loader
