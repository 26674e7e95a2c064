"""A headline's present of an act the body tells as done, said in the Perfekt ("Der Rat hat … beschlossen")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import MEDIOPUNKT, segment

__all__ = ["perfect_title"]

# Subjects that are no agent: the existence frame and the impersonal "man" keep their own tense.
_NO_AGENT: Final = ("Es", "Man")
# The finite forms of the two auxiliaries of the Perfekt, by number (Duden grammar).
_AUX: Final = {("haben", False): "hat", ("haben", True): "haben", ("sein", False): "ist", ("sein", True): "sind"}


def _done_in_body(participle: str, auxiliary: str, nouns: Sequence[str], sentences: Sequence[str]) -> bool:
    """A body sentence tells the act as done: the Perfekt's auxiliary, the participle and a noun of the title."""
    forms = r"hat|haben|hatte|hatten" if auxiliary == "haben" else r"ist|sind|war|waren"
    for sentence in sentences:
        plain = sentence.replace("·", "")
        if not re.search(rf"\b(?:{forms})\b[^;]*?\b{re.escape(participle)}\b", plain):
            continue
        if re.search(r"\b(?:nicht|kein\w*|nie|noch|soll\w*|will|wollen|wird|werden)\b", plain):
            continue  # a denied, planned or hedged act is not done (omission over error)
        # A compound of the title may condense the body's words ("Park·gebühren·ordnung" over "Satzung
        # über Parkgebühren"): one word part of five letters or more the clause uses names the same thing.
        parts = {p for noun in nouns for p in (noun, *segment(noun).split(MEDIOPUNKT)) if len(p) >= 5}
        if any(re.search(re.escape(part), plain, re.IGNORECASE) for part in parts):
            return True
    return False


def perfect_title(title: str, sentences: Sequence[str]) -> str | None:
    """The title in the Perfekt where its finite full verb is a headline present of an act the body
    tells as done ("Der Stadtrat beschließt eine neue Ordnung" over "hat … eine neue Ordnung
    beschlossen"), else None.

    Headlines use the present for past news (Schlagzeilenpräsens); Leichte Sprache tells what happened
    in the Perfekt (easy-judging.md, item 4: wrong tense). The body must tell the act as done with the
    same participle and one of the title's nouns, so an announcement of what is to come keeps its present.
    """
    words = title.rstrip(".").split(" ")
    tagged = morph.tag(title.replace("·", "").rstrip(".") + ".")
    plain = [t for t in tagged if t.pos != "$."]
    if len(plain) != len(words) or not words or words[0] in _NO_AGENT:
        return None  # the tagger split a word differently: no safe rebuilding
    finite = next((i for i, t in enumerate(plain) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0 or plain[finite].pos != "VV(FIN)":
        return None
    if any(t.pos.startswith(("V", "KOUS", "$,")) for t in plain[finite + 1 :] if t.pos != "PTKVZ"):
        return None  # a second verb or clause: not one simple main clause
    particle = plain[-1].word if plain[-1].pos == "PTKVZ" else ""
    lemma = (plain[finite].lemma or "").lower()
    formed = morph.participle(particle + lemma if particle else lemma, particle)
    if formed is None:
        return None
    participle, auxiliary = formed
    # The nouns after the verb (its object) must recur in the body's clause, else the subject's:
    # "Die Stadt hat alle eingeladen" does not tell that "Die Stadt lädt zum Fest ein" is done.
    after = [t.word for t in plain[finite + 1 :] if t.pos in ("NN", "NE") and len(t.word) >= 4]
    nouns = after or [t.word for t in plain[:finite] if t.pos in ("NN", "NE") and len(t.word) >= 4]
    if not nouns or not _done_in_body(participle, auxiliary, nouns, sentences):
        return None
    plural = plain[finite].word.endswith("en")
    rest = words[finite + 1 : len(words) - 1 if particle else len(words)]
    return " ".join([*words[:finite], _AUX[(auxiliary, plural)], *rest, participle])
