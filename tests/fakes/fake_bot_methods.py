"""The Bot API methods of the fake server, answering (and refusing) the way Telegram does.

A mixin of FakeBotApi: it uses the server's state (`_messages`, `_updates`, `_chat()`...).
"""
from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

from .fake_html import HtmlRefused, parse_html, utf16_len

DELETE_WINDOW = 48 * 3600  # bots may delete private-chat messages for 48 hours


class Refused(Exception):
    """Telegram's refusal: an error code and its description."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code, self.description = code, description


class BotApiMethods:
    """`_m_<method>(params)` for each Bot API method the fake knows (lowercase name)."""

    async def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        allowed = params.get("allowed_updates") or None
        self.confirmed = max(self.confirmed, offset - 1)
        if self._updates and self._updates[0]["update_id"] < offset:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()  # confirmed
            await self._notify()
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            ready = [u for u in self._updates if u["update_id"] >= offset]
            if allowed:
                for u in ready:
                    if not any(k in u for k in allowed):
                        self._updates.remove(u)  # Telegram drops what the bot did not ask for
                ready = [u for u in ready if any(k in u for k in allowed)]
                await self._notify()
            left = deadline - time.monotonic()
            if ready or left <= 0 or self._closing:
                return ready[:limit]
            async with self._changed:
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except asyncio.TimeoutError:
                    pass

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        text = _visible_text(params)
        if not text.strip():
            raise Refused(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise Refused(400, "Bad Request: message is too long")
        markup = check_markup(params.get("reply_markup"))
        message = self._outgoing(chat, text=text)
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    async def _m_sendvenue(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        for key in ("latitude", "longitude", "title", "address"):
            if params.get(key) in (None, ""):
                raise Refused(400, f"Bad Request: parameter \"{key}\" is required")
        check_markup(params.get("reply_markup"))
        location = {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
        return self._outgoing(chat, location=location, venue={
            "location": location, "title": params["title"], "address": params["address"]})

    async def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        return True

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = params.get("callback_query_id")
        if self._queries.get(query_id, True):  # unknown or already answered
            raise Refused(400, "Bad Request: query is too old and response timeout expired "
                                "or query ID is invalid")
        if len(str(params.get("text", ""))) > 200:
            raise Refused(400, "Bad Request: MESSAGE_TOO_LONG")
        self._queries[query_id] = True
        return True

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        stored = self._messages.get((params.get("chat_id"), params.get("message_id")))  # type: ignore[arg-type]
        if stored is None or stored.deleted:
            raise Refused(400, "Bad Request: message to edit not found")
        text = _visible_text(params)
        markup = check_markup(params.get("reply_markup"))
        if text == stored.message.get("text") and markup == stored.message.get("reply_markup"):
            raise Refused(400, "Bad Request: message is not modified: specified new message "
                                "content and reply markup are exactly the same as a current "
                                "content and reply markup of the message")
        stored.message = {**stored.message, "text": text, "edit_date": int(self.now())}
        if markup:
            stored.message["reply_markup"] = markup
        return stored.message

    async def _m_deletemessage(self, params: dict[str, Any]) -> bool:
        self._delete(params.get("chat_id"), params.get("message_id"), strict=True)  # type: ignore[arg-type]
        return True

    async def _m_deletemessages(self, params: dict[str, Any]) -> bool:
        ids = params.get("message_ids") or []
        if not 1 <= len(ids) <= 100:
            raise Refused(400, "Bad Request: too many messages to delete")
        for message_id in ids:
            self._delete(params.get("chat_id"), message_id, strict=False)  # type: ignore[arg-type]
        return True

    def _delete(self, chat_id: int, message_id: int, *, strict: bool) -> None:
        stored = self._messages.get((chat_id, message_id))
        if stored is None or stored.deleted:
            if strict:
                raise Refused(400, "Bad Request: message to delete not found")
            return
        if self.now() - stored.sent_at > DELETE_WINDOW:
            if strict:
                raise Refused(400, "Bad Request: message can't be deleted for everyone")
            return
        stored.deleted = True

    async def _m_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise Refused(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise Refused(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[(scope, params.get("language_code") or "")] = commands
        return True

    async def _m_getmycommands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        return self.commands.get((scope, params.get("language_code") or ""), [])

    async def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {"url": params.get("url", ""), "secret_token": params.get("secret_token")}
        return True

    async def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    async def _m_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    async def _m_close(self, params: dict[str, Any]) -> bool:
        return True


def check_markup(markup: Any) -> dict[str, Any] | None:
    if not markup:
        return None
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                raise Refused(400, "Bad Request: BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise Refused(400, "Bad Request: text buttons are unallowed in the inline keyboard")
    return markup


def _visible_text(params: dict[str, Any]) -> str:
    """The text a message shows, refusing HTML the way Telegram does."""
    text = str(params.get("text", ""))
    if params.get("parse_mode", "").upper() == "HTML":
        try:
            return parse_html(text)
        except HtmlRefused as refused:
            raise Refused(400, f"Bad Request: {refused}") from None
    return text
