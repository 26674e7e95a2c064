"""The place of a release that has no dateline: its sender's seat, or the town its text is about.

GOLD.md takes the place "from the sender" or "from content" when there is no dateline. The evidence,
strongest first, each kind a vote for a name:

- **The sender's seat** (2 votes a mention). Public bodies, clubs and branches are named after their
  seat: "Polizei Musterstadt", "Stadt Nordheim", "Feuerwehr Kleinau", "SV Lindenfeld", "Bezirksamt
  Mitte"; a postal address names its town after the postcode; a German letter heads its date with
  the town ("Wendelburg, 3. März 2026"); in English "City of Riverton", "Riverton Police Department",
  "Alder County"; in Turkish "Karaçamlı Belediyesi". A release names its sender in this form again
  and again. A body named in a list of others ("die Feuerwehr A & die Feuerwehr B") is a partner,
  not the sender: 1 vote; a seat that is a region ("Polizeipräsidium Nordhessen") half a vote.
- **The town of the text** (German only, 1 vote a mention): "in X", "zwischen X und Y" and the
  adjective "Xer" ("Kasseler Stadtteil", "Berliner Jugendämter") name the town the release is about.
- **The sender's e-mail domain** (German only, 1 vote an address): municipal domains carry the town
  (``stadt-kassel.de``, ``presse@ba-mitte.berlin.de``).

Names of the text and of domains count only if they are a town of the shipped gazetteer (GeoNames,
read lazily: only when the seat alone is not clear, i.e. named fewer than twice) or a seat named
above. English text is read for seats only: an English release names many places it is not from
("between Port Linden and Gull Island", "grants for Virginia"), and a wrong place is worse than none.
A section of a city-state counts for its city ("in Lichtenrade" and "Bezirksamt Pankow" for Berlin).
The name with most votes wins; equal votes go to the one written first, as the sender names itself
first, unless neither of them is a seat ("Filialen in Berlin und Hamburg": no place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.parser import gazetteer
from pressconv.parser._lazy import LazyPattern, lazy_compile
from pressconv.parser.dates import WEEKDAY_NAME

__all__ = ["infer_place", "names_a_body", "sender_seat"]

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
_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_NAME = r"(?P<place>" + _WORD + r")"
# Compound names of bodies end in their kind ("Landesarchiv", "Verwaltungsgericht", "Erzbistum",
# "Bezirksamt"), in the genitive too ("des Landesarchivs Berlin", "des Bezirksamtes Pankow"), and
# may carry their abbreviation ("Verwaltungsgericht (VG) Berlin"); "Land Berlin" names a federal
# state by its seat.
_DE_COMPOUND = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:amt|archiv|gericht|verwaltung|ministerium|behörde|kammer|bistum|präsidium|polizei|"
    r"direktion|museum|bibliothek|kanzlei|verband)(?:e?s)?|Land)(?:\s*\([A-ZÄÖÜ]{2,6}\))?"
)
# The seat is never itself a body's kind: in "… im Bürgeramt" / "Bezirksamt Nordheim" the second
# kind starts the next name rather than being the first one's seat.
_DE_SEAT = lazy_compile(
    r"\b(?:" + _DE_INSTITUTION + r"|" + _DE_COMPOUND + r")\s+"
    r"(?!(?:" + _DE_INSTITUTION + r"|" + _DE_COMPOUND + r")\b)" + _NAME + r"\b"
)
# A German postal address names its town after the five-digit postcode ("10178 Berlin").
_DE_POSTCODE = lazy_compile(r"\b\d{5}\s+" + _NAME + r"\b")
# DIN 5008 letters head the date with the sender's town ("Wendelburg, 3. März 2026", "Kassel, den
# 14.05.2024"); a weekday or a word that introduces a date in that place ("Montag, 3. März",
# "Stand, 1. Mai 2025") is checked out after matching.
_DE_TOWN_DATE = lazy_compile(
    r"(?<![\w-])" + _NAME + r",\s+(?:den\s+)?\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|(?:" + "|".join(MONTHS_DE) + r")\s+\d{4})"
)
_WEEKDAY = lazy_compile(
    r"(?:" + WEEKDAY_NAME + r"|heute|morgen|gestern|stand|datum|termin|frist|beginn|start|ende|schluss)$", re.IGNORECASE
)
# English names put the seat after "of" ("City of Riverton") or before the police force ("Harrow Falls
# Police Department"); not before "Fire", where the word is as often a kind ("Volunteer Fire
# Department"). US counties put the name first and are the place themselves ("Alder County").
_EN_SEATS = (
    lazy_compile(r"\b(?:City|Town|Village|County|Borough|Port|University) of\s+" + _NAME + r"\b"),
    lazy_compile(
        r"\b(?!(?:The|A|An|Our) )(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Police|Sheriff's) (?:Department|Office)\b"
    ),
    lazy_compile(r"\b(?!(?:The|A|An|Our|This|Each|Every|Your) )(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)? County)\b"),
)
# Turkish public bodies put the seat before their kind: "Karaçamlı Belediyesi" (municipality),
# "Ankara Büyükşehir Belediyesi", "Akçaköy Kaymakamlığı" (district governorship), "İzmir Valiliği".
_TR_SEATS = (
    lazy_compile(
        r"(?<!\w)(?P<place>[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?: Büyükşehir)? "
        r"(?:Belediyesi|Belediye Başkanlığı|Kaymakamlığı|Valiliği|İl Emniyet Müdürlüğü|Emniyet Müdürlüğü)(?!\w)"
    ),
)
# Police headquarters and government districts of Hesse, Bavaria and the Palatinate are named after
# regions ("Polizeipräsidium Nordhessen", "Mittelfranken", "Oberbayern Süd", "Westpfalz"): a region
# is where the release comes from only if its text names no town.
_DE_REGION = lazy_compile(
    r"(?:Nord|Süd|Ost|West|Mittel|Ober|Unter|Nieder|Rhein)"
    r"(?:hessen|franken|bayern|pfalz|sachsen|schwaben|baden|friesland|westfalen)(?:-(?:Nord|Süd|Ost|West|Mitte))?"
)
# Bodies in a list ("Feuerwehr A, Feuerwehr B und Feuerwehr C", "… & die Feuerwehr D") are partners;
# Markdown brackets and emphasis around a name do not break the list.
_LISTED = lazy_compile(r"[\]*_]*\s*(?:,|&|\bund\b|\bsowie\b|\band\b)\s*(?:(?:die|der|den|dem|des|the)\s+)?[\[*_]*")
# A street, square or building after an institution word ("Rathaus Jüdenstraße") is an address, and
# so is a town's adjective before a street word ("Leipziger Straße" in Kassel).
_NOT_A_PLACE = lazy_compile(r"(?:straße|strasse|str|weg|platz|allee|gasse|damm|ring|ufer|chaussee|markt|tor|brücke)$")
# German function words are capitalised at the start of a sentence, so a body's kind that ends one
# line and a sentence opening the next ("… im Bürgeramt" / "Das Amt …") look like kind and seat.
# Articles, pronouns, prepositions and conjunctions are a closed class and never a town's name.
_FUNCTION_WORDS = frozenset(
    [
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einen",
        "Einem",
        "Einer",
        "Eines",
        "Kein",
        "Keine",
        "Es",
        "Er",
        "Sie",
        "Wir",
        "Ich",
        "Ihr",
        "Man",
        "Dies",
        "Diese",
        "Dieser",
        "Dieses",
        "Diesem",
        "Diesen",
        "Jede",
        "Jeder",
        "Jedes",
        "Alle",
        "Im",
        "Am",
        "Ans",
        "Ins",
        "Zum",
        "Zur",
        "Vom",
        "Beim",
        "Und",
        "Oder",
        "Aber",
        "Doch",
        "Denn",
        "Sondern",
        "Mit",
        "Nach",
        "Seit",
        "Von",
        "Vor",
        "Für",
        "Auf",
        "Aus",
        "Bei",
        "Über",
        "Unter",
        "Um",
        "Durch",
        "Gegen",
        "Ohne",
        "Bis",
        "Ab",
        "Wie",
        "Wenn",
        "Als",
        "Ob",
        "Dass",
        "Weil",
        "Da",
        "So",
        "Auch",
        "Nur",
        "Noch",
        "Schon",
        "Hier",
        "Dort",
        "Dann",
        "Nun",
        "Jetzt",
    ]
)
# Markdown link targets are not prose: "[Feuerwehr A](http://…) & die Feuerwehr B" is a list.
_LINK_TARGET = lazy_compile(r"\]\([^)\s]*\)")
# "in X", "in X und Y", "zwischen X und Y": the town the text is about. A name of several words
# ("Prenzlauer Berg", "Frankfurt am Main") is looked up whole, then by its first word.
_TOWNISH = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:\s(?:am|an der|im|in der|bei)\s[A-ZÄÖÜ][a-zäöüß]+|\s[A-ZÄÖÜ][a-zäöüß]+)?"
)
_DE_IN = lazy_compile(
    r"\b(?:[Ii]n|[Zz]wischen)\s+(?P<names>" + _TOWNISH + r"(?:\s*(?:,|\bund\b|\boder\b)\s*" + _TOWNISH + r")*)"
)
_TOWNISH_ONE = lazy_compile(_TOWNISH)
# The adjective of a town before a noun: "Kasseler Stadtteil", "Pankower Frauenpreis".
_DE_DEMONYM = lazy_compile(r"\b(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,})er\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)")
# The local part starts where no local-part character stands before it: without the lookbehind the
# engine tried every position of a long run of dots or letters, each scanning to the run's end for an
# "@" (quadratic: 11 s for 100 000 dots; issue 15 #3's class).
_EMAIL_DOMAIN = lazy_compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>(?:[\w-]+\.)+(?P<tld>[a-z]{2,10}))\b", re.IGNORECASE)
# Country and city top-level domains of the German-speaking towns the gazetteer holds.
_TOWN_TLDS = frozenset({"de", "at", "ch", "berlin", "hamburg", "wien", "koeln", "bayern", "nrw", "saarland"})
# Names of bodies end in their kind ("Tri-County Transit Authority", "Riverton Public Library",
# "Heimatverein Altbruck e.V."); a place line under the headline ("Berlin/Brandenburg") never does.
_BODY_NAME = lazy_compile(
    r"\b(?:Authority|Department|Agency|Office|Council|Commission|Committee|Association|Foundation|Institute|"
    r"University|College|School|Library|Museum|Hospital|Board|Bureau|Ministry|Court|Society|Trust|"
    r"Company|Corporation|Inc\.?|Ltd\.?|LLC|GmbH|AG|e\.\s?V\.|Verein|Verband|Stiftung)$"
)
# A seat named twice, or once and again as the town of the text, is clear enough not to read the
# gazetteer.
_CLEAR = 3


@dataclass
class _Votes:
    """Votes per name, where each name was first written, and which names were seats."""

    votes: dict[str, float] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    seated: set[str] = field(default_factory=set)

    def add(self, name: str, weight: float, at: int, *, seat: bool = False) -> None:
        self.votes[name] = self.votes.get(name, 0.0) + weight
        self.first[name] = min(self.first.get(name, at), at)
        if seat:
            self.seated.add(name)

    def best(self) -> tuple[str, float] | None:
        if not self.votes:
            return None
        ranked = sorted(self.votes, key=lambda n: (-self.votes[n], self.first[n]))
        name = ranked[0]
        if len(ranked) > 1 and self.votes[ranked[1]] == self.votes[name] and not self.seated & {name, ranked[1]}:
            # Two towns the text names equally often ("Filialen in Berlin und Hamburg"), neither of
            # them a seat: nothing tells which is the release's place, and a wrong place is worse
            # than none. A seat among them keeps the first-written rule (the sender names itself).
            return None
        return name, self.votes[name]


def _seats(text: str, language: str) -> list[tuple[str, float, int]]:
    """(name, votes, offset) for every seat named in ``text``: 2 votes, 1 for a body in a list."""
    patterns: tuple[LazyPattern, ...]
    if language.startswith("de"):
        patterns = (_DE_SEAT, _DE_POSTCODE, _DE_TOWN_DATE)
    elif language.startswith("en"):
        patterns = _EN_SEATS
    elif language.startswith("tr"):
        patterns = _TR_SEATS
    else:
        return []
    matches = sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start())
    listed: set[int] = set()
    for index, (before, after) in enumerate(pairwise(matches)):
        if before.end() <= after.start() and _LISTED.fullmatch(text, before.end(), after.start()):
            listed |= {index, index + 1}
    seats = []
    for index, match in enumerate(matches):
        place = match.group("place")
        if _NOT_A_PLACE.search(place.lower()) or _WEEKDAY.match(place) or place in _FUNCTION_WORDS:
            continue
        weight = 1.0 if index in listed else 2.0
        if _DE_REGION.fullmatch(place):
            weight /= 4  # a region, not a town: the towns of the text outvote it
        seats.append((place, weight, match.start("place")))
    return seats


def _town_names(text: str) -> Iterable[tuple[str, int, bool]]:
    """(name, offset, adjective?) for each name written as the town of the text ("in X", "Xer …")."""
    for match in _DE_IN.finditer(text):
        for one in _TOWNISH_ONE.finditer(match.group("names")):
            yield one.group(0), match.start("names") + one.start(), False
    for match in _DE_DEMONYM.finditer(text):
        if not _NOT_A_PLACE.search(match.group("noun").lower()):
            yield match.group("place"), match.start(), True


# Domain parts shorter than four letters are prefixes and codes ("ba", "www", "bz"), not towns.
_DOMAIN_PART_MIN: Final = 4


def _domain_towns(text: str) -> Iterable[tuple[str, int]]:
    """(town, offset) for each e-mail address whose domain spells a town ("ba-mitte.berlin.de")."""
    if "@" not in text:
        return
    for match in _EMAIL_DOMAIN.finditer(text):
        if match.group("tld").lower() not in _TOWN_TLDS:
            continue
        labels = match.group("domain").lower().split(".")[:-1]
        parts = [part for label in labels for part in (label, *label.split("-")) if len(part) >= _DOMAIN_PART_MIN]
        towns = {_resolve(town) for part in parts if (town := gazetteer.domain_town(part))}
        for town in sorted(towns):  # one vote per address and town, whichever labels spell it
            yield town, match.start()


def _known(name: str, adjective: bool) -> str | None:
    """The gazetteer's form of ``name`` (whole, or its first word), or None."""
    if adjective:
        return name if gazetteer.demonym_town(name) else None
    if gazetteer.is_town(name):
        return name
    first = name.split()[0]
    return first if first != name and gazetteer.is_town(first) else None


def _resolve(name: str) -> str:
    """A city-state's section stands for its city ("Lichtenrade" → "Berlin")."""
    return gazetteer.city_of_section(name) or name


def infer_place(text: str, language: str) -> str | None:
    """The place of a release without dateline, from its sender and its text, or None."""
    text = _LINK_TARGET.sub("]", text)
    votes = _Votes()
    seats = _seats(text, language)
    for name, weight, at in seats:
        votes.add(_resolve(name), weight, at, seat=True)
    if not language.startswith("de"):
        best = votes.best()
        return best[0] if best else None
    seat_names = {name for name, _weight, _at in seats}
    towns = list(_town_names(text))
    # Names of the text that are also seats vote without the gazetteer.
    for name, at, _adjective in towns:
        if name in seat_names:
            votes.add(_resolve(name), 1.0, at)
    best = votes.best()
    if best is not None and best[1] >= _CLEAR:
        return best[0]
    for name, at, adjective in towns:
        if name not in seat_names and (known := _known(name, adjective)):
            votes.add(_resolve(known), 1.0, at)
    for town, at in _domain_towns(text):
        votes.add(town, 1.0, at)
    best = votes.best()
    return best[0] if best else None


def names_a_body(name: str) -> bool:
    """Whether a line read as a place names a body by its kind, not a place.

    English and German names may end in the kind ("Tri-County Transit Authority", "Heimatverein
    Altbruck e.V."); German public bodies also put the kind first and their seat after it
    ("Bezirksamt Nordheim", "Polizei Kleinau"): the sender's name, whose seat is the place.
    """
    stripped = name.strip()
    if _BODY_NAME.search(stripped) is not None:
        return True
    seat = _DE_SEAT.fullmatch(stripped)
    return seat is not None and seat.group("place") not in _FUNCTION_WORDS


def sender_seat(text: str, language: str) -> str | None:
    """The place most often named as an institution's seat in ``text``, or None."""
    votes = _Votes()
    for name, weight, at in _seats(_LINK_TARGET.sub("]", text), language):
        votes.add(name, weight, at, seat=True)
    best = votes.best()
    return best[0] if best else None
