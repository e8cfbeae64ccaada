"""The conversation: /start, the menu commands, free text, buttons, locations and media."""
from __future__ import annotations

import re
from typing import Callable

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.dialogue.reply import Reply

from . import services
from .render import menu_keyboard, note
from .sending import send_note, send_reply

Context = ContextTypes.DEFAULT_TYPE
_SOURCE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what Telegram allows in a deep-link payload


def person_lang(update: Update, context: Context) -> str:
    """The language for a sentence with no text to go by: chosen, else Telegram's, else Spanish."""
    person = update.effective_user
    return services.brain(context).pick_lang(
        hint=person.language_code if person else None, chosen=context.chat_data.get(services.LANG))


def _person_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


def _remember(context: Context, reply: Reply) -> None:
    if reply.set_lang:
        context.chat_data[services.LANG] = reply.set_lang  # memory only, forgotten on /salir


async def start(update: Update, context: Context) -> None:
    """Greet in the person's language with language buttons and the main menu."""
    payload = context.args[0] if context.args and len(context.args) == 1 else ""
    source = payload if _SOURCE.fullmatch(payload) else None
    brain = services.brain(context)
    person = update.effective_user
    hint = payload if payload in brain.languages else (person.language_code if person else None)
    reply = brain.welcome(brain.pick_lang(hint=hint, chosen=context.chat_data.get(services.LANG)))
    await send_reply(context, update.effective_chat.id, reply)  # type: ignore[union-attr]
    services.count(context, reply, _person_id(update), kind="start", source=source)


async def _command(update: Update, context: Context, answer: Callable[[str], Reply]) -> None:
    reply = answer(person_lang(update, context))
    await send_reply(context, update.effective_chat.id, reply)  # type: ignore[union-attr]
    services.count(context, reply, _person_id(update), kind="command")


async def menu(update: Update, context: Context) -> None:
    """Show the main menu."""
    await _command(update, context, services.brain(context).menu)


async def language(update: Update, context: Context) -> None:
    """Offer the language buttons."""
    await _command(update, context, services.brain(context).choose_language)


async def offices(update: Update, context: Context) -> None:
    """List the offices and offer to find the nearest one from a shared location."""
    await _command(update, context, services.brain(context).offices)


async def hotlines(update: Update, context: Context) -> None:
    """List the help and emergency lines."""
    await _command(update, context, services.brain(context).hotlines)


async def privacy(update: Update, context: Context) -> None:
    """Explain what the bot keeps (nothing personal)."""
    await _command(update, context, services.brain(context).privacy)


async def text(update: Update, context: Context) -> None:
    """Answer free text with the curated answer and buttons to related topics."""
    message, person = update.effective_message, update.effective_user
    words = _without_mention(message.text or "", context.bot.username)  # type: ignore[union-attr]
    reply = services.brain(context).respond(
        words, chosen_lang=context.chat_data.get(services.LANG),
        hint_lang=person.language_code if person else None)
    _remember(context, reply)
    await send_reply(context, message.chat_id, reply)  # type: ignore[union-attr]
    services.count(context, reply, _person_id(update))


def _without_mention(words: str, username: str | None) -> str:
    if not username:
        return words
    return re.sub(rf"@{re.escape(username)}\b", " ", words, flags=re.IGNORECASE).strip()


async def location(update: Update, context: Context) -> None:
    """Send the nearest office for a shared location; the location is used once, never kept."""
    if update.edited_message is not None:
        return  # a live location moving: answered once, when it was first shared
    place = update.effective_message.location  # type: ignore[union-attr]
    reply = services.brain(context).nearest_office(place.latitude, place.longitude,  # type: ignore[union-attr]
                                                   person_lang(update, context))
    await send_reply(context, update.effective_chat.id, reply, remove_keyboard=True)  # type: ignore[union-attr]
    services.count(context, reply, _person_id(update), kind="location")


async def media(update: Update, context: Context) -> None:
    """Say that only text is read, with the menu button."""
    if update.edited_message is not None:
        return  # a changed caption; the media was already answered
    await _note_with_menu(update, context, "text_only")


async def unknown_command(update: Update, context: Context) -> None:
    """Say the command is unknown, with the menu button."""
    await _note_with_menu(update, context, "unknown_command")


async def _note_with_menu(update: Update, context: Context, key: str) -> None:
    brain, lang = services.brain(context), person_lang(update, context)
    await send_note(context, update.effective_chat.id,  # type: ignore[union-attr]
                    note(brain.ui(key, lang), menu_keyboard(brain.ui("menu_button", lang))))


async def button(update: Update, context: Context) -> None:
    """Answer a pressed button; a stale or forged one gets an empty answer and nothing else."""
    query = update.callback_query
    try:
        await query.answer()  # type: ignore[union-attr]  # first and always: the button stops spinning
    except TelegramError:
        pass  # too old to answer; the reply below still helps
    data = query.data if isinstance(query.data, str) else ""  # type: ignore[union-attr]
    reply = services.brain(context).callback(data, person_lang(update, context))
    if reply is None or query.message is None:  # type: ignore[union-attr]
        return
    _remember(context, reply)
    await send_reply(context, query.message.chat.id, reply)  # type: ignore[union-attr]
    services.count(context, reply, _person_id(update), kind="callback")
