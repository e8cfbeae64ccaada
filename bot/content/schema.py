"""Which keys each kind of content file may and must have, with "did you mean" help."""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process

from .problems import Problem, WARNING
from .yamlio import YamlDoc


@dataclass(frozen=True)
class Shape:
    """Allowed and required keys of one mapping in a content file."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


INTENT = Shape(("id", "examples"), ("keywords", "look_alikes", "notes"))
ANSWER = Shape(("intent", "title", "text"), ("buttons", "sources", "reviewed", "notes"))
OFFICE = Shape(
    ("id", "city", "state", "lat", "lon", "phones"),
    ("aliases", "verified", "sources", "reviewed", "approximate", "notes"),
)
HOTLINE = Shape(("id", "number"), ("verified", "sources", "reviewed", "notes"))
OFFICE_TEXT = Shape(("name",), ("note", "address"))
RECOMMENDED = ("sources", "reviewed")  # missing: a warning, not an error


def check_keys(doc: YamlDoc, file: str, mapping: dict, shape: Shape, where: tuple = ()) -> list[Problem]:
    """Unknown keys (with a suggestion) and missing required keys of `mapping`."""
    problems: list[Problem] = []
    for key in mapping:
        if key not in shape.allowed:
            guess = process.extractOne(str(key), shape.allowed, score_cutoff=60)
            problems.append(Problem(file, doc.line(*where, key, "<key>"), "unknown_key",
                                    params={"key": key, "suggestion": guess[0] if guess else ""}))
    for key in shape.required:
        if key not in mapping:
            problems.append(Problem(file, doc.line(*where), "missing_key", params={"key": key}))
    for key in RECOMMENDED:
        if key in shape.optional and key not in mapping:
            problems.append(Problem(file, doc.line(*where), "missing_key", WARNING, {"key": key}))
    return problems
