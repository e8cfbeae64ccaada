"""Tell which language a short message is written in, learnt from the content itself."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .normalize import clean, normalize

_HINT = re.compile(r"^[a-z]{2,3}")


def _features(raw: str, normalized: str) -> list[str]:
    words = normalized.split()
    feats = [f"w:{w}" for w in words]
    for w in words:
        padded = f" {w} "
        feats += [f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2)]
    feats += [f"a:{ch}" for ch in raw.lower() if ord(ch) > 127 and ch.isalpha() or ch in "¿¡"]
    return feats


@dataclass
class _Profile:
    counts: Counter
    total: int


class LanguageDetector:
    """Naive Bayes over words and letter triples, trained on each language's content."""

    def __init__(self, samples: dict[str, list[str]]) -> None:
        self.languages = tuple(sorted(samples))
        self._profiles: dict[str, _Profile] = {}
        vocabulary: set[str] = set()
        for lang, texts in samples.items():
            counts: Counter = Counter()
            for text in texts:
                raw = clean(text)
                counts.update(_features(raw, normalize(raw)))
            self._profiles[lang] = _Profile(counts, sum(counts.values()))
            vocabulary.update(counts)
        self._vocab_size = len(vocabulary) + 1

    def scores(self, raw: str, normalized: str) -> dict[str, float]:
        """Probability of each language for this message (sums to 1)."""
        feats = _features(raw, normalized)
        if not feats or not self.languages:
            return {lang: 1 / max(len(self.languages), 1) for lang in self.languages}
        logs = {}
        for lang, profile in self._profiles.items():
            denominator = math.log(profile.total + self._vocab_size)
            total = 0.0
            for feat in feats:
                weight = 3.0 if feat[0] == "w" else 1.0
                total += weight * (math.log(profile.counts.get(feat, 0) + 1) - denominator)
            logs[lang] = total
        best = max(logs.values())
        exps = {lang: math.exp(max(value - best, -50.0)) for lang, value in logs.items()}
        norm = sum(exps.values())
        return {lang: value / norm for lang, value in exps.items()}

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
