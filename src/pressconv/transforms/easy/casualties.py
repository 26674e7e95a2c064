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

__all__ = [
    "DEATH",
    "DIED_PARTICIPLE",
    "KILLED",
    "count_clause",
    "died",
    "joined_people",
    "statistic",
    "tells_a_death",
    "victim",
]

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
# A comma before a possessive and a noun opens a clause with a subject of its own too ("…, ihr Mann
# starb", "…, sein Sohn wurde verletzt"): a count or a death after it is that other person's.
_NEW_CLAUSE: Final = re.compile(
    rf";\s*|,\s+(?=(?:\w+\s+)?{_NUMBER}\b)|\s+(?:und|sowie)\s+(?={_NUMBER}\b)"
    r"|,\s+(?=(?:sein|seine|ihr|ihre|dessen|deren)\s+(?-i:[A-ZÄÖÜ]))",
    re.I,
)


# A death in the words police and fire reports use (Duden: "versterben" gehoben, "einer Verletzung
# erliegen", "ums Leben kommen", "tödlich verunglücken").
# The participles of a death, as a headline ends in them ("Radfahrer tödlich verunglückt").
DIED_PARTICIPLE: Final = r"tödlich\s+(?:verletzt|verunglückt)|gestorben|verstorben|ums\s+Leben\s+gekommen"
KILLED: Final = (
    rf"\b(?:{DIED_PARTICIPLE})|\bgestorben|\bverstorben|\bums Leben|\b(?:ver)?st(?:a|i)rb(?:t|en)?\b"
    r"|\b(?:erlag|erlagen|erliegt|erlegen)\b[^.;]*\bVerletzung"
)
DEATH: Final = re.compile(KILLED, re.IGNORECASE)


def tells_a_death(text: str) -> bool:
    """The text tells that someone died; a clause that does is the news and is never cut away as a detail."""
    return DEATH.search(text) is not None


# A subject that opens its clause: an article or possessive, at most two adjectives, and a noun
# (Duden grammar: Nominalphrase im Vorfeld), before the finite verb.
_OPENING_SUBJECT: Final = re.compile(
    r"^\s*(?:der|die|das|ein|eine|sein|seine|ihr|ihre|dessen|deren)\s+(?:[\w-]+(?:e|en|er)\s+){0,2}"
    r"(?P<noun>(?-i:[A-ZÄÖÜ])[\w-]+)(?:\s*\([^)]*\))?(?:\s*,\s*\d+\s*,)?\s+"
    r"(?:ist|sind|war|waren|wurde|wurden|wird|werden|erlag|erlagen|kam|kamen|starb|starben|verstarb|verstarben|blieb)\b",
    re.IGNORECASE,
)


def victim(clause: str) -> str | None:
    """The noun of the subject that opens ``clause`` before its verb ("Ein Hund starb" -> "Hund"), else None.

    Whom a death or an injury befell: two clauses whose victims are different nouns tell of two
    people; a pronoun, a Vorfeld that is no subject or any other shape gives None (unknown).
    """
    found = _OPENING_SUBJECT.match(clause)
    return found["noun"] if found else None


# An active "X hat Y tödlich verletzt": the one who died is the object, not the subject.
_ACTIVE_KILLING: Final = re.compile(r"\b(?:hat|haben|hatte|hatten)\b[^,;]*\btödlich\b", re.IGNORECASE)


def died(sentence: str, noun: str) -> bool:
    """The sentence tells that the person named by ``noun`` died, not someone else beside them.

    The death's own clause (``count_clause``) must open with that noun as its subject (``victim``);
    where no subject opens it ("Bei dem Unfall ist ein Radler gestorben"), the part between commas
    that holds the death must name the noun, and no active "hat … tödlich verletzt" (whose victim is
    the object) may stand there. "Ein Radler wurde verletzt. Der Fahrer … starb." is no death of
    the Radler (a wrong person is a wrong statement, easy-judging.md item 2).
    """
    clause = count_clause(sentence, KILLED)
    if not tells_a_death(clause):
        return False
    subject = victim(clause)
    if subject is not None:
        return subject.lower() == noun.lower()
    found = DEATH.search(clause)
    assert found is not None
    start = clause.rfind(",", 0, found.start()) + 1
    end = clause.find(",", found.end())
    part = clause[start : end if end >= 0 else len(clause)]
    named = re.search(rf"\b{re.escape(noun)}\b", part, flags=re.IGNORECASE) is not None
    return named and _ACTIVE_KILLING.search(part) is None


def statistic(sentence: str) -> bool:
    """The sentence counts over several incidents or a period, not the one incident reported."""
    return bool(_MANY_INCIDENTS.search(sentence) or _PERIOD.search(sentence))


def count_clause(sentence: str, keyword: str) -> str:
    """The clause of ``sentence`` that holds ``keyword`` (a regex), cut where a clause with its own
    count begins; the whole sentence when the keyword is in none or in several."""
    pieces, start = [], 0
    for cut in _NEW_CLAUSE.finditer(sentence):
        before = sentence[: cut.start()].split()
        if cut.group().strip().lower() in ("und", "sowie") and before and before[-1][:1].isupper():
            # "seine Frau und zwei Kinder wurden verletzt": a noun joined to a count is one subject
            # (Duden grammar: koordinierte Nominalphrasen), not a clause of its own.
            continue
        pieces.append(sentence[start : cut.start()])
        start = cut.end()
    pieces.append(sentence[start:])
    holding = [p for p in pieces if re.search(keyword, p, flags=re.I)]
    return holding[0] if len(holding) == 1 else sentence


# "Der Fahrer und seine Beifahrerin": people joined by "und"/"sowie" (Duden grammar: koordinierte
# Nominalphrasen); a count of one of them would leave the other out.
_JOINED: Final = re.compile(
    r"\b(?:und|sowie)\s+(?:(?:der|die|das|den|dem|ein|eine|einen|einem|sein|seine|seinen|ihr|ihre|ihren|dessen|deren)\s+)"
    r"(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜ]"
    # "seine Frau und zwei Kinder": a noun joined to a count of others.
    rf"|\b[A-ZÄÖÜ][\w-]*\s+(?:und|sowie)\s+(?i:{_NUMBER})\s+(?:[a-zäöüß\-]+\s+)?[A-ZÄÖÜ]"
)


def joined_people(clause: str) -> bool:
    """The clause joins a person to another by "und" ("Der Fahrer und seine Beifahrerin …")."""
    return _JOINED.search(clause) is not None
