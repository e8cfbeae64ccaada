"""Parse message HTML the way Telegram does: refuse what Telegram refuses, return the plain text.

Written independently of bot/content/telegram_html.py on purpose: the fake stands for Telegram,
so it must not share the code it is checking.
"""
from __future__ import annotations

import html
import re

TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "blockquote", "tg-spoiler", "span", "tg-emoji",
}
MAX_LENGTH = 4096  # UTF-16 code units, counted after parsing
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>")


class HtmlRefused(ValueError):
    """Telegram's own words for why it refused a text ("can't parse entities: ...")."""


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """Return the plain text of `text`, or raise HtmlRefused with Telegram's message."""
    stack: list[tuple[str, int]] = []
    plain: list[str] = []
    pos = 0
    while True:
        lt = text.find("<", pos)
        chunk = text[pos:] if lt < 0 else text[pos:lt]
        plain.append(html.unescape(chunk))
        if lt < 0:
            break
        match = _TAG.match(text, lt)
        if match is None:
            raise HtmlRefused(
                f"can't parse entities: Unsupported start tag \"\" at byte offset {_byte_offset(text, lt)}"
            )
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in TAGS or (name == "span" and not closing and "tg-spoiler" not in match.group(3)):
            raise HtmlRefused(
                f"can't parse entities: Unsupported start tag \"{name}\" at byte offset "
                f"{_byte_offset(text, lt)}"
            )
        if closing:
            if not stack or stack[-1][0] != name:
                expected = f', expected "</{stack[-1][0]}>"' if stack else ""
                raise HtmlRefused(
                    f"can't parse entities: Unmatched end tag at byte offset "
                    f"{_byte_offset(text, lt)}{expected}, found \"</{name}>\""
                )
            stack.pop()
        else:
            stack.append((name, lt))
        pos = match.end()
    if stack:
        raise HtmlRefused(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1][0]}\""
        )
    return "".join(plain)
