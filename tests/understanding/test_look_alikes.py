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


@pytest.mark.parametrize("text", [
    "traduceme esto al ingles: te quiero mucho", "can you translate this to french", "como se dice mariposa en ingles",
    "puedo cambiar el idioma de mi celular a ingles?", "change the language on my ps5 to english",
    "can you teach me spanish", "que idioma hablan en brasil",
    "what are the office hours of the mexican consulate in dallas?", "a q hora cierran los oxxo",
    "the office season 3 where can i watch it", "download microsoft office free",
    "this bot is trash", "ur so boring",
    "el coyote es un animal peligroso?", "there's a coyote in my backyard, is it dangerous", "el pollero de la esquina ya abrio?",
    "cuanto tarda la fila del puente en juarez pa cruzar con visa", "how much tequila can i bring back to the US",
    "donde puedo ver la serie secuestro express", "mi hermanito me extorsiona pa no decirle a mi mama que rompi el florero 😂",
    "trata de adivinar mi nombre", "como se trata la gastritis", "queja contra totalplay, llevo una semana sin internet",
    "medicina pa mi gato que vomita", "how do i become a doctor in mexico", "me deportaron del grupo de whats de la familia 💀",
    "mi hermano quiere regresar con su ex, le digo q si o q no?", "cuando es el retorno a clases en jalisco",
    "quiero mandar dinero a mi mama en honduras, cual remesadora cobra menos",
    "que significa asilo? es pa un crucigrama, 5 letras", "como se dice pollero en ingles", "eres bien menso bot",
    "cuales son mis derechos como consumidor si me vendieron una tele rota",
    "pasa tu numero mamacita", "hola hermosa de donde eres 😍", "kidnap me pls this party is so boring 😂",
    "Hi, I'm a journalist writing about the southern border. Could I get a comment from IOM's press office?",
    "hey im with a church in el paso, we want to donate clothes to migrants in juarez, how do we do that",
    "quiero asilo en tu corazon 😍", "need refuge from this heat lol", "me pasas el numero de un plomero", "numero de telefono de dominos",
])
def test_a_topic_word_about_something_else_is_declined(understanding, text):
    assert understanding.analyse(text).intent == "out_of_scope"


@pytest.mark.parametrize("text, intent", [
    ("en ingles porfa", "change_language"), ("switch to spanish", "change_language"),
    ("no hablo ingles, puedes escribirme en español?", "change_language"),
    ("donde esta la oficina de la oim en tapachula", "office_locations"),
    ("a que hora abren ustedes en juarez, esta cerca del consulado?", "office_locations"),
    ("quien maneja este bot?", "about"),
    ("vi una serie donde secuestran a un migrante, eso pasa de verdad?", "kidnapping_extortion"),
    ("cuanto cobra un coyote pa cruzar por sonora", "smuggling_risks"),
    ("me ofrecen cruzar con una visa prestada, es seguro?", "smuggling_risks"),
    ("me deportaron de texas la semana pasada, q apoyos hay", "returnee_reintegration"),
    ("hi i from ecuador and i wanna go back with my wife and baby how i do it", "return_home"),
    ("bro how does the comar interview go i got it next week", "asylum_refuge"),
    ("im a volunteer at a shelter and a kid came in alone, what services exist for him", "child_protection"),
    ("que significa asilo politico? me pueden dar eso aqui en mexico", "asylum_refuge"),
    ("esta fea la cosa en mi pais, quiero regresar, como es el programa", "return_home"),
])
def test_the_topic_itself_still_gets_its_answer(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


def test_danger_beside_another_office_is_still_danger(understanding):
    assert understanding.analyse("estoy afuera del consulado y unos hombres me estan siguiendo").intent == "emergency"


def test_the_rules_leave_in_scope_messages_that_use_their_words_alone(understanding):
    """tests/data/look_alike_probe.yml: real questions that mention a translator, a stadium, a film,
    a landlord, a ticket home… — written to trip the rules. No rule may say one of them is about
    something else when the topic it asks about is the one about to be answered."""
    from pathlib import Path

    from bot.evaluation import load_items
    from bot.understanding.look_alike_rules import names_something_else

    data = Path(__file__).resolve().parent.parent / "data"
    items = load_items(data / "look_alike_probe.yml") + load_items(data / "look_alike_probe2.yml")
    tripped = [item.text for item in items if item.accept[0] != "emergency"
               and any(names_something_else(topic, understanding.analyse(item.text).normalized) for topic in item.accept)]
    assert not tripped
