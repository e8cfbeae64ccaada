"""What the brain says back: channel-free, so Telegram and the terminal render it alike."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

ANSWERED, SUGGESTED, DECLINED, EMERGENCY_OUTCOME = "answered", "suggested", "declined", "emergency"


@dataclass(frozen=True)
class Button:
    """A choice under a reply; `data` is what comes back when it is pressed (<= 64 bytes)."""

    label: str
    data: str  # "i:<intent>", "o:<office_id>", "lang:<code>", "loc" (share location)


@dataclass(frozen=True)
class Venue:
    """An office to show on a map."""

    office_id: str
    title: str
    address: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Reply:
    """One answer of the brain: HTML text, buttons, maybe an office venue."""

    text: str
    intent: str
    lang: str
    outcome: str = ANSWERED
    confidence: float = 1.0
    buttons: tuple[Button, ...] = ()
    venue: Venue | None = None
    office: str | None = None
    nearest_intent: str | None = None
    suggestions: tuple[str, ...] = ()
    set_lang: str | None = None  # the person chose this language explicitly
    ask_location: bool = False  # offer a "share my location" button
    extra: tuple[str, ...] = field(default=())  # further HTML messages to send after this one

    @property
    def plain_text(self) -> str:
        """The text without HTML tags, for channels (or fallbacks) that cannot show HTML."""
        return to_plain(self.text)


_TAG = re.compile(r"<[^>]+>")


def to_plain(text: str) -> str:
    """Strip Telegram HTML to plain text, keeping link targets."""
    text = re.sub(r'<a\s+href="([^"]*)"\s*>(.*?)</a>', r"\2 (\1)", text, flags=re.S)
    return html.unescape(_TAG.sub("", text))
