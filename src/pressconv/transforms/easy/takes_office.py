"""Rescuer: an appointment with its start date said as "<Name> ist ab <Datum> <Rolle> <bei der Stelle>.".

Universities, hospitals, councils and companies announce who takes which post from which day in one
long clause: "Die Universität X hat die Biologin Prof. Dr. Anna Y zum 1. März 2026 auf die Professur
für Meeresökologie berufen.", "Das Klinikum Z hat Dr. Jan W zum 1. April 2026 zum Chefarzt der Klinik
für Kardiologie ernannt." (the passive "ist … berufen worden" reaches this rescuer already made active
by the rewrite). The reader needs three facts: who, which post, from when. Leichte Sprache says them in
one statement with the person named first (Netzwerk Leichte Sprache: one statement per sentence; the
person, not a pronoun): "Anna Y ist ab 1. März 2026 Professorin an der Universität X."

Correct by construction, each part from the clause itself:
- the person: the name after the titles ("Prof.", "Dr.") the clause gives; the titles go, the name stays;
- the post: a role noun after "zum"/"zur" keeps the sender's form (its gender is the sender's); a
  professorship ("auf die Professur für …") is held by a "Professorin" or a "Professor", so the
  person's gender must be plain in the clause ("die Biologin", "den Chemiker", "Frau", "Herrn") or the
  clause is left to the other rescuers (omission over error). A declined role ("zum Vorsitzenden") has
  another nominative and is left too, as in appointed.py. What follows the role ("der Klinik für …",
  the professorship's field) is left out: the post is as true without it, and its hard words would
  cost the whole fact;
- the place: the deciding body itself when it is a university or a hospital, with the preposition
  German uses for working there ("an der Universität/Hochschule", "am Klinikum/Institut"); any other
  subject may be an organ deciding for a body (a board, a council), so no place is said;
- the time: a full date after "zum"/"ab"/"mit Wirkung zum" (an appointment's start, Hochschul- and
  Beamtenrecht convention "zum 1. …" = from that day on); "seit" when that day is not after the release
  date, otherwise "ab". A clause without a full date is left to appointed.py and the other rescuers.
A negation, a plan or a hedge is not this shape (same guard as appointed.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["office_lines", "takes_office"]

# The lead of a release: its first sentences carry the news (inverted pyramid).
_LEAD: Final = 2

_MONTHS: Final = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
_NAME: Final = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+){1,2}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# Academic titles before a name (German address convention); they go, since the post says the rank.
_TITLES: Final = (
    r"(?:(?:Professorin|Professor|Prof\.|Privatdozentin|Privatdozent|Dr\.(?:-Ing\.)?|med\.|rer\.\s*nat\.|habil\.|PD|"
    r"Dipl\.-[A-Z][a-z]{1,5}\.)\s+)*"
)
_DATE: Final = rf"(?P<day>\d{{1,2}})\.\s*(?P<month>{'|'.join(_MONTHS)})\s+(?P<year>\d{{4}})"
_OFFICE: Final = re.compile(
    r"^(?P<who>(?:Der|Die|Das)\s+[A-ZÄÖÜ][\wäöüß·-]+(?:\s+[A-ZÄÖÜ][\wäöüß·-]+){0,2})\s+hat\s+"
    # The person: "Frau"/"Herrn", or an article with a noun for their profession ("die Biologin").
    r"(?:(?P<title>Frau|Herrn)\s+|(?P<art>die|den)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+)?"
    rf"{_TITLES}(?P<name>{_NAME})\s+"
    rf"(?:zum|ab\s+dem|ab|mit\s+Wirkung\s+(?:zum|vom))\s+{_DATE}\s+"
    # The post: a professorship (W2/W3; W1 is a junior professorship, another post) or a role noun.
    r"(?:(?P<chair>auf\s+die\s+(?:neu\s+eingerichtete\s+|eingerichtete\s+|neue\s+)?(?:W[23]-)?Professur)"
    r"|(?P<prep>zum|zur)\s+(?P<role>[A-ZÄÖÜ][\wäöüß·-]+))"
    r"(?:\s+[^;:!?]{3,120}?)?\s+(?P<verb>ernannt|berufen|bestellt|gewählt)\.$"
)
# The same appointment in the passive, as releases write it: "Die Biologin Prof. Dr. Anna Y ist zum
# 1. März 2026 auf die Professur für … an der Universität X berufen worden." The place is then the
# university or hospital the clause names last ("an der/der Universität X", "am/des Klinikums Y").
_PASSIVE: Final = re.compile(
    r"^(?:(?P<title>Frau|Herr)\s+|(?P<art>Die|Der)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+)?"
    rf"{_TITLES}(?P<name>{_NAME})\s+ist\s+"
    rf"(?:zum|ab\s+dem|ab|mit\s+Wirkung\s+(?:zum|vom))\s+{_DATE}\s+"
    r"(?:(?P<chair>auf\s+die\s+(?:neu\s+eingerichtete\s+|eingerichtete\s+|neue\s+)?(?:W[23]-)?Professur)"
    r"|(?P<prep>zum|zur)\s+(?P<role>[A-ZÄÖÜ][\wäöüß·-]+))"
    r"(?P<tail>\s+[^;:!?]{3,160}?)?\s+(?P<verb>ernannt|berufen|bestellt|gewählt)\s+worden\.$"
)
# A post taken over, named by its holder in the genitive: "Zum 1. Februar 2026 hat Dr. Anna Y die
# Position der Chefärztin … übernommen", "Dr. Jan W hat am 1. März 2026 das Amt des Kanzlers
# übernommen", "Jan W übernimmt zum 1. Juli 2026 die Stelle des Schulleiters" (personnel-news
# convention of hospitals, schools and administrations). The role's nominative comes from its
# genitive only where the lexicon knows the word as a role noun (see _nominative_role).
_POST_NOUN: Final = (
    r"(?:die\s+Position|die\s+Stelle|das\s+Amt|die\s+Funktion)\s+(?P<gen>des|der)\s+(?P<role>[A-ZÄÖÜ][\wäöüß]+)"
)
_START: Final = rf"(?:zum|ab\s+dem|ab|am|mit\s+Wirkung\s+(?:zum|vom))\s+{_DATE}"
_TAKEN: Final = (
    re.compile(
        rf"^(?:Zum|Ab\s+dem|Ab|Am|Mit\s+Wirkung\s+(?:zum|vom))\s+{_DATE},?\s+hat\s+{_TITLES}(?P<name>{_NAME})\s+"
        rf"{_POST_NOUN}(?P<tail>[^;:!?]{{0,160}}?)\s+übernommen\.$"
    ),
    re.compile(rf"^{_TITLES}(?P<name>{_NAME})\s+hat\s+{_START}\s+{_POST_NOUN}(?P<tail>[^;:!?]{{0,160}}?)\s+übernommen\.$"),
    re.compile(rf"^{_TITLES}(?P<name>{_NAME})\s+übernimmt\s+{_START}\s+{_POST_NOUN}(?P<tail>[^;:!?]{{0,160}}?)\.$"),
)
# The hospital or university the clause names after the post: "am Kreisklinikum X", "an der Universität Y".
_WORKPLACE: Final = re.compile(
    r"\b(?:am\s+(?P<am>[\wäöüß·-]*(?:Klinikum|Krankenhaus|Spital|klinikum|krankenhaus))(?P<am_name>\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    r"|an\s+der\s+(?P<an>[\wäöüß·-]*(?:Universität|Hochschule|universität|hochschule))(?P<an_name>\s+[A-ZÄÖÜ][\wäöüß-]+)?)"
)
_PLACE_NAMED: Final = re.compile(
    r"(?:an\s+der|der)\s+(?P<an>[\wäöüß-]*(?:Universität|Hochschule|Akademie)(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)$"
    r"|(?:am|des)\s+(?P<am>[\wäöüß-]*(?:Klinikum|Krankenhaus|Spital))s?(?P<am_name>\s+[A-ZÄÖÜ][\wäöüß-]+)?$"
)
# Words that make the clause more than a plain appointment (a negation, a plan, a condition, a hedge).
_NOT_PLAIN: Final = re.compile(
    r"\b(?:nicht|kein\w*|soll|sollen|will|wollen|wenn|falls|sofern|voraussichtlich|vermutlich|kommissarisch)\b"
)
# A declined role noun ("zum Vorsitzenden", "zum Präsidenten") has another nominative: left out.
_DECLINED: Final = re.compile(r"en$")
# Where German says one works "an der" place (schools of higher learning) or "am" place (a hospital).
_AN: Final = re.compile(r"(?:[Uu]niversität|[Hh]ochschule|[Aa]kademie)$")
_AM: Final = re.compile(r"(?:[Kk]linikum|[Kk]rankenhaus|[Ss]pital)$")


def _place(who: str) -> str | None:
    """Where the person works, from the deciding body: "an der Universität X", "am Klinikum Y"; else None.

    Only a university or a hospital names the place of the post itself; another subject may be an
    organ that decides for a body ("Die Mitgliederversammlung", "Der Aufsichtsrat"), not the place.
    """
    article, head, *rest = who.split()
    name = " ".join((head, *rest))
    if _AN.search(head) and article == "Die":
        return f"an der {name}"
    if _AM.search(head) and article in ("Das", "Der"):
        return f"am {name}"
    return None


def _named_place(tail: str) -> str | None:
    """The university or hospital a passive clause names last, as "an der …"/"am …"; else None."""
    named = _PLACE_NAMED.search(tail.strip())
    if named is None:
        return None
    if named["an"]:
        return f"an der {named['an']}"
    return f"am {named['am']}{named['am_name'] or ''}"


def _post(found: re.Match[str]) -> str | None:
    """The post in the nominative, or None when its form is not plain in the clause."""
    if found["role"] is not None:
        role = found["role"]
        return None if _DECLINED.search(role) else role
    # A professorship: the holder's gender from "Frau"/"Herrn" or the profession noun's article.
    title, article = found["title"], (found["art"] or "").lower()
    if title == "Frau" or (article == "die" and found["noun"].endswith("in")):
        return "Professorin"
    if title in ("Herrn", "Herr") or (article in ("den", "der") and not found["noun"].endswith("in")):
        return "Professor"
    return None


_TEMPORARY: Final = re.compile(
    r"\b(?:vorübergehend|übergangsweise|zunächst|kommissarisch|befristet|interim\w*|\w*[Vv]ertretung\w*|nur)\b"
)


def _nominative_role(article: str, role: str) -> str | None:
    """ "des Chefarztes" -> "Chefarzt", "der Schulleiterin" -> "Schulleiterin"; None where unsure.

    A masculine genitive ends in "-s" or "-es" (strong declension, Duden); a weak noun ("des
    Präsidenten") or a word the lexicon does not know as a role is left out (omission over error).
    """
    from pressconv.transforms.easy.lexicon import lookup

    if article == "der":
        candidates = [role] if role.endswith("in") else []
    else:
        candidates = [role[:-2], role[:-1]] if role.endswith("es") else [role[:-1]] if role.endswith("s") else []
    for candidate in candidates:
        entry = lookup(candidate)
        if entry is not None and entry.role and entry.gender == ("die" if article == "der" else "der"):
            return candidate
    return None


def _taken_post(text: str, issued: date | None) -> str | None:
    """ "<Name> ist seit|ab <Datum> <Rolle> <Ort>." for a post taken over (see _TAKEN), or None."""
    for pattern in _TAKEN:
        found = pattern.match(text)
        if found is None or _NOT_PLAIN.search(text):
            continue
        role = _nominative_role(found["gen"], found["role"])
        if role is None:
            return None
        start = date(int(found["year"]), _MONTHS.index(found["month"]) + 1, int(found["day"]))
        since = "seit" if issued is not None and start <= issued else "ab"
        sentence = f"{found['name']} ist {since} {int(found['day'])}. {found['month']} {found['year']} {role}."
        tail = found["tail"] or ""
        if _TEMPORARY.search(text) or (re.match(r"\s*(?:des|der)\b", tail) and role.endswith(("Leiter", "Leiterin"))):
            # A stand-in or a limited term is no post held ("vorübergehend", "in Vertretung"); "Leiter des
            # Ordnungsamtes" without what is led says nothing (a relational role needs its genitive).
            return None
        # Only the post's own phrase names the workplace: a relative or subordinate clause after a comma
        # may name another house ("…, die bisher Dr. X am Klinikum Süd innehatte").
        work = _WORKPLACE.search(re.split(r",|\bvon\b", tail)[0])
        if work is not None:
            place = (
                f"am {work['am']}{work['am_name'] or ''}" if work["am"] else f"an der {work['an']}{work['an_name'] or ''}"
            )
            if len(sentence.split()) + len(place.split()) <= 12:
                sentence = f"{sentence[:-1]} {place}."
        return sentence
    return None


def takes_office(context: RescueContext) -> Rescue | None:
    """ "<Name> ist ab|seit <Datum> <Rolle> <Ort>." for a dated appointment, or None when not sure."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    text = context.text.strip()
    found = _OFFICE.match(text) or _PASSIVE.match(text)
    if found is None:
        taken = _taken_post(text, context.issued) or _taken_post(context.source.text.strip(), context.issued)
        return Rescue((taken,)) if taken is not None else None
    if _NOT_PLAIN.search(text):
        return None
    post = _post(found)
    if post is None:
        return None
    start = date(int(found["year"]), _MONTHS.index(found["month"]) + 1, int(found["day"]))
    since = "seit" if context.issued is not None and start <= context.issued else "ab"
    when = f"{since} {int(found['day'])}. {found['month']} {found['year']}"
    sentence = f"{found['name']} ist {when} {post}."
    place = _place(found["who"]) if "who" in found.re.groupindex else _named_place(found["tail"] or "")
    if place is not None and len(sentence.split()) + len(place.split()) <= 12:
        sentence = f"{sentence[:-1]} {place}."  # the place is the part that can go when too long
    return Rescue((sentence,))


def office_lines(body: Sequence[str], issued: date | None) -> list[str]:
    """The dated appointment of the release's lead (its first sentences) as one body fact, or nothing.

    Appointment news tells who takes which post in its lead (inverted pyramid); the lead's clause is
    read in its rewrite (the passive "ist … berufen worden" made active), as the rescuer reads it.
    """
    for sentence in body[:_LEAD]:
        source = SourceSentence(sentence)
        context = RescueContext(
            source=source,
            text=rewrite(sentence, issued),
            sentences=(source,),
            index=0,
            issued=issued,
            rewrite=lambda piece: rewrite(piece, issued),
        )
        found = takes_office(context)
        if found is not None:
            return list(found.sentences)
    return []
