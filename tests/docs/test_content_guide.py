"""docs/CONTENT.md is tested as content: its YAML examples parse, and the ones that are files validate.

A ```yaml block whose first line is `# file: <path>` is a complete file; one whose first line is
`# add to: <path>` is pasted at the end of that file, as the guide tells staff to do. Both are
applied, in the order of the guide, to a copy of the shipped content, which must then have no
errors. Blocks without such a line are excerpts: they only have to parse.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.content.problems import ERROR
from bot.content.validate import validate

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "docs" / "CONTENT.md"
CONTENT_FOLDERS = ("intents", "responses", "facts")
FENCE = re.compile(r"^```yaml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
HEADER = re.compile(r"#\s*(file|add to):\s*(\S+)")

pytestmark = pytest.mark.timeout(10)  # parsing and one validate run: well under a second


def yaml_blocks() -> list[tuple[int, str]]:
    """(line in the guide, text) of every ```yaml block."""
    text = GUIDE.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 1, match.group(1)) for match in FENCE.finditer(text)]


def header(block: str) -> tuple[str, str] | None:
    """("file" | "add to", path) when the block's first line names a content file."""
    first = block.split("\n", 1)[0].strip()
    match = HEADER.fullmatch(first)
    return (match.group(1), match.group(2)) if match else None


BLOCKS = yaml_blocks()


def test_guide_has_file_examples_and_no_hidden_yaml_blocks() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    kinds = {found[0] for found in map(header, (block for _, block in BLOCKS)) if found}

    assert text.count("```yaml") == len(BLOCKS)  # none indented or unclosed, so none goes untested
    assert kinds == {"file", "add to"}


@pytest.mark.parametrize(("line", "block"), BLOCKS, ids=[f"line{line}" for line, _ in BLOCKS])
def test_yaml_block_parses(line: int, block: str) -> None:
    yaml.safe_load(block)


def test_file_examples_are_valid_content(tmp_path: Path) -> None:
    for folder in CONTENT_FOLDERS:
        shutil.copytree(REPO / folder, tmp_path / folder)
    written = []
    for line, block in BLOCKS:
        found = header(block)
        if found is None:
            continue
        kind, name = found
        assert name.split("/")[0] in CONTENT_FOLDERS and ".." not in name, f"line {line}: {name}"
        path = tmp_path / name
        if kind == "file":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block, encoding="utf-8")
        else:
            assert path.is_file(), f"line {line}: {name} is not a shipped file"
            before = path.read_text(encoding="utf-8")
            path.write_text(before + ("" if before.endswith("\n") else "\n") + block, encoding="utf-8")
        written.append(name)

    problems = validate(tmp_path)

    assert [p.render("en") for p in problems if p.severity == ERROR] == []
    assert written  # the guide's examples were really applied
