"""Rescuer: an appointment or election with its office's place said in two sentences, the office first.

Appointment news (governments, councils, boards, associations, universities) tells who chose whom for
which office in one clause: "Die Landesregierung hat Frau X zur Staatssekretärin im Ministerium für
Umwelt, Klima und Energie ernannt.", "Der Vorstand hat Herrn Y zum Kassenwart beim Turnverein
bestellt." The place of the office (a prepositional phrase "im/in der/beim/bei der/am/für …"; a
genitive after the role noun is not read) makes the clause too long. German lets the role stand without it (the
appointment is as true), and the place follows as a statement of its own with the person's name:
"Die Landesregierung hat Marta X zur Staats·sekretärin ernannt." / "Marta X ist dann
Staats·sekretärin im Ministerium für …". The role noun keeps the form the sender gave it (gender,
modifiers such as "stellvertretend" stay in it); "Frau"/"Herr" go from the second sentence only
because the name says the person already. Both sentences go through the verifier.

Only the plain shape is read: subject, "hat"/"haben", the person (a name of two or three capitalised
words, optionally after "Frau"/"Herrn"), "zum"/"zur" and one role noun (with its adjectives), the
place, and one of the appointment verbs. A negation, a plan or a condition is not that shape and is
left to the other rescuers (omission over error).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["appointed"]

_NAME: Final = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+){1,2}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# "<Subjekt> hat|haben [Frau|Herrn] <Name> zum|zur [Adjektive] <Rolle> <Ort> ernannt|gewählt|…."
_APPOINTED: Final = re.compile(
    r"^(?P<who>(?:Der|Die|Das)\s+[^,;:]{2,60}?)\s+(?P<aux>hat|haben)\s+"
    # The meeting it was decided in ("in ihrer Sitzung am Dienstag"): a frame the appointment is as
    # true without (council and cabinet convention), so it goes with its day.
    # Only the meeting and its day may go ("am Dienstag", "am heutigen Dienstag", "vom 3. März 2026");
    # any other word there ("kommissarisch", "vorübergehend") qualifies the appointment, so the
    # sentence is not this shape and is left to the other rescuers.
    r"(?:in\s+(?:ihrer|seiner|der|einer)\s+(?:[a-zäöü]\w*\s+)?Sitzung"
    r"(?:\s+(?:am|vom)(?:\s+(?:heutigen|gestrigen|vergangenen))?\s+(?:[A-Z][a-z]+tag|Mittwoch|\d{1,2}\.\s*[A-ZÄÖÜ][a-zä]+)"
    r"(?:,?\s+\d{1,2}\.\s*[A-ZÄÖÜ][a-zä]+)?(?:\s+\d{4})?,?)?\s+)?"
    r"(?:(?P<title>Frau|Herrn)\s+)?"
    rf"(?P<name>{_NAME})\s+(?P<prep>zum|zur)\s+(?P<role>(?:[a-zäöü][a-zäöüß]+(?:e|en)\s+)?[A-ZÄÖÜ][\wäöüß·-]+)\s+"
    r"(?P<place>(?:im|in\s+der|in\s+den|beim|bei\s+der|am|an\s+der|für\s+den|für\s+die|für\s+das)\s+[^;:!?]{3,80}?)\s+"
    r"(?P<verb>ernannt|gewählt|berufen|bestellt|wiedergewählt)\.$"
)
# Words that make the clause more than a plain appointment (a negation, a plan, a condition, a hedge).
_NOT_PLAIN: Final = re.compile(r"\b(?:nicht|kein\w*|soll|sollen|will|wollen|wenn|falls|sofern|voraussichtlich|vermutlich)\b")
# A role noun in "-en" after "zum"/"zur" is a declined form whose nominative differs: an adjectival
# noun ("zum Vorsitzenden" -> "Vorsitzender", "zur Beauftragten" -> "Beauftragte") or a weak masculine
# noun ("zum Präsidenten" -> "Präsident"; Duden, n-Deklination). The second sentence needs the
# nominative, which the clause does not show: such a role is left to the other rescuers.
_DECLINED: Final = re.compile(r"en$")


def appointed(context: RescueContext) -> Rescue | None:
    """The appointment without the office's place, then "<Name> ist dann <Rolle> <Ort>."; or None."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    text = context.text.strip()
    found = _APPOINTED.match(text)
    if found is None or _NOT_PLAIN.search(text):
        return None
    role = found["role"]
    # The role alone in the predicate: an inflected adjective before it ("neuen") cannot stand there.
    bare_role = role.split()[-1]
    if _DECLINED.search(bare_role):
        return None
    person = " ".join(part for part in (found["title"], found["name"]) if part)
    first = f"{found['who']} {found['aux']} {person} {found['prep']} {role} {found['verb']}."
    second = f"{found['name']} ist dann {bare_role} {found['place']}."
    return Rescue((first, second))
