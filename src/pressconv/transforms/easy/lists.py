"""A coordinated enumeration in running text as a Leichte-Sprache list: an intro line, one item a line.

Leichte Sprache writes an enumeration as a list, one item per line (Netzwerk Leichte Sprache, rule
"Aufzählungen"; BITV 2.0 guidance on Leichte Sprache). A press release puts it in running text
("Ermäßigungen gelten für Schülerinnen und Schüler, Auszubildende, Studierende und Rentner."), and
the sentence is too long. The rescuer keeps the main clause as the intro ("Ermäßigungen gelten für:")
and every item as written, in the case the clause gives it: the whole list or nothing, since a cut
list can make the sentence false ("nur für Schüler und Azubis"). It refuses where it cannot be sure:
an "oder" list (one of them, not all), a list inside a subordinate clause or before the finite verb,
an item with its own clause, an ambiguous last "und".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.particles import PARTICLE_PREPOSITIONS
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["Enumeration", "enumeration", "list_rescue"]

# A list needs at least three items (two are a pair, said in one short sentence); more than eight
# lines of items outweigh the rest of a summary of 12 to 20 sentences (issue 16 brief).
_ITEMS_MIN: Final = 3
_ITEMS_MAX: Final = 8
_ITEM_WORDS_MAX: Final = 8  # an item is a noun phrase, not a sentence (rule books: short lines)
_INTRO_WORDS_MAX: Final = 10
# Tags that open a clause of its own (STTS): a subordinating conjunction, a relative or question word.
_CLAUSE_OPENERS: Final = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
_PREPOSITIONS: Final = frozenset({"APPR", "APPRART"})
# Tags that can open a noun phrase (determiner, adjective, noun, name, number).
_NP_OPENERS: Final = frozenset({"ART", "PPOSAT", "PIAT", "PIDAT", "ADJ(A)", "NN", "NE", "NNA", "CARD"})
# The right part of the verbal bracket (Satzklammer) after the list: "… und C angeboten.", "… an."
_BRACKET_END: Final = frozenset({"VV(PP)", "VV(INF)", "VV(IZU)", "VA(INF)", "VA(PP)", "VM(INF)", "PTKVZ", "PTKZU"})
# "Schülerinnen und Schüler", "Bürgerinnen und Bürger": the pair form (Beidnennung) is one item.
_PAIR: Final = re.compile(r"\b(\w+?)innen und (\w+)\b")
# "Garten- und Landschaftsbau": a truncated compound joined by "und" is one item (Ergänzungsstrich).
_TRUNCATED: Final = re.compile(r"\w-\s+(?:und|oder|sowie)\s+\w")
# Characters that make the structure of the sentence unsure: another clause after a semicolon or a
# colon, a parenthesis or a dash (an insertion with commas of its own), a question.
# Function verbs of the Funktionsverbgefüge with "zu" (Duden grammar): "zur Verfügung stehen/stellen",
# "zum Einsatz kommen/bringen".
_FUNCTION_VERBS: Final = frozenset({"stehen", "stellen", "kommen", "bringen", "gelangen"})
# Prepositions that govern the dative only (Duden grammar), with their contracted forms.
_DATIVE_ONLY: Final = frozenset({"aus", "bei", "mit", "nach", "seit", "von", "zu", "vom", "zum", "zur", "beim"})
_UNSURE: Final = re.compile(r"[;:()\[\]?!–—]|\s-\s")


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A main clause that ends in a coordinated list: the clause as an intro, and the items as written."""

    intro: str
    items: tuple[str, ...]
    conjunction: str


def _pair_und(segment: str, at: int) -> bool:
    """The "und" at ``at`` joins a pair form or a truncated compound, not two items of the list."""
    for match in _PAIR.finditer(segment):
        if match.start() < at < match.end() and match.group(2).lower().startswith(match.group(1).lower()[:3]):
            return True
    return any(m.start() < at < m.end() for m in _TRUNCATED.finditer(segment))


def _last_split(segment: str) -> tuple[str, str, str] | None:
    """The last comma segment split at its one top-level coordinator: (before, conjunction, after)."""
    # "sowie" coordinates at the top level of a list whose items use "und" inside ("… sowie Kaffee und Kuchen").
    sowie = list(re.finditer(r"\bsowie\b", segment))
    if len(sowie) == 1:
        match = sowie[0]
        return segment[: match.start()].strip(), "sowie", segment[match.end() :].strip()
    if sowie:
        return None
    found = [m for m in re.finditer(r"\b(?:und|oder)\b", segment) if not _pair_und(segment, m.start())]
    if len(found) != 1:
        return None  # none (no coordinated list), or two ("A und B und C": which one joins the list?)
    match = found[0]
    return segment[: match.start()].strip(), match.group(0), segment[match.end() :].strip()


def _segments(body: str) -> list[str]:
    """``body`` split at its commas; a number list inside an item ("um 10, 12 und 14 Uhr") stays whole."""
    parts = [p.strip() for p in re.split(r",\s+", body)]
    merged: list[str] = []
    for part in parts:
        if merged and re.match(r"\d", part) and re.search(r"\d$", merged[-1]):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def _clause_free(tokens: list[morph.Token]) -> bool:
    """An item is a noun phrase: no finite verb, no clause of its own, at least one noun or name."""
    if any(t.pos.endswith("(FIN)") or t.pos in _CLAUSE_OPENERS or t.pos.startswith(("VV", "VA", "VM")) for t in tokens):
        return False
    return any(t.pos in ("NN", "NE", "NNA") for t in tokens)


def _fresh_np(tokens: list[morph.Token], index: int) -> bool:
    """The token at ``index`` opens a noun phrase of its own, not one governed or continued by the tokens before.

    After a preposition, an article or an adjective the phrase is already open; "der"/"des"/"einer"/
    "eines" right after a noun is a genitive attribute ("die Sanierung der Schule"), a name or a
    number right after a noun names it ("Linie 4"), and a noun after a number is counted by it.
    """
    token = tokens[index]
    if token.pos not in _NP_OPENERS:
        return False
    if index == 0:
        return True
    before = tokens[index - 1]
    if before.pos in _PREPOSITIONS or before.pos in ("ART", "ADJ(A)", "PIAT", "PIDAT", "PPOSAT", "PDAT", "CARD", "KON"):
        return False
    if before.pos not in ("NN", "NE"):
        return True
    if token.pos in ("NE", "CARD") or token.word.lower() in ("der", "des", "einer", "eines"):
        return False
    if token.pos != "NN":
        return True  # "das Land | die Gründung", "Hessen | ähnliche Einsätze": a new phrase after a noun
    # A noun after a noun opens a phrase of its own only where the first noun has its determiner
    # ("in diesem Jahr | Kommunen", "den Kindern | Bälle"); "Schulleiterin Frau Meier" is one phrase.
    return index >= 2 and tokens[index - 2].pos in ("ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "ADJ(A)", "APPRART")


def enumeration(text: str) -> Enumeration | None:
    """The main clause of ``text`` and the coordinated list it ends in, or None when unsure.

    The list is the last part of a main clause with the finite verb in second place (German verb
    second, Duden grammar); the clause before it keeps everything but the list, so it says what the
    items are to the reader ("Im Erdgeschoss gibt es:"). A verb part after the list (the right
    bracket of the Satzklammer: "… und C angeboten", "… an") moves into the intro.
    """
    # "ab Donnerstag, 12 Uhr, alle Parks …": a day and its hour set off by commas are one time phrase
    # (German apposition of the hour); said "ab Donnerstag um 12 Uhr", its commas no longer cut items.
    sentence = _DAY_HOUR.sub(r"\g<day> um \g<hour> Uhr", text.strip())
    if not sentence.endswith(".") or _UNSURE.search(sentence) or sentence.count("„") != sentence.count("“"):
        return None
    body = sentence[:-1].strip()
    segments = _segments(body)
    if len(segments) < _ITEMS_MIN - 1:
        return None
    split = _last_split(segments[-1])
    if split is None:
        return None
    before, conjunction, after = split
    if not before or not after:
        return None
    for middle in segments[1:-1]:
        # "Eltern, Lehrer und Kinder, Kuchen und Salate": a coordinator inside the list may end a first
        # list and start a second one; only a pair form ("Schülerinnen und Schüler") is sure.
        if any(not _pair_und(middle, m.start()) for m in re.finditer(r"\b(?:und|oder|sowie)\b", middle)):
            return None
    tagged = list(morph.tag(sentence))
    spans = morph.spans(sentence, [t.word for t in tagged])
    if not tagged or spans is None:
        return None  # without morphology nothing can be checked: refuse (morph.py fails closed)
    # The first segment: the main clause and the first item.
    first_end = len(segments[0])
    first = [t for t, (start, _) in zip(tagged, spans, strict=True) if start < first_end]
    verb = next((i for i, t in enumerate(first) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or verb == len(first) - 1:
        return None  # no main clause before the list, or a verb-final (subordinate) clause
    if any(t.pos in _CLAUSE_OPENERS for t in first[: verb + 1]):
        return None  # "Wer …", "Da es …", "Wenn …": the list is inside a subordinate clause
    # The items after the first, with the verb part that closes the clause cut off the last one.
    rest = [*segments[1:-1], before, after]
    last_tokens = [t for t, (start, _) in zip(tagged, spans, strict=True) if start >= len(body) - len(after)]
    last_tokens = [t for t in last_tokens if not t.pos.startswith("$")]
    closing: list[str] = []
    while last_tokens and last_tokens[-1].pos in _BRACKET_END and len(closing) < 2:
        closing.insert(0, last_tokens.pop().word)
    if any(word.startswith("zu") or "zu" in word[2:-2] for word in closing) and first[verb].lemma != "sein":
        # "bittet Eltern, Lehrer und Kinder, Kuchen und Salate mitzubringen": a zu-infinitive
        # after a comma is a clause of its own (Duden: erweiterter Infinitiv); only "sind … mitzubringen"
        # (sein with zu-infinitive) closes the main clause.
        return None
    if closing:
        cut = after.rsplit(" ", len(closing))
        if [*cut[1:]] != closing:
            return None
        rest[-1] = cut[0]
    # "… und 240 Stellplätze zur Verfügung": "zur"/"zum" with a bare noun after the list, in a clause
    # whose verb is a function verb, belongs to the verb (Duden: Funktionsverbgefüge "zur Verfügung
    # stehen"), not to the last item; it moves into the intro with the verb.
    light = re.search(r"\s(zu[rm]\s+[A-ZÄÖÜ][\wäöüß]+)$", rest[-1])
    if light and first[verb].lemma in _FUNCTION_VERBS and not light.group(1).endswith("en"):
        rest[-1] = rest[-1][: light.start()].strip()
        closing.insert(0, light.group(1))
    if _clause_words_after(rest[-1], rest[:-1]):
        return None
    tail = first[verb + 1 :]
    parallel = any(_opens_with_preposition(item) for item in rest)
    start = _first_item(tail, parallel=parallel)
    if start is None:
        return None
    item_start = spans[verb + 1 + start][0]
    intro = sentence[:item_start].strip()
    first_item = segments[0][item_start:].strip()
    items = (first_item, *rest)
    if not _ITEMS_MIN <= len(items) <= _ITEMS_MAX:
        return None
    if not _unambiguous(items, parallel=parallel):
        return None
    timed = [_names_a_time(item) for item in items]
    if any(timed) and not all(timed):
        # "schließt ab Donnerstag, 12 Uhr, alle Parks, Friedhöfe und Spielplätze": a day and its hour set
        # off by commas are one time phrase before the list, not its first items (a list of like items:
        # Netzwerk Leichte Sprache, "Aufzählungen"); read as items, the verb lost its time.
        return None
    if (
        not closing
        and start > 0
        and tail[start - 1].pos in _PREPOSITIONS
        and tail[start - 1].word.lower() in PARTICLE_PREPOSITIONS
        and not parallel
    ):
        # An intro that ends in a preposition that is also a verb particle ("schließt ab:") reads as a
        # verb with its particle, another verb (rubric item 3: a broken sentence); "hält in:" does not.
        return None
    for item in items:
        words = item.split()
        if not words or len(words) > _ITEM_WORDS_MAX:
            return None
        tokens = [t for t in morph.tag(item) if not t.pos.startswith("$")]
        if not _clause_free(tokens):
            return None
        # One noun phrase an item: a second one of its own ("das Saarland | ähnliche Einsätze") is the
        # rest of the clause after a list in the middle of the sentence (its object), not the item.
        if any(_fresh_np(tokens, i) for i in range(1, len(tokens))):
            return None
    if closing:
        # "… bleiben am Karfreitag, Karsamstag und Ostermontag geschlossen": where the items are the
        # complement of a preposition, the words after the list cannot follow the preposition in the
        # intro ("bleiben am geschlossen:" is broken, rubric item 3); a preposition never stands
        # without its complement (Duden grammar, Präpositionalphrase).
        if start > 0 and tail[start - 1].pos in _PREPOSITIONS:
            # Days named after "am" ("am Karfreitag, Karsamstag und Ostermontag") are said as "an
            # diesen Tagen" with the days listed below (a Leichte-Sprache list intro); anything else
            # is refused.
            if intro.split()[-1].lower() != "am" or not all(_names_a_day(item) for item in items):
                return None
            intro = f"{intro.rsplit(' ', 1)[0]} an diesen Tagen"
        intro = f"{intro} {' '.join(closing)}"
    if len(intro.split()) > _INTRO_WORDS_MAX:
        return None
    return Enumeration(intro=intro + ":", items=items, conjunction=conjunction)


# A day's name: the weekdays and the holidays named after a day end in "-tag", "-woch" or "-abend"
# (Montag, Mittwoch, Ostermontag, Heiligabend, Sonnabend), or a date ("4. April").
_DAY: Final = re.compile(r"^(?:[A-ZÄÖÜ][\w·]*(?:tag|woch|abend)|\d{1,2}\.\s+[A-ZÄÖÜ][a-zä]+)(?:\s+\(.*\))?$")


_DAY_HOUR: Final = re.compile(
    r"\b(?P<day>(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|\d{1,2}\.\s+[A-ZÄ][a-zä]+),\s+"
    r"(?P<hour>\d{1,2}(?:[.:]\d{2})?)\s+Uhr,"
)
_CLOCK_ITEM: Final = re.compile(r"^(?:(?:um|ab|bis)\s+)?\d{1,2}(?:[.:]\d{2})?\s*Uhr$")


def _names_a_time(item: str) -> bool:
    """Whether a list item is only a day, a date or an hour ("Donnerstag", "4. April", "12 Uhr")."""
    return _names_a_day(item) or bool(_CLOCK_ITEM.match(item.strip()))


def _names_a_day(item: str) -> bool:
    """Whether a list item is only the name of a day or a date."""
    return bool(_DAY.match(item.replace("·", "").strip()))


def _unambiguous(items: tuple[str, ...], *, parallel: bool) -> bool:
    """The list's items can only be read one way: where each starts and ends, and what governs them.

    Coordination may attach inside the items at the list's two edges (Duden grammar, scope of
    coordination): the first item may end in the phrase that holds the list ("die Polizeien der
    Länder A, B und C", "Akteure aus der Wirtschaft, Wissenschaft und Politik"), and the last
    "und" may join two words inside the item before it ("Fachärztin für Neurologie und
    Psychiatrie"). A determiner or adjective before the first item may govern the bare items
    after it ("die meisten Visiten, Untersuchungen und Therapien"). A prepositional list is
    read only where every item has its preposition, and a last item ending in a contracted
    preposition with a bare noun ("… zur Verfügung") may be part of the verb, not of the item.
    """
    tagged = [[t for t in morph.tag(item) if not t.pos.startswith("$")] for item in items]
    if any(not tokens for tokens in tagged):
        return False
    if parallel and not all(tokens[0].pos in _PREPOSITIONS for tokens in tagged):
        return False
    for tokens, others in ((tagged[0], tagged[1:]), (tagged[-2], tagged[-1:])):
        inner = tokens[1:] if parallel else tokens
        # The items cannot be the complement of a dative preposition inside the edge item when one of
        # them is not in the dative: coordinated items share their case (Duden grammar).
        outside = all(t.word.lower() in _DATIVE_ONLY for t in inner if t.pos in _PREPOSITIONS) and any(
            _not_dative(other) for other in others
        )
        if any(t.pos in _PREPOSITIONS for t in inner) and not outside:
            return False
        nouns = [i for i, t in enumerate(tokens) if t.pos in ("NN", "NE")]
        # "die Länder Brandenburg": a head noun and a name may hold a list of names, unless every
        # item is a role and a name ("Landrat Otto Kurz").
        headed = any(not _fresh_np(tokens, i) and tokens[i - 1].pos == "NN" for i in nouns if i > 0)
        if headed and not any(_role_and_name(other) for other in tagged[1:]):
            return False
        if any(
            t.word.lower() in ("der", "des", "einer", "eines") and i > 0 and tokens[i - 1].pos in ("NN", "NE")
            for i, t in enumerate(tokens)
        ):
            return False  # a genitive attribute may hold the list
    # An article alone governs nothing the bare items lack ("die Polizei, Feuerwehr und …"); a
    # quantifier, a number, a possessive or an adjective would ("alle", "21", "unsere", "neue").
    head = list(itertools.takewhile(lambda t: t.pos not in ("NN", "NE", "NNA"), tagged[0]))
    governed = any(t.pos in ("PIAT", "PIDAT", "PIS", "PPOSAT", "ADJ(A)", "CARD", "PDAT") for t in head)
    if governed and any(tokens[0].pos in ("NN", "NNA") for tokens in tagged[1:]):
        return False
    last = tagged[-1]
    return not (len(last) >= 3 and last[-2].pos == "APPRART" and last[-1].pos in ("NN", "NE"))


# Prepositions that open a time phrase (Duden grammar, temporale Präpositionen).
_TIME_PREPOSITIONS: Final = frozenset(
    {"ab", "bis", "seit", "während", "binnen", "innerhalb", "vor", "nach", "zum", "im", "am"}
)


def _clause_words_after(last: str, others: Sequence[str]) -> bool:
    """Whether words after the last item's noun belong to the clause, not to the item.

    German word order puts the Mittelfeld's negation, adverbs and adverbials after the objects
    (Duden grammar, Stellung im Mittelfeld): in "Hunde, Räder und Grills ab sofort nicht mehr" or
    "Chöre und Vereine mit 5.000 Euro" the last words are said of every item, and on the last line
    alone they would make the other lines false (rubric item 2). A phrase after the noun is the
    item's own only where every item has one ("Kurse für Kinder, Kurse für Eltern und …").
    """
    tokens = [t for t in morph.tag(last) if not t.pos.startswith("$")]
    noun = next((i for i, t in enumerate(tokens) if t.pos in ("NN", "NE", "NNA")), None)
    if noun is None:
        return True  # no noun to end the item at: unsure, refused
    # A capitalised word is a noun or a name ("Pfarrer Paul Lang"), whatever the tagger guesses.
    after = [t for t in tokens[noun + 1 :] if not t.word[:1].isupper() or t.pos in ("APPR", "APPRART")]
    # "die Nachtbuslinien N1 bis N5": "bis" between two names is a range of names, the item's own.
    after = [t for t in after if not (t.word == "bis" and _between_names(tokens, t))]
    if any(t.pos in ("PTKNEG", "ADV", "ADJ(D)", "PAV", "PROAV", "PTKVZ") for t in after):
        return True
    phrase = [t for t in after if t.pos in ("APPR", "APPRART")]
    if not phrase or all(any(t.pos in ("APPR", "APPRART") for t in morph.tag(other)[1:]) for other in others):
        return False
    # A phrase of a time or an amount ("bis Ende 2027", "mit 5.000 Euro", "im Jahr 2026") says when or
    # how much of the whole clause; a bare attribute ("Hunde ohne Leine") is the item's own.
    return any(t.pos == "CARD" or t.word.lower() in _TIME_PREPOSITIONS for t in after)


def _between_names(tokens: list[morph.Token], token: morph.Token) -> bool:
    """The token stands between two names ("N1 bis N5", "Halle A bis Halle C"), joining a range of them."""
    index = next(i for i, t in enumerate(tokens) if t is token)
    if index == 0 or index + 1 >= len(tokens):
        return False
    return tokens[index - 1].pos == "NE" and tokens[index + 1].pos == "NE"


def _not_dative(tokens: list[morph.Token]) -> bool:
    """The item is surely not in the dative: its article, its adjective's ending or its plural says so.

    "die", "das", "ein", "eine", "einen" are never dative; an attributive adjective in "-e" ("laufende
    Kosten") is not either; a plural noun without "-n" or "-s" ("Warenbestände") has no dative form.
    """
    first = tokens[0]
    if first.pos == "ART":
        return first.word.lower() in ("die", "das", "ein", "eine", "einen")
    if first.pos in ("ADJ(A)", "PIAT", "PIDAT"):
        return first.word.endswith("e")
    plural = first.pos == "NN" and first.lemma != first.word
    return plural and not first.word.endswith(("n", "s"))


def _role_and_name(tokens: list[morph.Token]) -> bool:
    """ "Landrat Otto Kurz": a role noun and a name, the shape of an item of a list of people."""
    return len(tokens) >= 2 and tokens[0].pos == "NN" and tokens[1].pos == "NE"


def _opens_with_preposition(item: str) -> bool:
    """The list item opens with a preposition."""
    tagged = morph.tag(item)
    return bool(tagged) and tagged[0].pos in _PREPOSITIONS


def _first_item(tail: list[morph.Token], *, parallel: bool) -> int | None:
    """Where the first item starts in the tokens after the finite verb, or None when unsure.

    The first item is the last noun phrase of its own after the verb ("Mit dem Programm unterstützt
    das Land | die Gründung"). Where the other items are prepositional phrases ("an der Kasse, bei
    der Touristinformation und …"), it is the first prepositional phrase. Where no noun phrase of its
    own stands after the verb, the list is the complement of the clause's one preposition
    ("Ermäßigungen gelten für | Kinder, …").
    """
    # The first item may hold a number list of its own ("um 10, 12 und 14 Uhr"): the search stops at
    # its first comma, and the item runs on to the end of the segment.
    tokens = list(itertools.takewhile(lambda t: not t.pos.startswith("$"), tail))
    if not tokens:
        return None
    prepositions = [i for i, t in enumerate(tokens) if t.pos in _PREPOSITIONS]
    # "unter anderem": a preposition with a pronoun is an adverbial, not the list's preposition.
    prepositions = [i for i in prepositions if not (i + 1 < len(tokens) and tokens[i + 1].pos == "PIS")]
    if parallel:
        return prepositions[0] if prepositions else None
    fresh = [i for i in range(len(tokens)) if _fresh_np(tokens, i)]
    if fresh:
        start = fresh[-1]
        # "Es gibt keine Duschen, Bänke und Tische": the negation of the first item covers all of
        # them in the sentence, but only the first line of a list (a wrong statement); "rund 20
        # Kinder, 10 Eltern": a focus word before a number may count for the first item only.
        if tokens[start].word.lower().startswith("kein"):
            return None
        if start > 0 and tokens[start - 1].pos in ("ADV", "PTKNEG") and tokens[start].pos == "CARD":
            return None
        return start
    if len(prepositions) != 1:
        return None
    start = prepositions[0] + 1
    item = tokens[start:]
    # The complement is one plain noun phrase: no number and no noun right after a noun ("im Jahr 2025 Bäume").
    if not item or any(t.pos == "CARD" for t in item):
        return None
    if any(a.pos in ("NN", "NE") and b.pos in ("NN", "NE") for a, b in itertools.pairwise(item)):
        return None
    return start


def list_rescue(context: RescueContext) -> Rescue | None:
    """The refused sentence as an intro line and a list of its items, or None (rescue.py)."""
    if context.source.speech or context.source.heading:
        return None  # a speaker's words are quoted, never restructured (speech stays as said)
    found = enumeration(context.text)
    if found is None or found.conjunction == "oder":
        # "A, B oder C": one of them, not all; a list would say all of them (a wrong statement).
        return None

    # ``context.text`` is the rewrite of the whole sentence (Perfekt, numbers, plain words): intro and
    # items are cut from it, so each is rewritten in the context of its clause.
    return Rescue(sentences=(found.intro,), items=found.items)
