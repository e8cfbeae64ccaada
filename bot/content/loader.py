"""Load intents, answers, offices and hotlines from the content folders into `Content`."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import schema
from .model import Answer, Content, Hotline, Intent, Office, OUT_OF_SCOPE, freeze
from .problems import ERROR, WARNING, Problem, relative
from .yamlio import YamlDoc, YamlSyntaxError, read_yaml

ID = re.compile(r"^[a-z][a-z0-9_]*$")
LANG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]+)?$")


@dataclass
class Loaded:
    """Content as far as it could be built, every problem met on the way, and the parsed files."""

    root: Path
    content: Content | None = None
    problems: list[Problem] = field(default_factory=list)
    docs: dict[str, YamlDoc] = field(default_factory=dict)

    def add(self, file: str, line: int, code: str, severity: str = ERROR, **params: object) -> None:
        self.problems.append(Problem(file, line, code, severity, params))


def _read(loaded: Loaded, path: Path) -> YamlDoc | None:
    name = relative(path, loaded.root)
    try:
        doc = read_yaml(path)
    except YamlSyntaxError as error:
        if error.problem == "not-utf8":
            loaded.add(name, error.line, "not_utf8")
        else:
            loaded.add(name, error.line, "yaml_syntax", column=error.column, problem=error.problem)
        return None
    for key, line in doc.duplicate_keys:
        loaded.add(name, line, "duplicate_key", key=key)
    loaded.docs[name] = doc
    if doc.data is None:
        loaded.add(name, 1, "empty_file")
        return None
    return doc


def _mapping(loaded: Loaded, doc: YamlDoc, expected: str) -> dict | None:
    if isinstance(doc.data, dict):
        return doc.data
    loaded.add(relative(doc.path, loaded.root), 1, "not_mapping", expected=expected)
    return None


def _strings(loaded: Loaded, doc: YamlDoc, value: object, where: tuple, key: str) -> tuple[str, ...]:
    """A list of non-empty strings (numbers are accepted and turned into text)."""
    name = relative(doc.path, loaded.root)
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        value = [value]
    if not isinstance(value, list):
        loaded.add(name, doc.line(*where), "wrong_type", key=key, expected=_LIST_OF_TEXT)
        return ()
    items: list[str] = []
    for index, item in enumerate(value):
        if isinstance(item, (dict, list)) or item is None or str(item).strip() == "":
            loaded.add(name, doc.line(*where, index), "empty_example" if not item else "wrong_type",
                       key=key, expected=_LIST_OF_TEXT)
            continue
        items.append(str(item).strip())
    return tuple(items)


_LIST_OF_TEXT = "una lista de frases / a list of phrases"


def _by_language(loaded: Loaded, doc: YamlDoc, value: object, key: str) -> dict[str, tuple[str, ...]]:
    name = relative(doc.path, loaded.root)
    if value is None:
        return {}
    if not isinstance(value, dict):
        loaded.add(name, doc.line(key), "wrong_type", key=key,
                   expected="una lista por idioma (es:, en:) / a list per language (es:, en:)")
        return {}
    result = {}
    for lang, items in value.items():
        lang = str(lang)
        if not LANG.match(lang):
            loaded.add(name, doc.line(key, lang, "<key>"), "unknown_language", lang=lang)
            continue
        result[lang] = _strings(loaded, doc, items, (key, lang), f"{key}: {lang}")
    return result


def _topic_file(loaded: Loaded, path: Path, id_key: str,
                shape: schema.Shape) -> tuple[YamlDoc, dict, str, str] | None:
    """Read one file named after its intent; its id is the file name, whatever the file says."""
    doc = _read(loaded, path)
    data = _mapping(loaded, doc, id_key) if doc else None
    if data is None:
        return None
    name = relative(path, loaded.root)
    loaded.problems += schema.check_keys(doc, name, data, shape)
    intent_id = str(data.get(id_key, path.stem))
    if intent_id != path.stem:
        loaded.add(name, doc.line(id_key), "id_mismatch", found=intent_id, expected=path.stem)
    return doc, data, name, path.stem


def _load_intents(loaded: Loaded) -> dict[str, Intent]:
    intents: dict[str, Intent] = {}
    for path in sorted((loaded.root / "intents").glob("*.yml")):
        found = _topic_file(loaded, path, "id", schema.INTENT)
        if found is None:
            continue
        doc, data, name, intent_id = found
        if not ID.match(intent_id):
            loaded.add(name, doc.line("id"), "bad_id", found=intent_id)
            continue
        intents[intent_id] = Intent(
            id=intent_id,
            examples=freeze(_by_language(loaded, doc, data.get("examples"), "examples")),
            keywords=freeze(_by_language(loaded, doc, data.get("keywords"), "keywords")),
            look_alikes=freeze(_by_language(loaded, doc, data.get("look_alikes"), "look_alikes")),
            source_file=name,
        )
    return intents


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _load_answers(loaded: Loaded, languages: list[str]) -> dict[tuple[str, str], Answer]:
    answers: dict[tuple[str, str], Answer] = {}
    for lang in languages:
        for path in sorted((loaded.root / "responses" / lang).glob("*.yml")):
            if path.stem.startswith("_"):
                continue
            found = _topic_file(loaded, path, "intent", schema.ANSWER)
            if found is None:
                continue
            doc, data, name, intent_id = found
            for key in ("title", "text"):
                if key in data and not isinstance(data[key], str):
                    loaded.add(name, doc.line(key), "wrong_type", key=key, expected="texto / text")
            if "reviewed" in data and _date(data["reviewed"]) is None:
                loaded.add(name, doc.line("reviewed"), "wrong_type", key="reviewed",
                           expected="una fecha como 2026-11-22 / a date such as 2026-11-22")
            answers[(intent_id, lang)] = Answer(
                intent=intent_id, lang=lang,
                title=str(data.get("title") or intent_id).strip(),
                text=str(data.get("text") or "").strip(),
                buttons=_strings(loaded, doc, data.get("buttons"), ("buttons",), "buttons"),
                sources=_strings(loaded, doc, data.get("sources"), ("sources",), "sources"),
                reviewed=_date(data.get("reviewed")),
                source_file=name,
            )
    return answers


def _entries(loaded: Loaded, path: Path, key: str, shape: schema.Shape) -> list[tuple[dict, tuple, YamlDoc]]:
    doc = _read(loaded, path) if path.exists() else None
    data = _mapping(loaded, doc, key) if doc else None
    if data is None:
        return []
    name = relative(path, loaded.root)
    items = data.get(key)
    if not isinstance(items, list):
        loaded.add(name, doc.line(key), "wrong_type", key=key, expected=_LIST_OF_TEXT)
        return []
    result = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            loaded.add(name, doc.line(key, index), "wrong_type", key=key, expected="id: ...")
            continue
        loaded.problems += schema.check_keys(doc, name, item, shape, (key, index))
        if all(k in item for k in shape.required):
            result.append((item, (key, index), doc))
    return result


def _number(loaded: Loaded, doc: YamlDoc, item: dict, where: tuple, key: str) -> float:
    try:
        return float(item[key])
    except (TypeError, ValueError):
        loaded.add(relative(doc.path, loaded.root), doc.line(*where, key), "wrong_type",
                   key=key, expected="un número como 19.43 / a number such as 19.43")
        return float("nan")


def _load_offices(loaded: Loaded, languages: list[str]) -> dict[str, Office]:
    texts: dict[str, dict] = {}
    for lang in languages:
        path = loaded.root / "responses" / lang / "_offices.yml"
        doc = _read(loaded, path) if path.exists() else None
        data = _mapping(loaded, doc, "mexico_city") if doc else None
        for office_id, text in (data or {}).items():
            if isinstance(text, dict):
                loaded.problems += schema.check_keys(doc, relative(path, loaded.root), text,
                                                     schema.OFFICE_TEXT, (office_id,))
                texts.setdefault(str(office_id), {})[lang] = text
    offices: dict[str, Office] = {}
    for item, where, doc in _entries(loaded, loaded.root / "facts" / "offices.yml", "offices", schema.OFFICE):
        office_id = str(item["id"])
        localised = texts.get(office_id, {})
        offices[office_id] = Office(
            id=office_id, city=str(item["city"]), state=str(item["state"]),
            lat=_number(loaded, doc, item, where, "lat"), lon=_number(loaded, doc, item, where, "lon"),
            phones=_strings(loaded, doc, item.get("phones"), where + ("phones",), "phones"),
            aliases=_strings(loaded, doc, item.get("aliases"), where + ("aliases",), "aliases"),
            verified=bool(item.get("verified", False)),
            names=freeze({lang: str(t.get("name", "")) for lang, t in localised.items()}),
            notes=freeze({lang: str(t.get("note", "")) for lang, t in localised.items()}),
        )
    return offices


def _load_hotlines(loaded: Loaded) -> dict[str, Hotline]:
    hotlines = {}
    for item, where, doc in _entries(loaded, loaded.root / "facts" / "hotlines.yml", "hotlines", schema.HOTLINE):
        hotlines[str(item["id"])] = Hotline(
            id=str(item["id"]), number=str(item["number"]).strip(),
            verified=bool(item.get("verified", False)),
            sources=_strings(loaded, doc, item.get("sources"), where + ("sources",), "sources"),
        )
    return hotlines


def _load_ui(loaded: Loaded, languages: list[str]) -> dict[str, dict]:
    ui = {}
    for lang in languages:
        path = loaded.root / "responses" / lang / "_ui.yml"
        doc = _read(loaded, path) if path.exists() else None
        data = _mapping(loaded, doc, "welcome") if doc else None
        ui[lang] = freeze({str(k): str(v).strip() for k, v in (data or {}).items() if v is not None})
    return ui


def find_languages(root: Path) -> list[str]:
    """Languages are the folders under responses/ (es, en, and any added later)."""
    folder = root / "responses"
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and LANG.match(p.name))


def load_content(root: Path) -> Loaded:
    """Read every content file under `root`; collect problems instead of stopping at the first."""
    loaded = Loaded(root=root)
    if not (root / "intents").is_dir() or not (root / "responses").is_dir():
        loaded.add(str(root), 1, "no_content")
        return loaded
    languages = find_languages(root)
    intents = _load_intents(loaded)
    answers = _load_answers(loaded, languages)
    offices = _load_offices(loaded, languages)
    hotlines = _load_hotlines(loaded)
    ui = _load_ui(loaded, languages)
    for intent in intents.values():
        for lang in intent.examples:
            if lang not in languages:
                line = loaded.docs[intent.source_file].line("examples", lang, "<key>")
                loaded.add(intent.source_file, line, "unknown_language", WARNING, lang=lang)
    loaded.content = Content(
        intents=freeze(intents), answers=freeze(answers), offices=freeze(offices),
        hotlines=freeze(hotlines), ui=freeze(ui), languages=tuple(languages), root=str(root),
    )
    return loaded


__all__ = ["Loaded", "load_content", "find_languages", "OUT_OF_SCOPE"]
