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
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.source import SourceSentence, split_sentences

__all__ = ["imperatives", "infinitive_advice"]

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
# A coordinator between two instructions ("… aktivieren und die Lokalradios verfolgen").
_JOINS: Final = frozenset({",", ";", "und"})


def infinitive_advice(sentences: Sequence[SourceSentence]) -> list[tuple[str, str]]:
    """(source line, Sie-imperative) for each infinitive tip after an intro that announces advice, in order.

    The tips may be list items or lines of their own ("Der Landkreis rät:" and "Keller meiden."), or
    follow the intro in one line ("Tipps der Polizei: Türen abschließen und Fenster schließen."). A
    list item that cannot be turned leaves the list open; a line of prose closes it.
    """
    found: list[tuple[str, str]] = []
    open_list = False
    for sentence in sentences:
        if sentence.speech:
            open_list = False
            continue
        text = sentence.text.strip()
        if open_list:
            turned = _item(text)
            if turned:
                found.extend((sentence.text, line) for line in turned)
                continue
            open_list = sentence.heading  # an item that cannot be turned; prose ends the list
        head, colon, tail = text.partition(": ")
        if colon and tail and _intro(head + ":"):
            found.extend((sentence.text, line) for line in _item(tail))  # "Tipps: Keller meiden."
        elif text.endswith(":") and _intro(text):
            open_list = True
    return found


def _intro(text: str) -> bool:
    """An intro of advice, short enough to be one (a long sentence with a colon is prose)."""
    return len(text.split()) <= _INTRO_WORDS_MAX and _ADVICE_INTRO.search(text) is not None


def _item(text: str) -> list[str]:
    """The imperatives of one item's sentences, up to the first that does not turn (it may lean on it)."""
    out: list[str] = []
    for part in split_sentences(text, "de"):
        turned = imperatives(part)
        if not turned:
            break
        out.extend(turned)
    return out


def imperatives(item: str) -> list[str]:
    """ "Fenster geschlossen halten, Rollläden herunterlassen." -> two Sie-imperatives; [] if not all turn."""
    text = item.strip().rstrip(".!").strip()
    if not text or not text[:1].isupper():
        return []
    tokens = morph.tag(text)
    spans = morph.token_spans(text)
    if not tokens or len(tokens) != len(spans) or tokens[-1].pos not in _INFINITIVE:
        return []
    out: list[str] = []
    start = 0
    for index, token in enumerate(tokens):
        last = index == len(tokens) - 1
        if token.pos not in _INFINITIVE or not (last or tokens[index + 1].word in _JOINS):
            continue
        clause = tokens[start : index + 1]
        rest = text[spans[start][0] : spans[index][0]].strip() if index > start else ""
        line = _imperative(clause, rest)
        if line is None:
            return []
        out.append(line)
        start = index + 2  # past the verb and its joining comma, semicolon or "und"
        while start < len(tokens) and tokens[start].word in _JOINS:
            start += 1
    return out


def _imperative(clause: Sequence[morph.Token], rest: str) -> str | None:
    """The Sie-imperative of one infinitive clause (its verb last), or None if it cannot be built."""
    verb = clause[-1].word
    if any(t.pos.startswith(_REFUSED_IN_REST) for t in clause[:-1]) or re.search(r"[()\[\]:„“\"]", rest):
        return None
    particle = morph.separable_particle(verb)
    if particle is None or verb in ("sein", "haben", "werden"):
        return None  # HanTa cannot tell the prefix apart ("umfahren"), or no action verb
    base = verb[len(particle) :] if particle else verb
    if len(base) < 3:
        return None
    if rest and clause[0].pos not in ("NN", "NE") and not rest.split()[0].isupper():
        rest = rest[:1].lower() + rest[1:]  # the sentence's opening capital moves to the verb
    words = [base[:1].upper() + base[1:], "Sie", *([rest] if rest else []), *([particle] if particle else [])]
    return " ".join(words) + "."
