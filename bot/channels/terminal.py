"""Talk to the brain in a terminal: buttons become numbered choices you can type."""
from __future__ import annotations

import sys
from typing import Callable, TextIO

from ..dialogue.brain import Brain
from ..dialogue.commands import COMMANDS, names
from ..dialogue.reply import Reply

EXIT_WORDS = {f"/{name}" for name in names("exit")} | {"/quit"}
COMMAND_KEYS = {name: command.key for command in COMMANDS for name in command.names} | {"start": "start"}
SCREENS = {"start": "welcome", "menu": "menu", "language": "choose_language", "offices": "offices",
           "hotlines": "hotlines", "privacy": "privacy"}  # command key -> Brain method


def render(reply: Reply) -> str:
    """The reply as plain text, with numbered buttons."""
    lines = [reply.plain_text.strip()]
    if reply.venue:
        lines.append(f"📍 {reply.venue.title} — {reply.venue.address} ({reply.venue.lat:.4f}, {reply.venue.lon:.4f})")
    for number, button in enumerate(reply.buttons, start=1):
        lines.append(f"  [{number}] {button.label}")
    return "\n".join(lines)


class TerminalChat:
    """One conversation: remembers the chosen language and the last buttons shown."""

    def __init__(self, brain: Brain, lang: str | None = None,
                 on_reply: Callable[[Reply], None] | None = None) -> None:
        self.brain = brain
        self.chosen = lang if lang in brain.languages else None
        self.lang = self.brain.pick_lang(None, self.chosen)
        self.buttons: tuple = ()
        self.on_reply = on_reply

    def start(self) -> Reply:
        """The welcome screen (not counted: the person has not written yet)."""
        reply = self.brain.welcome(self.lang)
        self.buttons = reply.buttons
        return reply

    def handle(self, line: str) -> Reply | None:
        """Answer one typed line; None means the person asked to leave."""
        text = line.strip()
        if text.lower() in EXIT_WORDS:
            return None
        if text.isdigit() and 1 <= int(text) <= len(self.buttons):
            reply = self.brain.callback(self.buttons[int(text) - 1].data, self.lang)
            if reply is not None:
                return self._remember(reply)
        screen = SCREENS.get(COMMAND_KEYS.get(text.lower().lstrip("/"), "")) if text.startswith("/") else None
        if screen:
            return self._remember(getattr(self.brain, screen)(self.lang))
        return self._remember(self.brain.respond(text, chosen_lang=self.chosen))

    def _remember(self, reply: Reply) -> Reply:
        if reply.set_lang:
            self.chosen = reply.set_lang
        self.lang = reply.lang
        self.buttons = reply.buttons
        if self.on_reply:
            self.on_reply(reply)
        return reply


def run_chat(brain: Brain, lang: str | None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
             on_reply: Callable[[Reply], None] | None = None) -> int:
    """Read lines until end of input or /salir, printing each reply."""
    chat = TerminalChat(brain, lang, on_reply)
    interactive = stdin.isatty()
    stdout.write(render(chat.start()) + "\n")
    while True:
        if interactive:
            stdout.write("\n> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        reply = chat.handle(line)
        if reply is None:
            stdout.write(brain.ui("exit_done", chat.lang) + "\n")
            break
        stdout.write(("" if interactive else "\n") + render(reply) + "\n")
        stdout.flush()
    return 0
