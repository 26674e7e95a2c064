"""Election and referendum results in plain words: how many voted, how many said yes or no, who got how many votes.

Election offices and towns report a count in one convention (Wahlleitung, Abstimmungsausschuss):
the turnout as a percentage ("Die Wahlbeteiligung lag bei 52,0 Prozent", "was einer
Abstimmungsbeteiligung von 52,0 Prozent entspricht"), a referendum's answers with their shares ("2.518
Abstimmende (58,0 Prozent) mit Ja"), a candidate's share after a verb of getting ("Anna Berg (SPD)
erhielt 46,2 Prozent der gültigen Stimmen"). Leichte Sprache says a share as "N von 100" (Netzwerk
Leichte Sprache, "Zahlen": no percentages); a share with decimals is rounded and said with
"ungefähr", so no figure reads more exact than the source's.

Correct by construction: each line is built from one sentence's own figure and the noun the
convention fixes (turnout, yes, no, a named candidate's votes); a sentence with a negation, a
hedge of the future ("voraussichtlich", "vorläufig" stays: a preliminary result is said to be one)
or two candidates in one match is left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["vote_lines"]

_SHARE: Final = r"(?P<whole>\d{1,2})(?:,(?P<part>\d{1,2}))?\s?(?:Prozent|%)"
# "Wahlbeteiligung lag bei 52,0 Prozent", "einer Abstimmungsbeteiligung von 52,0 Prozent",
# "Die Wahlbeteiligung betrug 48,7 %".
_TURNOUT: Final = re.compile(
    r"\b(?P<kind>Wahl|Abstimmungs)beteiligung\b(?:\s+(?:lag|liegt)(?:\s+(?:damit|somit|also|insgesamt))?\s+bei"
    r"|\s+betrug|\s+beträgt|\s+von|\s+erreichte)\s+"
    rf"(?:(?P<hedge>rund|knapp|etwa|gut)\s+)?{_SHARE}"
)
# "2.518 Abstimmende (58,0 Prozent) mit Ja": the answer and its share in brackets after the count.
_ANSWER: Final = re.compile(
    r"\((?P<whole>\d{1,2})(?:,(?P<part>\d))?\s?(?:Prozent|%)\)\s+mit\s+(?P<answer>Ja|Nein)\b(?!\s*:)"
)
# "Anna Berg (SPD) erhielt 46,2 Prozent der gültigen Stimmen": a named candidate's share.
_CANDIDATE: Final = re.compile(
    r"(?:^|\b(?:Kandidat|Kandidatin|Bewerber|Bewerberin)\s+)(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(?:\((?P<party>[^()]{1,30})\)\s+)?"
    rf"(?:erhielt|erreichte|kam\s+auf|holte|bekam)\s+(?:(?P<hedge>rund|knapp|etwa)\s+)?{_SHARE}\s+der\s+(?:gültigen\s+)?Stimmen"
)
# "Dr. Anna Berg (Freie Wähler): 24.411 Stimmen (52,39 Prozent)": a result list's line (election office
# convention), the candidate, the count and the share in brackets.
_LISTED: Final = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)?\s+[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)?)"
    r"\s*(?:\([^()]{1,60}\))?\s*:\s*[\d.]+\s+Stimmen\s*\("
    r"(?P<whole>\d{1,2})(?:,(?P<part>\d{1,2}))?\s?(?:Prozent|%)\)"
)
# "hat Dr. Anna Berg … die absolute Mehrheit der gültigen Stimmen erreicht": more than half the votes
# (the definition of an absolute majority), said plainly.
_NAME: Final = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# The subject right after "hat" (an adverbial Vorfeld: "Im ersten Wahlgang hat Anna Berg …") or the
# sentence's first words before "hat" ("Anna Berg (FW) hat …"): never any two capitalised words.
_MAJORITY: Final = re.compile(
    rf"(?:\bhat\s+(?:(?:Dr|Prof)\.\s+)*(?P<name>{_NAME})|^(?:(?:Dr|Prof)\.\s+)*(?P<first>{_NAME})(?:\s+\([^()]{{1,60}}\))?\s+hat\b)"
    r"(?:\s+\([^()]{1,60}\))?\s+[^.,;]{0,60}?\bdie\s+(?:erforderliche\s+)?absolute\s+Mehrheit\b[^.,;]{0,60}?\berreicht\b"
)
# A majority missed, a past or contested result: no plain winner (omission over error).
_NOT_WON: Final = re.compile(r"\b(?:verfehlt|verpasst|hatte|hätte|angefochten|ungültig|vorläufig\w*)\b")
# A result table's lines (election-office convention): "Ja: 5.917 (61,1 %)", "Beteiligung: 44,6 %".
_TABLE_ANSWER: Final = re.compile(
    r"(?<![\w-])(?P<answer>Ja|Nein)\s*:\s*[\d.]+\s*\((?P<whole>\d{1,2})(?:,(?P<part>\d{1,2}))?\s?(?:Prozent|%)\)"
)
_TABLE_TURNOUT: Final = re.compile(
    r"\b(?:Wahl|Abstimmungs)?[Bb]eteiligung\s*:\s*(?P<whole>\d{1,2})(?:,(?P<part>\d{1,2}))?\s?(?:Prozent|%)"
)
# The answers of a vote, not of a survey ("Befragte"), and of this count, not an earlier one.
_VOTE_CONTEXT: Final = re.compile(
    r"\b(?:Abstimmende\w*|Stimmberechtigte\w*|abgestimmt|Stimmen|Bürgerentscheid\w*|Volksentscheid\w*)\b"
)
_PAST_VOTE: Final = re.compile(r"\b(?:hatten|hatte|(?:19|20)\d\d)\b")
# Words a result list's line opens with that name no candidate (an article, a district, postal votes).
_NOT_A_NAME: Final = frozenset({"Die", "Der", "Das", "Briefwahl", "Wahlbezirk", "Stimmbezirk", "Urnenwahl"})
_REFUSED: Final = re.compile(r"\b(?:nicht|kein\w*|würde\w*|hätte\w*|wäre\w*|könnte\w*)\b")


def _count(match: re.Match[str]) -> str:
    """ "58" for "58,0 Prozent", "ungefähr 46" for "46,2 Prozent", "ungefähr 47" for "46,7"."""
    whole, part = int(match["whole"]), match["part"] or "0"
    if int(part) == 0 and not match.groupdict().get("hedge"):
        return str(whole)
    return f"ungefähr {whole + (1 if part[0] >= '5' else 0)}"


def vote_lines(body: Sequence[str]) -> list[str]:
    """Plain lines of a vote count's turnout, answers and candidates' shares, in the source's order."""
    lines: list[str] = []
    # A result table names its vote once, above its lines: the context is the release's.
    voted = any(_VOTE_CONTEXT.search(sentence) for sentence in body)
    for sentence in body:
        if _REFUSED.search(sentence):
            continue
        if voted and not _PAST_VOTE.search(sentence) and not _TURNOUT.search(sentence):
            table = _TABLE_TURNOUT.search(sentence)
            if table is not None:
                lines.append(f"{_capital(_count(table))} von 100 Stimm·berechtigten haben abgestimmt.")
            rows = list(_TABLE_ANSWER.finditer(sentence))
            if len(rows) == len({a["answer"] for a in rows}):
                lines.extend(f"{_capital(_count(a))} von 100 haben mit {a['answer']} gestimmt." for a in rows)
        turnout = _TURNOUT.search(sentence)
        if turnout is not None:
            who, did = (
                ("Wahl·berechtigten", "gewählt") if turnout["kind"] == "Wahl" else ("Stimm·berechtigten", "abgestimmt")
            )
            lines.append(f"{_capital(_count(turnout))} von 100 {who} haben {did}.")
        vote = _VOTE_CONTEXT.search(sentence) is not None and _PAST_VOTE.search(sentence) is None
        answers = list(_ANSWER.finditer(sentence)) if vote else []
        if len(answers) == len({a["answer"] for a in answers}):
            lines.extend(f"{_capital(_count(a))} von 100 haben mit {a['answer']} gestimmt." for a in answers)
        majority = _MAJORITY.search(sentence)
        if majority is not None and not _NOT_WON.search(sentence):
            winner = majority["name"] or majority["first"]
            if re.search(r"\berforderliche\s+absolute\s+Mehrheit", majority.group(0)):
                # The majority the election law requires reached: the candidate is elected (no run-off).
                lines.append(f"{winner} hat die Wahl gewonnen.")
            lines.append(f"{winner} hat mehr als die Hälfte von den Stimmen bekommen.")
        lines.extend(
            f"{found['name']} hat {_count(found)} von 100 Stimmen bekommen."
            for found in _LISTED.finditer(sentence)
            if found["name"].split()[0] not in _NOT_A_NAME
        )
        candidates = list(_CANDIDATE.finditer(sentence))
        if len(candidates) == 1:
            found = candidates[0]
            # The party stays out: its short form is an abbreviation the reader cannot use.
            lines.append(f"{found['name']} hat {_count(found)} von 100 Stimmen bekommen.")
    return list(dict.fromkeys(lines))


def _capital(text: str) -> str:
    """The text with its first letter in capitals (a count opens the sentence)."""
    return text[:1].upper() + text[1:]
