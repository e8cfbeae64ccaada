"""Campaign links: `t.me/<bot>?start=SOURCE` for posters, radio and TV, and their QR codes."""
from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from pathlib import Path
from typing import Mapping

SOURCE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


class LinkError(Exception):
    """A link that cannot be made; the message says why and what to do."""


def campaign_link(username: str, source: str) -> str:
    """The deep link that opens the bot and counts the conversation for `source`."""
    if not SOURCE.match(source):
        raise LinkError(f"the source {source!r} may only use letters, digits, _ and -, at most 64 characters "
                        "(e.g. radio_tapachula)")
    return f"https://t.me/{username.lstrip('@')}?start={source}"


def bot_username(env: Mapping[str, str]) -> str:
    """BOT_USERNAME, else asked from Telegram's getMe with TELEGRAM_BOT_TOKEN."""
    configured = (env.get("BOT_USERNAME") or "").strip().lstrip("@")
    if configured:
        if not USERNAME.match(configured):
            raise LinkError(f"BOT_USERNAME {configured!r} is not a Telegram bot username (e.g. BrujulaMxBot)")
        return configured
    token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip()
    if not token:
        raise LinkError("set BOT_USERNAME (e.g. BrujulaMxBot) or TELEGRAM_BOT_TOKEN to find the bot's name")
    import httpx

    root = (env.get("TELEGRAM_API_URL") or "https://api.telegram.org").rstrip("/")
    try:
        response = httpx.get(f"{root}/bot{token}/getMe", timeout=10)
        result = response.json().get("result") or {}
    except (httpx.HTTPError, ValueError):
        raise LinkError("could not ask Telegram for the bot's name; set BOT_USERNAME instead") from None
    if not result.get("username"):
        raise LinkError("Telegram did not accept the token; check TELEGRAM_BOT_TOKEN or set BOT_USERNAME")
    return str(result["username"])


def write_qr(link: str, path: Path) -> None:
    """A QR code image of `link` (PNG or SVG by the file's extension), big enough for a poster."""
    import segno

    path.parent.mkdir(parents=True, exist_ok=True)
    segno.make(link, error="m").save(str(path), scale=12, border=4)


def link_command(argv: list[str], env: Mapping[str, str] | None = None) -> int:
    """`python -m bot link SOURCE [--qr poster.png]`."""
    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(
        prog="python -m bot link", description="Print the campaign link for SOURCE, count it, and write a QR code.",
        epilog="example: python -m bot link radio_tapachula --qr poster.png")
    parser.add_argument("source", help="campaign name: letters, digits, _ and - (e.g. radio_tapachula)")
    parser.add_argument("--qr", type=Path, help="write a QR code image here (.png or .svg)")
    parser.add_argument("--db", help="usage database (default: BOT_DATABASE or data/usage.sqlite3)")
    args = parser.parse_args(argv)
    try:
        link = campaign_link(bot_username(env), args.source)
        if args.qr:
            write_qr(link, args.qr)
    except (LinkError, OSError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    from .usage.config import UsageConfig
    from .usage.sources import add_source

    database = args.db or str(UsageConfig.from_env(env).database)
    asyncio.run(add_source(database, args.source))
    print(link)
    if args.qr:
        print(f"QR code: {args.qr}", file=sys.stderr)
    return 0
