"""Which sentence and which part of it give the number of people hurt or killed in the incident.

A police or fire report counts the incident's victims ("Zwei Menschen wurden verletzt"), but it also
gives figures of many incidents or of a year ("Im vergangenen Jahr gab es 61 Unfälle, bei denen zwei
Menschen starben und 27 verletzt wurden"; an annual report's "143 Menschen gerettet; vier kamen ums
Leben"). Read as the incident's own toll, such a figure is a wrong statement (easy-judging.md item 2),
and a sentence with two counts gave its first one to both verbs ("2 Menschen sind verletzt").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DEATH", "KILLED", "count_clause", "joined_people", "statistic", "tells_a_death"]

# Incident nouns in the plural (Duden plural forms): a sentence about several incidents sums them.
_MANY_INCIDENTS: Final = re.compile(
    r"(?:[Uu]nfäll|[Ee]inbrüch|[Dd]iebstähl|[Bb]ränd|[Ee]insätz|[Üü]berfäll|[Aa]ngriff)(?:e|en)\b"
    r"|\b(?:[Ff]ällen|[Ee]xplosionen|[Ss]türzen)\b"
)
# A period of time or a wider area instead of one incident (statistics, annual reports).
_PERIOD: Final = re.compile(
    r"\b(?:im (?:vergangenen|letzten|gesamten|abgelaufenen|ersten|zweiten) (?:Jahr|Halbjahr|Quartal|Monat)"
    r"|im Vorjahr|im Jahr \d{4}|seit Jahresbeginn|seit Beginn des Jahres|jährlich|pro Jahr|bundesweit"
    r"|landesweit|Statistik|Jahresbilanz|Jahresbericht)\b"
)
# Where a new clause with its own count of people begins: "; vier Personen …", ", drei weitere …",
# "und 27 Personen …" (a coordinated clause with its own subject, Duden grammar: Satzreihe).
_NUMBER: Final = r"(?:\d+|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_NEW_CLAUSE: Final = re.compile(rf";\s*|,\s+(?=(?:\w+\s+)?{_NUMBER}\b)|\s+(?:und|sowie)\s+(?={_NUMBER}\b)", re.I)


# A death in the words police and fire reports use (Duden: "versterben" gehoben, "einer Verletzung
# erliegen", "ums Leben kommen", "tödlich verunglücken").
KILLED: Final = (
    r"\bgestorben|\bverstorben|\bums Leben|\btödlich (?:verletzt|verunglückt)|\b(?:ver)?st(?:a|i)rb(?:t|en)?\b"
    r"|\b(?:erlag|erlagen|erliegt|erlegen)\b[^.;]*\bVerletzung"
)
DEATH: Final = re.compile(KILLED, re.IGNORECASE)


def tells_a_death(text: str) -> bool:
    """The text tells that someone died; a clause that does is the news and is never cut away as a detail."""
    return DEATH.search(text) is not None


def statistic(sentence: str) -> bool:
    """The sentence counts over several incidents or a period, not the one incident reported."""
    return bool(_MANY_INCIDENTS.search(sentence) or _PERIOD.search(sentence))


def count_clause(sentence: str, keyword: str) -> str:
    """The clause of ``sentence`` that holds ``keyword`` (a regex), cut where a clause with its own
    count begins; the whole sentence when the keyword is in none or in several."""
    pieces = _NEW_CLAUSE.split(sentence)
    holding = [p for p in pieces if re.search(keyword, p, flags=re.I)]
    return holding[0] if len(holding) == 1 else sentence


# "Der Fahrer und seine Beifahrerin": people joined by "und"/"sowie" (Duden grammar: koordinierte
# Nominalphrasen); a count of one of them would leave the other out.
_JOINED: Final = re.compile(
    r"\b(?:und|sowie)\s+(?:(?:der|die|das|den|dem|ein|eine|einen|einem|sein|seine|seinen|ihr|ihre|ihren|dessen|deren)\s+)"
    r"(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜ]"
)


def joined_people(clause: str) -> bool:
    """The clause joins a person to another by "und" ("Der Fahrer und seine Beifahrerin …")."""
    return _JOINED.search(clause) is not None
