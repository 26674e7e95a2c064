"""An appeal for help "bei der Suche nach X" said verbally: who searches whom, then what the sender asks.

Police, fire brigades, animal shelters and rescue services open a search appeal in nominal style:
"Die Polizei bittet die Bevölkerung um Mithilfe bei der Suche nach der 15-jährigen Anna B. aus Adorf."
A cut of its attributes leaves a hollow "um Mithilfe bei der Suche" without whom (leadcore refuses
that cut). The verbal style (Leichte Sprache: verbs, not nouns) says the same in two sentences:
"Die Polizei sucht die 15-jährige Anna B. aus Adorf." and "Die Polizei bittet die Bevölkerung um
Mithilfe." The searcher is the sender that asks (its own search: "bei der Suche" with a definite
article names the search under way). The object moves from the dative of "nach" to the accusative of
"suchen"; only where its case is read off safely (Duden grammar, Deklination): a feminine singular
("der"/"einer" -> "die"/"eine", the weak or mixed adjective "-en" -> "-e") or a named person after
"dem" (a name is never neuter: "den", the adjective keeps "-en"). Anything else is refused.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["search_appeal"]

_APPEAL: Final = re.compile(
    r"^(?P<subject>(?:Der|Die|Das) [A-ZÄÖÜ][^,;:]*?) bittet (?:(?P<whom>[^,;:]+?) )?um "
    r"(?P<help>Mithilfe|Hilfe|Hinweise|Unterstützung) bei der Suche nach "
    r"(?P<object>(?:der|einer|dem) [^,;:]+?)\.$"
)
# Words that limit or hedge a claim: with one, the two sentences could say more than the source.
_LIMITING: Final = re.compile(r"(?i)\b(?:nicht|nur|kein\w*|alle\w*|soll|sollen|vermutlich|möglicherweise)\b")


def _accusative(phrase: str) -> str | None:
    """The dative noun phrase after "nach" in the accusative, or None where its gender is not plain."""
    words = phrase.split()
    article, rest = words[0], words[1:]
    head = next((k for k, w in enumerate(rest) if w[:1].isupper()), None)
    if head is None:
        return None
    adjectives, nouns = rest[:head], rest[head:]
    if any(not (w[:1].isdigit() or w[:1].islower()) for w in adjectives):
        return None
    if article in ("der", "einer"):
        # A feminine singular (a plural dative would be "den"): article and adjective in the nominative form.
        said = ["die" if article == "der" else "eine"]
        for adjective in adjectives:
            if not adjective.endswith("en"):
                return None
            said.append(adjective[:-1])
        return " ".join([*said, *nouns])
    # "dem": masculine or neuter; only a person's name (no common noun) tells the masculine for sure.
    names = nouns[: next((k for k, w in enumerate(nouns) if w in ("aus", "von", "vom", "in", "im")), len(nouns))]
    tagged = [t for t in morph.tag(" ".join(names) + " ist da.") if t.word not in ("ist", "da", ".")]
    if len(names) < 2 or not all(t.pos == "NE" or re.fullmatch(r"[A-ZÄÖÜ]\.?", t.word) for t in tagged):
        return None  # "dem Kind Lea", "dem Mädchen Anna": a neuter noun takes "das", which the article hides
    return " ".join(["den", *adjectives, *nouns])


def search_appeal(text: str) -> tuple[str, ...] | None:
    """A search appeal as two sentences ("X sucht Y.", "X bittet Z um Mithilfe."), or None when it is none."""
    found = _APPEAL.match(text.strip())
    if found is None or _LIMITING.search(text):
        return None
    searched = _accusative(found["object"])
    if searched is None:
        return None
    subject = found["subject"]
    whom = f" {found['whom']}" if found["whom"] else ""
    return f"{subject} sucht {searched}.", f"{subject} bittet{whom} um {found['help']}."
