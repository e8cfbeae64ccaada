"""Keep secrets and people's data out of the logs, whatever the log level.

Three layers, because any one of them can be undone by someone turning a level up:
- httpx/httpcore (which log request URLs, and so the token) are set to WARNING;
- a filter on the library loggers withholds the arguments python-telegram-bot logs with
  (whole updates, request parameters, raw webhook bodies: texts, ids, names, locations);
- the same filter, on the root handlers, redacts the token and the webhook secret anyway.
"""
from __future__ import annotations

import logging
from typing import Iterable

REDACTED = "[redacted]"
WITHHELD = "<withheld>"
_LIBRARY_PREFIXES = ("telegram", "httpx", "httpcore", "tornado", "aiohttp")
_SAFE_ARG_LENGTH = 80  # short plain strings (endpoint names, retry-loop names) are kept


class PrivacyFilter(logging.Filter):
    """Redact secrets in every record; withhold library log arguments that may carry payloads."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets: set[str] = {s for s in secrets if s}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(_LIBRARY_PREFIXES) and record.args:
            record.args = _withhold(record.args)
        if self.secrets:
            self._redact(record)
        return True

    def _redact(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if any(s in message for s in self.secrets):
            record.msg, record.args = self._clean(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


def _withhold(args: object) -> object:
    """Keep numbers and short plain strings (endpoint names...); withhold anything else."""
    def safe(value: object, short_strings: bool = True) -> object:
        if isinstance(value, (bool, int, float, type)) or value is None:
            return value
        if short_strings and isinstance(value, str) and len(value) <= _SAFE_ARG_LENGTH \
                and "{" not in value:
            return value
        return WITHHELD
    if isinstance(args, dict):  # a lone dict argument (a payload) ends up here
        return {k: safe(v, short_strings=False) for k, v in args.items()}
    return tuple(safe(a) for a in args)  # type: ignore[union-attr]


def protect_logs(secrets: Iterable[str] = ()) -> PrivacyFilter:
    """Install the privacy filter on the library loggers and on the root handlers (idempotent)."""
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    shared = _installed() or PrivacyFilter()
    shared.secrets.update(s for s in secrets if s)
    names = [n for n in list(logging.root.manager.loggerDict) if n.startswith(_LIBRARY_PREFIXES)]
    for logger in [logging.getLogger(n) for n in (*names, "telegram", "httpx", "httpcore")]:
        if shared not in logger.filters:
            logger.addFilter(shared)
    for handler in logging.root.handlers:
        if shared not in handler.filters:
            handler.addFilter(shared)
    return shared


def _installed() -> PrivacyFilter | None:
    for f in logging.getLogger("telegram").filters:
        if isinstance(f, PrivacyFilter):
            return f
    return None


def configure_logging(level: int = logging.INFO, secrets: Iterable[str] = ()) -> None:
    """Log to stderr like the python-telegram-bot examples, with the privacy filter on."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    protect_logs(secrets)
