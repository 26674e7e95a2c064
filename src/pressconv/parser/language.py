"""Guess the language of a release from its function words and letters (WCAG 3.1.1 needs a lang tag)."""

from __future__ import annotations

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.limits import SCAN_LIMIT

__all__ = ["detect_language", "guess_language"]

_WORD = lazy_compile(r"[^\W\d_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The 40-odd most frequent function words of each language (articles, pronouns, prepositions,
# conjunctions, auxiliaries) as listed in the usual stop-word lists (Snowball/NLTK). Function words
# make up about a third of any running text whatever its subject, so a few hundred words decide.
# Words shared by two languages ("in", "a", "de", "en", "die", "er") count for both and decide
# nothing; the letters below and the other words do.
_STOP: dict[str, frozenset[str]] = {
    "de": _words(
        "der die das und ist im in den von zu mit für auf des dem nicht ein eine einer einen sich "
        "auch als wird werden bei nach sind wir ich sie er es hat haben zum zur über uns aus noch "
        "wurde am oder dass wie bis vom durch"
    ),
    "en": _words(
        "the and of to in is for with on that this are was by as from be at an it its will has have "
        "our we their which or who not been more said would were they"
    ),
    "fr": _words(
        "le la les des du de un une et est dans pour sur avec par au aux qui que ne pas plus sont ce "
        "cette ses leur nous vous il elle ont été à être mais ou comme lors entre"
    ),
    "es": _words(
        "el la los las del de un una y es en por con para que se no al lo como más su sus ha han fue "
        "son está este esta entre sobre pero también desde hasta"
    ),
    "it": _words(
        "il lo la gli le dei delle del della di un una e è in per con che non al alla sono ha hanno "
        "questo questa nel nella come anche più ma tra fra dal dalla stato essere"
    ),
    "nl": _words(
        "de het een en van is in op te dat die voor met zijn niet aan er ook als bij door wordt "
        "worden naar om tot uit over hun we wij deze dit heeft hebben werd maar"
    ),
    "pl": _words(
        "i w na z do nie się że jest to o od po przez dla jak oraz jego jej ich ale czy tak być są "
        "który która które także tym ten ta przy"
    ),
    "tr": _words(
        "ve bir bu da de ile için olarak olan daha çok en gibi ama ancak şu her kadar sonra önce ise "
        "değil var yok olduğu tarafından ayrıca veya hem biz siz onlar"
    ),
    "pt": _words(
        "o a os as do da dos das de um uma e é em no na nos nas por para com que não se ao pela pelo "
        "como mais foi são está seu sua também entre sobre mas"
    ),
    "da": _words(
        "og i at det en et den til er på de med for af som ikke har vi der var fra kan være blev om "
        "eller jeg han hun skal også efter ved sig"
    ),
    "sv": _words(
        "och i att det en ett den till är på de med för av som inte har vi var från kan vara blev om "
        "eller jag han hon ska också efter vid sig"
    ),
}

# Letters that only some of these languages use; each occurrence is a little evidence.
_LETTERS: dict[str, str] = {
    "de": "äöüß",
    "fr": "àâçèéêëîïôùûœ",
    "es": "ñáíóú¿¡",
    "it": "àèéìòù",
    "pl": "ąćęłńśźż",
    "tr": "çğışöü",
    "pt": "ãõâêôçáéíóú",
    "da": "æøå",
    "sv": "åäö",
    "nl": "ĳ",
}

# BCP 47 tags with the region where most releases in that language come from.
_TAGS: dict[str, str] = {
    "de": "de-DE",
    "en": "en-US",
    "fr": "fr-FR",
    "es": "es-ES",
    "it": "it-IT",
    "nl": "nl-NL",
    "pl": "pl-PL",
    "tr": "tr-TR",
    "pt": "pt",
    "da": "da-DK",
    "sv": "sv-SE",
}

_MIN_HITS = 5  # below this many function words a text is too short to tell
_MARGIN = 1.3  # the winner needs this many times the runner-up's score to be certain


def _scores(text: str) -> dict[str, float]:
    sample = text[:SCAN_LIMIT].lower()
    scores = dict.fromkeys(_STOP, 0.0)
    for word in _WORD.findall(sample):
        for language, words in _STOP.items():
            if word in words:
                scores[language] += 1
    for language, letters in _LETTERS.items():
        # Letters weigh less than words: names and loan words carry foreign letters too.
        scores[language] += 0.25 * sum(sample.count(letter) for letter in letters)
    return scores


def guess_language(text: str, default: str = "de-DE") -> tuple[str, bool]:
    """Return a BCP 47 tag for ``text`` and whether the guess is certain.

    Uncertain: too few function words to tell, or two languages almost tied (then the better one is
    returned, or ``default`` when there is no evidence at all).
    """
    scores = _scores(text)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        return default, False
    certain = top >= _MIN_HITS and top >= _MARGIN * second
    return _TAGS[best], certain


def detect_language(text: str, default: str = "de-DE") -> str:
    """Return a BCP 47 tag (``de-DE``, ``en-US``, ``fr-FR`` …) for ``text``; ``default`` without evidence."""
    return guess_language(text, default)[0]
