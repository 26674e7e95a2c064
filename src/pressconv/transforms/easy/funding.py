"""A funding programme said plainly: how much one applicant can get, and until when to apply.

Convention of funding calls (Förderaufruf: ministries, chambers, foundations, towns): the grant is
capped per applicant ("höchstens jedoch 3.000 Euro je Praxis", "bis zu 2.000 Euro pro Verein") and
the application window closes on a day ("Antragsfrist endet am …", "Anträge bis zum … einreichen").
A summary without these facts says nothing a reader can act on.

Correct by construction: the amount is said only with the applicant the source caps it for ("je
Verein" → "Ein Verein kann bis zu … bekommen"), with its period ("pro Verein und Jahr" → "pro
Jahr"), never a programme's whole budget, and only where a reader can say it (below a thousand or
full thousands: "4 tausend Euro"; "7.250" or a million is left out rather than said oddly). The
deadline only from a clause that names the application (Antrag, Bewerbung: the source's own noun is
kept) and that states it plainly: no negation, condition or plan (plainfact.py).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.plainfact import attributed, conditional, denied, planned

__all__ = ["funding_lines"]

_MONTH: Final = "|".join(MONTHS_DE)
_GRANT: Final = re.compile(r"\b(?:Zuschuss|Zuschüsse|Förderung|Fördersumme|Förderbetrag|Fördergeld|Zuwendung)\w*\b")
# "höchstens (jedoch) 3.000 Euro je Praxis", "maximal 2.000 Euro pro Verein und Jahr", "bis zu 500 Euro je Antrag".
_CAP: Final = re.compile(
    r"\b(?:höchstens|maximal|bis zu)(?: jedoch| aber)? (?P<amount>\d{1,3}(?:\.\d{3})*) Euro "
    r"(?:je|pro) (?P<who>[A-ZÄÖÜ][a-zäöüß]+)\b(?: und (?P<per>Jahr|Monat|Woche|Tag)\b)?(?P<rest>[^.;,]*)"
)
# A period elsewhere in the cap's clause ("jährlich", "im Jahr"): the line would lose it.
_PERIOD: Final = re.compile(r"\b(?:jährlich|monatlich|wöchentlich|täglich|(?:im|pro|je) (?:Jahr|Monat|Woche|Tag))\b")
# An amount a reader can say: below a thousand, or full thousands below a million ("4.000" →
# "4 tausend", amounts.py). "1.500" would stay a 4-digit number, and a million would need words.
_SAYABLE: Final = re.compile(r"^(?:\d{1,3}|\d{1,3}\.000)$")
# "je Woche", "pro Quadratmeter": a cap per time or measure, not per applicant (units of time and
# measure are no one who gets money).
_NOT_APPLICANT: Final = re.compile(
    r"^(?:Jahr|Halbjahr|Quartal|Monat|Woche|Tag|Stunde|Quadratmeter|Kubikmeter|Meter|Kilometer|Liter|Kilogramm|Tonne|"
    r"Hektar|Stück|Kilowattstunde|Antrag|Vorgang)$"
)
_INDEF: Final = {"der": "Ein", "das": "Ein", "die": "Eine"}
# "Frist endet am 15. Juni 2027", "Anträge bis zum 15. Juni 2027", "Antragsfrist: 15. Juni 2027".
_DEADLINE: Final = re.compile(
    rf"\b(?:(?:Antrags|Bewerbungs)?[Ff]rist (?:endet|läuft) (?:am |bis (?:zum )?)|Antragsfrist(?: ist)?:? (?:der )?|"
    rf"(?:Anträge|Bewerbungen) (?:können |sind )?bis (?:zum )?)(?:\w+, )?(?P<day>\d{{1,2}}\. (?:{_MONTH}) \d{{4}})"
)
_APPLICATION: Final = re.compile(r"\bAntr(?:ag|äge)\w*|\bBewerbung\w*|\bbeantrag\w*|\bbewerben\b")
_APPLYING_FOR_A_PLACE: Final = re.compile(r"\bBewerbung\w*|\bbewerben\b|\bBewerbungs\w*")


def funding_lines(headline: str, subtitle: str, body: list[str]) -> list[str]:
    """ "Ein Verein kann bis zu 2 tausend Euro bekommen.", "Anträge sind bis 15. März 2027 möglich."."""
    texts = [headline, subtitle, *body]
    if not any(_GRANT.search(t) for t in texts):
        return []
    lines: list[str] = []
    caps = {
        (m["amount"], m["who"], m["per"] or "")
        for t in texts
        if _GRANT.search(t)
        for m in _CAP.finditer(t)
        # A negation, demand, plan or condition in the cap's own clause turns it round ("erhalten
        # nicht mehr als", "fordert eine Förderung von höchstens"); "nicht rückzahlbarer Zuschuss"
        # in another clause of the sentence leaves the cap as it is.
        if not _unsure(re.split(r"[,;:]", t[: m.start()])[-1] + m.group(0))
        and not _PERIOD.search(re.split(r"[,;:]", t[: m.start()])[-1] + m["rest"])
    }
    if len(caps) == 1:
        amount, who, per = caps.pop()
        entry = lookup(who)
        sayable = _SAYABLE.match(amount)
        if sayable and entry is not None and entry.gender in _INDEF and not entry.role and not _NOT_APPLICANT.match(who):
            period = f" pro {per}" if per else ""
            # Full thousands as the rest of the summary says them ("4 tausend Euro", amounts.py).
            lines.append(plain_amounts(f"{_INDEF[entry.gender]} {who} kann{period} bis zu {amount} Euro bekommen."))
    days = {
        (m["day"], "Bewerbungen" if _APPLYING_FOR_A_PLACE.search(clause) else "Anträge")
        for t in texts
        for clause in re.split(r" – |;", t)
        # "endet am 30. Juni, sofern das Geld nicht vorher aufgebraucht ist", "können bis zum
        # 31. Mai noch nicht gestellt werden": a condition or negation would be lost in the plain
        # sentence, so the deadline is left out (omission over error).
        if _APPLICATION.search(clause) and not _unsure(clause)
        for m in _DEADLINE.finditer(clause)
    }
    # The same day given elsewhere with a condition or negation ("…, sofern das Geld reicht"): the
    # subtitle's short form would drop it, so the day is not said at all.
    doubted = {
        m["day"]
        for t in texts
        for clause in re.split(r" – |;", t)
        if _APPLICATION.search(clause) and _unsure(clause)
        for m in _DEADLINE.finditer(clause)
    }
    days = {(day, noun) for day, noun in days if day not in doubted}
    if len(days) == 1:
        day, noun = days.pop()
        lines.append(f"{noun} sind bis {day} möglich.")
    return lines


def _unsure(clause: str) -> bool:
    """The clause is denied, demanded, planned or conditional (plainfact.py)."""
    return denied(clause) or attributed(clause) or planned(clause) or conditional(clause)
