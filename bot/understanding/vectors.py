"""A fast cosine-similarity index over many sparse vectors (the example phrases)."""
from __future__ import annotations

import numpy as np


class SimilarityIndex:
    """Cosine similarity of a query against many stored vectors, via an inverted index."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, count: int, size: int,
                 max_share: float = 1.0) -> None:
        """Index `count` vectors given as (row, feature, weight) triples over `size` features.

        Features found in more than `max_share` of the rows are left out: they carry little
        weight (low IDF) and would make every lookup touch most rows.
        """
        self.count = count
        if max_share < 1.0 and len(cols):
            frequency = np.bincount(cols, minlength=size)
            keep = frequency[cols] <= max(1, int(max_share * count))
            rows, cols, vals = rows[keep], cols[keep], vals[keep]
        order = np.argsort(cols, kind="stable")
        self._rows = rows[order].astype(np.int32)
        self._vals = vals[order].astype(np.float32)
        self._cols = cols[order].astype(np.int64)
        self._ptr = np.zeros(size + 1, dtype=np.int64)
        np.add.at(self._ptr, self._cols + 1, 1)
        np.cumsum(self._ptr, out=self._ptr)

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
