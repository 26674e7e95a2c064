"""Body fact of a match report: who won against whom and by what score.

A club's match report (Spielbericht) heads its text with the result line of the sports press, home
team first: "TSV A – FC B 3:2 (1:1)" (score home:away, the half-time score in brackets). The line
alone says the score; which team won is said again in the headline or the lead ("Sieg gegen B",
"hat gegen B gewonnen", "Niederlage gegen B"). The template says the winner only when both agree
(omission over error: a swapped score line or a report of the away team read wrongly would name the
wrong winner): "TSV A hat 3 zu 2 gegen FC B gewonnen." (Leichte Sprache: "zu" for the colon of a
score, the winner as subject, Perfekt). A draw is said only when the text calls it one
("Unentschieden", "Remis"). The next game's date ("Nächstes Spiel: Sonntag, 29. März 2026") is not
said here: the body's sentences about "das Spiel" follow the template's lines and would read as
about the next game.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["match_lines"]

_TEAM: Final = r"[A-ZÄÖÜ0-9][\wäöüß.'/-]*(?:\s+[A-ZÄÖÜ0-9][\wäöüß.'/-]*){0,4}"
# "TSV A – FC B 3:2 (1:1)": the result line of a match report (a dash between the teams, then the score).
_RESULT: Final = re.compile(
    rf"^(?P<home>{_TEAM})\s+[–-]\s+(?P<away>{_TEAM})\s+(?P<h>\d{{1,2}})\s*:\s*(?P<a>\d{{1,2}})(?:\s+\(\d{{1,2}}\s*:\s*\d{{1,2}}\))?\.?$"
)
# The headline's or lead's word for a win or a loss against a named opponent ("Sieg gegen B",
# "gewinnt gegen die B", "hat gegen B gewonnen", "Niederlage gegen B").
_OPP: Final = r"\bgegen\s+(?:den|die|das|dem)?\s*(?P<opp>[A-ZÄÖÜ][\wäöüß-]+)"
_WIN: Final = re.compile(r"\b(?:[\w-]*[Ss]ieg|gewinnt|gewonnen|siegt|besiegt)\b[^.!?]*?" + _OPP)
_WIN_AFTER: Final = re.compile(_OPP + r"(?:[^.!?:]|(?<=\d):(?=\d))*?\b(?:gewonnen|gewinnt|siegt)\b")
_LOSS: Final = re.compile(r"\b(?:[\w-]*[Nn]iederlage|verliert|verloren|unterliegt|unterlegen)\b[^.!?]*?" + _OPP)
# A negated or missed outcome ("Kein Sieg gegen B", "Sieg gegen B verpasst") is no statement of one.
_NEGATED: Final = re.compile(r"\b(?:kein\w*|nicht|verpasst\w*|verspielt\w*|knapp\s+verfehlt)\b", re.IGNORECASE)
_DRAW: Final = re.compile(r"\b(?:Unentschieden|unentschieden|Remis|remis|Punkteteilung)\b")
# How many sentences at the top carry the headline and the lead (inverted pyramid).
_LEAD: Final = 5


def _names(team: str, word: str) -> bool:
    """Whether ``word`` ("Erlenhof", "Erlenhofer" is not) is one of the team name's words."""
    return word in team.split()


def _winner(home: str, away: str, lead: Sequence[str]) -> str | None:
    """The team the headline and lead call the winner, when every such statement names the same one."""
    said: set[str] = set()
    for sentence in lead:
        if _NEGATED.search(sentence):
            continue
        for pattern, won in ((_WIN, False), (_WIN_AFTER, False), (_LOSS, True)):
            for found in pattern.finditer(sentence):
                opp = found["opp"]
                if _names(home, opp) == _names(away, opp):
                    continue  # the opponent word names neither team, or both
                opponent, other = (home, away) if _names(home, opp) else (away, home)
                said.add(opponent if won else other)
    return next(iter(said)) if len(said) == 1 else None


def match_lines(body: Sequence[str]) -> list[str]:
    """The result ("A hat 3 zu 2 gegen B gewonnen.") when the result line and the headline or lead agree."""
    out: list[str] = []
    results = [found for found in map(_RESULT.match, body[:_LEAD]) if found is not None]
    if len(results) == 1:
        found = results[0]
        home, away, h, a = found["home"], found["away"], int(found["h"]), int(found["a"])
        lead = [sentence for sentence in body[:_LEAD] if sentence != found.string]
        if h == a:
            if any(_DRAW.search(sentence) for sentence in lead):
                out.append(f"{home} und {away} haben {h} zu {a} gespielt.")
        else:
            score_winner = home if h > a else away
            loser = away if h > a else home
            if _winner(home, away, lead) == score_winner:
                out.append(f"{score_winner} hat {max(h, a)} zu {min(h, a)} gegen {loser} gewonnen.")
    return out
