"""The report as text: an aligned table, CSV or JSON (HTML lives in htmlpage.py); counts suppressed."""
from __future__ import annotations

import csv
import io
import json

from bot.usage.report import Report, Section
from bot.usage.suppress import DEFAULT_MIN_COUNT, shown_rows

FORMATS = ("table", "csv", "json", "html")
CSV_COLUMNS = ("section", "period", "item", "lang", "count")


def render(report: Report, fmt: str, min_count: int = DEFAULT_MIN_COUNT) -> str:
    """Render `report` in one of FORMATS, with counts below `min_count` shown as "<min_count"."""
    if fmt == "table":
        return render_table(report, min_count)
    if fmt == "csv":
        return render_csv(report, min_count)
    if fmt == "json":
        return render_json(report, min_count)
    if fmt == "html":
        from bot.usage.htmlpage import render_html

        return render_html(report, min_count)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")


def heading(report: Report, min_count: int) -> str:
    """One line saying what the report covers."""
    grouped = f", by {report.by}" if report.by else ""
    return (f"Brújula usage, {report.first.isoformat()} to {report.last.isoformat()} (UTC days{grouped});"
            f" counts below {min_count} are shown as <{min_count}.")


def render_table(report: Report, min_count: int = DEFAULT_MIN_COUNT) -> str:
    """Aligned plain-text tables, one per section."""
    parts = [heading(report, min_count)]
    for section in report.sections:
        parts.append(_table(section, min_count))
    return "\n\n".join(parts) + "\n"


def _table(section: Section, min_count: int) -> str:
    rows = [tuple(str(value) for value in row) for row in shown_rows(section.rows, min_count)]
    if not rows:
        return f"{section.title}\n(no data)"
    widths = [max(len(column), *(len(row[i]) for row in rows)) for i, column in enumerate(section.columns)]

    def line(values: tuple[str, ...]) -> str:
        cells = [value.ljust(width) for value, width in zip(values[:-1], widths)]
        cells.append(values[-1].rjust(widths[-1]))
        return "  ".join(cells)

    ruler = tuple("-" * width for width in widths)
    return "\n".join([section.title, line(section.columns), line(ruler), *(line(row) for row in rows)])


def render_csv(report: Report, min_count: int = DEFAULT_MIN_COUNT) -> str:
    """One long CSV table: section, period, item, lang (when the section has one), count."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for section in report.sections:
        lang_at = section.columns.index("lang") if "lang" in section.columns else None
        for row in shown_rows(section.rows, min_count):
            items = [value for i, value in enumerate(row[1:-1], start=1) if i != lang_at]
            lang = row[lang_at] if lang_at is not None else ""
            writer.writerow((section.name, row[0], items[0] if items else "", lang, row[-1]))
    return out.getvalue()


def render_json(report: Report, min_count: int = DEFAULT_MIN_COUNT) -> str:
    """A JSON object with the range and, per section, its title and rows as objects."""
    data = {
        "first": report.first.isoformat(),
        "last": report.last.isoformat(),
        "by": report.by,
        "min_count": min_count,
        "sections": {
            section.name: {
                "title": section.title,
                "rows": [dict(zip(section.columns, row)) for row in shown_rows(section.rows, min_count)],
            }
            for section in report.sections
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
