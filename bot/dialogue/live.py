"""The content being served, swapped for new content when staff change the files and it is valid."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Awaitable, Callable

from ..content.problems import ContentError, Problem
from .brain import Brain

log = logging.getLogger(__name__)

WATCHED = ("intents", "responses", "facts")
Report = Callable[[bool, list[Problem]], Awaitable[None]]


class LiveBrain:
    """Holds the brain in use. A reload builds a new one aside and swaps it only if it is valid,
    so messages being answered keep the brain they started with and nothing is dropped."""

    def __init__(self, root: Path, brain: Brain | None = None) -> None:
        self.root = Path(root)
        self.brain = brain or Brain.load(self.root)
        self._lock = asyncio.Lock()

    def reload(self) -> tuple[bool, list[Problem]]:
        """Load, check and switch to the content on disk; keep the current one if it has errors."""
        try:
            fresh = Brain.load(self.root)
        except ContentError as error:
            log.warning("new content has %d problem(s); keeping the last good content", len(error.problems))
            return False, error.problems
        self.brain = fresh
        log.info("content reloaded")
        return True, []

    async def reload_async(self) -> tuple[bool, list[Problem]]:
        """`reload` in a worker thread (training can take a second or two), one at a time."""
        async with self._lock:
            return await asyncio.to_thread(self.reload)

    async def watch(self, report: Report | None = None, stop: asyncio.Event | None = None) -> None:
        """Reload whenever a content file changes, until `stop` is set or the task is cancelled."""
        from watchfiles import awatch

        folders = [str(self.root / name) for name in WATCHED if (self.root / name).is_dir()]
        async for changes in awatch(*folders, stop_event=stop, debounce=400, step=100,
                                    watch_filter=lambda _, path: path.endswith((".yml", ".yaml"))):
            log.info("%d content file(s) changed", len(changes))
            ok, problems = await self.reload_async()
            if report is not None:
                try:
                    await report(ok, problems)
                except Exception as error:  # noqa: BLE001 - reporting must not stop watching
                    log.error("could not report the reload: %s", type(error).__name__)
