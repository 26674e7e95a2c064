"""Modal passives passives.py and voice.py leave: advice in "sollte", "sein + zu" after an adverbial, "kann" readings.

Leichte-Sprache rule books ask for active sentences (Netzwerk Leichte Sprache: "Schreiben Sie
aktiv"). Three forms of the agentless modal passive reach the verifier unchanged:

- the advice in the Konjunktiv II, "Geschirr sollte heiß gespült werden": the indicative "sollen"
  says the same advice without the subjunctive (advice.py and conditions.py do the same for
  "Anwohner sollten …"), and voice.modal_passive then makes it "Man soll Geschirr heiß spülen".
  "sollte" is also the Präteritum of "sollen" ("sollte abgerissen werden" = was to be); a word that
  places the sentence in the past or in a plan that changed refuses it.
- "sein + zu + Infinitiv" behind an adverbial Vorfeld (Duden grammar, modales Passiv, Gerundiv):
  "Bei Einzug ist eine Kaution zu zahlen" -> "Bei Einzug muss man eine Kaution zahlen"; the subject is
  the Mittelfeld's first noun phrase (voice._mittelfeld_patient), the adverbial stays first (V2).
- "sein + zu" with a verb of perceiving, finding or reaching, whose reading is a possibility, not a
  duty (Duden grammar: "ist zu sehen" = "kann gesehen werden"): "Der Turm ist von weitem zu sehen" ->
  "Man kann den Turm von weitem sehen". Verbs whose "ist zu" may be either (buying, changing,
  avoiding) are not in the table and are refused.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.passives import (
    _NEGATION,
    _POSSIBILITY_ADVERBS,
    _STOPS,
    _body,
    _end_mark,
    _subject,
    agent_in,
    morph_izu,
)
from pressconv.transforms.easy.voice import _join, _mittelfeld_patient, _rival_subject, modal_passive

__all__ = ["advised_passive", "agent_in", "sein_zu"]

# Words that make "sollte" the Präteritum or a changed plan, not advice: a past time or a plan
# ("ursprünglich sollte … gebaut werden"); a condition ("falls", "wenn") or a comma is refused too.
# A clock time or a person by age ("der 40-Jährige") marks the narrative of a report, where "sollte"
# tells what was to happen ("Gegen 15 Uhr sollte der Mann befragt werden").
_NOT_ADVICE: Final = re.compile(
    r"\b(?:eigentlich|ursprünglich|zunächst|damals|gestern|vorgestern|zuvor|bereits|schon|früher|einst|"
    r"wenn|falls|sofern|ob|dann|erst|gegen|Uhr)\b|\b(?:19|20)\d\d\b|jährige",
    re.IGNORECASE,
)


# Verbs whose "ist/sind zu …" is a possibility, never a duty (Duden grammar, modales Passiv): perceiving,
# finding, reaching. "kaufen", "buchen", "ändern", "vermeiden" may be either and are left out.
_CAN: Final = frozenset(
    {"sehen", "hören", "finden", "erkennen", "erreichen", "erleben", "bewundern", "bestaunen",
     "besichtigen", "entdecken", "lesen", "verfolgen", "beobachten", "anschauen", "ansehen"}
)  # fmt: skip


# A word with a sign inside that the tagger splits and _join spaces out: an address ("stadt.de"),
# an e-mail, a unit after a degree sign ("60 °C"); _restored writes it back as the source did.
_SIGNED_WORD: Final = re.compile(r"\S*[^\w\s-]\S*")


def _restored(text: str, source: str) -> str:
    """``text`` with every word of ``source`` that has a sign inside written as in the source again."""
    for word in sorted(set(_SIGNED_WORD.findall(source))):
        core = word.rstrip(".,;:!?")
        if len(core) > 1 and core not in text.split():
            text = re.sub(r"\s?".join(re.escape(c) for c in core), core.replace("\\", r"\\"), text)
    return text


def advised_passive(sentence: str) -> str:
    """ "Hunde sollten am Ufer angeleint werden." -> "Man soll Hunde am Ufer anleinen." (or unchanged).

    Only the agentless modal passive with the finite "sollte"/"sollten" and "werden" at the end; the
    indicative "soll" is tried through voice.modal_passive, and kept only where it made the active.
    """
    words = sentence.split()
    finite = [i for i, w in enumerate(words) if w.lower() in ("sollte", "sollten")]
    if len(finite) != 1 or finite[0] == 0 or not re.search(r"\bwerden[.!]$", sentence):
        return sentence
    if _NOT_ADVICE.search(sentence) or any(mark in sentence for mark in _STOPS):
        return sentence
    words[finite[0]] = "soll" if words[finite[0]].lower() == "sollte" else "sollen"
    indicative = " ".join(words)
    active = modal_passive(indicative, advice=True)
    return _restored(active, sentence) if active != indicative else sentence


def _zu_infinitive(body: list[morph.Token]) -> tuple[str, int] | None:
    """(the infinitive, where the Mittelfeld ends) of a clause ending in a zu-infinitive."""
    if body and body[-1].pos == "VV(IZU)":
        plain = morph_izu(body[-1])
        return (plain, len(body) - 1) if plain else None
    if len(body) > 1 and body[-1].pos == "VV(INF)" and body[-2].pos == "PTKZU":
        return body[-1].word, len(body) - 2
    return None


def sein_zu(sentence: str) -> str:
    """ "Bei Einzug ist eine Kaution zu zahlen." -> "Bei Einzug muss man eine Kaution zahlen." (or unchanged).

    Present "ist"/"sind" only ("war zu" may report a past possibility), no comma, no second verb.
    A verb of ``_CAN`` takes "kann" wherever the subject stands; any other verb takes "muss" only
    behind an adverbial Vorfeld (passives.gerundive does the subject Vorfeld) and only without
    negation ("ist nicht zu betreten" = "darf nicht") or an adverb of ease ("gut zu erreichen").
    """
    tagged = morph.tag(sentence)
    body = _body(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in _STOPS for t in tagged) or len(body) < 4:
        return sentence
    verb = finite[0]
    found = _zu_infinitive(body)
    if verb == 0 or body[verb].word.lower() not in ("ist", "sind") or found is None:
        return sentence
    infinitive, end = found
    middle = body[verb + 1 : end]
    if any(t.pos.startswith("V") for t in middle) or any(t.pos.startswith("V") for t in body[:verb]):
        return sentence
    if agent_in(middle):
        return sentence  # "ist von den Eltern zu zahlen": an agent, which "man" would hide
    can = infinitive in _CAN
    if not can and any(t.word.lower() in _NEGATION | _POSSIBILITY_ADVERBS for t in middle):
        return sentence
    modal = "kann" if can else "muss"
    subject = _subject(body, verb)
    if subject is not None:
        if not can or subject[0] or _rival_subject(_dates_joined(middle)) or _dative_der(body[:verb]):
            return sentence  # the "muss" reading with the subject first is passives.gerundive's
        words = ["Man", modal, *subject[1], *[t.word for t in middle], infinitive]
        return _restored(_join(words) + _end_mark(tagged), sentence)
    if body[0].pos not in ("APPR", "APPRART", "ADV", "ADJ(D)", "PROAV", "PAV"):
        return sentence  # "Es ist …", a pronoun: no adverbial to keep first
    patient = _mittelfeld_patient(middle)
    if patient is None or _dative_der(patient[3]):
        return sentence
    before, moved, after, _ = patient
    words = [*[t.word for t in body[:verb]], modal, "man", *before, *moved, *after, infinitive]
    return _restored(_join(words) + _end_mark(tagged), sentence)


def _dates_joined(tokens: list[morph.Token]) -> list[morph.Token]:
    """``tokens`` without the month of "Anfang/Mitte/Ende Mai": one noun phrase (Duden, enge Apposition)."""
    parts = ("Anfang", "Mitte", "Ende")
    return [t for i, t in enumerate(tokens) if not (i and tokens[i - 1].word in parts and t.pos == "NN")]


def _dative_der(phrase: tuple[morph.Token, ...] | list[morph.Token]) -> bool:
    """ "der" before a feminine noun is a dative or genitive, not a subject (patients.py's reading)."""
    from pressconv.transforms.easy.lexicon import feminine_singular

    return bool(phrase) and phrase[0].word.lower() == "der" and feminine_singular(phrase[-1].word)
