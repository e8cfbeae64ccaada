"""Checks across the loaded content: topics, answers, buttons, phones, places and dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterator

from rapidfuzz import process

from . import phones, telegram_html
from .loader import Loaded
from .model import OUT_OF_SCOPE, REQUIRED_INTENTS, REQUIRED_OFFICES, Content
from .problems import ERROR, WARNING, Problem
from .yamlio import YamlDoc

MIN_EXAMPLES = 40
MAX_TITLE = 40  # longer button labels get cut on phones
MAX_CALLBACK_BYTES = 64  # Telegram's limit for a button's data
MAX_AGE_DAYS = 180
MEXICO_LAT, MEXICO_LON = (14.3, 32.8), (-118.6, -86.6)
UI_KEYS: tuple[str, ...] = (
    "language_name", "welcome", "choose_language", "language_set", "menu_button", "did_you_mean",
    "not_understood", "empty_message", "too_long", "text_only", "flood", "exit_done",
    "share_location_button", "share_location_hint", "nearest_office", "office_list_intro",
    "unknown_command", "error", "emergency_prefix",
)
OFFICES_FILE, HOTLINES_FILE = "facts/offices.yml", "facts/hotlines.yml"
_BLOCK_SCALAR = re.compile(r"\|[1-9+-]{0,2}\s*(#.*)?$")  # `text: |` — one text line per file line


@dataclass
class Checker:
    """Shared state of one run: the loaded files, today's date, and the problems found."""

    loaded: Loaded
    content: Content
    today: dt.date
    normalize: Callable[[str], str]
    problems: list[Problem] = field(default_factory=list)
    _sources: dict[Path, list[str]] = field(default_factory=dict)

    def add(self, file: str, line: int, code: str, severity: str = ERROR, **params: object) -> None:
        self.problems.append(Problem(file, line, code, severity, params))

    def doc(self, name: str) -> YamlDoc | None:
        return self.loaded.docs.get(name)

    def exists(self, name: str) -> bool:
        return (self.loaded.root / name).is_file()

    @cached_property
    def intent_ids(self) -> set[str]:
        """Topics that exist: loaded, or present as a file that failed to load (already reported)."""
        on_disk = {path.stem for path in (self.loaded.root / "intents").glob("*.yml")}
        return set(self.content.intents) | on_disk

    def text_line(self, doc: YamlDoc, where: tuple, offset: int) -> int:
        """File line of character `offset` of the text at `where` (exact for `|` blocks)."""
        line = doc.line(*where)
        if doc.path not in self._sources:
            self._sources[doc.path] = _source_lines(doc.path)
        source = self._sources[doc.path]
        value = value_at(doc.data, where)
        if isinstance(value, str) and 0 < line <= len(source) and _BLOCK_SCALAR.search(source[line - 1]):
            return line + 1 + value.count("\n", 0, offset)
        return line


def _source_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def value_at(data: Any, where: tuple) -> Any:
    """The value at `where` inside parsed YAML, or None."""
    for step in where:
        if isinstance(data, dict) and step in data:
            data = data[step]
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


def entries(doc: YamlDoc | None, key: str) -> Iterator[tuple[tuple, dict]]:
    """(where, item) for each mapping in the list under `key` (facts files)."""
    items = value_at(doc.data, (key,)) if doc else None
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            yield (key, index), item


def _texts(value: Any) -> list[tuple[int, str]]:
    """(index, text) of a value that may be one text or a list of texts."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [(-1, str(value))]
    items = value if isinstance(value, list) else []
    return [(i, str(v)) for i, v in enumerate(items) if isinstance(v, (str, int, float)) and not isinstance(v, bool)]


def suggest(word: str, choices: set[str]) -> str:
    """The closest of `choices` to `word`, or "" when none is close."""
    guess = process.extractOne(word, sorted(choices), score_cutoff=60)
    return guess[0] if guess else ""


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


def check_dated(c: Checker, file: str, doc: YamlDoc, where: tuple) -> None:
    """`reviewed` not too old nor in the future; `sources` not left empty."""
    item = value_at(doc.data, where)
    if not isinstance(item, dict):
        return
    reviewed = _date(item.get("reviewed"))
    if reviewed is not None:
        age = (c.today - reviewed).days
        if age > MAX_AGE_DAYS:
            c.add(file, doc.line(*where, "reviewed"), "reviewed_old", WARNING,
                  date=reviewed.isoformat(), days=age, maximum=MAX_AGE_DAYS)
        elif age < 0:
            c.add(file, doc.line(*where, "reviewed"), "reviewed_future", WARNING, date=reviewed.isoformat())
    if "sources" in item and not _texts(item["sources"] or []):
        c.add(file, doc.line(*where, "sources"), "no_sources", WARNING)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None  # not a date: reported by the loader


# --- facts: offices, hotlines and the phones in texts --------------------------------------


def check_offices(c: Checker) -> None:
    """Offices: inside Mexico, phones that dial, confirmed, reviewed."""
    doc = c.doc(OFFICES_FILE)
    for where, item in entries(doc, "offices"):
        office = str(item.get("id", ""))
        _check_coordinates(c, doc, where, item, office)
        for index, number in _texts(item.get("phones") or []):
            _check_number(c, OFFICES_FILE, doc.line(*where, "phones", *([index] if index >= 0 else [])), number)
        if item.get("verified") is not True:
            c.add(OFFICES_FILE, doc.line(*where, "verified"), "unverified_office", WARNING, office=office)
        check_dated(c, OFFICES_FILE, doc, where)


def _check_coordinates(c: Checker, doc: YamlDoc, where: tuple, item: dict, office: str) -> None:
    try:
        lat, lon = float(item["lat"]), float(item["lon"])
    except (KeyError, TypeError, ValueError):
        return  # missing or not a number: reported by the loader
    inside = MEXICO_LAT[0] <= lat <= MEXICO_LAT[1] and MEXICO_LON[0] <= lon <= MEXICO_LON[1]
    if inside:
        return
    if MEXICO_LAT[0] <= lon <= MEXICO_LAT[1] and MEXICO_LON[0] <= lat <= MEXICO_LON[1]:
        code = "coordinates_swapped"
    elif MEXICO_LAT[0] <= lat <= MEXICO_LAT[1] and MEXICO_LON[0] <= -lon <= MEXICO_LON[1]:
        code = "coordinates_east"  # the minus sign of the longitude was dropped
    else:
        code = "coordinates_outside"
    c.add(OFFICES_FILE, doc.line(*where, "lat"), code, office=office, lat=item["lat"], lon=item["lon"])


def check_hotlines(c: Checker) -> None:
    """Hotlines: numbers that dial, confirmed, reviewed."""
    doc = c.doc(HOTLINES_FILE)
    for where, item in entries(doc, "hotlines"):
        if "number" in item:
            _check_number(c, HOTLINES_FILE, doc.line(*where, "number"), str(item["number"]))
        if item.get("verified") is not True:
            c.add(HOTLINES_FILE, doc.line(*where, "verified"), "unverified_hotline", WARNING,
                  hotline=item.get("id", ""), number=item.get("number", ""))
        check_dated(c, HOTLINES_FILE, doc, where)


def _check_number(c: Checker, file: str, line: int, number: str) -> phones.Phone:
    phone = phones.check_phone(number)
    if phone.problem:
        c.add(file, line, phone.problem, number=phone.written, example=phones.EXAMPLE)
    return phone


def listed_phones(c: Checker) -> set[str]:
    """Keys of every number kept in facts/hotlines.yml and facts/offices.yml."""
    numbers = [str(item.get("number", "")) for _, item in entries(c.doc(HOTLINES_FILE), "hotlines")]
    for _, item in entries(c.doc(OFFICES_FILE), "offices"):
        numbers += [number for _, number in _texts(item.get("phones") or [])]
    return {phones.check_phone(number).key for number in numbers if number.strip()}


def check_phones_in_texts(c: Checker) -> None:
    """Numbers written in answers, office notes and interface sentences dial and are listed."""
    listed = listed_phones(c)
    for file, doc, where in _people_texts(c):
        text = value_at(doc.data, where)
        for offset, written in phones.find_phones(telegram_html.mask_markup(text)):
            line = c.text_line(doc, where, offset)
            phone = _check_number(c, file, line, written)
            if not phone.problem and phone.key not in listed:
                c.add(file, line, "phone_unlisted", WARNING, number=written)


def _people_texts(c: Checker) -> Iterator[tuple[str, YamlDoc, tuple]]:
    """(file, doc, where) of every text shown to people."""
    for answer in c.content.answers.values():
        doc = c.doc(answer.source_file)
        if doc and isinstance(value_at(doc.data, ("text",)), str):
            yield answer.source_file, doc, ("text",)
    for lang in c.content.languages:
        for name in (f"responses/{lang}/_offices.yml", f"responses/{lang}/_ui.yml"):
            doc = c.doc(name)
            data = doc.data if doc and isinstance(doc.data, dict) else {}
            for key, value in data.items():
                if isinstance(value, str):
                    yield name, doc, (key,)
                for sub, text in (value.items() if isinstance(value, dict) else []):
                    if isinstance(text, str):
                        yield name, doc, (key, sub)


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
