"""Read what the bot sent (as recorded by the fake Bot API): texts, buttons, keyboards."""
from __future__ import annotations

from typing import Any

Sent = dict[str, Any]


def buttons(sent: Sent) -> list[tuple[str, str]]:
    """(label, callback data) of the inline buttons under a sent message."""
    markup = sent.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", [])
            for b in row]


def button_data(sent: Sent) -> list[str]:
    """The callback data of the inline buttons under a sent message."""
    return [data for _, data in buttons(sent)]


def asks_location(sent: Sent) -> bool:
    """Whether a sent message shows a reply keyboard with a "share my location" button."""
    markup = sent.get("reply_markup") or {}
    return any(b.get("request_location") for row in markup.get("keyboard", []) for b in row)


def removes_keyboard(sent: Sent) -> bool:
    """Whether a sent message removes the reply keyboard."""
    return bool((sent.get("reply_markup") or {}).get("remove_keyboard"))


def texts(sent: list[Sent]) -> list[str]:
    """The texts of sent text messages."""
    return [s["text"] for s in sent if s.get("method") == "sendMessage"]
