"""Intent scores from a linear classifier and from the nearest example phrases.

Both read the same TF-IDF vectors of letter groups and words. Training uses scikit-learn's
LinearSVC (liblinear) only when the content changes; the result is cached on disk, so
answering a message needs only numpy and start-up stays fast.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from ..paths import cache_dir
from .vectors import SimilarityIndex

FEATURES_VERSION = "9"  # bump when features() or training change, so caches are rebuilt
CHAR_NGRAMS = (2, 5)
REGULARISATION = 2.0
LOOK_ALIKE_REGULARISATION = 10.0
LETTER_CACHE_LIMIT = 100_000
NEIGHBOUR_MAX_SHARE = 0.1  # letter groups in more than 10 % of examples are skipped for neighbours (speed)
NEIGHBOUR_QUERY_FEATURES = 200  # at most this many of a message's features look for neighbours


def features(normalized: str) -> tuple[Counter, Counter]:
    """Letter 2-5-grams inside space-padded words, and words and word pairs."""
    words = normalized.split()
    chars: Counter = Counter()
    low, high = CHAR_NGRAMS
    for word in words:
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                chars[padded] += 1
                break
            for i in range(len(padded) - n + 1):
                chars[padded[i:i + n]] += 1
    return chars, Counter(terms(words))


def terms(words: Sequence[str]) -> list[str]:
    """Word features: each word and each pair of neighbouring words."""
    return [f"w {w}" for w in words] + [f"b {a} {b}" for a, b in zip(words, words[1:])]


def _vector(blocks: tuple[Counter, Counter], vocabulary: dict[str, int], idf: np.ndarray) -> tuple[list[int], list[float]]:
    """TF-IDF of known features, each block (letters, words) scaled to unit length."""
    all_ids: list[int] = []
    all_weights: list[float] = []
    for block in blocks:
        ids, weights = [], []
        for feat, count in block.items():
            index = vocabulary.get(feat)
            if index is not None:
                ids.append(index)
                weights.append((1.0 + math.log(count)) * float(idf[index]))
        norm = math.sqrt(sum(w * w for w in weights)) or 1.0
        all_ids += ids
        all_weights += [w / norm for w in weights]
    return all_ids, all_weights


class LinearModel:
    """Class weights, the vocabulary they read, and the example phrases as vectors."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray,
                 classes: Sequence[str], examples: Sequence[str], example_classes: np.ndarray,
                 example_vectors: tuple[np.ndarray, np.ndarray, np.ndarray],
                 look_alike: tuple[np.ndarray, float] | None = None) -> None:
        self.vocabulary = {feat: i for i, feat in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)  # features x classes
        self.bias = bias.astype(np.float32)
        self.classes = tuple(classes)
        self.examples = tuple(examples)  # sorted by class
        self.example_classes = example_classes.astype(np.int64)
        rows, cols, vals = example_vectors
        self._neighbours = SimilarityIndex(rows, cols, vals, len(examples), len(vocabulary),
                                                         NEIGHBOUR_MAX_SHARE)
        present = np.unique(self.example_classes)
        self._starts = np.searchsorted(self.example_classes, present)
        self._present = present
        self._letters: dict[str, np.ndarray] = {}
        self._last_vector: tuple[str | None, tuple[np.ndarray, np.ndarray]] = (None, (np.zeros(0), np.zeros(0)))
        if look_alike is None:  # nothing to tell topics from look-alikes with: never says "looks alike"
            look_alike = (np.zeros(len(vocabulary)), -30.0)
        self.look_alike_weights = np.ascontiguousarray(look_alike[0], dtype=np.float32)
        self.look_alike_bias = float(look_alike[1])

    def look_alike(self, normalized: str) -> float:
        """How likely the message only looks like one of our topics (0–1): the second model,
        trained on out-of-scope phrases and look-alikes against the topics' examples."""
        ids, weights = self.vector(normalized)
        z = float(weights @ self.look_alike_weights[ids]) + self.look_alike_bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def vector(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids and weights of a normalised message (same numbers as training, faster).
        The last one is kept: scoring a message and asking whether it looks alike read it twice."""
        last = self._last_vector
        if last[0] == normalized:
            return last[1]
        found = self._vector_of(normalized)
        self._last_vector = (normalized, found)
        return found

    def _vector_of(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        words = normalized.split()
        if not words:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vocabulary = self.vocabulary
        blocks = (np.concatenate([self._letter_ids(w) for w in words]),
                  np.fromiter((i for i in map(vocabulary.get, terms(words)) if i is not None), dtype=np.int64))
        ids, weights = [], []
        for block in blocks:
            if len(block) == 0:
                continue
            unique, counts = np.unique(block, return_counts=True)
            tfidf = (1.0 + np.log(counts)) * self.idf[unique]
            ids.append(unique)
            weights.append(tfidf / np.sqrt(np.dot(tfidf, tfidf)))
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        return np.concatenate(ids), np.concatenate(weights).astype(np.float32)

    def _letter_ids(self, word: str) -> np.ndarray:
        """Known letter-group ids of one word (with repeats), cached: words recur a lot."""
        cached = self._letters.get(word)
        if cached is None:
            chars, _ = features(word)
            found = [(self.vocabulary.get(g), n) for g, n in chars.items()]
            cached = np.array([i for i, n in found if i is not None for _ in range(n)], dtype=np.int64)
            if len(self._letters) < LETTER_CACHE_LIMIT:
                self._letters[word] = cached
        return cached

    def scores(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        """Per class: the classifier's margin, and the cosine similarity of the closest example."""
        ids, weights = self.vector(normalized)
        nearest = np.zeros(len(self.classes), dtype=np.float32)
        if len(ids) == 0:
            return self.bias.copy(), nearest
        margins = weights @ self.weights[ids] + self.bias
        sims = self._similarities(ids, weights)
        if len(self._present):
            nearest[self._present] = np.maximum.reduceat(sims, self._starts)
        return margins, nearest

    def _similarities(self, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Cosine similarity with every example, from the query's strongest features only."""
        if len(ids) > NEIGHBOUR_QUERY_FEATURES:  # long messages: the rest changes little, costs a lot
            strongest = np.argpartition(weights, -NEIGHBOUR_QUERY_FEATURES)[-NEIGHBOUR_QUERY_FEATURES:]
            ids, weights = ids[strongest], weights[strongest]
        return self._neighbours.similarities(ids, weights) / 2.0  # two unit blocks: cosine in [0, 1]

    def nearest(self, normalized: str, limit: int = 3) -> list[tuple[str, str, float]]:
        """The closest example phrases: (class, phrase, similarity)."""
        ids, weights = self.vector(normalized)
        sims = self._similarities(ids, weights)
        found: dict[str, tuple[str, str, float]] = {}  # "kiero…" and "quiero…" normalise alike: show once
        for i in np.argsort(-sims):
            found.setdefault(self.examples[i], (self.classes[self.example_classes[i]], self.examples[i], float(sims[i])))
            if len(found) == limit:
                break
        return list(found.values())


def with_typos(texts: Sequence[str], seed: int = 1) -> list[str]:
    """A copy of each text with one typo (a letter dropped, swapped or doubled).

    People type on small screens in a hurry; showing the classifier such slips makes it
    lean less on any single letter group.
    """
    noisy = []
    for text in texts:
        rng = random.Random(f"{seed}:{text}")  # drawn per text: adding a phrase leaves the others' slips as they were
        letters = list(text)
        if len(letters) > 4:
            i = rng.randrange(len(letters))
            roll = rng.random()
            if roll < 0.4:
                del letters[i]
            elif roll < 0.7 and i + 1 < len(letters):
                letters[i], letters[i + 1] = letters[i + 1], letters[i]
            else:
                letters.insert(i, letters[i])
        noisy.append("".join(letters))
    return noisy


def train(texts: Sequence[str], labels: Sequence[str], examples: Sequence[bool] | None = None,
          declines: Sequence[tuple[str, bool]] = ()) -> LinearModel:
    """Fit the classifier on normalised texts and typo'd copies (needs scikit-learn).

    `examples` marks which texts are example phrases (kept for nearest-example scores);
    the others (cue words) only train the classifier. `declines` are (text, not ours?) pairs
    for the look-alike model, which reads the same features.
    """
    from sklearn.svm import LinearSVC

    examples = list(examples) if examples is not None else [True] * len(texts)
    all_texts = list(texts) + with_typos(texts)
    all_labels = list(labels) * 2
    blocks = [features(text) for text in all_texts]
    frequency: Counter = Counter()
    for pair in blocks:
        for block in pair:
            frequency.update(block.keys())
    vocabulary = {feat: i for i, feat in enumerate(frequency)}
    total = len(all_texts)
    idf = np.array([math.log((1 + total) / (1 + frequency[f])) + 1.0 for f in vocabulary], dtype=np.float64)
    matrix = _matrix(blocks, vocabulary, idf)
    svm = LinearSVC(C=REGULARISATION, random_state=0).fit(matrix, all_labels)  # same content, same model
    classes = [str(c) for c in svm.classes_]
    coef, bias = svm.coef_.T, svm.intercept_
    if len(classes) == 2:  # liblinear keeps one column for two classes
        coef, bias = np.hstack([-coef, coef]), np.array([-bias[0], bias[0]])
    position = {c: i for i, c in enumerate(classes)}
    kept = sorted((i for i in range(len(texts)) if examples[i]), key=lambda i: position[labels[i]])
    sub = matrix[kept].tocoo()
    return LinearModel(list(vocabulary), idf, coef, bias, classes, [texts[i] for i in kept],
                       np.array([position[labels[i]] for i in kept], dtype=np.int64),
                       (sub.row.astype(np.int64), sub.col.astype(np.int64), sub.data.astype(np.float32)),
                       _train_look_alike(declines, vocabulary, idf))


def _train_look_alike(declines: Sequence[tuple[str, bool]], vocabulary: dict[str, int],
                      idf: np.ndarray) -> tuple[np.ndarray, float] | None:
    """Logistic regression: does a message only look like a topic? None without both kinds."""
    from sklearn.linear_model import LogisticRegression

    if len({flag for _, flag in declines}) < 2:
        return None
    matrix = _matrix([features(text) for text, _ in declines], vocabulary, idf)
    model = LogisticRegression(C=LOOK_ALIKE_REGULARISATION, solver="liblinear").fit(matrix, [flag for _, flag in declines])
    return model.coef_[0], float(model.intercept_[0])


def _matrix(blocks: Sequence[tuple[Counter, Counter]], vocabulary: dict[str, int], idf: np.ndarray):
    """The TF-IDF rows of these texts' features, as a sparse matrix."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for row, pair in enumerate(blocks):
        ids, weights = _vector(pair, vocabulary, idf)
        rows += [row] * len(ids)
        cols += ids
        vals += weights
    return csr_matrix((vals, (rows, cols)), shape=(len(blocks), len(vocabulary)))


def _training_key(texts: Sequence[str], labels: Sequence[str], examples: Sequence[bool],
                  declines: Sequence[tuple[str, bool]]) -> str:
    digest = hashlib.sha256(f"{FEATURES_VERSION}|{REGULARISATION}|{LOOK_ALIKE_REGULARISATION}|{CHAR_NGRAMS}".encode())
    for text, label, example in zip(texts, labels, examples):
        digest.update(f"{label}\t{int(example)}\t{text}\n".encode())
    for text, flag in declines:
        digest.update(f"look-alike {int(flag)}\t{text}\n".encode())
    return digest.hexdigest()[:24]


def _save(model: LinearModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(model.vocabulary, key=model.vocabulary.get)
    rows, cols, vals = model._neighbours.triples()
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
        np.savez(handle, idf=model.idf, weights=model.weights, bias=model.bias,
                 vocabulary=np.array(json.dumps(vocabulary)), classes=np.array(json.dumps(model.classes)),
                 examples=np.array(json.dumps(model.examples)), example_classes=model.example_classes,
                 rows=rows, cols=cols, vals=vals, look_alike_weights=model.look_alike_weights,
                 look_alike_bias=np.array(model.look_alike_bias))
    os.replace(handle.name, path)


def _load(path: Path) -> LinearModel:
    with np.load(path, allow_pickle=False) as data:
        return LinearModel(json.loads(str(data["vocabulary"])), data["idf"], data["weights"], data["bias"],
                           json.loads(str(data["classes"])), json.loads(str(data["examples"])),
                           data["example_classes"], (data["rows"], data["cols"], data["vals"]),
                           (data["look_alike_weights"], float(data["look_alike_bias"])))


def trained_model(texts: Sequence[str], labels: Sequence[str], examples: Sequence[bool] | None = None,
                  use_cache: bool = True, declines: Sequence[tuple[str, bool]] = ()) -> LinearModel:
    """The model for these texts: from the cache when they have not changed, else trained now."""
    examples = list(examples) if examples is not None else [True] * len(texts)
    path = cache_dir() / f"intents-{_training_key(texts, labels, examples, declines)}.npz"
    if use_cache and path.exists():
        try:
            return _load(path)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file is simply rebuilt
    model = train(texts, labels, examples, declines)
    if use_cache:
        try:
            _save(model, path)
        except OSError:
            pass  # a read-only disk only costs the next start-up some time
    return model
