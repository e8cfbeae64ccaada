"""Many regular expressions searched as one, fast.

The danger cues are more than a hundred patterns; trying each of them at every word of every
message cost more than the rest of understanding put together. With google-re2 installed, one
linear pass over the message (RE2's multi-pattern set) names the few patterns that could match
— usually none — and only those run in Python's `re`, which keeps the exact meaning
(lookarounds included). Without RE2, or for text that is not ASCII, one combined Python
pattern does the whole work. Both ways give the same match.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator, Sequence

try:  # optional: a pure-Python fallback gives the same answers, only slower
    import re2
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    re2 = None

_LOOKAROUND = ("(?!", "(?=", "(?<!", "(?<=")
_WORD_START = r"\b"


class PatternSet:
    """Search patterns in order: the leftmost match wins; at the same place, the earlier pattern."""

    def __init__(self, patterns: Sequence[str], word_start: bool = False) -> None:
        # Each top-level alternative on its own: RE2 then names the one that could match, and
        # Python's `re` tries only that, not a long list of `.*` branches at every position.
        self.sources = [alternative for pattern in patterns for alternative in top_level_alternatives(pattern)]
        # Compiled for Python's `re` when RE2 first names one: most never match anything, and
        # compiling ~1,600 of them up front cost most of the start-up time.
        self._compiled: list[re.Pattern | None] = [None] * len(self.sources)
        self._word_start = word_start
        self._candidates = _re2_set(self.sources)

    @cached_property
    def _combined(self) -> re.Pattern:
        """All patterns as one Python pattern: compiled only when needed (no RE2, or text that is
        not ASCII), so start-up doesn't pay for it when RE2 does the picking."""
        if self._word_start:
            # One leading \b for all: the engine then tries the alternatives only where a word starts.
            body = "|".join(f"(?:{p.removeprefix(_WORD_START)})" for p in self.sources)
            return re.compile(_WORD_START + "(?:" + body + ")")
        return re.compile("|".join(f"(?:{p})" for p in self.sources))

    def search(self, text: str) -> re.Match | None:
        if self._candidates is None or not text.isascii():
            return self._combined.search(text)
        found = self._candidates.Match(text)
        if not found:
            return None
        best = None
        for index in sorted(found):
            match = self._pattern(index).search(text)
            if match and (best is None or match.start() < best.start()):
                best = match
        return best

    def _pattern(self, index: int) -> re.Pattern:
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = re.compile(self.sources[index])
        return compiled


def _re2_set(patterns: Sequence[str]):
    """An RE2 set of the patterns with their lookarounds removed: it matches whenever a pattern
    could (a superset), so it only decides which patterns are worth running."""
    if re2 is None:
        return None
    try:
        options = re2.Options()
        options.never_capture = True
        candidates = re2.Set.SearchSet(options)
        for pattern in patterns:
            candidates.Add(before_any_gap(without_lookarounds(pattern)))
        candidates.Compile()
        return candidates
    except Exception:  # a pattern RE2 can't read: fall back to Python alone
        return None


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(position, character, group depth) of each character from `start` that is neither escaped
    nor inside a [class]; the depth is the one outside the character itself ("(" and ")" of a
    group at the top level both read 0)."""
    depth, in_class, i, n = 0, False, start, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == ")":
            depth -= 1
            yield i, char, depth
        else:
            yield i, char, depth
            depth += char == "("
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """"a|b(c|d)|e" → ["a", "b(c|d)", "e"]. Searched in order, the leftmost match of the list (the
    earlier one at the same place) is the match of the whole pattern."""
    cuts = [i for i, char, depth in _syntax(pattern) if char == "|" and depth == 0]
    parts = [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]
    return parts if all(parts) else [pattern]  # an empty alternative matches anywhere: keep as is


def before_any_gap(pattern: str) -> str:
    """"a.*b" → "a": what comes before the first top-level ".*" is enough to name a candidate, and
    RE2's automaton then needs no state for "seen a, still looking for b" per pattern, which made
    its first pass over new text slow once there were hundreds of such patterns."""
    gaps = (i for i, char, depth in _syntax(pattern) if depth == 0 and i > 0 and pattern.startswith(".*", i))
    return pattern[:next(gaps, len(pattern))]


def without_lookarounds(pattern: str) -> str:
    """The pattern with every (?=…), (?!…), (?<=…), (?<!…) removed: it matches more, never less."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        if pattern.startswith(_LOOKAROUND, i):
            closing = (j for j, char, depth in _syntax(pattern, i) if char == ")" and depth == 0)
            i = next(closing, n) + 1
            continue
        step = 2 if pattern[i] == "\\" else 1
        out.append(pattern[i:i + step])
        i += step
    return "".join(out)
