"""Safety advice to the reader, in the plain forms Leichte Sprache asks for ("Sie sollen …", "Bitte … nicht …").

Reports close with what the public should do. Three German forms of it fail the rule checks as the
source writes them, though the advice is the most useful sentence for a reader:

- the recommendation in the Konjunktiv II ("Anwohner sollten die Fenster geschlossen halten"):
  the indicative "sollen" says the same advice without the subjunctive (rule books: no Konjunktiv);
- the negated attempt with a zu-infinitive ("Versuchen Sie nicht, selbst zu löschen"): the
  Sie-imperative of the infinitive says it without the subordinate clause ("Bitte löschen Sie nicht
  selbst.");
- the infinitive instruction of notices and signs ("Achtung: Fenster schließen!"): the German
  Sie-imperative has the infinitive's form, so "Fenster schließen" is "Bitte schließen Sie Fenster.".

The negation is never lost: a conjunct that is only "keine X" has no verb to turn and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["advice", "advised"]

# A condition or a counterfactual turns a recommendation into something else: left as it is.
_NOT_ADVICE: Final = re.compile(r"\b(?:wenn|falls|ob|hätte\w*|wäre\w*|würde\w*)\b", re.I)
_SHOULD: Final = re.compile(r"^(?P<subj>Sie|[A-ZÄÖÜ][a-zäöüß]+(?: und [A-ZÄÖÜ][a-zäöüß]+)?) sollten (?P<rest>[^,;:!?]+)\.$")
_TRY_NOT: Final = re.compile(r"^Versuchen Sie (?:bitte )?nicht,? (?P<rest>[^,;:]*?) ?zu (?P<verb>[a-zäöü]+)[.!]$")
# The notice label may follow an introduction ("… der Hinweis im Umgang mit Gasflaschen: ❗Achtung: …"); its
# text ends at a full stop, an exclamation mark or a warning symbol (U+2600–U+27BF, pictographs).
_NOTICE: Final = re.compile(
    r"(?:^|[\s:\W])(?:Achtung|Wichtig|Vorsicht)\s*[:!]\s*(?P<body>[^.!?\u2600-\u27bf\U0001f300-\U0001faff]+)"
)
# A condition inside a notice ("Bei Sturm …", "Im Fall eines Brandes …"): the plain imperative cannot carry it.
_CONDITION: Final = re.compile(r"\b(?:bei|beim|im Fall\w*|wenn|falls|sobald)\b", re.I)
# Separable verb particles (Duden: trennbare Verben): such a verb is left out rather than misbuilt.
_SEPARABLE: Final = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|fern|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|frei)")
_INFINITIVE: Final = re.compile(r"^(?P<neg>nicht )?(?P<obj>(?:[A-ZÄÖÜ][a-zäöüß]+)(?: [a-zäöüß]+)?) (?P<verb>[a-zäöüß]+en)$")


def _plural_noun_subject(subject: str) -> bool:
    """ "Anwohner", "Eltern und Kinder": a plural noun phrase (the public addressed by group)."""
    if subject == "Sie":
        return True
    tagged = morph.tag(subject + " sollten")
    return all(t.pos == "NN" for t in tagged if t.word not in ("und", "sollten"))


def _infinitive(word: str, context: str) -> bool:
    """HanTa reads the word as an infinitive in the instruction (not a plural noun ending in -en)."""
    return any(t.word == word and t.pos in ("VV(INF)", "VA(INF)", "VM(INF)") for t in morph.tag(context))


def advice(sentence: str) -> list[str]:
    """The advice of one source sentence in plain form, or [] when it is no advice of these forms."""
    text = sentence.strip()
    if _NOT_ADVICE.search(text):
        return []
    should = _SHOULD.match(text)
    if should and _plural_noun_subject(should["subj"]):
        return [f"{should['subj']} sollen {should['rest']}."]
    attempt = _TRY_NOT.match(text)
    if attempt and _infinitive(attempt["verb"], f"Man soll nicht {attempt['rest']} {attempt['verb']}."):
        rest = f" {attempt['rest']}" if attempt["rest"] else ""
        return [f"Bitte {attempt['verb']} Sie nicht{rest}."]
    notice = _NOTICE.search(text)
    if notice is None or _CONDITION.search(notice["body"]):
        # "Bei Glätte: Gehwege streuen": the instruction holds under that condition only;
        # "Bitte streuen Sie Gehwege." alone would say neither from what nor when
        # (issue 16, round 2: a warning keeps its condition or is left out).
        return []
    out: list[str] = []
    for part in re.split(r"\s+und\s+|\s*,\s*", notice["body"].strip()):
        found = _INFINITIVE.match(part.strip())
        if found is None or _SEPARABLE.match(found["verb"]):
            continue  # a separable verb splits in the imperative ("zumachen" -> "Machen Sie … zu")
        if not _infinitive(found["verb"], f"Man soll {found['obj']} {found['verb']}."):
            continue  # no verb ("KEINE Versuche"), or not an infinitive: nothing to turn
        negation = " nicht" if found["neg"] else ""
        out.append(f"Bitte {found['verb']} Sie{negation} {found['obj']}.")
    return out


def advised(body: Sequence[str]) -> list[tuple[str, str]]:
    """(source sentence, plain advice) for every piece of advice of the sender's sentences, in order."""
    return [(sentence, line) for sentence in body for line in advice(sentence)]
