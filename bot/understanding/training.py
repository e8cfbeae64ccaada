"""What the intent classifier learns from: the example phrases, the cue words, and courtesies.

People rarely ask bare questions: they write "hola buenas noches, quiero regresar a mi pais"
or "...donde esta la oficina? gracias". Trained only on bare examples, a linear classifier
reads "hola" and "gracias" as strong signs of the greeting and thanks topics, and such a
message gets a greeting back instead of an answer. So, for half of the topic examples, a
copy wrapped in a greeting (before) or a thank-you (after) is added, both taken from the
content's own greeting and thanks examples in the same language: the classifier learns that
courtesy words say little when a topic is there. The copies train the classifier only; they
are not shown as nearest examples.
"""
from __future__ import annotations

import random

from ..content.model import OUT_OF_SCOPE, Content
from .normalize import normalize

GREETING, THANKS = "greeting", "thanks"
PLAIN_TALK = (GREETING, "menu", THANKS, "goodbye")  # never outweigh a danger cue ("hi, help me")
COURTESY_SHARE = 0.5  # share of topic examples that also get a copy with a greeting or thanks
COURTESY_SEED = 3  # fixed: the same content always gives the same training set (and cache)


Phrases = dict[str, dict[str, list[str]]]  # intent -> language -> normalised example phrases


def training_set(content: Content) -> tuple[list[str], list[str], list[bool]]:
    """Normalised texts, their intents, and which of them are example phrases (shown as nearest)."""
    examples = normalized_examples(content)
    texts, labels, is_example = [], [], []
    for intent in content.intents.values():
        for flag, groups in ((True, examples[intent.id]), (False, _normalized(intent.keywords))):
            for phrases in groups.values():
                texts += phrases
                labels += [intent.id] * len(phrases)
                is_example += [flag] * len(phrases)
    for text, label in with_courtesies(examples):
        texts.append(text)
        labels.append(label)
        is_example.append(False)
    return texts, labels, is_example


def look_alike_set(content: Content) -> list[tuple[str, bool]]:
    """For the look-alike model: (phrase, not ours?) — out-of-scope examples and every intent's
    `look_alikes` against the topics' own examples (plain talk, which is short, is left out)."""
    pairs = []
    for intent in content.intents.values():
        if intent.id not in PLAIN_TALK:
            ours = intent.id != OUT_OF_SCOPE
            pairs += [(phrase, not ours) for phrases in _normalized(intent.examples).values() for phrase in phrases]
    for intent in content.intents.values():
        pairs += [(phrase, True) for phrases in _normalized(intent.look_alikes).values() for phrase in phrases]
    return pairs


def normalized_examples(content: Content) -> Phrases:
    return {intent.id: _normalized(intent.examples) for intent in content.intents.values()}


def _normalized(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    return {lang: [n for n in map(normalize, phrases) if n] for lang, phrases in groups.items()}


def with_courtesies(examples: Phrases) -> list[tuple[str, str]]:
    """Topic examples wrapped in a greeting or a thank-you of their own language."""
    polite = {kind: examples.get(kind, {}) for kind in (GREETING, THANKS)}
    wrapped = []
    for intent_id, by_lang in examples.items():
        if intent_id in PLAIN_TALK:
            continue
        for lang, phrases in by_lang.items():
            for phrase in phrases:
                # Drawn per phrase: adding or editing one phrase leaves every other phrase's copy as it was.
                rng = random.Random(f"{COURTESY_SEED}:{intent_id}:{lang}:{phrase}")
                if rng.random() >= COURTESY_SHARE:
                    continue
                kind = rng.choice((GREETING, THANKS))
                pool = polite[kind].get(lang)
                if not pool:
                    continue
                courtesy = rng.choice(pool)
                wrapped.append((f"{courtesy} {phrase}" if kind == GREETING else f"{phrase} {courtesy}", intent_id))
    return wrapped
