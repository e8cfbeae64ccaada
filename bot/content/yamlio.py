"""Read YAML files and remember the line of every value, so problems can name it."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser is several times faster when PyYAML was built with it; same nodes, same marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDoc:
    """A parsed YAML file with the line number (1-based) of each value."""

    path: Path
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)

    def line(self, *where: Any) -> int:
        """Line of the value at `where`, or of its nearest known parent."""
        key = tuple(where)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


class YamlSyntaxError(Exception):
    """A file that is not valid YAML; carries the line and column."""

    def __init__(self, path: Path, line: int, column: int, problem: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {problem}")
        self.path, self.line, self.column, self.problem = path, line, column, problem


def _walk(node: yaml.Node, where: tuple, doc: YamlDoc) -> None:
    doc.lines[where] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in seen:
                doc.duplicate_keys.append((key, key_node.start_mark.line + 1))
            seen.add(key)
            _walk(value_node, where + (key,), doc)
            doc.lines.setdefault(where + (key, "<key>"), key_node.start_mark.line + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, where + (index,), doc)


def read_yaml(path: Path) -> YamlDoc:
    """Parse `path`; raise YamlSyntaxError with line and column when it is not YAML."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise YamlSyntaxError(path, line, 1, "not-utf8") from None
    text = text.lstrip("\ufeff")
    try:
        return _parse(path, text, _Loader)
    except YamlSyntaxError:
        if _Loader is yaml.SafeLoader:
            raise
    # libyaml's messages are terser; the pure-Python parser explains the same mistake better.
    return _parse(path, text, yaml.SafeLoader)


def _parse(path: Path, text: str, loader_class: type) -> YamlDoc:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        doc = YamlDoc(path=path, data=None)
        if node is not None:
            _walk(node, (), doc)
            doc.data = loader.construct_document(node)
        return doc
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        raise YamlSyntaxError(path, line, column, str(error.problem or error.context)) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(path, 1, 1, str(error)) from None
    finally:
        loader.dispose()
