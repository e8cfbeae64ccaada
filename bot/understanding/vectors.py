"""TF-IDF vectors of letter groups and words, and a fast similarity index over them."""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

import numpy as np

NGRAMS = (3, 4, 5)


def features(normalized: str) -> Counter:
    """Letter 3-5-grams inside each word, the words, and pairs of neighbouring words."""
    words = normalized.split()
    counts: Counter = Counter()
    for word in words:
        counts["w " + word] += 1
        padded = f" {word} "
        for n in NGRAMS:
            if len(padded) < n:
                continue
            for i in range(len(padded) - n + 1):
                counts[padded[i:i + n]] += 1
    for first, second in zip(words, words[1:]):
        counts[f"b {first} {second}"] += 1
    return counts


class Vectorizer:
    """Maps texts to L2-normalised TF-IDF vectors over a vocabulary learnt from documents."""

    def __init__(self, documents: Iterable[Counter]) -> None:
        document_frequency: Counter = Counter()
        total = 0
        for counts in documents:
            document_frequency.update(counts.keys())
            total += 1
        self.vocabulary = {feat: i for i, feat in enumerate(document_frequency)}
        self.idf = np.array([math.log((1 + total) / (1 + document_frequency[f])) + 1.0
                             for f in self.vocabulary], dtype=np.float32)
        self.unknown_idf = math.log(1 + total) + 1.0

    def vector(self, counts: Counter) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids and weights of known features, normalised by the norm of all features."""
        ids, weights, norm = [], [], 0.0
        for feat, count in counts.items():
            tf = 1.0 + math.log(count)
            index = self.vocabulary.get(feat)
            if index is None:
                norm += (tf * self.unknown_idf) ** 2
                continue
            weight = tf * float(self.idf[index])
            ids.append(index)
            weights.append(weight)
            norm += weight * weight
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scale = 1.0 / math.sqrt(norm)
        return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32) * scale


class SimilarityIndex:
    """Cosine similarity of a query against many stored vectors, via an inverted index."""

    def __init__(self, vectors: Sequence[tuple[np.ndarray, np.ndarray]], size: int) -> None:
        self.count = len(vectors)
        rows = np.concatenate([np.full(len(ids), row, dtype=np.int64)
                               for row, (ids, _) in enumerate(vectors)] or [np.zeros(0, np.int64)])
        cols = np.concatenate([ids for ids, _ in vectors] or [np.zeros(0, np.int64)])
        vals = np.concatenate([w for _, w in vectors] or [np.zeros(0, np.float32)])
        built = SimilarityIndex.from_triples(rows, cols, vals, self.count, size)
        self._rows, self._vals, self._cols, self._ptr = built._rows, built._vals, built._cols, built._ptr

    @classmethod
    def from_triples(cls, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, count: int, size: int,
                     max_share: float = 1.0) -> "SimilarityIndex":
        """An index from (row, feature, weight) triples.

        Features found in more than `max_share` of the rows are left out: they carry little
        weight (low IDF) and would make every lookup touch most rows.
        """
        index = cls.__new__(cls)
        index.count = count
        if max_share < 1.0 and len(cols):
            frequency = np.bincount(cols, minlength=size)
            keep = frequency[cols] <= max(1, int(max_share * count))
            rows, cols, vals = rows[keep], cols[keep], vals[keep]
        order = np.argsort(cols, kind="stable")
        index._rows = rows[order].astype(np.int32)
        index._vals = vals[order].astype(np.float32)
        index._cols = cols[order].astype(np.int64)
        index._ptr = np.zeros(size + 1, dtype=np.int64)
        np.add.at(index._ptr, index._cols + 1, 1)
        np.cumsum(index._ptr, out=index._ptr)
        return index

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The stored (row, feature, weight) triples."""
        return self._rows.astype(np.int64), self._cols, self._vals

    def similarities(self, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Similarity of the query (ids, weights) with every stored vector."""
        if len(ids) == 0 or self.count == 0:
            return np.zeros(self.count, dtype=np.float32)
        starts, ends = self._ptr[ids], self._ptr[ids + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(self.count, dtype=np.float32)
        # Positions of every posting of every query feature, without a Python loop.
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        contributions = self._vals[offsets] * np.repeat(weights, lengths)
        return np.bincount(self._rows[offsets], weights=contributions, minlength=self.count)
