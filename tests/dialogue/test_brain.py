"""Replies: the right answer, in the person's language, with buttons that work."""


def test_answers_in_the_language_of_the_message(brain):
    assert brain.respond("quiero regresar a mi pais").lang == "es"
    assert brain.respond("i want to go back to my country").lang == "en"


def test_default_is_spanish_when_nothing_tells(brain):
    assert brain.pick_lang(None, None) == "es"
    assert brain.pick_lang("en-US", None) == "en"
    assert brain.pick_lang("fr", None) == "es"


def test_an_explicit_choice_wins_when_the_message_is_ambiguous(brain):
    reply = brain.respond("ok", chosen_lang="en")
    assert reply.lang == "en"


def test_changing_language_by_message_sets_it(brain):
    reply = brain.respond("english please")
    assert reply.set_lang == "en"
    assert reply.lang == "en"
    reply = brain.respond("hablame en español")
    assert reply.set_lang == "es"


def test_language_buttons_set_the_language(brain):
    reply = brain.callback("lang:en", "es")
    assert reply.set_lang == "en" and reply.lang == "en"


def test_answers_have_buttons_to_related_topics_and_the_menu(brain):
    reply = brain.respond("quiero volver a honduras")
    assert reply.intent == "return_home"
    datas = [b.data for b in reply.buttons]
    assert "menu" in datas
    assert all(len(d.encode()) <= 64 for d in datas)
    for data in datas:
        assert brain.callback(data, "es") is not None


def test_forged_buttons_get_no_answer(brain):
    assert brain.callback("i:does_not_exist", "es") is None
    assert brain.callback("lang:xx", "es") is None
    assert brain.callback("", "es") is None
    assert brain.callback("i:out_of_scope", "es") is None


def test_unsure_answers_offer_the_closest_topics(brain):
    reply = brain.respond("quiero regresar a la escuela")
    assert reply.intent == "out_of_scope"
    assert reply.outcome in ("suggested", "declined")
    assert reply.buttons[-1].data == "menu"


def test_a_suggested_menu_is_not_offered_twice(brain):
    reply = brain.respond("whats 15% of 340")
    assert reply.outcome in ("suggested", "declined")
    assert [b.data for b in reply.buttons].count("menu") + [b.data for b in reply.buttons].count("i:menu") == 1


def test_one_office_comes_with_its_venue(brain):
    reply = brain.respond("donde esta la oficina en cd juarez")
    assert reply.intent == "office_locations"
    assert reply.venue is not None and reply.venue.office_id == "ciudad_juarez"


def test_offices_in_general_offer_to_share_location(brain):
    reply = brain.offices("es")
    assert reply.ask_location
    assert {b.data for b in reply.buttons} >= {f"o:{o}" for o in brain.content.offices}


def test_emergency_numbers_come_first(brain):
    reply = brain.respond("me tienen encerrada ayuda")
    assert reply.outcome == "emergency"
    assert "911" in reply.text.splitlines()[0]


def test_empty_and_odd_messages_get_a_kind_answer(brain):
    for text in ["", "   ", "\u200b\u200f", "\x00", "🤣🤣🤣", "a" * 10_000, "ص" * 20]:
        reply = brain.respond(text)
        assert reply.text
        assert reply.buttons


def test_welcome_offers_languages_and_topics(brain):
    reply = brain.welcome("es")
    datas = [b.data for b in reply.buttons]
    assert "lang:en" in datas
    assert any(d.startswith("i:") for d in datas)


def test_not_understanding_a_language_asks_for_the_other(brain):
    assert brain.respond("no entiendo ingles").set_lang == "es"
    assert brain.respond("i dont speak spanish").set_lang == "en"


def test_no_answer_shows_the_same_button_twice(brain):
    for intent in brain.content.intents:
        if intent == "out_of_scope":
            continue
        for lang in brain.languages:
            labels = [b.label for b in brain.show(intent, lang).buttons]
            assert len(labels) == len(set(labels)), (intent, lang, labels)


def test_a_failure_answers_kindly_and_logs_no_text(brain, monkeypatch, caplog):
    def broken(text):
        raise ValueError(f"cannot read {text}")

    monkeypatch.setattr(brain.understanding, "analyse", broken)
    reply = brain.respond("mi nombre es Rosa y estoy en Tapachula")
    assert reply.text == brain.ui("error", "es")
    assert "ValueError" in caplog.text
    assert "Rosa" not in caplog.text and "Tapachula" not in caplog.text
