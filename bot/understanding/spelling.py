"""Put misspelt words back to the spelling the example phrases use.

People write "kiere", "bivir", "aser", "nesesito", "extorcion": words the examples never
contain, so neither the word features nor the danger cues can see them. A word that is not
in the examples is replaced by a known word that sounds the same (same Spanish sound key)
or, unless it is a real word of its own (see dictionary.py), by one that is one letter away
("trabjo" -> "trabajo", "migrnate" -> "migrante"). Words under four letters are only
matched by sound: a single changed letter turns too many of them into other words.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Collection, Iterable

MIN_EDIT_LENGTH = 4  # words at least this long may also be one typed letter away
CACHE_LIMIT = 50_000

_SOUND_RULES = [(re.compile(pattern), spelt) for pattern, spelt in (
    (r"qu(?=[ei])", "k"), (r"c(?=[ei])", "s"), (r"g(?=[ei])", "j"), (r"ch", "0"), (r"[cq]", "k"),
    (r"z", "s"), (r"v", "b"), (r"ll", "y"), (r"(?<![s0])h", ""), (r"0", "ch"), (r"([a-z])\1", r"\1"),
)]


@lru_cache(maxsize=50_000)
def sound_key(word: str) -> str:
    """How a word sounds in Spanish, roughly: "kiere" and "quiere" share "kiere"."""
    for pattern, spelt in _SOUND_RULES:
        word = pattern.sub(spelt, word)
    return word


def _without_one_letter(word: str) -> Iterable[str]:
    return (word[:i] + word[i + 1:] for i in range(len(word)))


class Speller:
    """Knows the words of the example phrases and puts unknown words back to one of them."""

    def __init__(self, texts: Iterable[str], real_words: Collection[str] = frozenset()) -> None:
        self.known = Counter(word for text in texts for word in text.split())
        self.real_words = real_words  # words of the language that are no one's typo
        self._by_sound: dict[str, str] = {}
        self._by_deletion: dict[str, str] = {}
        for word, _ in self.known.most_common():  # the most used spelling wins a shared key
            self._by_sound.setdefault(sound_key(word), word)
            if len(word) >= MIN_EDIT_LENGTH:
                for shorter in _without_one_letter(word):
                    self._by_deletion.setdefault(shorter, word)
        self._cache: dict[str, str] = {}

    def correct(self, normalized: str) -> str:
        """The normalised text with misspelt words replaced by known ones."""
        return " ".join(self.word(word) for word in normalized.split())

    def word(self, word: str) -> str:
        if word in self.known or len(word) < 2 or not word.isalpha():
            return word
        fixed = self._cache.get(word)
        if fixed is None:
            fixed = self._fix(word)
            if len(self._cache) < CACHE_LIMIT:
                self._cache[word] = fixed
        return fixed

    def _fix(self, word: str) -> str:
        if word in self.real_words:
            return word
        same_sound = self._by_sound.get(sound_key(word))
        if same_sound:
            return same_sound
        if len(word) + 1 < MIN_EDIT_LENGTH:
            return word
        candidates = [self._by_deletion.get(word)]  # a letter missing
        for shorter in _without_one_letter(word):
            if len(shorter) >= MIN_EDIT_LENGTH and shorter in self.known:
                candidates.append(shorter)  # a letter too many
            candidates.append(self._by_deletion.get(shorter))  # a letter wrong or two swapped
        found = [c for c in candidates if c]
        return max(found, key=self.known.__getitem__) if found else word
