"""Phone numbers: which dial in Mexico, and which ones a text mentions."""
from __future__ import annotations

import pytest

from bot.content.phones import check_phone, find_phones


@pytest.mark.parametrize("written", [
    "+52 55 5536 3922", "55 5536 3922", "55-5536-3922", "(55) 5536 3922", "+52 (55) 5536-3922",
    "800 5533 000", "911", "089", "+1 915 555 0100",
])
def test_numbers_that_dial(written):
    assert check_phone(written).problem is None


@pytest.mark.parametrize("written, problem", [
    ("55 5536 392", "phone_too_short"),
    ("5536 3922", "phone_no_area_code"),
    ("+52 1 55 5536 3922", "phone_too_long"),
    ("01 800 5533 000", "phone_too_long"),
    ("+999 1234567", "phone_country_code"),
    ("llamar", "phone_invalid"),
])
def test_numbers_that_do_not_dial(written, problem):
    assert check_phone(written).problem == problem


def test_the_same_number_written_differently_has_the_same_key():
    keys = {check_phone(w).key for w in ("+52 55 5536 3922", "55 5536 3922", "(55) 5536-3922", "5555363922")}
    assert len(keys) == 1


def test_find_phones_in_a_text():
    text = "Llama al 911 o al 089.\nOIM: +52 55 5536 3922, refugio (55) 1234 5678."
    assert find_phones(text) == [(9, "911"), (18, "089"), (28, "+52 55 5536 3922"), (54, "(55) 1234 5678")]


@pytest.mark.parametrize("text", [
    "Revisado el 2026-11-22.",
    "Más en https://www.iom.int/news/12345678 y www.x.org/9110891",
    "Son 3.1415926 o 12,345,678 personas",
    "Quedan 123 456 lugares",  # 6 digits: not a phone
    "el código 9111 o 0890",
])
def test_find_phones_ignores_what_is_not_a_phone(text):
    assert find_phones(text) == []
