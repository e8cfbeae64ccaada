"""Both HTTP backends answer and retry alike; the aiohttp one maps failures to PTB's errors."""
from __future__ import annotations

import asyncio
import socket

import pytest
from telegram.error import NetworkError, TimedOut

from bot.channels.telegram.aiohttp_request import AiohttpRequest
from tests.fakes.fake_bot_api import TOKEN
from tests.fakes.messages import texts
from tests.fakes.running import Harness, running


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_each_backend_answers_retries_and_recovers(make_bot, fake_telegram, brain, backend):
    ana = fake_telegram.person()
    async with running(make_bot(http_backend=backend)) as application:
        harness = Harness(fake_telegram, application)
        fake_telegram.fail_next(1, 429, methods={"sendMessage"})
        fake_telegram.fail_next(1, 502, methods={"getUpdates"})
        sent = await harness.say(ana, "quiero regresar a mi pais")
    assert texts(sent) == [brain.respond("quiero regresar a mi pais").text]


async def test_a_refused_connection_is_a_network_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again below: nobody listens there
    request = AiohttpRequest(connect_timeout=2)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()


async def test_a_slow_answer_is_a_timeout(fake_telegram):
    async def slow_get_me(params):
        await asyncio.sleep(1)
        return fake_telegram.bot_user
    fake_telegram._m_getme = slow_get_me
    request = AiohttpRequest(read_timeout=0.1, write_timeout=0.1)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"{fake_telegram.url}/bot{TOKEN}/getMe")
        assert (await request.post(f"{fake_telegram.url}/bot{TOKEN}/getMe", read_timeout=3))["id"]
    finally:
        await request.shutdown()
