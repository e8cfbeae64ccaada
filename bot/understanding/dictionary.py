"""Which words are real words of a language, so the speller leaves them alone.

The example phrases know a few thousand words; people use many more ("pata", "oven",
"sucio"). Without a dictionary, a real word one letter away from a known one would be
"corrected" into it ("cake" -> "take"). The word lists come from pyspellchecker (word
counts from film subtitles, many languages, no other dependencies); only words seen at
least MIN_COUNT times are kept, folded like messages (no accents), and the list is cached on disk because
reading the packaged files takes a few tenths of a second.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from typing import Iterable

from ..paths import cache_dir
from .normalize import fold

log = logging.getLogger(__name__)

MIN_COUNT = 200  # rarer entries are mostly names, misspellings and foreign words
MIN_LENGTH = 3


def real_words(languages: Iterable[str], use_cache: bool = True) -> frozenset[str]:
    """Common words of these languages (accents removed); languages without a list add nothing."""
    words: set[str] = set()
    for lang in sorted(set(languages)):
        words |= _words_of(lang, use_cache)
    return frozenset(words)


def _words_of(lang: str, use_cache: bool) -> set[str]:
    try:
        release = version("pyspellchecker")
    except PackageNotFoundError:
        return set()
    path = cache_dir() / f"words-{lang}-{release}-{MIN_COUNT}.json"
    if use_cache:
        try:
            return set(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            pass  # not cached yet, or damaged: read the packaged list again
    words = _read_packaged(lang)
    if use_cache and words:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False,
                                             encoding="utf-8") as handle:
                json.dump(sorted(words), handle)
            os.replace(handle.name, path)
        except OSError:
            pass  # a read-only disk only costs the next start-up a little time
    return words


def _read_packaged(lang: str) -> set[str]:
    try:
        from spellchecker import SpellChecker

        counts = SpellChecker(language=lang, distance=1).word_frequency.dictionary
    except (ImportError, ValueError, OSError):  # ValueError: no list for this language
        log.info("no word list for language %r; the speller corrects its words by sound only", lang)
        return set()
    folded = (fold(word) for word, count in counts.items() if count >= MIN_COUNT)
    return {word for word in folded if len(word) >= MIN_LENGTH and word.isalpha()}
