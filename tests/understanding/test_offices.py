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
