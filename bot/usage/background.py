"""The recorder for synchronous callers (the terminal chat): its event loop runs in a thread."""
from __future__ import annotations

import asyncio
import logging
import threading
from typing import Mapping

from .events import UsageEvent
from .recorder import Recorder

log = logging.getLogger(__name__)


class BackgroundRecorder:
    """`record()` from any thread; `close()` writes everything queued before returning."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="usage", daemon=True)
        self._thread.start()
        self._recorder = Recorder.from_env(env)
        asyncio.run_coroutine_threadsafe(self._recorder.start(), self._loop).result(timeout=30)

    def record(self, event: UsageEvent, person: object = None) -> None:
        """Queue one event; never blocks, never raises."""
        try:
            self._loop.call_soon_threadsafe(self._recorder.record, event, person)
        except RuntimeError:
            pass  # closed already: nothing left to count into

    def close(self) -> None:
        """Flush and stop."""
        try:
            asyncio.run_coroutine_threadsafe(self._recorder.stop(), self._loop).result(timeout=30)
        except Exception as error:  # noqa: BLE001 - closing must not turn into a traceback
            log.warning("usage counts could not be closed cleanly: %s", type(error).__name__)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
