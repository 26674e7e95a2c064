"""Tips listed as bare infinitives ("Fenster geschlossen halten") as Sie-imperatives for the reader.

Warnings and service notices list what the reader should do in the infinitive style of German
instructions and signs (Duden grammar: the "Infinitiv als Aufforderung"; "Keller meiden", "Warn-Apps
aktivieren und Radio hören"). The summary reads a list item as a heading, so the reader's actions
were lost with it. Leichte Sprache addresses the reader directly (Netzwerk Leichte Sprache), and the
German Sie-imperative is the infinitive moved to the front: "Halten Sie Fenster und Türen
geschlossen." says exactly what the item says. A separable verb puts its particle at the end
("herunterlassen" -> "Lassen Sie … herunter"), as the imperative requires.

Only a list whose intro announces advice ("Der Landkreis empfiehlt folgende Maßnahmen:", "Tipps
der Polizei:") is read this way, since the infinitive of a programme list ("Gemeinsam singen") is no
instruction. An item is turned whole or not at all; each tip is a statement of its own, so a tip
left out never makes another one false. A negation stays where the item has it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.source import SourceSentence, split_sentences

__all__ = ["comment_only", "imperatives", "infinitive_advice", "object_outside_phrase"]

# The intro of a list of tips: a recommendation, tips, measures or rules of conduct (press and
# authority convention: "empfiehlt folgende Maßnahmen:", "Verhaltenstipps:", "So schützen Sie sich:").
_ADVICE_INTRO: Final = re.compile(
    r"\b(?:empfiehlt|empfehlen|Empfehlungen|rät|raten|Tipps?|Ratschläge|Hinweise|Maßnahmen|"
    r"Verhaltens\w*|Vorsichtsmaßnahmen|beachten|sollten|bittet|bitten|So\b[^:]*\bSie)\b"
    r"|(?:tipps|hinweise|regeln|maßnahmen)\b",
    re.I,
)
_INFINITIVE: Final = frozenset({"VV(INF)"})
_INTRO_WORDS_MAX: Final = 12
# Inside an instruction only its objects and adverbials stand before the verb: another verb, a
# "zu", a subordinate or relative clause means a construction this plain turn cannot carry.
_REFUSED_IN_REST: Final = ("VV(FIN)", "VV(INF)", "VV(IZU)", "VA", "VM", "PTKZU", "KOUS", "KOUI", "PRELS", "PWS", "PWAV")
# A condition or time an item opens with ("Bei Fieber …", "Im Notfall …", "Vor der Reise …") holds for
# every instruction of the item: split into several, the later ones would lose it (a condition is
# never dropped from its advice), so such an item turns only as a single instruction.
_SCOPING_OPENER: Final = re.compile(r"^(?:Bei|Beim|Während|Nach|Vor|Im\s+(?:Notfall|Zweifel|Fall|Falle))\b")
# The words an enumeration's comma follows: a noun, a name, an attributive adjective, a number.
_LISTED: Final = frozenset({"NN", "NE", "NNI", "ADJ(A)", "CARD"})
# A coordinator between two instructions ("… aktivieren und die Lokalradios verfolgen").
_JOINS: Final = frozenset({",", ";", "und"})


def infinitive_advice(
    sentences: Sequence[SourceSentence], turn: Callable[[str], list[str]] | None = None
) -> list[tuple[str, str]]:
    """(source line, Sie-imperative) for each infinitive tip after an intro that announces advice, in order.

    The tips may be list items or lines of their own ("Der Landkreis rät:" and "Keller meiden."), or
    follow the intro in one line ("Tipps der Polizei: Türen abschließen und Fenster schließen."). A
    list item that cannot be turned leaves the list open; a line of prose closes it. ``turn`` says one
    tip sentence in plain form (``imperatives`` unless another shape is offered, advicelist.py).
    """
    turned_by = turn or imperatives
    found: list[tuple[str, str]] = []
    open_list = False
    for sentence in sentences:
        if sentence.speech:
            open_list = False
            continue
        text = sentence.text.strip()
        if open_list:
            turned = _item(text, turned_by)
            if turned:
                found.extend((sentence.text, line) for line in turned)
                continue
            open_list = sentence.heading  # an item that cannot be turned; prose ends the list
        head, colon, tail = text.partition(": ")
        if colon and tail and _intro(head + ":"):
            found.extend((sentence.text, line) for line in _item(tail, turned_by))  # "Tipps: Keller meiden."
        elif text.endswith(":") and _intro(text):
            open_list = True
    return found


def _intro(text: str) -> bool:
    """An intro of advice, short enough to be one (a long sentence with a colon is prose)."""
    return len(text.split()) <= _INTRO_WORDS_MAX and _ADVICE_INTRO.search(text) is not None


def _item(text: str, turn: Callable[[str], list[str]]) -> list[str]:
    """The imperatives of one item's sentences, up to the first that does not turn (it may lean on it)."""
    out: list[str] = []
    for part in split_sentences(text, "de"):
        turned = turn(part)
        if not turned:
            break
        out.extend(turned)
    return out


# A spaced dash after an instruction opens a comment on it (Duden: Gedankenstrich), most often its
# reason ("Hunde fernhalten – für Tiere ist das Gift tödlich."). A comment that is a clause of its own
# (it has a finite verb) is a separate statement: the instruction stands without it. A comment without
# a verb may narrow the instruction ("– nur nachts"): then nothing is turned.
_COMMENT_DASH: Final = re.compile(r"\s+[–—-]\s+")
_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# "Nicht im See baden, auch nicht im flachen Wasser.": the second instruction leaves out the verb it
# shares with the first (Duden grammar: Koordinationsellipse, "Gapping"). Said in full it is the first
# instruction with its "nicht"-phrase replaced by the second's ("Baden Sie auch nicht im flachen Wasser.").
_ALSO_NOT: Final = re.compile(r"^(?P<head>.+?),\s+auch\s+nicht\s+(?P<tail>[^,]+)$")
_PREPOSITIONS: Final = ("APPR", "APPRART")


def imperatives(item: str) -> list[str]:
    """ "Fenster geschlossen halten, Rollläden herunterlassen." -> two Sie-imperatives; [] if not all turn."""
    text = item.strip().rstrip(".!").strip()
    if not text or not text[:1].isupper():
        return []
    dashed = _COMMENT_DASH.split(text, maxsplit=1)
    if len(dashed) == 2:
        head, comment = dashed
        return imperatives(head) if comment_only(comment) else []
    also = _ALSO_NOT.match(text)
    if also is not None:
        return _also_not(also["head"], also["tail"])
    return _plain(text)


# Words by which a comment may restrict the instruction before it ("– aber nur nachts", "– außer …").
_RESTRICTING: Final = re.compile(
    r"\b(?:nur|erst|aber|außer|ausschließlich|lediglich|sondern|solange|sofern|wenn|falls|bis|nicht|kein\w*)\b", re.I
)


def comment_only(comment: str) -> bool:
    """The words after an instruction's dash are a statement of their own that restricts nothing.

    A clause (a finite verb) without a word that could narrow the instruction ("für Tiere ist das
    Gift tödlich"): the instruction says all of its advice without it.
    """
    return _RESTRICTING.search(comment) is None and any(t.pos in _FINITE for t in morph.tag(comment))


def _also_not(head: str, tail: str) -> list[str]:
    """ "Nicht im See baden, auch nicht im Uferbereich" -> both instructions in full; [] if unsure.

    The first instruction must be "[object] nicht <prepositional phrase> <verb>" and the second a
    prepositional phrase only: its phrase takes the place of the first one's, the rest is shared.
    """
    tokens = morph.tag(head)
    spans = morph.token_spans(head)
    tail_tags = morph.tag(tail)
    if len(tokens) != len(spans) or not tail_tags or tail_tags[0].pos not in _PREPOSITIONS:
        return []
    if any(t.pos.startswith(("V", "$")) or t.pos in ("KON", "PTKNEG") for t in tail_tags):
        return []
    negations = [i for i, t in enumerate(tokens) if t.pos == "PTKNEG"]
    if len(negations) != 1 or negations[0] + 2 >= len(tokens) or tokens[negations[0] + 1].pos not in _PREPOSITIONS:
        return []
    if any(t.pos in _PREPOSITIONS or t.pos.startswith("V") for t in tokens[negations[0] + 2 : -1]):
        return []  # a second phrase between the one replaced and the verb: which one the tail replaces is unsure
    at = negations[0]
    shared = head[: spans[at][0]]
    verb = head[spans[-1][0] :]
    first = _plain(head)
    second = _plain(f"{shared}auch nicht {tail} {verb}".strip())
    if not first or not second:
        return []
    return [*first, *second]


def _plain(text: str) -> list[str]:
    """The Sie-imperatives of infinitive instructions joined by commas or "und"; [] if not all turn."""
    if not text[:1].isupper():
        text = text[:1].upper() + text[1:]
    tokens = morph.tag(text)
    spans = morph.token_spans(text)
    if not tokens or len(tokens) != len(spans) or tokens[-1].pos not in _INFINITIVE:
        return []
    out: list[str] = []
    start = 0
    first_end = 0
    for index, token in enumerate(tokens):
        last = index == len(tokens) - 1
        if token.pos not in _INFINITIVE or not (last or tokens[index + 1].word in _JOINS):
            continue
        clause = tokens[start : index + 1]
        rest = text[spans[start][0] : spans[index][0]].strip() if index > start else ""
        valency = _valency(token) if out and not object_outside_phrase(clause[:-1]) else "own"
        if valency is None:
            return []  # the later verb may or may not take the first one's object ("auflegen"): unsure
        if valency == "transitive":
            # "Wohnung abdunkeln und nachts lüften": the later instruction shares the first one's object.
            shared = _leading_object(text, tokens, spans, first_end)
            if shared is None:
                return []
            line = _imperative_of(f"{shared} {text[spans[start][0] : spans[index][1]]}")
        else:
            line = _imperative(clause, rest)
        if line is None:
            return []
        if not out:
            first_end = index
        out.append(line)
        start = index + 2  # past the verb and its joining comma, semicolon or "und"
        while start < len(tokens) and tokens[start].word in _JOINS:
            start += 1
        if start < len(tokens) and tokens[start].word == "sondern":
            # "Nester nicht selbst entfernen, sondern eine Fachfirma beauftragen": "sondern" puts the
            # right action in place of the negated one (Duden grammar: "nicht A, sondern B"), and B is
            # an instruction of its own; without a negation before it the structure is unclear.
            if not any(t.pos == "PTKNEG" or t.word.lower().startswith("kein") for t in clause):
                return []
            start += 1
    if len(out) > 1 and _SCOPING_OPENER.match(text):
        return []  # "Bei Fieber den Arzt anrufen und zu Hause bleiben": the condition holds for both
    return out


# Verbs that take no accusative object: the copulas, and every verb whose Perfekt takes "sein" (Duden
# grammar, Perfekt mit "sein": verbs of motion and change of state are intransitive: "gehen",
# "weggehen", "bleiben"). A later instruction with such a verb shares no object ("Den Notruf wählen und
# ruhig bleiben" is "Bleiben Sie ruhig.", never "Bleiben Sie den Notruf ruhig.").
_COPULAS: Final = frozenset(["sein", "werden", "bleiben"])
# Verbs of tips used without an accusative or with another case (Duden valency: "warten auf", "helfen"
# + dative, "achten auf"; "liegen", "sitzen", "stehen" of a place), some with a rare transitive sense
# ("die Heizung warten"): whether the later one shares the object is unsure.
_ABSOLUTE: Final = frozenset(
    [
        *("warten", "schlafen", "duschen", "baden", "helfen", "telefonieren", "reagieren", "achten"),
        *("schweigen", "handeln", "liegen", "sitzen", "stehen", "atmen", "arbeiten"),
    ]
)


def _valency(verb: morph.Token) -> str | None:
    """ "transitive" where a later instruction's verb takes the first one's accusative object, "intransitive"
    where it takes none (then it is said without it), None where unsure.

    A separable particle may make a verb intransitive ("auflegen" of a phone, "aufpassen") or not
    ("zurückrufen"), and a verb of motion may go either way ("fahren"): unsure, so the item is left out.
    """
    lemma = (verb.lemma or verb.word).lower()
    if lemma in _COPULAS or morph.takes_sein(lemma):
        return "intransitive"
    particle = _particle(verb.word)
    if particle is None or particle or lemma in _ABSOLUTE or morph.auxiliary_varies(lemma):
        return None
    return "transitive"


# Prefixes that never separate (Duden grammar, untrennbare Verbpräfixe): HanTa sometimes reads "ver-"
# of "verriegeln" as a particle, which would give "Riegeln Sie … ver.".
_INSEPARABLE: Final = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")


def _particle(verb: str) -> str | None:
    """The verb's separable particle ("" for none, None where HanTa cannot tell); an inseparable prefix is none."""
    particle = morph.separable_particle(verb)
    return "" if particle in _INSEPARABLE else particle


def _leading_object(text: str, tokens: Sequence[morph.Token], spans: Sequence[tuple[int, int]], end: int) -> str | None:
    """The noun phrase the first instruction opens with ("die Wohnung"), its object, or None.

    Coordinated instructions share that object when the later one names none (Duden grammar:
    Koordinationsellipse): said apart, the later one names it again.
    """
    at = 0
    while at < end and tokens[at].pos in ("ART", "PPOSAT", "ADJ(A)", "NN", "NNI"):
        at += 1
    if at == 0 or tokens[at - 1].pos not in ("NN", "NNI"):
        return None
    if any(t.pos in ("NN", "NNI") for t in tokens[at:end]):
        return None  # a second noun before the verb: which one is the object is unsure
    head = tokens[at - 1]
    if tokens[0].pos not in ("ART", "PPOSAT") and (head.lemma or head.word) == head.word:
        # "Wohnung abdunkeln und nachts lüften": tip lists leave out the article of a singular noun
        # (telegraphic style); said again in a whole sentence it needs one, and which one ("die",
        # "Ihre") the list does not say. A bare plural ("Fenster und Türen") needs none.
        return None
    return text[spans[0][0] : spans[at - 1][1]]


def _imperative_of(infinitive: str) -> str | None:
    """The one Sie-imperative of a single infinitive instruction, or None."""
    tokens = morph.tag(infinitive)
    spans = morph.token_spans(infinitive)
    if not tokens or len(tokens) != len(spans) or tokens[-1].pos not in _INFINITIVE:
        return None
    if any(t.pos in _INFINITIVE for t in tokens[:-1]):
        return None
    return _imperative(tokens, infinitive[: spans[-1][0]].strip())


def object_outside_phrase(words: Sequence[morph.Token]) -> bool:
    """A noun, number or pronoun outside a prepositional phrase: the clause's own object.

    "den Zählerstand ablesen und über das Portal übermitteln": the second instruction shares the
    first one's object (Duden grammar: Koordinationsellipse); said apart ("Übermitteln Sie über das
    Portal.") it would lack it. A later instruction of an item is turned only with an object of its own.
    """
    in_phrase = False
    for token in words:
        if token.pos in ("APPR", "APPRART"):
            in_phrase = True
        elif token.pos in ("NN", "NE", "NNI", "CARD"):
            if not in_phrase:
                return True
            in_phrase = False
        elif token.pos in ("PPER", "PIS", "PRF") and not in_phrase:
            return True
    return False


def _noun(tokens: Sequence[morph.Token], index: int) -> bool:
    """The word is a noun, which German writes with a capital anywhere ("Fremde", "Kinder").

    A noun, a name, a nominalised adjective, or an adjective with no noun or adjective after it
    (Duden grammar: substantiviertes Adjektiv, "Fremde nie in die Wohnung lassen"): an attributive
    adjective stands before its noun.
    """
    token = tokens[index]
    # "Lüftungs- und Klimaanlagen": the first part of a coordinated compound is a noun too (TRUNC).
    if token.pos in ("NN", "NE", "NNA", "NNI") or (token.pos == "TRUNC" and token.word[:1].isupper()):
        return True
    after = tokens[index + 1].pos if index + 1 < len(tokens) else ""
    return token.pos == "ADJ(A)" and after not in ("NN", "NE", "NNA", "NNI", "ADJ(A)", "CARD")


def _imperative(clause: Sequence[morph.Token], rest: str) -> str | None:
    """The Sie-imperative of one infinitive clause (its verb last), or None if it cannot be built."""
    verb = clause[-1].word
    before = clause[:-1]
    if verb == "lassen" and len(before) > 1 and before[-1].pos == "VV(INF)":
        # "Kinder nicht allein spielen lassen": "lassen" with the bare infinitive of what it lets happen
        # (Duden grammar: AcI); the infinitive stays at the end ("Lassen Sie Kinder nicht allein spielen.").
        before = before[:-1]
    if any(t.pos.startswith(_REFUSED_IN_REST) for t in before) or re.search(r"[()\[\]:„“\"–—]", rest):
        return None
    # A comma inside an instruction only separates the members of an enumeration ("bei Fieber, Husten
    # oder Schwindel", "leichte, helle Kleidung"); after any other word it may close an instruction whose
    # verb the tagger did not read as one ("Besuche auf den Vormittag legen, die Mittagssonne meiden").
    if any(t.word == "," and (i == 0 or before[i - 1].pos not in _LISTED) for i, t in enumerate(before)):
        return None
    # The same for "und"/"oder" after a lower-case word in "-en" that is no attributive adjective of a
    # row ("mit roten und blauen Jacken"): it may be a verb the tagger misread ("Den Hund anleinen und
    # auf den Wegen bleiben"), and the instruction before the "und" its own.
    if any(
        t.word in ("und", "oder")
        and i > 0
        and re.fullmatch(r"[a-zäöüß]+en", before[i - 1].word)
        and not (before[i - 1].pos == "ADJ(A)" and i + 1 < len(before) and before[i + 1].pos == "ADJ(A)")
        for i, t in enumerate(before)
    ):
        return None
    particle = _particle(verb)
    if particle is None or verb in ("sein", "haben", "werden"):
        return None  # HanTa cannot tell the prefix apart ("umfahren"), or no action verb
    base = verb[len(particle) :] if particle else verb
    if len(base) < 3:
        return None
    # The reader's "Ihr"/"Ihre" keeps its capital: lower case it is another's ("ihre Kleidung").
    formal = clause[0].pos == "PPOSAT" and clause[0].word.startswith("Ihr")
    if rest and not _noun(clause, 0) and not formal and not rest.split()[0].isupper():
        rest = rest[:1].lower() + rest[1:]  # the sentence's opening capital moves to the verb
    words = [base[:1].upper() + base[1:], "Sie", *([rest] if rest else []), *([particle] if particle else [])]
    return " ".join(words) + "."
