"""A report's past success in the Perfekt: "Die Polizei konnte den Mann festnehmen." -> "… hat … festgenommen."

Press reports tell a past success with the modal Präteritum ("konnte … löschen", "konnten … retten"):
the act happened (Duden grammar: "können" of a realised possibility in narration). Leichte Sprache
tells the past in the Perfekt (Netzwerk Leichte Sprache: "Schreiben Sie in der Vergangenheit mit
hat/ist"), and the Perfekt of the full verb says the same plainly ("Die Feuerwehr hat den Brand
gelöscht."). Only verbs of an outcome (``_OUTCOMES``) and only the plain shape: one finite
"konnte(n)", one infinitive closing the sentence, no comma or colon, no "nicht"/"kein" (an act
that did not happen may still have been possible later); the participle and its auxiliary from the
verb's own forms (morph.participle), else unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["achieved"]

_PAST_MODAL: Final = {"konnte": ("hat", "ist"), "konnten": ("haben", "sind")}
# Verbs of an outcome that a report tells only once it happened (telic verbs of rescue, arrest,
# clearing up and escape): "konnte … festnehmen" reports the arrest. With other verbs "konnte" may
# tell a chance ("Die Gäste konnten Tipps bekommen"), which the Perfekt would turn into a fact.
_OUTCOMES: Final = frozenset(
    [
        "festnehmen", "fassen", "stellen", "ergreifen", "ermitteln", "identifizieren", "finden", "auffinden",
        "löschen", "ablöschen", "eindämmen", "retten", "bergen", "befreien", "evakuieren", "reanimieren",
        "versorgen", "sichern", "sicherstellen", "beschlagnahmen", "aufheben", "beenden", "abschließen",
        "aufklären", "verhindern", "stoppen", "beseitigen", "entschärfen", "räumen", "öffnen", "freigeben",
        "entkommen", "flüchten", "fliehen", "verlassen",
    ]
)  # fmt: skip
_NOT: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemals|kaum)\b", re.IGNORECASE)


def achieved(sentence: str) -> str:
    """The sentence with "konnte(n) … Infinitiv" as the Perfekt of the verb, or unchanged."""
    if _NOT.search(sentence):
        return sentence
    tagged = morph.tag(sentence)
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or len(body) < 4 or any(t.word in (",", ":", ";", "–") for t in body):
        return sentence
    modal = body[finite[0]]
    auxiliaries = _PAST_MODAL.get(modal.word.lower())
    infinitive = body[-1]
    if auxiliaries is None or infinitive.pos != "VV(INF)" or any(t.pos.endswith("(INF)") for t in body[:-1]):
        return sentence
    if infinitive.word.lower() not in _OUTCOMES:
        return sentence
    particle = morph.separable_particle(infinitive.word)
    if particle is None:
        return sentence
    built = morph.participle(infinitive.word, particle)
    if built is None:
        return sentence
    participle, auxiliary = built
    verb = auxiliaries[0] if auxiliary == "haben" else auxiliaries[1]
    words = [t.word for t in body]
    words[finite[0]] = verb
    words[-1] = participle
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;])", r"\1", text)
    return text + (tagged[-1].word if tagged[-1].pos == "$." else ".")
