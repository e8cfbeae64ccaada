"""Webhook mode: every request must carry the secret; a wrong or missing one gets 403, unprocessed."""
from __future__ import annotations

import asyncio
import json
import socket

import aiohttp

from bot.channels.telegram.cli import webhook_options


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_refuses_a_wrong_or_missing_secret(make_bot, fake_telegram, settings, brain):
    port = _free_port()
    options = webhook_options("https://bot.example.org/telegram/hook", "127.0.0.1", port, settings)
    assert options["url_path"] == "telegram/hook"
    ana = fake_telegram.person()
    application = make_bot()
    async with application:
        await application.updater.start_webhook(**options)
        await application.start()
        try:
            assert fake_telegram.webhook["secret_token"] == settings.webhook_secret
            url = f"http://127.0.0.1:{port}/telegram/hook"
            async with aiohttp.ClientSession() as http:
                async def post(headers: dict[str, str]) -> int:
                    update = {"update_id": 9000 + len(fake_telegram.calls),
                              "message": fake_telegram.message(ana, text="quiero regresar a mi pais")}
                    async with http.post(url, data=json.dumps(update), headers={
                            "Content-Type": "application/json", **headers}) as response:
                        return response.status

                assert await post({"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
                assert await post({}) == 403
                await asyncio.sleep(0.2)
                assert fake_telegram.sent(ana.id) == []

                assert await post({"X-Telegram-Bot-Api-Secret-Token": settings.webhook_secret}) == 200
                await fake_telegram.wait_until(lambda: fake_telegram.sent(ana.id))
                (answer,) = fake_telegram.sent(ana.id)
                assert answer["text"] == brain.respond("quiero regresar a mi pais").text
        finally:
            await application.updater.stop()
            await application.stop()
