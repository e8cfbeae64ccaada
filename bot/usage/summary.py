"""A few lines of the last days' counts for the admin-only /stats command, in Spanish or English."""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter

from bot.usage.store import Store
from bot.usage.suppress import DEFAULT_MIN_COUNT, is_hidden, shown

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
        "topics": "Top topics", "gaps": "Declined, nearest topic",
        "starts": "New conversations", "people": "People per day",
        "people_value": "{average} on average, at most {most}", "dropped": "Events not recorded",
        "nothing": "no data",
    },
}
OUTCOME_ORDER = ("answered", "suggested", "declined", "emergency")
TOP = 3


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
        rows = await store.daily_rows(first.isoformat(), last.isoformat())
        people = [count for _, count in await store.people_per_day(first.isoformat(), last.isoformat())]
        dropped = sum(count for *_, count in await store.dropped_per_day(first.isoformat(), last.isoformat()))
    finally:
        if opened_here:
            await store.close()

    outcomes: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    for _day, _channel, kind, _lang, intent, outcome, _bucket, nearest, source, count in rows:
        outcomes[outcome] += count
        if kind in ("message", "callback") and outcome != "declined":
            topics[intent] += count
        if outcome == "declined":
            gaps[nearest or "none"] += count
        if kind == "start":
            starts[source] += count

    def n(count: int) -> str:
        return str(shown(count, min_count))

    lines = [words["title"].format(days=days, first=first.isoformat(), last=last.isoformat())]
    parts = ", ".join(f"{words[name]} {n(outcomes[name])}" for name in OUTCOME_ORDER if outcomes[name])
    lines.append(f"{words['messages']}: {n(sum(outcomes.values()))}" + (f" ({parts})" if parts else ""))
    lines.append(f"{words['topics']}: {_top(topics, min_count, words)}")
    lines.append(f"{words['gaps']}: {_top(gaps, min_count, words)}")
    lines.append(f"{words['starts']}: {n(sum(starts.values()))}"
                 + (f" ({_top(starts, min_count, words)})" if starts else ""))
    value = words["people_value"].format(average=n(round(sum(people) / max(len(people), 1))), most=n(max(people, default=0)))
    lines.append(f"{words['people']}: {value if people else words['nothing']}")
    if dropped + unsaved_drops:
        lines.append(f"{words['dropped']}: {n(dropped + unsaved_drops)}")
    return lines


def _top(counts: Counter[str], min_count: int, words: dict[str, str]) -> str:
    """The biggest few as "name count"; hidden counts rank together, after the shown ones."""
    if not counts:
        return words["nothing"]
    ranked = sorted(counts.items(), key=lambda item: (0 if is_hidden(item[1], min_count) else -item[1], item[0]))
    return ", ".join(f"{name} {shown(count, min_count)}" for name, count in ranked[:TOP])
