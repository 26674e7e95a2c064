"""Rescuer: a lead's news with its time apart, after the lead's own ways of dating it are made plain.

News writing dates the lead's event in ways the time rescuer (timeout.py) cannot read: relative to
the release ("am heutigen Donnerstag", "am gestrigen Mittwoch"), by the meeting of the body that
decided ("hat in ihrer Sitzung am 4. Mai … beschlossen": the decision's date is its meeting's, the
convention of council and assembly reports), or in the future of a state ("wird ab 1. Mai länger
geöffnet sein"). This rescuer writes them plainly, then lets ``timeout.split`` put the time into a
follower of its own ("Der Rat hat X gewählt." / "Das war am 4. Mai 2026."):

- "am heutigen <Wochentag>" is the release date, "am gestrigen <Wochentag>" the day before, but only
  where that day has that weekday (else the release date is not the day meant, and nothing is done);
- "in seiner/ihrer/der (…) Sitzung am <Tag>" is "am <Tag>": the meeting only says where the decision
  was made, and its day is the decision's day;
- "wird … <Zustand> sein" becomes "ist … <Zustand>" only in a head whose follower gives a coming day
  ("Das gilt ab …", "Das ist am …"): Leichte Sprache says the future in the present with its time
  (Netzwerk Leichte Sprache: Präsens), and the follower keeps when it holds.

Everything else is ``timeout.split``'s: it refuses a time that may belong to a noun, two times,
deadlines and every subject it cannot find. None whenever nothing changed or anything is unsure.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["news_apart", "plain_time"]

_WEEKDAY: Final = "|".join(WEEKDAYS_DE)
# "am heutigen Donnerstag", "am gestrigen Mittwoch": a weekday named relative to the release date.
_RELATIVE_DAY: Final = re.compile(rf"\bam (?P<rel>heutigen|gestrigen) (?P<day>{_WEEKDAY})\b")
_OFFSET: Final = {"heutigen": 0, "gestrigen": -1}
# "in seiner Sitzung am", "in ihrer gestrigen Sitzung am", "bei der öffentlichen Sitzung vom": the
# meeting of a council or an assembly, dated; one optional adjective, nothing else.
_MEETING: Final = re.compile(
    r"\b(?:in|bei|während) (?:seiner|ihrer|der) (?:[a-zäöüß]+en )?(?:Sitzung|Versammlung|Tagung) (?=am \S)"
)
# A follower that gives a coming day or a start: the head may then say its future state in the present.
_COMING: Final = re.compile(r"^Das (?:gilt ab|ist am|ist vom) ")


def _dated(match: re.Match[str], issued: date | None) -> str:
    """ "am heutigen Donnerstag" -> "am Donnerstag, 20. November 2025" where the release date agrees."""
    if issued is None:
        return match.group(0)
    day = issued + timedelta(days=_OFFSET[match["rel"]])
    if WEEKDAYS_DE[day.weekday()] != match["day"]:
        return match.group(0)  # the release date is not the day meant: left as it is (then refused)
    return f"am {match['day']}, {day.day}. {MONTHS_DE[day.month - 1]} {day.year},"


def plain_time(text: str, issued: date | None) -> str:
    """``text`` with a release-relative weekday dated and a meeting's day given to what it decided."""
    out = _RELATIVE_DAY.sub(lambda m: _dated(m, issued), text)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r",(?=\s*[.])", "", out)
    return _MEETING.sub("", out)


def _present_state(head: str) -> str | None:
    """ "Die Bibliothek wird länger geöffnet sein als bisher." -> "Die Bibliothek ist länger geöffnet als bisher."

    Only a main clause whose one finite verb is "wird"/"werden" and whose infinitive "sein" closes the
    clause (before a comparison with "als"): the future of a state. None for any other shape.
    """
    tokens = morph.tag(head)
    body = [t for t in tokens if t.word != "."]
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or body[finite[0]].word not in ("wird", "werden") or "," in head:
        return None
    ends = [i for i, t in enumerate(body) if t.word == "sein" and i > finite[0]]
    if len(ends) != 1:
        return None
    end = ends[0]
    rest = body[end + 1 :]
    if rest and rest[0].word != "als":
        return None
    if not any(t.pos in ("ADJD", "ADJ(D)", "VV(PP)", "VA(PP)") for t in body[finite[0] + 1 : end]):
        return None  # "wird Teil von … sein": a noun predicate; its tense is left to the verifier
    words = [t.word for t in body]
    words[finite[0]] = "ist" if body[finite[0]].word == "wird" else "sind"
    del words[end]
    return re.sub(r"\s+([,.])", r"\1", " ".join(words)) + "."


def _object_first(head: str) -> bool:
    """ "Das Ergebnis ermittelt der Ausschuss.": a noun phrase before the verb and "der …" after it.

    German may put the object first (OVS: the case endings tell), but a reader of Leichte Sprache
    takes the first noun phrase for the subject (Netzwerk Leichte Sprache: the one who acts first);
    "der" after a full verb may open the real subject, so such a head is refused. A copula ("ist
    der …") names a predicate and stays.
    """
    tokens = morph.tag(head)
    finite = next((i for i, t in enumerate(tokens) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0 or finite + 1 >= len(tokens):
        return False
    if tokens[0].pos != "ART":
        return False  # a time, a place or a name in front: the subject after the verb is the only noun phrase
    return tokens[finite].lemma not in ("sein", "werden", "bleiben") and tokens[finite + 1].word == "der"


def news_apart(context: RescueContext) -> Rescue | None:
    """The refused sentence as its news and a follower with its time, once its time is written plainly."""
    if context.source.speech or "\ufffd" in context.text:
        return None  # a speaker's words keep their speaker; a replacement character is text damaged in decoding
    text = plain_time(context.text, context.issued)
    found = split(text, context.issued)
    if isinstance(found, str):
        return None
    head, follower, *rest = found
    if _object_first(head):
        return None
    present = _present_state(head) if _COMING.match(follower) else None
    if present is not None:
        head = present
    elif text == context.text:
        return None  # nothing made plain: timeout.split has offered this rescue already
    return Rescue((head, follower, *rest))
