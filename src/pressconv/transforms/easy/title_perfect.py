"""A headline's present of an act the body tells as done, said in the Perfekt ("Der Rat hat … beschlossen")."""

from __future__ import annotations

import itertools
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


# Words before a noun that make it no subject: an oblique article or a preposition ("hat den Verein
# eingeladen", "hat mit der Stadt beschlossen"). The agent of a done act is the clause's subject.
_OBLIQUE: Final = frozenset(
    {"den", "dem", "des", "einen", "einem", "eines", "mit", "von", "vom", "für", "an", "am", "bei", "beim", "zu", "zum",
     "zur", "gegen", "über", "durch", "ohne", "um", "nach", "aus"}
)  # fmt: skip


def _word_parts(nouns: Sequence[str]) -> set[str]:
    """The nouns and their word parts of five letters or more (a compound may condense the body's words)."""
    return {p for noun in nouns for p in (noun, *segment(noun).split(MEDIOPUNKT)) if len(p) >= 5}


def _as_subject(parts: set[str], sentence: str) -> bool:
    """One of the agent's word parts stands in the sentence, and no oblique article or preposition
    governs it: the lowercase words right before the noun (its article and adjectives) are read back."""
    words = re.findall(r"[\w·.-]+", sentence)
    for at, word in enumerate(words):
        if not any(part.lower() in word.lower() for part in parts):
            continue
        before = list(itertools.takewhile(lambda w: w[:1].islower(), reversed(words[max(0, at - 3) : at])))
        if not any(w.lower() in _OBLIQUE for w in before):
            return True
    return False


def _done_in_body(
    participle: str, auxiliary: str, nouns: Sequence[str], agents: Sequence[str], sentences: Sequence[str]
) -> bool:
    """A body sentence tells the act as done: the Perfekt's auxiliary, the participle, a noun of the
    title's object and, where the title names an agent, the agent as the clause's subject."""
    forms = r"hat|haben|hatte|hatten" if auxiliary == "haben" else r"ist|sind|war|waren"
    for sentence in sentences:
        plain = sentence.replace("·", "")
        if not re.search(rf"\b(?:{forms})\b[^;]*?\b{re.escape(participle)}\b", plain):
            continue
        if re.search(r"\b(?:nicht|kein\w*|nie|noch|soll\w*|will|wollen|wird|werden)\b", plain):
            continue  # a denied, planned or hedged act is not done (omission over error)
        # A compound of the title may condense the body's words ("Park·gebühren·ordnung" over "Satzung
        # über Parkgebühren"): one word part of five letters or more the clause uses names the same thing.
        if not any(re.search(re.escape(part), plain, re.IGNORECASE) for part in _word_parts(nouns)):
            continue
        # The doer too: "Der Verein hat die Kita eröffnet" does not tell that the town opened it
        # (a wrong agent is a wrong fact, easy-judging.md item 2).
        if agents and not _as_subject(_word_parts(agents), plain):
            continue
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
    agents = [t.word for t in plain[:finite] if t.pos in ("NN", "NE") and len(t.word) >= 4]
    if not agents:
        return None  # a pronoun or a short word as subject: no doer the body can confirm
    nouns = after or agents
    if not _done_in_body(participle, auxiliary, nouns, agents, sentences):
        return None
    plural = plain[finite].word.endswith("en")
    rest = words[finite + 1 : len(words) - 1 if particle else len(words)]
    return " ".join([*words[:finite], _AUX[(auxiliary, plural)], *rest, participle])
