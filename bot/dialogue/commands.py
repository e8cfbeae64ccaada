"""The bot's commands, the same on every channel: their names in Spanish and English, and descriptions."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """One command, reachable under every name in `names`."""

    key: str
    names: tuple[str, ...]  # Spanish name first, then English; all work for everyone
    es: tuple[str, str]  # (name shown to Spanish users, description)
    en: tuple[str, str]


COMMANDS: tuple[Command, ...] = (
    Command("menu", ("menu", "ayuda", "help"), ("menu", "Menú principal"), ("menu", "Main menu")),
    Command("language", ("idioma", "language"), ("idioma", "Cambiar de idioma"),
            ("language", "Change language")),
    Command("offices", ("oficinas", "offices"), ("oficinas", "Oficinas de la OIM cerca de ti"),
            ("offices", "IOM offices near you")),
    Command("hotlines", ("lineas", "hotlines"), ("lineas", "Líneas de ayuda y emergencia"),
            ("hotlines", "Help and emergency lines")),
    Command("privacy", ("privacidad", "privacy"), ("privacidad", "Qué guardamos (nada personal)"),
            ("privacy", "What we keep (nothing personal)")),
    Command("exit", ("salir", "exit"), ("salir", "Salida rápida: borrar esta conversación"),
            ("exit", "Quick exit: delete this conversation")),
)
ADMIN_NAMES = ("stats", "reload")
# The public command names; in groups a bare /name is taken as addressed to the bot only when
# it is one of these (another bot in the group may own the rest). Admin names are left out:
# for everyone else they must behave exactly like unknown commands.
ALL_NAMES = frozenset({"start", *(n for c in COMMANDS for n in c.names)})


def names(key: str) -> tuple[str, ...]:
    """All names of the command `key`."""
    return next(c.names for c in COMMANDS if c.key == key)
