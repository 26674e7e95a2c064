"""Verbs of saying that lost what was said ("Der Richter hat in der Begründung ausgeführt.").

German valency (Duden grammar, the valency of verba dicendi): "ausführen", "erklären", "betonen",
"mitteilen", "ergänzen", "erläutern", "unterstreichen", "darlegen" and "sagen" in the sense of saying
need what is said, as an accusative object, a "dass" clause or, in the press style, a colon and the
quoted words. When the rewrite cut the sentence at its comma or quotation, the verb is left with its
subject and perhaps a prepositional phrase, and the sentence says nothing (rubric, item 3: a verb
missing its object). ``lost_content`` finds such a sentence: a saying verb, no colon, no clause, and
no noun phrase outside a prepositional phrase besides the subject.
"""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["lost_content", "lost_request"]

# Lemmas of verbs of saying that take what is said as their object (verba dicendi). Separable verbs
# are listed whole; HanTa gives their stem and the particle apart ("teilt … mit").
_SAYING: Final = frozenset(
    ["ausführen", "erklären", "betonen", "mitteilen", "ergänzen", "erläutern", "unterstreichen", "darlegen", "sagen"]
)
# Words that head a noun phrase, or stand for one (pronouns), by their STTS tag.
_NOMINAL: Final = ("NN", "NE", "NNA", "PPER", "PDS", "PIS", "PRF", "PRELS", "PWS")
_ATTRIBUTIVE: Final = ("ART", "ADJ(A)", "PIAT", "PPOSAT", "PDAT", "CARD", "ADV")


def _saying_verb(tagged: tuple[morph.Token, ...]) -> bool:
    """The clause has a verb of saying, its separable particle included."""
    particles = [t.word.lower() for t in tagged if t.pos == "PTKVZ"]
    for token in tagged:
        if not token.pos.startswith("VV"):
            continue
        lemma = token.lemma.lower()
        if lemma in _SAYING or any(p + lemma in _SAYING for p in particles):
            return True
    return False


def _free_noun_phrases(tagged: tuple[morph.Token, ...]) -> int:
    """Noun phrases not governed by a preposition: the subject and the objects of the clause."""
    count = 0
    in_phrase = False  # inside a noun phrase already counted (or inside a prepositional phrase)
    governed = False
    for token in tagged:
        if token.pos in ("APPR", "APPRART", "APPO"):
            governed, in_phrase = True, True
            continue
        if token.pos in _NOMINAL:
            if not in_phrase:
                count += 0 if governed else 1
                in_phrase = True
            continue
        if token.pos in _ATTRIBUTIVE:
            continue
        # Any other word (a verb, a conjunction, a punctuation mark) ends the phrase.
        in_phrase, governed = False, False
    return count


def lost_content(sentence: str) -> str | None:
    """The saying verb of a sentence that does not say what was said, else None."""
    if ":" in sentence:
        return None  # "Die Polizei erklärt: …" quotes what was said
    tagged = morph.tag(sentence)
    if not tagged or not _saying_verb(tagged):
        return None
    if any(t.pos in ("KOUS", "KOUI", "PTKZU", "VV(IZU)") for t in tagged):
        return None  # a "dass" or "zu" clause says it (and fails elsewhere as a subordinate clause)
    if _free_noun_phrases(tagged) >= 2:
        return None
    verb = next(t.word for t in tagged if t.pos.startswith("VV"))
    return verb


# Verbs of asking and urging (Duden valency: "jemanden um etwas bitten", "jemanden zu etwas
# auffordern", "zu etwas aufrufen"): what is asked is a prepositional object ("um", "zu", "zur",
# "zum"), a zu-infinitive, a "dass" clause or, in the press style, a colon. Cut at its comma, "Der
# Verband bittet alle Kunden." asks nothing (rubric, item 3: a verb missing its complement).
_ASKING: Final = frozenset(["bitten", "auffordern", "aufrufen", "ersuchen", "ermahnen", "appellieren"])
_ASKED: Final = frozenset(["um", "zu", "zur", "zum", "an"])
# "vor etwas warnen" (Duden valency): what a warning is about is a "vor" phrase, a "dass" clause or,
# in the press style, a colon. Cut there, "Die Beratungsstelle warnt." says nothing (blind
# judgement, session 28: a headline frame "X warnt:" said as a sentence of its own).
_WARNING: Final = frozenset(["warnen"])
_WARNED: Final = frozenset(["vor", "vorm"])


def lost_request(sentence: str) -> str | None:
    """The verb of asking of a sentence that does not say what is asked, else None."""
    if ":" in sentence:
        return None
    tagged = morph.tag(sentence)
    particles = [t.word.lower() for t in tagged if t.pos == "PTKVZ"]
    verb = next(
        (
            t
            for t in tagged
            if t.pos.startswith("VV")
            and (t.lemma.lower() in _ASKING | _WARNING or any(p + t.lemma.lower() in _ASKING for p in particles))
        ),
        None,
    )
    if verb is None:
        return None
    if any(t.pos in ("KOUS", "KOUI", "PTKZU", "VV(IZU)") for t in tagged):
        return None
    warning = verb.lemma.lower() in _WARNING
    needed = _WARNED if warning else _ASKED
    if any(t.word.lower() in needed and t.pos in ("APPR", "APPRART", "PTKZU") for t in tagged):
        return None
    if warning and _free_noun_phrases(tagged) >= 2:
        return None  # "Die Polizei warnt ältere Menschen.": "jemanden warnen" is complete (Duden valency)
    return verb.word
