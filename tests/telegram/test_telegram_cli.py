"""`python -m bot run`: settings reported all at once, and a real run against the fake server."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.channels.telegram.cli import run_command
from bot.channels.telegram.settings import DEFAULT_API_URL, SettingsError, load_settings
from tests.fakes.fake_bot_api import TOKEN

GOOD = {"TELEGRAM_BOT_TOKEN": TOKEN}


def test_defaults():
    settings = load_settings(GOOD)
    assert settings.api_url == DEFAULT_API_URL
    assert settings.admin_ids == frozenset() and settings.webhook_secret is None
    assert TOKEN not in repr(settings)


def test_admin_ids_and_api_url_are_read():
    settings = load_settings({**GOOD, "BOT_ADMIN_IDS": " 12, 34 ,", "TELEGRAM_API_URL": "http://127.0.0.1:8081/"})
    assert settings.admin_ids == {12, 34}
    assert settings.api_url == "http://127.0.0.1:8081"


def test_every_problem_is_reported_at_once_naming_key_and_value(tmp_path):
    env = {"TELEGRAM_BOT_TOKEN": "123:short", "TELEGRAM_API_URL": "api.telegram.org/bot",
           "BOT_DATABASE": str(tmp_path), "BOT_ADMIN_IDS": "12,@ana", "BOT_WEBHOOK_SECRET": "no spaces!"}
    with pytest.raises(SettingsError) as raised:
        load_settings(env, webhook=True)
    problems = raised.value.problems
    assert [p.split(" ")[0] for p in problems] == [
        "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "BOT_DATABASE", "BOT_ADMIN_IDS", "BOT_WEBHOOK_SECRET"]
    assert '"api.telegram.org/bot"' in problems[1] and '"@ana"' in problems[3]
    assert "123:short" not in str(raised.value) and "no spaces!" not in str(raised.value)


def test_run_command_prints_one_error_line_each_and_exits_1(capsys):
    assert run_command(["--webhook", "http://bot.example.org/hook"], env={}) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(" ")[1] for line in err] == ["--webhook", "TELEGRAM_BOT_TOKEN", "BOT_WEBHOOK_SECRET"]
    assert all(line.startswith("Error: ") for line in err)
    assert "Traceback" not in "\n".join(err)


def test_help_ends_with_an_example(capsys):
    assert run_command(["--help"]) == 0
    assert "python -m bot run --webhook https://" in capsys.readouterr().out


@pytest.mark.slow
async def test_a_real_run_answers_and_stops_cleanly(fake_telegram, repo_root, tmp_path):
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake_telegram.url,
           "BOT_DATABASE": str(tmp_path / "usage.sqlite3"), "PYTHONPATH": str(repo_root)}
    code = "import sys; from bot.channels.telegram.cli import run_command; sys.exit(run_command(sys.argv[1:]))"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, "--log-level", "DEBUG", "--content", str(repo_root),
        cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE)
    try:
        ana = fake_telegram.person("Anastasia")
        await fake_telegram.wait_until(lambda: fake_telegram.calls_to("getUpdates"), timeout=20)
        fake_telegram.send_text(ana, "zanahoria quiero regresar a mi pais")
        await fake_telegram.wait_until(lambda: fake_telegram.sent(ana.id), timeout=10)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0
    log = stderr.decode()
    assert "Application started" in log
    for forbidden in (TOKEN, "zanahoria", str(ana.id), "Anastasia"):
        assert forbidden not in log, forbidden
    assert Path(tmp_path / "usage.sqlite3").exists()  # the usage counts were written
