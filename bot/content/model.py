"""The curated content as frozen dataclasses: what every other layer reads."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

REQUIRED_INTENTS: tuple[str, ...] = (
    "greeting", "menu", "return_home", "returnee_reintegration", "trafficking_info",
    "smuggling_risks", "kidnapping_extortion", "office_locations", "hotlines", "emergency",
    "child_protection", "health_services", "rights_complaints", "asylum_refuge", "about",
    "privacy", "thanks", "goodbye", "change_language",
)
OUT_OF_SCOPE = "out_of_scope"
EMERGENCY = "emergency"
REQUIRED_OFFICES: tuple[str, ...] = (
    "mexico_city", "tapachula", "tuxtla_gutierrez", "ciudad_juarez", "acayucan",
)


@dataclass(frozen=True)
class Intent:
    """A topic people ask about, with example phrases per language."""

    id: str
    examples: Mapping[str, tuple[str, ...]]
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Phrases that share words with this topic but are not about it ("quiero regresar a la escuela"):
    # they teach the bot to decline, never to answer.
    look_alikes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    source_file: str = ""


@dataclass(frozen=True)
class Answer:
    """The curated answer to one intent in one language."""

    intent: str
    lang: str
    title: str
    text: str
    buttons: tuple[str, ...]
    sources: tuple[str, ...]
    reviewed: dt.date | None
    source_file: str = ""


@dataclass(frozen=True)
class Office:
    """One office: facts kept once, localised names and notes per language."""

    id: str
    city: str
    state: str
    lat: float
    lon: float
    phones: tuple[str, ...]
    aliases: tuple[str, ...]
    verified: bool
    names: Mapping[str, str] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        """The office's name in `lang`, else its city."""
        return self.names.get(lang) or f"{self.city}, {self.state}"


@dataclass(frozen=True)
class Hotline:
    """A public phone number the answers may mention."""

    id: str
    number: str
    verified: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    """Everything the brain knows, loaded and checked."""

    intents: Mapping[str, Intent]
    answers: Mapping[tuple[str, str], Answer]  # (intent, lang) -> Answer
    offices: Mapping[str, Office]
    hotlines: Mapping[str, Hotline]
    ui: Mapping[str, Mapping[str, object]]  # lang -> key -> text
    languages: tuple[str, ...]
    root: str = ""

    def answer(self, intent: str, lang: str) -> Answer | None:
        """The answer for `intent` in `lang`, falling back to the first language that has one."""
        found = self.answers.get((intent, lang))
        if found is None:
            for other in self.languages:
                found = self.answers.get((intent, other))
                if found:
                    break
        return found

    def text(self, key: str, lang: str, **values: object) -> str:
        """A user-interface sentence from responses/<lang>/_ui.yml, with {values} filled in."""
        for candidate in (lang, *self.languages):
            template = self.ui.get(candidate, {}).get(key)
            if isinstance(template, str):
                try:
                    return template.format(**values)
                except (KeyError, IndexError, ValueError):
                    return template
        return key

    def title(self, intent: str, lang: str) -> str:
        """The short button label of an intent in `lang`."""
        answer = self.answer(intent, lang)
        return answer.title if answer else intent.replace("_", " ")


def freeze(mapping: dict) -> Mapping:
    """A read-only view of `mapping`."""
    return MappingProxyType(mapping)
