"""The sender's seat as the release's place, when no dateline names one.

Public bodies, clubs and branches are named after their seat: "Polizei Musterstadt", "Stadt Nordheim",
"Feuerwehr Kleinau", "SV Lindenfeld", "Kreisverband Südheim"; in English "City of Riverton" or
"Riverton Police Department". GOLD.md takes the place "from the sender" when there is no dateline, and
a release names its sender in this form again and again, so the seat is the place written most often
with such an institution word. A body that mentions another town once ("die Feuerwehren aus
Großbach") does not outweigh it; where two seats are named equally often, the first one written
wins, since the sender usually names itself first.
"""

from __future__ import annotations

import re
from collections import Counter

from pressconv.parser._lazy import lazy_compile

__all__ = ["sender_seat"]

# Kinds of German bodies that carry their seat in their name (authorities, courts, municipal
# companies, party branches, associations and sports clubs by their usual abbreviations).
_DE_INSTITUTION = (
    r"(?:Polizei|Polizeipräsidium|Polizeidirektion|Polizeiinspektion|Polizeirevier|Feuerwehr|"
    r"Stadt|Stadtverwaltung|Landeshauptstadt|Hansestadt|Gemeinde|Gemeindeverwaltung|Landkreis|Kreis|"
    r"Kreisverwaltung|Kreishaus|Landratsamt|Rathaus|Bezirksregierung|Regierungspräsidium|"
    r"Staatsanwaltschaft|Amtsgericht|Landgericht|Oberlandesgericht|Verwaltungsgericht|"
    r"Universität|Hochschule|Fachhochschule|Klinikum|Stadtwerke|Sparkasse|Volkshochschule|"
    r"Kreisverband|Ortsverband|Stadtverband|Landesverband|KV|OV|"
    r"Sportverein|Sportvereins|Turnverein|SV|TSV|TuS|TV|FC|SC|VfB|VfL|SpVgg)"
)
# The name after it: one or two capitalised words ("Frankfurt am Main" keeps only "Frankfurt",
# which is what a dateline would give too), or a hyphenated name ("Baden-Baden").
_NAME = r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
# Compound names of bodies end in their kind ("Landesarchiv", "Verwaltungsgericht", "Erzbistum",
# "Bezirksamt"), in the genitive too ("des Landesarchivs Berlin"), and may carry their abbreviation
# ("Verwaltungsgericht (VG) Berlin"); "Land Berlin" names a federal state by its seat.
_DE_COMPOUND = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:amt|archiv|gericht|verwaltung|ministerium|behörde|kammer|bistum|präsidium|polizei|"
    r"direktion|museum|bibliothek|kanzlei|verband)s?|Land)(?:\s*\([A-ZÄÖÜ]{2,6}\))?"
)
_DE_SEAT = lazy_compile(r"\b(?:" + _DE_INSTITUTION + r"|" + _DE_COMPOUND + r")\s+" + _NAME + r"\b")
# A German postal address names its town after the five-digit postcode ("10178 Berlin").
_DE_POSTCODE = lazy_compile(r"\b\d{5}\s+" + _NAME + r"\b")
# English names put the seat after "of" ("City of Riverton") or before the police force ("Harrow Falls
# Police Department"); not before "Fire", where the word is as often a kind ("Volunteer Fire Department").
_EN_SEATS = (
    re.compile(r"\b(?:City|Town|Village|County|Borough|Port|University) of\s+" + _NAME + r"\b"),
    re.compile(
        r"\b(?!(?:The|A|An|Our) )(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Police|Sheriff's) (?:Department|Office)\b"
    ),
)
# A street, square or building after an institution word ("Rathaus Jüdenstraße") is an address.
_NOT_A_PLACE = lazy_compile(r"(?:straße|strasse|str|weg|platz|allee|gasse|damm|ring|ufer|chaussee|markt)$")


def sender_seat(text: str, language: str) -> str | None:
    """The place most often named as an institution's seat in ``text``, or None."""
    patterns = (_DE_SEAT, _DE_POSTCODE) if language.startswith("de") else _EN_SEATS
    seats: Counter[str] = Counter()
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        place = match.group("place")
        if not _NOT_A_PLACE.search(place.lower()):
            seats[place] += 1
    if not seats:
        return None
    # most_common keeps first-seen order among equal counts (Counter preserves insertion order).
    return seats.most_common(1)[0][0]
