"""The noun phrases of a headline that a topic title ("Es geht um …") may name when no clause of it makes a title."""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["TOPIC_FRAME", "feminine_in_body", "message_label", "topic_phrases"]

# The topic frame (titles.topic_sentence): it asserts nothing but what the release is about.
TOPIC_FRAME: Final = "Es geht um "

# Labels that name the kind of message before a colon, not its topic (press convention: "Hinweis:
# Frist endet …", "Achtung: …", "Personalie: …"); the news is the part after the colon.
_MESSAGE_KINDS: Final = frozenset(
    {
        "erinnerung",
        "achtung",
        "hinweis",
        "personalie",
        "personalien",
        "korrektur",
        "nachtrag",
        "update",
        "aufruf",
        "info",
        "wichtig",
        "terminhinweis",
        "eilmeldung",
    }
)
# Masculine and neuter nouns in these endings have a plural without ending (Duden grammar: "die Lehrer"),
# so "die" before them may be a plural article.
_SAME_PLURAL: Final = ("er", "el", "en", "chen", "lein")


def feminine_in_body(noun: str, body: str) -> bool:
    """The body writes "die" before the singular noun and no masculine or neuter article: it is feminine.

    Duden grammar: before a singular noun "die" is feminine only (nominative or accusative); before
    a noun whose plural has the same form it may be a plural, so those endings show nothing. "den",
    "dem", "des" before the same noun show a masculine or neuter one (the caller checks the number).
    """
    plain = re.escape(noun.replace("·", ""))
    if noun.endswith(_SAME_PLURAL) or not re.search(rf"\bdie\s+(?:[a-zäöüß]+\s+)?{plain}(?![\wäöüß\-])", body, re.I):
        return False
    masculine = rf"\b(?:den|dem|des|das|ein|einen|einem|eines)\s+(?:[a-zäöüß]+\s+)?{plain}(?![\wäöüß\-])"
    return not re.search(masculine, body, re.IGNORECASE)


def message_label(label: str) -> bool:
    """The text before a headline's colon names the kind of message ("Hinweis", "Achtung"), not its topic."""
    return label.strip().rstrip(":").strip().lower() in _MESSAGE_KINDS


def _modal_subject(tagged: tuple[morph.Token, ...]) -> str | None:
    """The subject of a modal passive headline ("Hundesteuer 2026 muss bis 15. März bezahlt werden").

    Leichte Sprache says no passive; the active needs a doer the headline leaves out, and "Sie müssen …"
    would address every reader, not only those the rule is for. The subject alone names the topic.
    """
    words = [t for t in tagged if not t.pos.startswith("$")]
    if len(words) < 4 or words[-1].word not in ("werden", "sein") or words[-2].pos != "VV(PP)":
        return None
    modal = next((i for i, t in enumerate(words) if t.pos == "VM(FIN)"), None)
    if modal is None or modal == 0:
        return None
    subject = words[:modal]
    if subject[0].pos not in ("ADJ(A)", "NN") or not any(t.pos == "NN" for t in subject):
        return None
    if any(t.pos not in ("ADJ(A)", "NN", "NE", "CARD") for t in subject):
        return None
    return " ".join(t.word for t in subject)


def topic_phrases(part: str) -> list[str]:
    """The headline part's noun phrases a topic may name: the subject of a modal passive; else the part
    itself and the part before its first preposition.

    Cutting the prepositional phrase leaves out where, when or for whom ("… in der kommenden Woche",
    "… für das Schuljahr 2026/27"); after "Es geht um" that states less, nothing false, since the frame
    asserts no event or time (a "Es gibt …" existence frame would: never cut there).
    """
    text = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", part)).strip().rstrip("!.?")
    tagged = morph.tag(text)
    if not tagged:
        return []
    subject = _modal_subject(tagged)
    if subject is not None:
        return [subject]
    if any(t.pos.endswith("(FIN)") or t.pos.startswith(("VV", "VA", "VM")) for t in tagged):
        return []
    found = [text]
    cut = next((i for i, t in enumerate(tagged) if t.pos in ("APPR", "APPRART") and i > 0), None)
    # Only a plain noun phrase before the preposition: adjectives, one noun and its number
    # ("Waldbrandstufe 5"). A name after the noun ("Vereinbarung Polizei X mit …") is the first of
    # the parties the preposition joins: cut there, the phrase would name one party as the thing.
    head = [t.pos for t in tagged[:cut]] if cut is not None else []
    plain = bool(head) and head.count("NN") == 1 and all(p in ("ADJ(A)", "NN", "CARD") for p in head)
    if cut is not None and plain and tagged[cut - 1].pos in ("NN", "CARD"):
        found.append(" ".join(t.word for t in tagged[:cut]))
    return found
