"""Find the appointment block and the participant list of a flattened media invitation.

Invitations ("Presseeinladung") give the date, time and place of the appointment and the people
who take part, each on a line of its own. Copied from a web page they often arrive as one run of
text ("… dabei zu sein. Dienstag, 14. März 2023 13.30 bis 14.30 Uhr Oldenburger Straße. 47, 10551
Berlin. Mit dabei sind: Katja Kipping, Senatorin … Michael Sommer, Regionalleiter …"). Both are
split into list items only where the text gives a clear signal: a weekday + date + time ("… Uhr"),
or an intro such as "Mit dabei sind:" followed by at least two "Firstname Lastname," entries.
An appointment that is the value of a label line ("Wann: Freitag, 13. November 2026, 19:30 Uhr") is a
field, not a list: it stays in one paragraph with its label, so date and time are read together.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.limits import HEAD_LINE_MAX, PARTICIPANTS_WINDOW

__all__ = ["Piece", "split_invitation"]

Piece: TypeAlias = tuple[Literal["para", "bullets"], str | list[str]]

_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
_MONTH = (
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\.)"
)
_TIME = r"(?:(?:ab|um|von)\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:bis|–|-)\s*\d{1,2}[.:]\d{2})?\s*Uhr"
# "Dienstag, 14. März 2023 13.30 bis 14.30 Uhr Oldenburger Straße. 47, 10551 Berlin."
# The place is taken only up to a German postcode and town, at most 120 characters on.
_APPOINTMENT = lazy_compile(
    r"(?:(?<=[.!?:] )|^)"
    r"(?P<date>" + _WEEKDAY + r",?\s+(?:den\s+)?\d{1,2}\.\s*(?:" + _MONTH + r"|\d{1,2}\.)\s*(?:\d{4})?)"
    r"\s*,?\s*(?P<time>" + _TIME + r")"
    r"(?:\s*,?\s*(?P<place>[^!?:„“]{3,120}?\b\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?\.?))?"
    r"(?=\s|$)"
)
# A field label right before the appointment: one to three words closing with a colon at the start of
# the paragraph or of a sentence ("Wann:", "Termin:", "Datum und Uhrzeit:"). Announcements set their
# practical details as "Label: value" lines (German press convention for "Wann/Wo/Eintritt"); such a
# line is one field, unlike a sentence that introduces a list ("Wir laden ein für:").
_FIELD_LABEL = lazy_compile(r"(?:(?<=[.!?] )|^)[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,2}:\s*$")
_PARTICIPANTS_INTRO = lazy_compile(
    r"(?:(?<=[.!?] )|^)(?:Mit dabei sind|Dabei sind|Teilnehmende sind|Teilnehmende|"
    r"Teilnehmer(?:innen)?(?: sind)?|Es nehmen teil|Anwesend sind|Vor Ort sind|"
    r"(?:Ihre )?Gesprächspartner(?:innen|\*innen)?(?: sind)?)\s*:\s+"
)
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßé]+(?:-[A-ZÄÖÜ][a-zäöüßé]+)?"
# "Katja Kipping," — a first and last name (optionally with a title) directly followed by a comma.
_PERSON_START = lazy_compile(r"(?:(?:Dr\.|Prof\.)\s+)*" + _NAME_WORD + r"\s+" + _NAME_WORD + r",\s")
# Where the text after the last participant resumes: a capitalised sentence opener after a word.
_RESUME = lazy_compile(
    r"\s(?=(?:Wenn|Bitte|Wir|Anmeldungen?|Interessierte|Medienvertreter\w*|Journalist\w*|Die|Der|Das|"
    r"Für|Um|Ab|Eine|Ein)\s)"
)


def split_invitation(text: str) -> list[Piece]:
    """Split a paragraph into prose, appointment items and participant items (or return it whole)."""
    pieces: list[Piece] = []
    position = 0
    for found in _appointments_and_participants(text):
        kind, start, end, entries = found
        before = text[position:start].strip()
        if before:
            pieces.append(("para", before))
        if kind in ("intro", "field"):
            pieces.append(("para", text[start:end].strip()))
        else:
            pieces.append(("bullets", entries))
        position = end
    rest = text[position:].strip()
    if rest:
        pieces.append(("para", rest))
    return pieces if len(pieces) > 1 else [("para", text)]


def _appointments_and_participants(text: str) -> list[tuple[str, int, int, list[str]]]:
    found: list[tuple[str, int, int, list[str]]] = []
    appointment = _APPOINTMENT.search(text)
    label = _FIELD_LABEL.search(text, 0, appointment.start()) if appointment else None
    if appointment and label:
        found.append(("field", label.start(), appointment.end(), []))
    elif appointment:
        entries = [
            appointment.group("date").strip(),
            appointment.group("time").strip(),
        ]
        if appointment.group("place"):
            entries.append(appointment.group("place").strip())
        found.append(("bullets", appointment.start(), appointment.end(), entries))
    intro = _PARTICIPANTS_INTRO.search(text, appointment.end() if appointment else 0)
    if intro:
        participants = _participants(text, intro.end())
        if participants is not None:
            end, entries = participants
            found.append(("intro", intro.start(), intro.end(), []))
            found.append(("bullets", intro.end(), end, entries))
    return found


def _participants(text: str, start: int) -> tuple[int, list[str]] | None:
    """The participant entries after an intro, and where the list ends; None without a clear list."""
    region = text[start : start + PARTICIPANTS_WINDOW]
    if not _PERSON_START.match(region):
        return None
    starts = [match.start() for match in _PERSON_START.finditer(region)]
    # Each entry runs from one "Name Name," to the next; the list ends where the prose resumes.
    entries: list[str] = []
    end: int | None = None
    for index, entry_start in enumerate(starts):
        entry_end = starts[index + 1] if index + 1 < len(starts) else len(region)
        entry = region[entry_start:entry_end]
        resume = _RESUME.search(entry)
        if resume is not None:
            entries.append(entry[: resume.start()].strip())
            end = start + entry_start + resume.start()
            break
        entries.append(entry.strip())
    if end is None:
        if start + len(region) < len(text):
            return None  # the list runs past the window: no clear end
        end = len(text)
    if len(entries) < 2 or any(len(entry) > HEAD_LINE_MAX for entry in entries):
        return None
    return end, [entry.rstrip(",;") for entry in entries]
