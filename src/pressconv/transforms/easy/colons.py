"""A main clause after a colon that details the clause before it: two statements of the sender.

Duden (Doppelpunkt, D 76–78): a colon may stand before a complete sentence that explains, details or
sums up what the clause before it announced, and that sentence then opens with a capital letter.
Press releases use it for the news itself: "Der Abfallbetrieb stellt die Abholung um: Ab dem 1. April wird
Gartenabfall nur nach Anmeldung abgeholt.", "Betroffen ist auch der Busverkehr: Die Linien 2 und 5 werden
umgeleitet.", "Der Naturpark hat einen neuen Rundweg: Der Pfad wurde am Wochenende freigegeben."
Kept as one sentence, the whole is too long for any rule and the detail (often the news) is lost.

Both clauses are the sender's statements and each is true alone, so they become two sentences, with
the checks of a second main clause (asyndetic.py): no contrast, no word pointing back, a clause with
its finite verb second. Refused where the clause after the colon is someone's view, a plan or a
report rather than the sender's fact, or holds only under the first clause's condition (omission over
error, easy-judging.md item 2; the review of session 29 found each of these):

- the clause before it frames saying, thinking, feeling or asking (``coordinated._framing`` and the
  stance verbs below: "X freut sich:", "X bittet um Verständnis:", "X rät:");
- the clause before it names a person (a role noun or "Herr"/"Frau"): press releases put a person's
  unquoted words after the colon ("Der Bürgermeister zeigte sich erleichtert: Bislang …");
- either clause speaks in the first person ("wir", "unser"): a speaker's words, not the sender's;
- the clause after it addresses the reader ("Bitte …"): advice that needs its adviser;
- the first clause opens with a condition, time or source ("Bei Glätte …", "Bis zum Umbau …"), is
  negated, plans, examines, proposes or states a rule ("prüft", "plant", "gilt"), or names a rumour,
  a plan or an uncertainty; or the second clause is hearsay or a possibility ("soll", "könnte").
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.asyndetic import _FINITE, _LIMITING, POINTING, _has_object
from pressconv.transforms.easy.coordinated import _framing, _verb_second
from pressconv.transforms.easy.rivals import noun_gender
from pressconv.transforms.easy.topology import _kind

__all__ = ["explained"]

# Verbs of stance, feeling and asking that introduce a person's words after a colon (Duden: the
# colon before direct speech without quotation marks); lemmas, and particle verbs by their stem.
_STANCE: Final = frozenset(
    ["freuen", "bitten", "raten", "empfehlen", "appellieren", "wünschen", "gratulieren", "danken", "begrüßen",
     "loben", "mahnen", "ermahnen", "resümieren", "bilanzieren", "zusammenfassen", "blicken", "erinnern"]
)  # fmt: skip
# Contrast and alternative (asyndetic._LIMITING without the focus words): the clause after the colon
# then corrects the one before, and either alone would say too much. "nur" inside it is its own scope.
_CONTRAST: Final = _LIMITING - {"nur", "lediglich"}
# A restriction in the Vorfeld of the second clause limits the first ("…: Nur die Duschen bleiben zu").
_RESTRICTING: Final = frozenset(["nur", "lediglich", "ausschließlich", "bis", "außer"])
_FIRST_PERSON: Final = re.compile(r"\b(?:ich|mir|mich|mein\w*|wir|uns|unser\w*)\b", re.IGNORECASE)
# Verbs of planning, examining, proposing and negotiating, and of a rule's validity: what follows the
# colon is then a plan, an option or a rule whose scope the first clause sets ("Die Stadt prüft eine
# Änderung: …", "Eine neue Regel gilt ab 2028: …"); said alone it would read as a plain fact.
_OPEN_VERBS: Final = frozenset(
    ["prüfen", "planen", "erwägen", "verhandeln", "vorschlagen", "diskutieren", "beraten", "überlegen",
     "beantragen", "gelten", "ändern", "untersuchen", "erwarten", "vorbereiten", "entwerfen"]
)  # fmt: skip
# Nouns and adjectives of rumour, plan, view and (un)certainty in the first clause (Duden: Ausdrücke der
# Modalität): the clause after the colon is no established fact then ("Gerüchte machen die Runde: …").
_OPEN_WORDS: Final = re.compile(
    r"\b(?:Gerücht\w*|Plan|Pläne\w*|Planung\w*|Vorschlag\w*|Idee\w*|Sicht|Ansicht|Überlegung\w*|Entwurf\w*|"
    r"Frage|Option\w*|Prognose\w*|unsicher|unklar|offen|fraglich|eindeutig|denkbar|möglich)\b",
    re.IGNORECASE,
)
# A modal of hearsay, plan or possibility in the second clause ("Das Freibad soll schließen."): a report.
_HEARSAY: Final = re.compile(r"\b(?:soll|sollen|sollte\w*|könnte\w*|würde\w*|dürfte\w*|müsste\w*|möglicherweise)\b")
# A negation in the first clause ("Für Kinder ändert sich nichts: …") limits what the second says.
_NEGATION: Final = re.compile(r"\b(?:nicht|nichts|kein\w*|nie|niemand)\b", re.IGNORECASE)
# Adverbs that only add the clause to what the release said before ("Zusätzlich schaltet …:").
_ADDING: Final = frozenset(["zusätzlich", "außerdem", "auch", "ebenfalls", "zudem"])
# "Herr"/"Frau" before a name mark a person without a role noun.
_ADDRESS: Final = frozenset(["herr", "herrn", "frau"])


def explained(sentence: str) -> list[str] | None:
    """The clause before the colon and the one after it as two sentences, or None where unsure."""
    if sentence.count(":") != 1 or re.search(r"\d:\d", sentence):
        return None  # a time ("21:25 Uhr") or several colons: no single explaining colon
    head, tail = (part.strip() for part in sentence.split(":"))
    if not tail[:1].isupper() or tail[:1] in '„"' or tail.startswith("Bitte"):
        return None
    if _FIRST_PERSON.search(head) or _FIRST_PERSON.search(tail) or "„" in sentence or '"' in sentence:
        return None
    if _OPEN_WORDS.search(head) or _HEARSAY.search(tail) or _NEGATION.search(head):
        return None
    first = morph.tag(head)
    rest = morph.tag(tail)
    if not any(t.pos in _FINITE for t in first) or _framing(list(first)):
        return None
    if first[0].pos in ("APPR", "APPRART", "KOUS", "ADV") and first[0].word.lower() not in _ADDING:
        # "Bei Glätte gilt …:", "Bis zum Umbau …:", "Aus Sicht der Fraktion …:": a condition, a time or a
        # source before the colon holds for the clause after it, which alone would say too much.
        return None
    heads = [t.word.lower() for t in first if t.pos == "PTKVZ"]  # "schlägt … vor" is "vorschlagen"
    lemmas = {(t.lemma or "").lower() for t in first if t.pos.startswith("VV")}
    if lemmas & _OPEN_VERBS or {p + lemma for p in heads for lemma in lemmas} & _OPEN_VERBS:
        return None
    if any(t.pos in ("PPER", "PDS") and t.word.lower() != "man" for t in first):
        # "Am Freitag ist es wieder so weit:", "Das bedeutet:": a placeholder or a pronoun points at the
        # clause after the colon (or before the sentence); alone, the first clause says nothing.
        return None
    particles = [t.word.lower() for t in first if t.pos == "PTKVZ"]
    for token in first:
        lemma = (token.lemma or "").lower()
        if token.pos.startswith("VV") and (lemma in _STANCE or any(p + lemma in _STANCE for p in particles)):
            return None
        if token.pos == "NN" and noun_gender(token.word) is not None:
            return None  # a person's role: what follows is their view
        if token.word.lower() in _ADDRESS:
            return None
    if first[-1].pos.startswith(("VV", "VA", "VM")) and not _has_object([*first, rest[-1]]):
        # "Die Stadt hat entschieden: Das Büro bleibt zu.": a verb of deciding or finding with no object
        # of its own takes the clause after it as its object (Objektsatz); alone it is broken.
        return None
    clause = [t for t in rest if t.word not in (".", "!", "?")]
    if any(t.word.lower() in _CONTRAST or t.word.lower() in POINTING for t in clause):
        return None
    if any(t.pos in ("PROAV", "PAV", "PDS") or (t.pos == "PPER" and t.word.lower() != "man") for t in clause):
        return None  # "davon", "das", "sie": a word that points back into the clause before
    verb = _verb_second(clause)
    if verb is None or verb > 8 or any(t.pos in _FINITE for t in clause[:verb]):
        return None
    if any(t.word.lower() in _RESTRICTING for t in clause[:verb]):
        return None
    if _kind(tuple(clause), opening=False)[0] != "main":
        return None
    return [head.rstrip(" .") + ".", tail if tail.endswith((".", "!", "?")) else tail + "."]
