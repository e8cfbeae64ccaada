"""The allowed campaign sources, for callers outside the bot process (e.g. `python -m bot link`)."""
from __future__ import annotations

import os

from bot.usage.config import check_source_name
from bot.usage.store import Store


async def add_source(db: Store | str | os.PathLike[str], name: str) -> str:
    """Allow `name` as a campaign source of /start links; return its stored form.

    A running bot picks it up within a minute. Raises UsageConfigError for a name that cannot be one.
    """
    clean = check_source_name(name)
    store = db if isinstance(db, Store) else Store(db)
    opened_here = not store.is_open
    if opened_here:
        await store.open()
    try:
        await store.add_source(clean)
    finally:
        if opened_here:
            await store.close()
    return clean


async def list_sources(db: Store | str | os.PathLike[str]) -> list[str]:
    """The campaign sources allowed in the database."""
    store = db if isinstance(db, Store) else Store(db)
    if store.is_open:
        return await store.sources()
    async with store:
        return await store.sources()
