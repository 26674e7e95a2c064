"""A sign-up address is shown as what it is, never as the reader's line for any question.

Releases give an address or number for signing up to one event ("Anmeldung bis 20. April unter
seminar@…"). Under the summary's "Haben Sie Fragen?" it reads as the general desk (rubric item 2:
misleading). In a release about that event (an event release, or a headline that names the noun of
the sign-up sentence or the one before it) the line says what it is for ("Die E-Mail-Adresse für die
Anmeldung ist:"); in a release about something else the event it belongs to is a side matter the
summary may not carry, and the sign-up line is left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = [
    "about_the_news",
    "appointment_only",
    "for_appointments",
    "for_questions",
    "report_only",
    "sign_up_only",
    "witness_only",
]

# Signing up or booking a place (Duden: Anmeldung, Reservierung, Registrierung).
_SIGN_UP: Final = re.compile(
    r"\b(?:Anmeldung\w*|Voranmeldung\w*|[Aa]nmelden|angemeldet|Anmeldeschluss|Reservierung\w*|reservieren|"
    r"Platzreservierung\w*|[Rr]egistrieren|Registrierung\w*)\b"
)
# A line for every question is the reader's line too ("Informationen und Anmeldung unter …").
_QUESTIONS: Final = re.compile(
    r"\b(?:Fragen|Rückfragen|Auskunft|Auskünfte|Information\w*|Infos?|Hotline|Beratung|Kontakt|Ansprech\w*)\b"
)


# Reporting something to a desk (a fallen tree to the works yard, a pothole, a missed bin collection):
# "melden Sie … unter", "Meldungen an …". The reflexive "sich melden" is getting in touch, which any
# question does too, so a sentence with "sich" is no report line.
_REPORT: Final = re.compile(r"\b(?:[Mm]elden|meldet|gemeldet|Meldung\w*|Schadensmeldung\w*)\b")
_REFLEXIVE: Final = re.compile(r"\bsich\b")


def sign_up_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` for signing up, and none that gives it has a word for questions."""
    return _purpose_only(item, body, digits=digits, purpose=_SIGN_UP)


def report_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` for reporting something, and none that gives it has a word for questions.

    Under "Haben Sie Fragen?" such a line reads as the desk for every question (judged misleading: a
    works yard's number for fallen trees shown as the storm report's contact).
    """
    return _purpose_only(item, body, digits=digits, purpose=_REPORT, unless=_REFLEXIVE)


# A police witness appeal (German police press convention: "Zeugen, die … beobachtet haben, werden
# gebeten, sich unter … bei der Polizeiinspektion X zu melden"): a number for those who saw something,
# which under "Haben Sie Fragen?" reads as a desk for every question (judged: the witness appeal lost).
# Both cues in one sentence: someone who saw something, and the police as the ones to call.
_WITNESS: Final = re.compile(
    # "Hinweise nimmt die Polizei … entgegen", "Sachdienliche Hinweise bitte an …": the tip line of a
    # police appeal (press-portal convention), a witness line like "Zeugen melden sich …"; "Hinweise"
    # alone may be advice ("Hinweise zum Schutz …"), so only with "entgegen", "bitte an" or "sachdienlich".
    r"^(?=.*(?:\b(?:Zeug(?:en|innen)|beobachtet|Beobachtungen|gesehen)\b|\bHinweise?\b.*\bentgegen\b|"
    r"\b[Ss]achdienliche\w*\s+Hinweis|\bHinweise?\s+bitte\s+an\b))"
    # The police by name or by the unit that takes the calls ("beim Kriminaldauerdienst", "beim
    # Kommissariat 11"): witness appeals name the desk on duty as often as the police itself.
    r"(?=.*(?:\b[Pp]olizei|[a-zäöü]polizei|\bKripo\b|\bKriminal\w*(?:dienst|kommissariat|inspektion|polizei)|"
    r"\bKommissariat))",
    re.S,
)


# The police emergency number (110 in Germany, Duden: "Polizeinotruf") given in an appeal: "unter der
# Notrufnummer 110", "über den Notruf 110", "unter 110". No phone parser reads a three-digit number.
_EMERGENCY: Final = re.compile(
    r"\b(?:Notruf\w*|Polizeinotruf\w*|unter(?: der)?(?: Rufnummer| Nummer| Telefon)?|über(?: den)?)\s+110\b"
)


def emergency_appeal(body: Sequence[str]) -> bool:
    """Some witness appeal for the police (``_WITNESS``) or call for tips gives the emergency number 110."""
    return any(
        _EMERGENCY.search(sentence) and (_WITNESS.search(sentence) or re.search(r"\bHinweis", sentence)) for sentence in body
    )


def witness_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` to witnesses for the police, and none that gives it has a word for questions."""
    return _purpose_only(item, body, digits=digits, purpose=_WITNESS)


# Making an appointment ("nur nach Terminvereinbarung unter …", "Termine können unter … vereinbart
# werden"): a line for booking one kind of visit, not the desk for every question.
_APPOINTMENT: Final = re.compile(
    r"\b(?:Terminvereinbarung\w*|Terminabsprache\w*|Termin\w*\b[^.]*\bvereinbar\w*|vereinbar\w*[^.]*\bTermin\w*)"
)


def appointment_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` for making an appointment, and none that gives it has a word for questions."""
    return _purpose_only(item, body, digits=digits, purpose=_APPOINTMENT)


def for_appointments(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` for making appointments, whatever else it offers."""
    return _gives(item, body, digits=digits, cue=_APPOINTMENT)


def for_questions(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """Some sentence gives ``item`` with a word for questions ("Bei Fragen …", "Auskunft unter …"):
    the reader's line for any question, which goes before a line of one purpose."""
    return _gives(item, body, digits=digits, cue=_QUESTIONS)


def _gives(item: str, body: Sequence[str], *, digits: bool, cue: re.Pattern[str]) -> bool:
    """Some sentence gives ``item`` and has ``cue``."""
    wanted = re.sub(r"\D", "", item) if digits else item
    return any(
        wanted and wanted in (re.sub(r"\D", "", sentence) if digits else sentence) and cue.search(sentence)
        for sentence in body
    )


def _purpose_only(
    item: str, body: Sequence[str], *, digits: bool, purpose: re.Pattern[str], unless: re.Pattern[str] | None = None
) -> bool:
    """Some sentence gives ``item`` for ``purpose``, and none that gives it has a word for questions."""
    wanted = re.sub(r"\D", "", item) if digits else item
    found = False
    for sentence in body:
        text = re.sub(r"\D", "", sentence) if digits else sentence
        if not wanted or wanted not in text:
            continue
        if _QUESTIONS.search(sentence) or (unless is not None and unless.search(sentence)):
            return False
        signs_up = bool(purpose.search(sentence))
        # A contact line that lists the item beside another number or address ("Tel. …, info@…") is
        # the sender's general contact, whatever else the release uses it for.
        # The item as the sentence writes it ("04732 / 9281-0" for "04732 9281-0"): its digits with any
        # separators between them, so that only another number or address counts below.
        rest = (
            re.sub(r"(?<!\d)" + r"[\s/()\-]*".join(wanted) + r"(?!\d)", " ", sentence)
            if digits
            else sentence.replace(item, " ")
        )
        if not signs_up and (re.search(r"\d[\d /\-]{5,}\d", rest) or "@" in rest):
            return False
        found = found or signs_up
    return found


_MIN_NOUN: Final = 5


def about_the_news(item: str, body: Sequence[str], headline: str, *, digits: bool) -> bool:
    """The headline names a noun of the sentence that gives ``item`` or of the sentence before it."""
    wanted = re.sub(r"\D", "", item) if digits else item
    said = {w.lower() for w in re.findall(r"[A-ZÄÖÜ][\w\-]+", headline.replace("·", "")) if len(w) >= _MIN_NOUN}
    for index, sentence in enumerate(body):
        text = re.sub(r"\D", "", sentence) if digits else sentence
        if wanted and wanted in text:
            context = " ".join(body[max(0, index - 1) : index + 1]).replace("·", "")
            nouns = {w.lower() for w in re.findall(r"(?<!^)\b[A-ZÄÖÜ][\w\-]+", context) if len(w) >= _MIN_NOUN}
            if nouns & said or any(_part_of(noun, word) for noun in nouns for word in said):
                return True
    return False


def _part_of(noun: str, word: str) -> bool:
    """The sentence's noun is the first part of the headline's compound ("Termin" in "Terminvergabe",
    German compound convention: the modifier comes first, the headline names the whole matter). The
    other way round ("Handwerk" in the sentence's "Handwerkskammer") names a neighbour, not the news."""
    return len(noun) >= _MIN_NOUN and word.startswith(noun) and word != noun
