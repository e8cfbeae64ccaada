"""Score every intent for a message: nearest examples, intent profiles and cue words."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from ..content.model import Content
from .normalize import normalize
from .vectors import SimilarityIndex, Vectorizer, features

KNN_WEIGHT, CENTROID_WEIGHT, KEYWORD_BONUS = 0.6, 0.4, 0.12


@dataclass(frozen=True)
class Example:
    """One example phrase, normalised, with its intent and language."""

    intent: str
    lang: str
    text: str
    normalized: str


class IntentModel:
    """Similarity of a message to each intent's examples (all languages share one index)."""

    def __init__(self, content: Content) -> None:
        examples = [Example(intent.id, lang, text, normalize(text))
                    for intent in content.intents.values()
                    for lang, texts in intent.examples.items() for text in texts]
        examples = [e for e in examples if e.normalized]
        examples.sort(key=lambda e: e.intent)
        self.examples = examples
        self.intents = tuple(sorted({e.intent for e in examples}))
        position = {intent: i for i, intent in enumerate(self.intents)}
        self._example_intent = np.array([position[e.intent] for e in examples], dtype=np.int64)
        self._starts = np.searchsorted(self._example_intent, np.arange(len(self.intents)))
        counts = [features(e.normalized) for e in examples]
        self.vectorizer = Vectorizer(counts)
        vectors = [self.vectorizer.vector(c) for c in counts]
        size = len(self.vectorizer.vocabulary)
        self._examples_index = SimilarityIndex(vectors, size)
        self._centroid_index = SimilarityIndex(self._centroids(vectors, size), size)
        self.keywords = {
            intent.id: tuple(sorted({normalize(k) for ks in intent.keywords.values() for k in ks} - {""}))
            for intent in content.intents.values()
        }

    def _centroids(self, vectors, size: int) -> list[tuple[np.ndarray, np.ndarray]]:
        result = []
        for i in range(len(self.intents)):
            start = self._starts[i]
            end = self._starts[i + 1] if i + 1 < len(self.intents) else len(self.examples)
            dense = np.zeros(size, dtype=np.float32)
            for ids, weights in vectors[start:end]:
                np.add.at(dense, ids, weights)
            norm = float(np.linalg.norm(dense)) or 1.0
            ids = np.flatnonzero(dense)
            result.append((ids, dense[ids] / norm))
        return result

    def example_similarities(self, normalized: str) -> np.ndarray:
        """Cosine similarity of the message with every example."""
        return self._examples_index.similarities(*self.vectorizer.vector(features(normalized)))

    def score(self, normalized: str) -> dict[str, float]:
        """A score in [0, 1+] for each intent; higher is more likely."""
        if not normalized or not self.examples:
            return {intent: 0.0 for intent in self.intents}
        ids, weights = self.vectorizer.vector(features(normalized))
        nearest = np.maximum.reduceat(self._examples_index.similarities(ids, weights), self._starts)
        centroid = self._centroid_index.similarities(ids, weights)
        combined = KNN_WEIGHT * nearest + CENTROID_WEIGHT * centroid
        scores = {intent: float(combined[i]) for i, intent in enumerate(self.intents)}
        for intent, bonus in self._keyword_bonuses(normalized).items():
            scores[intent] = scores.get(intent, 0.0) + bonus
        return scores

    def _keyword_bonuses(self, normalized: str) -> dict[str, float]:
        padded = f" {normalized} "
        words = normalized.split()
        bonuses: dict[str, float] = {}
        for intent, keywords in self.keywords.items():
            for keyword in keywords:
                if f" {keyword} " in padded or (
                    " " not in keyword and len(keyword) >= 6
                    and any(abs(len(w) - len(keyword)) <= 2 and fuzz.ratio(w, keyword) >= 85 for w in words)
                ):
                    bonuses[intent] = KEYWORD_BONUS
                    break
        return bonuses

    def nearest_examples(self, normalized: str, intent: str | None = None, limit: int = 3) -> list[tuple[Example, float]]:
        """The examples most similar to the message, optionally of one intent only."""
        sims = self.example_similarities(normalized)
        order = np.argsort(-sims)
        found = []
        for index in order:
            example = self.examples[int(index)]
            if intent is None or example.intent == intent:
                found.append((example, float(sims[index])))
                if len(found) == limit:
                    break
        return found
