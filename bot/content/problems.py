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
    values["hint"] = describe("did_you_mean", lang, {"suggestion": suggestion}) if suggestion else ""
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
}
