"""Nothing that identifies a person reaches the database file: no ids, no text, no exact times."""
from __future__ import annotations

from bot.usage.recorder import Recorder

from .builders import event, query, raw_bytes

PERSON = 123456789


async def test_the_user_id_is_not_in_the_database_files(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    for i in range(50):
        recorder.record(event(), person=PERSON)
        recorder.record(event("hotlines"), person=str(PERSON))
        recorder.record(event(), person=PERSON + i)
    await recorder.flush()
    data = raw_bytes(db_path)  # WAL still holds the writes here
    assert b"123456789" not in data
    assert PERSON.to_bytes(4, "big") not in data and PERSON.to_bytes(4, "little") not in data
    await recorder.stop()
    assert b"123456789" not in raw_bytes(db_path)


async def test_free_text_in_any_field_is_stored_as_other(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    recorder.record(event("Me llamo Juan Pérez, mi número es 5512345678", lang="Juan",
                          outcome="Juan", nearest="Juan", kind="Juan", channel="Juan"))
    recorder.record(event("out_of_scope", outcome="declined", nearest="calle Juan 12", confidence="x"))
    recorder.record(event("greeting", kind="start", source="juan_perez_5512345678"))
    await recorder.stop()
    data = raw_bytes(db_path)
    assert b"Juan" not in data and b"5512345678" not in data and b"calle" not in data
    assert query(db_path, "SELECT channel, kind, lang, intent, outcome, bucket, nearest, source FROM daily"
                          " ORDER BY intent") == [
        ("telegram", "start", "es", "greeting", "answered", ">=0.8", "", "other"),
        ("other", "other", "other", "other", "other", ">=0.8", "", ""),
        ("telegram", "message", "es", "out_of_scope", "declined", "<0.4", "other", ""),
    ]


async def test_only_the_hour_is_kept(db_path, clock):
    clock.set("2025-03-04T10:47:31.123456")
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    recorder.record(event())
    await recorder.stop()
    assert query(db_path, "SELECT hour FROM hourly") == [("2025-03-04T10",)]
    assert b"10:47" not in raw_bytes(db_path)


async def test_the_nearest_intent_is_kept_only_for_declined_messages(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    recorder.record(event("hotlines", nearest="asylum_refuge"))
    recorder.record(event("out_of_scope", outcome="declined", nearest="asylum_refuge", confidence=0.3))
    await recorder.stop()
    assert query(db_path, "SELECT intent, outcome, nearest FROM daily ORDER BY intent") == [
        ("hotlines", "answered", ""), ("out_of_scope", "declined", "asylum_refuge")]
