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

from ..content.model import Content
from .normalize import normalize

GREETING, THANKS = "greeting", "thanks"
PLAIN_TALK = (GREETING, "menu", THANKS, "goodbye")  # never outweigh a danger cue ("hi, help me")
COURTESY_SHARE = 0.5  # share of topic examples that also get a copy with a greeting or thanks
COURTESY_SEED = 3  # fixed: the same content always gives the same training set (and cache)


def training_set(content: Content) -> tuple[list[str], list[str], list[bool]]:
    """Normalised texts, their intents, and which of them are example phrases (shown as nearest)."""
    texts, labels, examples = [], [], []
    for intent in content.intents.values():
        for is_example, groups in ((True, intent.examples), (False, intent.keywords)):
            for phrases in groups.values():
                for phrase in phrases:
                    normalized = normalize(phrase)
                    if normalized:
                        texts.append(normalized)
                        labels.append(intent.id)
                        examples.append(is_example)
    for text, label in with_courtesies(content):
        texts.append(text)
        labels.append(label)
        examples.append(False)
    return texts, labels, examples


def with_courtesies(content: Content) -> list[tuple[str, str]]:
    """Topic examples wrapped in a greeting or a thank-you of their own language."""
    polite: dict[str, dict[str, list[str]]] = {GREETING: {}, THANKS: {}}
    for kind, by_lang in polite.items():
        intent = content.intents.get(kind)
        for lang, phrases in (intent.examples.items() if intent else ()):
            by_lang[lang] = [n for n in map(normalize, phrases) if n]
    rng = random.Random(COURTESY_SEED)
    wrapped = []
    for intent in content.intents.values():
        if intent.id in PLAIN_TALK:
            continue
        for lang, phrases in intent.examples.items():
            for phrase in phrases:
                normalized = normalize(phrase)
                if not normalized or rng.random() >= COURTESY_SHARE:
                    continue
                kind = rng.choice((GREETING, THANKS))
                pool = polite[kind].get(lang)
                if not pool:
                    continue
                courtesy = rng.choice(pool)
                text = f"{courtesy} {normalized}" if kind == GREETING else f"{normalized} {courtesy}"
                wrapped.append((text, intent.id))
    return wrapped
