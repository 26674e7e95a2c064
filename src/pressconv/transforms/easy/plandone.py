"""A planned completion said as the planned state: "soll bis 2030 fertiggestellt werden" -> "soll bis 2030 fertig sein".

Councils, builders and universities announce when a piece of work is to end with the modal passive
"X soll bis … abgeschlossen/fertiggestellt werden". "soll" tells a plan (Duden grammar,
Modalverben: sollen = Absicht eines Dritten); "Man soll X abschließen" would turn the plan into an
order to the reader, and "X ist fertig" into a fact. The planned state says the same with the
same modal: "Die Sanierung soll im Herbst 2030 fertig sein." Only the two verb words change; the
subject keeps its nominative, the modal its person, every time and hedge its place.

Only verbs whose result is "fertig" (finishing a piece of work), and "abschließen" only of a noun
that names building or planning work ("Bau", "Sanierung", "Planung", "Arbeiten", "Projekt"), since
"die Tür soll abgeschlossen werden" means locking and "der Vertrag soll abgeschlossen werden" means
signing. "beenden" is never taken: what is ended stops ("die Förderung soll beendet werden"), it is
not finished. Refused: an agent (modal_active names it as the subject),
coordinated participles, a comma, negation (a plan not to finish is no "fertig").
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.spanedit import edited, one_clause
from pressconv.transforms.easy.voice import _noun_phrase, agent_at, commas_ok, free_start, phrase_end

__all__ = ["planned_done"]

# Verbs of finishing a piece of work (lemmas): their result is the state "fertig". Not "beenden":
# an ended grant, contract or service stops, which "fertig" would turn into its opposite.
_FINISHING: Final = frozenset({"fertigstellen", "vollenden", "abschließen"})
_PLAN: Final = frozenset({"soll", "sollen"})
# The heads of nouns of building and planning work, which "abschließen" finishes rather than locks
# or signs (a bare "-ung" is too wide: "Versicherung", "Einrichtung", "Wohnung" are no work).
_PROCESS: Final = re.compile(
    r"(?:bau|bauten|arbeiten|projekt|projekte|sanierung|sanierungen|planung|planungen|renovierung|"
    r"modernisierung|erschließung|instandsetzung|umgestaltung|baumaßnahme|baumaßnahmen)$"
)
_NEGATION: Final = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"})
_STOPS: Final = (":", ";", "–", "(", "„", '"')


def planned_done(sentence: str) -> str:
    """ "Der Umbau soll im Mai abgeschlossen werden." -> "Der Umbau soll im Mai fertig sein." (or unchanged)."""
    clause = one_clause(sentence, min_tokens=4, stop=lambda t: t.word in _STOPS)
    if clause is None:
        return sentence
    spans, body = clause.spans, clause.body
    verb = clause.verb
    last = len(body) - 1
    if body[verb].word.lower() not in _PLAN or body[last].word != "werden" or body[last - 1].pos != "VV(PP)":
        return sentence
    participle = body[last - 1]
    if participle.lemma not in _FINISHING or verb == 0:
        return sentence
    if sum(1 for t in body if t.pos.startswith("V")) != 3 or body[last - 2].word in ("und", "oder"):
        return sentence  # another verb or a coordinated participle ("heruntergefahren und eingestellt")
    if not commas_ok(list(body), verb) or any(agent_at(body, i) for i in range(len(body))):
        return sentence
    if any(t.word.lower() in _NEGATION for t in body):
        return sentence
    if participle.lemma == "abschließen" and not _PROCESS.search(_subject_head(body, verb).lower()):
        return sentence
    return edited(sentence, spans, {last - 1: "fertig", last: "sein"})


def _subject_head(body: tuple[morph.Token, ...], verb: int) -> str:
    """The last noun of the subject: the Vorfeld's noun phrase, or the Mittelfeld's first free one
    behind an adverbial Vorfeld (German verb-second order); "" when unsure."""
    if 0 < _noun_phrase(body, 0) == verb:
        return body[verb - 1].word
    middle = list(body[verb + 1 :])
    start = free_start(middle)
    if start is None:
        return ""
    end = phrase_end(middle, start)
    return middle[end - 1].word if end > start else ""
