"""Turn a brain Reply into the Telegram messages to send, in order (pure: nothing is sent here)."""
from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Callable, Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.dialogue.reply import Button, Reply, Venue, to_plain

logger = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove
MAX_DATA_BYTES = 64  # Telegram refuses the whole message if one button carries more
SHORT_LABEL = 18  # buttons this short go two to a row


@dataclass(frozen=True)
class Outgoing:
    """One message: HTML text with its plain-text fallback, or a venue."""

    html: str = ""
    plain: str = ""
    markup: Markup | None = None
    venue: Venue | None = None


def plan(reply: Reply, ui: Callable[[str], str], *, remove_keyboard: bool = False) -> list[Outgoing]:
    """The messages for `reply`: its text first (emergency numbers lead), extras, then the venue.

    `ui(key)` gives an interface sentence in the reply's language. `remove_keyboard` drops the
    "share my location" keyboard once a location has been shared.
    """
    texts = [reply.text, *reply.extra]
    inline = inline_keyboard(reply.buttons, reply.intent)
    location = location_keyboard(ui("share_location_button")) if reply.ask_location else None
    out = [Outgoing(html=t, plain=to_plain(t)) for t in texts]
    last = out[-1]
    if inline is not None:
        out[-1] = Outgoing(last.html, last.plain, inline)
    elif location is not None:
        out[-1], location = Outgoing(last.html, last.plain, location), None
    if location is not None:
        hint = ui("share_location_hint")
        out.append(Outgoing(html=html.escape(hint, quote=False), plain=hint, markup=location))
    if reply.venue is not None:
        out.append(Outgoing(venue=reply.venue, markup=ReplyKeyboardRemove() if remove_keyboard else None))
    elif remove_keyboard and out[-1].markup is None:
        out[-1] = Outgoing(out[-1].html, out[-1].plain, ReplyKeyboardRemove())
    return out


def note(text: str, markup: Markup | None = None) -> Outgoing:
    """A short interface sentence (plain text) as a message."""
    return Outgoing(html=html.escape(text, quote=False), plain=text, markup=markup)


def inline_keyboard(buttons: Sequence[Button], intent: str = "") -> InlineKeyboardMarkup | None:
    """Buttons under a message; two to a row when all labels are short."""
    usable = [b for b in buttons if 0 < len(b.data.encode("utf-8")) <= MAX_DATA_BYTES and b.label]
    if len(usable) < len(buttons):
        logger.warning("Dropped %d button(s) with bad data under intent %s",
                       len(buttons) - len(usable), intent)
    if not usable:
        return None
    per_row = 2 if all(len(b.label) <= SHORT_LABEL for b in usable) else 1
    keys = [InlineKeyboardButton(b.label, callback_data=b.data) for b in usable]
    return InlineKeyboardMarkup([keys[i:i + per_row] for i in range(0, len(keys), per_row)])


def menu_keyboard(label: str) -> InlineKeyboardMarkup:
    """A single button back to the main menu."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data="menu")]])


def location_keyboard(label: str) -> ReplyKeyboardMarkup:
    """A one-time keyboard with a "share my location" button."""
    return ReplyKeyboardMarkup([[KeyboardButton(label, request_location=True)]],
                               resize_keyboard=True, one_time_keyboard=True)
