"""The incident a police, fire or accident report tells eventively: "Es kam zu vier Einbrüchen", "ereignete sich …".

German police and fire reports state the incident itself in an impersonal construction: "In der
Nacht ist es in X zu vier Wohnungseinbrüchen gekommen", "Am Montag kam es auf der B 27 zu einem
Verkehrsunfall" (the Funktionsverbgefüge "es kommt zu" + dative noun), or "Ein schwerer Unfall
ereignete sich gestern in X" (the reflexive "sich ereignen" with the incident as subject). The
incident noun is read from the grammar (HanTa's tags: the noun the construction governs), not from a
list of incident nouns, with its number ("vier Einbrüchen" -> "4 Einbrüche"), and the time and place
the same clause gives. Each is said in a sentence of its own ("Es hat 4 Einbrüche gegeben.", "Die
Einbrüche waren im Stadt·teil Süd."), every word taken from the match, so the sentence is right by
construction. A clause that hedges, denies, conditions or tells a habit ("mutmaßlich", "kein",
"wenn", "immer wieder") or an attempt ("versuchten Einbruch") is refused (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.places import place_phrase_end
from pressconv.transforms.easy.rivals import noun_gender
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = [
    "NOT_PLAIN",
    "NUMBERS",
    "Happening",
    "clause_day",
    "clause_place",
    "find_happening",
    "happening_lines",
    "hedged",
    "series",
]


@dataclass(frozen=True, slots=True)
class Happening:
    """The incident a clause reports: its noun as said ("einen Unfall", "4 Einbrüche"), time and place."""

    phrase: str  # the accusative noun phrase for "Es hat … gegeben": "einen Verkehrsunfall", "4 Einbrüche"
    subject: str  # the definite subject for the time and place lines: "Der Verkehrsunfall", "Die Einbrüche"
    lemma: str  # the noun's base form ("Wohnungseinbruch"), to match a noun found elsewhere
    plural: bool
    day: str | None  # "in der Nacht von Montag auf Dienstag", "am Dienstagabend"
    clock: str | None  # "gegen 23:40 Uhr"
    place: str | None  # "im Brunsheimer Ortsteil Nord", "auf der Straße zwischen A und B"
    source: str
    derived: tuple[str, ...] = ()  # a day resolved from "gestern" (for the fact guard)
    position: int = 0  # the index of its sentence in the body

    def leads(self, title: str, body: Sequence[str], noun: str) -> bool:
        """True when the release names ``noun`` neither in its title nor before this incident's clause:
        the clause tells the news, the noun a later detail (inverted pyramid, news-writing convention)."""
        return not any(noun in text for text in [title, *body[: self.position + 1]])


# A negation, a hedge, a condition, an attempt, a near miss, a habit or a question: the clause does
# not state that this incident happened (police-report hedging: "mutmaßlich", "soll").
NOT_PLAIN: Final = re.compile(
    r"\b(?:nicht|kein\w*|niemals|soll|sollen|sollte\w*|vermutlich|mutmaßlich\w*|möglicherweise|wohl|"
    r"angeblich\w*|vermeintlich\w*|wenn|falls|ob|versucht\w*|Versuch\w*|beinahe|fast|knapp|drohte\w*|"
    r"hätte\w*|wäre\w*|würde\w*|könnte\w*|immer wieder|oft|häufig|regelmäßig|meist\w*|Verdacht\w*)\b|\?",
    re.I,
)
# Number words of a count (German cardinal numbers up to twelve are written as words in reports).
NUMBERS: Final = {
    w: n
    for n, w in enumerate(
        ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"), start=2
    )
}
# A vague plural count keeps its word, in the accusative the line needs ("mehreren" -> "mehrere").
_VAGUE: Final = {"mehreren": "mehrere", "einigen": "einige", "zahlreichen": "viele"}
_DEF: Final = {"der": "Der", "die": "Die", "das": "Das"}
_INDEF_ACC: Final = {"der": "einen", "die": "eine", "das": "ein"}
# The strong adjective ending after "einen/eine/ein" in the accusative (German declension).
_ADJ_ACC: Final = {"der": "en", "die": "e", "das": "es"}


def find_happening(body: Sequence[str], issued: date | None = None, *, lead: int = 4) -> Happening | None:
    """The incident the first ``lead`` sentences report eventively, or None when none is plain."""
    for position, sentence in enumerate(body[:lead]):
        if NOT_PLAIN.search(sentence):
            continue
        tokens = morph.tag(sentence)
        if not tokens:
            continue
        found = _comes_to(tokens) or _occurred(tokens) or _befell(tokens)
        if found is None:
            continue
        start, end, phrase_end = found
        noun = _noun_phrase(tokens, start, end)
        if noun is None:
            continue
        phrase, subject, lemma, plural = noun
        after = next((i for i in range(end, len(tokens)) if tokens[i].pos in ("$,", "$.", "KON")), len(tokens))
        # The place stands in the incident's own clause: after the last comma before it ("Als die Wehr
        # im Gewerbegebiet eintraf, kam es …" names where the brigade arrived, not the incident).
        begin = max((i + 1 for i in range(phrase_end) if tokens[i].pos == "$,"), default=0)
        day, derived = clause_day(sentence, issued)
        return Happening(
            phrase=phrase,
            subject=subject,
            lemma=lemma,
            plural=plural,
            day=day,
            derived=derived,
            position=position,
            clock=_clock(sentence),
            place=clause_place(tokens, begin, phrase_end) or clause_place(tokens, end, after),
            source=sentence,
        )
    return None


# "Einbruchsserie", "Brandserie", "Diebstahlserie": a run of incidents named by their noun and "-serie",
# with or without the linking "s" (German compound Fugen-s, Duden grammar §1137).
_SERIES: Final = re.compile(r"\b(?P<head>[A-ZÄÖÜ][a-zäöüß]{2,}?)s?serie\b")


def series(title: str, body: Sequence[str]) -> Happening | None:
    """ "mehrere Einbrüche" for a headline "Einbruchsserie", only where the body names them in the plural.

    A headline compound is no fact by itself ("Einbruchsserie aufgeklärt" may name one burglary of a
    series elsewhere); the body's own plural of a noun ending in the first part ("Wohnungseinbrüchen")
    confirms that there were several, and its form is the one said.
    """
    match = _SERIES.search(title)
    if match is None or NOT_PLAIN.search(title):
        return None
    head = match["head"].lower()
    for sentence in body:
        if NOT_PLAIN.search(sentence):
            continue
        for token in morph.tag(sentence):
            if token.pos != "NN" or not token.lemma.lower().endswith(head) or token.word == token.lemma:
                continue
            # A nominative plural in "-e" ("Einbrüche") is said as written; a dative one loses its "-n".
            nominative = token.word if token.word.endswith("e") and token.word[:-1] != token.lemma else None
            plural = _plural(token) or nominative
            if plural is not None and not plural.endswith("s"):
                # Named after the lead by construction: it never takes the place of a noun the lead names.
                return Happening(
                    f"mehrere {plural}", f"Die {plural}", token.lemma, True, None, None, None, sentence, position=len(body)
                )
    return None


# The eventive verbs of an incident clause ("kam es zu", "ist es zu … gekommen", "ereignete sich").
_EVENTIVE: Final = re.compile(r"\b(?:kam|kamen|gekommen|kommen|ereignete\w*|ereignet)\b")


def hedged(body: Sequence[str], noun: str) -> bool:
    """True when a clause tells ``noun`` eventively with a hedge or a negation ("soll es zu einem Überfall
    gekommen sein"): the incident is someone's report or a suspicion, and "Es hat … gegeben" would be wrong."""
    governed = re.compile(rf"\b(?:zu[mr]?|[Ee]in\w*)\s+(?:\w+\s+){{0,2}}{re.escape(noun)}\b")
    return any(
        governed.search(sentence)
        and re.search(r"\bes\b|\bsich\b", sentence)
        and _EVENTIVE.search(sentence)
        and NOT_PLAIN.search(sentence)
        for sentence in body
    )


def happening_lines(found: Happening, *, day: str | None = None, area: str | None = None) -> list[str]:
    """ "Es hat 4 Einbrüche gegeben." and its time and place, each a sentence of its own.

    ``day`` and ``area`` are the release's resolved day and place of the incident (facts.py), said
    when the clause itself names none.
    """
    verb = "waren" if found.plural else "war"
    lines = [f"Es hat {found.phrase} gegeben."]
    when = found.day or (f"am {day}" if day else None)
    if when:
        lines.append(f"{found.subject} {verb} {when}.")
    if found.clock:
        lines.append(f"{found.subject} {verb} {found.clock}.")
    where = found.place or area
    if where:
        lines.append(f"{found.subject} {verb} {where}.")
    return lines


def _comes_to(tokens: tuple[morph.Token, ...]) -> tuple[int, int, int] | None:
    """(start, end, clause start) of the noun phrase after "zu" in "es kam/ist gekommen zu …", in the past.

    The expletive "es" and a past form of "kommen" ("kam", "kamen", "ist/war … gekommen") make it the
    Funktionsverbgefüge "es kommt zu" (something happened); the present "kommt es zu" is as often a
    forecast or a habit and is left out.
    """
    words = [t.word for t in tokens]
    if "es" not in [w.lower() for w in words]:
        return None
    past = any(t.word in ("kam", "kamen") for t in tokens) or (
        "gekommen" in words and any(t.word in ("ist", "war", "sind", "waren") for t in tokens)
    )
    if not past:
        return None
    # The "zu" phrase of "kam es zu" stands after "kam", the one of "ist es zu … gekommen" between "es"
    # and "gekommen", in the same clause: an earlier "zu" ("Auf dem Weg zu einem Einsatz kam es …")
    # belongs to another phrase.
    lower = [w.lower() for w in words]
    came = next((i for i, w in enumerate(words) if w in ("kam", "kamen")), None)
    start = came if came is not None else lower.index("es")
    stop = words.index("gekommen") if came is None and "gekommen" in words else len(tokens)
    for i in range(start + 1, stop):
        token = tokens[i]
        if token.pos == "$,":
            return None  # the clause ends before its "zu" phrase: not the shape
        if token.word in ("zu", "zum", "zur") and token.pos.startswith("APPR"):
            end = _phrase_end(tokens, i + 1)
            return (i + 1, end, i) if end is not None else None
    return None


def _occurred(tokens: tuple[morph.Token, ...]) -> tuple[int, int, int] | None:
    """(start, end, first) of the nominative subject of "ereignete sich", "hat sich … ereignet".

    ``first`` is where the subject or the verb stands first: a place before it is the clause's.
    """
    verb = next((i for i, t in enumerate(tokens) if t.lemma == "ereignen"), None)
    if verb is None or tokens[verb].word not in ("ereignete", "ereigneten", "ereignet"):
        return None
    if tokens[verb].word == "ereignet" and not any(t.word in ("hat", "haben") for t in tokens):
        return None
    # The subject stands in the verb's own clause (between the commas around it): "Ein Radfahrer
    # stürzte, als sich ein Unfall ereignete" has "ein Unfall", never "Ein Radfahrer".
    begin = max((i + 1 for i in range(verb) if tokens[i].pos == "$,"), default=0)
    stop = next((i for i in range(verb, len(tokens)) if tokens[i].pos == "$,"), len(tokens))
    for i in range(begin, stop):
        token = tokens[i]
        if (token.word.lower() in ("ein", "eine") and token.pos == "ART") or token.word.lower() in NUMBERS:
            end = _phrase_end(tokens, i)
            if end is not None:
                return i, end, i
    return None


# The outcome verbs of an incident (police-report lead: "Bei einem Unfall sind … verletzt worden").
_HARMED: Final = frozenset(["verletzen", "töten", "beschädigen", "zerstören", "einklemmen"])
_PAST_AUXILIARIES: Final = frozenset(["ist", "sind", "wurde", "wurden", "war", "waren", "hat", "haben"])
# An attributive participle ("vorgetäuschten", "angeblichen" is a hedge already): "ge" + stem + "t/en".
_PARTICIPLE: Final = re.compile(r"^(?:\w*ge\w+t|\w*ge\w+en)(?:e|en|er|es|em)$", re.IGNORECASE)


def _befell(tokens: tuple[morph.Token, ...]) -> tuple[int, int, int] | None:
    """(start, end, first) of the noun in "Bei einem Unfall … sind … verletzt worden", the lead's Vorfeld.

    German police reports open with the incident in a "bei" phrase and tell its outcome in the main
    clause ("Bei einem Auffahrunfall auf der A 1 sind am Montag sieben Menschen verletzt worden"):
    "bei" + an indefinite incident presupposes that it happened (Duden: temporal-causal "bei"), and
    a past form with a participle of harm states it. Only the sentence's first phrase is read, and
    only with an auxiliary of the past and a participle of harm in the same clause.
    """
    if len(tokens) < 6 or tokens[0].word != "Bei" or tokens[1].word.lower() not in ("einem", "einer"):
        return None
    end = _phrase_end(tokens, 1)
    if end is None:
        return None
    if noun_gender(tokens[end - 1].word) is not None or any(_PARTICIPLE.search(t.word) for t in tokens[2 : end - 1]):
        # "Bei einer Seniorin …": a person is where it happened, not what; "bei einem vorgetäuschten
        # Unfall": a participle may deny the noun (review of session 29). Neither is read here.
        return None
    stop = next((i for i in range(end, len(tokens)) if tokens[i].pos in ("$,", "$.")), len(tokens))
    clause = tokens[end:stop]
    if not any(t.word in _PAST_AUXILIARIES and t.pos == "VA(FIN)" for t in clause):
        return None
    if not any(t.pos == "VV(PP)" and t.lemma.lower() in _HARMED for t in clause):
        return None
    return 1, end, 0


def _phrase_end(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after "[insgesamt] (einem|vier|mehreren)? ADJ* NOUN" at ``start``, or None."""
    i = start
    if i < len(tokens) and tokens[i].word == "insgesamt":
        i += 1
    if i < len(tokens) and (tokens[i].pos in ("ART", "CARD", "PIAT", "PIDAT") or tokens[i].word.lower() in NUMBERS):
        i += 1
    while i < len(tokens) and tokens[i].pos == "ADJ(A)":
        i += 1
    if i >= len(tokens) or tokens[i].pos != "NN" or not tokens[i].lemma[:1].isupper():
        return None
    if i + 1 < len(tokens) and tokens[i + 1].pos in ("NN", "NE", "TRUNC"):
        return None  # "zu einem Unfall Fahrer …": where the noun ends is not sure
    if i + 1 < len(tokens) and tokens[i + 1].word == "von":
        return None  # "zu einer Vielzahl von Notrufen", "einer Serie von Einbrüchen": the head only counts
    return i + 1


def _noun_phrase(tokens: tuple[morph.Token, ...], start: int, end: int) -> tuple[str, str, str, bool] | None:
    """(accusative phrase, definite subject, lemma, plural) of the phrase ``tokens[start:end]``."""
    words = [t for t in tokens[start:end] if t.word != "insgesamt"]
    det, noun = words[0], words[-1]
    adjectives = words[1:-1] if det.pos in ("ART", "CARD", "PIAT", "PIDAT") or det.word.lower() in NUMBERS else words[:-1]
    entry = lookup(noun.lemma)
    gender = entry.gender if entry is not None and entry.gender in _DEF else None
    lower = det.word.lower()
    if lower in ("einem", "einer", "ein", "eine"):
        # One incident: the article's gender must agree with the lexicon's ("einer" is feminine only).
        feminine = lower in ("einer", "eine")
        if gender is None and lower == "einer":
            gender = "die"  # the dative "einer" is feminine only: the article itself says the gender
        if gender is None or feminine != (gender == "die") or noun.word != noun.lemma:
            return None
        adjective = _adjective(adjectives, _ADJ_ACC[gender])
        phrase = " ".join(filter(None, (_INDEF_ACC[gender], adjective, noun.word)))
        return phrase, f"{_DEF[gender]} {noun.word}", noun.lemma, False
    if lower in NUMBERS or det.pos == "CARD" or lower in _VAGUE:
        count = str(NUMBERS[lower]) if lower in NUMBERS else _VAGUE.get(lower, det.word)
        if not count.isdigit() and count not in _VAGUE.values():
            return None
        if count.isdigit() and int(count) < 2:
            return None
        plural = _plural(noun)
        if plural is None:
            return None
        adjective = _adjective(adjectives, "e")
        return " ".join(filter(None, (count, adjective, plural))), f"Die {plural}", noun.lemma, True
    return None


def _adjective(adjectives: Sequence[morph.Token], ending: str) -> str | None:
    """One regular adjective in the ending the new case needs ("schweren" -> "schweren"/"schwere"), else None.

    Only an adjective whose dative form is its lemma plus "-en" is re-inflected; any other (a
    comparative, a participle HanTa may lemmatise wrongly) is left out (omission over error).
    """
    if len(adjectives) != 1:
        return None
    adjective = adjectives[0]
    if adjective.word != f"{adjective.lemma}en" or not adjective.lemma.isalpha():
        return None
    return f"{adjective.lemma}{ending}"


def _plural(noun: morph.Token) -> str | None:
    """The nominative plural of a dative plural noun ("Einbrüchen" -> "Einbrüche"), or None when unsure.

    German dative plural adds "-n" unless the plural ends in "-n" or "-s" (Duden grammar §292):
    "Unfällen" -> "Unfälle", but "Explosionen" (Explosion + en) and "Schlägereien" stay.
    """
    word, lemma = noun.word, noun.lemma
    if word == lemma:
        return None  # a singular: no count of it is sure
    if word.endswith("s") or word == f"{lemma}en" or (lemma.endswith("e") and word == f"{lemma}n"):
        return word
    if word.endswith(("en", "ern", "eln")):
        return word[:-1]
    return None


# "in der Nacht von Montag (, 9. März 2026,) auf Dienstag", "in der Nacht zum Dienstag": the night
# named by the two days it joins (police-report convention), said without the dates.
_WEEKDAY: Final = "|".join(WEEKDAYS_DE)
_NIGHT: Final = re.compile(
    rf"\b[Ii]n der Nacht (?:von|vom) (?P<a>{_WEEKDAY})(?:,[^,]{{3,30}},)? (?:auf|zum) (?:den )?(?P<b>{_WEEKDAY})\b"
)
_NIGHT_TO: Final = re.compile(rf"\b[Ii]n der Nacht zu[mr]? (?P<b>{_WEEKDAY})\b")
# "am Dienstagabend", "am Montag": a weekday, with its part of the day written as one word; "am
# Wochenende" (police-report convention for Friday night to Sunday).
_PART: Final = r"(?:morgen|vormittag|mittag|nachmittag|abend)"
_ON_DAY: Final = re.compile(rf"\b[Aa]m (?P<d>(?P<w>{_WEEKDAY})(?P<p>{_PART})?|Wochenende)\b")
# "gestern Abend", "heute Morgen": the part of a day named relative to the release.
_RELATIVE_PART: Final = re.compile(rf"\b(?:gestern|heute|vorgestern) (?P<p>{_PART.title()})\b")
# A span or a bound of time ("zwischen Sonntagabend und Montagmorgen", "seit Montag", "bis Dienstag"):
# a day in it is where the span starts or ends, not the incident's one day.
_SPAN: Final = re.compile(r"\b(?:[Zz]wischen|[Bb]is|[Ss]eit|[Aa]b)\b[^.;]{0,40}\b(?:Uhr|[Aa]m\s|\d{1,2}\.)")
_CLOCK: Final = re.compile(r"\b(?P<pre>gegen|um) (?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))? Uhr\b")


def clause_day(sentence: str, issued: date | None) -> tuple[str | None, tuple[str, ...]]:
    """The day the clause gives and the resolved date said with it (for the fact guard).

    A night between two weekdays, or one day: its date when the clause names exactly one (a
    relative "gestern" resolved against the release's date, DESIGN §6), with a weekday's part
    ("Dienstagabend") kept where the clause gives it; a weekday alone otherwise.
    """
    night = _NIGHT.search(sentence)
    if night:
        return f"in der Nacht von {night['a']} auf {night['b']}", ()
    night_to = _NIGHT_TO.search(sentence)
    if night_to:
        return f"in der Nacht zum {night_to['b']}", ()
    if _SPAN.search(sentence):
        return None, ()  # "zwischen 20 Uhr am Sonntagabend und …": a span, not one day
    named = list(_ON_DAY.finditer(sentence))
    moments = [m for m in find_moments(sentence, issued) if not (m.range_start or m.range_end or m.until)]
    if len({m.day for m in moments}) == 1 and (issued is None or moments[0].day <= issued) and len(named) <= 1:
        day = moments[0].day
        weekday = WEEKDAYS_DE[day.weekday()]
        part = ""
        if named and named[0]["w"] == weekday:
            part = named[0]["p"] or ""
        elif named:
            return None, ()  # the weekday and the date disagree: neither is sure
        relative = _RELATIVE_PART.search(sentence)
        if relative and not named:
            part = relative["p"].lower()
        said = f"{weekday}{part}, {format_date(day, 'de')}"
        return f"am {said}", (f"{weekday}, {format_date(day, 'de')}",)
    if len(named) == 1 and not moments:
        return f"am {named[0]['d']}", ()
    return None, ()


def _clock(sentence: str) -> str | None:
    """ "gegen 1:15 Uhr": the one clock time of the clause, with its "gegen"/"um" kept."""
    found = list(_CLOCK.finditer(sentence))
    if len(found) != 1:
        return None
    match = found[0]
    minutes = f":{match['m']}" if match["m"] else ""
    return f"{match['pre']} {match['h']}{minutes} Uhr"


# A road by its class and number ("auf der B 27", "auf der Autobahn 7", "auf der Kreisstraße 12"):
# German road numbering, the usual place of a traffic accident in a police report.
_ROAD: Final = re.compile(
    r"^auf der (?:(?:A|B|K|L|St) ?\d{1,4}|(?:Bundes|Landes|Kreis|Staats)straße \d{1,4}|Autobahn \d{1,3})$"
)
# A street by its name, with the article its last part takes (German street names: "die …straße",
# "die …allee", "der …weg"): "in der Lindenallee", "im Birkenweg".
_STREET: Final = re.compile(
    r"^(?:in der [A-ZÄÖÜ][\w-]*(?:straße|allee|gasse|chaussee)|im [A-ZÄÖÜ][\w-]*(?:weg|ring|damm|pfad))$"
)


# Words that join places into one list ("in A und im Ortsteil B", "in A, B sowie C"): one place of
# such a list said alone would claim that everything happened there (a list cut so it becomes false).
_JOINERS: Final = frozenset(["und", "sowie", "oder", "bzw.", "beziehungsweise", "als", ","])


def _coordinated(tokens: tuple[morph.Token, ...], begin: int, start: int, end: int) -> bool:
    """Whether the place phrase ``tokens[start:end]`` is one member of a list of places."""
    before = tokens[start - 1].word.lower() if start > begin else ""
    after = tokens[end].word.lower() if end < len(tokens) else ""
    # A comma after the place joins another only where a joining word follows it (", aber auch im …",
    # ", sowie im …"); otherwise it closes the clause or an apposition.
    then = tokens[end + 1].word.lower() if end + 1 < len(tokens) else ""
    return before in _JOINERS or after in _JOINERS - {","} or (after == "," and then in _JOINERS | {"aber", "auch"})


def clause_place(tokens: tuple[morph.Token, ...], begin: int, stop: int) -> str | None:
    """The first dative place phrase in ``tokens[begin:stop]`` ("im Stadtteil Süd", "in Neudorf").

    None where that phrase is one of several places joined by "und"/"sowie"/"oder": the template
    names one place, and the others would be lost from a statement that then says too little and,
    read as "the incidents were there", something false (omission over error).
    """
    for i in range(begin, stop):
        for end in range(min(stop, i + 4), i + 1, -1):
            road = morph.join([t.word for t in tokens[i:end]])
            if _ROAD.match(road) or _STREET.match(road):
                return None if _coordinated(tokens, begin, i, end) else _between(tokens, road, end, stop)
        if tokens[i].word.lower() not in ("im", "in", "auf", "an"):
            continue
        if [t.word.lower() for t in tokens[i : i + 3]] == ["in", "der", "nacht"]:
            continue  # "in der Nacht von … auf …" is the clause's time
        for end in range(stop, i + 1, -1):
            piece = (*tokens[i:end], morph.Token(".", ".", "$."))
            if place_phrase_end(piece, 0) == end - i:
                if _coordinated(tokens, begin, i, end):
                    return None
                return _between(tokens, morph.join([t.word for t in tokens[i:end]]), end, stop)
        town = _town(tokens, i)
        if town is not None:
            return None if _coordinated(tokens, begin, i, i + 2) else _between(tokens, f"in {town}", i + 2, stop)
    return None


def _town(tokens: tuple[morph.Token, ...], i: int) -> str | None:
    """ "in Lichtenrade": a place named by one word no lexicon lists (a town, a district)."""
    if tokens[i].word.lower() != "in" or i + 1 >= len(tokens):
        return None
    name = tokens[i + 1]
    follows = tokens[i + 2].pos if i + 2 < len(tokens) else "$."
    if name.pos not in ("NE", "NN") or not name.word[:1].isupper() or not name.word.isalpha():
        return None
    if lookup(name.word) is not None or follows in ("NN", "NE", "ART"):
        return None
    return name.word if name.pos == "NE" or _rare(name.word) else None


def _rare(word: str) -> bool:
    """The word is rare (Zipf frequency below 3)."""
    from pressconv.transforms.easy.compounds import zipf

    return zipf(word) < 3.0


def _between(tokens: tuple[morph.Token, ...], place: str, end: int, stop: int) -> str:
    """The place with its stretch of road "zwischen A und B" when the clause adds one right after it."""
    if end + 3 < min(stop + 1, len(tokens)) and tokens[end].word == "zwischen" and tokens[end + 2].word == "und":
        a, b = tokens[end + 1].word, tokens[end + 3].word
        if all(w[:1].isupper() and w.replace("-", "").isalpha() and lookup(w) is None for w in (a, b)):
            return f"{place} zwischen {a} und {b}"
    return place
