"""Checks of the facts: offices inside Mexico, numbers that dial, confirmed and listed."""
from __future__ import annotations

from typing import Iterator

from . import phones, telegram_html
from .checker import (HOTLINES_FILE, MEXICO_LAT, MEXICO_LON, OFFICES_FILE, Checker, _texts, check_dated,
                      entries, value_at)
from .problems import WARNING
from .yamlio import YamlDoc


def check_offices(c: Checker) -> None:
    """Offices: inside Mexico, phones that dial, confirmed, reviewed."""
    doc = c.doc(OFFICES_FILE)
    for where, item in entries(doc, "offices"):
        office = str(item.get("id", ""))
        _check_coordinates(c, doc, where, item, office)
        for index, number in _texts(item.get("phones") or []):
            _check_number(c, OFFICES_FILE, doc.line(*where, "phones", *([index] if index >= 0 else [])), number)
        if item.get("verified") is not True:
            c.add(OFFICES_FILE, doc.line(*where, "verified"), "unverified_office", WARNING, office=office)
        check_dated(c, OFFICES_FILE, doc, where)


def _check_coordinates(c: Checker, doc: YamlDoc, where: tuple, item: dict, office: str) -> None:
    try:
        lat, lon = float(item["lat"]), float(item["lon"])
    except (KeyError, TypeError, ValueError):
        return  # missing or not a number: reported by the loader
    inside = MEXICO_LAT[0] <= lat <= MEXICO_LAT[1] and MEXICO_LON[0] <= lon <= MEXICO_LON[1]
    if inside:
        return
    if MEXICO_LAT[0] <= lon <= MEXICO_LAT[1] and MEXICO_LON[0] <= lat <= MEXICO_LON[1]:
        code = "coordinates_swapped"
    elif MEXICO_LAT[0] <= lat <= MEXICO_LAT[1] and MEXICO_LON[0] <= -lon <= MEXICO_LON[1]:
        code = "coordinates_east"  # the minus sign of the longitude was dropped
    else:
        code = "coordinates_outside"
    c.add(OFFICES_FILE, doc.line(*where, "lat"), code, office=office, lat=item["lat"], lon=item["lon"])


def check_hotlines(c: Checker) -> None:
    """Hotlines: numbers that dial, confirmed, reviewed."""
    doc = c.doc(HOTLINES_FILE)
    for where, item in entries(doc, "hotlines"):
        if "number" in item:
            _check_number(c, HOTLINES_FILE, doc.line(*where, "number"), str(item["number"]))
        if item.get("verified") is not True:
            c.add(HOTLINES_FILE, doc.line(*where, "verified"), "unverified_hotline", WARNING,
                  hotline=item.get("id", ""), number=item.get("number", ""))
        check_dated(c, HOTLINES_FILE, doc, where)


def _check_number(c: Checker, file: str, line: int, number: str) -> phones.Phone:
    phone = phones.check_phone(number)
    if phone.problem:
        c.add(file, line, phone.problem, number=phone.written, example=phones.EXAMPLE)
    return phone


def listed_phones(c: Checker) -> set[str]:
    """Keys of every number kept in facts/hotlines.yml and facts/offices.yml."""
    numbers = [str(item.get("number", "")) for _, item in entries(c.doc(HOTLINES_FILE), "hotlines")]
    for _, item in entries(c.doc(OFFICES_FILE), "offices"):
        numbers += [number for _, number in _texts(item.get("phones") or [])]
    return {phones.check_phone(number).key for number in numbers if number.strip()}


def check_phones_in_texts(c: Checker) -> None:
    """Numbers written in answers, office notes and interface sentences dial and are listed."""
    listed = listed_phones(c)
    for file, doc, where in _people_texts(c):
        text = value_at(doc.data, where)
        for offset, written in phones.find_phones(telegram_html.mask_markup(text)):
            line = c.text_line(doc, where, offset)
            phone = _check_number(c, file, line, written)
            if not phone.problem and phone.key not in listed:
                c.add(file, line, "phone_unlisted", WARNING, number=written)


def _people_texts(c: Checker) -> Iterator[tuple[str, YamlDoc, tuple]]:
    """(file, doc, where) of every text shown to people."""
    for answer in c.content.answers.values():
        doc = c.doc(answer.source_file)
        if doc and isinstance(value_at(doc.data, ("text",)), str):
            yield answer.source_file, doc, ("text",)
    for lang in c.content.languages:
        for name in (f"responses/{lang}/_offices.yml", f"responses/{lang}/_ui.yml"):
            doc = c.doc(name)
            data = doc.data if doc and isinstance(doc.data, dict) else {}
            for key, value in data.items():
                if isinstance(value, str):
                    yield name, doc, (key,)
                for sub, text in (value.items() if isinstance(value, dict) else []):
                    if isinstance(text, str):
                        yield name, doc, (key, sub)
