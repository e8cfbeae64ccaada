"""Misspelt words are put back to the spelling the example phrases use."""
from bot.understanding.spelling import Speller, sound_key

KNOWN = ["quiero vivir", "necesito medicina", "me quiere hablar", "extorsionarme", "hoy voy a hacer",
         "no tengo trabajo", "take the bus"]


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


def test_words_of_four_letters_or_more_may_be_one_letter_away():
    speller = Speller(KNOWN)
    assert speller.correct("no tengo trabjo") == "no tengo trabajo"
    assert speller.correct("tkae the bus") == "take the bus"


def test_real_words_are_not_turned_into_known_ones():
    speller = Speller(KNOWN, real_words={"bake", "cake"})
    assert speller.correct("bake a cake") == "bake a cake"  # "cake" is a word, not a slip for "take"


def test_real_words_come_from_the_word_lists_of_the_content_languages(tmp_path, monkeypatch):
    from bot.understanding.dictionary import real_words

    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path))
    words = real_words(["es", "en"])
    assert {"pata", "sucio", "oven", "cake", "corazon"} <= words  # accents folded as in messages
    assert real_words(["es", "en"]) == words  # read back from the cache
    assert list(tmp_path.glob("words-es-*.json"))
    assert real_words(["xx"]) == frozenset()  # no list: the speller works by sound alone


def test_known_short_and_unmatched_words_stay():
    speller = Speller(KNOWN)
    assert speller.correct("voy a la playa 2x") == "voy a la playa 2x"
    assert speller.correct("mira") == "mira"  # one letter from nothing known by sound


def test_a_correction_never_hides_a_danger_cue(brain):
    # "venas" is missing from the word list and one letter from "wenas" (slang the examples use).
    assert brain.respond("me voy a cortar las venas").outcome == "emergency"


def test_misspelt_danger_still_reaches_the_emergency_answer(brain):
    assert brain.respond("ya no kiero bivir nada tiene sentido oy lo boy a aser").outcome == "emergency"
