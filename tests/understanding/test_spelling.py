"""Misspelt words are put back to the spelling the example phrases use."""
from bot.understanding.spelling import Speller, sound_key

KNOWN = ["quiero vivir", "necesito medicina", "me quiere hablar", "extorsionarme", "hoy voy a hacer"]


def test_words_that_sound_the_same_share_a_key():
    assert sound_key("kiere") == sound_key("quiere")
    assert sound_key("bivir") == sound_key("vivir")
    assert sound_key("aser") == sound_key("hacer")
    assert sound_key("nesesito") == sound_key("necesito")


def test_unknown_words_become_the_known_word_they_sound_like():
    speller = Speller(KNOWN)
    assert speller.correct("ya no kiero bivir oy") == "ya no quiero vivir hoy"
    assert speller.correct("nesesito medisina") == "necesito medicina"


def test_long_words_may_be_one_letter_away():
    speller = Speller(KNOWN)
    assert speller.correct("extorsionarne") == "extorsionarme"
    assert speller.correct("extorsinarme") == "extorsionarme"


def test_known_short_and_unmatched_words_stay():
    speller = Speller(KNOWN)
    assert speller.correct("voy a la playa 2x") == "voy a la playa 2x"
    assert speller.correct("mira") == "mira"  # one letter from nothing known by sound


def test_misspelt_danger_still_reaches_the_emergency_answer(brain):
    assert brain.respond("ya no kiero bivir nada tiene sentido oy lo boy a aser").outcome == "emergency"
