"""Reported speech (Konjunktiv I) after a named speaker becomes "X sagt: …" in the indicative.

German press writing reports what a speaker said in the Konjunktiv I ("Die Ursache werde gesucht")
and names the speaker once, in a quotation's frame before it in the same paragraph (Duden grammar,
indirekte Rede; the press convention of continuing a statement in reported speech). Leichte Sprache
has no Konjunktiv (rule books); a reader would take the indicative sentence for a fact. So the
sentence stays the speaker's view by its frame: "Anna Beispiel sagt: Man sucht die Ursache.".

Only where the attribution is certain: exactly one speaker is named in the paragraph, before this
sentence; the sentence names no other source ("laut", "nach Angaben", a verb of saying) and no
first person ("ich", "wir" would be the sender's or the speaker's own words, not reported ones).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.present import third_singular
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["full_verb_subjunctive", "indicative", "reporting_speaker"]

# Konjunktiv I of the auxiliaries and modals (third person) and its indicative (Duden grammar,
# Konjunktiv I). "hätten" is the Konjunktiv II that replaces "haben", whose Konjunktiv I plural
# reads like the indicative (Ersatzform); "hätte" (singular) may be counterfactual and is refused.
_INDICATIVE: Final = {
    "sei": "ist", "seien": "sind", "habe": "hat", "werde": "wird", "könne": "kann", "müsse": "muss",
    "solle": "soll", "dürfe": "darf", "wolle": "will", "hätten": "haben",
}  # fmt: skip
# Another source named in the sentence: the reported words may not be the paragraph's speaker's.
_OTHER_SOURCE: Final = re.compile(r"\b(?:laut|zufolge|Angaben|Auskunft|Informationen|ich|wir|uns|mir|mich)\b", re.I)
_SAYING: Final = frozenset(
    ["sagen", "erklären", "mitteilen", "berichten", "betonen", "ergänzen", "erläutern", "sprechen", "meinen"]
)


def reporting_speaker(sentences: Sequence[SourceSentence], index: int) -> tuple[str, str | None] | None:
    """(speaker, role) of the one speaker named before ``index`` in its paragraph; None if not exactly one."""
    sentence = sentences[index]
    if sentence.speech or sentence.lead or sentence.heading:
        return None
    same = [s for s in sentences if s.paragraph == sentence.paragraph]
    named = {s.speaker for s in same if s.speaker}
    if len(named) != 1:
        return None  # no speaker, or two: the reported words cannot be attributed
    before = [s for s in sentences[:index] if s.paragraph == sentence.paragraph and s.speaker]
    if not before:
        return None  # reported speech follows the speaker's naming (press convention)
    return before[-1].speaker or "", before[-1].role


def indicative(piece: str) -> str | None:
    """The piece with its one Konjunktiv I verb in the indicative; None without one or when unsure."""
    if _OTHER_SOURCE.search(piece) or any(mark in piece for mark in ("„", "“", '"', ":")):
        return None
    tagged = morph.tag(piece)
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.lemma in _SAYING for t in tagged if t.pos.startswith("VV")):
        return None
    verb = tagged[finite[0]]
    word = verb.word
    if word in _INDICATIVE:
        if word == "hätten" and not any(t.pos == "VV(PP)" for t in tagged[finite[0] + 1 :]):
            return None  # "hätten … können": a counterfactual, not reported speech
        form = _INDICATIVE[word]
    elif verb.pos == "VV(FIN)" and verb.lemma.endswith("en") and word == verb.lemma[:-1]:
        # A full verb's Konjunktiv I ("gebe", "liege"): stem + "e"; its indicative from present.py.
        present = third_singular(verb.lemma)
        if present is None:
            return None
        form = present
    else:
        return None
    words = [t.word for t in tagged]
    words[finite[0]] = form
    return morph.join(words)


def full_verb_subjunctive(piece: str) -> bool:
    """True when the piece's one finite verb is a full verb in the Konjunktiv I: "man helfe", "die Stadt gebe".

    Without "ich" the form (stem + "-e") is no indicative (Duden grammar: the third person singular
    indicative ends in "-t") and no Präteritum ("meldete"): it is reported speech. The verifier's list
    knows the auxiliaries and modals ("sei", "könne") and refuses a piece with one of them; a piece
    whose only verb is such a full verb would pass it and state a speaker's words as the summary's
    own (rule books: no Konjunktiv) when ``reporting_speaker`` cannot name the speaker.
    """
    tagged = morph.tag(piece)
    finite = [t for t in tagged if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word.lower() == "ich" for t in tagged):
        return False
    verb = finite[0]
    return (
        verb.pos == "VV(FIN)"
        and verb.lemma.endswith("en")
        and verb.word == verb.lemma[:-1]
        and not morph.is_preterite(verb.word, verb.lemma)
    )
