"""Find the office a message is about, and the office nearest to a point."""
from __future__ import annotations

import math
from typing import Mapping

from rapidfuzz import fuzz

from ..content.model import Office
from .normalize import normalize
from .spelling import sound_key

EARTH_RADIUS_KM = 6371.0


class OfficeFinder:
    """Recognises the ways people write office cities: cdmx, el df, cd juarez, tapa, tuxtla…"""

    def __init__(self, offices: Mapping[str, Office]) -> None:
        owners: dict[str, set[str]] = {}
        for office in offices.values():
            for name in (*office.aliases, office.city, office.id.replace("_", " ")):
                alias = normalize(name)
                if alias:
                    owners.setdefault(alias, set()).add(office.id)
        # An alias that two offices share (a state with two offices) names neither.
        self._aliases = sorted(((a, next(iter(o))) for a, o in owners.items() if len(o) == 1),
                               key=lambda pair: -len(pair[0]))
        self._fuzzy = [(a, o) for a, o in self._aliases if " " not in a and len(a) >= 6]
        sounds: dict[str, set[str]] = {}
        for alias, office in self._aliases:
            if " " not in alias and len(alias) >= 5:
                sounds.setdefault(sound_key(alias), set()).add(office)
        self._by_sound = {key: next(iter(o)) for key, o in sounds.items() if len(o) == 1}  # same rule by sound

    def find(self, normalized: str) -> str | None:
        """The office named in the message, or None when none (or several) are named."""
        padded = f" {normalized} "
        found = [office for alias, office in self._aliases if f" {alias} " in padded]
        if not found:  # misspelt: sounds the same ("juares"), or close enough letter by letter
            words = [w for w in normalized.split() if len(w) >= 5]
            found = [self._by_sound[key] for key in map(sound_key, words) if key in self._by_sound]
            found += [office for alias, office in self._fuzzy
                      if any(abs(len(w) - len(alias)) <= 2 and fuzz.ratio(w, alias) >= 84 for w in words)]
        distinct = list(dict.fromkeys(found))
        return distinct[0] if len(distinct) == 1 else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def nearest_office(offices: Mapping[str, Office], lat: float, lon: float) -> tuple[Office, float] | None:
    """The office closest to (lat, lon) and its distance in km."""
    best = None
    for office in offices.values():
        if math.isnan(office.lat) or math.isnan(office.lon):
            continue
        km = distance_km(lat, lon, office.lat, office.lon)
        if best is None or km < best[1]:
            best = (office, km)
    return best
