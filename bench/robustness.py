"""How the understanding holds up on messier messages, beside the TF-IDF + linear SVM anchor.

1. Typing slips. The labelled sets already hold the typos their authors thought of. This
   adds more, the way thumbs on a small screen make them: in a share of the words (four
   letters or more) one slip each — a letter dropped, two swapped, a neighbouring key hit,
   or a Spanish sound spelt another way (ke, b/v, s/c/z, y/ll, a silent h dropped). Each
   rate is measured with three fixed seeds, so runs are comparable.
2. Courtesies. People greet before they ask and thank after: each message that is not
   itself a greeting, thanks, goodbye or menu request gets a greeting before it, a thank-you
   after it, or both. The courtesies below are none of the content's example phrases.
3. Appeals. "…ayudenme por favor", "…es urgente" added to questions about a topic (messages
   labelled out of scope are left out here: with an appeal for help they get the emergency
   answer, on purpose).

Numbers, not assertions. Run: `make bench` or `.venv/bin/python bench/robustness.py [SET.yml ...]`
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.validate import load_checked  # noqa: E402
from bot.evaluation import Item, Score, SvmAnchor, load_items  # noqa: E402
from bot.understanding.understand import Understanding  # noqa: E402

DEFAULT_SETS = ("dev", "field_dev", "field_dev2", "holdout", "test", "probe")
RATES = (0.0, 0.25, 0.5)
SEEDS = (11, 23, 37)
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
GREETINGS = {"es": ("hola buenas noches", "buenas tardes disculpe la molestia,", "oiga una pregunta,",
                     "mire fijese que", "que tal buen dia,", "buenos dias señorita"),
             "en": ("hi good evening", "hello sorry to bother you,", "hey quick question,", "so basically",
                    "hello there,")}
THANKS = {"es": ("muchas gracias de antemano", "bendiciones", "se lo agradezco", "gracias por su tiempo", "🙏"),
          "en": ("thanks in advance", "pls", "🙏", "cheers", "thank u for ur time")}
APPEALS = {"es": ("ayudenme por favor", "es urgente", "porfa ayudenme", "urgente!!"),
           "en": ("please help me", "its urgent", "help me please", "urgent!!")}
PLAIN = ("greeting", "thanks", "goodbye", "menu")
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


def with_courtesy(text: str, lang: str, where: str, rng: random.Random) -> str:
    lang = lang if lang in GREETINGS else "es"
    if where in ("before", "both"):
        text = f"{rng.choice(GREETINGS[lang])} {text}"
    if where in ("after", "both"):
        text = f"{text} {rng.choice(THANKS[lang])}"
    return text


class Comparison:
    """Brújula and the anchor scored side by side (bot.evaluation.Score) on altered messages."""

    def __init__(self, understanding: Understanding, anchor: SvmAnchor) -> None:
        self.understanding, self.anchor = understanding, anchor
        self.ours, self.theirs = Score("Brújula"), Score("anchor")

    def add(self, text: str, item: Item) -> None:
        self.ours.add(item, self.understanding.analyse(text).intent)
        self.theirs.add(item, self.anchor.classify(text))

    def row(self, label: str) -> str:
        ours, theirs = self.ours, self.theirs
        emergencies = max(1, ours.emergencies)
        return (f"{label:>16} {100 * ours.correct / ours.total:>8.1f}% {100 * theirs.correct / theirs.total:>7.1f}% "
                f"{100 * (ours.correct - theirs.correct) / ours.total:>+6.1f} "
                f"{100 * ours.emergencies_caught / emergencies:>25.1f}% "
                f"{100 * theirs.emergencies_caught / emergencies:>7.1f}%")


HEADER = f"{'':>16} {'Brújula':>9} {'anchor':>8} {'gap':>6} {'Brújula emergency recall':>26} {'anchor':>8}"


def main(paths: list[Path]) -> None:
    content = load_checked(ROOT)
    understanding = Understanding(content)
    anchor = SvmAnchor(content)
    items = [item for path in paths for item in load_items(path)]
    print(f"{len(items)} labelled messages from {', '.join(p.stem for p in paths)}; seeds {SEEDS}")
    print(f"\ntyping slips (share of words of 4+ letters with one slip)\n{HEADER}")
    for rate in RATES:
        tally = Comparison(understanding, anchor)
        for seed in SEEDS if rate else SEEDS[:1]:
            rng = random.Random(seed)
            for item in items:
                tally.add(with_slips(item.text, rate, rng), item)
        print(tally.row(f"{rate:.0%}"))
    wrapped = [item for item in items if item.accept[0] not in PLAIN]
    print(f"\ncourtesies ({len(wrapped)} messages that are not greetings, thanks, goodbyes or menu requests)\n{HEADER}")
    for where in ("none", "before", "after", "both"):
        tally = Comparison(understanding, anchor)
        for seed in SEEDS if where != "none" else SEEDS[:1]:
            rng = random.Random(seed)
            for item in wrapped:
                tally.add(with_courtesy(item.text, item.lang, where, rng), item)
        print(tally.row({"none": "as written", "before": "greeting before", "after": "thanks after",
                         "both": "both"}[where]))
    asking = [item for item in wrapped if item.accept[0] != "out_of_scope"]
    print(f"\nappeals ({len(asking)} messages about a topic or an emergency)\n{HEADER}")
    for label, appeal in (("as written", False), ("appeal after", True)):
        tally = Comparison(understanding, anchor)
        rng = random.Random(SEEDS[0])
        for item in asking:
            lang = item.lang if item.lang in APPEALS else "es"
            tally.add(f"{item.text} {rng.choice(APPEALS[lang])}" if appeal else item.text, item)
        print(tally.row(label))


if __name__ == "__main__":
    chosen = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests" / "data" / f"{s}.yml" for s in DEFAULT_SETS]
    main(chosen)
