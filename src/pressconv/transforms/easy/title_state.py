"""A long clipped state headline ("Halle nach Sturm bis auf Weiteres gesperrt") said whole: "Die Halle ist gesperrt"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.headline_grammar import body_gender
from pressconv.transforms.easy.leadcore import phrase_end
from pressconv.transforms.easy.openend import open_end
from pressconv.transforms.easy.references import event_noun
from pressconv.transforms.easy.title_nominal import state_participle
from pressconv.transforms.easy.title_topic import feminine_in_body
from pressconv.transforms.easy.titles import noun_gender, plural_noun

__all__ = ["clipped_state"]

# Headline ellipsis (Schlagzeilenstil, Duden grammar): "Turnhalle nach Wasserschaden gesperrt" leaves
# out the article and the copula of a Zustandspassiv. Where the body tells that state as holding now
# ("Die Halle ist ab sofort gesperrt"), "Die Turnhalle ist gesperrt" says the headline's news; the
# phrases between subject and participle give the cause ("nach …", "wegen …") or "bis auf Weiteres",
# and leaving them out states less, nothing false. A span ("ab 3. Mai", "bis Freitag") and the
# adverbs before the participle ("teilweise", "wieder") stay: without them the state would say more.
_NOW: Final = frozenset({"ist", "sind", "bleibt", "bleiben"})
# Words whose loss or presence changes the statement: a part or body clause with them gives no title.
_CHANGING: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|nur|teilweise|halbseitig|zeitweise|nachts|tagsüber|abends|morgens|jeweils|"
    r"soll\w*|könnt\w*|würd\w*|geplant\w*|voraussichtlich\w*|möglich\w*|angekündigt\w*|drohend\w*)\b",
    re.IGNORECASE,
)
# Prepositions of a cause (Duden grammar: kausale Präpositionen): their phrase may be left out.
_CAUSE: Final = frozenset({"wegen", "aufgrund", "infolge"})
# "nach" is a cause only before an event ("nach Sturm", "nach Unfall"); before a place ("nach Neustadt")
# it is a direction that names which thing is meant ("die Straße nach Neustadt"), and leaving it out
# would widen the state to every such thing. So its noun must be an event noun (references.event_noun)
# or end in one of these heads of damage and weather (a compound counts by its last part).
_AFTER: Final = "nach"
_DAMAGE_HEADS: Final = frozenset(
    {
        "schaden",
        "sturm",
        "unwetter",
        "gewitter",
        "hochwasser",
        "feuer",
        "frost",
        "fund",
        "befall",
        "vandalismus",
        "bruch",
        "rutsch",
        "ausfall",
        "störung",
    }
)
# Spans of time the state holds for: kept with their phrase.
_SPAN: Final = frozenset({"ab", "bis", "seit"})
# Prepositions of place after the head noun that name which thing it is ("Halle am Berg").
_PLACE: Final = frozenset({"am", "an", "im", "in", "auf", "beim", "bei"})
# A date or time word: "nach Ostern", "nach dem 3. Mai" is a time, not a cause, and is never left out.
_TIME_WORD: Final = re.compile(
    r"\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|tag\b|Woche|"
    r"Monat|Jahr|Ostern|Pfingsten|Weihnachten|Ferien|Ende|Anfang|Mitte|Uhr",
    re.IGNORECASE,
)
# A span with a day or a date ("ab 3. Mai", "bis Freitag", "ab dem …"): a state that begins or ends then.
_DATED_SPAN: Final = re.compile(
    r"\b(?:ab|bis|vom|von)\s+(?:dem\s+|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|\d)", re.IGNORECASE
)
_DEFINITE: Final = {"der": "Der", "die": "Die", "das": "Das"}
_SINGULAR: Final = frozenset({"ist", "bleibt"})
_PLURAL_VERBS: Final = frozenset({"sind", "bleiben"})


# Quantifiers that say how many without saying which (Duden grammar: Indefinitpronomen as
# determiners); "alle" and "keine" are left out: a body that says "zahlreiche" never confirms them.
_QUANTIFIERS: Final = frozenset({"viel", "viele", "einig", "einige", "mehrere", "zahlreich", "zahlreiche"})


def _quantifier(token: morph.Token) -> bool:
    """A count in digits or words, or a quantifier such as "viele", "mehrere" before the noun."""
    if token.pos == "CARD":
        return token.word.isdigit() or token.word.isalpha()
    return token.pos in ("PIAT", "PIDAT", "ADJ(A)") and (token.lemma or token.word).lower() in _QUANTIFIERS


def _plural_count(token: morph.Token) -> bool:
    """A count above one or a quantifier in its plural form ("viele", "mehrere"): the noun after it is plural."""
    if token.pos == "CARD":
        return token.word.lower() not in ("1", "ein", "eine", "eins", "einer")
    return token.word.lower().endswith("e")


def _between(tagged: Sequence[morph.Token], at: int, last: int) -> int:
    """The length of a "zwischen X und Y" span at ``at`` before ``last``, else 0."""
    if tagged[at].word.lower() != "zwischen":
        return 0
    first = phrase_end(tagged, at + 1, last)
    if first >= last or tagged[first].word != "und":
        return first - at if first > at + 1 and " und " in " ".join(t.word for t in tagged[at:first]) else 0
    end = phrase_end(tagged, first + 1, last)
    return end - at if end > first + 1 else 0


def _cause_noun(word: str) -> bool:
    """An event or a damage ("Unfall", "Wasser·schaden"): a noun a "nach" phrase may give as the cause."""
    if event_noun(word):
        return True
    plain = word.replace("·", "").lower()
    last = segment(word.replace("·", "")).split("·")[-1].lower()
    return plain in _DAMAGE_HEADS or last in _DAMAGE_HEADS


def _stem(word: str) -> str:
    """A word without its inflection ending, lower case: "alte" and "Alten" both give "alt"."""
    return re.sub(r"(?:e|er|es|en|em)$", "", word.replace("·", "").lower())


def _told_now(participle: str, head: str, attributes: Sequence[str], sentences: Sequence[str]) -> str | None:
    """The copula of a body clause that tells the state as holding now ("ist", "sind"), or None.

    The clause has the same participle, the headline's head noun (or the last part of it) before it,
    every other word of the headline's subject ("alte", "Nord", "im Stadtpark": the whole phrase, so
    another thing of the same kind never confirms it), and no word that limits or doubts it.
    """
    stem = head.replace("·", "").lower()
    stems = {stem[: max(5, len(stem) - 2)], stem[-6:]} if len(stem) >= 6 else {stem}
    for sentence in sentences:
        if not re.search(rf"\b{re.escape(participle)}\b", sentence) or _CHANGING.search(sentence):
            continue
        before = sentence[: sentence.index(participle)].lower()
        if not any(s in before for s in stems):
            continue
        words: set[str] = set(re.findall(r"\w+", before))
        if not {_stem(a) for a in attributes} <= {_stem(w) for w in words}:
            continue  # "der Spielplatz im Kurpark" never confirms "Spielplatz im Stadtpark"
        copulas = words & _NOW
        # A date in the clause ("ist ab 3. Mai gesperrt") is a state to come: not told as holding now.
        # Both numbers in one clause leave the subject's number open.
        if copulas and not _DATED_SPAN.search(before) and not (copulas & _SINGULAR and copulas & _PLURAL_VERBS):
            return next(iter(copulas))
    return None


_NUMBER_WORDS: Final = {
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8",
    "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12",
}  # fmt: skip


def _count_in_body(word: str, body: str) -> bool:
    """A count's number is in the body, as a digit or a word; a quantifier ("viele") needs no number."""
    lower = word.lower()
    digits = _NUMBER_WORDS.get(lower, lower if lower.isdigit() else None)
    if digits is None:
        return True
    words = [w for w, d in _NUMBER_WORDS.items() if d == digits]
    return re.search(rf"(?<![\d.,]){digits}(?![\d.,]\d)", body) is not None or any(
        re.search(rf"\b{w}\b", body, re.IGNORECASE) for w in words
    )


def clipped_state(part: str, sentences: Sequence[str], body: str) -> str | None:
    """ "Die Turn·halle am Markt ist gesperrt" from "Turnhalle am Markt nach Wasserschaden
    bis auf Weiteres gesperrt", where the body tells the state as holding now; else None.

    The subject is the headline's bare noun (adjectives before it declined weak, a place phrase after
    it kept); its article is the lexicon's or the body's (no guess). Cause phrases and "bis auf
    Weiteres" are left out, spans and adverbs kept; any other word makes no title.
    """
    text = part.strip().rstrip(".!")
    if not state_participle(text) or "," in text or _CHANGING.search(text):
        return None
    tagged = [t for t in morph.tag(text) if not t.pos.startswith("$")]
    if any(t.pos.endswith("(FIN)") for t in tagged):
        return None
    head = next((i for i, t in enumerate(tagged) if t.pos == "NN"), None)
    # "Viele Praxen …", "Drei Brücken …": a quantifier or a count before a plural takes no article
    # (Duden grammar: Nullartikel im Plural); it stays as the headline writes it.
    counted = head is not None and head > 0 and _quantifier(tagged[0])
    if head is None or any(t.pos != "ADJ(A)" for t in tagged[1 if counted else 0 : head]):
        return None
    noun = tagged[head]
    if counted and not _plural_count(tagged[0]):
        return None  # "1 Halle", "viel Wasser": a singular or a mass is no plural to say bare
    if counted and not _count_in_body(tagged[0].word, body):
        # "Drei Kitas geschlossen" over a body of "zwei Kitas": the headline's count is a fact the body
        # must state too, as a digit or a word (a reviewer's find: title and body disagreed).
        return None
    last = len(tagged) - 1
    at = head + 1
    # A name or number right after the noun is part of it ("Halle 2", "Kreisstraße K 12").
    while at < last and tagged[at].pos in ("NE", "CARD"):
        at += 1
    subject = [t.word for t in tagged[:at]]
    if at < last and tagged[at].word.lower() in _PLACE:
        end = phrase_end(tagged, at + 1, last)
        subject += [t.word for t in tagged[at:end]]
        at = end
    kept: list[str] = []
    while at < last:
        word = tagged[at].word
        skip = open_end([t.word for t in tagged], at)
        if skip:
            at += skip  # "bis auf Weiteres" (openend.py): no end is known, the state holds now
            continue
        if word.lower() in _CAUSE or word.lower() == _AFTER:
            end = phrase_end(tagged, at + 1, last)
            if _TIME_WORD.search(" ".join(t.word for t in tagged[at:end])):
                return None  # "nach Ostern": a time, which the state depends on
            nouns = [t.word for t in tagged[at + 1 : end] if t.pos in ("NN", "NE")]
            if word.lower() == _AFTER and not (nouns and all(_cause_noun(n) for n in nouns)):
                return None  # "nach Neustadt": a direction naming the thing, never left out
            at = end
            continue
        if word.lower() in _SPAN:
            end = phrase_end(tagged, at + 1, last)
            kept += [t.word for t in tagged[at:end]]
            at = end
            continue
        between = _between(tagged, at, last)
        if between:
            # "zwischen Weihnachten und Neujahr": a span with both its ends, kept as a span is.
            kept += [t.word for t in tagged[at : at + between]]
            at += between
            continue
        if tagged[at].pos in ("ADV", "ADJ(D)") and all(t.pos in ("ADV", "ADJ(D)") for t in tagged[at:last]):
            kept += [t.word for t in tagged[at:last]]
            break
        return None  # a word the title can neither keep in its place nor leave out safely
    participle = tagged[last].word
    # The quantifier is the headline's claim, not a word naming which things: the body may count
    # them in its own words ("zahlreiche" for "viele"), so it is not looked for there.
    attributes = [w for i, w in enumerate(subject) if i != head and w.lower() not in _PLACE and not (counted and i == 0)]
    copula = _told_now(participle, noun.word, attributes, sentences)
    if copula is None:
        return None
    # The number is the body's verb's ("Die Schul·gebäude sind …"): a noun like "Gebäude" has one form
    # for both, and an article guessed from the singular would disagree with a plural subject.
    plural = copula in _PLURAL_VERBS
    if (counted or plural_noun(noun.word, noun.lemma or noun.word)) and not plural:
        return None  # a plural form told with a singular verb: the body means another subject
    gender = None if plural else noun_gender(noun.word) or body_gender(noun.word, body)
    if not plural and gender is None and feminine_in_body(noun.word, body):
        gender = "die"  # the body's "die" before the singular noun (title_topic.feminine_in_body)
    if not plural and gender not in _DEFINITE:
        return None
    if counted:
        # The body's verb must be plural too (checked above); the subject stays as the headline has it.
        if not plural:
            return None
        opening = [subject[0][:1].upper() + subject[0][1:], *subject[1:]]
        return re.sub(r" \.", ".", " ".join([*opening, "sind", *kept, participle]))
    weak = "en" if plural else "e"
    opening = [re.sub(r"(?:e|er|es|en|em)$", "", w).lower() + weak if i < head else w for i, w in enumerate(subject)]
    article = "Die" if plural else _DEFINITE[gender or "das"]
    sentence = " ".join([article, *opening, "sind" if plural else "ist", *kept, participle])
    return re.sub(r" \.", ".", sentence)
