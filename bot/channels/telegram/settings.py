"""Settings of the Telegram channel, read from an injectable mapping (the environment)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DATABASE = "data/usage.sqlite3"
_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{20,100}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token
HTTP_BACKENDS = ("auto", "aiohttp", "httpx")


class SettingsError(Exception):
    """Every problem found in the settings, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    """What the Telegram channel needs to run."""

    token: str = field(repr=False)
    api_url: str = DEFAULT_API_URL
    database: Path = Path(DEFAULT_DATABASE)
    admin_ids: frozenset[int] = frozenset()
    webhook_secret: str | None = field(default=None, repr=False)
    # Tuning with sensible defaults; tests shorten them.
    exit_notice_seconds: float = 5.0  # how long the neutral "exit done" note stays
    flood_limit: int = 20  # messages per person per flood_window; more get one notice
    flood_window: float = 60.0
    max_retries: int = 5  # retries after a 429 (each waits retry_after)
    concurrent_updates: int = 32  # updates of different chats processed at once
    http_backend: str = "auto"  # "aiohttp", "httpx" (PTB's default) or "auto": aiohttp if installed

    @property
    def secrets(self) -> tuple[str, ...]:
        """Strings that must never reach a log line."""
        return tuple(s for s in (self.token, self.webhook_secret) if s)


def load_settings(env: Mapping[str, str], *, webhook: bool = False) -> Settings:
    """Read the settings from `env`; raise SettingsError listing every problem at once."""
    problems: list[str] = []
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        problems.append("TELEGRAM_BOT_TOKEN is not set: put the token @BotFather gave you in it.")
    elif not _TOKEN.fullmatch(token):
        # Never repeat a secret's value, even a wrong one: it may be a real token with a typo.
        problems.append("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, "
                        "then letters and digits, e.g. 123456:ABC-DEF...): copy it again from @BotFather.")
    api_url = _api_url(env.get("TELEGRAM_API_URL", "").strip() or DEFAULT_API_URL, problems)
    database = env.get("BOT_DATABASE", "").strip() or DEFAULT_DATABASE
    if Path(database).is_dir():
        problems.append(f'BOT_DATABASE is "{database}", which is a folder: give a file path, '
                        f"e.g. {DEFAULT_DATABASE}.")
    admin_ids = _admin_ids(env.get("BOT_ADMIN_IDS", ""), problems)
    backend = env.get("TELEGRAM_HTTP_BACKEND", "").strip().lower() or "auto"
    if backend not in HTTP_BACKENDS:
        problems.append(f'TELEGRAM_HTTP_BACKEND is "{backend}": use one of {", ".join(HTTP_BACKENDS)} '
                        "(or leave it unset).")
    secret = env.get("BOT_WEBHOOK_SECRET", "").strip() or None
    if secret is None and webhook:
        problems.append("BOT_WEBHOOK_SECRET is not set: --webhook needs it (1-256 letters, digits, "
                        "_ or -); Telegram sends it back with every update.")
    elif secret is not None and not _SECRET.fullmatch(secret):
        problems.append(f"BOT_WEBHOOK_SECRET has {len(secret)} characters, some not allowed: use "
                        "1-256 letters, digits, _ or - only.")
    if problems:
        raise SettingsError(problems)
    return Settings(token=token, api_url=api_url, database=Path(database),
                    admin_ids=admin_ids, webhook_secret=secret, http_backend=backend)


def _api_url(value: str, problems: list[str]) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        problems.append(f'TELEGRAM_API_URL is "{value}", which is not a web address: write the '
                        f"root URL of the Bot API server, e.g. {DEFAULT_API_URL}.")
    elif re.search(r"/(bot|file/bot)[^/]*/?$", parts.path):
        problems.append(f'TELEGRAM_API_URL is "{value}": leave out the /bot part (and the token), '
                        f"e.g. {DEFAULT_API_URL}.")
    return value.rstrip("/")


def _admin_ids(value: str, problems: list[str]) -> frozenset[int]:
    ids = set()
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        if not item.isascii() or not item.isdigit():
            problems.append(f'BOT_ADMIN_IDS has "{item}", which is not a Telegram user id: write '
                            "numeric ids separated by commas, e.g. 12345678,87654321.")
            continue
        ids.add(int(item))
    return frozenset(ids)
