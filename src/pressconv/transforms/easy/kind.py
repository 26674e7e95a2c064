"""The kind of a release, from cues any sender of that kind uses (genre conventions, not one file)."""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

__all__ = ["KINDS", "Kind", "classify"]

Kind = Literal[
    "missing",
    "appeal",
    "police",
    "fire",
    "event",
    "service",
    "appointment",
    "decision",
    "award",
    "figures",
    "statement",
    "other",
]
# The kinds in order of precedence, read off the Literal so the two cannot drift apart.
KINDS: Final[tuple[Kind, ...]] = get_args(Kind)

# Cue patterns per kind, weighted: title cues count double (the headline names the kind).
_CUES: Final[dict[Kind, str]] = {
    "missing": r"\bvermisst\w*|\bVermisst\w*|\bVermisstensuche|\bwird gesucht\b",
    "appeal": r"\bZeug(?:en|innen)\b.{0,80}\b(?:gesucht|sucht|bittet|melden)|\bHinweise\b.{0,60}\b(?:nimmt|erbeten|bittet)|"
    r"\bWer (?:hat|kann|kennt)\b|\bbittet\b.{0,40}\bum (?:Mithilfe|Hinweise)|Öffentlichkeitsfahndung",
    "police": r"\bfestgenommen|\bTatverdächtig\w*|\bStaatsanwaltschaft|\bermittelt\b|\bKriminalpolizei|[Dd]iebstahl|"
    r"[Ee]inbruch|[Uu]nfall\w*|\bRaub\w*|\bKörperverletzung|\bgestohlen\w*|\bTäter\w*|\bFahndung|"
    r"\bverletzt\b|\bErmittlung\w*|\bFestnahme|\bTatort|\bPolizeikräfte|\bRettungswagen",
    "fire": r"\bFeuerwehr\b|\bBrand\b|\bBrände\b|\bgelöscht|\bAtemschutz|\bTechnische Hilfe|\bTHL\b|\bLöscharbeiten",
    "event": r"\bEinladung\b|\blädt\b.{0,60}\bein\b|\bladen\b.{0,60}\bein\b|[Vv]eranstaltung\b|\bFest\b|\bFührung\b|"
    r"[Aa]usstellung\b|\bVortrag\b|\bWorkshop\b|\bKonzert\b|\bTag der offenen Tür\b|\bAnmeldung\b|\bEintritt\b|"
    r"\bfindet\b.{0,60}\bstatt\b|[Pp]ressegespräch\b|[Pp]ressetermin\b|\bBeginn\b|^Ort:|^Zeit:",
    "service": r"\bgesperrt\b|\bSperrung\b|\bgeschlossen\b|\bÖffnungszeiten\b|\bBauarbeiten\b|\bUmleitung\b|"
    r"\bSprechstunde\b|\bgeöffnet\b|\bausfallen\b|\bfällt aus\b|\bStörung\b",
    "appointment": r"\bneue[rn]? (?:Leiter|Leiterin|Chef|Chefin|Präsident|Präsidentin|Direktor|Direktorin|"
    r"Geschäftsführer|Geschäftsführerin|Bürgermeister|Bürgermeisterin|Trainer|Vorsitzende[r]?)\b|"
    r"\b(?:gewählt|ernannt|berufen|übernimmt|Amtsantritt|Nachfolger\w*|Neuzugang|verpflichtet|wechselt)\b",
    "decision": r"\bbeschlossen\b|\bbeschließt\b|\bentschieden\b|\bgilt ab\b|\bab sofort\b|\bVerordnung\b|"
    r"\bGesetz\b|\bUrteil\b|\bneue Regel\w*|\bverabschiedet\b|\btritt\b.{0,40}\bin Kraft\b",
    "award": r"\bausgezeichnet\b|\bPreis\b|\bAuszeichnung\b|\beröffnet\b|\bEröffnung\b|\bSpende\w*|\bgespendet\b|"
    r"\bJubiläum\b|\bfeiert\b|\bKooperation\w*|\bProjekt\b|\bunterzeichnet\b",
    "figures": r"\bStatistik\b|\bBilanz\b|\bZahlen\b|\bProzent\b|\bJahresbericht\b|\bgestiegen\b|\bgesunken\b",
    "statement": r"\bfordert\b|\bfordern\b|\bkritisiert\b|\bkritisieren\b|\bStellungnahme\b|\bappelliert\b|"
    r"\bwarnt\b|\bmahnt\b|\bbegrüßt\b|\bverurteilt\b|\bErklärung\b",
}
# Where two kinds fit, the more specific one wins (a missing person report is also a police text).
_PRIORITY: Final[tuple[Kind, ...]] = (
    "missing",
    "appeal",
    "event",
    "service",
    "appointment",
    "fire",
    "police",
    "decision",
    "award",
    "statement",
    "figures",
)
_THRESHOLD: Final[dict[Kind, int]] = {"fire": 3, "police": 3, "award": 2, "statement": 2, "figures": 3}


def _score(kind: Kind, title: str, body: str) -> int:
    pattern = _CUES[kind]
    return 2 * len(re.findall(pattern, title)) + len(re.findall(pattern, body, flags=re.M))


def classify(title: str, body: str) -> Kind:
    """Return the kind of a German release from its title and body text."""
    scores = {kind: _score(kind, title, body) for kind in _PRIORITY}
    for kind in _PRIORITY:
        if scores[kind] >= _THRESHOLD.get(kind, 2):
            if kind == "event" and scores["police"] > 2 * scores["event"] + 2:
                continue  # a crime report that mentions a "Veranstaltung" in passing
            return kind
    best = max(_PRIORITY, key=lambda k: scores[k])
    return best if scores[best] > 0 else "other"
