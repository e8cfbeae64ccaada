"""The usage report: counts for a range of UTC days, grouped by day, week or month, per section."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing the report does not load the database driver
    from bot.usage.store import Store

PERIODS = ("day", "week", "month")
NO_NEAREST = "none"

# name: title, columns shown (the period first, the count last)
SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "intents": ("Messages by intent and language", ("period", "intent", "lang", "count")),
    "outcomes": ("Messages by outcome", ("period", "outcome", "count")),
    "confidence": ("Free-text messages by confidence", ("period", "confidence", "count")),
    "gaps": ("Unanswered messages (suggested or declined) by nearest intent and language", ("period", "nearest_intent", "lang", "count")),
    "sources": ("New conversations by campaign source", ("period", "source", "count")),
    "people": ("Distinct people per day", ("day", "people")),
    "dropped": ("Events that could not be recorded", ("period", "reason", "count")),
}
GAPS_ONLY = ("gaps",)

# The sections drawn from the daily counts: which columns they sum by, and which rows they keep.
_FROM_DAILY: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "intents": (("intent", "lang"), {}),
    "outcomes": (("outcome",), {}),
    "confidence": (("bucket",), {"kind": "message"}),
    "gaps": (("nearest", "lang"), {"intent": "out_of_scope"}),  # suggested or declined: not answered
    "sources": (("source",), {"kind": "start"}),
}


@dataclass(frozen=True)
class Section:
    """One table of the report: column names and rows whose last value is the raw count."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]


@dataclass(frozen=True)
class Report:
    """Every section for the UTC days `first` to `last`, inclusive."""

    first: dt.date
    last: dt.date
    by: str | None
    sections: tuple[Section, ...]

    def section(self, name: str) -> Section:
        """The section called `name`."""
        return next(section for section in self.sections if section.name == name)


def period_label(day: str, by: str | None, first: dt.date, last: dt.date) -> str:
    """The period a day falls in: the day, its ISO week ("2025-W03"), its month, or the whole range."""
    if by == "day":
        return day
    if by == "month":
        return day[:7]
    if by == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return f"{first.isoformat()}/{last.isoformat()}"


async def build_report(store: Store, first: dt.date, last: dt.date, *, by: str | None = None,
                       names: tuple[str, ...] = tuple(SECTIONS)) -> Report:
    """Read the counts from `first` to `last` and group them into the named sections."""
    if by is not None and by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}; got {by!r}")
    lo, hi = first.isoformat(), last.isoformat()
    periods: dict[str, str] = {}

    def period(day: str) -> str:
        label = periods.get(day)
        if label is None:
            label = periods[day] = period_label(day, by, first, last)
        return label

    counters: dict[str, Counter[tuple[str, ...]]] = {name: Counter() for name in names}
    for name in names:
        if name in _FROM_DAILY:
            columns, where = _FROM_DAILY[name]
            for day, *values, count in await store.daily_totals(lo, hi, columns, where):
                if name == "gaps":
                    values[0] = values[0] or NO_NEAREST
                counters[name][(period(day), *values)] += count
    if "people" in counters:
        counters["people"].update({(day,): count for day, count in await store.people_per_day(lo, hi)})
    if "dropped" in counters:
        for day, reason, count in await store.dropped_per_day(lo, hi):
            counters["dropped"][(period(day), reason)] += count
    sections = []
    for name in names:
        title, columns = SECTIONS[name]
        rows = tuple((*key, count) for key, count in sorted(counters[name].items()))
        sections.append(Section(name, title, columns, rows))
    return Report(first, last, by, tuple(sections))
