"""First person plural of the sender ("Wir laden … ein") said in the third person with the sender's name.

Press releases speak for their sender in the first person plural; Leichte-Sprache rule books ask
that a text say who acts, and a summary read on its own has no "wir" to point back to. Only the
subject "wir" of the sender's own sentences (never a quotation) is replaced, only where no other
first-person word stays ("uns", "unser"), and only where the verb's third-person form is sure:
auxiliaries, modals and the German strong verbs with a vowel change come from the grammar's table,
every other verb takes the regular ending. Whatever is not sure is left as it is for the verifier.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.ours import SenderForms, name_ours

__all__ = ["third_person"]

_FIRST_PERSON: Final = re.compile(r"\b(?:uns|unser\w*|ich|mich|mir|mein\w*)\b", re.IGNORECASE)
# Third person singular of the verbs whose stem changes (Duden grammar, the strong verbs with
# e→i/ie and a→ä, and the irregular auxiliaries and modals). A prefixed verb ends in one of them.
_SINGULAR: Final = {
    "haben": "hat", "sind": "ist", "werden": "wird", "können": "kann", "müssen": "muss", "dürfen": "darf",
    "wollen": "will", "sollen": "soll", "mögen": "mag", "möchten": "möchte", "wissen": "weiß", "tun": "tut",
    "geben": "gibt", "nehmen": "nimmt", "sehen": "sieht", "lesen": "liest", "sprechen": "spricht",
    "treffen": "trifft", "helfen": "hilft", "werfen": "wirft", "sterben": "stirbt", "essen": "isst",
    "messen": "misst", "vergessen": "vergisst", "treten": "tritt", "brechen": "bricht", "stehlen": "stiehlt",
    "empfehlen": "empfiehlt", "befehlen": "befiehlt", "gelten": "gilt", "werben": "wirbt", "fahren": "fährt",
    "fallen": "fällt", "fangen": "fängt", "halten": "hält", "lassen": "lässt", "laden": "lädt", "raten": "rät",
    "schlafen": "schläft", "schlagen": "schlägt", "tragen": "trägt", "wachsen": "wächst", "waschen": "wäscht",
    "laufen": "läuft", "stoßen": "stößt", "graben": "gräbt", "blasen": "bläst", "braten": "brät",
}  # fmt: skip
# Separable and inseparable verb prefixes (Duden grammar, Verbpartikeln und Präfixe).
_PREFIXES: Final = (
    "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "be", "er",
    "ent", "emp", "ge", "ver", "zer", "über", "unter", "wieder", "durch", "um", "hin", "her", "los", "fest", "frei",
)  # fmt: skip
_PAST: Final = {
    "hatten": "hatte", "waren": "war", "wurden": "wurde", "konnten": "konnte", "mussten": "musste",
    "durften": "durfte", "wollten": "wollte", "sollten": "sollte", "mochten": "mochte",
}  # fmt: skip


def _singular(verb: morph.Token) -> str | None:
    """The third person singular of a first person plural finite verb, or None if unsure."""
    word = verb.word
    lower = word.lower()
    if lower in _PAST:
        return _PAST[lower]
    for plural, singular in _SINGULAR.items():
        # One verb prefix before it ("einladen", "beraten"); "beantragen" is "be" + "antragen", a weak
        # verb from a noun, and takes the regular ending.
        if lower == plural or (plural != "sind" and any(lower == p + plural for p in _PREFIXES)):
            return word[: len(word) - len(plural)] + singular
    lemma = verb.lemma or ""
    if lower != lemma.lower():
        # A past form: only a weak verb's "-ten" is sure ("sammelten" -> "sammelte").
        stem = re.sub(r"(?:e?n)$", "", lemma.lower())
        if lower in (stem + "ten", stem + "eten"):
            return word[:-1]
        return _strong_past(word, lemma.lower())
    if lower.endswith(("eln", "ern")):
        return word[:-1] + "t"  # "sammeln" -> "sammelt"
    if not lower.endswith("en"):
        return None
    stem = word[:-2]
    # "-et" after a stem in t or d, or in a consonant + m/n ("arbeitet", "öffnet"): German conjugation.
    if re.search(r"(?:[td]|[^aeiouäöülrh][mn])$", stem):
        return stem + "et"
    return stem + "t"


def _strong_past(word: str, lemma: str) -> str | None:
    """ "erhielten" -> "erhielt", "schrien" -> "schrie": a strong verb's Präteritum singular.

    German conjugation: in the Präteritum of strong verbs the first and third person plural are the
    singular + "-en" ("-n" after "ie"); mixed verbs ("brachten", "sandten") keep their weak "-te".
    """
    lower = word.lower()
    if not lower.endswith("en") or not morph.is_preterite(lower, lemma) or not morph.strong(lemma):
        return None
    stem = re.sub(r"e?n$", "", lemma)
    if lower.endswith("dten") or (lower.endswith("ten") and not stem.endswith(("t", "d"))):
        return word[:-1]  # a mixed verb ("brachten" -> "brachte", "wandten" -> "wandte")
    return word[:-1] if lower.endswith("ien") else word[:-2]


def third_person(sentence: str, subject: str, *, plural: bool, forms: SenderForms | None = None) -> str:
    """ "Wir laden Sie ein." -> "Der Verein lädt Sie ein."; the sentence unchanged where unsure.

    With the sender's case ``forms``, "uns" and "unser" are named first (ours.py); the result keeps
    no first-person word, or the sentence comes back as it was.
    """
    if "„" in sentence or '"' in sentence:
        return sentence  # a quotation inside: its "wir" may be the quoted speaker's, not the sender's
    text = name_ours(sentence, forms) if forms is not None else sentence
    if _FIRST_PERSON.search(text):
        return sentence
    if not re.search(r"\b[Ww]ir\b", text):
        return text
    # "Übrigens: Wir suchen …", "Hinweis: Wir bitten …": a one-word label before the sender's
    # sentence (press convention) stays, and the sentence after its colon is named like any other.
    label = re.match(r"^[A-ZÄÖÜ][a-zäöüß]+: (?=Wir\b)", text)
    if label is not None:
        named = _subject(text[label.end() :], subject, plural=plural)
        return label.group(0) + named if named else sentence
    return _subject(text, subject, plural=plural) or sentence


def _subject(sentence: str, subject: str, *, plural: bool) -> str | None:
    """The subject "wir" replaced by the sender with the verb in agreement; None where unsure."""
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    positions = [i for i, w in enumerate(words) if w.lower() == "wir"]
    if len(positions) != 1:
        return None
    at = positions[0]
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if not finite:
        return None
    verb = finite[0]
    # "Wir laden …" (subject first) or "Gern laden wir …" (subject right after the verb).
    if at not in (0, verb + 1) or (at == 0 and verb != 1):
        return None
    form = tagged[verb].word if plural else _singular(tagged[verb])
    if form is None:
        return None
    if at == 0:
        out = [subject[:1].upper() + subject[1:], form, *words[2:]]
    else:
        named = (
            subject
            if subject[:1].isupper() and subject.split()[0].lower() not in ("der", "die", "das")
            else (subject[:1].lower() + subject[1:])
        )
        out = [*words[:verb], form, named, *words[at + 1 :]]
        if verb == 0:
            return None
    text = re.sub(r"\s+([,.!?:;])", r"\1", " ".join(out))
    return re.sub(r"(\d) (?=-\w)", r"\1", text)
