"""Messages that use a topic's words about something else, told by what they name.

The look-alike model (trained on each intent's `look_alikes`) weighs words; these few rules catch
what it keeps missing because the words are the topic's own: "traduceme esto al ingles" is not a
request to change the bot's language, "office hours of the consulate" is not about our offices,
"this bot is trash" is not a question about the bot. Each rule names the topic it stands against;
a message naming us (IOM, OIM, "ustedes") is left alone by the caller.
"""
from __future__ import annotations

import re

_LANGUAGES = r"(ingles|english|espanol|spanish|frances|french|creole|kreyol|portugues|portuguese|aleman|german|chino|chinese)"
_DEVICES = (r"(cel|celular|telefono|phone|iphone|android|ps4|ps5|xbox|switch|compu|computadora|laptop|pc|tele|tv|"
            r"whatsapp|face|facebook|instagram|tiktok|netflix|youtube|juego|game|teclado|keyboard|app|google|alexa)")

_NOT_ABOUT = {
    # Translating, learning or asking about a language is not asking the bot to switch languages.
    "change_language": re.compile(
        r"\b(traduce\w*|traducir|traduccion|traductor|translate|translation|translator|"
        r"como se dice|how (do|would) (you|u|i) say|(que|q) significa|what does [\w ]{1,20} mean|"
        r"(idioma|language|lenguaje) (de|del|of|on|in) (mi|my|el|la|the) " + _DEVICES + r"|"
        r"(mi|my|el|the) " + _DEVICES + r" (a|to|en|in) " + _LANGUAGES + r"|"
        r"(teach me|learn|aprender|ensename|clases? de|curso de|course|lessons?|school|escuela de|hw|homework|tarea de) (\w+ )?" + _LANGUAGES + r"|"
        + _LANGUAGES + r" (classes|lessons|school|course|teacher|hw|homework)|"
        r"(que|q|what) (idioma|language) (hablan|se habla|do they speak|is spoken))\b"),
    # Someone else's office: a consulate, a bank, a shop, a stadium; or the other kind of office.
    "office_locations": re.compile(
        r"\b(consulado|consulate|embajada|embassy|banco|bank|coppel|elektra|oxxo|walmart|soriana|imss|issste|"
        r"registro civil|oficina de pasaportes|passport office|passport photos?|dmv|cfe|telcel|estadio|stadium|cine|"
        r"the office (season|show|series|tv)|microsoft office|office 365|office (word|excel))\b"),
    # An insult or a jibe is not a question about the bot.
    "about": re.compile(
        r"\b(idiota|inutil(es)?|mens[oa]|pendej[oa]|estupid[oa]|tont[oa]|basura|trash|stupid|useless|dumb|sucks?|"
        r"boring|aburrido|tu mama|your mom|ur mom)\b"),
}


def names_something_else(topic: str, normalized: str) -> bool:
    """Whether the message uses `topic`'s words about something that is not that topic."""
    rule = _NOT_ABOUT.get(topic)
    return bool(rule and rule.search(normalized))
