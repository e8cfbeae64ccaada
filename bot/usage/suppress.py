"""Small-number suppression: counts below a threshold are shown as "<N" in every output."""
from __future__ import annotations

from collections.abc import Iterable

DEFAULT_MIN_COUNT = 5


def shown(count: int, min_count: int = DEFAULT_MIN_COUNT) -> int | str:
    """The count as it may be shown: itself, or "<min_count" when it is small but not zero."""
    return f"<{min_count}" if 0 < count < min_count else count


def is_hidden(count: int, min_count: int = DEFAULT_MIN_COUNT) -> bool:
    """Whether a count is too small to show."""
    return 0 < count < min_count


def shown_rows(rows: Iterable[tuple[str | int, ...]], min_count: int = DEFAULT_MIN_COUNT
               ) -> list[tuple[str | int, ...]]:
    """Rows with their last value (the count) suppressed, biggest first within each period.

    Hidden counts sort together by name, so their order does not tell 4 from 1.
    """
    def key(row: tuple[str | int, ...]) -> tuple[object, ...]:
        count = int(row[-1])
        return (row[0], -(0 if is_hidden(count, min_count) else count), row[1:-1])

    return [(*row[:-1], shown(int(row[-1]), min_count)) for row in sorted(rows, key=key)]
