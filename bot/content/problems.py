"""Problems found in content files, worded for the campaign staff who edit them."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place of one file."""

    file: str
    line: int
    code: str  # key into MESSAGES
    severity: str = ERROR
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str = "es") -> str:
        """`file:line: what is wrong — what to do`, in Spanish or English."""
        return f"{self.file}:{self.line}: {describe(self.code, lang, self.params)}"


def describe(code: str, lang: str, params: Mapping[str, object]) -> str:
    """The sentence for a problem code in `lang`, with its values filled in."""
    texts = MESSAGES.get(code) or {"es": code, "en": code}
    template = texts.get(lang) or texts["en"]
    values = dict(params)
    suggestion = values.get("suggestion")
    hint = MESSAGES["did_you_mean"]
    values["hint"] = (hint.get(lang) or hint["en"]).format(suggestion=suggestion) if suggestion else ""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def relative(path: Path, root: Path) -> str:
    """The path as staff see it, relative to the content root."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def has_errors(problems: list[Problem]) -> bool:
    """True when at least one problem is an error (not a warning)."""
    return any(p.severity == ERROR for p in problems)


class ContentError(Exception):
    """Content that cannot be served; `problems` says everything that is wrong."""

    def __init__(self, problems: list[Problem], lang: str = "es") -> None:
        self.problems = problems
        super().__init__("\n".join(p.render(lang) for p in problems if p.severity == ERROR))


# Each message: what is wrong — what to do. No programming words.
MESSAGES: dict[str, dict[str, str]] = {
    "yaml_syntax": {
        "es": "columna {column}: el archivo no se puede leer ({problem}) — revisa sangrías, dos puntos y comillas en esa línea o la anterior.",
        "en": "column {column}: the file cannot be read ({problem}) — check indentation, colons and quotes on this line or the one before.",
    },
    "not_utf8": {
        "es": "el archivo no está guardado como UTF-8 — guárdalo de nuevo con codificación UTF-8.",
        "en": "the file is not saved as UTF-8 — save it again with UTF-8 encoding.",
    },
    "not_mapping": {
        "es": "el archivo debería empezar con claves como «{expected}:» — compáralo con otro archivo de la misma carpeta.",
        "en": "the file should start with keys such as \"{expected}:\" — compare it with another file in the same folder.",
    },
    "empty_file": {
        "es": "el archivo está vacío — escribe su contenido o bórralo.",
        "en": "the file is empty — write its content or delete it.",
    },
    "unknown_key": {
        "es": "no conozco la clave «{key}»{hint} — corrígela o bórrala.",
        "en": "unknown key \"{key}\"{hint} — fix or remove it.",
    },
    "did_you_mean": {"es": " (¿quisiste decir «{suggestion}»?)", "en": " (did you mean \"{suggestion}\"?)"},
    "missing_key": {
        "es": "falta la clave «{key}» — añádela (mira otro archivo de la misma carpeta como ejemplo).",
        "en": "the key \"{key}\" is missing — add it (see another file in the same folder for an example).",
    },
    "duplicate_key": {
        "es": "la clave «{key}» aparece dos veces — deja solo una.",
        "en": "the key \"{key}\" appears twice — keep only one.",
    },
    "wrong_type": {
        "es": "«{key}» debería ser {expected} — corrige el formato (compáralo con otro archivo).",
        "en": "\"{key}\" should be {expected} — fix its format (compare with another file).",
    },
    "id_mismatch": {
        "es": "el id «{found}» no coincide con el nombre del archivo — escribe «{expected}» o renombra el archivo.",
        "en": "the id \"{found}\" does not match the file name — write \"{expected}\" or rename the file.",
    },
    "bad_id": {
        "es": "el id «{found}» no es válido — usa solo minúsculas sin acentos, números y guiones bajos, p. ej. «return_home».",
        "en": "the id \"{found}\" is not valid — use only lowercase letters without accents, digits and underscores, e.g. \"return_home\".",
    },
    "missing_intent": {
        "es": "falta el tema obligatorio «{intent}» — crea intents/{intent}.yml.",
        "en": "the required topic \"{intent}\" is missing — create intents/{intent}.yml.",
    },
    "missing_office": {
        "es": "falta la oficina obligatoria «{office}» — añádela a facts/offices.yml.",
        "en": "the required office \"{office}\" is missing — add it to facts/offices.yml.",
    },
    "no_examples": {
        "es": "el tema «{intent}» no tiene frases de ejemplo en «{lang}» — añade al menos {minimum} bajo examples: {lang}:.",
        "en": "the topic \"{intent}\" has no example phrases in \"{lang}\" — add at least {minimum} under examples: {lang}:.",
    },
    "few_examples": {
        "es": "el tema «{intent}» tiene solo {count} frases de ejemplo en «{lang}» — añade hasta tener al menos {minimum}.",
        "en": "the topic \"{intent}\" has only {count} example phrases in \"{lang}\" — add more to reach at least {minimum}.",
    },
    "no_answer": {
        "es": "el tema «{intent}» no tiene respuesta en «{lang}» — crea responses/{lang}/{intent}.yml.",
        "en": "the topic \"{intent}\" has no answer in \"{lang}\" — create responses/{lang}/{intent}.yml.",
    },
    "answer_without_intent": {
        "es": "esta respuesta es para «{intent}», que no existe en intents/ — corrige el nombre o crea intents/{intent}.yml.",
        "en": "this answer is for \"{intent}\", which does not exist in intents/ — fix the name or create intents/{intent}.yml.",
    },
    "unknown_button": {
        "es": "el botón «{target}» lleva a un tema que no existe{hint} — usa el id de un archivo de intents/.",
        "en": "the button \"{target}\" points to a topic that does not exist{hint} — use the id of a file in intents/.",
    },
    "empty_example": {
        "es": "hay una frase de ejemplo vacía — escríbela o bórrala.",
        "en": "there is an empty example phrase — write it or remove it.",
    },
    "unknown_language": {
        "es": "el idioma «{lang}» no tiene carpeta responses/{lang}/ — créala o corrige el código de idioma.",
        "en": "the language \"{lang}\" has no responses/{lang}/ folder — create it or fix the language code.",
    },
    "missing_ui": {
        "es": "falta la frase de interfaz «{key}» en «{lang}» — añádela a responses/{lang}/_ui.yml.",
        "en": "the interface sentence \"{key}\" is missing in \"{lang}\" — add it to responses/{lang}/_ui.yml.",
    },
    "unknown_office": {
        "es": "la oficina «{office}» no existe en facts/offices.yml{hint} — corrige el id.",
        "en": "the office \"{office}\" is not in facts/offices.yml{hint} — fix the id.",
    },
    "no_content": {
        "es": "no encuentro contenido en esta carpeta — ejecuta el comando desde la carpeta del proyecto o usa --content.",
        "en": "no content found in this folder — run the command from the project folder or use --content.",
    },
    # --- checks across files (bot/content/checks.py, fact_checks.py) ---
    "duplicate_example": {
        "es": "la frase «{phrase}» también es ejemplo del tema «{other}» ({other_file}:{other_line}) — déjala en un solo tema.",
        "en": "the phrase \"{phrase}\" is also an example of the topic \"{other}\" ({other_file}:{other_line}) — keep it in only one topic.",
    },
    "similar_example": {
        "es": "la frase «{phrase}» se lee igual que «{other_phrase}», ejemplo del tema «{other}» ({other_file}:{other_line}) — déjala en un solo tema.",
        "en": "the phrase \"{phrase}\" reads the same as \"{other_phrase}\", an example of the topic \"{other}\" ({other_file}:{other_line}) — keep it in only one topic.",
    },
    "look_alike_is_example": {
        "es": "la frase «{phrase}» está en look_alikes (no es del tema) pero también es ejemplo del tema «{other}» ({other_file}:{other_line}) — decide cuál es y déjala en un solo lugar.",
        "en": "the phrase \"{phrase}\" is a look-alike (not the topic) but also an example of the topic \"{other}\" ({other_file}:{other_line}) — decide which it is and keep it in one place.",
    },
    "repeated_example": {
        "es": "la frase «{phrase}» ya está en la línea {other_line} — bórrala o escribe otra forma de decirlo.",
        "en": "the phrase \"{phrase}\" is already on line {other_line} — remove it or write another way of saying it.",
    },
    "out_of_scope_answer": {
        "es": "out_of_scope reúne lo que el bot no atiende y esta respuesta nunca se muestra — borra este archivo.",
        "en": "out_of_scope holds what the bot declines and this answer is never shown — delete this file.",
    },
    "empty_text": {
        "es": "la respuesta está vacía — escribe el texto bajo «text:».",
        "en": "the answer is empty — write its text under \"text:\".",
    },
    "text_too_long": {
        "es": "la respuesta tiene {length} caracteres y Telegram acepta como máximo {maximum} — acórtala o divídela en dos temas (lo ideal es menos de 900).",
        "en": "the answer has {length} characters and Telegram accepts at most {maximum} — shorten it or split it into two topics (aim for under 900).",
    },
    "title_too_long": {
        "es": "el título «{title}» tiene {length} caracteres y se cortará en el botón — déjalo en {maximum} o menos.",
        "en": "the title \"{title}\" has {length} characters and will be cut on its button — keep it to {maximum} or fewer.",
    },
    "callback_too_long": {
        "es": "el id «{id}» es demasiado largo para un botón de Telegram — acórtalo a {maximum} caracteres o menos y cámbialo en todos los archivos que lo usan.",
        "en": "the id \"{id}\" is too long for a Telegram button — shorten it to {maximum} characters or fewer and change it in every file that uses it.",
    },
    "html_bare_amp": {
        "es": "el signo «&» en «{near}» se verá tal cual en Telegram — escribe &amp; para mostrar «&», o el carácter mismo en vez de códigos como &nbsp;.",
        "en": "the \"&\" in \"{near}\" will show as typed in Telegram — write &amp; to show \"&\", or the character itself instead of codes such as &nbsp;.",
    },
    "html_bare_lt": {
        "es": "el signo «<» en «{near}» hace que Telegram rechace el mensaje — escribe &lt; en su lugar.",
        "en": "the \"<\" in \"{near}\" makes Telegram refuse the message — write &lt; instead.",
    },
    "html_tag_not_ended": {
        "es": "la etiqueta en «{near}» no termina con «>» — complétala, o escribe &lt; si querías mostrar «<».",
        "en": "the tag in \"{near}\" does not end with \">\" — complete it, or write &lt; if you meant to show \"<\".",
    },
    "html_unknown_tag": {
        "es": "Telegram no acepta la etiqueta «{tag}» — usa solo <b>, <i>, <u>, <s>, <a href=\"…\">, <code>, <pre>, <blockquote> o <tg-spoiler>.",
        "en": "Telegram does not accept the tag \"{tag}\" — use only <b>, <i>, <u>, <s>, <a href=\"…\">, <code>, <pre>, <blockquote> or <tg-spoiler>.",
    },
    "html_line_break": {
        "es": "Telegram no acepta «{tag}» — para cambiar de línea basta con escribir en una línea nueva.",
        "en": "Telegram does not accept \"{tag}\" — to start a new line, just write on a new line.",
    },
    "html_inside_code": {
        "es": "«{tag}» está dentro de «{outer}» y Telegram no permite formato dentro de un código — sácala de ahí.",
        "en": "\"{tag}\" is inside \"{outer}\" and Telegram allows no formatting inside code — move it out.",
    },
    "html_ignored_attribute": {
        "es": "Telegram ignora «{attribute}» en «{tag}» — bórralo.",
        "en": "Telegram ignores \"{attribute}\" in \"{tag}\" — remove it.",
    },
    "html_link_without_href": {
        "es": "el enlace «{tag}» no tiene dirección — escríbelo así: <a href=\"https://…\">texto</a>.",
        "en": "the link \"{tag}\" has no address — write it like this: <a href=\"https://…\">text</a>.",
    },
    "html_span_class": {
        "es": "Telegram solo acepta «{tag}» si es <span class=\"tg-spoiler\"> — corrígela o usa <tg-spoiler>.",
        "en": "Telegram only accepts \"{tag}\" as <span class=\"tg-spoiler\"> — fix it or use <tg-spoiler>.",
    },
    "html_emoji_id": {
        "es": "«{tag}» necesita emoji-id=\"…\" con el número del emoji — añádelo o borra la etiqueta.",
        "en": "\"{tag}\" needs emoji-id=\"…\" with the emoji's number — add it or remove the tag.",
    },
    "html_unclosed": {
        "es": "la etiqueta «{tag}» no se cierra — añade </{name}> donde debe terminar ese formato.",
        "en": "the tag \"{tag}\" is never closed — add </{name}> where that formatting should end.",
    },
    "html_stray_close": {
        "es": "«{tag}» cierra una etiqueta que no se abrió — bórrala o añade <{name}> donde empieza el formato.",
        "en": "\"{tag}\" closes a tag that was never opened — remove it or add <{name}> where the formatting starts.",
    },
    "html_misnested": {
        "es": "«{tag}» llega antes de cerrar «{opened}» — cierra primero con {expected}: las etiquetas se cierran en orden inverso, p. ej. <b><i>…</i></b>.",
        "en": "\"{tag}\" comes before \"{opened}\" is closed — close that first with {expected}: tags close in reverse order, e.g. <b><i>…</i></b>.",
    },
    "phone_invalid": {
        "es": "el teléfono «{number}» no es un número válido en México — revísalo y escríbelo completo, p. ej. {example}.",
        "en": "the phone number \"{number}\" is not a valid number in Mexico — check it and write it in full, e.g. {example}.",
    },
    "phone_too_short": {
        "es": "al teléfono «{number}» le faltan dígitos — escríbelo con su lada, p. ej. {example}.",
        "en": "the phone number \"{number}\" is too short — write it with its area code, e.g. {example}.",
    },
    "phone_no_area_code": {
        "es": "al teléfono «{number}» le falta la lada — escribe los 10 dígitos, p. ej. {example}.",
        "en": "the phone number \"{number}\" has no area code — write all 10 digits, e.g. {example}.",
    },
    "phone_too_long": {
        "es": "el teléfono «{number}» tiene dígitos de más — revísalo (ya no se marca 01, 044, 045 ni el 1 después de +52), p. ej. {example}.",
        "en": "the phone number \"{number}\" has too many digits — check it (01, 044, 045 and the 1 after +52 are no longer dialled), e.g. {example}.",
    },
    "phone_country_code": {
        "es": "el teléfono «{number}» empieza con un código de país que no existe — para México escribe +52, p. ej. {example}.",
        "en": "the phone number \"{number}\" starts with a country code that does not exist — for Mexico write +52, e.g. {example}.",
    },
    "phone_unlisted": {
        "es": "el teléfono «{number}» no está en facts/hotlines.yml ni en facts/offices.yml — añádelo a facts/hotlines.yml con sus fuentes.",
        "en": "the phone number \"{number}\" is not in facts/hotlines.yml or facts/offices.yml — add it to facts/hotlines.yml with its sources.",
    },
    "unverified_hotline": {
        "es": "el teléfono «{number}» ({hotline}) no está confirmado — confirma el número y pon verified: true.",
        "en": "the number \"{number}\" ({hotline}) is not confirmed — confirm the number and set verified: true.",
    },
    "unverified_office": {
        "es": "los datos de la oficina «{office}» no están confirmados — confirma su teléfono y dirección y pon verified: true.",
        "en": "the details of the office \"{office}\" are not confirmed — confirm its phone and address and set verified: true.",
    },
    "coordinates_outside": {
        "es": "las coordenadas de «{office}» (lat {lat}, lon {lon}) quedan fuera de México — revísalas: en México lat va de 14.3 a 32.8 y lon de -118.6 a -86.6.",
        "en": "the coordinates of \"{office}\" (lat {lat}, lon {lon}) are outside Mexico — check them: in Mexico lat goes from 14.3 to 32.8 and lon from -118.6 to -86.6.",
    },
    "coordinates_swapped": {
        "es": "las coordenadas de «{office}» (lat {lat}, lon {lon}) parecen estar al revés — intercambia los valores de lat y lon.",
        "en": "the coordinates of \"{office}\" (lat {lat}, lon {lon}) look swapped — exchange the values of lat and lon.",
    },
    "coordinates_east": {
        "es": "la longitud de «{office}» (lon {lon}) cae fuera de México — en México la longitud lleva signo menos: escribe -{lon}.",
        "en": "the longitude of \"{office}\" (lon {lon}) falls outside Mexico — longitudes in Mexico have a minus sign: write -{lon}.",
    },
    "reviewed_old": {
        "es": "la información se revisó el {date}, hace {days} días — revísala de nuevo y actualiza «reviewed:» (al menos cada {maximum} días).",
        "en": "this was last reviewed on {date}, {days} days ago — check it again and update \"reviewed:\" (at least every {maximum} days).",
    },
    "reviewed_future": {
        "es": "la fecha de revisión {date} está en el futuro — escribe la fecha del día en que la revisaste.",
        "en": "the review date {date} is in the future — write the date you actually checked it.",
    },
    "no_sources": {
        "es": "la lista de fuentes está vacía — anota de dónde sale esta información.",
        "en": "the list of sources is empty — note where this information comes from.",
    },
    "missing_ui_file": {
        "es": "faltan las frases de la interfaz en «{lang}» — crea este archivo (copia el de otro idioma y tradúcelo).",
        "en": "the interface sentences for \"{lang}\" are missing — create this file (copy it from another language and translate it).",
    },
    "missing_office_name": {
        "es": "falta el nombre de la oficina «{office}» en «{lang}» — añade «{office}:» con «name:» a este archivo.",
        "en": "the office \"{office}\" has no name in \"{lang}\" — add \"{office}:\" with \"name:\" to this file.",
    },
}
