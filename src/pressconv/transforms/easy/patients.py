"""Whether a passive's noun phrase can become the object of an active sentence with "man"."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["patient_ok"]

# Verbs whose only object is a dative (Duden grammar, "Verben mit Dativobjekt"): their passive has no
# subject ("Der Frau wurde geholfen"), so a "der" before the noun is a feminine dative, not a subject.
_DATIVE_VERBS: Final = frozenset(
    [
        "helfen", "danken", "gratulieren", "folgen", "antworten", "begegnen", "vertrauen", "widersprechen",
        "zustimmen", "gehören", "schaden", "nützen", "glauben", "kündigen", "drohen", "gedenken", "zuhören",
        "zusehen", "applaudieren", "assistieren", "beistehen", "nachgehen", "ausweichen", "absagen", "zusagen",
    ]
)  # fmt: skip


# Verbs of harm and damage: their agentless passive reports what happened to someone ("Ein Radfahrer
# wurde verletzt" in an accident), and "man hat … verletzt" would claim that someone did it, a wrong
# statement (easy-judging.md, item 2). Matched on the lemma's stem so prefixed forms count too.
_HARM: Final = re.compile(
    r"(?:letzen|schädigen|stören|töten|wunden|erfassen|treffen|verursachen|zerstören|beschädigen|brennen|"
    r"schlagen|stoßen|quetschen|klemmen|überrollen|überfahren|rauben|stehlen|bedrohen|angreifen|infizieren)$"
)


def patient_ok(phrase: tuple[morph.Token, ...], participle: morph.Token) -> bool:
    """The noun phrase can be the old nominative subject: not a feminine dative "der …".

    "der" is masculine nominative or feminine dative; with a dative verb, or a noun the lexicon or a
    feminine suffix shows to be feminine, it is the dative and the passive has no subject to move.
    """
    from pressconv.transforms.easy.lexicon import feminine_singular

    if participle.lemma in _DATIVE_VERBS or _HARM.search(participle.lemma):
        return False
    return not (phrase and phrase[0].word.lower() == "der" and feminine_singular(phrase[-1].word))
