"""Score the understanding on a labelled set, beside a TF-IDF + linear SVM anchor."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from .content.model import EMERGENCY, OUT_OF_SCOPE, Content


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    text: str
    lang: str
    accept: tuple[str, ...]
    office: str | None = None
    has_office: bool = False


@dataclass
class Score:
    """What a classifier got right and wrong on a labelled set."""

    name: str
    total: int = 0
    correct: int = 0
    in_scope: int = 0
    in_scope_correct: int = 0
    by_lang: Counter = field(default_factory=Counter)
    by_lang_correct: Counter = field(default_factory=Counter)
    emergencies: int = 0
    emergencies_caught: int = 0
    out_of_scope: int = 0
    declined: int = 0
    wrongly_declined: int = 0
    confusions: Counter = field(default_factory=Counter)
    language_total: int = 0
    language_correct: int = 0
    office_total: int = 0
    office_correct: int = 0

    def add(self, item: Item, intent: str, lang: str | None = None, office: str | None = None) -> None:
        ok = intent in item.accept
        self.total += 1
        self.correct += ok
        self.by_lang[item.lang] += 1
        self.by_lang_correct[item.lang] += ok
        if OUT_OF_SCOPE in item.accept:
            self.out_of_scope += 1
            self.declined += intent == OUT_OF_SCOPE
        else:
            self.in_scope += 1
            self.in_scope_correct += ok
            self.wrongly_declined += intent == OUT_OF_SCOPE
        if EMERGENCY in item.accept and item.accept[0] == EMERGENCY:
            self.emergencies += 1
            self.emergencies_caught += intent == EMERGENCY
        if not ok:
            self.confusions[(item.accept[0], intent)] += 1
        if lang is not None:
            self.language_total += 1
            self.language_correct += lang == item.lang
        if item.has_office:
            self.office_total += 1
            self.office_correct += office == item.office


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "   n/a"


def load_items(path: Path) -> list[Item]:
    """Read a labelled set: a list of {text, lang, accept: [...], office?}."""
    # libyaml's loader when the wheel has it: the labelled sets are ~35,000 messages.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    items = []
    for entry in data:
        accept = entry.get("accept") or [OUT_OF_SCOPE]
        if isinstance(accept, str):
            accept = [accept]
        items.append(Item(str(entry["text"]), str(entry.get("lang", "es")), tuple(accept),
                          entry.get("office"), "office" in entry))
    return items


def report(score: Score, detailed: bool = True) -> str:
    """A printable summary of one classifier's score."""
    lines = [f"== {score.name}",
             f"overall accuracy        {pct(score.correct, score.total)}  ({score.correct}/{score.total})",
             f"in-scope accuracy       {pct(score.in_scope_correct, score.in_scope)}  ({score.in_scope_correct}/{score.in_scope})"]
    for lang in sorted(score.by_lang):
        lines.append(f"  accuracy [{lang}]         {pct(score.by_lang_correct[lang], score.by_lang[lang])}  ({score.by_lang_correct[lang]}/{score.by_lang[lang]})")
    lines += [
        f"emergency recall        {pct(score.emergencies_caught, score.emergencies)}  ({score.emergencies_caught}/{score.emergencies})",
        f"out-of-scope declined   {pct(score.declined, score.out_of_scope)}  ({score.declined}/{score.out_of_scope})",
        f"in-scope wrongly declined {pct(score.wrongly_declined, score.in_scope)}  ({score.wrongly_declined}/{score.in_scope})",
    ]
    if score.language_total:
        lines.append(f"language                {pct(score.language_correct, score.language_total)}  ({score.language_correct}/{score.language_total})")
    if score.office_total:
        lines.append(f"office                  {pct(score.office_correct, score.office_total)}  ({score.office_correct}/{score.office_total})")
    if detailed and score.confusions:
        lines.append("most frequent confusions (expected -> got):")
        for (expected, got), count in score.confusions.most_common(12):
            lines.append(f"  {count:3d}  {expected} -> {got}")
    return "\n".join(lines)


def evaluate(items: list[Item], name: str, classify: Callable[[str], tuple[str, str | None, str | None]]) -> Score:
    """Run `classify(text) -> (intent, lang, office)` over the items."""
    score = Score(name)
    for item in items:
        intent, lang, office = classify(item.text)
        score.add(item, intent, lang, office)
    return score


class SvmAnchor:
    """The baseline to beat: TF-IDF of letter 2-5-grams and a linear SVM, on the same examples."""

    def __init__(self, content: Content) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        texts, labels = [], []
        for intent in content.intents.values():
            for examples in intent.examples.values():
                texts += examples
                labels += [intent.id] * len(examples)
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                          lowercase=True, strip_accents="unicode")
        self.model = LinearSVC(C=1.0, random_state=0).fit(self.vectorizer.fit_transform(texts), labels)
        self.threshold: float | None = None

    def classify(self, text: str) -> str:
        """The SVM's intent; out_of_scope when its best margin is under the threshold (if set)."""
        margins = self.model.decision_function(self.vectorizer.transform([text]))[0]
        best = int(margins.argmax())
        if self.threshold is not None and margins[best] < self.threshold:
            return OUT_OF_SCOPE
        return str(self.model.classes_[best])
