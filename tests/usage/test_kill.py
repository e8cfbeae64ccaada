"""`kill -9` in the middle of writing leaves a database that opens and passes integrity_check."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from bot.usage.recorder import Recorder

from .builders import event, query

WRITER = """
import asyncio, itertools, sys
from bot.usage.events import UsageEvent
from bot.usage.recorder import Recorder

async def main():
    now = [1_741_000_000.0 + float(sys.argv[2]) * 86_400 * 30]
    recorder = Recorder(sys.argv[1], batch_size=200, flush_interval=0.001, retention_days=3,
                        clock=lambda: now[0])
    await recorder.start()
    print("ready", flush=True)
    for i in itertools.count():
        now[0] += 37  # new hours and days: rows added, days closed, old hours folded
        recorder.record(UsageEvent("telegram", "es", f"intent_{i % 97}", "answered", 0.9), person=i)
        if i % 200 == 0:  # a bot waits for the network between messages; sleep(0) alone can starve
            await asyncio.sleep(0.0005)  # the database thread of the GIL on a busy 2-core machine

asyncio.run(main())
"""


def rows_written(db_path) -> int:
    try:
        return query(db_path, "SELECT count(*) FROM daily")[0][0]
    except sqlite3.Error:
        return 0


def run_and_kill(db_path, repo_root, round_number: int, delay: float) -> None:
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(round_number)],
                              cwd=repo_root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        before = rows_written(db_path)
        deadline = time.monotonic() + 10
        while rows_written(db_path) <= before and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(delay)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=10)  # reaps it and closes its pipes
    assert writer.returncode == -signal.SIGKILL


async def test_kill_9_while_writing_leaves_a_sound_database(db_path, repo_root, clock):
    for round_number, delay in enumerate((0.05, 0.17, 0.31)):
        run_and_kill(db_path, repo_root, round_number, delay)
        assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
        assert rows_written(db_path) > 0
    recorder = Recorder(db_path, clock=clock)  # and the bot carries on with the same file
    await recorder.start()
    recorder.record(event("hotlines"))
    await recorder.stop()
    assert query(db_path, "SELECT count FROM hourly WHERE intent = 'hotlines'") == [(1,)]
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
