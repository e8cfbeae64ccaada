"""Checks across the loaded content: topics, examples, answers, buttons and languages."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from . import telegram_html
from .checker import (MAX_CALLBACK_BYTES, MAX_TITLE, MIN_EXAMPLES, OFFICES_FILE, UI_KEYS, Checker, _texts,
                      check_dated, entries, suggest, value_at)
from .fact_checks import check_hotlines, check_offices, check_phones_in_texts
from .loader import Loaded
from .model import OUT_OF_SCOPE, REQUIRED_INTENTS, REQUIRED_OFFICES
from .problems import WARNING, Problem
from .yamlio import YamlDoc

__all__ = ["UI_KEYS", "run_checks"]



# --- topics and examples -------------------------------------------------------------------


def check_required(c: Checker) -> None:
    """Every required topic has a file; every required office is listed."""
    for intent in REQUIRED_INTENTS:
        if intent not in c.intent_ids:
            c.add(f"intents/{intent}.yml", 1, "missing_intent", intent=intent)
    doc = c.doc(OFFICES_FILE)
    if doc is None and c.exists(OFFICES_FILE):
        return  # unreadable file: its own problem is already reported
    listed = {str(item.get("id")) for _, item in entries(doc, "offices")}
    for office in REQUIRED_OFFICES:
        if office not in listed:
            c.add(OFFICES_FILE, doc.line("offices", "<key>") if doc else 1, "missing_office", office=office)


def check_examples(c: Checker) -> None:
    """Each topic has enough example phrases in every language."""
    for intent in c.content.intents.values():
        doc = c.doc(intent.source_file)
        if doc is None or value_at(doc.data, ("examples",)) is None:
            continue  # a missing `examples:` is reported by the loader
        for lang in c.content.languages:
            count = len(intent.examples.get(lang, ()))
            if count == 0:
                c.add(intent.source_file, doc.line("examples", "<key>"), "no_examples",
                      intent=intent.id, lang=lang, minimum=MIN_EXAMPLES)
            elif count < MIN_EXAMPLES:
                c.add(intent.source_file, doc.line("examples", lang, "<key>"), "few_examples", WARNING,
                      intent=intent.id, lang=lang, count=count, minimum=MIN_EXAMPLES)


def check_duplicate_examples(c: Checker) -> None:
    """The same phrase (after normalising) must not teach two topics, nor appear twice in one list."""
    seen: dict[str, tuple[str, str, str, int]] = {}  # normalised -> (intent, phrase, file, line)
    for intent_id in sorted(c.content.intents):
        intent = c.content.intents[intent_id]
        doc = c.doc(intent.source_file)
        examples = value_at(doc.data, ("examples",)) if doc else None
        for lang in sorted(examples) if isinstance(examples, dict) else []:
            written: dict[str, int] = {}  # this list's phrases as typed -> line
            for index, phrase in _texts(examples[lang]):
                line = doc.line("examples", lang, index)
                typed = " ".join(phrase.casefold().split())
                if typed in written:
                    c.add(intent.source_file, line, "repeated_example", WARNING,
                          phrase=phrase, other_line=written[typed])
                    continue
                written[typed] = line
                key = c.normalize(phrase)
                other = seen.setdefault(key, (intent_id, phrase, intent.source_file, line)) if key else None
                if other and other[0] != intent_id:
                    same = " ".join(other[1].casefold().split()) == typed
                    c.add(intent.source_file, line, "duplicate_example" if same else "similar_example",
                          phrase=phrase, other=other[0], other_phrase=other[1],
                          other_file=other[2], other_line=other[3])
    _check_look_alikes(c, seen)


def _check_look_alikes(c: Checker, examples: dict[str, tuple[str, str, str, int]]) -> None:
    """A look-alike ("not this topic") must not also be an example of a topic."""
    for intent_id in sorted(c.content.intents):
        intent = c.content.intents[intent_id]
        doc = c.doc(intent.source_file)
        look_alikes = value_at(doc.data, ("look_alikes",)) if doc else None
        for lang in sorted(look_alikes) if isinstance(look_alikes, dict) else []:
            for index, phrase in _texts(look_alikes[lang]):
                other = examples.get(c.normalize(phrase))
                if other and other[0] != OUT_OF_SCOPE:
                    c.add(intent.source_file, doc.line("look_alikes", lang, index), "look_alike_is_example",
                          phrase=phrase, other=other[0], other_file=other[2], other_line=other[3])


def check_callbacks(c: Checker) -> None:
    """Button data ("i:<topic>", "o:<office>") fits in Telegram's 64 bytes."""
    for intent in c.content.intents.values():
        data = f"i:{intent.id}"
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            doc = c.doc(intent.source_file)
            c.add(intent.source_file, doc.line("id") if doc else 1, "callback_too_long",
                  id=intent.id, size=len(data.encode()), maximum=MAX_CALLBACK_BYTES - 2)
    for where, item in entries(c.doc(OFFICES_FILE), "offices"):
        data = f"o:{item.get('id')}"
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            c.add(OFFICES_FILE, c.doc(OFFICES_FILE).line(*where, "id"), "callback_too_long",
                  id=item.get("id"), size=len(data.encode()), maximum=MAX_CALLBACK_BYTES - 2)


# --- answers -------------------------------------------------------------------------------


def check_answers(c: Checker) -> None:
    """Every topic answered in every language, every answer for a real topic, sendable as is."""
    known = c.intent_ids
    for intent in c.content.intents.values():
        if intent.id == OUT_OF_SCOPE:
            continue
        doc = c.doc(intent.source_file)
        for lang in c.content.languages:
            name = f"responses/{lang}/{intent.id}.yml"
            if (intent.id, lang) not in c.content.answers and not c.exists(name):
                c.add(intent.source_file, doc.line("id") if doc else 1, "no_answer", intent=intent.id, lang=lang)
    for answer in c.content.answers.values():
        doc = c.doc(answer.source_file)
        if doc is None:
            continue
        file = answer.source_file
        if answer.intent == OUT_OF_SCOPE:
            c.add(file, doc.line("intent"), "out_of_scope_answer", WARNING)
        elif answer.intent not in known:
            c.add(file, doc.line("intent"), "answer_without_intent", intent=answer.intent,
                  suggestion=suggest(answer.intent, known))
        _check_text(c, doc, file)
        if len(answer.title) > MAX_TITLE:
            c.add(file, doc.line("title"), "title_too_long", WARNING,
                  title=answer.title, length=len(answer.title), maximum=MAX_TITLE)
        buttons = value_at(doc.data, ("buttons",))
        for index, target in _texts(buttons if isinstance(buttons, list) else []):
            if target not in known or target == OUT_OF_SCOPE:
                guess = "" if target == OUT_OF_SCOPE else suggest(target, known - {OUT_OF_SCOPE})
                c.add(file, doc.line("buttons", index), "unknown_button", target=target, suggestion=guess)
        check_dated(c, file, doc, ())


def _check_text(c: Checker, doc: YamlDoc, file: str) -> None:
    text = value_at(doc.data, ("text",))
    if not isinstance(text, str):
        return  # missing or not text: reported by the loader
    if not text.strip():
        c.add(file, doc.line("text"), "empty_text")
        return
    for issue in telegram_html.check_html(text):
        c.add(file, c.text_line(doc, ("text",), issue.offset), issue.code, issue.severity, **issue.params)
    length = telegram_html.visible_length(text)
    if length > telegram_html.MAX_LENGTH:
        c.add(file, doc.line("text"), "text_too_long", length=length, maximum=telegram_html.MAX_LENGTH)


# --- per-language files ----------------------------------------------------------------------


def check_languages(c: Checker) -> None:
    """Each language has all interface sentences and a name for every office."""
    offices = {str(item.get("id")) for _, item in entries(c.doc(OFFICES_FILE), "offices")}
    for lang in c.content.languages:
        _check_ui(c, lang)
        name = f"responses/{lang}/_offices.yml"
        doc = c.doc(name)
        if doc is None and c.exists(name):
            continue
        data = doc.data if doc and isinstance(doc.data, dict) else {}
        for office in sorted(offices):
            text = data.get(office)
            if not (isinstance(text, dict) and str(text.get("name") or "").strip()):
                c.add(name, doc.line(office) if doc else 1, "missing_office_name", WARNING, office=office, lang=lang)
        for office in data if c.doc(OFFICES_FILE) else ():
            if str(office) not in offices:
                c.add(name, doc.line(office, "<key>"), "unknown_office", WARNING,
                      office=office, suggestion=suggest(str(office), offices))


def _check_ui(c: Checker, lang: str) -> None:
    name = f"responses/{lang}/_ui.yml"
    doc = c.doc(name)
    if doc is None:
        if not c.exists(name):
            c.add(name, 1, "missing_ui_file", lang=lang)
        return
    data = doc.data if isinstance(doc.data, dict) else {}
    for key in UI_KEYS:
        if not str(data.get(key) or "").strip():
            c.add(name, doc.line(key) if key in data else 1, "missing_ui", key=key, lang=lang)
    for key, value in data.items():  # most sentences are sent as Telegram HTML, as answers are
        for issue in telegram_html.check_html(value) if isinstance(value, str) else ():
            c.add(name, c.text_line(doc, (key,), issue.offset), issue.code, issue.severity, **issue.params)


CHECKS: tuple[Callable[[Checker], None], ...] = (
    check_required, check_examples, check_duplicate_examples, check_callbacks, check_answers,
    check_offices, check_hotlines, check_phones_in_texts, check_languages,
)


def run_checks(loaded: Loaded, today: dt.date, normalize: Callable[[str], str]) -> list[Problem]:
    """Problems that need the whole content; `loaded` must hold content."""
    checker = Checker(loaded, loaded.content, today, normalize)
    for check in CHECKS:
        check(checker)
    return checker.problems
