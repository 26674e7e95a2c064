"""The core news: who does what, from the lead's main clause, with its time and place as sentences of their own.

News writing puts the whole news into the lead (the inverted pyramid: who, what, when, where in
the first sentence), so the lead is too long for Leichte Sprache. This step keeps the main clause's
subject, finite verb, negation, modal and objects, and moves a time or place phrase into a sentence
of its own that names the event noun again instead of a pronoun ("Die Polizei Berlin macht eine
Aktionswoche." / "Die Aktionswoche ist vom 7. bis 11. Oktober 2024."). Whatever cannot be parsed as
that structure is refused: omission over error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["Kernel", "core_sentences", "headline_sentences", "kernel", "nominalised"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_BRACKET: Final = ("VV(INF)", "VV(PP)", "VA(PP)", "VA(INF)", "VM(INF)", "PTKVZ", "PTKZU", "VV(IZU)")
_NP: Final = ("ART", "ADJ(A)", "NN", "NE", "NNA", "CARD", "PPOSAT", "PIAT", "PIDAT", "XY")
_LIMIT: Final = 12  # words per sentence (verify.HARD_LIMIT)
_MONTHS: Final = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_WEEKDAYS: Final = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
_DAYS: Final = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Nacht|Vormittag|Nachmittag|Abend"
_TIME: Final = re.compile(rf"\b(?:{_MONTHS})\b|\b(?:{_DAYS})\w*|\d\s*Uhr\b")
# A time phrase opens with a preposition of time (German grammar: temporal prepositions).
_TIME_PREPOSITIONS: Final = frozenset(
    ["am", "vom", "von", "bis", "ab", "seit", "um", "zum", "im", "in", "gegen", "auf", "nach"]
)
# Prepositions of place whose phrase, with a name or a street in it, says where it happens.
_PLACE_PREPOSITIONS: Final = frozenset(["in", "im", "auf", "bei", "beim", "vor", "an", "am", "zwischen"])
_STREET: Final = re.compile(r"(?:straße|str\.|weg|platz|allee|damm|ring|gasse|ufer|chaussee|halle|haus)\b", re.IGNORECASE)
# Linking words in the Vorfeld only point back to the sentence before; the statement is true without them.
_LINKS: Final = frozenset(["dazu", "hierzu", "dabei", "hierbei", "außerdem", "zudem", "nun", "jetzt", "deshalb", "daher"])
# Prepositions whose phrase may change or negate the statement: never dropped ("ohne Führerschein").
_KEEP_PP: Final = frozenset(
    ["ohne", "außer", "statt", "anstatt", "trotz", "gegen", "wegen", "für", "an", "zu", "zur", "zum", "über"]
)
# Trailing clauses whose loss leaves the main clause true (reason, purpose, time; a relative clause
# after an indefinite noun or a name). Never "dass", "ob", "wenn": they are the verb's object or condition.
_DETACHABLE: Final = frozenset(["weil", "da", "um", "nachdem", "während", "bevor", "sodass", "wobei"])


@dataclass(frozen=True, slots=True)
class Kernel:
    """The main clause cut to subject, verb and objects, and the phrases moved out of it."""

    text: str
    time: str | None
    place: str | None
    event: str | None  # the definite noun phrase the time and place sentences name ("Die Aktions·woche")
    past: bool
    topic: str | None = None
    places: tuple[str, ...] = ()  # the place as one or two sentences
    examples: str | None = None  # "Die Themen sind zum Beispiel: A, B und C."
    plural: bool = False  # the event noun is a plural ("Die Veranstaltungen sind …")
    purpose: str | None = None  # "Die Polizei will Unfälle vermeiden." from "…, um Unfälle zu vermeiden"


def nominalised(tagged: Sequence[morph.Token]) -> list[morph.Token]:
    """The tags with a capitalised adjective inside the sentence read as a noun ("ein Unbekannter").

    German capitalises nouns, and a nominalised adjective is one (Duden, Substantivierung); an
    attributive adjective inside a sentence is written small. HanTa sometimes tags "Unbekannter" as
    an attributive adjective, and "ein Unbekannter Rauch" would then read as one noun phrase. A
    capitalised adjective whose lemma is written small is a noun; a place adjective keeps its capital
    in the lemma ("Berliner") and a quoted name („Dunkle Jahreszeit“) is left as it is.
    """
    out = list(tagged)
    quoted = False
    for i, token in enumerate(out):
        if token.word == "„":
            quoted = True
        elif token.word == "“":
            quoted = False
        elif (
            i > 0
            and not quoted
            and token.pos == "ADJ(A)"
            and token.word[:1].isupper()
            and token.lemma[:1].islower()
            and out[i - 1].word not in (".", ":", "!", "?")
            # Before a noun it may be part of a name ("Diakonisches Werk") or a place adjective, which
            # never inflects ("in der Mellener Straße"): only with no noun after it is it the noun.
            and (i + 1 == len(out) or out[i + 1].pos not in ("NN", "NE", "NNA", "ADJ(A)"))
        ):
            out[i] = morph.Token(token.word, token.lemma, "NNA")
        elif token.pos == "NN" and token.word[:1].islower() and token.word.isalpha():
            # Nouns are capitalised: a small word read as a noun is an adverbial adjective ("stadtweit").
            out[i] = morph.Token(token.word, token.lemma, "ADJ(D)")
    return out


def _ambiguous_er(tagged: Sequence[morph.Token]) -> bool:
    """ "ein Unbekannter Rauch": after "ein" a capitalised "-er" word before a noun is a nominalised
    adjective with an object, or a place adjective with its noun ("ein Mellener Bürger"); the tags
    cannot tell which, so no cut is made."""
    return any(
        t.pos == "ADJ(A)"
        and t.word[:1].isupper()
        and t.lemma[:1].islower()
        and t.word.endswith("er")
        and tagged[i - 1].word.lower() in ("ein", "kein")
        and i + 1 < len(tagged)
        and tagged[i + 1].pos in ("NN", "NE")
        for i, t in enumerate(tagged)
        if i > 0
    )


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d)\s+\.", r"\1.", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    return re.sub(r"„\s+", "„", text)


def _phrase(tagged: Sequence[morph.Token], start: int) -> int:
    """Index after one noun phrase at ``start``: determiner, adjectives and numbers, head noun, names.

    After the head noun only a name or a year continues it ("die Polizei Berlin", "Mai 2024"), or
    "und"/"bis" with another phrase ("der 7. bis zum 11. Oktober"); a new article starts a new phrase.
    """
    end = start
    head = False
    quoted = False
    while end < len(tagged):
        token = tagged[end]
        if token.word == "„":
            quoted = True
        elif token.word == "“":
            quoted = False
            head = True
        elif quoted:
            pass
        elif token.pos in ("ART", "PPOSAT", "PIAT", "PIDAT", "PDAT"):
            if end > start and (head or tagged[end - 1].word not in ("und", "oder")):
                break
        elif token.pos in ("ADJ(A)", "CARD"):
            # "Mai 2024": a year after the month; "Montag 13. März": the date after its weekday.
            weekday = (
                token.pos == "CARD"
                and re.fullmatch(_WEEKDAYS, tagged[end - 1].word) is not None
                and end + 1 < len(tagged)
                and tagged[end + 1].word == "."
            )
            if head and not (token.pos == "CARD" and re.fullmatch(r"\d{4}", token.word)) and not weekday:
                break
            if weekday:
                head = False
        elif token.pos == "NNA" and head:
            break
        elif token.pos in ("NN", "NE", "NNA", "XY"):
            # "SV Walddorf", "Polizei Berlin": a name or an acronym's name part continues the head.
            if head and token.pos not in ("NE", "XY") and tagged[end - 1].pos != "NE" and not tagged[end - 1].word.isupper():
                break
            head = True
        elif token.word == "." and end > start and tagged[end - 1].pos == "CARD":
            pass  # the dot of an ordinal number ("7. Oktober")
        elif (
            token.word in ("und", "oder", "bis")
            and end + 1 < len(tagged)
            and tagged[end + 1].pos in ("CARD", "ART", "NN", "NE", "APPRART", "ADJ(A)", "PPOSAT")
        ):
            head = False  # a coordinated phrase follows
        elif token.pos == "APPRART" and end > start and tagged[end - 1].word == "bis":
            pass
        else:
            break
        end += 1
    return end


def _count(tokens: Sequence[morph.Token]) -> int:
    """Words, not punctuation or quotation marks."""
    return sum(1 for t in tokens if any(ch.isalnum() for ch in t.word))


def _attached(tagged: Sequence[morph.Token], end: int) -> int:
    """Extend a phrase by the attributes that belong to its noun: a genitive or a "von" phrase.

    "eine Vielzahl von Veranstaltungen", "der Teil des Geldes": cut from its noun, the attribute would
    read as the verb's own phrase and change the statement.
    """
    while end < len(tagged) and (
        tagged[end].word in ("von", "vom")
        or (tagged[end].pos in ("ART", "PDAT") and tagged[end].word in ("des", "der", "eines", "einer", "dieses", "dieser"))
    ):
        after = _phrase(tagged, end + 1) if tagged[end].pos != "ART" else _phrase(tagged, end)
        if after <= end + 1 or _is_time([t.word for t in tagged[end:after]]):
            break  # "eine Woche vom 7. bis 11. Oktober": a time phrase is the sentence's own, not the noun's
        end = after
    return end


def _is_time(words: list[str]) -> bool:
    text = _join(words)
    return bool(_TIME.search(text)) and words[0].lower() in _TIME_PREPOSITIONS


def _definite(noun_phrase: Sequence[morph.Token]) -> str | None:
    """ "eine Aktionswoche" -> "Die Aktionswoche"; None unless the noun's gender and number are sure."""
    if not noun_phrase or noun_phrase[0].pos not in ("ART", "PPOSAT"):
        return None
    nouns = [t for t in noun_phrase if t.pos in ("NN", "NNA")]
    if len(nouns) != 1 or noun_phrase[-1] is not nouns[0] or any(t.pos in ("NE", "CARD", "XY") for t in noun_phrase):
        return None
    head = nouns[0].word
    article = noun_phrase[0].word.lower()
    entry = lookup(head)
    # "einen" is masculine and "eine" feminine, both singular: the article shows the gender itself.
    shown = {"einen": "der", "eine": "die"}.get(article)
    if shown and (entry is None or entry.gender == shown):
        return f"{shown.capitalize()} {head}"
    if entry is None or entry.gender not in ("der", "die", "das") or head.lower() not in entry.forms[:1]:
        return None  # unknown gender, or a plural or inflected form: naming it again could be wrong
    # The article must agree with that gender in the singular (an accusative "einen" is masculine).
    fits = {"der": ("ein", "einen", "der", "den", "sein", "seinen", "ihr", "ihren"), "die": ("eine", "die", "seine", "ihre"),
            "das": ("ein", "das", "sein", "ihr")}  # fmt: skip
    if article not in fits[entry.gender] and not (
        noun_phrase[0].pos == "PPOSAT" and article.rstrip("nm") in ("sein", "ihr", "unser", "seine", "ihre", "unsere")
    ):
        return None
    if noun_phrase[0].pos == "PPOSAT" and not any(article.startswith(p) for p in ("sein", "ihr", "unser")):
        return None
    return f"{entry.gender.capitalize()} {head}"


_TIME_ADVERBS: Final = frozenset(["früh", "spät", "morgens", "abends", "nachts", "mittags", "vormittags", "nachmittags"])
# "Nach derzeitigem Ermittlungsstand", "nach Angaben von": who knows it; without it a report becomes a fact.
_EVIDENTIAL: Final = ("stand", "angabe", "angaben", "erkenntnis", "erkenntnissen", "einschätzung", "informationen", "zeugen")
_NOMINATIVE_OPENERS: Final = frozenset(["der", "die", "das", "ein", "eine", "kein", "keine"])
# Prepositions of circumstance (manner, means, cause, frame): their phrase may go when the sentence is
# too long, as in clauses.shorten; the statement stays true, only less detailed.
_CIRCUMSTANCE: Final = frozenset(["mit", "bei", "beim", "nach", "durch", "aufgrund", "infolge", "unter", "dank"])


def _chunks(tagged: Sequence[morph.Token]) -> list[list[morph.Token]] | None:
    """The Mittelfeld as phrases: prepositional phrases, noun phrases, single adverbs and verb parts."""
    out: list[list[morph.Token]] = []
    tagged = list(tagged)
    i = 0
    while i < len(tagged):
        token = tagged[i]
        # A separable particle stands in the right bracket, at the clause's end (German topology);
        # "ab"/"bis"/"seit" before a noun phrase is the preposition ("ab dem 25. September").
        before_phrase = i + 1 < len(tagged) and tagged[i + 1].pos in ("ART", "CARD", "ADJ(A)", "NN", "NE")
        if token.pos == "PTKVZ" and before_phrase and token.word.lower() in _TIME_PREPOSITIONS:
            token = tagged[i] = morph.Token(token.word, token.word, "APPR")
        if token.pos in ("APPR", "APPRART"):
            end = _attached(tagged, _phrase(tagged, i + 1))
            if end == i + 1:
                return None
        elif token.word.lower() == "gemeinsam" and i + 1 < len(tagged) and tagged[i + 1].word == "mit":
            end = _attached(tagged, _phrase(tagged, i + 2))
        elif token.pos in ("ART", "PPOSAT", "NN", "NE", "NNA", "CARD", "ADJ(A)", "PIAT", "PIDAT", "XY", "PDAT"):
            end = _attached(tagged, max(_phrase(tagged, i), i + 1))
        elif token.pos in ("PTKNEG", "PRF", "ADV", "ADJ(D)", *_BRACKET):
            end = i + 1
        else:
            return None  # a part the tags do not show as a phrase: no cut
        # "heute früh", "am Montag abends": a time adverb after a time phrase belongs to it.
        if end < len(tagged) and tagged[end].word.lower() in _TIME_ADVERBS and _is_time([t.word for t in tagged[i:end]]):
            end += 1
        out.append(list(tagged[i:end]))
        i = end
    return out


def _kind(chunk: Sequence[morph.Token]) -> str:
    """ "time", "place", "topic", "pp", "np" or "word" for one Mittelfeld phrase."""
    words = [t.word for t in chunk]
    first = chunk[0]
    if first.pos in ("APPR", "APPRART"):
        # "gegen 18:25 Uhr": before a clock time "gegen" says "about", a time phrase (Duden), not "against".
        if first.word.lower() == "gegen" and len(chunk) > 2 and words[-1] == "Uhr":
            return "time"
        if first.word.lower() in _KEEP_PP:
            if first.word == "zum" and len(chunk) > 2 and words[1] == "Thema" and words[2] == "„":
                return "topic"
            return "pp"
        if _is_time(words):
            return "time"
        # A place: the phrase's own noun is a name or a street, not a name inside an attribute.
        nouns = [t for t in chunk[1:] if t.pos in ("NN", "NE")]
        # "Pankower", "Berliner": a capitalised adjective in -er is made from a place name.
        named = [t for t in chunk[1:] if t.pos == "ADJ(A)" and t.word[:1].isupper() and t.word.endswith("er")]
        # "zwischen Effeltrich und Gaiganz": a list of names is a place too; a list of things is not.
        listed = any(t.word in ("und", "oder") for t in chunk)
        if (
            first.word.lower() in _PLACE_PREPOSITIONS
            and nouns
            and (nouns[0].pos == "NE" or _STREET.search(nouns[0].word) or named)
            and (not listed or all(t.pos == "NE" for t in nouns))
        ):
            return "place"
        return "pp"
    if first.word.lower() == "gemeinsam":
        return "pp"
    if len(chunk) == 1 and first.pos in ("PTKNEG", "PRF", "ADV", "ADJ(D)", *_BRACKET):
        return "word"
    return "np"


def kernel(sentence: str) -> Kernel | None:
    """The main clause of a V2 sentence without adverbials of time, place and circumstance; None if unsure.

    Structure (German topological fields): Vorfeld, finite verb, Mittelfeld, right bracket, Nachfeld.
    The Vorfeld is the subject or an adverbial; the subject then is the Mittelfeld's first noun phrase
    (police report lead: "Am Montag ereignete sich in X ein Unfall"). Time and place phrases move
    out; a trailing reason, purpose or non-restrictive relative clause goes; negation, modal verbs,
    objects and every other phrase stay. A comma in the main clause, a "dass"/"wenn" clause or any
    part the tags do not show is refused.
    """
    # "am Montag, dem 13. März": the date is one time phrase; its comma is no clause boundary.
    sentence = re.sub(rf"\b({_WEEKDAYS}), (?:dem |den )?(?=\d)", r"\1 ", sentence)
    # "zu Themen wie A, B, C und D": a list of examples after a plural noun. Its commas are no clause
    # boundaries; the list becomes a sentence of its own and the noun stays (issue 16: lists are kept
    # whole, in a sentence that says they are examples).
    examples = None
    example_list = _EXAMPLES.search(sentence)
    if example_list is not None and _plural(example_list.group("noun")):
        examples = f"Die {example_list.group('noun')} sind zum Beispiel: {example_list.group('list')}."
        sentence = sentence[: example_list.start("wie") - 1] + sentence[example_list.end("list") :]
    tagged = nominalised(morph.tag(sentence))
    if len(tagged) < 4 or tagged[-1].word not in (".", "!") or _ambiguous_er(tagged):
        return None
    tagged = tagged[:-1]
    # "Damit Sie informiert sind, führt die Polizei … durch.": a leading clause of purpose, reason or
    # time fills the Vorfeld; the main clause after it is the news and is as true without it.
    lead = _leading_clause(tagged)
    if lead is not None:
        tagged = tagged[lead:]
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or (verb == 0 and lead is None):
        return None
    vorfeld, rest = tagged[:verb], tagged[verb + 1 :]
    # Vorfeld commas only between adjectives ("einer längeren, Corona-bedingten Pause").
    for i, t in enumerate(vorfeld):
        if t.word == "," and not (
            0 < i < len(vorfeld) - 1 and vorfeld[i - 1].pos == "ADJ(A)" and vorfeld[i + 1].pos == "ADJ(A)"
        ):
            return None
    vorfeld = [t for t in vorfeld if t.word != ","]
    comma = next((i for i, t in enumerate(rest) if t.word in (",", "–", ":", ";", "(")), None)
    aim: list[morph.Token] = []
    if comma is not None:
        if not _detachable(rest, comma):
            return None
        aim = _aim(rest[comma + 1 :])
        rest = rest[:comma]
    finite = tagged[verb]
    chunks = _chunks(rest)
    if chunks is None:
        return None
    # A run of place phrases ("im Saal …", "auf dem Gelände …", "in Prenzlauer Berg") is one place:
    # a phrase of a place preposition next to a recognised place belongs to it.
    kinds = [_kind(c) for c in chunks]
    for _ in range(2):
        for i, chunk in enumerate(chunks):
            near = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(chunks)]
            definite = len(chunk) > 1 and chunk[1].word.lower() in ("der", "die", "das", "dem", "den")
            if (
                kinds[i] == "pp"
                and (chunk[0].pos == "APPRART" or definite or chunk[0].word == "zwischen")
                and chunk[0].word.lower() in _PLACE_PREPOSITIONS
                and "place" in near
            ):
                kinds[i] = "place"
    moved: list[list[morph.Token]] = []
    # "Nach derzeitigem Ermittlungsstand": who knows it. It stays at the front of the kernel; without
    # it a report would become a fact (police-report convention of attributing the state of knowledge).
    frame: list[morph.Token] = []
    cut = False
    # The Vorfeld holds one constituent (V2 rule): nouns side by side there are one phrase ("Die Stadt
    # Beispielstadt", where HanTa tags the name as a common noun).
    one = all(
        t.pos in (*_NP, "KON") or (t.word == "." and i and vorfeld[i - 1].pos == "CARD") for i, t in enumerate(vorfeld)
    )
    if (
        vorfeld
        and vorfeld[0].pos in ("ART", "NE", "NN", "PPOSAT", "CARD")
        and (_attached(vorfeld, _phrase(vorfeld, 0)) == len(vorfeld) or (one and vorfeld[-1].pos in ("NN", "NE")))
    ):
        subject = vorfeld
    else:
        if not vorfeld:
            cut = True  # the leading clause went; the subject is the Mittelfeld's first noun phrase
        elif len(vorfeld) == 1 and vorfeld[0].word.lower() in _LINKS:
            cut = True
        elif vorfeld[0].pos in ("APPR", "APPRART"):
            parts = _chunks(vorfeld)
            if parts is None or any(_kind(p) not in ("time", "place", "pp") for p in parts):
                return None
            for part in parts:
                kind = _kind(part)
                if kind in ("time", "place"):
                    moved.append(part)
                elif (
                    part[0].word.lower() in (*_CIRCUMSTANCE, "wegen")
                    and not any(t.pos in ("CARD", "NE") for t in part)
                    and not any(t.word.lower().endswith(_EVIDENTIAL) for t in part)
                ):
                    cut = True  # "Nach einer längeren Pause": a circumstance, the news is true without it
                elif (
                    not frame
                    and part[0].word.lower() in ("nach", "laut", "gemäß")
                    and not any(t.pos in ("CARD", "NE") for t in part)
                    and any(t.word.lower().endswith(_EVIDENTIAL) for t in part)
                ):
                    frame = part
                else:
                    return None  # a phrase that may change the statement ("Ohne Führerschein")
        else:
            return None
        # The subject: the Mittelfeld's first noun phrase, in the nominative.
        position = next((i for i, kind in enumerate(kinds) if kind == "np"), None)
        if position is None:
            return None
        subject = chunks[position]
        if subject[0].word.lower() not in _NOMINATIVE_OPENERS and subject[0].pos not in ("NE", "NN"):
            return None
        if any(kind in ("pp", "topic") for kind in kinds[:position]):
            return None  # a phrase before the subject that is neither time nor place: order unclear
        after = chunks[position + 1] if position + 1 < len(chunks) else None
        if after is not None and len(after) == 1 and after[0].pos in ("NN", "NE"):
            return None  # "die Stadt Beispielstadt" or "die Polizei Männer": name or object, the tags cannot tell
        # "Bargeld in vierstelliger Höhe und eine Uhr": a phrase after the subject that holds a list or
        # a "von" may be part of it; moved to the front alone, the subject would lose it.
        if (
            after is not None
            and _kind(after) in ("pp", "topic")
            and after[0].word != "gemeinsam"
            and (after[0].word in ("von", "vom") or any(t.word in ("und", "oder") for t in after))
        ):
            return None
        chunks = [*chunks[:position], *chunks[position + 1 :]]
        kinds = [*kinds[:position], *kinds[position + 1 :]]
    if _TIME.search(_join([t.word for t in subject])) or any(
        t.pos in ("APPR", "APPRART") and t.word[:1].isupper() for t in tagged[1:]
    ):
        return None  # a time word as subject or a capital preposition inside: the sentence was cut wrongly
    nominal = [t for t in subject if t.pos in ("NN", "NE") or (t.pos == "ADJ(A)" and t.word.lstrip("-")[:1].isupper())]
    if any(t.pos in ("PPER", "PDS", "PDAT") for t in subject) or not nominal:
        return None  # a pronoun or "diese" points outside the sentence
    # Agreement: a singular subject ("ein", "eine", "das") with a plural verb shows a parse gone wrong.
    plural_verb = finite.word.endswith("en") or finite.word == "sind"
    listed = any(t.word in ("und", "oder") for t in subject)
    if plural_verb and subject[0].word.lower() in ("ein", "eine", "das") and not listed:
        return None
    if any(c[0].pos == "CARD" and len(c) > 2 and c[1].word == "." and _TIME.search(c[2].word) for c in chunks):
        return None  # a date without its preposition: this parse cannot place it
    kept: list[list[morph.Token]] = []
    topic: list[morph.Token] = []
    inline = list(moved)  # the Vorfeld's time or place, at the front of the Mittelfeld if it stays
    for before, after in zip(kinds, chunks[1:], strict=False):
        if before in ("time", "place") and after[0].pos in ("NN", "NE") and len(after) == 1:
            return None  # "im Rathaus Beispielstadt": a bare noun after a phrase may be its name; no cut
    for chunk, kind in zip(chunks, kinds, strict=True):
        if kind != "topic":
            inline.append(chunk)
        if kind in ("time", "place"):
            moved.append(chunk)
        elif kind == "topic":
            topic = chunk[2:]
        else:
            kept.append(chunk)
    # The verb keeps its complement: something besides adverbs must stay in the Mittelfeld or bracket.
    complement = any(_kind(c) in ("np", "pp") or c[0].pos in ("VV(PP)", "VV(INF)", "PTKVZ", "VA(PP)") for c in kept)
    if not complement and (finite.pos != "VV(FIN)" or moved):
        return None
    # Scope words of the main clause only: a leading clause that went cannot scope over it.
    scoped = bool(_SCOPE.search(" ".join(t.word for t in tagged)))
    while not scoped and _count([*frame, *subject, *(t for c in kept for t in c)]) + 1 > _LIMIT:
        spans = [span for i in range(len(kept)) if _droppable(kept, i) and (span := _span(kept, i)) is not None]
        if not spans:
            break
        start, end = max(spans, key=lambda span: sum(len(c) for c in kept[span[0] : span[1]]))
        del kept[start:end]
        cut = True
    if not moved and not topic and comma is None and not cut:
        return None  # nothing moved or cut: the sentence is the source's, and the normal path judges it
    flat = [t for c in kept for t in c]
    if frame:
        text = _join([*[t.word for t in frame], finite.word, *[t.word for t in subject], *[t.word for t in flat]])
    else:
        text = _join([*[t.word for t in subject], finite.word, *[t.word for t in flat]])
    text = text[:1].upper() + text[1:] + "."
    past = morph.is_preterite(finite.word, finite.lemma) or (
        finite.lemma in ("haben", "sein") and any(t.pos == "VV(PP)" for t in flat)
    )
    if finite.word.lower() in (
        "war",
        "waren",
        "hatte",
        "hatten",
        "konnte",
        "konnten",
        "musste",
        "mussten",
        "wollte",
        "wollten",
    ):
        past = True
    times = [_join([t.word for t in p]) for p in moved if _kind(p) == "time"]
    place_chunks = [p for p in moved if _kind(p) != "time"]
    # "In der Nacht" + "von Freitag" + "auf Samstag": one time, in order, lower case inside a sentence.
    time = " ".join(times) or None
    places = [_join([t.word for t in p]) for p in place_chunks]
    place = " ".join(places) or None  # "auf der Straße" + "zwischen X und Y": one place, in order
    if place and len(place.split()) > _LIMIT - 3 and len(places) > 1:
        split: tuple[str, ...] = (places[0], places[-1])  # too long as one sentence: the first and the last place phrase
    else:
        split = (place,) if place else ()
    # Under an evidential frame a time or place sentence of its own would drop the frame and state
    # the report as a fact: they stay in the sentence if it fits, else they are left out.
    event = None if frame else _event(flat, subject, finite, kept)
    plural_event = event is not None and not _definite_singular(event)
    if topic and event is None:
        return None  # the topic cannot be said without its noun
    if event is None and (time or place):
        # No noun to name again: the time and place stay in the sentence if it still fits ("Sven
        # Kriese ist seit 1. August 2024 Direktor"), else they are left out (never a pronoun).
        whole = [t for c in inline if any(c is m for m in moved) or any(c is k for k in kept) for t in c]
        if _count([*frame, *subject, *whole]) + 1 <= _LIMIT:
            head = (
                [*[t.word for t in frame], finite.word, *[t.word for t in subject]]
                if frame
                else [*[t.word for t in subject], finite.word]
            )
            text = _join([*head, *[t.word for t in whole]])
            text = re.sub(rf"\b({_WEEKDAYS}) (?=\d)", r"\1, ", text[:1].upper() + text[1:] + ".")
            time = place = None
            split = ()
    if examples is not None and len(examples.split()) > _LIMIT:
        examples = None
    purpose = None
    if aim and not frame and not listed_subject(subject):
        plural = finite.word.endswith("en") or finite.word == "sind" or any(t.word == "und" for t in subject)
        named = _join([t.word for t in subject])
        purpose = f"{named[:1].upper()}{named[1:]} {'wollen' if plural else 'will'} {_join([t.word for t in aim])}."
        if _count([*subject, *aim]) + 1 > _LIMIT:
            purpose = None
    return Kernel(
        plural=plural_event,
        purpose=purpose,
        examples=examples,
        text=text,
        time=time,
        place=place,
        event=event,
        past=past,
        topic=_join([t.word for t in topic]) or None,
        places=split if place else (),
    )


# "Themen wie A, B und C": capitalised items (nouns), separated by commas, closed by "und"/"oder".
_EXAMPLES: Final = re.compile(
    r"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß]+) (?P<wie>wie) "
    r"(?P<list>(?:[A-ZÄÖÜ][\w\-]*, )+[A-ZÄÖÜ][\w\-]* (?:und|oder) [A-ZÄÖÜ][\w\-]*)\b"
)


def _plural(noun: str) -> bool:
    """The analyser reads the noun as a plural form (its lemma differs and is not longer)."""
    token = morph.tag(f"Die {noun} sind da.")[1]
    return token.pos == "NN" and token.lemma != noun and len(token.lemma) <= len(noun)


# Under negation or a quantifier, leaving out a phrase can make the sentence false ("kein Auto mit Licht").
_SCOPE: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand|nichts|ohne|alle\w*|jede\w*|nur)\b", re.IGNORECASE)


def _plain_pp(chunk: Sequence[morph.Token]) -> bool:
    """A prepositional phrase without a number, a name, a list or a preposition that changes the statement."""
    return chunk[0].word.lower() not in _KEEP_PP and not any(
        t.pos in ("CARD", "NE") or t.word in ("und", "oder") for t in chunk
    )


def _span(kept: Sequence[Sequence[morph.Token]], start: int) -> tuple[int, int] | None:
    """The phrase at ``start`` and the prepositional phrases after it, if a verb part or the end follows.

    Phrases that follow may be its attributes ("mit einer Vielzahl … vor Einkaufsmärkten"): they go
    too. A noun phrase right after the run may be a genitive of the run's noun ("bei der Erhaltung
    öffentlicher Infrastrukturen"): then nothing goes, or the genitive would attach to another noun.
    """
    end = start + 1
    if kept[start][0].word.lower() == "gemeinsam":
        return start, end  # "gemeinsam mit X" belongs to the verb, never to a noun
    while end < len(kept) and kept[end][0].pos in ("APPR", "APPRART") and _plain_pp(kept[end]):
        end += 1
    if end < len(kept) and _kind(kept[end]) != "word":
        return None
    return start, end


def _droppable(kept: Sequence[Sequence[morph.Token]], index: int) -> bool:
    """A circumstance phrase that can go without leaving a neighbour attached to the wrong word.

    No number or name in it (numbers that matter stay with their noun), no "und" (a list), not right
    after a noun (it may be that noun's attribute) and not before another phrase of a preposition.
    """
    chunk = kept[index]
    first = chunk[0]
    if first.word.lower() == "gemeinsam":
        return True  # "gemeinsam mit X": the partners, a detail of the lead
    if first.word.lower() == "im" and len(chunk) > 1 and chunk[1].word == "Rahmen":
        return not any(t.pos in ("CARD", "NE") for t in chunk)  # "im Rahmen einer Woche": a frame (clauses.shorten)
    if first.word.lower() not in _CIRCUMSTANCE:
        return False
    return _plain_pp(chunk)


def _detachable(rest: Sequence[morph.Token], comma: int) -> bool:
    """What follows the main clause may go: a reason, purpose or time clause, or a non-restrictive relative."""
    if rest[comma].word != ",":
        return False
    after = rest[comma + 1 :]
    if not after:
        return False
    opener = after[0]
    relative = opener.pos == "PRELS" or (opener.pos in ("APPR", "APPRART") and len(after) > 1 and after[1].pos == "PRELS")
    if relative:
        # Non-restrictive only after a name or an indefinite noun (clauses._relatives): else refuse.
        start = comma
        while start > 0 and rest[start - 1].pos in _NP:
            start -= 1
        phrase = rest[start:comma]
        return bool(phrase) and (
            phrase[-1].pos == "NE" or phrase[0].word.lower() in ("ein", "eine", "einen", "einem", "einer")
        )
    return opener.word.lower() in _DETACHABLE


# Leading adverbial clauses whose loss leaves the main clause true (Duden grammar: Temporal-, Kausal-,
# Konzessiv-, Final- and Modalsatz). Never a condition ("wenn", "falls") or "dass"/"ob": without a
# condition the main clause would be claimed outright, and a "dass" clause is the verb's own object.
_LEADING: Final = frozenset(
    ["als", "nachdem", "während", "bevor", "weil", "da", "obwohl", "sobald", "seitdem", "damit", "indem", "um"]
)


def _leading_clause(tagged: Sequence[morph.Token]) -> int | None:
    """Index of the main clause's finite verb after a leading adverbial clause, or None.

    The clause opens with its conjunction and closes with its finite verb (or, for "um", its
    zu-infinitive) and a comma; the main clause then opens with its finite verb (verb-second rule:
    the clause is the Vorfeld). A second comma inside the clause (a list, an apposition) is refused.
    """
    if len(tagged) < 6 or tagged[0].word.lower() not in _LEADING or tagged[0].pos not in ("KOUS", "KOUI"):
        return None
    purpose = tagged[0].word.lower() == "um"
    comma = next((i for i, t in enumerate(tagged) if t.word == ","), None)
    if comma is None or comma < 3 or comma + 2 >= len(tagged):
        return None
    before = tagged[comma - 1]
    # HanTa reads a plural finite verb at the clause's end as an infinitive ("damit alle ankommen,").
    verb_last = before.pos in (*_FINITE, "VV(INF)", "VA(INF)", "VM(INF)")
    closed = before.pos == "VV(IZU)" or tagged[comma - 2].word == "zu" if purpose else verb_last
    if not closed or tagged[comma + 1].pos not in _FINITE:
        return None
    return comma + 1


# Verbs whose subject is an event ("Die Verleihung findet am Montag statt", "Ein Unfall ereignete
# sich"): the announcement and police-report conventions name the event as the subject.
# Verbs of holding an event ("X veranstaltet am … einen Aktionstag", "führt … eine Aktionswoche durch"):
# their object is the event the time and place belong to. With any other verb ("zeichnet die Schule
# aus", "beschließt den Neubau") the object is no event, and "Die Schule war am Montag" would be false.
_HOLDING_VERBS: Final = frozenset(
    ["veranstalten", "durchführen", "organisieren", "ausrichten", "feiern", "eröffnen", "starten", "planen", "anbieten"]
)
_EVENT_VERBS: Final = frozenset(["stattfinden", "ereignen", "beginnen", "starten", "enden", "geschehen", "passieren"])


def _event(
    kept: Sequence[morph.Token],
    subject: Sequence[morph.Token],
    finite: morph.Token | None = None,
    chunks: Sequence[Sequence[morph.Token]] = (),
) -> str | None:
    """The noun the time and place belong to: the object that names an event, else an event subject."""
    if finite is not None:
        particles = [c[0].word for c in chunks if c[0].pos == "PTKVZ"]
        lemmas = {finite.lemma, *(p + finite.lemma for p in particles)}
        participles = {t.lemma for c in chunks for t in c if t.pos == "VV(PP)"}
        if (lemmas | participles) & _EVENT_VERBS:
            return _definite(subject[: _phrase(subject, 0)])
    holding = finite is None or bool(
        {finite.lemma, *(c[0].word + finite.lemma for c in chunks if c[0].pos == "PTKVZ")} & _HOLDING_VERBS
    )
    for i, token in enumerate(kept):
        if not holding:
            break
        if token.pos == "NN" and (i == 0 or kept[i - 1].pos not in ("APPR", "APPRART", "ART", "ADJ(A)", "NN")):
            # "führt Veranstaltungen und Aktionen durch": a plural object without article is the event;
            # a plural takes "die" whatever its gender, so naming it again is safe.
            end = i + 1
            while end + 1 < len(kept) and kept[end].word == "und" and kept[end + 1].pos == "NN":
                end += 2
            nouns = [t.word for t in kept[i:end] if t.pos == "NN"]
            if all(_plural(n) for n in nouns) and (end == len(kept) or kept[end].pos != "NN"):
                return "Die " + " ".join(t.word for t in kept[i:end])
            break
        if token.pos in ("ART", "PPOSAT") and (i == 0 or kept[i - 1].pos not in ("APPR", "APPRART")):
            end = _phrase(kept, i)
            found = _definite(kept[i:end])
            if found:
                return found
            break
    if subject and subject[0].word.lower() in ("ein", "eine"):
        return _definite(subject)
    return None


def _definite_singular(event: str) -> bool:
    """ "Der Kurs", "Die Aktions·woche": a singular from _definite; "Die A und B" or a plural is not."""
    noun = event.split()[-1]
    return " und " not in event and not (event.startswith("Die ") and _plural(noun))


def _lower(phrase: str) -> str:
    """A preposition from the Vorfeld in lower case ("In der Nacht" -> "in der Nacht"); the date's comma back."""
    phrase = re.sub(rf"\b({_WEEKDAYS}) (?=\d)", r"\1, ", phrase)
    # "vom 25. Oktober bis zum 29. Oktober 2021": the month once (fewer words, the same days).
    phrase = re.sub(rf"\b(vom \d{{1,2}}\.) ({_MONTHS}) (bis zum \d{{1,2}}\.) \2\b", r"\1 \3 \2", phrase)
    first = phrase.split(" ", 1)[0]
    return phrase[:1].lower() + phrase[1:] if first.lower() in _TIME_PREPOSITIONS | _PLACE_PREPOSITIONS else phrase


def _time_sentence(core: Kernel) -> list[str]:
    """ "Die Aktions·woche ist vom 7. bis 11. Oktober 2024." — the event noun again, never a pronoun."""
    if core.event is None:
        return []
    verb = ("waren" if core.past else "sind") if core.plural else ("war" if core.past else "ist")
    out = []
    if core.time:
        out.append(f"{core.event} {verb} {_lower(core.time)}.")
    for place in core.places:
        out.append(f"{core.event} {verb} {_lower(place)}.")
    if core.topic:
        out.append(f"{core.event} {'hatte' if core.past else 'hat'} das Thema {core.topic}.")
    return out


def _details(core: Kernel) -> list[str]:
    """The time and place sentences, then the list of examples and the purpose the kernel took out."""
    return [*_time_sentence(core), *([core.examples] if core.examples else []), *([core.purpose] if core.purpose else [])]


def listed_subject(subject: Sequence[morph.Token]) -> bool:
    """A subject with an indefinite article: "will" would ascribe an aim to someone not yet named."""
    return bool(subject) and subject[0].word.lower() in ("ein", "eine", "einen")


def _aim(clause: Sequence[morph.Token]) -> list[morph.Token]:
    """ "um Unfälle zu vermeiden" -> [Unfälle, vermeiden]: a purpose clause as the objects and infinitive.

    German grammar (Duden, Finalsatz with "um … zu"): the infinitive's subject is the main clause's
    subject, so "X tut Y, um Z zu erreichen" says that X wants to reach Z. Only the plain form: no
    comma, no pronoun, no finite verb, the zu-infinitive last (a verb the analyser lemmatises).
    """
    if len(clause) < 3 or clause[0].word.lower() != "um":
        return []
    body = list(clause[1:])
    if any(t.pos.endswith("(FIN)") or t.pos in ("PPER", "PPOSAT", "PDS", "PDAT", "PRELS") or t.word == "," for t in body):
        return []
    last = body[-1]
    if last.pos == "VV(IZU)" and last.lemma and last.lemma != last.word and re.search(r"(?:en|ern|eln)$", last.lemma):
        return [*body[:-1], morph.Token(last.lemma, last.lemma, "VV(INF)")]
    if len(body) >= 2 and body[-2].word == "zu" and last.pos in ("VV(INF)", "VA(INF)"):
        return [*body[:-2], last]
    return []


def _without_name_attribute(text: str) -> str:
    """ "Das Seniorennetz Berlin von der AWO und …" -> "Das Seniorennetz Berlin und …".

    A proper name picks out its bearer by itself; a "von" phrase after it only says whose it is
    (a non-restrictive attribute), so the statement stays true without it. After a common noun the
    "von" phrase may restrict it ("ein Teil von dem Geld") and stays. Phrases with a number stay.
    """
    tagged = morph.tag(text)
    for i in range(1, len(tagged) - 2):
        if tagged[i].word not in ("von", "vom") or tagged[i - 1].pos != "NE" or tagged[i - 2].pos not in ("NN", "NE"):
            continue
        # Its own noun phrase only: a "und" after it joins the next subject, not this attribute.
        end = i + 1
        while end < len(tagged) and tagged[end].pos in ("ART", "ADJ(A)", "NN", "NE"):
            end += 1
        phrase = tagged[i:end]
        if end == i + 1 or any(t.pos == "CARD" for t in phrase) or not any(t.pos in ("NN", "NE") for t in phrase):
            continue
        if end < len(tagged) and tagged[end].pos in ("NN", "NE", "APPR", "APPRART"):
            continue  # the phrase goes on: this parse cannot tell where it ends
        return _join([t.word for t in (*tagged[:i], *tagged[end:])])
    return text


def core_sentences(
    sentences: Sequence[SourceSentence], rewrite: Callable[[str], str], *, limit: int = 4
) -> list[tuple[int, str]]:
    """Up to ``limit`` short sentences of the news, from the lead (and the next opener if the lead sets a scene).

    Each comes with the index of its source sentence. The lead is the sender's first sentence that
    is not a heading or speech (inverted pyramid); when its main clause cannot be cut to a kernel
    (a scene-setter: "Dichtes Gedränge …"), the first sentences of the following paragraphs are tried.
    """
    out: list[tuple[int, str]] = []
    own = [i for i, s in enumerate(sentences) if not s.heading and not s.speech]
    if not own:
        return out
    # The lead paragraph and the next one: a scene-setting lead leaves the news to the next paragraph.
    first = sentences[own[0]].paragraph
    # Where every sentence is a paragraph of its own (plain-text layouts with a line per sentence),
    # the lead spans several of them: the first four sentences are the lead then.
    single = len({sentences[i].paragraph for i in own[:4]}) == len(own[:4])
    tried = own[:4] if single else [i for i in own if sentences[i].paragraph <= first + 1][:6]
    found: list[tuple[int, Kernel]] = []
    for index in tried:
        core = kernel(rewrite(sentences[index].text))
        if core is not None and len(rewrite(core.text).split()) > _LIMIT:
            core = replace(core, text=_without_name_attribute(core.text))
        if core is not None and len(rewrite(core.text).split()) <= _LIMIT:
            found.append((index, core))
    # The news is the statement that has a when or a where (who did what, when, where: the lead's
    # W-questions); a background sentence of the lead ("Die Fallzahlen sind gesunken") comes after it.
    found.sort(key=lambda item: (not (item[1].event and (item[1].time or item[1].place)), item[0]))
    for index, core in found:
        out.append((index, rewrite(core.text)))
        out.extend((index, rewrite(extra)) for extra in _details(core))
        if len(out) >= limit:
            break
    return out[:limit]


# Nominal headline style (Nominalstil of news headlines): "Spende der X an die Y" states a donation
# without a verb. The sentence is built only where the body confirms both sides: the recipient is
# named in the body, and an amount stands in a sentence that names the recipient.
_DONATION: Final = re.compile(
    r"^Spende\s+(?P<art>der|des|vom|von\s+der|von)\s+(?P<giver>[^,:;]+?)\s+an\s+(?P<to>(?:die|den|das)\s+[^,:;]+?)\s*[.!]?$"
)
_AMOUNT: Final = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})*|\d+)(?:,\d{2}|,--|,-)?\s*(?:€|Euro)")


def headline_sentences(title: str, sentences: Sequence[SourceSentence]) -> list[str]:
    """ "Spende der X an die Y" -> "Die X spenden 800 Euro an die Y.", if the body confirms it."""
    match = _DONATION.match(title.strip())
    if match is None:
        return []
    giver, to = match.group("giver").strip(), match.group("to").strip()
    body = [s.text for s in sentences if not s.heading]
    recipient = to.split()[1]  # the recipient's first noun ("Malteser")
    naming = [text for text in body if recipient in text]
    if not naming:
        return []
    # "der X" after "Spende" is a genitive: feminine singular or plural; "des"/"vom" singular masculine
    # or neuter. Only the plural ("Radler", "Mitglieder") and "des" are told apart with certainty.
    article = match.group("art")
    if article in ("des", "vom"):
        entry = lookup(giver.split()[-1])
        if entry is None or entry.gender not in ("der", "das"):
            return []
        subject, verb = f"{entry.gender.capitalize()} {giver}", "spendet"
    elif article == "der" and re.search(r"(?:er|en|innen|e)$", giver) and lookup(giver.split()[-1]) is None:
        subject, verb = f"Die {giver}", "spenden"
    else:
        return []
    # One amount in the sentences that name the recipient is the donation's amount; it stays with its
    # noun. Several amounts (per sponsor, in total) cannot be told apart: then only "Geld".
    amounts = {m.group(1) for text in naming for m in _AMOUNT.finditer(text)}
    what = f"{amounts.pop()} Euro" if len(amounts) == 1 else "Geld"
    return [f"{subject} {verb} {what} an {to}."]
