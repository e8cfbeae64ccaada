"""A fake Telegram Bot API server for the tests: aiohttp on 127.0.0.1, a random port.

Point the bot at it with TELEGRAM_API_URL (ApplicationBuilder.base_url(f"{url}/bot")). It keeps
chats and messages in memory, answers the methods the bot uses the way Telegram does (including
its refusals), records every call, and can be told to fail the next calls with 429 or 502.
People are played by the test: `fake.send_text(ana, "hola")` queues an update for getUpdates.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from aiohttp import web

from .fake_bot_methods import BotApiMethods, Refused
from .fake_html import utf16_len

TOKEN = "123456789:TEST-token_abcdefghijklmnopqrstuvwxyz012"
BOT_ID = 123456789
BOT_USERNAME = "brujula_test_bot"
_TEXT_FIELDS = {
    "text", "caption", "title", "address", "callback_query_id", "parse_mode", "description",
    "url", "secret_token", "language_code", "foursquare_id", "chat_id_str",
}


@dataclass(frozen=True)
class Person:
    """Someone writing to the bot."""

    id: int
    first_name: str
    language_code: str | None = "es"
    username: str | None = None

    def as_json(self) -> dict[str, Any]:
        data = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float  # time.perf_counter()
    status: int = 200


@dataclass
class _Fault:
    status: int
    remaining: int
    retry_after: int
    methods: frozenset[str] | None


@dataclass
class _Stored:
    message: dict[str, Any]
    sent_at: float
    deleted: bool = False


@dataclass
class FakeBotApi(BotApiMethods):
    """The fake server and its state."""

    token: str = TOKEN
    bot_username: str = BOT_USERNAME
    calls: list[Call] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)
    commands: dict[tuple[str, str], list[dict[str, str]]] = field(default_factory=dict)
    pushed_at: dict[int, float] = field(default_factory=dict)  # update_id -> perf_counter()
    confirmed: int = 0  # highest update_id the bot confirmed (asked getUpdates for a later one)
    last_update_id: int = 0
    succeeded: Counter = field(default_factory=Counter)  # method -> successful calls

    def __post_init__(self) -> None:
        self.url = ""
        self._updates: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._messages: dict[tuple[int, int], _Stored] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._queries: dict[str, bool] = {}  # callback query id -> answered
        self._faults: list[_Fault] = []
        self._changed = asyncio.Condition()
        self._people = itertools.count(730_001_001)
        self._clock_offset = 0.0
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.bot_user = {
            "id": BOT_ID, "is_bot": True, "first_name": "Brújula", "username": self.bot_username,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # ----------------------------------------------------------------- server
    async def start(self) -> str:
        """Listen on 127.0.0.1, a free port; return the root URL."""
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        """Close the server (pending long polls return at once)."""
        self._closing = True
        await self._notify()
        if self._runner:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(method, params, time.perf_counter())
        self.calls.append(call)
        if request.match_info["token"] != self.token:
            call.status = 401
            return _error(401, "Unauthorized")
        fault = self._take_fault(method)
        if fault is not None:
            call.status = fault.status
            await self._notify()
            if fault.status == 429:
                return _error(429, f"Too Many Requests: retry after {fault.retry_after}",
                              {"retry_after": fault.retry_after})
            return web.Response(status=fault.status, content_type="text/html",
                                text=f"<html><body><h1>{fault.status} Bad Gateway</h1></body></html>")
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            call.status = 404
            return _error(404, "Not Found")
        try:
            result = await handler(params)
        except Refused as refused:
            call.status = refused.code
            await self._notify()
            return _error(refused.code, refused.description)
        self.succeeded[method] += 1
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    # ------------------------------------------------------- fault injection
    def fail_next(self, count: int, status: int = 429, *, retry_after: int = 1,
                  methods: Iterable[str] | None = None) -> None:
        """Answer the next `count` calls (of `methods`, if given) with 429 or 502."""
        self._faults.append(_Fault(status, count, retry_after, frozenset(methods) if methods else None))

    def _take_fault(self, method: str) -> _Fault | None:
        for fault in self._faults:
            if fault.remaining > 0 and (fault.methods is None or method in fault.methods):
                fault.remaining -= 1
                return fault
        return None

    # ------------------------------------------------------------ the people
    def person(self, first_name: str = "Ana", language_code: str | None = "es",
               username: str | None = None) -> Person:
        """A new person with a fresh id."""
        return Person(next(self._people), first_name, language_code, username)

    def private_chat(self, person: Person) -> dict[str, Any]:
        """The private chat between `person` and the bot."""
        chat = {"id": person.id, "type": "private", "first_name": person.first_name}
        self._chats.setdefault(person.id, chat)
        return chat

    def group(self, title: str = "Albergue", chat_id: int = -1001234567890,
              kind: str = "supergroup") -> dict[str, Any]:
        """A group (or, with kind="channel", a channel) the bot is in."""
        chat = {"id": chat_id, "type": kind, "title": title}
        self._chats.setdefault(chat_id, chat)
        return chat

    def send(self, person: Person | None, chat: dict[str, Any] | None = None, *,
             kind: str = "message", **content: Any) -> dict[str, Any]:
        """Queue a message from `person` with any content (text=, sticker=, location=...)."""
        message = self.message(person, chat, **content)
        self.push({kind: message})
        return message

    def message(self, person: Person | None, chat: dict[str, Any] | None = None,
                **content: Any) -> dict[str, Any]:
        """A message from `person` as Telegram would deliver it, kept but not queued."""
        chat = chat or self.private_chat(person)  # type: ignore[arg-type]
        message = {"message_id": self._next_message_id(chat["id"]), "date": int(self.now()),
                   "chat": chat, **content}
        if person is not None:
            message["from"] = person.as_json()
        if "text" in content:
            entities = _entities(content["text"])
            if entities:
                message["entities"] = entities
        self._store(message)
        return message

    def send_text(self, person: Person, text: str, chat: dict[str, Any] | None = None,
                  **extra: Any) -> dict[str, Any]:
        """Queue a text message from `person`."""
        return self.send(person, chat, text=text, **extra)

    def edit_text(self, person: Person, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Queue an edited_message: `message` now says `text`."""
        edited = {**message, "text": text, "edit_date": int(self.now())}
        edited.pop("entities", None)
        if _entities(text):
            edited["entities"] = _entities(text)
        self.push({"edited_message": edited})
        return edited

    def press(self, person: Person, message: dict[str, Any], data: str) -> str:
        """Queue a callback query: `person` pressed a button with `data` under `message`."""
        query_id = f"q{next(self._update_ids)}"
        self._queries[query_id] = False
        self.push({"callback_query": {"id": query_id, "from": person.as_json(), "message": message,
                                      "chat_instance": "ci-1", "data": data}})
        return query_id

    def push(self, update: dict[str, Any]) -> int:
        """Queue a raw update (an update_id is added); return its id."""
        update_id = next(self._update_ids)
        self.last_update_id = update_id
        self._updates.append({"update_id": update_id, **update})
        self.pushed_at[update_id] = time.perf_counter()
        asyncio.get_running_loop().create_task(self._notify())
        return update_id

    # ---------------------------------------------------------- observation
    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        """Successful calls to `method` (for `chat_id`, if given)."""
        return [c for c in self.calls if c.method == method and c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot sent (text and venues), in order, with their parameters."""
        return [dict(c.params, method=c.method) for c in self.calls
                if c.method in ("sendMessage", "sendVenue") and c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def alive(self, chat_id: int) -> list[dict[str, Any]]:
        """Messages still visible in a chat (both sides), oldest first."""
        return [s.message for (chat, _), s in sorted(self._messages.items())
                if chat == chat_id and not s.deleted]

    def all_fetched(self) -> bool:
        """Whether the bot has fetched and confirmed every queued update."""
        return not self._updates

    def is_answered(self, query_id: str) -> bool:
        """Whether the bot answered this callback query."""
        return self._queries.get(query_id, False)

    def advance(self, seconds: float) -> None:
        """Move Telegram's clock forward (for the 48-hour delete window)."""
        self._clock_offset += seconds

    def now(self) -> float:
        return time.time() + self._clock_offset

    async def wait_until(self, condition: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until `condition()` is truthy after some call; raise TimeoutError if it never is."""
        async def _wait() -> Any:
            async with self._changed:
                while not (value := condition()):
                    await self._changed.wait()
                return value
        return await asyncio.wait_for(_wait(), timeout)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------ internals
    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _store(self, message: dict[str, Any]) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = _Stored(message, self.now())

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chats.get(params.get("chat_id"))  # type: ignore[arg-type]
        if chat is None:
            raise Refused(400, "Bad Request: chat not found")
        return chat

    def _outgoing(self, chat: dict[str, Any], **content: Any) -> dict[str, Any]:
        message = {"message_id": self._next_message_id(chat["id"]), "from": self.bot_user,
                   "date": int(self.now()), "chat": chat, **content}
        self._store(message)
        return message


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


async def _read_params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return await request.json()
    raw = dict(request.query)
    if request.can_read_body:
        raw.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _TEXT_FIELDS:
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}")


def _entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's clients would attach: a leading /command and @mentions."""
    found = []
    command = _COMMAND.match(text)
    if command:
        found.append(("bot_command", command.start(), command.end()))
    found += [("mention", m.start(), m.end()) for m in _MENTION.finditer(text)
              if not command or m.start() >= command.end()]
    return [{"type": kind, "offset": utf16_len(text[:start]), "length": utf16_len(text[start:end])}
            for kind, start, end in found]
