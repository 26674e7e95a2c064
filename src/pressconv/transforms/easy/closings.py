"""Which sites close, as a counted list: "Diese 6 Filialen schließen bis spätestens 30. September 2026:".

Banks, post, libraries, health insurers and towns announce the closing of several of their sites in
one sentence that names the places in a row ("Wie der Vorstand mitgeteilt hat, werden die Filialen in
A, B, C und D bis spätestens 30. September geschlossen.", "Die Geschäftsstellen in A und B schließen
zum 31. März."). A reader needs to find the own place in it. Leichte Sprache writes such a set as a
list under an intro line that says how many there are (Netzwerk Leichte Sprache, "Aufzählungen").

Correct by construction:
- the list is the sentence's whole enumeration "A, B und C" after "die <Stellen> in", every item a
  proper name; a list the source marks as incomplete ("unter anderem", "etwa") is left out, since
  "Diese 3 Filialen" would read as all of them;
- the verb is "geschlossen" (werden … geschlossen) or "schließen" right after the list and its time,
  nothing else between; a negation, a plan, a demand or a condition anywhere before it ("sollen",
  "nicht", "dass", "wenn") leaves the sentence out (omission over error);
- the time is kept only when it is a day or a month the source names right there ("bis spätestens
  30. September 2026", "zum 31. März", "Ende Juni"); without it the list is still true.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.propernames import NAME
from pressconv.transforms.easy.when import MONTH_PATTERN

__all__ = ["closing_lists"]

# The sites a provider runs and may close (banking, post, public offices, libraries, practices).
_SITES: Final = (
    r"(?P<sites>(?:[A-ZÄÖÜ][a-zäöüß]+)?(?:Filialen|Geschäftsstellen|Zweigstellen|Niederlassungen|Standorte|"
    r"Poststellen|Servicestellen|Bürgerbüros|Servicecenter|Kundencenter|Beratungsstellen|Bibliotheken|"
    r"Büchereien|Praxen|Apotheken|Verkaufsstellen|Läden|Märkte|Bankfilialen|Stadtteilbüchereien))"
)
# A place name: one capitalised word, hyphen parts allowed, lower-case ones too ("Obertal-Nord",
# "Sulz-am-See"), or two words whose second is a name word (propernames.NAME: "Bad Sulz").
_NAME: Final = rf"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]*)*(?:\s+{NAME})?"
_LIST: Final = rf"(?P<list>{_NAME}(?:,\s+{_NAME})*\s+und\s+{_NAME})"
_DATE: Final = rf"(?:\d{{1,2}}\.\s*)?(?:{MONTH_PATTERN})(?:\s+\d{{4}})?"
_TIME: Final = rf"(?P<time>(?:bis\s+spätestens|spätestens\s+(?:am|zum)|bis\s+(?:zum|Ende)|zum|am|Ende|im)\s+{_DATE})"
# "werden die Filialen in A und B zum 1. Mai geschlossen", "Die Filialen in A und B werden zum 1. Mai
# geschlossen" and "Die Filialen in A und B schließen zum 1. Mai": the time before the participle or
# after the finite verb.
_CLOSE: Final = re.compile(
    rf"\b(?:die|Die)\s+{_SITES}\s+in\s+{_LIST}(?:\s+werden)?(?:\s+{_TIME})?\s+(?:geschlossen\b(?!\s+(?:bleiben|sind|waren))"
    rf"|schließen\b(?!\s+sich)(?:\s+{_TIME.replace('(?P<time>', '(?P<late>')})?)"
)
# Words that make the closing uncertain, wished, denied or conditional, or put it in another's mouth.
_UNSURE: Final = re.compile(
    r"\b(?:nicht|kein\w*|sollen|soll|sollten|könnte\w*|würde\w*|müsste\w*|plant\w*|geplant|erwäg\w*|prüf\w*|"
    r"droh\w*|befürcht\w*|fordert?\w*|kritisier\w*|dass|ob|wenn|falls|sofern|voraussichtlich|möglicherweise|"
    r"vorübergehend|zeitweise|bislang|bisher|wieder|unter anderem|etwa|beispielsweise|darunter|vorerst)\b",
    re.I,
)
# A list longer than a summary can carry is no list a reader scans (schedules._ITEMS_MAX is 8; a
# closing list must be whole, so up to 12 places are said).
_PLACES_MAX: Final = 12


def _items(listed: str) -> list[str]:
    """The place names of an enumeration "A, B und C", each trimmed."""
    return [item.strip() for item in re.split(r",\s+|\s+und\s+", listed)]


def closing_lists(body: Sequence[str]) -> list[tuple[str, tuple[str, tuple[str, ...]]]]:
    """(source sentence, (intro, places)) for each sentence that names the sites closing and their places."""
    out: list[tuple[str, tuple[str, tuple[str, ...]]]] = []
    for sentence in body:
        match = _CLOSE.search(sentence)
        if match is None:
            continue
        before, after = sentence[: match.start()], sentence[match.end() :]
        if _UNSURE.search(before) or _UNSURE.search(match.group(0)):
            continue
        # The sentence ends at the verb (a full stop or "werden" of a main clause after a passive);
        # anything after it could limit the closing ("…, aber nur samstags").
        if not re.fullmatch(r"\s*(?:werden)?\s*[.!]?\s*", after):
            continue
        places = _items(match["list"])
        if len(places) != len(set(places)) or len(places) > _PLACES_MAX:
            continue
        when = match["time"] or match["late"]
        if when and re.match(r"(?i)am\b", when.strip()):
            # "am 3. Mai geschlossen" names one day, which may be a closure for that day only;
            # "Diese 2 Filialen schließen am 3. Mai" would read as for good (omission over error).
            continue
        time = f" {when}" if when else ""
        out.append((sentence, (f"Diese {len(places)} {match['sites']} schließen{time}:", tuple(places))))
    return out
