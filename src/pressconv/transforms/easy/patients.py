"""Whether a passive's noun phrase can become the object of an active sentence with "man"."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["DATIVE_VERBS", "patient_ok"]

# Verbs whose only object is a dative (Duden grammar, "Verben mit Dativobjekt"): their passive has no
# subject ("Der Frau wurde geholfen"), so a "der" before the noun is a feminine dative, not a subject;
# in a headline their object takes "einem/einer" ("tritt Bündnis bei", titles.py).
DATIVE_VERBS: Final = frozenset(
    [
        "abhelfen", "absagen", "antworten", "applaudieren", "assistieren", "ausweichen", "begegnen", "beistehen",
        "beitreten", "danken", "dienen", "drohen", "entkommen", "fehlen", "folgen", "gefallen", "gehören",
        "glauben", "gratulieren", "helfen", "kündigen", "nachfolgen", "nachgehen", "nutzen", "nützen", "schaden",
        "unterliegen", "vertrauen", "widersprechen", "zuhören", "zusagen", "zusehen", "zustimmen", "zuvorkommen",
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

    # "gedenken" takes a genitive object: its passive has no subject either ("Der Toten wurde gedacht").
    if participle.lemma in DATIVE_VERBS or participle.lemma == "gedenken" or _HARM.search(participle.lemma):
        return False
    return not (phrase and phrase[0].word.lower() == "der" and feminine_singular(phrase[-1].word))
