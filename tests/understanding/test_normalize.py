from bot.understanding.normalize import clean, normalize


def test_case_accents_and_punctuation_are_folded():
    assert normalize("¿Dónde está la OFICINA?") == "donde esta la oficina"


def test_repeated_letters_collapse():
    assert normalize("holaaaa buenasss") == "hola buenas"


def test_sms_spellings_are_spelt_out():
    assert normalize("q onda, xq no me contestan? dnd stas") == "que onda porque no me contestan donde stas"
    assert normalize("pls i dont wanna go") == "please i do not want to go"
    assert normalize("tnx a lot") == "thanks a lot"


def test_city_short_forms():
    assert normalize("Cd. Juárez") == "ciudad juarez"
    assert normalize("Tuxtla Gtz") == "tuxtla gutierrez"


def test_emoji_become_words_or_vanish():
    assert normalize("🆘") == "sos"
    assert normalize("🤣🤣") == ""


def test_invisible_and_control_characters_are_removed():
    assert normalize("ho\u200bla\u202e\u0000 \ufeff") == "hola"
    assert clean("a\x00b") == "ab"


def test_very_long_text_is_cut():
    assert len(normalize("palabra " * 5000)) <= 1000


def test_english_contractions_are_spelt_out():
    assert normalize("he'll hurt my kids, I'm scared") == "he will hurt my kids i am scared"
    assert normalize("they won’t let me go, I can't") == "they will not let me go i can not"


def test_whats_is_whatsapp_after_a_spanish_word():
    assert normalize("me escribe por whats") == "me escribe por whatsapp"
    assert normalize("whats up") == "what is up"


def test_a_drawn_out_cry_for_help_is_a_cry():
    assert normalize("AYUDAAAA!!!") == "auxilio"
    assert normalize("heeelp") == "help me"
    assert normalize("ayuda") == "ayuda"  # plain: the menu
    assert normalize("AYUDA") == "auxilio"  # shouted
    assert normalize("Help me!!") == "help me"
    assert normalize("HOLA AYUDA CON EL MENU") == "hola ayuda con el menu"  # long message: not a cry
    assert normalize("ayudaaa con mi tarea de mate") == "ayuda con mi tarea de mate"  # long message: not a cry
