"""Fixtures for the Telegram channel: a fake Bot API server and the real bot running against it.

No __init__.py in this folder on purpose: with one, pytest would import it as a package named
`telegram` and hide python-telegram-bot.
"""
from __future__ import annotations

from dataclasses import replace
from typing import AsyncIterator, Callable

import pytest

from bot.channels.telegram.application import build_application
from bot.channels.telegram.settings import Settings
from tests.fakes.fake_bot_api import TOKEN, FakeBotApi, Person
from tests.fakes.recorder import ListRecorder
from tests.fakes.running import Harness, running

ADMIN_ID = 730_000_001


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeBotApi]:
    """A fake Bot API server on 127.0.0.1, a random port."""
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def settings(fake_telegram: FakeBotApi) -> Settings:
    """Settings pointing at the fake, with short delays so tests are quick."""
    return Settings(token=TOKEN, api_url=fake_telegram.url, admin_ids=frozenset({ADMIN_ID}),
                    webhook_secret="s3cret-webhook_token", exit_notice_seconds=0.2, max_retries=3)


@pytest.fixture
def admin() -> Person:
    """A person listed in BOT_ADMIN_IDS."""
    return Person(ADMIN_ID, "Admin", "es")


@pytest.fixture
def recorder() -> ListRecorder:
    """A usage recorder that keeps the events for inspection."""
    return ListRecorder()


@pytest.fixture
def stats_calls() -> list[str]:
    """The languages /stats was asked in."""
    return []


@pytest.fixture
def make_bot(fake_telegram, settings, brain, recorder, stats_calls, repo_root) -> Callable:
    """Build the real application against the fake; keyword arguments change the settings."""
    async def stats_lines(lang: str) -> list[str]:
        stats_calls.append(lang)
        return ["Mensajes: 12", "Personas: <5"]

    def make(**changes):  # type: ignore[no-untyped-def]
        return build_application(replace(settings, **changes), brain, recorder=recorder,
                                 stats_lines=stats_lines, reload=lambda: (True, ["2 files"]),
                                 content_root=repo_root)
    return make


@pytest.fixture
async def telegram_bot(fake_telegram, make_bot) -> AsyncIterator[Harness]:
    """The real bot, polling the fake; talk to it with `telegram_bot.say(person, text)`."""
    async with running(make_bot()) as application:
        yield Harness(fake_telegram, application)
