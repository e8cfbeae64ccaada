"""Quality floors on the labelled tuning sets (written apart from the examples). Not timed."""
from pathlib import Path

import pytest

from bot.evaluation import evaluate, load_items

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module", params=["dev.yml", "field_dev.yml"])
def dev_score(request, understanding):
    def classify(text):
        analysis = understanding.analyse(text)
        return analysis.intent, analysis.lang or analysis.likely_lang, analysis.office

    return evaluate(load_items(DATA / request.param), request.param, classify)


def test_in_scope_accuracy(dev_score):
    assert dev_score.in_scope_correct / dev_score.in_scope >= 0.95


def test_every_emergency_is_caught(dev_score):
    assert dev_score.emergencies_caught == dev_score.emergencies


def test_out_of_scope_is_declined_without_declining_real_questions(dev_score):
    assert dev_score.declined / dev_score.out_of_scope >= 0.90
    assert dev_score.wrongly_declined / dev_score.in_scope <= 0.03


def test_language_and_office(dev_score):
    assert dev_score.language_correct / dev_score.language_total >= 0.98
    assert dev_score.office_correct / dev_score.office_total >= 0.95


def test_every_example_is_understood_as_its_own_intent(brain, understanding):
    """Content as data: each example phrase leads to its own intent (or, recall first, to emergency)."""
    wrong = []
    for intent in brain.content.intents.values():
        for texts in intent.examples.values():
            for text in texts:
                got = understanding.analyse(text).intent
                if got != intent.id and got != "emergency":
                    wrong.append((intent.id, got, text))
    assert wrong == []


def test_every_emergency_example_is_an_emergency(brain, understanding):
    missed = [text for texts in brain.content.intents["emergency"].examples.values() for text in texts
              if understanding.analyse(text).intent != "emergency"]
    assert missed == []


EMERGENCY_SETS = ["emergency_probe.yml", *(f"emergency_dev{n}.yml" for n in range(2, 90)), "emergency_test.yml"]


@pytest.mark.parametrize("name", EMERGENCY_SETS)
def test_emergencies_written_blind_are_caught(understanding, name):
    """260 + 88 × 140–200 ways of saying "danger now", written by helpers: a floor that guards the cues."""
    items = [item for item in load_items(DATA / name) if item.accept[0] == "emergency"]
    missed = [item.text for item in items if understanding.analyse(item.text).intent != "emergency"]
    assert len(missed) <= len(items) * 0.015, missed
