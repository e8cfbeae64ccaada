"""Nearest example phrases: a second opinion beside the linear classifier, and the evidence `try` shows."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .vectors import SimilarityIndex, Vectorizer, features


@dataclass(frozen=True)
class Example:
    """One example phrase, normalised, with its intent and language."""

    intent: str
    lang: str
    text: str
    normalized: str


class ExampleIndex:
    """Cosine similarity of a message to every example phrase (all languages share one index)."""

    def __init__(self, examples: Sequence[Example]) -> None:
        self.examples = sorted((e for e in examples if e.normalized), key=lambda e: e.intent)
        self.intents = tuple(sorted({e.intent for e in self.examples}))
        position = {intent: i for i, intent in enumerate(self.intents)}
        owners = np.array([position[e.intent] for e in self.examples], dtype=np.int64)
        self._starts = np.searchsorted(owners, np.arange(len(self.intents)))
        counts = [features(e.normalized) for e in self.examples]
        self.vectorizer = Vectorizer(counts)
        self._index = SimilarityIndex([self.vectorizer.vector(c) for c in counts], len(self.vectorizer.vocabulary))

    def similarities(self, normalized: str) -> np.ndarray:
        """Cosine similarity of the message with every example."""
        return self._index.similarities(*self.vectorizer.vector(features(normalized)))

    def best_per_intent(self, normalized: str) -> dict[str, float]:
        """The similarity of the closest example of each intent."""
        if not self.examples:
            return {}
        best = np.maximum.reduceat(self.similarities(normalized), self._starts)
        return dict(zip(self.intents, best.tolist()))

    def nearest(self, normalized: str, limit: int = 3) -> list[tuple[Example, float]]:
        """The examples most similar to the message."""
        sims = self.similarities(normalized)
        order = np.argsort(-sims)[:limit]
        return [(self.examples[int(i)], float(sims[i])) for i in order]
