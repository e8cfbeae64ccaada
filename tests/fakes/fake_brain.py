"""A tiny brain with the API of bot.dialogue.brain.Brain, for adapter work while the real one is
written. The Telegram tests use the real Brain; this stays for quick experiments."""
from __future__ import annotations

from bot.dialogue.reply import Button, Reply, Venue

_UI = {
    "es": {"welcome": "<b>Hola</b>, soy Brújula.", "menu_button": "Menú", "text_only":
           "Solo leo texto.", "flood": "Vas muy rápido.", "exit_done": "Listo.", "error":
           "Algo falló.", "unknown_command": "No conozco esa orden.", "share_location_button":
           "Enviar mi ubicación", "share_location_hint": "Comparte tu ubicación."},
    "en": {"welcome": "<b>Hi</b>, I am Brújula.", "menu_button": "Menu", "text_only":
           "I only read text.", "flood": "Slow down.", "exit_done": "Done.", "error":
           "Something failed.", "unknown_command": "Unknown command.", "share_location_button":
           "Send my location", "share_location_hint": "Share your location."},
}
_OFFICE = Venue("tapachula", "OIM Tapachula", "Tapachula, Chiapas", 14.9058, -92.2643)


class FakeBrain:
    """Answers a handful of phrases; enough to drive the adapter."""

    languages = ("en", "es")

    def pick_lang(self, hint: str | None = None, chosen: str | None = None) -> str:
        hint = (hint or "")[:2].lower()
        return chosen or (hint if hint in self.languages else "es")

    def ui(self, key: str, lang: str, **values: object) -> str:
        return _UI[lang].get(key, key).format(**values)

    def _reply(self, text: str, intent: str, lang: str, **kw: object) -> Reply:
        return Reply(text=text, intent=intent, lang=lang, **kw)  # type: ignore[arg-type]

    def respond(self, text: str, chosen_lang: str | None = None, hint_lang: str | None = None) -> Reply:
        low = text.lower()
        lang = "en" if any(w in low for w in ("hello", "help", "home", "english")) else \
            ("es" if any(w in low for w in ("hola", "ayuda", "casa")) else self.pick_lang(hint_lang, chosen_lang))
        if "auxilio" in low or "help me" in low:
            return self._reply("<b>911</b> now", "emergency", lang, outcome="emergency")
        if "english" in low:
            return self._reply("OK, English.", "change_language", lang, set_lang="en")
        return self._reply(f"<b>{lang}</b> answer", "return_home", lang,
                           buttons=(Button("Oficinas", "i:office_locations"),))

    def welcome(self, lang: str) -> Reply:
        return self._reply(_UI[lang]["welcome"], "greeting", lang,
                           buttons=(Button("Español", "lang:es"), Button("English", "lang:en")))

    def menu(self, lang: str) -> Reply:
        return self._reply("Menú", "menu", lang, buttons=(Button("Volver", "i:return_home"),))

    def choose_language(self, lang: str) -> Reply:
        return self._reply("Idioma", "change_language", lang,
                           buttons=(Button("Español", "lang:es"), Button("English", "lang:en")))

    def offices(self, lang: str) -> Reply:
        return self._reply("Oficinas", "office_locations", lang, ask_location=True)

    def hotlines(self, lang: str) -> Reply:
        return self._reply("911", "hotlines", lang)

    def privacy(self, lang: str) -> Reply:
        return self._reply("Privacidad", "privacy", lang)

    def nearest_office(self, lat: float, lon: float, lang: str) -> Reply:
        return self._reply("Tapachula, 3 km", "office_locations", lang, venue=_OFFICE, office="tapachula")

    def callback(self, data: str, lang: str) -> Reply | None:
        if data.startswith("lang:") and data[5:] in self.languages:
            return self._reply("OK", "change_language", data[5:], set_lang=data[5:])
        if data == "menu":
            return self.menu(lang)
        if data.startswith("i:"):
            return self._reply(f"topic {data[2:]}", data[2:], lang)
        return None
