"""A funding programme said plainly: how much one applicant can get, and until when to apply.

Convention of funding calls (Förderaufruf: ministries, chambers, foundations, towns): the grant is
capped per applicant ("höchstens jedoch 7.500 Euro je Betrieb", "bis zu 2.000 Euro pro Verein") and
the application window closes on a day ("Antragsfrist endet am …", "Anträge bis zum … einreichen").
A summary without these facts says nothing a reader can act on.

Correct by construction: the amount is said only with the applicant the source caps it for ("je
Betrieb" → "Ein Betrieb kann bis zu … bekommen"), never a programme's whole budget; the deadline
only from a clause that names the application (Antrag, Anträge, Antragsfrist, Bewerbung).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["funding_lines"]

_MONTH: Final = "|".join(MONTHS_DE)
_GRANT: Final = re.compile(r"\b(?:Zuschuss|Zuschüsse|Förderung|Fördersumme|Förderbetrag|Fördergeld|Zuwendung)\w*\b")
# "höchstens (jedoch) 7.500 Euro je Betrieb", "maximal 2.000 Euro pro Verein", "bis zu 500 Euro je Antrag".
_CAP: Final = re.compile(
    r"\b(?:höchstens|maximal|bis zu)(?: jedoch| aber)? (?P<amount>\d{1,3}(?:\.\d{3})*) Euro "
    r"(?:je|pro) (?P<who>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
# "je Woche", "pro Quadratmeter": a cap per time or measure, not per applicant (units of time and
# measure are no one who gets money).
_NOT_APPLICANT: Final = re.compile(
    r"^(?:Jahr|Halbjahr|Quartal|Monat|Woche|Tag|Stunde|Quadratmeter|Kubikmeter|Meter|Kilometer|Liter|Kilogramm|Tonne|"
    r"Hektar|Stück|Kilowattstunde|Antrag|Vorgang)$"
)
_INDEF: Final = {"der": "Ein", "das": "Ein", "die": "Eine"}
# "Frist endet am 30. September 2026", "Anträge bis zum 30. September 2026", "Antragsfrist: 30. September 2026".
_DEADLINE: Final = re.compile(
    rf"\b(?:(?:Antrags|Bewerbungs)?[Ff]rist (?:endet|läuft) (?:am |bis (?:zum )?)|Antragsfrist(?: ist)?:? (?:der )?|"
    rf"(?:Anträge|Bewerbungen) (?:können |sind )?bis (?:zum )?)(?:\w+, )?(?P<day>\d{{1,2}}\. (?:{_MONTH}) \d{{4}})"
)
_NEGATION: Final = re.compile(r"\b(?:nicht|kein\w*|nie)\b")
_CONDITION: Final = re.compile(r"\b(?:sofern|falls|wenn|solange|soweit|vorbehaltlich|es sei denn)\b")
_APPLICATION: Final = re.compile(r"\bAntr(?:ag|äge)\w*|\bBewerbung\w*|\bbeantrag\w*|\bbewerben\b")


def _spoken(amount: str) -> str:
    """ "7.500" as "7 tausend 500": an upper bound is never rounded, and a reader says thousands so."""
    thousands, _, rest = amount.partition(".")
    if not rest:
        return amount
    count = "tausend" if thousands == "1" else f"{thousands} tausend"
    return count if int(rest) == 0 else f"{count} {int(rest)}"


def funding_lines(headline: str, subtitle: str, body: list[str]) -> list[str]:
    """ "Ein Betrieb kann bis zu 7.500 Euro bekommen.", "Anträge sind bis 30. September 2026 möglich."."""
    texts = [headline, subtitle, *body]
    if not any(_GRANT.search(t) for t in texts):
        return []
    lines: list[str] = []
    caps = {
        (m["amount"], m["who"])
        for t in texts
        if _GRANT.search(t)
        for m in _CAP.finditer(t)
        # A negation in the cap's own clause may turn it round ("erhalten nicht mehr als"); "nicht
        # rückzahlbarer Zuschuss" in another clause of the sentence leaves the cap as it is.
        if not _NEGATION.search(re.split(r"[,;:]", t[: m.start()])[-1] + m.group(0))
    }
    if len(caps) == 1:
        amount, who = caps.pop()
        entry = lookup(who)
        if entry is not None and entry.gender in _INDEF and not entry.role and not _NOT_APPLICANT.match(who):
            lines.append(f"{_INDEF[entry.gender]} {who} kann bis zu {_spoken(amount)} Euro bekommen.")
    days = {
        m["day"]
        for t in texts
        for clause in re.split(r" – |;", t)
        # "endet am 30. September, sofern die Mittel nicht zuvor ausgeschöpft sind": a condition
        # would be lost in the plain sentence, so the deadline is left out (omission over error).
        if _APPLICATION.search(clause) and not _CONDITION.search(clause)
        for m in _DEADLINE.finditer(clause)
    }
    if len(days) == 1:
        lines.append(f"Anträge sind bis {days.pop()} möglich.")
    return lines
