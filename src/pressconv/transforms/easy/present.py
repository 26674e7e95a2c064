"""The third person singular present of a verb, for rewriting a passive with "man"."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["third_singular"]

# Strong verbs whose present changes the stem vowel in the 2nd and 3rd person singular (German
# grammar, Duden: "e → i/ie" and "a → ä", "au → äu", "o → ö" in the present of strong verbs), and the
# few irregular presents ("wissen → weiß"). A verb with such a change that is missing here is refused.
_VOWEL_CHANGE: Final = {
    "backen": "bäckt", "befehlen": "befiehlt", "bergen": "birgt", "blasen": "bläst", "braten": "brät",
    "brechen": "bricht", "empfehlen": "empfiehlt", "essen": "isst", "fahren": "fährt", "fallen": "fällt",
    "fangen": "fängt", "fechten": "ficht", "flechten": "flicht", "fressen": "frisst", "geben": "gibt",
    "gelten": "gilt", "geschehen": "geschieht", "graben": "gräbt", "halten": "hält", "helfen": "hilft",
    "laden": "lädt", "lassen": "lässt", "laufen": "läuft", "lesen": "liest", "messen": "misst",
    "nehmen": "nimmt", "raten": "rät", "saufen": "säuft", "schlafen": "schläft", "schlagen": "schlägt",
    "schmelzen": "schmilzt", "sehen": "sieht", "sprechen": "spricht", "stechen": "sticht",
    "stehlen": "stiehlt", "sterben": "stirbt", "stoßen": "stößt", "tragen": "trägt", "treffen": "trifft",
    "treten": "tritt", "verderben": "verdirbt", "wachsen": "wächst", "waschen": "wäscht",
    "werben": "wirbt", "werfen": "wirft", "wissen": "weiß", "tun": "tut",
}  # fmt: skip
# Strong and mixed verbs whose present keeps the infinitive's vowel: their present is regular
# ("schreiben → schreibt", "bringen → bringt"). A strong verb in neither table is refused.
_SAME_VOWEL: Final = frozenset(
    [
        "beißen",
        "beginnen",
        "bieten",
        "binden",
        "bitten",
        "bleiben",
        "bringen",
        "denken",
        "dringen",
        "finden",
        "fliegen",
        "fliehen",
        "fließen",
        "frieren",
        "genießen",
        "gewinnen",
        "gießen",
        "gleiten",
        "greifen",
        "hängen",
        "heben",
        "heißen",
        "kennen",
        "klingen",
        "kommen",
        "leiden",
        "leihen",
        "liegen",
        "lügen",
        "meiden",
        "nennen",
        "pfeifen",
        "preisen",
        "reißen",
        "reiten",
        "rennen",
        "riechen",
        "ringen",
        "rufen",
        "saugen",
        "schaffen",
        "scheiden",
        "scheinen",
        "schieben",
        "schießen",
        "schleichen",
        "schließen",
        "schneiden",
        "schreiben",
        "schreien",
        "schweigen",
        "schwimmen",
        "senden",
        "singen",
        "sinken",
        "sitzen",
        "spinnen",
        "sprießen",
        "springen",
        "stehen",
        "steigen",
        "streichen",
        "streiten",
        "treiben",
        "trinken",
        "verlieren",
        "weichen",
        "weisen",
        "wenden",
        "wiegen",
        "winden",
        "ziehen",
        "zwingen",
        "gehen",
    ]
)
_INSEPARABLE: Final = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "hinter", "über", "unter", "wider")


def _regular(base: str) -> str | None:
    """Stem + "-t", or "-et" after t/d and after a consonant + m/n (Duden grammar: e-Erweiterung)."""
    if not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", base):
        return None
    stem = base[:-2] if base.endswith("en") else base[:-1]
    return stem + ("et" if re.search(r"(?:[td]|(?:[^aeiouäöülrhmn]|ch)[mn])$", stem) else "t")


def third_singular(base: str) -> str | None:
    """ "vergeben" -> "vergibt", "setzen" -> "setzt", "schreiben" -> "schreibt"; None if unsure.

    ``base`` is the infinitive without its separable particle; an inseparable prefix ("ver-", "be-",
    "emp-") keeps its place before the changed root ("verlassen" -> "verlässt").
    """
    for prefix in ("", *_INSEPARABLE):
        root = base[len(prefix) :]
        if not base.startswith(prefix) or not root:
            continue
        if root in _VOWEL_CHANGE:
            return prefix + _VOWEL_CHANGE[root]
        if root in _SAME_VOWEL:
            return _regular(base)
    if morph.strong(base):
        return None  # a strong verb neither table knows: its vowel may change, refuse
    # A weak verb ending in a strong verb's letters ("beheben" is strong, "leben" is weak) was caught
    # above by morph.strong only when it is a known compound; the tables decide the rest.
    if any(base.endswith(root) for root in (*_VOWEL_CHANGE, *_SAME_VOWEL)):
        return None  # an unknown prefix before a strong root ("anerkennen"): refuse rather than guess
    return _regular(base)
