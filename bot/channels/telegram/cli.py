"""`python -m bot run`: argument parsing and printing only; the work is in application.py."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from bot.dialogue.live import LiveBrain
from bot.paths import content_root

from .application import ALLOWED_UPDATES, build_application
from .logs import configure_logging
from .settings import Settings, SettingsError, load_settings

logger = logging.getLogger(__name__)

EXAMPLE = """\
settings come from the environment: TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_URL,
BOT_DATABASE, BOT_ADMIN_IDS, BOT_WEBHOOK_SECRET (required with --webhook). See docs/telegram.md.

examples:
  python -m bot run
  BOT_WEBHOOK_SECRET=... python -m bot run --webhook https://bot.example.org/telegram --port 8443
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot run", epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the Brújula Telegram bot: long polling by default, or a webhook "
                    "behind a reverse proxy.")
    parser.add_argument("--webhook", metavar="URL",
                        help="public HTTPS address Telegram posts updates to (the proxy forwards "
                             "its path to --listen:--port)")
    parser.add_argument("--listen", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8443, help="port to listen on (default: %(default)s)")
    parser.add_argument("--content", metavar="DIR",
                        help="folder with intents/ and responses/ (default: BOT_CONTENT_DIR, else "
                             "the current folder if it has them, else the project's)")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser


def run_command(argv: list[str], env: Mapping[str, str] | None = None, *, brain: Any = None,
                recorder: Any = None, stats_lines: Any = None, reload: Any = None) -> int:
    """Run the bot until stopped (Ctrl-C, SIGTERM); return the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed by argparse
        return int(exit_.code or 0)
    env = os.environ if env is None else env
    problems = _webhook_problems(args)
    try:
        settings = load_settings(env, webhook=bool(args.webhook))
    except SettingsError as error:
        problems += error.problems
    if recorder is None:
        recorder, default_stats = _usage(env, problems)
        stats_lines = stats_lines or default_stats
    if problems:
        for problem in problems:
            print(f"Error: {problem}", file=sys.stderr)
        return 1
    configure_logging(getattr(logging, args.log_level), settings.secrets)
    content = content_root(args.content or env.get("BOT_CONTENT_DIR"))
    if brain is None:
        brain = _load_brain(content)
        if brain is None:
            return 1
    live = brain if isinstance(brain, LiveBrain) else LiveBrain(content, brain)
    application = build_application(settings, live, recorder=recorder, stats_lines=stats_lines,
                                    reload=reload, content_root=content,
                                    watch_content=env.get("BOT_WATCH_CONTENT", "1") != "0")
    if args.webhook:
        application.run_webhook(**webhook_options(args.webhook, args.listen, args.port, settings))
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10,
                                bootstrap_retries=-1)
    return 0


def webhook_options(url: str, listen: str, port: int, settings: Settings) -> dict[str, Any]:
    """Arguments for Application.run_webhook; the secret makes PTB answer 403 to anyone else."""
    return {"listen": listen, "port": port, "url_path": urlsplit(url).path.strip("/"),
            "webhook_url": url, "secret_token": settings.webhook_secret,
            "allowed_updates": ALLOWED_UPDATES, "bootstrap_retries": -1}


def _webhook_problems(args: argparse.Namespace) -> list[str]:
    problems = []
    if args.webhook is not None:
        parts = urlsplit(args.webhook)
        if parts.scheme != "https" or not parts.netloc:
            problems.append(f'--webhook is "{args.webhook}": Telegram only posts to https:// '
                            "addresses, e.g. https://bot.example.org/telegram.")
    if not 1 <= args.port <= 65535:
        problems.append(f"--port is {args.port}: use a port between 1 and 65535, e.g. 8443.")
    return problems


def _usage(env: Mapping[str, str], problems: list[str]) -> tuple[Any, Any]:
    """The usage recorder and /stats lines of bot/usage, configured from `env` (BOT_DATABASE...)."""
    from bot.usage.config import UsageConfig, UsageConfigError
    from bot.usage.recorder import Recorder
    from bot.usage.summary import summary_lines
    try:
        recorder = Recorder.from_config(UsageConfig.from_env(env))
    except UsageConfigError as error:
        problems.append(str(error))
        return None, None

    async def stats_lines(lang: str) -> list[str]:
        return await summary_lines(recorder.store, lang, unsaved_drops=recorder.unsaved_drops)
    return recorder, stats_lines


def _load_brain(content: Path) -> Any:
    # Imported late: --help and settings errors stay instant.
    from bot.content.problems import ContentError
    from bot.dialogue.brain import Brain
    try:
        return Brain.load(content)
    except ContentError as error:  # str(): one validator sentence per line, errors only
        for line in str(error).splitlines() or ["the content could not be loaded."]:
            print(f"Error: {line}", file=sys.stderr)
        return None
