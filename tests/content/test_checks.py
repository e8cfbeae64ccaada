"""One test per content check: a valid base broken in one place gives exactly that problem."""
from __future__ import annotations

from bot.content.problems import ERROR, WARNING
from bot.content.validate import validate

from .builders import TODAY, answer_file, codes, intent_file, only, phrases, replace, write


def test_base_content_has_no_problems(content_dir):
    assert validate(content_dir, TODAY) == []


# --- topics and examples ---


def test_missing_required_topic(content_dir):
    for name in ("intents/greeting.yml", "responses/es/greeting.yml", "responses/en/greeting.yml"):
        (content_dir / name).unlink()
    assert only(content_dir).render("en") == (
        'intents/greeting.yml:1: the required topic "greeting" is missing — create intents/greeting.yml.')


def test_missing_required_office(content_dir):
    offices = content_dir / "facts/offices.yml"
    offices.write_text("".join(offices.read_text().splitlines(keepends=True)[:-9]))  # drop acayucan
    assert codes(content_dir) == [
        ("missing_office", "facts/offices.yml", 1, ERROR),
        ("unknown_office", "responses/en/_offices.yml", 9, WARNING),
        ("unknown_office", "responses/es/_offices.yml", 9, WARNING),
    ]


def test_topic_without_examples_in_a_language(content_dir):
    write(content_dir, "intents/thanks.yml", intent_file("thanks").split("  en:")[0])
    assert only(content_dir).render("en") == (
        'intents/thanks.yml:2: the topic "thanks" has no example phrases in "en" — add at least 40 under examples: en:.')


def test_topic_with_fewer_than_40_examples_is_a_warning(content_dir):
    write(content_dir, "intents/thanks.yml", intent_file("thanks", count=39))
    assert codes(content_dir) == [
        ("few_examples", "intents/thanks.yml", 3, WARNING), ("few_examples", "intents/thanks.yml", 43, WARNING)]
    assert validate(content_dir, TODAY)[0].render("es") == (
        "intents/thanks.yml:3: el tema «thanks» tiene solo 39 frases de ejemplo en «es» — "
        "añade hasta tener al menos 40.")


def test_same_phrase_under_two_topics_is_an_error(content_dir):
    write(content_dir, "intents/greeting.yml", intent_file("greeting") + "    - hola amigo\n")
    write(content_dir, "intents/thanks.yml", intent_file("thanks") + "    - Hola amigo\n")
    assert only(content_dir).render("en") == (
        'intents/thanks.yml:85: the phrase "Hola amigo" is also an example of the topic "greeting" '
        "(intents/greeting.yml:85) — keep it in only one topic.")


def test_phrases_that_normalise_alike_under_two_topics_are_an_error(content_dir):
    write(content_dir, "intents/greeting.yml", intent_file("greeting") + "    - hola amigo\n")
    write(content_dir, "intents/thanks.yml", intent_file("thanks") + "    - ¡¡Hóla, AMIGO!!\n")
    assert only(content_dir).render("es") == (
        "intents/thanks.yml:85: la frase «¡¡Hóla, AMIGO!!» se lee igual que «hola amigo», ejemplo del tema "
        "«greeting» (intents/greeting.yml:85) — déjala en un solo tema.")


def test_look_alikes_are_accepted(content_dir):
    write(content_dir, "intents/return_home.yml",
          intent_file("return_home") + "look_alikes:\n  es:\n    - quiero regresar a la escuela\n")
    assert validate(content_dir, TODAY) == []


def test_a_look_alike_that_is_also_an_example_is_an_error(content_dir):
    first = phrases("thanks", "es")[0]
    write(content_dir, "intents/return_home.yml",
          intent_file("return_home") + f"look_alikes:\n  es:\n    - {first}\n")
    assert only(content_dir).render("en") == (
        f'intents/return_home.yml:87: the phrase "{first}" is a look-alike (not the topic) but also an example of '
        'the topic "thanks" (intents/thanks.yml:4) — decide which it is and keep it in one place.')


def test_phrase_typed_twice_in_one_list_is_a_warning(content_dir):
    first = phrases("thanks", "en")[0]
    write(content_dir, "intents/thanks.yml", intent_file("thanks") + f"    - {first.upper()}\n")
    assert only(content_dir).render("en") == (
        f'intents/thanks.yml:85: the phrase "{first.upper()}" is already on line 45 '
        "— remove it or write another way of saying it.")


def test_broken_topic_file_is_reported_once(content_dir):
    replace(content_dir, "intents/thanks.yml", "id: thanks", "id: thanks\nexamples: [")
    assert [code for code, *_ in codes(content_dir)] == ["yaml_syntax"]


# --- answers ---


def test_out_of_scope_needs_no_answer(content_dir):
    write(content_dir, "responses/es/out_of_scope.yml", answer_file("out_of_scope", "es"))
    assert codes(content_dir) == [("out_of_scope_answer", "responses/es/out_of_scope.yml", 1, WARNING)]


def test_topic_without_answer_in_a_language(content_dir):
    (content_dir / "responses/en/thanks.yml").unlink()
    assert only(content_dir).render("en") == (
        'intents/thanks.yml:1: the topic "thanks" has no answer in "en" — create responses/en/thanks.yml.')


def test_answer_for_a_topic_that_does_not_exist(content_dir):
    write(content_dir, "responses/en/thank.yml", answer_file("thank", "en"))
    problem = only(content_dir)
    assert (problem.file, problem.line, problem.code, problem.severity) == (
        "responses/en/thank.yml", 1, "answer_without_intent", ERROR)
    assert problem.params["suggestion"] == "thanks"


def test_button_to_a_topic_that_does_not_exist(content_dir):
    write(content_dir, "responses/en/thanks.yml",
          answer_file("thanks", "en", buttons="\n  - menu\n  - hotline\n  - out_of_scope"))
    problems = validate(content_dir, TODAY)
    assert [(p.line, p.code, p.params["target"], p.params["suggestion"]) for p in problems] == [
        (9, "unknown_button", "hotline", "hotlines"), (10, "unknown_button", "out_of_scope", "")]
    assert problems[1].render("en") == (
        'responses/en/thanks.yml:10: the button "out_of_scope" points to a topic that does not exist '
        "— use the id of a file in intents/.")


def test_html_problem_is_reported_on_its_own_line_inside_the_text(content_dir):
    write(content_dir, "responses/en/thanks.yml", answer_file(
        "thanks", "en", text="You are welcome.\n\nIf you need more, <b>write to me."))
    assert only(content_dir).render("en") == (
        'responses/en/thanks.yml:6: the tag "<b>" is never closed — add </b> where that formatting should end.')


def test_html_problem_in_a_quoted_text_points_at_the_key(content_dir):
    replace(content_dir, "responses/es/thanks.yml", "text: |", 'text: "Hola<br>adiós"\nold_text: |')
    replace(content_dir, "responses/es/thanks.yml", "old_text: |", "notes: |")
    assert only(content_dir).render("es") == (
        "responses/es/thanks.yml:3: Telegram no acepta «<br>» — para cambiar de línea basta con escribir "
        "en una línea nueva.")


def test_answer_longer_than_telegram_allows(content_dir):
    write(content_dir, "responses/en/thanks.yml", answer_file("thanks", "en", text="<b>" + "a" * 4000 + "&amp;" * 96 + "</b>"))
    assert validate(content_dir, TODAY) == []  # 4096 characters once the HTML is read: fits
    write(content_dir, "responses/en/thanks.yml", answer_file("thanks", "en", text="a" * 4000 + "&amp;" * 97))
    assert only(content_dir).render("en") == (
        "responses/en/thanks.yml:3: the answer has 4097 characters and Telegram accepts at most 4096 — "
        "shorten it or split it into two topics (aim for under 900).")


def test_empty_answer_is_an_error(content_dir):
    replace(content_dir, "responses/en/thanks.yml", "text: |", 'text: ""\nnotes: |')
    assert codes(content_dir) == [("empty_text", "responses/en/thanks.yml", 3, ERROR)]


def test_long_title_is_a_warning(content_dir):
    replace(content_dir, "responses/es/thanks.yml", "title: Thanks", "title: " + "Gracias por escribir a Brújula, de verdad")
    assert only(content_dir).render("en") == (
        'responses/es/thanks.yml:2: the title "Gracias por escribir a Brújula, de verdad" has 41 characters '
        "and will be cut on its button — keep it to 40 or fewer.")


def test_button_data_longer_than_64_bytes(content_dir):
    fits, too_long = "x" * 62, "y" * 63  # "i:" + id
    for intent in (fits, too_long):
        write(content_dir, f"intents/{intent}.yml", intent_file(intent))
        for lang in ("es", "en"):
            write(content_dir, f"responses/{lang}/{intent}.yml", answer_file(intent, lang, title="Long"))
    assert codes(content_dir) == [("callback_too_long", f"intents/{too_long}.yml", 1, ERROR)]


# --- phones ---


def test_office_phone_that_does_not_dial(content_dir):
    replace(content_dir, "facts/offices.yml", '"+52 55 5536 3922"', '"55 5536 392"')
    assert only(content_dir).render("en") == (
        'facts/offices.yml:7: the phone number "55 5536 392" is too short — write it with its area code, '
        "e.g. +52 55 5536 3922.")


def test_hotline_number_that_does_not_dial(content_dir):
    replace(content_dir, "facts/hotlines.yml", '"800 5533 000"', '"01 800 5533 000"')
    assert codes(content_dir) == [("phone_too_long", "facts/hotlines.yml", 8, ERROR)]


def test_phone_in_answer_that_does_not_dial(content_dir):
    write(content_dir, "responses/en/thanks.yml", answer_file("thanks", "en", text="Call:\n<b>5536 3922</b>"))
    assert only(content_dir).render("es") == (
        "responses/en/thanks.yml:5: al teléfono «5536 3922» le falta la lada — escribe los 10 dígitos, "
        "p. ej. +52 55 5536 3922.")


def test_phone_in_answer_not_in_facts_is_a_warning(content_dir):
    write(content_dir, "responses/en/thanks.yml", answer_file(
        "thanks", "en", text="Shelter: +52 55 1234 5678\nAnonymous report: 089\nEmergencies: 911"))
    assert [p.render("en") for p in validate(content_dir, TODAY)] == [
        'responses/en/thanks.yml:4: the phone number "+52 55 1234 5678" is not in facts/hotlines.yml or '
        "facts/offices.yml — add it to facts/hotlines.yml with its sources.",
        'responses/en/thanks.yml:5: the phone number "089" is not in facts/hotlines.yml or '
        "facts/offices.yml — add it to facts/hotlines.yml with its sources.",
    ]


def test_phone_in_answer_matches_facts_by_digits(content_dir):
    write(content_dir, "responses/en/thanks.yml", answer_file(
        "thanks", "en", text="IOM: (55) 5536-3922\nTrafficking: <b>800-553-3000</b>\nEmergencies: 911"))
    assert validate(content_dir, TODAY) == []


def test_phone_in_office_note_is_checked(content_dir):
    replace(content_dir, "responses/es/_offices.yml", 'name: "Oficina tapachula"',
            'name: "Oficina tapachula"\n  note: "Llama al 962 123 4567."')
    assert codes(content_dir) == [("phone_unlisted", "responses/es/_offices.yml", 5, WARNING)]


def test_unconfirmed_hotline_and_office_are_warnings(content_dir):
    replace(content_dir, "facts/hotlines.yml", "verified: true", "verified: false")
    replace(content_dir, "facts/offices.yml", "    verified: true\n", "")
    assert [p.render("en") for p in validate(content_dir, TODAY)] == [
        'facts/hotlines.yml:4: the number "911" (emergency_911) is not confirmed — confirm the number '
        "and set verified: true.",
        'facts/offices.yml:2: the details of the office "mexico_city" are not confirmed — confirm its phone '
        "and address and set verified: true.",
    ]


# --- places and dates ---


def test_coordinates_outside_mexico(content_dir):
    replace(content_dir, "facts/offices.yml", "lat: 19.4326\n    lon: -99.1332", "lat: 40.4168\n    lon: -3.7038")
    assert only(content_dir).render("en") == (
        'facts/offices.yml:5: the coordinates of "mexico_city" (lat 40.4168, lon -3.7038) are outside Mexico '
        "— check them: in Mexico lat goes from 14.3 to 32.8 and lon from -118.6 to -86.6.")


def test_swapped_coordinates(content_dir):
    replace(content_dir, "facts/offices.yml", "lat: 19.4326\n    lon: -99.1332", "lat: -99.1332\n    lon: 19.4326")
    assert only(content_dir).render("es") == (
        "facts/offices.yml:5: las coordenadas de «mexico_city» (lat -99.1332, lon 19.4326) parecen estar al "
        "revés — intercambia los valores de lat y lon.")


def test_longitude_without_minus_sign(content_dir):
    replace(content_dir, "facts/offices.yml", "lon: -99.1332", "lon: 99.1332")
    assert codes(content_dir) == [("coordinates_east", "facts/offices.yml", 5, ERROR)]


def test_review_older_than_180_days(content_dir):
    replace(content_dir, "responses/en/thanks.yml", "reviewed: 2026-11-01", "reviewed: 2026-05-01")
    assert only(content_dir).render("en") == (
        "responses/en/thanks.yml:9: this was last reviewed on 2026-05-01, 205 days ago — check it again and "
        'update "reviewed:" (at least every 180 days).')


def test_review_in_the_future(content_dir):
    replace(content_dir, "facts/hotlines.yml", "reviewed: 2026-11-01", "reviewed: 2027-11-01")
    assert codes(content_dir) == [("reviewed_future", "facts/hotlines.yml", 6, WARNING)]


def test_missing_review_date_and_sources_are_warnings(content_dir):
    replace(content_dir, "responses/en/thanks.yml", "reviewed: 2026-11-01\n", "")
    replace(content_dir, "responses/en/thanks.yml", 'sources: ["Fuente de prueba"]\n', "")
    assert [p.render("en") for p in validate(content_dir, TODAY)] == [
        'responses/en/thanks.yml:1: the key "sources" is missing — add it (see another file in the same '
        "folder for an example).",
        'responses/en/thanks.yml:1: the key "reviewed" is missing — add it (see another file in the same '
        "folder for an example).",
    ]
    assert {p.severity for p in validate(content_dir, TODAY)} == {WARNING}


def test_empty_sources_is_a_warning(content_dir):
    replace(content_dir, "facts/offices.yml", 'sources: ["Fuente de prueba"]', "sources: []")
    assert codes(content_dir) == [("no_sources", "facts/offices.yml", 9, WARNING)]


# --- per-language files ---


def test_language_without_interface_file(content_dir):
    (content_dir / "responses/en/_ui.yml").unlink()
    assert only(content_dir).render("en") == (
        'responses/en/_ui.yml:1: the interface sentences for "en" are missing — create this file (copy it '
        "from another language and translate it).")


def test_interface_sentence_missing_or_empty(content_dir):
    replace(content_dir, "responses/es/_ui.yml", 'flood: "flood (es)"\n', "")
    replace(content_dir, "responses/es/_ui.yml", 'error: "error (es)"', 'error: ""')
    assert codes(content_dir) == [
        ("missing_ui", "responses/es/_ui.yml", 1, ERROR), ("missing_ui", "responses/es/_ui.yml", 17, ERROR)]


def test_office_without_name_in_a_language(content_dir):
    replace(content_dir, "responses/en/_offices.yml", 'acayucan:\n  name: "Oficina acayucan"\n', "")
    assert only(content_dir).render("en") == (
        'responses/en/_offices.yml:1: the office "acayucan" has no name in "en" — add "acayucan:" with "name:" '
        "to this file.")


def test_review_date_written_in_quotes_is_checked_too(content_dir):
    replace(content_dir, "responses/en/thanks.yml", "reviewed: 2026-11-01", 'reviewed: "2026-05-01"')
    assert codes(content_dir) == [("reviewed_old", "responses/en/thanks.yml", 9, WARNING)]


def test_interface_sentence_with_html_telegram_refuses(content_dir):
    replace(content_dir, "responses/en/_ui.yml", 'welcome: "welcome (en)"', 'welcome: "Hi <3 write to me"')
    assert codes(content_dir) == [("html_bare_lt", "responses/en/_ui.yml", 2, ERROR)]
