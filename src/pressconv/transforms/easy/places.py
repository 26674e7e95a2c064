"""The place of a statement in a sentence of its own ("Die Satzung tritt in Kraft. Das gilt im Gebiet vom Zweckverband.").

Netzwerk Leichte Sprache: one statement per sentence; a long sentence is split, and a sentence that
points back at the one before it ("Das …") keeps them together. A press-release sentence is often too
long only by its place ("im Neudorfer Ortsteil Oberfeld", "in den Gemeinden A und B"). This module
finds one clause-level place phrase right after the finite verb (the German Mittelfeld opens with the
adjuncts; a phrase there belongs to the clause, not to a noun) and says it in a follower: "Das ist
in …" for an event, "Das gilt in …" for a rule (a modal verb, "gelten", "in Kraft treten", "bleiben"),
"Das war in …" in the past. The follower always stands with its head (rescue.whole_groups), so a
place that restricts the claim ("only there") still restricts it.

Only a dative place phrase is read (in/auf/an with dem/der/einem/einer, "im", a plural "in den"): an
accusative one ("in das Haus umgezogen", "in den Graben geschleudert") is the verb's direction, no
adjunct. The phrase must name a place: a proper name in it, or a noun whose last part is a place noun
(below). Verbs whose place is their predicate ("liegt in", "befindet sich im", "wohnt in") keep it.

A place may also end the Mittelfeld, after the verb's object ("beschäftigt 90 Leute an den Standorten
A, B und C", ``end_place``), and stand after the expletive "es" of "es kommt zu" ("ist es im Ort zu
einem Brand gekommen"); both refuse a negation, a focus word or a quantifier that may scope over it.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import inflected

__all__ = ["PLACE_NOUN", "end_place", "locative_verb", "place_apart", "place_follower", "place_phrase_end"]

# Nouns that name a place, as the last part of a compound ("Konzert·saal", "Orts·teil"): the
# general vocabulary of German addresses and venues (buildings, rooms, areas, administrative units),
# and the departments of a hospital, which are named by their field ("in der Inneren Medizin").
PLACE_NOUN: Final = re.compile(
    r"(?:gebiet|saal|sälen|halle|hallen|haus|häusern|gebäude|gebäuden|stadt|städten|stadtteil|stadtteilen|"
    r"ortsteil|ortsteilen|gemeinde|gemeinden|landkreis|landkreisen|bezirk|bezirken|land|ländern|straße|"
    r"straßen|platz|plätzen|park|schule|schulen|aula|station|stationen|klinik|kliniken|klinikum|zentrum|"
    r"zentren|kirche|museum|bibliothek|bücherei|bad|hof|gelände|wald|dorf|dörfern|region|regionen|viertel|"
    r"siedlung|foyer|garten|zimmer|büro|standort|standorten|quartier|ufer|hafen|campus|stadion|abteilung|ambulanz|medizin)$"
)
# Verbs whose place phrase is their predicate or argument: the clause says nothing without it.
_PLACE_VERBS: Final = frozenset(
    {"sein", "befinden", "liegen", "wohnen", "leben", "stehen", "sitzen", "halten", "aufhalten", "ansiedeln", "geben"}
)
# A rule holds at a place: a modal verb, "gelten", "in Kraft treten", "bleiben" (the follower says "gilt").
_RULE_VERBS: Final = frozenset({"gelten", "bleiben"})
_DATIVE: Final = frozenset({"dem", "der", "einem", "einer", "den"})
# A dative plural by its ending (Duden: the dative plural ends in -n): "in den Gemeinden", "in den Dörfern".
_DATIVE_PLURAL: Final = ("ungen", "heiten", "keiten", "innen", "schaften", "ern", "en")


# Negation and focus words scope over the phrase after them ("nur auf den Flächen", "auch im Haus",
# "nicht in der Halle"), and a quantifier over the noun the place restricts ("alle Brücken an den
# Straßen vom Kreis"): with the place in a follower the head states the claim without its scope.
_SCOPE: Final = re.compile(
    r"^(?:nicht|kein\w*|nie|nirgends|nur|auch|erst|noch|ausschließlich|lediglich|sogar|allein|ebenfalls|überall|"
    r"all\w*|jede\w*|sämtlich\w*|beide\w*)$",
    re.IGNORECASE,
)
# The right bracket of a German clause (Satzklammer): a participle, an infinitive, a verb particle or
# a predicative adjective closes the Mittelfeld; a place phrase right before it ends the Mittelfeld.
_BRACKET: Final = ("VV(PP)", "VA(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "VV(IZU)", "PTKVZ", "ADJ(D)")
# "in" with an accusative article: the noun phrase is the verb's argument or direction ("investiert in
# ein Werk"), which takes no dative place attribute of its own the way an event noun does ("Hinweise
# zum Unfall in der Lindenstraße": the accident's place, not the clause's).
_ACCUSATIVE: Final = frozenset({"ein", "eine", "einen", "die", "das", "den"})
_DETERMINERS: Final = ("ART", "PIAT", "PPOSAT", "PDAT")


def _noun_phrase_end(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after a noun phrase from ``start`` (determiner, adjectives, "Kinder- und", nouns), else None."""
    i = start
    if i < len(tokens) and tokens[i].pos in ("ART", "PPOSAT", "PDAT", "PIAT"):
        i += 1
    while i < len(tokens) and (
        tokens[i].pos in ("ADJ(A)", "CARD", "TRUNC") or (tokens[i].word == "und" and i > 0 and tokens[i - 1].pos == "TRUNC")
    ):
        i += 1
    if i >= len(tokens) or tokens[i].pos not in ("NN", "NE"):
        return None
    while i < len(tokens) and tokens[i].pos in ("NN", "NE"):
        i += 1
    return i


def _one_place(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after one dative place phrase at ``start`` ("im Gebiet vom Zweckverband Nordtal"), else None."""
    first = tokens[start].word.lower()
    if first == "im":
        end = _noun_phrase_end(tokens, start + 1)
    elif first == "in" and start + 1 < len(tokens) and tokens[start + 1].pos == "NE":
        end = _noun_phrase_end(tokens, start + 1)  # a town by its name: "in Neudorf"
    elif first in ("in", "auf", "an") and start + 1 < len(tokens) and tokens[start + 1].word in _DATIVE:
        end = _noun_phrase_end(tokens, start + 1)
        if end is not None and tokens[start + 1].word == "den":
            # The case shows on the head noun, before any name after it ("in den Orten Adorf").
            noun = next((t.word for t in tokens[start + 2 : end] if t.pos == "NN"), tokens[end - 1].word)
            if not (inflected(noun) or noun.endswith(_DATIVE_PLURAL)):
                return None  # "in den Graben": an accusative, the verb's direction
    else:
        return None
    if end is None:
        return None
    nouns = [t for t in tokens[start:end] if t.pos in ("NN", "NE")]
    # The place is named ("in der Gemeinde Neudorf") or its noun is a place ("im Konzert·saal"); an
    # attribute after it ("vom Landkreis") does not make a non-place a place ("im Auftrag vom Landkreis").
    # "an" often opens the verb's prepositional object ("beteiligt sich an der Aktion Saubere Stadt",
    # "nimmt an der Messe teil"): there only a place noun counts, never a name alone.
    named = first != "an" and any(t.pos == "NE" for t in nouns)
    if not named and not PLACE_NOUN.search(nouns[0].word.lower()):
        return None
    if end < len(tokens) and tokens[end].word in ("vom", "von") and tokens[end].pos.startswith("APPR"):
        more = _noun_phrase_end(tokens, end + 1)
        if more is None:
            return None
        end = more
    return end


def _verb_phrase(tokens: tuple[morph.Token, ...], start: int) -> bool:
    """True for a preposition with a bare noun right before the verb's last part: a Funktionsverbgefüge
    ("in Kraft treten", "zur Verfügung stehen", "zu Besuch kommen") belongs to the verb, not to a place."""
    if start + 2 >= len(tokens) or tokens[start + 1].pos != "NN":
        return False
    after = tokens[start + 2]
    return after.pos.startswith(("VV", "VA", "VM", "PTKVZ")) or after.pos == "$."


def place_phrase_end(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after a place phrase at ``start``, with places joined by "und" ("auf der Station und im Haus")."""
    end = _one_place(tokens, start)
    while end is not None and end + 1 < len(tokens) and tokens[end].word == "und":
        more = _one_place(tokens, end + 1)
        if more is None:
            break
        end = more
    if end is None or end >= len(tokens) or tokens[end].pos in ("$,", "KON"):
        return None
    if tokens[end].pos in ("APPR", "APPRART") and not _verb_phrase(tokens, end):
        return None  # another phrase right after it may still belong to the place: where it ends is not sure
    if tokens[end].word in ("der", "des"):
        return None  # a genitive attribute goes on
    return end


def locative_verb(tokens: tuple[morph.Token, ...], verb: int) -> bool:
    """True when the clause's verb takes its place as predicate or argument ("liegt im", "ist in", "gibt es im")."""
    main = [t.lemma for t in tokens if t.pos.startswith("VV")] or [tokens[verb].lemma]
    return any(lemma in _PLACE_VERBS for lemma in main)


def place_follower(place: str, tokens: tuple[morph.Token, ...], verb: int, *, past: bool) -> str:
    """The follower that gives the place: "Das war in …", "Das gilt in …" for a rule, else "Das ist in …"."""
    if past:
        return f"Das war {place}."
    rule = tokens[verb].pos.startswith("VM") or tokens[verb].lemma in _RULE_VERBS
    rule = rule or (tokens[verb].lemma == "treten" and any(t.word == "Kraft" for t in tokens))
    return f"Das {'gilt' if rule else 'ist'} {place}."


def place_apart(head: str) -> tuple[str, str, tuple[morph.Token, ...], int] | None:
    """(head without its place, the place phrase, the head's tokens, its finite verb) or None.

    The place phrase stands right after the finite verb, or after "sich" there; a verb whose place is
    its predicate keeps it, and so does a head that would say nothing without it.
    """
    tokens = morph.tag(head)
    found = morph.spans(head, [t.word for t in tokens]) if tokens else None
    finite = [i for i, t in enumerate(tokens) if t.pos.endswith("(FIN)")]
    if found is None or len(finite) != 1:
        return None
    verb = finite[0]
    if locative_verb(tokens, verb):
        return None
    start = verb + 1 + (1 if verb + 1 < len(tokens) and tokens[verb + 1].pos == "PRF" else 0)
    # "ist es im Ort zu … gekommen": the expletive "es" of "es kommt zu" (it happens) stands before the place.
    happens = start < len(tokens) and tokens[start].word == "es" and any(t.lemma == "kommen" for t in tokens[verb:])
    start += 1 if happens else 0
    if start >= len(tokens):
        return None
    end = place_phrase_end(tokens, start)
    if end is None and happens:
        end = _one_place(tokens, start)
        # "es kommt zu …" names what happens in its "zu" phrase, never a place attribute: the place ends before it.
        end = end if end is not None and end < len(tokens) and tokens[end].word.lower() in ("zu", "zum", "zur") else None
        if end is None:
            return None
    if end is None:
        return end_place(head)  # else a place at the Mittelfeld's end, after the object
    cut_from, cut_to = found[start][0], found[end - 1][1]
    rest = re.sub(r"\s+", " ", head[:cut_from] + head[cut_to:]).replace(" .", ".").strip()
    if len(rest.split()) < 4:
        return None  # "Der Markt öffnet." says too little without its place
    return rest, head[cut_from:cut_to], tokens, verb


def _names_end(tokens: tuple[morph.Token, ...], end: int) -> int:
    """``end`` past a list of names the place phrase ends with ("an den Standorten Adorf, Bedorf und Cedorf")."""
    # The tagger reads a town's name as a proper or a common noun ("Moosfeld"): one capitalised noun an item.
    names = ("NE", "NN")
    if end == 0 or tokens[end - 1].pos != "NE":
        return end
    i, listed = end, False
    while i + 1 < len(tokens) and tokens[i].word == "," and tokens[i + 1].pos in names:
        i, listed = i + 2, True
    if listed and i + 1 < len(tokens) and tokens[i].word == "und" and tokens[i + 1].pos in names:
        return i + 2
    return end  # "Adorf, Bedorf" with no "und": not sure the list ends here


def _argument_before(tokens: tuple[morph.Token, ...], verb: int, start: int) -> bool:
    """True when the noun phrase right before ``start`` is the verb's object, alone or with an "in" argument.

    A place after a noun may be that noun's attribute: "Das ist in …" then still says where the object
    is, but after an attribute chain ("Zeugen vom Unfall in …", "Hinweise auf den Täter im Park") it
    would name the place of the wrong thing. So the noun phrase before the place must be the verb's
    object (right after the verb, an adverb or a number: "beschäftigt rund 90 Leute"), or an
    accusative "in" phrase right after that object ("investiert 5 Millionen Euro in ein Werk"), the
    verb's own argument; a determiner after a noun opens a genitive attribute and refuses.
    """

    def object_start(end: int) -> int | None:
        """The start of the verb's object that ends at ``end``, or None when it is not sure."""
        j = end
        while j - 1 > verb and tokens[j - 1].pos in ("NN", "NE", "ADJ(A)", "CARD", "KON", *_DETERMINERS):
            if tokens[j - 1].pos in _DETERMINERS and tokens[j - 2].pos in ("NN", "NE"):
                return None  # "Zeugen des Unfalls": a genitive attribute
            j -= 1
        while j - 1 > verb and tokens[j - 1].pos == "ADV" and not _SCOPE.match(tokens[j - 1].word):
            j -= 1
        if j == end or tokens[j].pos == "KON":
            return None
        return j if j - 1 == verb or (j - 1 == verb + 1 and tokens[verb + 1].pos == "PRF") else None

    if object_start(start) is not None:
        return True
    j = start
    while j - 1 > verb and tokens[j - 1].pos in ("NN", "NE", "ADJ(A)", "CARD"):
        j -= 1
    if j - 2 <= verb or tokens[j - 1].pos not in _DETERMINERS or tokens[j - 1].word.lower() not in _ACCUSATIVE:
        return False
    return tokens[j - 2].word == "in" and object_start(j - 2) is not None


def end_place(head: str) -> tuple[str, str, tuple[morph.Token, ...], int] | None:
    """(head without its place, the place phrase, the head's tokens, its finite verb) for a place at the clause's end.

    The German Mittelfeld ends before the right bracket (a participle, an infinitive, a particle, a
    predicative adjective) or at the end mark; a dative place phrase there, after the verb's object,
    is the place of what the clause says ("investiert 5 Millionen Euro in ein Werk im Gewerbegebiet
    Nord"). A list of names may end it ("an den Standorten Adorf, Bedorf und Cedorf"). Refused with a
    negation or focus word anywhere in the clause, a verb whose place is its predicate, and a noun
    phrase before the place that may be an attribute chain (``_argument_before``).
    """
    tokens = morph.tag(head)
    found = morph.spans(head, [t.word for t in tokens]) if tokens else None
    finite = [i for i, t in enumerate(tokens) if t.pos.endswith("(FIN)")]
    if found is None or len(finite) != 1 or finite[0] == 0 or tokens[-1].pos != "$.":
        return None
    verb = finite[0]
    if locative_verb(tokens, verb) or any(_SCOPE.match(t.word) for t in tokens):
        return None
    bracket = len(tokens) - 1
    while bracket - 1 > verb and tokens[bracket - 1].pos in _BRACKET:
        bracket -= 1
    for start in range(verb + 2, bracket):
        if tokens[start].pos not in ("APPR", "APPRART") or tokens[start].word.lower() not in ("im", "in", "an", "auf"):
            continue
        end = _one_place(tokens, start)
        while end is not None and end + 1 < bracket and tokens[end].word == "und":
            end = _one_place(tokens, end + 1)
        if end is None:
            continue
        end = _names_end(tokens, end)
        if end != bracket:
            continue
        if not _argument_before(tokens, verb, start) or any(t.pos == "$," for t in tokens[:start]):
            return None
        cut_from, cut_to = found[start][0], found[end - 1][1]
        rest = re.sub(r"\s+", " ", head[:cut_from] + head[cut_to:]).replace(" .", ".").strip()
        if len(rest.split()) < 4:
            return None
        return rest, head[cut_from:cut_to], tokens, verb
    return None
