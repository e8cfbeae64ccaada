"""Tell which language a short message is written in, learnt from the content itself."""
from __future__ import annotations

import math
import re
from collections import Counter

from .normalize import clean, normalize

_HINT = re.compile(r"^[a-z]{2,3}")
WORD_WEIGHT = 3.0  # a whole known word says more than one of its letter triples
CACHE_LIMIT = 50_000


def _word_features(word: str) -> list[str]:
    padded = f" {word} "
    return [f"w:{word}"] + [f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2)]


def _letter_features(raw: str) -> list[str]:
    """Accented letters and ¿ ¡, which the normalised text no longer shows."""
    return [f"a:{ch}" for ch in raw.lower() if ord(ch) > 127 and ch.isalpha() or ch in "¿¡"]


class LanguageDetector:
    """Naive Bayes over words and letter triples, trained on each language's content."""

    def __init__(self, samples: dict[str, list[str]]) -> None:
        self.languages = tuple(sorted(samples))
        counts = {lang: Counter() for lang in self.languages}
        for lang, texts in samples.items():
            for text in texts:
                raw = clean(text)
                for word in normalize(raw).split():
                    counts[lang].update(_word_features(word))
                counts[lang].update(_letter_features(raw))
        vocabulary = set().union(*counts.values()) if counts else set()
        size = len(vocabulary) + 1
        self._counts = counts
        self._denominators = {lang: math.log(sum(c.values()) + size) for lang, c in counts.items()}
        self._word_cache: dict[str, tuple[float, ...]] = {}

    def _log_likelihood(self, feature: str) -> tuple[float, ...]:
        weight = WORD_WEIGHT if feature[0] == "w" else 1.0
        return tuple(weight * (math.log(self._counts[lang].get(feature, 0) + 1) - self._denominators[lang])
                     for lang in self.languages)

    def _word(self, word: str) -> tuple[float, ...]:
        cached = self._word_cache.get(word)
        if cached is None:
            parts = [self._log_likelihood(f) for f in _word_features(word)]
            cached = tuple(map(sum, zip(*parts)))
            if len(self._word_cache) < CACHE_LIMIT:
                self._word_cache[word] = cached
        return cached

    def scores(self, raw: str, normalized: str) -> dict[str, float]:
        """Probability of each language for this message (sums to 1)."""
        parts = [self._word(word) for word in normalized.split()]
        parts += [self._log_likelihood(f) for f in _letter_features(raw)]
        if not parts or not self.languages:
            return {lang: 1 / max(len(self.languages), 1) for lang in self.languages}
        logs = [sum(values) for values in zip(*parts)]
        best = max(logs)
        exps = [math.exp(max(value - best, -50.0)) for value in logs]
        total = sum(exps)
        return {lang: value / total for lang, value in zip(self.languages, exps)}

    def detect(self, raw: str, normalized: str) -> tuple[str | None, float]:
        """The message's language and how sure we are; None when there is nothing to go on."""
        if not normalized.strip():
            return None, 0.0
        scores = self.scores(raw, normalized)
        lang = max(scores, key=scores.get)
        return lang, scores[lang]


def hint_language(code: str | None, supported: tuple[str, ...]) -> str | None:
    """A supported language from a code such as Telegram's 'es-MX', or None."""
    if not code:
        return None
    match = _HINT.match(code.lower())
    return match.group(0) if match and match.group(0) in supported else None
