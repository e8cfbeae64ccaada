"""An aiohttp networking backend for python-telegram-bot (PTB supports custom BaseRequest classes).

Why: PTB's default backend (httpx) spends about 1 ms of CPU per request here, and more the more
requests are in flight at once; aiohttp spends a fraction of that. Replies are almost all the
work of this bot, so this roughly halves the CPU per answered message (see docs/telegram.md).
Behaviour follows HTTPXRequest: same timeouts, TimedOut for timeouts, NetworkError otherwise.
"""
from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_DEFAULT = type(BaseRequest.DEFAULT_NONE)  # "not given": use the default of this instance


class AiohttpRequest(BaseRequest):
    """PTB requests over one aiohttp session with a bounded connection pool."""

    __slots__ = ("_connect", "_pool", "_pool_size", "_read", "_session", "_write")

    def __init__(self, connection_pool_size: int = 16, *, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0) -> None:
        self._pool_size = connection_pool_size
        self._read, self._write = read_timeout, write_timeout
        self._connect, self._pool = connect_timeout, pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds the long-polling timeout to it for getUpdates)."""
        return self._read

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=self._pool_size)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None))

    async def shutdown(self) -> None:
        """Close the session (idempotent)."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        """Send one request; return (status, body)."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read if isinstance(read_timeout, _DEFAULT) else read_timeout
        write = self._write if isinstance(write_timeout, _DEFAULT) else write_timeout
        connect = self._connect if isinstance(connect_timeout, _DEFAULT) else connect_timeout
        pool = self._pool if isinstance(pool_timeout, _DEFAULT) else pool_timeout
        # aiohttp's `connect` covers waiting for a pooled connection and opening one.
        waiting = None if pool is None and connect is None else (pool or 0) + (connect or 0)
        timeout = aiohttp.ClientTimeout(total=None, connect=waiting, sock_connect=connect,
                                        sock_read=_sum(read, write))
        try:
            async with self._session.request(method, url, data=_body(request_data),
                                             timeout=timeout) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError:
            raise TimedOut from None
        except aiohttp.ClientError as error:
            # Some aiohttp messages quote the URL, and the URL holds the token.
            detail = str(error).replace(url, "<Bot API URL>")
            raise NetworkError(f"aiohttp.{type(error).__name__}: {detail}") from None


def _sum(read: float | None, write: float | None) -> float | None:
    # aiohttp has no separate write timeout; the body is small, so both count towards reading.
    return None if read is None else read + (write or 0)


def _body(request_data: RequestData | None) -> Any:
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.json_parameters  # sent as application/x-www-form-urlencoded
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, upload in request_data.multipart_data.items():
        filename, content, mimetype = upload[0], upload[1], upload[2] if len(upload) > 2 else None
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
