"""Turn a message and the person's language into a Reply. Pure: no I/O, no channel."""
from __future__ import annotations

import html
import logging
import re
import traceback
from dataclasses import replace
from pathlib import Path

from ..content.model import EMERGENCY, OUT_OF_SCOPE, Content
from ..content.validate import load_checked
from ..understanding.language import hint_language
from ..understanding.normalize import normalize
from ..understanding.offices import nearest_office
from ..understanding.understand import ANSWERED, DECLINED, EMERGENCY_OUTCOME, SUGGESTED, Analysis, Understanding
from .reply import Button, Reply, Venue

log = logging.getLogger(__name__)

DEFAULT_LANG = "es"
MAX_MESSAGE = 4000  # longer messages are answered, but the person is asked to write shorter
VENUE_INTENTS = frozenset({"office_locations", "hotlines", "return_home", "returnee_reintegration",
                           "asylum_refuge", "health_services"})


class Brain:
    """The assistant's whole behaviour, shared by Telegram, the terminal and the CLI."""

    def __init__(self, content: Content, understanding: Understanding | None = None) -> None:
        self.content = content
        self.understanding = understanding or Understanding(content)
        self.languages = content.languages

    @classmethod
    def load(cls, root: Path) -> "Brain":
        """Load and check the content under `root`; raises ContentError when it has errors."""
        return cls(load_checked(root))

    # -- languages -------------------------------------------------------------------------
    def default_lang(self) -> str:
        """Spanish, unless the content has no Spanish."""
        return DEFAULT_LANG if DEFAULT_LANG in self.languages else (self.languages or (DEFAULT_LANG,))[0]

    def pick_lang(self, hint: str | None = None, chosen: str | None = None) -> str:
        """The language to greet in: the person's choice, else their app's language, else Spanish."""
        if chosen in self.languages:
            return chosen
        return hint_language(hint, self.languages) or self.default_lang()

    def ui(self, key: str, lang: str, **values: object) -> str:
        """A sentence of the interface in `lang`."""
        return self.content.text(key, lang, **values)

    # -- free text -------------------------------------------------------------------------
    def respond(self, text: str, chosen_lang: str | None = None, hint_lang: str | None = None) -> Reply:
        """Answer a message typed by a person. Never raises."""
        try:
            return self._respond(text or "", chosen_lang, hint_lang)
        except Exception as error:  # noqa: BLE001 - a person must always get an answer
            # The error's own message could quote what the person wrote: log its type and where.
            log.error("could not answer a message: %s\n%s", type(error).__name__,
                      "".join(traceback.format_tb(error.__traceback__)))
            lang = self.pick_lang(hint_lang, chosen_lang)
            return Reply(self.ui("error", lang), OUT_OF_SCOPE, lang, DECLINED, 0.0, self._menu_button(lang))

    def _respond(self, text: str, chosen: str | None, hint: str | None) -> Reply:
        analysis = self.understanding.analyse(text)
        lang = analysis.lang or self.pick_lang(hint, chosen)
        if not analysis.normalized:
            return Reply(self.ui("empty_message", lang), OUT_OF_SCOPE, lang, DECLINED, 0.0,
                         self._menu_button(lang))
        if analysis.outcome == EMERGENCY_OUTCOME:
            return self._answer(EMERGENCY, lang, analysis, EMERGENCY_OUTCOME)
        if analysis.outcome == ANSWERED:
            if analysis.intent == "change_language":
                return self._change_language(analysis, lang)
            return self._answer(analysis.intent, lang, analysis, ANSWERED)
        if len(text) > MAX_MESSAGE:
            return self._declined(analysis, lang, self.ui("too_long", lang))
        return self._declined(analysis, lang)

    def _answer(self, intent: str, lang: str, analysis: Analysis | None, outcome: str) -> Reply:
        office = analysis.office if analysis else None
        if intent == "office_locations" and office:
            reply = self.office(office, lang)
            return _with(reply, analysis, outcome)
        answer = self.content.answer(intent, lang)
        if answer is None:  # validated content always has one; stay polite if not
            return self.menu(lang)
        # "menu" in an answer's buttons is the same as the menu button every answer gets.
        buttons = [Button(self.content.title(target, lang), f"i:{target}") for target in answer.buttons
                   if target in self.content.intents and target != "menu"]
        if intent != "menu":
            buttons += self._menu_button(lang)
        venue = self._venue(office, lang) if office and intent in VENUE_INTENTS else None
        reply = Reply(answer.text, intent, lang, outcome, 1.0, tuple(buttons), venue, office,
                      ask_location=intent == "office_locations")
        return _with(reply, analysis, outcome)

    def _declined(self, analysis: Analysis, lang: str, message: str | None = None) -> Reply:
        if analysis.suggestions:
            # A suggested "menu" is the menu button every reply gets: not twice.
            buttons = tuple(Button(self.content.title(i, lang), f"i:{i}") for i in analysis.suggestions if i != "menu")
            text = message or self.ui("did_you_mean", lang)
            outcome = SUGGESTED
        else:
            buttons, text, outcome = (), message or self.ui("not_understood", lang), DECLINED
        return Reply(text, OUT_OF_SCOPE, lang, outcome, analysis.confidence,
                     buttons + self._menu_button(lang), office=analysis.office,
                     nearest_intent=analysis.nearest_intent, suggestions=analysis.suggestions)

    # -- language choice -------------------------------------------------------------------
    def _change_language(self, analysis: Analysis, lang: str) -> Reply:
        target = self._wanted_language(analysis.normalized, lang)
        if target:
            return _with(self.set_language(target), analysis, ANSWERED)
        return _with(self.choose_language(lang), analysis, ANSWERED)

    def _wanted_language(self, normalized: str, written_in: str) -> str | None:
        """The language a message asks for: "english please" → en; "no entiendo ingles" → not en."""
        for lang in self.languages:
            names = [self.ui("language_name", lang), *self.ui("language_aliases", lang).split(",")]
            for name in filter(None, map(normalize, names)):
                if f" {name} " not in f" {normalized} ":
                    continue
                if re.search(rf"\b(no|not|never|nunca)\b(\s\w+){{0,2}}\s{re.escape(name)}\b", normalized):
                    others = [code for code in (written_in, *self.languages) if code != lang]
                    return others[0] if others else None
                return lang
        return None

    def choose_language(self, lang: str) -> Reply:
        """Offer every language, each named in its own language."""
        buttons = tuple(Button(self.ui("language_name", code), f"lang:{code}") for code in self.languages)
        answer = self.content.answer("change_language", lang)
        text = answer.text if answer else self.ui("choose_language", lang)
        return Reply(text, "change_language", lang, buttons=buttons + self._menu_button(lang))

    def set_language(self, code: str) -> Reply:
        """Confirm an explicit language choice; the channel remembers it."""
        return Reply(self.ui("language_set", code), "change_language", code,
                     buttons=self._main_buttons(code), set_lang=code)

    # -- fixed screens ---------------------------------------------------------------------
    def welcome(self, lang: str) -> Reply:
        """The greeting of /start: who we are, the languages and the main topics."""
        languages = tuple(Button(self.ui("language_name", code), f"lang:{code}")
                          for code in self.languages if code != lang)
        return Reply(self.ui("welcome", lang), "greeting", lang, buttons=languages + self._main_buttons(lang))

    def menu(self, lang: str) -> Reply:
        """The main menu."""
        return self._answer("menu", lang, None, ANSWERED)

    def show(self, intent: str, lang: str) -> Reply:
        """The answer behind a topic button."""
        if intent == "change_language":
            return self.choose_language(lang)
        return self._answer(intent, lang, None, EMERGENCY_OUTCOME if intent == EMERGENCY else ANSWERED)

    def offices(self, lang: str) -> Reply:
        """All offices, with a button per office and an offer to find the nearest one."""
        reply = self._answer("office_locations", lang, None, ANSWERED)
        office_buttons = tuple(Button(office.name(lang), f"o:{office.id}") for office in self.content.offices.values())
        return _replace(reply, buttons=office_buttons + self._menu_button(lang), ask_location=True)

    def hotlines(self, lang: str) -> Reply:
        """The phone numbers."""
        return self._answer("hotlines", lang, None, ANSWERED)

    def privacy(self, lang: str) -> Reply:
        """What is kept and what is not, and how to leave no trace."""
        return self._answer("privacy", lang, None, ANSWERED)

    def office(self, office_id: str, lang: str) -> Reply:
        """One office: name, what it does, phone, and its place on a map."""
        office = self.content.offices[office_id]
        lines = [f"<b>{html.escape(office.name(lang))}</b>", html.escape(_place(office))]
        note = office.notes.get(lang)
        if note:
            lines.append(html.escape(note))
        lines += [f"☎️ {html.escape(phone)}" for phone in office.phones]
        buttons = (Button(self.content.title("office_locations", lang), "i:office_locations"),
                   Button(self.content.title("hotlines", lang), "i:hotlines")) + self._menu_button(lang)
        return Reply("\n".join(lines), "office_locations", lang, ANSWERED, 1.0, buttons,
                     self._venue(office_id, lang), office_id)

    def nearest_office(self, lat: float, lon: float, lang: str) -> Reply:
        """The office closest to a shared location. The location is not kept."""
        found = nearest_office(self.content.offices, lat, lon)
        if found is None:
            return self.offices(lang)
        office, km = found
        reply = self.office(office.id, lang)
        intro = self.ui("nearest_office", lang, name=office.name(lang), km=_round_km(km))
        return _replace(reply, text=f"{html.escape(intro)}\n\n{reply.text}")

    def callback(self, data: str, lang: str) -> Reply | None:
        """The reply to a pressed button, or None when the button is unknown or forged."""
        kind, _, value = (data or "").partition(":")
        if data == "menu":
            return self.menu(lang)
        if kind == "i" and value in self.content.intents and value != OUT_OF_SCOPE:
            return self.show(value, lang)
        if kind == "o" and value in self.content.offices:
            return self.office(value, lang)
        if kind == "lang" and value in self.languages:
            return self.set_language(value)
        return None

    # -- pieces ----------------------------------------------------------------------------
    def _menu_button(self, lang: str) -> tuple[Button, ...]:
        return (Button(self.ui("menu_button", lang), "menu"),)

    def _main_buttons(self, lang: str) -> tuple[Button, ...]:
        answer = self.content.answer("menu", lang)
        targets = answer.buttons if answer else ()
        return tuple(Button(self.content.title(t, lang), f"i:{t}") for t in targets if t in self.content.intents)

    def _venue(self, office_id: str, lang: str) -> Venue | None:
        office = self.content.offices.get(office_id)
        if office is None:
            return None
        return Venue(office.id, office.name(lang), _place(office), office.lat, office.lon)


def _place(office) -> str:
    """"Tapachula, Chiapas"; "Ciudad de México" once when city and state share the name."""
    return office.city if office.city == office.state else f"{office.city}, {office.state}"


def _round_km(km: float) -> str:
    return f"{km:.1f}" if km < 10 else f"{round(km):,}"


def _replace(reply: Reply, **changes: object) -> Reply:
    return replace(reply, **changes)


def _with(reply: Reply, analysis: Analysis | None, outcome: str) -> Reply:
    """The reply, carrying what the understanding decided (for counts and explanations)."""
    if analysis is None:
        return _replace(reply, outcome=outcome)
    return _replace(reply, outcome=outcome, confidence=analysis.confidence,
                    office=reply.office or analysis.office)
