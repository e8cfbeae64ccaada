"""Inline SVG bar charts for the HTML report: no scripts, no fonts, no images to fetch."""
from __future__ import annotations

from html import escape

LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH, ROW_HEIGHT = 280, 400, 60, 22
HIDDEN_STUB = 6  # every hidden count gets the same short stub, so its length tells nothing


def bar_chart(rows: list[tuple[str, int | str]], title: str) -> str:
    """Horizontal bars, one per (label, shown count); a hidden count ("<5") gets a hatched stub."""
    biggest = max((value for _, value in rows if isinstance(value, int)), default=1) or 1
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW_HEIGHT * len(rows) + 4
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" height="{height}"'
             f' viewBox="0 0 {width} {height}">']
    for i, (label, value) in enumerate(rows):
        y = i * ROW_HEIGHT + 2
        mid = y + ROW_HEIGHT / 2 + 4
        length = max(1, round(BAR_WIDTH * value / biggest)) if isinstance(value, int) else HIDDEN_STUB
        css = "bar" if isinstance(value, int) else "bar hidden"
        parts.append(f'<text class="label" x="{LABEL_WIDTH - 8}" y="{mid}" text-anchor="end">'
                     f"{escape(_clip(label))}</text>")
        parts.append(f'<rect class="{css}" x="{LABEL_WIDTH}" y="{y + 3}" width="{length}"'
                     f' height="{ROW_HEIGHT - 6}"><title>{escape(label)}: {escape(str(value))}</title></rect>')
        parts.append(f'<text class="value" x="{LABEL_WIDTH + length + 6}" y="{mid}">{escape(str(value))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(points: list[tuple[str, int | str]], title: str) -> str:
    """Vertical bars over time (one per day), first and last day written under the axis."""
    width, plot_height, axis = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH, 160, 30
    biggest = max((value for _, value in points if isinstance(value, int)), default=1) or 1
    step = width / max(len(points), 1)
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}"'
             f' height="{plot_height + axis}" viewBox="0 0 {width} {plot_height + axis}">']
    if any(isinstance(value, int) for _, value in points):  # the scale, never from a hidden count
        parts.append(f'<text class="value" x="0" y="12">{biggest}</text>')
    for i, (day, value) in enumerate(points):
        height = max(1, round(plot_height * 0.9 * value / biggest)) if isinstance(value, int) else HIDDEN_STUB
        css = "bar" if isinstance(value, int) else "bar hidden"
        parts.append(f'<rect class="{css}" x="{i * step + step * 0.1:.1f}" y="{plot_height - height}"'
                     f' width="{max(step * 0.8, 1):.1f}" height="{height}">'
                     f"<title>{escape(day)}: {escape(str(value))}</title></rect>")
    if points:
        parts.append(f'<text class="label" x="0" y="{plot_height + 18}">{escape(points[0][0])}</text>')
        parts.append(f'<text class="label" x="{width}" y="{plot_height + 18}" text-anchor="end">'
                     f"{escape(points[-1][0])}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _clip(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
