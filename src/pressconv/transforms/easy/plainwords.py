"""Plain words for the formal ones of official German: "bereits" → "schon", "beträgt" → "ist".

Netzwerk Leichte Sprache, "Wörter": use simple words, the ones readers know from everyday speech
("Schlecht: genehmigen. Gut: erlauben."). Press releases of public bodies write the formal register
("Eine Anmeldung ist nicht erforderlich.", "Die Gebühr beträgt 5 Euro.", "Sie erhalten eine
Bestätigung."). A summary that keeps those words is the sender's sentence again, not a translation.

Only exchanges that say the same in every context are made: the adverbs and particles below, and the
verbs whose plain form takes the same objects ("erhalten"/"bekommen", "benötigen"/"brauchen",
"betragen"/"sein", "sich befinden"/"sein"). Where a word has a second sense ("erhalten" as to keep:
"bleibt erhalten", "wird erhalten", "zu erhalten", "ist gut erhalten", "hat sich erhalten", "will das
Gebäude erhalten") or a form whose plain counterpart needs another auxiliary ("hat … betragen") or
another word order ("Jedoch ist …": the adverb fills the Vorfeld, the conjunction "aber" does not), or a
second part of speech ("ausschließlich der Anfahrt": the preposition "excluding"), the word stays as
the source wrote it.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["plain_words", "without_door_idiom"]

# Uninflected formal words and their everyday equivalents (Duden, Stilebene "gehoben/Amtssprache").
# Each has one sense in a press release; "zunächst" ("at first" or "for now") and "derzeit" have two.
_PARTICLES: Final = {
    "bereits": "schon",
    "jedoch": "aber",
    "lediglich": "nur",
    "ausschließlich": "nur",
    "umgehend": "sofort",
    "unverzüglich": "sofort",
    "ebenfalls": "auch",
    "insbesondere": "vor allem",
    # Duden: "möglicherweise" is "vielleicht" in the formal register, in every position.
    "möglicherweise": "vielleicht",
}
# Adjectives whose endings carry over to the plain stem ("erforderlichen" → "nötigen").
_ADJECTIVE_STEMS: Final = {
    "erforderlich": "nötig",
    # "voraussichtlich" (15 letters, no word parts: derived from "Voraussicht") is the formal hedge of
    # plans and forecasts; "vermutlich" keeps it a hedge in a word the reader knows.
    "voraussichtlich": "vermutlich",
    "zahlreich": "viel",
    "sämtlich": "all",
    # "unterschiedliche Angebote", "unterschiedlich groß": "verschieden" says the same (Duden synonym).
    "unterschiedlich": "verschieden",
    # "ein entsprechender Bescheid", "die entsprechenden Formulare": the attributive adjective is
    # "passend" (Duden synonym); the preposition "entsprechend der Regel" is no adjective form here.
    "entsprechend": "passend",
}
# Only the endings under which both stems decline alike: "zahlreiches Publikum" is "viel Publikum",
# not "vieles", so the strong neuter singular stays as written.
_ADJECTIVE_ENDINGS: Final = {
    "erforderlich": ("", "e", "en", "er", "es", "em"),
    "voraussichtlich": ("", "e", "en", "er", "es", "em"),
    "zahlreich": ("e", "en"),
    "sämtlich": ("e", "en"),
    # The strong neuter "verschiedenes" also reads as "miscellaneous": that form stays as written.
    "unterschiedlich": ("", "e", "en", "er", "em"),
    "entsprechend": ("e", "en", "er", "es", "em"),
}
# Finite and non-finite forms of the formal verbs whose plain verb takes the same complements.
_VERB_FORMS: Final = {
    ("erhalten", "VV(FIN)"): {"erhält": "bekommt", "erhalten": "bekommen", "erhaltet": "bekommt"},
    ("erhalten", "VV(INF)"): {"erhalten": "bekommen"},
    ("erhalten", "VV(PP)"): {"erhalten": "bekommen"},
    ("benötigen", "VV(FIN)"): {"benötigt": "braucht", "benötigen": "brauchen"},
    ("benötigen", "VV(INF)"): {"benötigen": "brauchen"},
    ("benötigen", "VV(PP)"): {"benötigt": "gebraucht"},
    ("betragen", "VV(FIN)"): {"beträgt": "ist", "betragen": "sind"},
    ("betragen", "VV(INF)"): {"betragen": "sein"},
    # "begutachten" (an expert looks at something closely) is "prüfen" with the same accusative
    # object, in every sense press releases use (a damage, a tree, a building, an application).
    ("begutachten", "VV(FIN)"): {"begutachtet": "prüft", "begutachten": "prüfen"},
    ("begutachten", "VV(INF)"): {"begutachten": "prüfen"},
    ("begutachten", "VV(PP)"): {"begutachtet": "geprüft"},
    # "verzehren" is the formal "essen" of recalls and food notices, with the same accusative object
    # ("das Produkt nicht verzehren"); the everyday verb is the one Leichte Sprache asks for.
    ("verzehren", "VV(FIN)"): {"verzehrt": "isst", "verzehren": "essen"},
    ("verzehren", "VV(INF)"): {"verzehren": "essen"},
    ("verzehren", "VV(PP)"): {"verzehrt": "gegessen"},
    # "versterben" is the formal "sterben" (Duden: gehoben) of police reports and obituaries, with the
    # same subject and the same auxiliary ("ist verstorben" / "ist gestorben"). The adjective "der
    # verstorbene Gründer" is no verb form here and stays.
    ("versterben", "VV(FIN)"): {"verstirbt": "stirbt", "verstarb": "starb", "verstarben": "starben"},
    ("versterben", "VV(PP)"): {"verstorben": "gestorben"},
}
# "erhalten" as to keep or preserve: with "bleiben", in the passive, or as "zu erhalten".
_KEEPING: Final = re.compile(r"(?:bleib\w*|blieb\w*|geblieben|wird|werden|wurde\w*|worden)", re.IGNORECASE)


# Words of approximation that stand before an amount ("durchschnittlich rund 70 Besucher").
_APPROXIMATE: Final = frozenset({"rund", "etwa", "circa", "ca.", "knapp", "fast", "über", "unter", "mehr", "weniger"})


def _cased(word: str, like: str) -> str:
    """The word with the first letter's case of ``like``."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _adjective(word: str) -> str | None:
    """The plain word for a hard adjective, with its ending and case kept, or None."""
    lower = word.lower()
    for stem, plain in _ADJECTIVE_STEMS.items():
        if lower.startswith(stem) and lower[len(stem) :] in _ADJECTIVE_ENDINGS[stem]:
            return _cased(plain + lower[len(stem) :], word)
    return None


def _finite_follows(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """Whether the word after ``index`` is a finite verb (the adverb stands in the Vorfeld)."""
    return index + 1 < len(tagged) and tagged[index + 1].pos.endswith("(FIN)")


def _excluding(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """Whether "ausschließlich" at ``index`` is the preposition "excluding" (with the genitive, Duden).

    Before "des"/"eines" it is; after a noun or a number ("300 Euro ausschließlich der Anfahrt",
    "ausschließlich Versand") before an article or a bare noun it may be. As the focus particle "nur"
    it stands before what it restricts ("ausschließlich für Vereine", "ausschließlich am Wochenende").
    """
    after = tagged[index + 1] if index + 1 < len(tagged) else None
    if after is None:
        return False
    if after.word.lower() in ("des", "eines"):
        return True
    before = tagged[index - 1] if index > 0 else None
    after_noun = before is not None and before.pos in ("NN", "NE", "CARD", "PRF")  # "verstehen sich ausschließlich Versand"
    # Only a genitive form may follow the preposition: "der"/"einer" or a bare noun, never "den"/"die"/"das".
    return after_noun and (after.pos == "NN" or after.word.lower() in ("der", "einer"))


def _keeps(tagged: tuple[morph.Token, ...], index: int) -> bool:
    """Whether "erhalten" at ``index`` may mean to keep or preserve, so that "bekommen" could be wrong.

    Read in its own clause (between commas): "bleiben", the passive, "zu erhalten", the reflexive ("hat
    sich seinen Charme erhalten"), the participle without "haben" (the state passive "ist gut
    erhalten"), and the infinitive after a modal verb ("will das Rathaus erhalten") unless what is
    received is indefinite or an amount ("kann einen Zuschuss erhalten", "können bis zu 80 Prozent
    erhalten"): both senses are common there and a definite object does not decide between them.
    """
    first = max((i + 1 for i in range(index) if tagged[i].word in (",", ";", ":")), default=0)
    last = next((i for i in range(index + 1, len(tagged)) if tagged[i].word in (",", ";", ":")), len(tagged))
    clause = tagged[first:last]
    if any(_KEEPING.fullmatch(t.word) or t.word.lower() == "sich" for t in clause):
        return True
    if index > 0 and tagged[index - 1].word.lower() == "zu":
        return True
    token = tagged[index]
    if any(t.pos.startswith("VM") for t in clause):
        # The infinitive after a modal verb (the tagger often reads it as a participle).
        return not any(t.word.lower() in _RECEIVED for t in tagged[first:index])
    if token.pos == "VV(INF)":
        return False  # a finite plural or a question's participle the tagger read as an infinitive
    return token.pos == "VV(PP)" and not any(t.lemma == "haben" for t in clause)


# What is received, by its determiner or unit: an indefinite thing or an amount.
_RECEIVED: Final = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "kein", "keine", "keinen", "euro", "prozent", "geld"}
)


# Verbs that state the value of a measure (Duden: "liegen bei", "betragen", "steigen auf").
_MEASURE_VERBS: Final = frozenset({"liegen", "betragen", "steigen", "sinken", "fallen", "wachsen", "sein"})


# "öffnet am 26. November seine Pforten", "schließt ihre Tore": the set phrase says the house opens or
# closes (Duden: "seine Pforten öffnen/schließen", idiom); the verb alone says it without the image,
# which Leichte Sprache avoids (Netzwerk Leichte Sprache: no metaphors).
_DOOR_IDIOM: Final = re.compile(
    r"\b(?P<verb>öffnet|öffnen|schließt|schließen)\b(?P<middle>[^,;:!?]{0,60}?)\s+(?:seine|ihre|die)\s+"
    # The set phrase ends there: a genitive, a "zum/für" phrase or a particle after it ("öffnet die Tore des
    # Gerätehauses", "schließt die Tore ab") names real gates.
    r"(?:Pforten|Tore)\b(?=\s*(?:[.!?]|$|\s(?:am|ab|wieder|zum\s+\d|in\s+diesem|für\s+(?:Besucher|Gäste|alle)\b[.!?])))"
)


def without_door_idiom(text: str) -> str:
    """ "X öffnet am Montag seine Pforten" -> "X öffnet am Montag" (or the text unchanged)."""
    return _DOOR_IDIOM.sub(lambda m: f"{m['verb']}{m['middle']}", text)


def plain_words(sentence: str) -> str:
    """The sentence with the formal words of the module's tables in their plain form, else unchanged."""
    if not sentence:
        return sentence
    sentence = without_door_idiom(sentence)
    tagged = morph.tag(sentence)
    if not tagged:
        return sentence  # no morphology: change nothing rather than guess a form
    replacements: dict[int, str] = {}
    for index, token in enumerate(tagged):
        lower = token.word.lower()
        if lower in _PARTICLES and token.pos in ("ADV", "ADJ(D)", "KON", "PTKANT"):
            if lower == "jedoch" and _finite_follows(tagged, index):
                continue  # "Jedoch ist …" / ", jedoch ist …": "aber" before the finite verb breaks V2
            if lower == "ausschließlich" and _excluding(tagged, index):
                continue  # "300 Euro ausschließlich der Anfahrt": the preposition "excluding", not "nur"
            replacements[index] = _cased(_PARTICLES[lower], token.word)
            continue
        adjective = _adjective(token.word) if token.pos in ("ADJ(A)", "ADJ(D)", "PIAT", "PIDAT") else None
        if adjective is not None:
            replacements[index] = adjective
            continue
        forms = _VERB_FORMS.get(((token.lemma or "").lower(), token.pos))
        if forms is None or lower not in forms:
            continue
        if token.lemma.lower() == "erhalten" and _keeps(tagged, index):
            continue
        if token.lemma.lower() == "betragen" and any(t.lemma == "haben" for t in tagged):
            continue  # "hat … betragen" would need "ist … gewesen"
        replacements[index] = _cased(forms[lower], token.word)
    # "befindet sich" / "befinden sich" → "ist" / "sind": the reflexive goes with the verb.
    for index, token in enumerate(tagged[:-1]):
        if token.lemma == "befinden" and token.pos == "VV(FIN)" and tagged[index + 1].word == "sich":
            plain = {"befindet": "ist", "befinden": "sind"}.get(token.word.lower())
            if plain is not None:
                replacements[index] = _cased(plain, token.word)
                replacements[index + 1] = ""
    # "durchschnittlich 380 Euro": the adverb before an amount is "im Durchschnitt" (Netzwerk Leichte
    # Sprache: say what a word means); as a predicate ("war durchschnittlich", mediocre) it stays.
    for index, token in enumerate(tagged[:-1]):
        if token.word.lower() == "durchschnittlich" and token.pos in ("ADJ(D)", "ADV"):
            after = tagged[index + 1]
            if after.pos == "CARD" or after.word.lower() in _APPROXIMATE:
                replacements[index] = _cased("im Durchschnitt", token.word)
    # "Die durchschnittliche Miete steigt auf 8,74 Euro": the attribute of the subject says the same
    # as "im Durchschnitt" after the finite verb ("Die Miete steigt im Durchschnitt auf …"); the
    # 17-letter adjective cannot be split at word parts (Netzwerk Leichte Sprache: short words).
    if (
        len(tagged) > 3
        and tagged[0].pos == "ART"
        and tagged[1].pos == "ADJ(A)"
        and tagged[1].word.lower().startswith("durchschnittlich")
        and 1 not in replacements
    ):
        verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
        # Only with a verb that gives a measure's value ("liegt bei", "steigt auf", "beträgt"): "Die
        # durchschnittliche Familie zahlt …" is a typical family, not one family on average (review).
        measure = verb is not None and (tagged[verb].lemma or "") in _MEASURE_VERBS
        if measure and verb is not None and verb > 2 and all(t.pos in ("ADJ(A)", "NN", "NE") for t in tagged[2:verb]):
            replacements[1] = ""
            replacements[verb] = replacements.get(verb, tagged[verb].word) + " im Durchschnitt"
    if not replacements:
        return sentence
    return _rebuild(sentence, [t.word for t in tagged], replacements)


def _spans(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """The span of each tagged word in ``text``; the tagger reads "Förder·bescheide" without its Mediopunkt.

    The rewrite has split compounds before the plain words are chosen (compounds.segment), so a
    token is found with a Mediopunkt allowed between any two of its letters; None where the words
    do not line up (then the sentence stays as it is).
    """
    out: list[tuple[int, int]] = []
    position = 0
    for word in words:
        found = re.compile("·?".join(re.escape(c) for c in word)).search(text, position)
        if found is None:
            return None
        out.append(found.span())
        position = found.end()
    return out


def _rebuild(sentence: str, words: list[str], replacements: dict[int, str]) -> str:
    """The sentence with the words at ``replacements`` exchanged, spacing and punctuation as written."""
    spans = _spans(sentence, words)
    if spans is None:
        return sentence
    out: list[str] = []
    position = 0
    for index, (start, end) in enumerate(spans):
        if index not in replacements:
            continue
        out.append(sentence[position:start])
        new = replacements[index]
        if not new:
            # A dropped word takes one space with it.
            out[-1] = out[-1].rstrip(" ") if out[-1].endswith(" ") else out[-1]
        out.append(new)
        position = end
    out.append(sentence[position:])
    return re.sub(r"  +", " ", "".join(out))
