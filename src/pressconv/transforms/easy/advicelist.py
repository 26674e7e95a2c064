"""The tips of an advice list in every common shape, said as Sie-imperatives or as a question and "Dann …".

Warnings, service notices and police appeals list what the reader should do (instructions.py reads a
list after an intro that announces advice). Besides the bare infinitive ("Keller meiden.") the items
take a few general shapes of German advice, each of which Leichte Sprache says in its own way
(Netzwerk Leichte Sprache: address the reader directly; a condition is a question and its answer):

- a condition first: "Wer Kontakt mit dem Wasser hatte, sollte sich abduschen." or "Bei Beschwerden
  den Hausarzt anrufen." -> "Hatten Sie Kontakt mit dem Wasser?" / "Dann duschen Sie sich ab."
  (conditions.py builds the question; a "bei"-phrase is asked only of what a person has: complaints,
  symptoms, questions);
- a recommendation with "Sie sollten"/"Man sollte" and its infinitive: "Man sollte Türen abschließen."
  -> "Schließen Sie Türen ab." (the imperative says the same advice without the Konjunktiv);
- the zu-infinitive of an item after "… bittet darum:" ("Nachbarn zu informieren"): the same tip.

A condition is never dropped from its advice: where the question cannot be built, the item is not
turned (omission over error). A question and its answer go to the summary as one group
(advicegroups.py): the verifier keeps both or neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.asked import zu_instructions
from pressconv.transforms.easy.conditions import conditional_text
from pressconv.transforms.easy.instructions import comment_only, imperatives, infinitive_advice
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["list_advice", "turn"]

# What a person has, in the dative of "bei" and the accusative of "Haben Sie …?": complaints,
# symptoms and questions, the conditions of health advice and service notices (a closed class of
# nouns; a "bei"-phrase of weather or place is no state of the reader and is not asked).
_HELD: Final = {
    "Beschwerden": "Beschwerden", "Symptomen": "Symptome", "Krankheitszeichen": "Krankheitszeichen",
    "Anzeichen": "Anzeichen", "Schmerzen": "Schmerzen", "Fieber": "Fieber", "Husten": "Husten",
    "Atemnot": "Atemnot", "Übelkeit": "Übelkeit", "Durchfall": "Durchfall", "Fragen": "Fragen",
    "Problemen": "Probleme", "Hautreizungen": "Hautreizungen", "Reizungen": "Reizungen",
}  # fmt: skip
# "Bei Beschwerden (wie Fieber oder Husten) den Hausarzt anrufen": the condition's noun, its examples,
# and the infinitive instruction; the instruction must open with a word that no noun list could go on
# with (an article, a pronoun, an adverb, a preposition), so where the condition ends is certain.
_HELD_CONDITION: Final = re.compile(
    r"^Bei\s+(?P<noun>[A-ZÄÖÜ]\w+)(?P<examples>\s+wie\s+[A-ZÄÖÜ][\w\-]*(?:(?:,\s+|\s+(?:und|oder)\s+)[A-ZÄÖÜ][\w\-]*)*)?\s+(?P<rest>.+)$"
)
_CLAUSE_OPENERS: Final = ("ART", "PPOSAT", "PIAT", "ADV", "ADJD", "ADJ(D)", "PTKNEG", "PRF")
# A noun's attributes follow it (Duden grammar: Präpositionalattribut "Fieber über 39 Grad", "Husten
# von Kleinkindern", "Fragen zur Impfung"; Genitivattribut "Husten des Kindes"; a comparison "Fieber
# länger als drei Tage"). Right after the condition's noun such a phrase cannot be told from the
# instruction's adverbial, and the question would lose it (a narrower condition, or someone else's:
# the children's cough is no "Haben Sie Husten?"), so an instruction opening with a preposition, a
# genitive article or a comparison is not asked; the "bei"-phrase stays whole in the imperative.
_ATTRIBUTE_OPENERS: Final = frozenset(["des", "der", "eines", "einer"])
_COMPARISON: Final = re.compile(r"^\w+er\s+als\b|^(?:mehr|weniger|länger|kürzer|höher)\b")
# A recommendation with its infinitive at the end ("Man sollte …", "Sie sollten …", Konjunktiv II).
_SHOULD: Final = re.compile(r"^(?:Man\s+sollte|Sie\s+sollten)\s+(?P<rest>[^,;:]+)$")
# The conditional openers conditions.py turns: a free relative, "wenn"/"falls", "Sollten Sie".
_CONDITIONAL: Final = re.compile(r"^(?:Wer|Wenn|Falls|Sollten\s+Sie)\b")


def turn(part: str) -> list[str]:
    """One tip sentence in plain form: a question and "Dann …", or Sie-imperatives; [] when unsure."""
    # A list item may end in a semicolon and open in lower case ("– viel trinken;"): the item is
    # one tip of the intro's sentence, said here as a sentence of its own.
    text = part.strip().rstrip(".!;,").strip()
    if not text:
        return []
    text = text[:1].upper() + text[1:]
    if _CONDITIONAL.match(text):
        found = conditional_text(text + ".")
        return list(found) if found is not None else []
    held = _HELD_CONDITION.match(text)
    if held is not None and (asked := _held(held)):
        return asked  # else the "bei"-phrase stays inside the imperative ("Holen Sie bei Fieber Hilfe.")
    should = _SHOULD.match(text)
    if should is not None:
        rest = should["rest"]
        return imperatives(rest[:1].upper() + rest[1:])
    # "… bittet darum:" and items in the zu-infinitive ("Nachbarn zu informieren"): the same tips.
    return imperatives(text) or _zu_item(text)


def _zu_item(text: str) -> list[str]:
    """A zu-infinitive tip, its comment after a dash left out as ``imperatives`` leaves it out."""
    head, dash, comment = text.partition(" – ")
    if dash and not comment_only(comment):
        return []
    return zu_instructions(head if dash else text)


def _held(found: re.Match[str]) -> list[str]:
    """ "Bei Beschwerden den Hausarzt anrufen" -> "Haben Sie Beschwerden?" / "Dann rufen Sie den Hausarzt an."."""
    noun = _HELD.get(found["noun"])
    rest = found["rest"]
    first = morph.tag(rest)
    if noun is None or not first or first[0].pos not in _CLAUSE_OPENERS:
        return []  # also a preposition: it may be the noun's attribute ("Husten von Kleinkindern")
    if first[0].word.lower() in _ATTRIBUTE_OPENERS or _COMPARISON.match(rest):
        return []  # a genitive ("Husten des Kindes") or a comparison ("Fieber länger als drei Tage")
    turned = imperatives(rest[:1].upper() + rest[1:])
    if len(turned) != 1:
        return []  # two instructions after one question: the second would read as unconditional
    examples = found["examples"] or ""
    answer = f"Dann {turned[0][:1].lower()}{turned[0][1:]}"
    return [f"Haben Sie {noun}{examples}?", answer]


def list_advice(sentences: Sequence[SourceSentence]) -> list[tuple[str, str]]:
    """(source line, plain advice) for the tips of every advice list, in all the shapes of ``turn``."""
    return infinitive_advice(sentences, turn)
