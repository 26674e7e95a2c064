"""A Perfekt built with "haben" for a verb that takes "sein" ("hat … gescheitert"), found and refused.

German forms the Perfekt of intransitive verbs of motion, of an event and of a change of state with
"sein" ("Die Tat ist gescheitert", "Die Alarmierung ist erfolgt"; Duden grammar, Perfekt mit "sein").
A rewrite that turned "scheiterte" into "hat … gescheitert" wrote a broken sentence (rubric item 3);
the verifier leaves it out rather than guess the clause (omission over error).
"""

from __future__ import annotations

from typing import Final

from . import morph

_HABEN: Final = frozenset(["hat", "haben", "habe", "hast", "habt"])


def wrong_auxiliary(sentence: str) -> str | None:
    """ "hat … gescheitert" when the participle's verb takes "sein" only, else None.

    The participle belongs to the finite auxiliary nearest before it ("Er hat geklingelt und ist
    gegangen": "gegangen" goes with "ist"); a comma or a subordinator opens a clause whose auxiliary
    comes after its participle ("…, dass er gekommen ist"), so nothing before it counts there.
    """
    auxiliary: str | None = None
    for token in morph.tag(sentence):
        if token.pos in ("$,", "KOUS", "PRELS", "PWAV"):
            auxiliary = None
        elif token.pos.startswith("VA(FIN)") or (token.pos.endswith("(FIN)") and token.lemma in ("haben", "sein")):
            auxiliary = token.word.lower()
        elif token.pos == "VV(PP)" and auxiliary in _HABEN and morph.takes_sein(token.lemma):
            return f"{auxiliary} … {token.word}"
    return None
