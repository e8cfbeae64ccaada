import pytest

from bot.understanding.normalize import normalize


@pytest.mark.parametrize("text, office", [
    ("donde queda la oficina en cdmx", "mexico_city"),
    ("estoy en el df", "mexico_city"),
    ("ofi en ciudad de méxico?", "mexico_city"),
    ("hay oficina en Cd. Juárez", "ciudad_juarez"),
    ("voy a juaritos", "ciudad_juarez"),
    ("estoy en tapa", "tapachula"),
    ("tapachula chiapas", "tapachula"),
    ("tuxtla gtz", "tuxtla_gutierrez"),
    ("acayukan", "acayucan"),
    ("estoy en veracruz", "acayucan"),
    ("where is the office in juarez", "ciudad_juarez"),
    ("en juares donde los encuentro", "ciudad_juarez"),
    ("tienen oficina en el defe?", "mexico_city"),
    ("la ofisina de tapachulla", "tapachula"),
    ("oficina en tijuana", None),
    ("quiero regresar a mi pais", None),
])
def test_offices_are_found_from_how_people_write_cities(understanding, text, office):
    assert understanding.offices.find(normalize(text)) == office


def test_nearest_office_to_a_point(brain):
    reply = brain.nearest_office(16.75, -93.11, "es")  # Tuxtla Gutiérrez centre
    assert reply.venue.office_id == "tuxtla_gutierrez"
    assert "km" in reply.text


@pytest.mark.parametrize("text", ["what time does iom tapachula open",
                                  "mi mama no sabe leer, me pide q le pregunte donde queda la oim en tapachula"])
def test_naming_us_beside_a_city_asks_for_our_office(understanding, text):
    analysis = understanding.analyse(text)
    assert (analysis.intent, analysis.office) == ("office_locations", "tapachula")


def test_another_office_in_the_same_city_is_not_ours(understanding):
    assert understanding.analyse("cual es la direccion de la oficina del sat en juarez").intent == "out_of_scope"
