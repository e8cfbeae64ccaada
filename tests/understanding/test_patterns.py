"""Many patterns searched as one: the fast way (RE2 picks candidates) and the plain way agree."""
import functools
from pathlib import Path

import pytest

from bot.evaluation import load_items
from bot.understanding import danger_cues, patterns
from bot.understanding.normalize import normalize
from bot.understanding.patterns import PatternSet, without_lookarounds

DATA = Path(__file__).resolve().parents[1] / "data"


def test_lookarounds_are_removed_and_nothing_else():
    assert without_lookarounds(r"\b(?<!la )herid[oa]\b(?! (el|la) (cuenta|[a-z(]+))") == r"\bherid[oa]\b"
    assert without_lookarounds(r"\bsos(?! mode| button)\b") == r"\bsos\b"
    assert without_lookarounds(r"\(me\) (?=x)y") == r"\(me\) y"


SAMPLE = 2000  # messages compared: the plain way is slow (~5-20 ms each), and the sets keep growing


@functools.cache
def _messages() -> list[str]:
    """About SAMPLE messages spread evenly over every labelled set."""
    texts = []
    for path in sorted(DATA.glob("*.yml")):
        texts += [normalize(item.text) for item in load_items(path)]
    return tuple(texts[::max(1, len(texts) // SAMPLE)])


@pytest.mark.parametrize("name", ["DANGER", "ALWAYS", "SECRET"])
def test_the_fast_search_finds_what_the_plain_search_finds(monkeypatch, name):
    listed = getattr(danger_cues, name)
    fast = PatternSet(listed, word_start=name == "DANGER")
    monkeypatch.setattr(patterns, "re2", None)
    plain = PatternSet(listed, word_start=name == "DANGER")
    assert plain._candidates is None
    found = 0
    for text in _messages():
        a, b = fast.search(text), plain.search(text)
        assert (a and (a.start(), a.group(0))) == (b and (b.start(), b.group(0))), text
        found += bool(a)
    assert found > (100 if name != "SECRET" else 0)  # the sets do hold danger words (written-in-secret ones are rare)


def test_text_that_is_not_ascii_takes_the_plain_way():
    cues = PatternSet([r"\bniño\b"])
    assert cues.search("mi niño").group(0) == "niño"


@pytest.mark.parametrize("name", ["_IDIOM", "_CALM", "_HYPOTHETICAL", "_NOT_TOLD", "_OVER_PATTERN"])
def test_how_danger_is_said_is_found_the_same_through_re2(name):
    from bot.understanding import danger

    plain = getattr(danger, name)
    fast = PatternSet([plain.pattern])
    for text in _messages():
        a, b = fast.search(text), plain.search(text)
        assert (a and (a.start(), a.group(0))) == (b and (b.start(), b.group(0))), text


def test_a_pattern_splits_into_its_top_level_alternatives_only():
    from bot.understanding.patterns import top_level_alternatives
    assert top_level_alternatives(r"\ba\b|\b(b|c)\b|[|x]y|d\|e") == [r"\ba\b", r"\b(b|c)\b", "[|x]y", r"d\|e"]
    assert top_level_alternatives("a||b") == ["a||b"]  # an empty alternative would match anywhere: kept whole


def test_the_automaton_looks_only_at_what_comes_before_a_gap():
    from bot.understanding.patterns import before_any_gap
    assert before_any_gap(r"\bse cayo\b.*\bvomit\w*\b") == r"\bse cayo\b"
    assert before_any_gap(r"\b(a.*b|c)\b") == r"\b(a.*b|c)\b"  # inside a group: kept
    assert before_any_gap(r".*x") == r".*x"


@pytest.mark.parametrize("name", ["DANGER", "FIRM_CUES", "KEPT_PAPERS", "ALWAYS", "SECRET"])
def test_every_alternative_compiles(name):
    """Alternatives are compiled for Python's `re` only when RE2 first names them: a broken one
    must show here, not on the message that first reaches it."""
    import re

    for source in PatternSet(getattr(danger_cues, name)).sources:
        re.compile(source)
