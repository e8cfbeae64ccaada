"""The report as one self-contained HTML page (inline CSS and SVG) that can be sent by e-mail."""
from __future__ import annotations

from html import escape

from bot.usage.charts import bar_chart, column_chart
from bot.usage.render import heading
from bot.usage.report import Report, Section
from bot.usage.suppress import DEFAULT_MIN_COUNT, shown_rows

MAX_BARS = 30

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d2433;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin-top: 2.5rem; border-bottom: 2px solid #d6dbe6; padding-bottom: .25rem; }
p.note { color: #4a5468; }
table { border-collapse: collapse; margin-top: .75rem; font-size: .9rem; }
th, td { padding: .2rem .75rem; border-bottom: 1px solid #e4e7ee; text-align: left; }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
details { margin-top: .5rem; }
svg.chart { display: block; max-width: 100%; height: auto; margin-top: .75rem; }
svg .bar { fill: #2f6fde; }
svg .bar.hidden { fill: #b9c2d3; }
svg .label, svg .value { font-size: 12px; fill: #1d2433; }
"""


def render_html(report: Report, min_count: int = DEFAULT_MIN_COUNT) -> str:
    """A whole HTML document: heading, then per section a bar chart and its table."""
    body = ["<h1>Brújula: anonymous usage counts</h1>",
            f'<p class="note">{escape(heading(report, min_count))} These counts hold no names, ids,'
            " phone numbers, places or message text.</p>"]
    for section in report.sections:
        body.append(_section(section, min_count, several_periods=report.by is not None))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>Brújula usage {report.first.isoformat()} to {report.last.isoformat()}</title>\n"
            f"<style>{_CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def _section(section: Section, min_count: int, *, several_periods: bool) -> str:
    rows = shown_rows(section.rows, min_count)
    parts = [f'<section id="{escape(section.name)}">', f"<h2>{escape(section.title)}</h2>"]
    if not rows:
        parts.append('<p class="note">No data in this range.</p></section>')
        return "\n".join(parts)
    if section.name == "people":
        parts.append(column_chart([(str(row[0]), row[-1]) for row in rows], section.title))
    else:
        first = 0 if several_periods else 1
        bars = sorted(rows, key=lambda row: -row[-1] if isinstance(row[-1], int) else 0)[:MAX_BARS]
        parts.append(bar_chart([(" · ".join(str(v) for v in row[first:-1]), row[-1]) for row in bars],
                               section.title))
        if len(rows) > MAX_BARS:
            parts.append(f'<p class="note">The chart shows the {MAX_BARS} biggest of {len(rows)} rows;'
                         " the table has them all.</p>")
    parts.append(_table(section, rows))
    parts.append("</section>")
    return "\n".join(parts)


def _table(section: Section, rows: list[tuple[str | int, ...]]) -> str:
    last = len(section.columns) - 1

    def cell(tag: str, i: int, value: object) -> str:
        css = ' class="count"' if i == last else ""
        return f"<{tag}{css}>{escape(str(value))}</{tag}>"

    head = "".join(cell("th", i, column) for i, column in enumerate(section.columns))
    lines = [f"<table><thead><tr>{head}</tr></thead><tbody>"]
    lines += ["<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows]
    lines.append("</tbody></table>")
    return "\n".join(lines)
