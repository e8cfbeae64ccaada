"""The /stats lines for admins: the last days in a few lines, Spanish or English, small counts hidden."""
from __future__ import annotations

import datetime as dt

from bot.usage.store import Store
from bot.usage.summary import summary_for, summary_lines

TENTH = dt.date(2025, 3, 10)


async def test_spanish_summary(sample_db):
    assert await summary_lines(sample_db, "es", days=8, today=TENTH) == [
        "Últimos 8 días (2025-03-03 a 2025-03-10, UTC)",
        "Mensajes: 30 (respondidos 21, sin respuesta 8, emergencias <5)",
        "Temas más consultados: asylum_refuge 12, emergency <5, hotlines <5",
        "Sin respuesta, tema más cercano: asylum_refuge 6, health_services <5",
        "Conversaciones nuevas: 6 (radio 5, none <5)",
        "Personas por día: 10 en promedio, máximo 15",
    ]


async def test_english_summary_with_an_open_store_and_drops(sample_db):
    async with Store(sample_db) as store:
        lines = await summary_lines(store, "en", days=7, today=TENTH, unsaved_drops=7)
        assert store.is_open  # a store passed in is left open
    assert lines == [
        "Last 7 days (2025-03-04 to 2025-03-10, UTC)",
        "Messages: 15 (answered 6, declined 8, emergency <5)",
        "Top topics: emergency <5",
        "Not answered, nearest topic: asylum_refuge 6, health_services <5",
        "New conversations: 6 (radio 5, none <5)",
        "People per day: 8 on average, at most 14",
        "Events not recorded: 7",
    ]


async def test_an_empty_database(db_path):
    assert await summary_lines(db_path, "en", today=TENTH) == [
        "Last 7 days (2025-03-04 to 2025-03-10, UTC)",
        "Messages: 0",
        "Top topics: no data",
        "Not answered, nearest topic: no data",
        "New conversations: 0",
        "People per day: no data",
    ]


async def test_summary_for_gives_the_stats_lines_function(sample_db):
    stats_lines = summary_for(sample_db)
    lines = await stats_lines("en")
    assert lines[0].startswith("Last 7 days (") and lines[0].endswith(", UTC)")
