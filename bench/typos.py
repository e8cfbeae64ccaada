"""How much typing slips cost the understanding, beside the TF-IDF + linear SVM anchor.

The labelled sets already hold the typos their authors thought of. This adds more, the
way thumbs on a small screen make them: in a share of the words (four letters or more) one
slip each — a letter dropped, two swapped, a neighbouring key hit, or a Spanish sound
spelt another way (ke, b/v, s/c/z, y/ll, a silent h dropped). Each rate is measured with
three fixed seeds, so runs are comparable. Numbers, not assertions.

Run: `make bench` or `.venv/bin/python bench/typos.py [tests/data/SET.yml ...]`
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.validate import load_checked  # noqa: E402
from bot.evaluation import SvmAnchor, load_items  # noqa: E402
from bot.understanding.understand import Understanding  # noqa: E402

DEFAULT_SETS = ("dev", "field_dev", "field_dev2", "holdout", "test", "probe")
RATES = (0.0, 0.25, 0.5)
SEEDS = (11, 23, 37)
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
SOUNDS = (("que", "ke"), ("qui", "ki"), ("ce", "se"), ("ci", "si"), ("v", "b"), ("b", "v"),
          ("ll", "y"), ("h", ""), ("z", "s"), ("gue", "ge"), ("s", "z"))


def next_keys(letter: str) -> list[str]:
    for row in KEYBOARD_ROWS:
        at = row.find(letter)
        if at >= 0:
            return [row[i] for i in (at - 1, at + 1) if 0 <= i < len(row)]
    return [letter]


def slip(word: str, rng: random.Random) -> str:
    """The word with one slip of the thumb or of the ear."""
    at = rng.randrange(len(word))
    roll = rng.random()
    if roll < 0.25:
        return word[:at] + word[at + 1:]
    if roll < 0.45 and at + 1 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if roll < 0.65 and word[at].isalpha():
        return word[:at] + rng.choice(next_keys(word[at].lower())) + word[at + 1:]
    heard, spelt = rng.choice(SOUNDS)
    return word.replace(heard, spelt, 1) if heard in word else word[:at] + word[at] + word[at:]


def with_slips(text: str, rate: float, rng: random.Random) -> str:
    return " ".join(slip(w, rng) if len(w) >= 4 and rng.random() < rate else w for w in text.split(" "))


def main(paths: list[Path]) -> None:
    content = load_checked(ROOT)
    understanding = Understanding(content)
    anchor = SvmAnchor(content)
    items = [item for path in paths for item in load_items(path)]
    emergencies = [i for i, item in enumerate(items) if item.accept[0] == "emergency"]
    print(f"{len(items)} labelled messages from {', '.join(p.stem for p in paths)}; "
          f"{len(emergencies)} emergencies; seeds {SEEDS}")
    print(f"{'words slipped':>14} {'Brújula':>9} {'anchor':>8} {'gap':>7} {'Brújula emergency recall':>26} {'anchor':>8}")
    for rate in RATES:
        ours = theirs = ours_em = theirs_em = total = total_em = 0
        for seed in SEEDS if rate else SEEDS[:1]:
            rng = random.Random(seed)
            for i, item in enumerate(items):
                text = with_slips(item.text, rate, rng)
                got = understanding.analyse(text).intent in item.accept
                base = anchor.classify(text) in item.accept
                ours, theirs, total = ours + got, theirs + base, total + 1
                if i in emergencies:
                    ours_em, theirs_em, total_em = ours_em + got, theirs_em + base, total_em + 1
        print(f"{rate:>13.0%} {100 * ours / total:>8.1f}% {100 * theirs / total:>7.1f}% "
              f"{100 * (ours - theirs) / total:>+6.1f} {100 * ours_em / total_em:>25.1f}% "
              f"{100 * theirs_em / total_em:>7.1f}%")


if __name__ == "__main__":
    chosen = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests" / "data" / f"{s}.yml" for s in DEFAULT_SETS]
    main(chosen)
