"""Title candidates that say a detail of the news rather than the news, and quoted names the checks read as text.

A title says what happened or what is announced (easy-judging.md, item 6). A sentence that only dates
an event ("Der Lauf war am Sonntag, 10. Mai 2026") is true, but says when, not what: press convention
puts the news in the headline and the time in the body (inverted pyramid), so such a sentence is a
title only when nothing that says more passes. The words of a title in quotation marks ("„Holz –
Schatz unserer Wälder“") are a name and stand as the sender wrote them (Netzwerk Leichte Sprache:
Namen bleiben, wie sie sind): a pronoun inside it points at nothing outside the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["continued_line", "expected_clause", "masked_names", "role_aside", "when_only"]

# The words a date or a time is written with (DIN 5008 forms and the weekday before it).
_DATE_WORD: Final = rf"(?:{'|'.join((*WEEKDAYS_DE, *MONTHS_DE))}|\d{{1,4}}\.?|Uhr|bis|von|vom|am|um|ab|zum|und)"
# A subject of one to three words, a verb of being or of beginning and ending, and nothing but a date
# or a time after it: the sentence says when, never what (inverted pyramid: a detail of the body).
_WHEN_ONLY: Final = re.compile(
    r"^(?:[\w·\-„“]+ ){1,3}(?:ist|sind|war|waren|beginnt|beginnen|begann|endet|enden|findet|finden|fand|fanden)"
    rf"(?: (?:{_DATE_WORD}),?)+(?: statt)?\.?$"
)
# A name in German quotation marks or in straight double quotes.
_QUOTED: Final = re.compile(r"„[^“”\"]+[“”]|\"[^\"]+\"|»[^«]+«")


def when_only(text: str) -> bool:
    """True when the sentence only dates its subject ("Die Lesung ist am Montag, 4. Mai 2026, um 18 Uhr")."""
    return bool(_WHEN_ONLY.match(text.strip()))


def masked_names(text: str) -> str:
    """The sentence with every quoted name replaced by a neutral name, for the checks that read pronouns."""
    return _QUOTED.sub("„Name“", text)


# A lowercase article or preposition that opens a line: the line continues the noun phrase above it.
_CONTINUED: Final = re.compile(r"^(?:des|der|dem|den|von|vom|zur|zum)\s+\S")


def continued_line(text: str) -> bool:
    """True for a line that opens with a lowercase article ("des Vereins X" under "Gemeinsame
    Pressemitteilung"): German headlines open with a capital, so the line is the tail of a label above it."""
    return bool(_CONTINUED.match(text.strip()))


# "Thomas Muster ist Wirtschaftsminister", "Anna Muster ist die neue Leiterin": a name, the copula and a
# role noun: one the lexicon lists (its R entries: "Minister", "Leiterin"), or a capitalised agent noun
# (-er, -in, -ent, -or, -ant, -ist) after a person's name of two words without an article ("Karl Test
# ist Kassierer"). A comparative ("Der Eintritt ist günstiger") is neither.
_ROLE_LINE: Final = re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜ][\w\-]+ ){1,3})(?:ist|war) (?:der |die |ein |eine )?(?:neue |neuer |bisherige |bisheriger )?"
    r"(?P<role>[A-ZÄÖÜ][\w·\-]*)$"
)


def role_aside(text: str, headline: str) -> bool:
    """True for a role line about a person the headline and subtitle do not name.

    A release names who holds which office beside the news ("Der Minister X hat … berufen"); the role
    line of such a person is a side fact (easy-judging.md, failure pattern: role lines filling the space
    where the event should be). The person the headline names is the news and may stand as the title.
    """
    found = _ROLE_LINE.match(text.replace("·", "").strip().rstrip("."))
    if found is None:
        return False
    entry = lookup(found["role"])
    if not (entry is not None and entry.role) and not _person_with_agent_noun(found["name"].split(), found["role"]):
        return False
    names = [w for w in found["name"].split() if len(w) > 2]
    plain = headline.replace("·", "")
    return not any(re.search(rf"\b{re.escape(w)}\b", plain) for w in names)


_AGENT_NOUN: Final = re.compile(r"[A-ZÄÖÜ][\w·\-]*(?:in|er|ent|or|ant|ist)$")
_DETERMINERS: Final = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "unser", "unsere"})


def _person_with_agent_noun(name: list[str], role: str) -> bool:
    """True for "Karl Test" + "Kassierer": two or three capitalised words with no article, then an agent noun."""
    if len(name) < 2 or name[0].lower() in _DETERMINERS:
        return False
    return bool(_AGENT_NOUN.match(role))


# Verbs of expectation (erwarten, befürchten, vermuten, prognostizieren): their participle in a headline
# is a present passive with "werden" left out ("3.000 Gäste erwartet" = "werden erwartet", Schlagzeilenstil),
# never a finished act. They have an inseparable prefix or end in -ieren, so the participle has no "ge-"
# and equals the third person singular present (Duden grammar: "er erwartet" = "erwartet").
_EXPECTING: Final = frozenset({"erwarten", "befürchten", "vermuten", "prognostizieren"})


def expected_clause(part: str, tagged: Sequence[tuple[str, str, str]]) -> str | None:
    """ "Man erwartet bis zu 36 Grad ab Mittwoch" from "Bis zu 36 Grad ab Mittwoch erwartet".

    ``tagged`` gives each word with its part of speech and lemma. Only a part that ends in such a
    participle and has no finite verb: the impersonal "man" says it in the active voice (Leichte
    Sprache: aktiv schreiben) and states no more than the headline. What stood before the participle
    becomes the object, so it must read the same in the accusative: numbers, prepositions with their
    phrase, bare nouns and strong adjectives in -e/-es ("36 Grad", "bis zu 3000 Gäste", "schwere
    Gewitter"). Refused: an article or a pronoun outside a prepositional phrase ("Das Publikum erwartet"
    may be finite, the subject doing the expecting), an adjective in -er ("Großer Andrang" would need
    "großen"), and a part that opens with a w-word ("Was Besucher erwartet" is a question clause).
    """
    words = [(w, p, (lemma or "").lower()) for w, p, lemma in tagged if not p.startswith("$")]
    if len(words) < 2 or words[-1][1] != "VV(PP)" or words[-1][2] not in _EXPECTING:
        return None
    if any(p.endswith("(FIN)") for _, p, _ in words[:-1]):
        return None
    if not _accusative_safe(words[:-1]):
        return None
    rest = part.strip().rstrip(".!")
    rest = rest[: rest.rfind(words[-1][0])].strip().rstrip(",")
    if not rest or "," in rest:
        return None  # "Ältere, Kranke …": a list before the participle may be its own clause
    first = words[0]
    if first[1] not in ("NN", "NE") and not first[0].isupper():
        rest = rest[:1].lower() + rest[1:]  # "Bis zu 36 Grad" -> "bis zu 36 Grad"; nouns keep their capital
    return f"Man {words[-1][0]} {rest}"


# The parts of speech of a phrase whose form is the same in the nominative and the accusative without
# any change: numbers, prepositions and what they govern, bare nouns and names (no article, pronoun or
# adjective, whose endings mark the case: "der Andrang" / "den Andrang", "großer" / "großen").
_CASE_FREE: Final = frozenset({"CARD", "APPR", "APPRART", "NN", "NE", "ADV", "KON", "PTKVZ"})


def _accusative_safe(words: Sequence[tuple[str, str, str]]) -> bool:
    """True when the words before the participle read the same as an accusative object."""
    if not words or words[0][1].startswith("PW") or words[0][0].lower() in _W_WORDS:
        return False  # "Was Besucher erwartet", "Wer …", "Wie viele …": a question clause
    governed = False
    for word, pos, _ in words:
        if pos in ("APPR", "APPRART"):
            governed = True  # a preposition governs its own phrase ("ab dem Mittwoch") up to its noun
            continue
        if pos.startswith("ADJ") and not governed and re.search(r"(?:e|es)$", word):
            continue  # a strong adjective in -e/-es reads the same in both cases ("schwere Gewitter")
        if pos not in _CASE_FREE and not governed:
            return False
        if pos in ("NN", "NE"):
            governed = False
    return True


_W_WORDS: Final = frozenset(
    {"was", "wer", "wen", "wem", "wessen", "wie", "wo", "wann", "warum", "wieso", "weshalb", "welche", "welcher",
     "welches", "welchen", "womit", "wofür", "worauf", "wohin", "woher"}
)  # fmt: skip
