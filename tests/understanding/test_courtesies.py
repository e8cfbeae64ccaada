"""A greeting before a question, or thanks after it, does not hide the question."""
import pytest

from bot.understanding.normalize import normalize
from bot.understanding.training import PLAIN_TALK, normalized_examples, with_courtesies


@pytest.mark.parametrize("text, intent", [
    ("hola buenas noches, quiero regresar a mi pais", "return_home"),
    ("buenas tardes disculpe la molestia, donde esta la oficina de tapachula", "office_locations"),
    ("hi good evening, how can i ask for asylum in mexico", "asylum_refuge"),
    ("q numero marco pa denunciar trata? gracias de antemano", "hotlines"),
    ("what papers do i need to go back to honduras, thanks in advance", "return_home"),
    ("hola, quiero regresar a la escuela", "out_of_scope"),  # a look-alike stays out of scope
])
def test_courtesies_around_a_question_leave_the_question(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


@pytest.mark.parametrize("text, intent", [
    ("hola buenas noches", "greeting"),
    ("gracias por la info", "thanks"),
])
def test_courtesies_alone_are_still_courtesies(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


def test_wrapped_copies_use_the_content_s_own_courtesies_in_the_same_language(understanding):
    content = understanding.content
    wrapped = with_courtesies(normalized_examples(content))
    assert wrapped == with_courtesies(normalized_examples(content))  # the same content always trains the same model
    assert {label for _, label in wrapped}.isdisjoint(PLAIN_TALK)

    def phrases(intent_id, lang):
        return {normalize(p) for p in content.intents[intent_id].examples.get(lang, ())}

    def wraps(text, label, lang):
        greetings, thanks, questions = phrases("greeting", lang), phrases("thanks", lang), phrases(label, lang)
        return (any(text.startswith(f"{g} ") and text[len(g) + 1:] in questions for g in greetings)
                or any(text.endswith(f" {t}") and text[:-len(t) - 1] in questions for t in thanks))

    for text, label in wrapped:
        assert any(wraps(text, label, lang) for lang in content.languages), text
    topic_examples = sum(len(p) for i in content.intents.values() if i.id not in PLAIN_TALK
                         for p in i.examples.values())
    assert 0.3 < len(wrapped) / topic_examples < 0.7


def test_wrapped_copies_are_never_shown_as_nearest_examples(understanding):
    content = understanding.content
    examples = {normalize(p) for i in content.intents.values() for ps in i.examples.values() for p in ps}
    copies = {text for text, _ in with_courtesies(normalized_examples(content))} - examples
    assert copies and set(understanding.model.examples).isdisjoint(copies)


def test_a_new_example_leaves_every_other_phrase_s_copies_as_they_were(understanding):
    """Staff add a phrase: only that phrase's training copies are new, so answers elsewhere stay put."""
    from bot.understanding.linear import with_typos

    examples = normalized_examples(understanding.content)
    before = set(with_courtesies(examples))
    examples["return_home"]["es"] = ["quiero volver a mi tierra con mis dos hijos", *examples["return_home"]["es"]]
    after = set(with_courtesies(examples))
    assert before <= after and len(after - before) <= 1
    texts = ["me quiero regresar a honduras", "donde esta la oficina"]
    assert with_typos(texts) == with_typos(texts[:1]) + with_typos(texts[1:])
