"""Which updates the bot answers at all, and slowing down one person who floods it.

Runs first (handler group -1): channels are never answered; in groups only commands and
messages addressed to the bot are; a person over the flood limit gets one notice and is then
ignored for the rest of the window, except for messages the brain reads as an emergency.
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable

from telegram import Bot, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.dialogue.reply import EMERGENCY_OUTCOME

from . import services
from .commands import ALL_NAMES
from .render import menu_keyboard, note
from .sending import send_note, trail_of
from .trail import forget_idle_chats

PASS, NOTICE, DROP = "pass", "notice", "drop"
FLOOD = "flood_gate"  # bot_data key
SWEEP_EVERY = 1000  # updates between two sweeps of idle chats' memory


class FloodGate:
    """Counts each person's messages in a sliding window (memory only, idle people forgotten)."""

    def __init__(self, limit: int = 20, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: set[int] = set()
        self._checks = 0

    def check(self, person: int) -> str:
        """PASS, NOTICE (first message over the limit) or DROP (the ones after it)."""
        now = self._clock()
        self._sweep(now)
        # The last limit+1 arrival times are enough: over the limit means all fit in the window.
        seen = self._seen.setdefault(person, deque(maxlen=self.limit + 1))
        seen.append(now)
        if len(seen) <= self.limit or now - seen[0] >= self.window:
            self._noticed.discard(person)
            return PASS
        if person in self._noticed:
            return DROP
        self._noticed.add(person)
        return NOTICE

    def forgive(self, person: int) -> None:
        """Let the next message over the limit get the notice again."""
        self._noticed.discard(person)

    def _sweep(self, now: float) -> None:
        self._checks += 1
        if self._checks % 1000:
            return
        for person in [p for p, seen in self._seen.items() if now - seen[-1] >= self.window]:
            del self._seen[person]
            self._noticed.discard(person)


def addressed(update: Update, bot: Bot) -> bool:
    """Whether the bot should answer `update` at all."""
    if update.callback_query is not None:
        return True  # a button under one of our own messages: always answered
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or update.channel_post or update.edited_channel_post:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return False
    return _for_us_in_group(message, bot)


def _for_us_in_group(message: Message, bot: Bot) -> bool:
    username = (bot.username or "").lower()
    parse = message.parse_entity if message.text else message.parse_caption_entity
    for entity in message.entities or message.caption_entities or ():
        value = parse(entity)
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            name, _, target = value[1:].partition("@")
            return target.lower() == username if target else name.lower() in ALL_NAMES
        if entity.type == MessageEntity.MENTION and value[1:].lower() == username:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            return True
    reply_to = message.reply_to_message
    return bool(reply_to and reply_to.from_user and reply_to.from_user.id == bot.id)


async def admit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop updates not meant for the bot; give a flooding person one notice, then silence."""
    if update.update_id % SWEEP_EVERY == 0:
        forget_idle_chats(context.application.chat_data, context.application.drop_chat_data)
    if not addressed(update, context.bot):
        raise ApplicationHandlerStop
    message, chat, person = update.effective_message, update.effective_chat, update.effective_user
    if message is not None and chat is not None and chat.type == ChatType.PRIVATE:
        trail_of(context).add(message.message_id)  # the person's own messages, for a quick exit
    if person is None:
        return
    gate: FloodGate = context.bot_data[FLOOD]
    verdict = gate.check(person.id)
    if verdict == PASS:
        return
    if update.callback_query is not None:
        await _quietly_answer(update)
    elif message is not None and message.text and _is_emergency(update, context):
        if verdict == NOTICE:
            gate.forgive(person.id)  # the notice was not sent; the next message gets it
        return  # danger is answered whatever the pace
    elif verdict == NOTICE and chat is not None:
        brain = services.brain(context)
        lang = brain.pick_lang(hint=person.language_code, chosen=context.chat_data.get(services.LANG))
        await send_note(context, chat.id, note(brain.ui("flood", lang),
                                                menu_keyboard(brain.ui("menu_button", lang))))
    raise ApplicationHandlerStop


def _is_emergency(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    person = update.effective_user
    reply = services.brain(context).respond(
        update.effective_message.text,  # type: ignore[union-attr]
        chosen_lang=context.chat_data.get(services.LANG),
        hint_lang=person.language_code if person else None)
    return reply.outcome == EMERGENCY_OUTCOME


async def _quietly_answer(update: Update) -> None:
    try:
        await update.callback_query.answer()  # type: ignore[union-attr]
    except TelegramError:  # a stale query; nothing more to do for a flooder
        pass
