"""Look-alikes: messages that share words with a topic but are not about it are declined,
with the topic they resemble offered as a suggestion, and never at the cost of an emergency."""
import pytest


@pytest.mark.parametrize("text, resembles", [
    ("whats 12 times 31", "child_protection"),
    ("wheres the IMSS clinic in tuxtla for my work insurance", "health_services"),
    ("bro whats the best vpn so my mom cant see my chats lol", "privacy"),
    ("queja en profeco por un refri", "rights_complaints"),
])
def test_a_look_alike_is_declined_with_the_topic_it_resembles_suggested(understanding, text, resembles):
    analysis = understanding.analyse(text)
    assert analysis.intent == "out_of_scope"
    assert resembles in analysis.suggestions


def test_most_look_alikes_in_the_content_are_declined(understanding):
    phrases = [p for intent in understanding.content.intents.values()
               for texts in intent.look_alikes.values() for p in texts]
    declined = [p for p in phrases if understanding.analyse(p).intent == "out_of_scope"]
    assert len(phrases) >= 300
    assert len(declined) >= 0.9 * len(phrases)


def test_the_look_alike_model_never_overrules_danger(understanding):
    assert understanding.analyse("voy a hacer algo tonto esta noche, ya lo decidi").intent == "emergency"


def test_without_look_alikes_nothing_looks_alike(understanding):
    from bot.understanding.linear import train
    model = train(["quiero regresar a mi pais", "hola"], ["return_home", "greeting"])
    assert model.look_alike("quiero regresar a la escuela") < 0.01
