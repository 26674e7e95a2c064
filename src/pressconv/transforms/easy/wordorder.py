"""Subject first: "Hinweise nimmt die Polizei entgegen" -> "Die Polizei nimmt Hinweise entgegen".

Leichte-Sprache rule books (Netzwerk Leichte Sprache; Bredel/Maaß, Leichte Sprache, 2016) ask for the
plain order subject – verb – object: a fronted object that a reader takes for the subject ("Hinweise
nimmt …", "Fragen beantwortet …") is a rule break (rubric item 4). German press style fronts the
object of a contact sentence this way; the order is certain only where agreement decides it: a bare
plural noun before a singular verb cannot be its subject (Duden grammar, Kongruenz), so the noun
phrase after the verb is. Where that is not certain, the sentence stays as it is.

A generic group as the subject ("Interessierte können sich … beraten lassen") is a nominalised
adjective the rule books ask to avoid; for anyone who wants to, the reader is addressed directly
("Sie können sich … beraten lassen"), as the rule books' examples do.
"""

from __future__ import annotations

import re
from typing import Final

from . import morph
from .voice import INSTITUTION_HEAD

# Tokens that end the subject noun phrase after the verb: an adverb, a predicative adjective, the
# verb's particle, a negation or the end mark. "von"/"vom" stays with it ("die Hotline vom Amt").
_SUBJECT_END: Final = ("ADV", "ADJ(D)", "PTKVZ", "PTKNEG", "$.", "$,", "PAV", "VV(INF)", "VV(PP)")
# What the fronted object phrase may hold: a bare noun and its attributes ("Fragen zum Parken").
_OBJECT_TAGS: Final = ("NN", "NE", "ADJ(A)", "APPR", "APPRART", "ART", "CARD")
# Who may act in a sentence about anybody who wants to ("Interessierte", "Alle Interessierten").
_ANYONE: Final = re.compile(
    r"^(?:Alle Interessierten|Interessierte|Interessenten|Interessentinnen und Interessenten)\s+(?P<rest>.+)$"
)
_MODALS: Final = frozenset(["können", "dürfen", "müssen", "sollen"])


def _singular_finite(token: morph.Token) -> bool:
    """ "nimmt", "beantwortet", "gibt": a full verb in the third person singular present."""
    return token.pos == "VV(FIN)" and token.word.endswith("t") and not token.word.endswith("en")


def subject_first(sentence: str) -> str:
    """The sentence with its subject before the verb where a fronted plural object is certain, else unchanged."""
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(tagged) != len(spans) or len(tagged) < 4:
        return sentence
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or not _singular_finite(tagged[verb]):
        return sentence
    head = tagged[0]
    # A bare plural noun opens the sentence (no article: a plural with an article could be the
    # subject of another verb form; "Kinder" before "begleitet" cannot be).
    if head.pos != "NN" or head.word == head.lemma or not head.word.endswith(("e", "en", "n", "er", "s")):
        return sentence
    if any(t.pos not in _OBJECT_TAGS for t in tagged[1:verb]):
        return sentence
    after = verb + 1
    if after >= len(tagged) or tagged[after].pos not in ("ART", "PPOSAT", "PIAT"):
        return sentence  # "Informationen gibt es …": an existential, no object fronted
    end = after + 1
    while end < len(tagged) and tagged[end].pos not in _SUBJECT_END:
        token = tagged[end]
        if token.pos == "APPR" and token.lemma == "für" and INSTITUTION_HEAD.search(tagged[end - 1].word.lower()):
            # "das Amt für Verkehrsplanung": after an authority's noun "für …" names its remit and is
            # part of its name (voice.INSTITUTION_HEAD); cut there, "Das Amt beantwortet Fragen für
            # Verkehrsplanung" was judged wrong. The name runs on over its nouns and "und".
            end += 1
            while end < len(tagged) and (tagged[end].pos in ("NN", "NE", "ADJ(A)", "ART") or tagged[end].word == "und"):
                end += 1
            break
        if token.pos == "APPR" and token.lemma != "von":
            break
        end += 1
    if end >= len(tagged) or not any(t.pos in ("NN", "NE") for t in tagged[after:end]):
        return sentence
    subject = sentence[spans[after][0] : spans[end - 1][1]]
    obj = sentence[: spans[verb - 1][1]]
    rest = sentence[spans[end][0] :].strip() if tagged[end].pos != "$." else ""
    mark = sentence.rstrip()[-1] if sentence.rstrip()[-1:] in ".!" else "."
    rest = rest.rstrip(".!").strip()
    parts = [subject[:1].upper() + subject[1:], tagged[verb].word, obj, *([rest] if rest else [])]
    return " ".join(parts) + mark


def reader_addressed(sentence: str) -> str:
    """ "Interessierte können sich beraten lassen." -> "Sie können sich beraten lassen.", else unchanged.

    Only a sentence with a modal verb is rewritten, and the modal stays as it is: it already says
    whether the reader may or must. A full verb ("Interessierte benötigen einen Ausweis",
    "Interessierte melden sich an") states a requirement as often as an offer; "Sie können …" would
    turn a duty into an option, so the sentence stays unchanged (omission over a wrong statement).
    """
    match = _ANYONE.match(sentence.strip())
    if match is None:
        return sentence
    rest = match["rest"]
    tagged = morph.tag(rest)
    if not tagged or not tagged[0].pos.endswith("(FIN)"):
        return sentence
    if tagged[0].lemma in _MODALS:
        return f"Sie {rest}"
    return sentence
