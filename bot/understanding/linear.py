"""A linear intent classifier over letter groups and words: trained once per content, then cached.

Training uses scikit-learn's LinearSVC (liblinear), loaded only when the content changes;
answering a message needs only numpy, so start-up and each message stay fast.
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

FEATURES_VERSION = "4"  # bump when features() changes, so caches are rebuilt
CHAR_NGRAMS = (2, 5)
REGULARISATION = 1.0


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
    terms: Counter = Counter(f"w {w}" for w in words)
    terms.update(f"b {a} {b}" for a, b in zip(words, words[1:]))
    return chars, terms


class LinearModel:
    """Weights of a one-vs-rest linear classifier and the TF-IDF vocabulary it reads."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, weights: np.ndarray,
                 bias: np.ndarray, classes: Sequence[str]) -> None:
        self.vocabulary = {feat: i for i, feat in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)  # features x classes
        self.bias = bias.astype(np.float32)
        self.classes = tuple(classes)

    def vector(self, normalized: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature ids and TF-IDF weights, each block (letters, words) scaled to unit length."""
        all_ids: list[int] = []
        all_weights: list[float] = []
        for block in features(normalized):
            ids, weights = [], []
            for feat, count in block.items():
                index = self.vocabulary.get(feat)
                if index is not None:
                    ids.append(index)
                    weights.append((1.0 + math.log(count)) * float(self.idf[index]))
            norm = math.sqrt(sum(w * w for w in weights)) or 1.0
            all_ids += ids
            all_weights += [w / norm for w in weights]
        return np.asarray(all_ids, dtype=np.int64), np.asarray(all_weights, dtype=np.float32)

    def decision(self, normalized: str) -> np.ndarray:
        """The margin of each class (positive: the classifier says yes)."""
        ids, weights = self.vector(normalized)
        if len(ids) == 0:
            return self.bias.copy()
        return weights @ self.weights[ids] + self.bias


def _training_key(texts: Sequence[str], labels: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{FEATURES_VERSION}|{REGULARISATION}|{CHAR_NGRAMS}".encode())
    for text, label in zip(texts, labels):
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:24]


def with_typos(texts: Sequence[str], labels: Sequence[str], seed: int = 1) -> tuple[list[str], list[str]]:
    """The examples plus one copy of each with a typo (a letter dropped, swapped or doubled).

    People type on small screens in a hurry; showing the classifier such slips makes it
    lean less on any single letter group.
    """
    rng = random.Random(seed)
    noisy = []
    for text in texts:
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
    return list(texts) + noisy, list(labels) + list(labels)


def train(texts: Sequence[str], labels: Sequence[str]) -> LinearModel:
    """Fit the classifier on normalised texts and typo'd copies of them (needs scikit-learn)."""
    from scipy.sparse import csr_matrix
    from sklearn.svm import LinearSVC

    texts, labels = with_typos(texts, labels)

    vocabulary: dict[str, int] = {}
    blocks = [features(text) for text in texts]
    frequency: Counter = Counter()
    for block_pair in blocks:
        for block in block_pair:
            frequency.update(block.keys())
    for feat in frequency:
        vocabulary[feat] = len(vocabulary)
    total = len(texts)
    idf = np.array([math.log((1 + total) / (1 + frequency[f])) + 1.0 for f in vocabulary], dtype=np.float64)
    rows, cols, vals = [], [], []
    for row, block_pair in enumerate(blocks):
        for block in block_pair:
            ids = [vocabulary[f] for f in block]
            weights = [(1.0 + math.log(c)) * idf[vocabulary[f]] for f, c in block.items()]
            norm = math.sqrt(sum(w * w for w in weights)) or 1.0
            rows += [row] * len(ids)
            cols += ids
            vals += [w / norm for w in weights]
    matrix = csr_matrix((vals, (rows, cols)), shape=(total, len(vocabulary)))
    svm = LinearSVC(C=REGULARISATION).fit(matrix, list(labels))
    coef = svm.coef_.T
    bias = svm.intercept_
    classes = [str(c) for c in svm.classes_]
    if len(classes) == 2:  # liblinear gives one column for two classes
        coef = np.hstack([-coef, coef])
        bias = np.array([-bias[0], bias[0]])
    return LinearModel(list(vocabulary), idf, coef, bias, classes)


def cache_dir() -> Path:
    """Where trained models are kept between runs (BOT_CACHE_DIR, else ~/.cache/brujula)."""
    configured = os.environ.get("BOT_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "brujula"


def _save(model: LinearModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(model.vocabulary, key=model.vocabulary.get)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
        np.savez(handle, idf=model.idf, weights=model.weights, bias=model.bias,
                 vocabulary=np.array(json.dumps(vocabulary)), classes=np.array(json.dumps(model.classes)))
    os.replace(handle.name, path)


def _load(path: Path) -> LinearModel:
    with np.load(path, allow_pickle=False) as data:
        return LinearModel(json.loads(str(data["vocabulary"])), data["idf"], data["weights"],
                           data["bias"], json.loads(str(data["classes"])))


def trained_model(texts: Sequence[str], labels: Sequence[str], use_cache: bool = True) -> LinearModel:
    """The model for these examples: from the cache when they have not changed, else trained now."""
    path = cache_dir() / f"intents-{_training_key(texts, labels)}.npz"
    if use_cache and path.exists():
        try:
            return _load(path)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file is simply rebuilt
    model = train(texts, labels)
    if use_cache:
        try:
            _save(model, path)
        except OSError:
            pass  # a read-only disk only costs the next start-up some time
    return model
