"""Load benchmark of the Telegram channel against the fake Bot API, beside a bare PTB echo bot.

    .venv/bin/python bench/telegram_load.py [--backlog 2000] [--people 200] [--rate 50] [--seconds 10] [--rounds 3]

Two processes, as in production (Telegram is elsewhere): a child runs the fake Bot API server
and the load driver, and times everything on its own clock, from the moment an update is
queued at "Telegram" to the moment the first message answering it arrives there; the parent
runs the bot under test. Scenarios, each for the echo bot and then for Brújula:
  1. backlog: N messages from P people queued at once; rate at which they are answered;
  2. steady: R messages a second for S seconds; latency percentiles.
Replies are matched to messages per chat, in order (Brújula answers one chat in order), using
how many messages each answer takes; a missing one shows as "lost". Prints numbers, asserts
nothing. Usage counting is on for Brújula (the real recorder, in a temporary database).

Usage counting's share of the reply latency is small next to this machine's run-to-run noise
(two identical runs differ by up to ~15 % in mean latency), so the steady scenario runs Brújula
with and without counting in several alternating rounds, and prints beside the difference an
A/A figure (two rounds without counting compared with each other) and the recorder's own time
per message on the event loop.
"""
from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------- child: Telegram and the people
def _child(conn: Any) -> None:
    asyncio.run(_drive(conn))


async def _drive(conn: Any) -> None:
    from tests.fakes.fake_bot_api import FakeBotApi
    loop = asyncio.get_running_loop()
    while True:
        order = await loop.run_in_executor(None, conn.recv)
        if order is None:
            return
        fake = FakeBotApi()
        conn.send(await fake.start())
        await loop.run_in_executor(None, conn.recv)  # the bot is polling
        result = await _scenario(fake, order)
        conn.send(result)
        await loop.run_in_executor(None, conn.recv)  # the bot has stopped
        await fake.stop()


async def _scenario(fake: Any, order: dict[str, Any]) -> dict[str, Any]:
    rng = random.Random(7)
    people = [fake.person(f"P{i}", rng.choice(["es", "en"])) for i in range(order["people"])]
    plan: list[tuple[Any, str]] = []  # (person, text) in sending order
    for i in range(order["messages"]):
        plan.append((people[i % len(people)], rng.choice(order["texts"])))
    counts: dict[str, int] = order["counts"]
    expected = sum(counts[text] for _, text in plan)
    pushed: list[tuple[int, int, float, str]] = []  # (chat, update_id, at, text)
    started = time.perf_counter()
    if order["kind"] == "backlog":
        for person, text in plan:
            fake.send_text(person, text)
            pushed.append((person.id, fake.last_update_id, fake.pushed_at[fake.last_update_id], text))
    else:
        interval = 1.0 / order["rate"]
        for n, (person, text) in enumerate(plan):
            delay = started + n * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            fake.send_text(person, text)
            pushed.append((person.id, fake.last_update_id, fake.pushed_at[fake.last_update_id], text))
    sends = lambda: fake.succeeded["sendMessage"] + fake.succeeded["sendVenue"]  # noqa: E731
    try:
        await fake.wait_until(lambda: sends() >= expected, timeout=order["timeout"])
    except asyncio.TimeoutError:
        pass
    await asyncio.sleep(0.3)  # anything extra (unexpected messages) shows too
    return _measure(fake, pushed, counts, started, expected)


def _measure(fake: Any, pushed: list, counts: dict[str, int], started: float, expected: int) -> dict[str, Any]:
    by_chat: dict[int, list[float]] = {}
    for call in fake.calls:
        if call.status == 200 and call.method in ("sendMessage", "sendVenue"):
            by_chat.setdefault(call.params["chat_id"], []).append(call.at)
    latencies, lost, position = [], 0, {chat: 0 for chat in by_chat}
    for chat, _update_id, at, text in pushed:
        index = position.get(chat, 0)
        times = by_chat.get(chat, [])
        if index < len(times):
            latencies.append(times[index] - at)
        else:
            lost += 1
        position[chat] = index + counts[text]
    received = sum(len(t) for t in by_chat.values())
    last = max((t[-1] for t in by_chat.values()), default=started)
    return {"messages": len(pushed), "expected_sends": expected, "sends": received, "lost": lost,
            "elapsed": last - started, "latencies": latencies,
            "retries": sum(1 for c in fake.calls if c.status != 200)}


# ------------------------------------------------------------------- parent: the bots under test
def _echo_bot(url: str, concurrency: int) -> Any:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from tests.fakes.fake_bot_api import TOKEN

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Say the same text back."""
        await context.bot.send_message(update.effective_chat.id, update.effective_message.text)

    builder = ApplicationBuilder().token(TOKEN).base_url(f"{url}/bot").base_file_url(f"{url}/file/bot")
    if concurrency > 1:
        builder = builder.concurrent_updates(concurrency)
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


class _Stopwatch:
    """Seconds the recorder takes on the event loop's thread: record() for each reply, and building
    each batch to write (the writing itself runs in aiosqlite's thread)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.events = 0

    def timed(self, recorder: Any) -> Any:
        record, batch = recorder.record, recorder._batch

        def timed_record(event: Any, person: object = None) -> None:
            started = time.perf_counter()
            record(event, person)
            self.seconds += time.perf_counter() - started
            self.events += 1

        def timed_batch(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return batch(*args)
            finally:
                self.seconds += time.perf_counter() - started

        recorder.record, recorder._batch = timed_record, timed_batch
        return recorder


def _brujula_bot(url: str, brain: Any, database: Path | None, concurrency: int | None,
                 backend: str = "auto", stopwatch: _Stopwatch | None = None) -> Any:
    """Brújula as in production; `database=None` turns the usage counts off."""
    from bot.channels.telegram.application import build_application
    from bot.channels.telegram.settings import Settings
    from bot.usage.recorder import Recorder
    from tests.fakes.fake_bot_api import TOKEN

    recorder = Recorder(database) if database is not None else None
    if recorder is not None and stopwatch is not None:
        recorder = stopwatch.timed(recorder)
    settings = Settings(token=TOKEN, api_url=url, http_backend=backend)
    if concurrency:
        settings = replace(settings, concurrent_updates=concurrency)
    return build_application(settings, brain, recorder=recorder)


async def _run(conn: Any, make_bot: Any, order: dict[str, Any]) -> dict[str, Any]:
    from tests.fakes.running import running
    conn.send(order)
    url = conn.recv()
    application = make_bot(url)
    async with running(application, poll_timeout=10):
        cpu = time.process_time()
        conn.send("polling")
        result = await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        result["cpu"] = time.process_time() - cpu  # the bot's process, while the scenario ran
    conn.send("stopped")
    return result


def _texts(brain: Any, count: int) -> tuple[list[str], dict[str, int], dict[str, int]]:
    """Realistic messages (intent examples) and how many messages Brújula and echo send for each."""
    import yaml

    from bot.channels.telegram.render import plan
    rng = random.Random(11)
    examples = []
    for path in sorted((ROOT / "intents").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("id") == "change_language":
            continue  # would change the chat's language mid-run
        for phrases in (data.get("examples") or {}).values():
            examples += phrases
    texts = rng.sample(examples, min(count, len(examples)))
    brujula = {t: len(plan(r := brain.respond(t), lambda k, lang=r.lang: brain.ui(k, lang))) for t in texts}
    return texts, brujula, {t: 1 for t in texts}


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 10) - 1] * 1000 if len(values) > 2 else float("nan")


def main(argv: list[str] | None = None) -> int:
    """Run both scenarios for the echo bot and Brújula, and print the figures side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backlog", type=int, default=2000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--echo-concurrency", type=int, default=1,
                        help="concurrent updates of the echo bot (default 1: PTB's default, one at a time)")
    parser.add_argument("--concurrency", type=int, default=None,
                        help="concurrent updates of Brújula (default: its setting)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="steady rounds of Brújula with and without usage counting, in alternating order")
    args = parser.parse_args(argv)

    from bot.channels.telegram.logs import configure_logging
    from bot.dialogue.brain import Brain
    configure_logging(level=40)  # errors only
    brain = Brain.load(ROOT)
    texts, brujula_counts, echo_counts = _texts(brain, 400)
    context = mp.get_context("spawn")
    parent, child_end = context.Pipe()
    child = context.Process(target=_child, args=(child_end,), daemon=True)
    child.start()
    results: dict[tuple[str, str], dict[str, Any]] = {}
    rounds: list[dict[str, dict[str, Any]]] = []
    stopwatch = _Stopwatch()
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "usage.sqlite3"
        bots = {"echo": (lambda url: _echo_bot(url, args.echo_concurrency), echo_counts),
                "brujula": (lambda url: _brujula_bot(url, brain, database, args.concurrency,
                                                     stopwatch=stopwatch), brujula_counts),
                "uncounted": (lambda url: _brujula_bot(url, brain, None, args.concurrency), brujula_counts),
                "httpx": (lambda url: _brujula_bot(url, brain, database, args.concurrency, "httpx"),
                          brujula_counts)}

        def run(scenario: str, name: str) -> dict[str, Any]:
            make, counts = bots[name]
            messages = args.backlog if scenario == "backlog" else int(args.rate * args.seconds)
            order = {"kind": scenario, "people": args.people, "messages": messages,
                     "rate": args.rate, "texts": texts, "counts": counts, "timeout": 120.0}
            return asyncio.run(_run(parent, make, order))

        for name in bots:
            results[("backlog", name)] = run("backlog", name)
        for name in ("echo", "httpx"):
            results[("steady", name)] = run("steady", name)
        stopwatch.seconds, stopwatch.events = 0.0, 0  # count the steady rounds only
        for number in range(max(1, args.rounds)):
            pair = ("brujula", "uncounted") if number % 2 == 0 else ("uncounted", "brujula")
            rounds.append({name: run("steady", name) for name in pair})
    for name in ("brujula", "uncounted"):
        results[("steady", name)] = {**rounds[0][name],
                                     "latencies": [x for r in rounds for x in r[name]["latencies"]],
                                     "lost": sum(r[name]["lost"] for r in rounds)}
    parent.send(None)
    child.join(5)
    _report(results, args)
    _report_counting(rounds, stopwatch)
    return 0


LABELS = {"echo": "echo bot (bare PTB)", "brujula": "brújula", "uncounted": "brújula, no usage counts",
          "httpx": "brújula, httpx backend"}


def _report(results: dict[tuple[str, str], dict[str, Any]], args: argparse.Namespace) -> None:
    rate = lambda r: r["messages"] / r["elapsed"] if r["elapsed"] > 0 else float("nan")  # noqa: E731
    echo = rate(results[("backlog", "echo")])
    print(f"1) backlog: {args.backlog} messages from {args.people} people queued at once")
    print(f"   {'':24}{'msgs/s':>8}{'vs echo':>9}{'seconds':>9}{'lost':>6}{'sends':>7}{'errors':>8}{'cpu ms/msg':>12}")
    for name, label in LABELS.items():
        r = results[("backlog", name)]
        print(f"   {label:24}{rate(r):>8.0f}{rate(r) / echo * 100:>8.0f}%{r['elapsed']:>9.2f}{r['lost']:>6}"
              f"{r['sends']:>7}{r['retries']:>8}{r['cpu'] / r['messages'] * 1000:>12.2f}")
    print("   (target: brújula >= 70 % of the echo bot's rate, no reply lost)")
    print(f"2) steady: {args.rate:g} messages/s for {args.seconds:g} s, ms from arrival to first reply")
    print(f"   {'':24}{'p50':>8}{'p95':>8}{'p99':>8}{'max':>8}{'lost':>6}")
    for name, label in LABELS.items():
        r = results[("steady", name)]
        lat = r["latencies"]
        print(f"   {label:24}{_pct(lat, 50):>8.1f}{_pct(lat, 95):>8.1f}{_pct(lat, 99):>8.1f}"
              f"{max(lat, default=0) * 1000:>8.1f}{r['lost']:>6}")
    print("   (target: brújula p99 <= 50 ms; brújula's rows pool its rounds with and without counting)")


def _report_counting(rounds: list[dict[str, dict[str, Any]]], stopwatch: _Stopwatch) -> None:
    mean = lambda r: statistics.mean(r["latencies"]) * 1000  # noqa: E731
    counted = [mean(r["brujula"]) for r in rounds]
    uncounted = [mean(r["uncounted"]) for r in rounds]
    print(f"3) usage counting, {len(rounds)} alternating steady rounds: mean reply latency in ms")
    print("   with counting    " + "".join(f"{x:>7.2f}" for x in counted))
    print("   without          " + "".join(f"{x:>7.2f}" for x in uncounted))
    extra = (statistics.mean(counted) / statistics.mean(uncounted) - 1) * 100
    per_round = [(c / u - 1) * 100 for c, u in zip(counted, uncounted)]
    print(f"   counting adds {extra:+.1f} % (rounds: " + ", ".join(f"{x:+.1f}" for x in per_round) + ")")
    if len(uncounted) > 1:
        spread = (max(uncounted) / min(uncounted) - 1) * 100
        print(f"   noise: the rounds without counting differ by up to {spread:.1f} % among themselves")
    if stopwatch.events:
        own = stopwatch.seconds / stopwatch.events * 1000
        share = own / statistics.mean(uncounted) * 100
        print(f"   the recorder's own time on the event loop: {own * 1000:.1f} µs per reply"
              f" = {share:.2f} % of the mean reply latency")
    print("   (target: counting adds under 5 %)")

if __name__ == "__main__":
    sys.exit(main())
