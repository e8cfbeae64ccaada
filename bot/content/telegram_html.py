"""Check answer texts against the HTML subset Telegram accepts, the way Telegram parses it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from .problems import ERROR, WARNING

# tag -> attributes Telegram reads; any other attribute is ignored by Telegram.
TAGS: Mapping[str, tuple[str, ...]] = {
    "b": (), "strong": (), "i": (), "em": (), "u": (), "ins": (), "s": (), "strike": (), "del": (),
    "a": ("href",), "code": ("class",), "pre": (), "blockquote": ("expandable",),
    "tg-spoiler": (), "span": ("class",), "tg-emoji": ("emoji-id",),
}
LINE_BREAK_TAGS = ("br", "p", "div")  # people copy these from web pages; Telegram wants new lines
MAX_LENGTH = 4096  # Telegram's limit for one message, counted after the HTML is parsed

ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTRIBUTE = r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
TAG = re.compile(rf"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:{_ATTRIBUTE})*)\s*/?\s*>")
ATTRIBUTES = re.compile(r"""([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
_TAG_START = re.compile(r"</?[a-zA-Z]")


@dataclass(frozen=True)
class HtmlIssue:
    """One problem in an HTML text: where it starts (character offset), its message code, values."""

    offset: int
    code: str
    severity: str = ERROR
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass
class _Open:
    name: str
    offset: int
    written: str  # the tag as the editor wrote it, e.g. <b>


def check_html(text: str) -> list[HtmlIssue]:
    """Every place in `text` that Telegram would refuse (errors) or show wrongly (warnings)."""
    issues: list[HtmlIssue] = []
    stack: list[_Open] = []
    unknown: set[str] = set()  # unknown tags already reported, so their closing tags stay quiet
    position = 0
    while position < len(text):
        char = text[position]
        if char == "&":
            entity = ENTITY.match(text, position)
            if entity:
                position = entity.end()
                continue
            issues.append(HtmlIssue(position, "html_bare_amp", WARNING, {"near": _near(text, position)}))
        elif char == "<":
            tag = TAG.match(text, position)
            if tag is None:
                issues.append(_broken_tag(text, position))
            elif tag.group(1):
                _close(tag, stack, issues, unknown)
            else:
                _open(tag, stack, issues, unknown)
            if tag is not None:
                position = tag.end()
                continue
        position += 1
    for opened in stack:
        issues.append(HtmlIssue(opened.offset, "html_unclosed", params={"tag": opened.written,
                                                                        "name": opened.name}))
    return sorted(issues, key=lambda issue: issue.offset)


def _broken_tag(text: str, position: int) -> HtmlIssue:
    if _TAG_START.match(text, position):
        return HtmlIssue(position, "html_tag_not_ended", params={"near": _near(text, position)})
    return HtmlIssue(position, "html_bare_lt", params={"near": _near(text, position)})


def _open(tag: re.Match, stack: list[_Open], issues: list[HtmlIssue], unknown: set[str]) -> None:
    name, written, offset = tag.group(2).lower(), tag.group(0), tag.start()
    if name not in TAGS:
        unknown.add(name)
        code = "html_line_break" if name in LINE_BREAK_TAGS else "html_unknown_tag"
        issues.append(HtmlIssue(offset, code, params={"tag": written}))
        return
    inside = stack[-1].name if stack else ""
    if inside in ("code", "pre") and not (name == "code" and inside == "pre"):
        issues.append(HtmlIssue(offset, "html_inside_code", params={"tag": written, "outer": stack[-1].written}))
    attributes = {key.lower(): _unquote(value) for key, value in ATTRIBUTES.findall(tag.group(3))}
    for key in attributes:
        if key not in TAGS[name]:
            issues.append(HtmlIssue(offset, "html_ignored_attribute", WARNING, {"tag": written, "attribute": key}))
    if name == "a" and not attributes.get("href", "").strip():
        issues.append(HtmlIssue(offset, "html_link_without_href", WARNING, {"tag": written}))
    if name == "span" and attributes.get("class") != "tg-spoiler":
        issues.append(HtmlIssue(offset, "html_span_class", params={"tag": written}))
    if name == "tg-emoji" and not attributes.get("emoji-id", "").strip():
        issues.append(HtmlIssue(offset, "html_emoji_id", params={"tag": written}))
    stack.append(_Open(name, offset, written))


def _close(tag: re.Match, stack: list[_Open], issues: list[HtmlIssue], unknown: set[str]) -> None:
    name, written, offset = tag.group(2).lower(), tag.group(0), tag.start()
    if name in unknown:
        return
    if name not in TAGS:
        code = "html_line_break" if name in LINE_BREAK_TAGS else "html_unknown_tag"
        issues.append(HtmlIssue(offset, code, params={"tag": written}))
        return
    if not stack or all(opened.name != name for opened in stack):
        issues.append(HtmlIssue(offset, "html_stray_close", params={"tag": written, "name": name}))
        return
    if stack[-1].name != name:
        issues.append(HtmlIssue(offset, "html_misnested", params={
            "tag": written, "expected": f"</{stack[-1].name}>", "opened": stack[-1].written}))
    # Close only the matching tag: crossed tags (<b><u>…</b></u>) are one slip, reported once.
    del stack[max(i for i, opened in enumerate(stack) if opened.name == name)]


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def _near(text: str, position: int) -> str:
    """The character at `position` with up to two words either side, as the editor wrote them."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    before = text[start:position].split()[-2:]
    after = text[position + 1:len(text) if end < 0 else end].split()[:2]
    left = " ".join(before) + (" " if text[position - 1:position].isspace() and before else "")
    right = (" " if text[position + 1:position + 2].isspace() and after else "") + " ".join(after)
    return TAG.sub("", left + text[position] + right).strip()


def _decode(entity: re.Match) -> str:
    body = entity.group(0)[1:-1]
    if body in _NAMED:
        return _NAMED[body]
    number = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
    return chr(number) if 0 < number < 0x110000 else ""


def visible_text(text: str) -> str:
    """The text a person sees: tags removed and entities decoded, as Telegram does."""
    return ENTITY.sub(_decode, TAG.sub("", text)).strip()


def visible_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 units, so most emoji count as two)."""
    return len(visible_text(text).encode("utf-16-le")) // 2


def mask_markup(text: str) -> str:
    """`text` with tags and entities blanked out (same length, same lines), to search the words."""
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))
    return ENTITY.sub(blank, TAG.sub(blank, text))
