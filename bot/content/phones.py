"""Phone numbers in content: do they dial in Mexico, and which ones does a text mention."""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import ValidationResult, shortnumberinfo

REGION = "MX"
SHORT_CODES = ("911", "089")  # national emergency and anonymous report lines
EXAMPLE = "+52 55 5536 3922"

# 7+ digits split by spaces, dashes or an area code in brackets, maybe after "+"; or a short code.
_LONG = re.compile(r"(?<![\w+.,/(])(?:\+|\()?\d(?:(?:[ \-]|\) ?|[ ]?\()?\d){6,}")
_SHORT = re.compile(r"(?<![\w+\-/])(?:" + "|".join(SHORT_CODES) + r")(?![\w\-/])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"(?:https?://|www\.|tg://)\S+")

# Why a number does not dial -> message code.
_REASONS = {
    ValidationResult.TOO_SHORT: "phone_too_short",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "phone_no_area_code",
    ValidationResult.TOO_LONG: "phone_too_long",
    ValidationResult.INVALID_LENGTH: "phone_invalid",
    ValidationResult.INVALID_COUNTRY_CODE: "phone_country_code",
}


@dataclass(frozen=True)
class Phone:
    """A number as written, whether it dials (`problem` is None) and a key to compare numbers."""

    written: str
    key: str
    problem: str | None = None


def digits(text: str) -> str:
    """Only the digits of `text`."""
    return re.sub(r"\D", "", text)


def check_phone(written: str) -> Phone:
    """Parse `written` as dialled from Mexico; short codes such as 911 and 089 are valid."""
    text = str(written).strip()
    plain = digits(text)
    if plain in SHORT_CODES:
        return Phone(text, plain)
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException as error:
        unknown_country = error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
        return Phone(text, plain, "phone_country_code" if unknown_country else "phone_invalid")
    key = f"{number.country_code}{number.national_number}"
    if len(plain) <= 6 and shortnumberinfo.is_valid_short_number_for_region(number, REGION):
        return Phone(text, plain)
    if phonenumbers.is_valid_number(number):
        return Phone(text, key)
    reason = phonenumbers.is_possible_number_with_reason(number)
    return Phone(text, key, _REASONS.get(reason, "phone_invalid"))


def find_phones(text: str) -> list[tuple[int, str]]:
    """(offset, number as written) for every phone-like sequence in `text`, in order."""
    hidden = _URL.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, str]] = []
    taken: list[range] = []
    for match in _LONG.finditer(hidden):
        written = match.group(0).strip(" -")
        if _DATE.fullmatch(written):
            continue
        found.append((match.start(), written))
        taken.append(range(match.start(), match.end()))
    for match in _SHORT.finditer(hidden):
        if not any(match.start() in span for span in taken):
            found.append((match.start(), match.group(0)))
    return sorted(found)
