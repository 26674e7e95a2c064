"""An event's own noun where the release links it to the day, and dates that belong to no event.

Invitations name their event with a noun and tie it to the day or the invitation (German
announcement convention): "X findet am … statt", "X am …", "zum X am …", "lädt zu X ein". The
summary says that noun ("Der Info·abend ist am …"), not a generic "Veranstaltung". Heads such as
"-tag" and "-abend" also build words of time ("Samstag", "Freitagabend", "Feiertag") and of bodies
("Kreistag"), so a compound of them counts only where the release links it so.

The other way round, some dates belong to no event: the date of a release's own stamp
("Pressemitteilung 12/2026 vom 9. März"), a date that modifies the noun of a sentence-initial
phrase ("Mit dem Ende der Sommerferien am 12. August beginnt …"), and a move or a call-off
said only for a case ("Bei Regen wird das Fest in die Halle verlegt") does not move the event.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CALLED_OFF",
    "QUANTITY_NOUNS",
    "called_off_event",
    "contingent",
    "doc_stamp",
    "limited",
    "linked_head",
    "noun_bound",
    "start_time",
    "statt_subject",
]

# Compounds of "-tag"/"-abend" that name a time or a body, not an event: weekdays and parts of days
# ("Samstag", "Freitagabend", "Nachmittag"), calendar days ("Feiertag", "Werktag", "Stichtag"),
# and parliaments or associations ("Kreistag", "Landtag", "Städtetag"); "Alltag" (everyday life:
# "Schulalltag", "Berufsalltag") is no day at all.
_NOT_EVENT: Final = re.compile(
    r"^(?:(?:mon|diens|mittwoch|donners|frei|sams|sonn|sonnabend)\w*"
    r"|\w*(?:mittag|feiertag|werktag|wochentag|stichtag|folgetag|vortag|jahrestag|geburtstag|ruhetag|arbeitstag"
    r"|schultag|ferientag|brückentag|kalendertag|feierabend|lebensabend|alltag"
    r"|landtag|kreistag|bundestag|reichstag|städtetag|gemeindetag|heiligabend|silvesterabend|vorabend))$",
    re.I,
)
# The noun directly followed by its day ("zum Erntetag am kommenden Sonntag", "Infoabend am 3. Mai").
_DAY_AFTER: Final = re.compile(
    r"^\s+(?:am|vom)\s+(?:\w+\s+){0,2}?(?:\d{1,2}\.|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
)
# "lädt … zu(m) (einem) X ein": the noun is what the sender invites to.
_INVITED_TO: Final = re.compile(r"\b(?:lädt|laden)\b[^.!?]{0,120}\bzu(?:m|r)?\s+(?:einem\s+|einer\s+|ihrem\s+|seinem\s+)?$")


# A sentence that limits its event to some ("nur für Eltern aus …", "ausschließlich für Mitglieder",
# "nur Kinder", "ist für die Klassen 5 und 6", "nicht für alle"): the day it gives is one group's, and
# the release may give other groups other days (German scope particles nur/ausschließlich/lediglich; a
# predicative "für"-phrase names the audience). Such a day is no single day of the event (omission over
# error). "nur 5 Euro" or "nur noch wenige Plätze" limit a price or a number, not the audience.
_LIMITS: Final = re.compile(
    r"\b(?:[Nn]ur|[Aa]usschließlich|[Ll]ediglich|[Ee]igens)\s+(?:für|an|aus|bei|in|im|[A-ZÄÖÜ])"
    r"|\bnicht\s+(?:für\s+)?alle\b"
    r"|\b(?:ist|sind|gilt|gelten|richtet\s+sich|richten\s+sich)\s+(?:\w+\s+){0,2}?(?:für|an)\s+"
    r"(?!alle\b|die\s+ganze\b|jede[nrs]?\b|Jung\s+und\s+Alt\b)"
)


def limited(sentence: str) -> bool:
    """``sentence`` limits what it says to some (a scope particle or a predicative "für"-phrase)."""
    return _LIMITS.search(sentence) is not None


def time_or_body(word: str) -> bool:
    """``word`` is a "-tag"/"-abend" compound that names a time, a body or everyday life, never an event."""
    return _NOT_EVENT.match(word) is not None


def linked_head(word: str, text: str, start: int, end: int) -> bool:
    """``word`` (at ``start``–``end`` of ``text``) names an event the text ties to a day or an invitation.

    A day in a sentence that limits the event to some (see _LIMITS) ties it to one group's day only.
    """
    if _NOT_EVENT.match(word):
        return False
    if _DAY_AFTER.match(text[end:]):
        return not limited(text)
    if _INVITED_TO.search(text[:start]) and re.match(r"^[^.!?]{0,120}\bein\b", text[end:]):
        return True
    return re.match(r"^\s+(?:findet|fand)\b[^.!?]{0,160}\bstatt\b", text[end:]) is not None


# "Die Versteigerung findet … statt": the singular subject of "findet … statt", with the article that
# gives its gender (a singular verb after "Die" is a feminine noun; "Der"/"Das" as they stand).
_STATT: Final = re.compile(
    r"^(?P<art>Der|Die|Das)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?P<rest>[^!?;:]{0,220}?)\bfindet\b(?P<mid>[^!?;:]{0,200}?)\bstatt\b"
)
_GENDER: Final = {"Der": "der", "Die": "die", "Das": "das"}
# Nouns of quantity or part (partitive heads, Duden grammar): their genitive names what takes place.
QUANTITY_NOUNS: Final = frozenset(
    {
        "Hälfte",
        "Mehrheit",
        "Mehrzahl",
        "Minderheit",
        "Zahl",
        "Anzahl",
        "Teil",
        "Großteil",
        "Rest",
        "Reihe",
        "Vielzahl",
        "Menge",
    }
)


def statt_subject(sentence: str) -> tuple[str, str] | None:
    """(noun, gender) of "Der/Die/Das X … findet … statt" at the start of ``sentence``, or None.

    The noun must stand right after the article, and a relative or "wenn"-clause before "findet"
    may hold a verb of its own: the subject is the first noun only when nothing before "findet" reads
    as a finite clause of its own (a comma-free stretch or genitive and prepositional phrases).
    """
    found = _STATT.match(sentence.strip())
    if found is None or re.search(r",\s*(?:der|die|das|wenn|weil|falls|ob)\b", found["rest"]):
        return None
    if found["noun"] in QUANTITY_NOUNS:
        return None  # "Die Hälfte der Kurse findet online statt": a part of the events, not one event
    if _NOT_ON.search(_PERIOD.sub(" ", f"{found['rest']} {found['mid']}")):
        return None  # "findet nicht am …, sondern erst im Mai statt": the day named is not the event's
    return found["noun"], _GENDER[found["art"]]


# Words that take a day between "findet" and "statt" away from the event (German negation and
# period convention): a negation ("nicht", "kein", "nicht mehr"), a replacement ("sondern"), a bound
# ("bis", "erst") or a restriction ("nur noch"). A day said there is no day the event takes place on.
# A span of hours or days ("von 11 bis 17 Uhr", "vom 3. bis 5. Mai") is the event's own time, not a bound.
_PERIOD: Final = re.compile(r"\bvo[nm]\b[^!?]{0,40}?\bbis\b")
_NOT_ON: Final = re.compile(r"\b(?:nicht|kein\w*|nie|sondern|bis|erst|nur\s+noch)\b", re.I)


# "beginnt um 10 Uhr": the start of the event said in the sentence that names it.
_STARTS_AT: Final = re.compile(r"\bbeginnt\s+(?:\w+\s+){0,3}?um\s+(?P<t>\d{1,2}(?:[.:]\d{2})?)\s*Uhr\b")


def start_time(sentence: str) -> str | None:
    """ "um 10 Uhr" where the sentence says when its event begins, else None."""
    found = _STARTS_AT.search(sentence)
    if found is None:
        return None
    time = re.sub(r"[.:]00$", "", found["t"]).replace(".", ":")
    return f"um {time} Uhr"


# The release's own stamp before a date: "Pressemitteilung 041/2026 vom 9. März", "Presseinformation Nr. 3 vom".
_STAMP: Final = re.compile(
    r"\b(?:Pressemitteilung|Pressemeldung|Presseinformation|Presseinfo|Pressenotiz|Medieninformation|Mitteilung)\b"
    r"[^!?]{0,30}\b(?:vom|am)\s+(?:\w+,?\s+(?:den\s+)?)?$"
)


def doc_stamp(before: str) -> bool:
    """The text ``before`` a date ends in a release's stamp: the date is the release's, not an event's."""
    return _STAMP.search(before) is not None


# A sentence opening with a phrase that is no day ("Mit …", "Nach …", "Wegen …") whose noun carries the
# date ("Mit dem Ende der Sommerferien am 12. August beginnt …"): the date belongs to that noun.
_FRONT_PHRASE: Final = re.compile(
    r"^(?:Mit|Nach|Vor|Seit|Wegen|Trotz|Durch|Infolge|Anlässlich|Aufgrund|Dank)\s+[^,;:]*\b[A-ZÄÖÜ][a-zäöüß]+\s+am\s+"
    r"(?:\w+,?\s+(?:dem\s+|den\s+)?)?$"
)


def noun_bound(sentence: str, start: int, event_heads: list[str]) -> bool:
    """The date at ``start`` of ``sentence`` modifies the noun of a sentence-initial phrase that is no event."""
    before = sentence[:start]
    if _FRONT_PHRASE.match(before) is None:
        return False
    noun = re.findall(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+am\s+", before)[-1].lower()
    # The phrase's head is its first noun; a genitive after it is its attribute ("Nach der Sitzung des
    # Kreistags am Montag": the day is the meeting's). An event as head or as last noun keeps the day.
    head = re.match(r"^\w+\s+(?:[a-zäöüß]\w*\s+){0,3}([A-ZÄÖÜ][a-zäöüß]+)", before)
    nouns = [noun, head[1].lower()] if head else [noun]
    return not any(n.endswith(h) for n in nouns for h in event_heads)


# A move or a call-off said for a case only (contingency convention): "Bei Regen/Dauerregen …",
# "Bei schlechtem Wetter …" (a condition of the weather, with no article: "Bei dem Sturm in der
# Nacht …" tells a storm that happened, and "Bei Eintracht …" names a club), a condition that names
# a hindrance ("Falls es regnet", "Sollte … nicht möglich sein"; "Wenn alles klappt, wird … verschoben"
# expects the move), or a replacement day for those who cannot come ("Wer verhindert ist, …
# Ersatztermin"). A reason of the call-off ("fällt aus, da die Referentin nicht kommen kann") is no case.
_WEATHER: Final = (
    r"(?:[Rr]egen|[Ww]etter|[Ss]turm|[Ww]ind|[Gg]ewitter|[Gg]lätte|[Ff]rost|[Hh]itze"
    r"|[Ss]chnee|[Ee]is|[Nn]ebel|[Hh]ochwasser|[Uu]nwetter)"
)
_CASE: Final = re.compile(
    rf"^(?:Bei\s+(?!(?:dem|der|den|diesem|dieser|jenem)\b)(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ]?\w*{_WEATHER}"
    r"|Im Fall)\b"
    r"|^(?:Falls|Sofern|Sollte|Wenn)\b[^,.]*?(?:\b(?:nicht|kein\w*|zu\s+[a-zäöü]\w*|krank\w*|verhindert)\b|regn|"
    rf"{_WEATHER})"
    r"|(?:^|,\s*)(?:[Ww]er|die|der|diejenigen)\s+[^,.]{0,60}?\b(?:verhindert|nicht\s+(?:kommen|teilnehmen|wahrnehmen))\b"
)


def contingent(sentence: str) -> bool:
    """``sentence`` moves or calls off the event only for a case it names (see _CASE)."""
    return _CASE.search(sentence.strip()) is not None


# An event called off or moved (press-release convention: "abgesagt", "fällt aus", "entfällt",
# "findet nicht statt", "verschoben", "verlegt", "auf einen späteren Termin"): its announced day is
# no longer the day it takes place. The day may stand between the verb's parts ("findet am Dienstag,
# 12. Mai, nicht statt"), and "findet nicht am …, sondern im Juni statt" moves the event.
CALLED_OFF: Final = re.compile(
    # A staging that "verlegt die Handlung" sets the plot elsewhere (theatre convention), no move of a date.
    # "Absage" in the singular and the verb "absagen" call the event off; the plural noun ("wegen
    # krankheitsbedingter Absagen") counts other people's cancellations, so case matters here.
    r"\b(?:abgesagt|(?-i:absagen)|sagt\w*\s+(?:\w+\s+){0,6}ab\b|fällt\w*\s+(?:\w+\s+){0,6}aus\b|ausfallen|entfällt|entfallen|"
    r"(?:findet|finden)\b[^!?]{0,80}?\bnicht\s+statt|(?:findet|finden)\s+nicht\b[^!?]{0,120}?\bsondern\b|verschoben|verschiebt|verschieben|verlegt(?!\s+(?:die\s+Handlung|das\s+Geschehen|die\s+Geschichte))|(?-i:Absage)|(?-i:Absagen)(?=\s+(?:der|des|von|aller)\b)|"
    r"Verschiebung|späteren Termin|neuen Termin|Ersatztermin)\b",
    re.I,
)


def called_off_event(kind: str, sentences: list[str]) -> bool:
    """The release calls its event off or moves it, not only for a case it names (eventnouns.contingent)."""
    return kind in ("event", "other", "award") and any(
        CALLED_OFF.search(s) is not None and not contingent(s) for s in sentences
    )
