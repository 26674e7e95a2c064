"""An agentless passive headline in the active: "Neuer Spielplatz wird eröffnet" -> "Man eröffnet den neuen Spielplatz"."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.headline_grammar import body_gender
from pressconv.transforms.easy.title_topic import feminine_in_body
from pressconv.transforms.easy.titles import noun_gender, plural_noun

__all__ = ["active_headline"]

# Leichte-Sprache rule books (Netzwerk Leichte Sprache: aktiv schreiben) want the active; a passive
# without its agent says it with the indefinite "man" (Duden grammar: "man" as the agent a passive
# leaves out). The passive subject becomes the accusative object, the verb keeps its tense (the
# present passive "wird eröffnet" is the present active "eröffnet", which announces just as well).
# Modals whose sense stays the same with "man" as subject ("muss abgegeben werden" = "man muss …
# abgeben"); "soll … werden" tells a plan of somebody, "man soll" an advice, so it is never read.
_MODALS: Final = {"muss": "muss", "müssen": "muss", "kann": "kann", "können": "kann", "darf": "darf", "dürfen": "darf"}
_PASSIVE: Final = frozenset({"wird", "werden"})
# The definite article in the nominative and its accusative (Duden grammar: Deklination des Artikels).
_ACCUSATIVE: Final = {"der": "den", "die": "die", "das": "das"}
# A passive with its agent ("von der Stadt", "durch den Verein") names who acts: "man" would hide it,
# and the phrase would read as a place or an origin after the object.
_AGENT: Final = frozenset({"von", "vom", "durch"})
# Words a subject may hold besides its noun: adjectives and, after the noun, a phrase of place or time
# whose own noun needs no article ("im Park", "am Markt", "in Neustadt", "2026").
_ATTRIBUTE: Final = frozenset({"APPR", "APPRART", "ART", "ADJ(A)", "NN", "NE", "CARD"})
# The separable particles of morph, and "fest"/"frei", which open adjective-particle
# verbs ("festlegen", "freigeben"); a particle is taken only where the participle it builds is the headline's.
_SEPARABLE: Final = (*morph.PLAIN_PARTICLES, "fest", "frei")


def _present(participle: str, lemma: str) -> tuple[str, str] | None:
    """The third person singular present and the separable particle of a weak verb's participle.

    "eröffnet" (eröffnen) -> ("eröffnet", ""); "eingeweiht" (einweihen) -> ("weiht", "ein"). Only a
    weak verb (Duden grammar: schwache Verben) has the present's ending in its participle; a strong
    or mixed verb ("geschlossen", "gebracht") changes its stem, which no rule here can build.
    """
    for particle in ("", *(p for p in _SEPARABLE if lemma.startswith(p) and len(lemma) > len(p) + 3)):
        base = lemma[len(particle) :]
        if morph.strong(base) or not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", base):
            continue
        built = morph.participle(lemma, particle)
        if built is None or built[0] != participle:
            continue
        stem = base[:-2] if base.endswith("en") else base[:-1]
        body = participle[len(particle) :]
        # The participle is "ge" + stem + ending or stem + ending ("-ieren", an inseparable prefix);
        # the present's third person has the same stem and ending ("gebaut" -> "baut").
        present = next((stem + e for e in ("et", "t") if body in (stem + e, "ge" + stem + e)), None)
        if present is None:
            return None
        return present, particle
    return None


def feminine(noun: str, body: str) -> str | None:
    """ "die" where the body writes the singular noun after "die" (title_topic.feminine_in_body), else None."""
    return "die" if body and feminine_in_body(noun, body) else None


def _object(subject: tuple[morph.Token, ...], body: str) -> list[str] | None:
    """The passive subject said as the accusative object with the definite article, or None.

    "Neuer Spiel·platz im Park" -> "den neuen Spiel·platz im Park" (the article a bare headline noun
    leaves out; the compound's head fixes its gender, titles.noun_gender). A plural stays bare or
    keeps its "die" ("Neue Bäume" -> "neue Bäume"): nominative and accusative are alike there.
    """
    if not subject or any(t.pos not in _ATTRIBUTE or t.word.lower() == "und" for t in subject):
        return None
    start = 1 if subject[0].pos == "ART" else 0
    head = next((i for i in range(start, len(subject)) if subject[i].pos == "NN"), None)
    if head is None or any(t.pos != "ADJ(A)" for t in subject[start:head]):
        return None
    # A number or a name right after the noun is part of it ("Linie 4", "Steuer·erklärung 2025").
    named = head + 1
    while named < len(subject) and subject[named].pos in ("CARD", "NE"):
        named += 1
    attached = subject[named:]
    if attached and (attached[0].pos not in ("APPR", "APPRART") or attached[-1].pos not in ("NN", "NE", "CARD")):
        return None  # a genitive or a name after the noun: no phrase this reads safely
    if any(t.pos == "ART" and t.word.lower() in ("des", "der") for t in attached):
        return None  # "der Stadt": a genitive attribute, which Leichte Sprache leaves out, or a dative
    noun = subject[head]
    plural = plural_noun(noun.word, noun.lemma)
    article = subject[0].word.lower() if start else None
    if article is not None and article not in _ACCUSATIVE:
        return None  # an indefinite or other determiner: its case and number are not read here
    if plural:
        if article not in (None, "die"):
            return None
        lead = ["die"] if article else []
        return [*lead, *(t.word.lower() if t.pos == "ADJ(A)" else t.word for t in subject[start:])]
    # A noun the lexicon does not know takes the gender the body's own articles show (as title_state does).
    gender = article or noun_gender(noun.word) or body_gender(noun.word, body) or feminine(noun.word, body)
    if gender not in _ACCUSATIVE:
        return None  # no article can be chosen without guessing
    weak = "en" if gender == "der" else "e"  # after the definite article (Duden grammar: schwache Flexion)
    adjectives = [re.sub(r"(?:e|er|es|en|em)$", "", t.word).lower() + weak for t in subject[start:head]]
    return [_ACCUSATIVE[gender], *adjectives, *(t.word for t in subject[head:])]


def active_headline(part: str, body: str = "") -> str | None:
    """ "Man eröffnet den neuen Spiel·platz im Park" from "Neuer Spielplatz im Park wird eröffnet".

    Two shapes of the agentless passive: "wird/werden + participle" of a weak verb, and "muss/kann/darf
    + participle + werden" (the modal stays, the participle's infinitive is its lemma). The phrases
    between the verbs ("am 8. Mai", "bis 31. Juli", "nicht") stay, after the object; nothing is left
    out, so the sentence states what the headline states. A passive with its agent, a comma, a
    quotation or a subject this cannot decline gives None.
    """
    text = part.strip().rstrip(".!")
    tagged = morph.tag(text)  # the ordinal's dot ("31. Juli") is a token of its own, kept in place
    if len(tagged) < 3 or any((t.pos.startswith("$") and t.word != ".") or t.word in ("„", "“", '"') for t in tagged):
        return None
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or finite[0] == 0:
        return None
    verb = finite[0]
    word = tagged[verb].word.lower()
    if any(t.word.lower() in _AGENT for t in tagged[verb + 1 :]):
        return None
    if any(t.pos == "PTKNEG" or t.word.lower().startswith("kein") for t in tagged):
        # "Platz wird nicht eröffnet": a headline's negation often hides a postponement the body tells;
        # "Man eröffnet den Platz nicht" would say it never opens (omission over error).
        return None
    obj = _object(tagged[:verb], body)
    if obj is None:
        return None
    if word == "werden" and obj[0].lower() in ("den", "das", "ein", "einen", "eine", "einem", "der", "dem"):
        # "Mieter werden entlastet": many nouns have one form for both numbers ("Mieter", "Anwohner"),
        # and an object built with a singular article would say one tenant (a reviewer's find).
        return None
    if word in _PASSIVE and tagged[-1].pos == "VV(PP)":
        # A plural "werden" needs a plural subject, a singular "wird" a singular one; "man" takes the singular.
        middle = tagged[verb + 1 : -1]
        present = _present(tagged[-1].word, (tagged[-1].lemma or "").lower())
        if present is None:
            return None
        form, particle = present
        words = ["Man", form, *obj, *(t.word for t in middle), *([particle] if particle else [])]
    elif word in _MODALS and len(tagged) > verb + 2 and tagged[-1].word == "werden" and tagged[-2].pos == "VV(PP)":
        middle = tagged[verb + 1 : -2]
        infinitive = (tagged[-2].lemma or "").lower()
        if not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", infinitive):
            return None
        words = ["Man", _MODALS[word], *obj, *(t.word for t in middle), infinitive]
    else:
        return None
    if any(t.pos.startswith(("VV", "VA", "VM")) for t in (middle if middle else ())):
        return None  # a second verb between them: no simple passive
    return re.sub(r"\s+([.,])", r"\1", " ".join(words))
