"""Send planned messages in order; if Telegram refuses the HTML, send the same answer as plain text."""
from __future__ import annotations

import logging
from typing import Sequence

from telegram import Bot, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackContext

from bot.dialogue.reply import Reply

from . import services
from .render import Outgoing, plan
from .trail import Trail

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def send_all(bot: Bot, chat_id: int, messages: Sequence[Outgoing],
                   trail: Trail | None = None) -> list[Message]:
    """Send `messages` one after the other (never in parallel: order matters for emergencies)."""
    sent = []
    for outgoing in messages:
        if outgoing.venue is not None:
            venue = outgoing.venue
            message = await bot.send_venue(chat_id, venue.lat, venue.lon, venue.title,
                                           venue.address or venue.title, reply_markup=outgoing.markup)
        else:
            message = await send_text(bot, chat_id, outgoing)
        if trail is not None:
            trail.add(message.message_id)
        sent.append(message)
    return sent


async def send_text(bot: Bot, chat_id: int, outgoing: Outgoing) -> Message:
    """Send one HTML message, or its plain text when Telegram cannot parse the HTML."""
    try:
        return await bot.send_message(chat_id, outgoing.html, parse_mode=ParseMode.HTML,
                                      reply_markup=outgoing.markup, link_preview_options=NO_PREVIEW)
    except BadRequest as error:
        if "can't parse entities" not in error.message.lower():
            raise
        logger.warning("Telegram refused the HTML of an answer; sent it as plain text")
        return await bot.send_message(chat_id, outgoing.plain, reply_markup=outgoing.markup,
                                      link_preview_options=NO_PREVIEW)


def trail_of(context: CallbackContext) -> Trail:
    """This chat's recent message ids (memory only)."""
    return context.chat_data.setdefault(services.TRAIL, Trail())  # type: ignore[union-attr]


async def send_reply(context: CallbackContext, chat_id: int, reply: Reply, *,
                     remove_keyboard: bool = False) -> list[Message]:
    """Send a brain reply to `chat_id` and remember the ids for a quick exit."""
    brain = services.brain(context)
    messages = plan(reply, lambda key: brain.ui(key, reply.lang), remove_keyboard=remove_keyboard)
    return await send_all(context.bot, chat_id, messages, trail_of(context))


async def send_note(context: CallbackContext, chat_id: int, outgoing: Outgoing) -> Message:
    """Send an interface note and remember its id."""
    (message,) = await send_all(context.bot, chat_id, [outgoing], trail_of(context))
    return message
