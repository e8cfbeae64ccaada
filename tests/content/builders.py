"""Build content folders for tests: a small valid base, and ways to break it.

`content_dir` passes `validate` with no problem at all, so each test adds exactly one mistake
and can assert the exact lines that come out. The folders in tests/data/<problem>/ hold only
the files that differ from this base (same layout: intents/, responses/<lang>/, facts/);
`broken("<problem>")` lays them over a fresh base.
"""
from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from pathlib import Path

from bot.content.checks import UI_KEYS
from bot.content.model import OUT_OF_SCOPE, REQUIRED_INTENTS, REQUIRED_OFFICES
from bot.content.problems import Problem
from bot.content.validate import validate

TODAY = dt.date(2026, 11, 22)
REVIEWED = "2026-11-01"
LANGS = ("es", "en")
DATA = Path(__file__).resolve().parent.parent / "data"
REPO = Path(__file__).resolve().parents[2]
OFFICE_PLACES = {  # id -> (lat, lon): city centres, all inside Mexico
    "mexico_city": (19.4326, -99.1332), "tapachula": (14.9058, -92.2643),
    "tuxtla_gutierrez": (16.7528, -93.1152), "ciudad_juarez": (31.7398, -106.4869),
    "acayucan": (17.9492, -94.9142),
}
_SYLLABLES = ["".join(pair) for pair in itertools.product("bcdfglmnprstv", "aeiou")]


def phrases(intent: str, lang: str, count: int = 40) -> list[str]:
    """`count` example phrases that stay distinct after normalising."""
    return [f"{intent.replace('_', ' ')} {lang} ejemplo {_SYLLABLES[i]}{_SYLLABLES[-1 - i]}" for i in range(count)]


def write(root: Path, name: str, text: str) -> Path:
    """Write `text` (dedented) to `root/name`."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def intent_file(intent: str, count: int = 40) -> str:
    lines = [f"id: {intent}", "examples:"]
    for lang in LANGS:
        lines += [f"  {lang}:"] + [f"    - {p}" for p in phrases(intent, lang, count)]
    return "\n".join(lines) + "\n"


def answer_file(intent: str, lang: str, text: str = "", buttons: str = "[menu]", title: str = "") -> str:
    body = text or f"<b>{intent}</b>\nRespuesta corta ({lang}).\nLlama al 911 si estás en peligro."
    indented = "\n".join(f"  {line}" for line in body.splitlines())
    title = title or intent.replace("_", " ").capitalize()
    return (f"intent: {intent}\ntitle: {title}\ntext: |\n{indented}\n"
            f"buttons: {buttons}\nsources: [\"Fuente de prueba\"]\nreviewed: {REVIEWED}\n")


def build_base(root: Path) -> Path:
    """A complete, valid content root: required topics, both languages, offices, hotlines."""
    for intent in (*REQUIRED_INTENTS, OUT_OF_SCOPE):
        write(root, f"intents/{intent}.yml", intent_file(intent))
    for lang in LANGS:
        for intent in REQUIRED_INTENTS:
            write(root, f"responses/{lang}/{intent}.yml", answer_file(intent, lang))
        write(root, f"responses/{lang}/_ui.yml", "".join(f'{key}: "{key} ({lang})"\n' for key in UI_KEYS))
        write(root, f"responses/{lang}/_offices.yml",
              "".join(f"{office}:\n  name: \"Oficina {office}\"\n" for office in REQUIRED_OFFICES))
    offices = ["offices:"]
    for office, (lat, lon) in OFFICE_PLACES.items():
        offices += [f"  - id: {office}", f"    city: {office}", "    state: Estado", f"    lat: {lat}",
                    f"    lon: {lon}", '    phones: ["+52 55 5536 3922"]', "    verified: true",
                    '    sources: ["Fuente de prueba"]', f"    reviewed: {REVIEWED}"]
    write(root, "facts/offices.yml", "\n".join(offices) + "\n")
    write(root, "facts/hotlines.yml", f"""
        hotlines:
          - id: emergency_911
            number: "911"
            verified: true
            sources: ["Fuente de prueba"]
            reviewed: {REVIEWED}
          - id: anti_trafficking_800
            number: "800 5533 000"
            verified: true
            sources: ["Fuente de prueba"]
            reviewed: {REVIEWED}
        """)
    return root


def rendered(root: Path, lang: str = "en") -> list[str]:
    """Every problem of `root` as staff read it."""
    return [problem.render(lang) for problem in validate(root, TODAY)]


def codes(root: Path) -> list[tuple[str, str, int, str]]:
    """(code, file, line, severity) of every problem of `root`."""
    return [(p.code, p.file, p.line, p.severity) for p in validate(root, TODAY)]


def only(root: Path) -> Problem:
    """The single problem of `root` (fails when there are none or several)."""
    problems = validate(root, TODAY)
    assert len(problems) == 1, [p.render("en") for p in problems]
    return problems[0]


def replace(root: Path, name: str, old: str, new: str) -> None:
    """Replace the first `old` in `root/name` by `new` (fails when `old` is not there)."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
