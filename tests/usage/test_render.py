"""Report outputs: exact CSV and JSON, and small numbers hidden in every format."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from bot.usage.render import FORMATS, render
from bot.usage.report import Report, Section, build_report, period_label
from bot.usage.store import Store

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


async def report_of(path, by=None, names=None) -> Report:
    async with Store(path) as store:
        if names:
            return await build_report(store, *MARCH, by=by, names=names)
        return await build_report(store, *MARCH, by=by)


async def test_csv_is_one_long_table(sample_db):
    assert render(await report_of(sample_db), "csv") == """\
section,period,item,lang,count
intents,2025-03-01/2025-03-31,asylum_refuge,es,12
intents,2025-03-01/2025-03-31,greeting,es,6
intents,2025-03-01/2025-03-31,out_of_scope,es,6
intents,2025-03-01/2025-03-31,emergency,es,<5
intents,2025-03-01/2025-03-31,hotlines,en,<5
intents,2025-03-01/2025-03-31,out_of_scope,en,<5
outcomes,2025-03-01/2025-03-31,answered,,21
outcomes,2025-03-01/2025-03-31,declined,,8
outcomes,2025-03-01/2025-03-31,emergency,,<5
confidence,2025-03-01/2025-03-31,>=0.8,,16
confidence,2025-03-01/2025-03-31,<0.4,,6
confidence,2025-03-01/2025-03-31,0.4-0.6,,<5
gaps,2025-03-01/2025-03-31,asylum_refuge,es,6
gaps,2025-03-01/2025-03-31,health_services,en,<5
sources,2025-03-01/2025-03-31,radio,,5
sources,2025-03-01/2025-03-31,none,,<5
people,2025-03-03,,,15
people,2025-03-04,,,14
people,2025-03-10,,,<5
"""


async def test_csv_by_day_with_a_lower_threshold(sample_db):
    text = render(await report_of(sample_db, by="day", names=("intents", "people")), "csv", min_count=3)
    assert text == """\
section,period,item,lang,count
intents,2025-03-03,asylum_refuge,es,12
intents,2025-03-03,hotlines,en,3
intents,2025-03-04,greeting,es,6
intents,2025-03-04,out_of_scope,es,6
intents,2025-03-04,out_of_scope,en,<3
intents,2025-03-10,emergency,es,<3
people,2025-03-03,,,15
people,2025-03-04,,,14
people,2025-03-10,,,<3
"""


async def test_json_of_the_gaps(sample_db):
    data = json.loads(render(await report_of(sample_db, names=("gaps",)), "json"))
    assert data == {
        "first": "2025-03-01", "last": "2025-03-31", "by": None, "min_count": 5,
        "sections": {"gaps": {
            "title": "Unanswered messages (suggested or declined) by nearest intent and language",
            "rows": [
                {"period": "2025-03-01/2025-03-31", "nearest_intent": "asylum_refuge", "lang": "es", "count": 6},
                {"period": "2025-03-01/2025-03-31", "nearest_intent": "health_services", "lang": "en",
                 "count": "<5"},
            ]}},
    }


async def test_dropped_events_are_reported(sample_db):
    async with Store(sample_db) as store:
        from bot.usage.store import Batch

        await store.write(Batch(drops=(("2025-03-05", "queue_full", 40), ("2025-03-06", "write_failed", 2))))
        report = await build_report(store, *MARCH, by="month", names=("dropped",))
    assert render(report, "csv") == (
        "section,period,item,lang,count\n"
        "dropped,2025-03,queue_full,,40\n"
        "dropped,2025-03,write_failed,,<5\n")


# A report made by hand: the hidden counts 1 and 4 must not show anywhere, in any format.
TINY = Report(dt.date(2025, 1, 1), dt.date(2025, 1, 2), None, (
    Section("intents", "Messages by intent and language", ("period", "intent", "lang", "count"), (
        ("2025-01-01/2025-01-02", "asylum_refuge", "es", 66),
        ("2025-01-01/2025-01-02", "hotlines", "es", 4),
        ("2025-01-01/2025-01-02", "about", "en", 1),
    )),
    Section("people", "Distinct people per day", ("day", "people"), (
        ("2025-01-01", 1), ("2025-01-02", 4))),
))


def shown_counts(fmt: str, text: str) -> list[str]:
    """Every count an output shows, however it is laid out."""
    if fmt == "csv":
        return [line.rsplit(",", 1)[1] for line in text.splitlines()[1:]]
    if fmt == "json":
        data = json.loads(text)
        return [str(list(row.values())[-1]) for s in data["sections"].values() for row in s["rows"]]
    if fmt == "table":
        return [line.split()[-1] for line in text.splitlines() if line.startswith("2025-01-0")]
    return (re.findall(r'<td class="count">([^<]*)</td>', text)
            + re.findall(r'<text class="value"[^>]*>([^<]*)</text>', text)
            + re.findall(r"<title>[^<]*: ([^<]*)</title>", text))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_hides_small_counts(fmt):
    text = render(TINY, fmt)
    counts = {count.replace("&lt;", "<") for count in shown_counts(fmt, text)}
    assert counts == {"66", "<5"}


def test_hidden_counts_keep_no_order_and_no_bar_length():
    html = render(TINY, "html")
    assert re.search(r"about.*hotlines", html, re.S)  # 1 and 4 listed by name, not by size
    for chart in html.split("<svg")[1:]:  # within a chart, every hidden bar has the same size
        sizes = re.findall(r'<rect class="bar hidden"[^>]*width="([\d.]+)" height="([\d.]+)"', chart)
        assert len(sizes) == 2 and len(set(sizes)) == 1
    assert render(TINY, "csv").splitlines()[2:4] == [
        "intents,2025-01-01/2025-01-02,about,en,<5", "intents,2025-01-01/2025-01-02,hotlines,es,<5"]


def test_min_count_changes_the_threshold():
    assert "4" in shown_counts("csv", render(TINY, "csv", min_count=2))
    assert shown_counts("csv", render(TINY, "csv", min_count=100)) == ["<100"] * 5


@pytest.mark.parametrize("day, by, label", [
    ("2025-03-04", "day", "2025-03-04"), ("2025-03-04", "week", "2025-W10"),
    ("2024-12-30", "week", "2025-W01"), ("2025-03-04", "month", "2025-03"),
    ("2025-03-04", None, "2025-03-01/2025-03-31"),
])
def test_period_labels(day, by, label):
    assert period_label(day, by, *MARCH) == label
