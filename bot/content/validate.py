"""Validate the content folders: every problem, worded for the staff who edit them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..understanding.normalize import normalize
from .checks import run_checks
from .loader import load_content
from .model import Content
from .problems import ERROR, WARNING, ContentError, Problem, describe, has_errors

_LABELS = {"es": {ERROR: "error", WARNING: "aviso"}, "en": {ERROR: "error", WARNING: "warning"}}
_SUMMARY = {
    "es": (("error", "errores"), ("aviso", "avisos")),
    "en": (("error", "errors"), ("warning", "warnings")),
}


def _collect(root: Path, today: dt.date | None) -> tuple[Content | None, list[Problem]]:
    loaded = load_content(root)
    problems = list(loaded.problems)
    if loaded.content is not None:
        problems += run_checks(loaded, today or dt.date.today(), normalize)
    return loaded.content, sorted(problems, key=lambda p: (p.file, p.line))


def validate(root: Path, today: dt.date | None = None) -> list[Problem]:
    """Every problem in the content under `root`, sorted by file and line."""
    return _collect(Path(root), today)[1]


def load_checked(root: Path, today: dt.date | None = None) -> Content:
    """The content under `root`; raise ContentError when it has errors (warnings are fine)."""
    content, problems = _collect(Path(root), today)
    if content is None or has_errors(problems):
        raise ContentError(problems)
    return content


def report(problems: list[Problem], lang: str = "es") -> str:
    """One line per problem (`file:line: error: …`), then a count such as "2 errores, 3 avisos"."""
    labels = _LABELS.get(lang, _LABELS["en"])
    lines = [f"{p.file}:{p.line}: {labels.get(p.severity, p.severity)}: {describe(p.code, lang, p.params)}"
             for p in problems]
    errors = sum(p.severity == ERROR for p in problems)
    (error_one, error_many), (warning_one, warning_many) = _SUMMARY.get(lang, _SUMMARY["en"])
    warnings = len(problems) - errors
    lines.append(f"{errors} {error_one if errors == 1 else error_many}, "
                 f"{warnings} {warning_one if warnings == 1 else warning_many}")
    return "\n".join(lines)
