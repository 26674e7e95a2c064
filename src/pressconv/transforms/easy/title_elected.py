"""An appointment headline in participle form ("Anna Muster zur Präsidentin gewählt") said in the
Perfekt with the body that acted as its subject ("Der Senat hat Anna Muster zur Präsidentin gewählt")."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["elected_titles"]

# The verbs of an appointment that take "zum"/"zur" and a role (Duden: "jemanden zu etwas wählen,
# ernennen, berufen, bestellen"). A headline writes them as a bare participle (Schlagzeilenstil: the
# auxiliary is left out); Leichte Sprache says who did it, in the active voice and the Perfekt.
_PARTICIPLES: Final = ("gewählt", "ernannt", "berufen", "bestellt")
# Academic titles before a name: the title names the person without them (the body keeps them).
_ACADEMIC: Final = re.compile(r"^(?:(?:Prof|Dr|Dipl|Ing|med|phil|rer|nat|h\.\s?c)\.\s*(?:-\s*)?)+")
# "Anna Muster zur neuen Präsidentin der Universität X gewählt": the name, the role phrase, the participle.
_HEADLINE: Final = re.compile(
    r"^(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:[ -][A-ZÄÖÜ][\wäöüß]+){1,3}) (?P<role>zu[mr] (?:[a-zäöüß]+ )*[A-ZÄÖÜ][\wäöüß·-]+)"
    r"(?P<attribute>(?: (?:der|des|von der|vom|von) [^,;:]+?)?) (?P<participle>" + "|".join(_PARTICIPLES) + r")$"
)
_MOST: Final = 10  # the title's limit (title_check.TITLE_MOST)


def _agent(sentence: str, name: str, participle: str) -> str | None:
    """The subject of the body's active Perfekt clause that says the appointment, as article, adjectives and noun.

    "Der Erweiterte Senat der Universität X hat … Anna Muster zur Präsidentin gewählt" -> "Der
    Erweiterte Senat": the genitive after the noun says whose body it is and is left out (the title
    states less, nothing false). Only a subject that opens the sentence with a definite article, so
    the agent is never a name or a pronoun guessed from elsewhere.
    """
    last = name.split()[-1]
    found = re.search(rf"\b(?:hat|haben)\b[^;]*?\b{re.escape(last)}\b[^;]*?\bzu[mr]\b[^;]*?\b{participle}\b", sentence)
    if found is None or re.search(r"\b(?:nicht|kein\w*|nie)\b", sentence[: found.end()]):
        return None
    tagged = [t for t in morph.tag(sentence[: found.start()]) if not t.pos.startswith("$")]
    if not tagged or tagged[0].pos != "ART" or tagged[0].word not in ("Der", "Die", "Das"):
        return None
    words = [tagged[0].word]
    for token in tagged[1:]:
        if token.pos == "NN":
            words.append(token.word)
            break
        if token.pos != "ADJ(A)":
            return None
        words.append(token.word)
    else:
        return None
    # After the noun only its genitive attribute may follow before "hat" (no second subject, no verb).
    rest = tagged[len(words) :]
    if rest and (rest[0].word not in ("der", "des") or any(t.pos.endswith("(FIN)") for t in rest)):
        return None
    return " ".join(words)


def elected_titles(part: str, sentences: list[str]) -> list[str]:
    """The Perfekt sentences for an appointment headline, the whole role first, then without its attribute.

    The body must tell the appointment itself in an active Perfekt clause with the same name, "zu(m/r)"
    and participle; its subject is the title's subject. Without such a clause: nothing (no agent guessed).
    """
    match = _HEADLINE.match(_ACADEMIC.sub("", part.strip()).strip())
    if match is None:
        return []
    name, role, participle = match["name"], match["role"], match["participle"]
    attribute = match["attribute"].strip()
    agent = next((a for s in sentences if (a := _agent(s, name, participle)) is not None), None)
    if agent is None:
        return []
    found = []
    for phrase in (f"{role} {attribute}".strip(), role):
        sentence = f"{agent} hat {name} {phrase} {participle}"
        if len(sentence.split()) <= _MOST:
            found.append(sentence)
    return list(dict.fromkeys(found))
