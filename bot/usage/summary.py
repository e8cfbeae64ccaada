"""A few lines of the last days' counts for the admin-only /stats command, in Spanish or English."""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.usage.store import Store
from bot.usage.suppress import DEFAULT_MIN_COUNT, is_hidden, shown

if TYPE_CHECKING:
    from bot.usage.recorder import Recorder

LABELS: dict[str, dict[str, str]] = {
    "es": {
        "title": "Últimos {days} días ({first} a {last}, UTC)",
        "messages": "Mensajes", "answered": "respondidos", "suggested": "con sugerencias",
        "declined": "sin respuesta", "emergency": "emergencias",
        "topics": "Temas más consultados", "gaps": "Sin respuesta, tema más cercano",
        "starts": "Conversaciones nuevas", "people": "Personas por día",
        "people_value": "{average} en promedio, máximo {most}", "dropped": "Eventos no registrados",
        "nothing": "sin datos",
    },
    "en": {
        "title": "Last {days} days ({first} to {last}, UTC)",
        "messages": "Messages", "answered": "answered", "suggested": "suggested",
        "declined": "declined", "emergency": "emergency",
        "topics": "Top topics", "gaps": "Not answered, nearest topic",
        "starts": "New conversations", "people": "People per day",
        "people_value": "{average} on average, at most {most}", "dropped": "Events not recorded",
        "nothing": "no data",
    },
}
OUTCOME_ORDER = ("answered", "suggested", "declined", "emergency")
TOP = 3


def summary_for(db: Store | str | os.PathLike[str], recorder: Recorder | None = None
                ) -> Callable[[str], Awaitable[list[str]]]:
    """A `stats_lines(lang)` function for /stats: the last 7 days of `db`, plus drops not saved yet."""
    async def stats_lines(lang: str) -> list[str]:
        unsaved = recorder.unsaved_drops if recorder is not None else 0
        return await summary_lines(db, lang, unsaved_drops=unsaved)

    return stats_lines


@dataclass(frozen=True)
class _Totals:
    """What the summary says, summed over its days."""

    outcomes: Counter[str]
    topics: Counter[str]
    gaps: Counter[str]
    starts: Counter[str]
    people: tuple[int, ...]
    dropped: int


async def summary_lines(db: Store | str | os.PathLike[str], lang: str = "es", days: int = 7, *,
                        today: dt.date | None = None, min_count: int = DEFAULT_MIN_COUNT,
                        unsaved_drops: int = 0) -> list[str]:
    """The last `days` UTC days (today included) in a few lines; small counts shown as "<5"."""
    words = LABELS.get(lang, LABELS["es"])
    last = today or dt.datetime.now(dt.timezone.utc).date()
    first = last - dt.timedelta(days=days - 1)
    store = db if isinstance(db, Store) else Store(db)
    opened_here = not store.is_open
    if opened_here:
        await store.open()
    try:
        totals = await _read(store, first.isoformat(), last.isoformat())
    finally:
        if opened_here:
            await store.close()

    def n(count: int) -> str:
        return str(shown(count, min_count))

    outcomes = ", ".join(f"{words[name]} {n(totals.outcomes[name])}"
                         for name in OUTCOME_ORDER if totals.outcomes[name])
    starts = f" ({_top(totals.starts, min_count, words)})" if totals.starts else ""
    people = words["nothing"]
    if totals.people:
        people = words["people_value"].format(average=n(round(sum(totals.people) / len(totals.people))),
                                              most=n(max(totals.people)))
    lines = [
        words["title"].format(days=days, first=first.isoformat(), last=last.isoformat()),
        f"{words['messages']}: {n(sum(totals.outcomes.values()))}" + (f" ({outcomes})" if outcomes else ""),
        f"{words['topics']}: {_top(totals.topics, min_count, words)}",
        f"{words['gaps']}: {_top(totals.gaps, min_count, words)}",
        f"{words['starts']}: {n(sum(totals.starts.values()))}{starts}",
        f"{words['people']}: {people}",
    ]
    if totals.dropped + unsaved_drops:
        lines.append(f"{words['dropped']}: {n(totals.dropped + unsaved_drops)}")
    return lines


async def _read(store: Store, first: str, last: str) -> _Totals:
    outcomes: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    for _day, _channel, kind, _lang, intent, outcome, _bucket, nearest, source, count in \
            await store.daily_rows(first, last):
        outcomes[outcome] += count
        if kind in ("message", "callback") and outcome != "declined":
            topics[intent] += count  # what people asked about, not /start or /menu
        if outcome == "declined":
            gaps[nearest or "none"] += count
        if kind == "start":
            starts[source] += count
    people = tuple(count for _, count in await store.people_per_day(first, last))
    dropped = sum(count for *_, count in await store.dropped_per_day(first, last))
    return _Totals(outcomes, topics, gaps, starts, people, dropped)


def _top(counts: Counter[str], min_count: int, words: dict[str, str]) -> str:
    """The biggest few as "name count"; hidden counts rank together, after the shown ones."""
    if not counts:
        return words["nothing"]
    ranked = sorted(counts.items(), key=lambda item: (0 if is_hidden(item[1], min_count) else -item[1], item[0]))
    return ", ".join(f"{name} {shown(count, min_count)}" for name, count in ranked[:TOP])
