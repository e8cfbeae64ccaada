"""A table for staff before a launch: per intent and language, what is there and what is stale."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .loader import load_content
from .model import OUT_OF_SCOPE
from .phones import check_phone, find_phones

MIN_EXAMPLES = 40
STALE_DAYS = 180
HEADERS = {
    "es": ("tema", "idioma", "ejemplos", "respuesta", "revisado", "días", "números sin verificar", "avisos"),
    "en": ("topic", "language", "examples", "answer", "reviewed", "days", "unverified numbers", "notes"),
}
NOTES = {
    "es": {"few": "faltan ejemplos", "none": "sin respuesta", "stale": "revisar", "undated": "sin fecha", "ok": "ok"},
    "en": {"few": "few examples", "none": "no answer", "stale": "review", "undated": "no date", "ok": "ok"},
}


def summary_rows(root: Path, lang: str = "es", today: dt.date | None = None) -> list[tuple[str, ...]]:
    """One row per intent and language (rows of text, header first)."""
    today = today or dt.date.today()
    content = load_content(root).content
    words = NOTES.get(lang, NOTES["en"])
    rows = [HEADERS.get(lang, HEADERS["en"])]
    if content is None:
        return rows
    unverified = {check_phone(h.number).key: h.number for h in content.hotlines.values() if not h.verified}
    for intent_id in sorted(content.intents):
        intent = content.intents[intent_id]
        for code in content.languages:
            examples = len(intent.examples.get(code, ()))
            answer = content.answers.get((intent_id, code))
            notes = []
            if examples < MIN_EXAMPLES:
                notes.append(words["few"])
            reviewed, age, numbers = "—", "—", "—"
            if intent_id == OUT_OF_SCOPE:
                shown = "—"
            elif answer is None:
                shown = "✗"
                notes.append(words["none"])
            else:
                shown = f"✓ {len(answer.text)}"
                if answer.reviewed:
                    reviewed, days = answer.reviewed.isoformat(), (today - answer.reviewed).days
                    age = str(days)
                    if days > STALE_DAYS:
                        notes.append(words["stale"])
                else:
                    notes.append(words["undated"])
                found = sorted({unverified[k] for _, w in find_phones(answer.text)
                                if (k := check_phone(w).key) in unverified})
                numbers = ", ".join(found) or "—"
            rows.append((intent_id, code, str(examples), shown, reviewed, age, numbers,
                         ", ".join(notes) or words["ok"]))
    return rows


def summary_table(root: Path, lang: str = "es", today: dt.date | None = None) -> str:
    """The rows as an aligned text table."""
    rows = summary_rows(root, lang, today)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
