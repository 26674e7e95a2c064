"""Phrases of a German main clause for the core-news step: chunks, their kinds and what may go."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import tells_a_death
from pressconv.transforms.easy.dates import DAY_PARTS
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.negation import SCOPE

__all__ = ["list_comma", "listed_subject", "nominalised", "place_kind", "with_place_names"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_BRACKET: Final = ("VV(INF)", "VV(PP)", "VA(PP)", "VA(INF)", "VM(INF)", "PTKVZ", "PTKZU", "VV(IZU)")
_NP: Final = ("ART", "ADJ(A)", "NN", "NE", "NNA", "CARD", "PPOSAT", "PIAT", "PIDAT", "XY")
_LIMIT: Final = HARD_LIMIT  # words per sentence
_MONTHS: Final = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_WEEKDAYS: Final = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
# A weekday, alone or with its part of the day ("Dienstagabend", Duden: Zusammensetzung mit Tageszeit).
DAY_WORD: Final = rf"(?:{_WEEKDAYS})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?"
_DAYS: Final = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Nacht|Vormittag|Nachmittag|Abend"
_TIME: Final = re.compile(rf"\b(?:{_MONTHS})\b|\b(?:{_DAYS})\w*|\d\s*Uhr\b")
# A time phrase opens with a preposition of time (German grammar: temporal prepositions).
_TIME_PREPOSITIONS: Final = frozenset(
    ["am", "vom", "von", "bis", "ab", "seit", "um", "zum", "im", "in", "gegen", "auf", "nach"]
)
# Prepositions of place whose phrase, with a name or a street in it, says where it happens.
_PLACE_PREPOSITIONS: Final = frozenset(["in", "im", "auf", "bei", "beim", "vor", "an", "am", "zwischen", "rund um"])
_STREET: Final = re.compile(r"(?:straße|str\.|weg|platz|allee|damm|ring|gasse|ufer|chaussee|halle|haus)\b", re.IGNORECASE)
# Connectives in the Vorfeld of a lead's act only point back to the sentence before ("Dazu führt die
# Polizei eine Aktionswoche durch"); the act is told as well without them. Not "dabei"/"hierbei": they
# restrict a claim to an occasion ("Dabei ist keine Beratung möglich" is about the help days), and
# without it the claim reads as general (judged as a wrong statement).
_LINKS: Final = frozenset(["dazu", "hierzu", "außerdem", "zudem", "nun", "jetzt", "deshalb", "daher"])
# Prepositions whose phrase may change or negate the statement: never dropped ("ohne Führerschein").
_KEEP_PP: Final = frozenset(
    ["ohne", "außer", "statt", "anstatt", "trotz", "gegen", "wegen", "für", "an", "zu", "zur", "zum", "über"]
)
# Trailing clauses whose loss leaves the main clause true (reason, purpose, time; a relative clause
# after an indefinite noun or a name). Never "dass", "ob", "wenn": they are the verb's object or condition.
_DETACHABLE: Final = frozenset(["weil", "da", "um", "nachdem", "während", "bevor", "sodass", "wobei"])


def nominalised(tagged: Sequence[morph.Token]) -> list[morph.Token]:
    """The tags with a capitalised adjective inside the sentence read as a noun ("ein Unbekannter").

    German capitalises nouns, and a nominalised adjective is one (Duden, Substantivierung); an
    attributive adjective inside a sentence is written small. HanTa sometimes tags "Unbekannter" as
    an attributive adjective, and "ein Unbekannter Rauch" would then read as one noun phrase. A
    capitalised adjective whose lemma is written small is a noun; a place adjective keeps its capital
    in the lemma ("Berliner") and a quoted name („Sicher im Herbst“) is left as it is.
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
    """The words joined with German spacing (morph.join)."""
    return morph.join(words)


# Particles of degree, estimate and bound that stand between a preposition and its noun phrase
# (Duden grammar: Gradpartikeln and Adverbien vor Zahlangaben): "nach rund zweijähriger Planung",
# "an insgesamt acht Abenden", "bis voraussichtlich Freitag". They belong to that phrase and move or
# stay with it, so their qualification is never lost. Scope particles ("nur", "erst") are not among
# them: their sentences are refused elsewhere (_SCOPE).
_BEFORE_PHRASE: Final = frozenset(
    [
        "rund",
        "etwa",
        "fast",
        "knapp",
        "insgesamt",
        "ungefähr",
        "circa",
        "zirka",
        "voraussichtlich",
        "vermutlich",
        "wahrscheinlich",
        "einschließlich",
        "spätestens",
        "frühestens",
        "mindestens",
    ]
)
_PHRASE_START: Final = ("CARD", "ADJ(A)", "ART", "NN", "NE", "PPOSAT")


# The class letters of German road numbers (Autobahn, Bundes-, Landes-, Kreis-, Staatsstraße).
ROAD_CLASSES: Final = frozenset({"A", "B", "L", "K", "S"})


def _past_particles(tagged: Sequence[morph.Token], start: int) -> int:
    """Index after the degree or estimate particles (_BEFORE_PHRASE) that open a noun phrase at ``start``."""
    while start + 1 < len(tagged):
        if tagged[start].word.lower() in _BEFORE_PHRASE and tagged[start + 1].pos in _PHRASE_START:
            start += 1
        elif (
            # "für bis zu 120 Menschen": "bis zu" before a number is an upper bound, not a preposition
            tagged[start].word == "bis"
            and tagged[start + 1].word == "zu"
            and start + 2 < len(tagged)
            and tagged[start + 2].pos == "CARD"
        ):
            start += 2
        else:
            break
    return start


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
            # "Mai 2024": a year after the month; "Montag 13. März": the date after its weekday (or its
            # part of the day: "Dienstagabend 17. November").
            weekday = (
                token.pos == "CARD"
                and re.fullmatch(DAY_WORD, tagged[end - 1].word) is not None
                and end + 1 < len(tagged)
                and tagged[end + 1].word == "."
            )
            # "die Kreisstraße K 12", "die B 9": a road's class letter and number are its name (German
            # road classification: A, B, L, K, S), which continues the head like a year.
            road = token.pos == "CARD" and tagged[end - 1].word in ROAD_CLASSES
            if head and not (token.pos == "CARD" and re.fullmatch(r"\d{4}", token.word)) and not weekday and not road:
                break
            if weekday:
                head = False
        elif token.pos == "NNA" and head:
            break
        elif token.pos in ("NN", "NE", "NNA", "XY"):
            # "TSV Nordheim", "Polizei Nordheim": a name or an acronym's name part continues the head.
            if head and token.pos not in ("NE", "XY") and tagged[end - 1].pos != "NE" and not tagged[end - 1].word.isupper():
                break
            head = True
        elif token.word == "." and end > start and tagged[end - 1].pos == "CARD":
            pass  # the dot of an ordinal number ("7. Oktober")
        elif token.pos == "TRUNC" and end + 2 < len(tagged) and tagged[end + 1].word in ("und", "oder", "bis"):
            head = False  # "Produktions- und Logistikstandort": the first part of a coordinated compound
        elif (
            token.word in ("und", "oder", "bis")
            and end + 1 < len(tagged)
            and tagged[_past_particles(tagged, end + 1)].pos
            in ("CARD", "ART", "NN", "NE", "NNA", "APPRART", "ADJ(A)", "PPOSAT")
        ):
            head = False  # a coordinated phrase follows ("Bau und Digitales": a nominalised adjective too)
            end = _past_particles(tagged, end + 1) - 1  # "bis voraussichtlich Freitag": the estimate goes with it
        elif token.word == "," and head and list_comma(tagged, end):
            head = False  # "von Handys, Smartwatches und Tablets": one coordinated noun phrase
        elif token.pos == "APPRART" and end > start and tagged[end - 1].word == "bis":
            pass
        elif (
            token.word == "/"
            and end > start
            and tagged[end - 1].pos == "CARD"
            and end + 1 < len(tagged)
            and tagged[end + 1].pos == "CARD"
        ):
            pass  # "zum Jahreswechsel 2026/2027", "die Saison 2026/27": one span of years
        elif (
            token.pos in ("ADJ(D)", "ADV")
            and not head
            and end + 1 < len(tagged)
            and tagged[end + 1].pos == "ADJ(A)"
            and not SCOPE.fullmatch(token.word)
        ):
            pass  # "eine deutlich erhöhte Konzentration": an adverb that grades the adjective after it
        else:
            break
        end += 1
    return end


# Tags of the words a listed noun phrase may hold (Duden grammar: Aufzählung von Nominalphrasen).
_LISTED: Final = ("ART", "ADJ(A)", "NN", "NE", "CARD", "TRUNC", "PPOSAT", "PIAT", "XY")


def list_comma(tagged: Sequence[morph.Token], comma: int) -> bool:
    """The comma at ``comma`` separates items of a noun list that "und", "oder" or "sowie" closes.

    "Mobiltelefone, Smartwatches und Tablets" (Duden, Komma bei Aufzählungen): the comma stands for
    "und" between noun phrases and closes no clause. Only noun phrases may stand between it and the
    closing conjunction, and a noun phrase must follow that; an apposition or a relative clause
    ("die Brücke, die …", "Herr X, der Leiter, …") reaches no conjunction this way.
    """
    if comma == 0 or tagged[comma - 1].pos not in ("NN", "NE", "CARD", "XY"):
        return False
    index = comma + 1
    while index < len(tagged):
        token = tagged[index]
        if token.word in ("und", "oder", "sowie"):
            return index > comma + 1 and index + 1 < len(tagged) and tagged[index + 1].pos in _LISTED
        if token.word != "," and token.pos not in _LISTED:
            return False
        index += 1
    return False


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


# Seasons and holiday periods name a time as a day or month does ("in diesem Herbst", "über die
# Feiertage", "in den Sommerferien"; Duden grammar: temporal adverbials). Whole words only: a
# "Sommerfest" is an event, not a time.
_SEASON: Final = re.compile(r"\b(?:Frühling|Frühjahr|Sommer|Herbst|Winter|Jahreswechsel|\w*[Ff]eiertagen?|\w*[Ff]erien)s?\b")
# Periods of the school, university and business year ("ab dem Sommerhalbjahr 2026", "im Wintersemester
# 2026/27", "im ersten Quartal") are such times after a preposition of a point or a start; after "vom"
# they are a genitive's stand-in ("Beginn vom neuen Schuljahr"), an attribute, not a time.
_PERIOD: Final = re.compile(r"\b\w*(?:[Hh]albjahr|[Ss]chuljahr|[Ss]emester|[Qq]uartal)(?:e?s)?\b")
_PERIOD_PREPOSITIONS: Final = frozenset(["ab", "im", "in", "seit", "bis", "zum"])


def _is_time(words: list[str]) -> bool:
    """The phrase is a time phrase that opens with a time preposition."""
    text = _join(words)
    # "in die Ferien", "in das Frühjahr": "in" with an accusative is a direction ("verschoben in die
    # Ferien"), the verb's complement, not a time to move out.
    season = bool(_SEASON.search(text)) and not (len(words) > 1 and words[1].lower() in ("die", "das", "einen"))
    if _PERIOD.search(text) and words[0].lower() in _PERIOD_PREPOSITIONS:
        return True
    if words[0].lower() == "am" and len(words) == 2 and words[1] in DAY_PARTS.values():
        return True  # "am Morgen", "am Abend": a part of the day (rewrite: "heute Abend" -> "am … am Abend")
    return bool(_TIME.search(text) or season) and words[0].lower() in _TIME_PREPOSITIONS


def _over_a_period(words: list[str]) -> bool:
    """ "über die Feiertage": "über" with a period is a span of time (Duden), not a topic ("über das Thema")."""
    return words[0].lower() == "über" and len(words) > 1 and bool(_SEASON.search(_join(words)))


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
_CIRCUMSTANCE: Final = frozenset(["mit", "bei", "beim", "nach", "durch", "aufgrund", "wegen", "infolge", "unter", "dank"])


# The nouns of an office's units (administrations, police, universities), named with their field.
_UNIT_NOUN: Final = re.compile(
    r"(?:Direktion|Abteilung|Fachbereich|Fachdienst|Fachgebiet|Referat|Dezernat|Sachgebiet|Dienststelle|"
    r"Stabsstelle|Geschäftsbereich|Inspektion|Kommissariat|Ressort|Amt)$"
)


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
        if token.word == "rund" and i + 1 < len(tagged) and tagged[i + 1].word == "um":
            # "rund um die Kirche": one preposition of place (Duden: "rund um" = all around)
            token = morph.Token("rund um", "rund um", "APPR")
            tagged[i : i + 2] = [token]
        if token.pos in ("APPR", "APPRART"):
            start = _past_particles(tagged, i + 1)
            end = _attached(tagged, _phrase(tagged, start))
            if end == start:
                return None
            # "um die Stiftskirche und auf dem Markt": two place phrases joined by "und" are one place
            # (one adverbial, coordinated, Duden grammar); the second goes with the first.
            while (
                end + 1 < len(tagged)
                and tagged[end].word in ("und", "sowie")
                and tagged[end + 1].pos in ("APPR", "APPRART")
                and token.word.lower() in _PLACE_PREPOSITIONS
                and tagged[end + 1].word.lower() in _PLACE_PREPOSITIONS
            ):
                after = _attached(tagged, _phrase(tagged, end + 2))
                if after == end + 2:
                    break
                end = after
        elif token.word.lower() == "gemeinsam" and i + 1 < len(tagged) and tagged[i + 1].word == "mit":
            end = _attached(tagged, _phrase(tagged, i + 2))
        elif (
            token.word.lower() in ("mehr", "weniger")
            and i + 2 < len(tagged)
            and tagged[i + 1].word == "als"
            and tagged[i + 2].pos == "CARD"
        ):
            # "mehr als 2 tausend Fotografien": a comparison of amount before a number is part of its
            # noun phrase (Duden grammar: Vergleichspartikel "als" after "mehr"/"weniger").
            end = _attached(tagged, max(_phrase(tagged, i + 2), i + 3))
        elif token.pos == "PIS" and token.word.lower() == "man":
            end = i + 1  # the impersonal subject, a noun phrase of its own (always nominative)
        elif token.pos in ("ART", "PPOSAT", "NN", "NE", "NNA", "CARD", "ADJ(A)", "PIAT", "PIDAT", "XY", "PDAT"):
            end = _attached(tagged, max(_phrase(tagged, i), i + 1))
        elif token.pos in ("PTKNEG", "PRF", "ADV", "ADJ(D)", *_BRACKET):
            end = i + 1
        else:
            return None  # a part the tags do not show as a phrase: no cut
        # "der Direktion Kriminalpolizei", "dem Fachbereich Jugend": an office unit's noun takes its field
        # as a close apposition (Duden grammar: enge Apposition), one phrase; cut after the unit, the
        # field would be read as a noun phrase of its own.
        while 0 < end < len(tagged) and tagged[end].pos == "NN" and _UNIT_NOUN.search(tagged[end - 1].word):
            end += 1
        # "heute früh", "am Montag abends": a time adverb after a time phrase belongs to it.
        if end < len(tagged) and tagged[end].word.lower() in _TIME_ADVERBS and _is_time([t.word for t in tagged[i:end]]):
            end += 1
        out.append(list(tagged[i:end]))
        i = end
    return out


# Head nouns of a kind of place (settlement, district, area, site). Followed by a name, they form
# one phrase with it (Duden grammar: enge Apposition, "im Landkreis Waldau", "im Ortsteil Adorf").
_PLACE_KIND: Final = re.compile(
    r"(?:landkreis|kreis|gemeinde|ortsteil|stadtteil|gebiet|bezirk|viertel|quartier|siedlung|stadt|ortschaft|"
    r"park|gelände|areal)$"
)


def _place_kind(token: morph.Token) -> bool:
    """A common noun that names a kind of place, by its last word part ("Gewerbegebiet", "Landkreis")."""
    return token.pos == "NN" and _PLACE_KIND.search(token.word.lower()) is not None


def _place_name(token: morph.Token) -> bool:
    """A name: tagged so, or a capitalised word that is no everyday word ("Waldau", "Nord-Ost")."""
    if token.pos == "NE":
        return True
    parts = token.word.split("-")
    if token.pos != "NN" or not all(p[:1].isupper() for p in parts):
        return False
    return len(parts) > 1 or zipf(token.word.lower()) < _EVERYDAY_ZIPF


def with_place_names(chunks: list[list[morph.Token]] | None) -> list[list[morph.Token]] | None:
    """A phrase ending in a place-kind noun and the one-word name after it as one phrase ("im Landkreis" "Waldau")."""
    if chunks is None:
        return None
    out: list[list[morph.Token]] = []
    for chunk in chunks:
        if (
            out
            and len(chunk) == 1
            and _place_name(chunk[0])
            and out[-1][0].pos in ("APPR", "APPRART")
            and _place_kind(out[-1][-1])
        ):
            out[-1] = [*out[-1], chunk[0]]
        else:
            out.append(chunk)
    return out


def _named_place(chunk: Sequence[morph.Token]) -> bool:
    """A place phrase whose noun is a town's name HanTa reads as a common noun: "in Ebersrode".

    German names a town after "in" without an article; a common noun after "in" without an article
    is a rare case of fixed phrases ("in Kraft", "in Betrieb"), and those nouns are everyday words,
    which a town's name is not. (A common noun with a name after it is a place only where the noun
    names a kind of place, "im Landkreis X" (place_kind, for the core kernel): HanTa tags many rare compounds as names,
    "in den Einsatz Taschendiebstahl".)
    """
    bare = len(chunk) == 2 and chunk[0].word == "in" and chunk[1].pos == "NN" and chunk[1].word[:1].isupper()
    return bare and zipf(chunk[1].word.lower()) < _EVERYDAY_ZIPF


def place_kind(chunk: Sequence[morph.Token]) -> str:
    """ "place" for "im Landkreis Waldau", "in der Gemeinde Adorf" (a place preposition, a place-kind
    noun and its name right after it), else the phrase's ``_kind``. The core kernel reads it so;
    other steps keep ``_kind`` (leads.py would drop such a place where it now keeps it)."""
    kind = _kind(chunk)
    named = len(chunk) > 2 and _place_kind(chunk[-2]) and _place_name(chunk[-1])
    return "place" if kind == "pp" and named and chunk[0].word.lower() in _PLACE_PREPOSITIONS else kind


# A word of this frequency (Zipf scale) or more is an everyday word, not a town's name.
_EVERYDAY_ZIPF: Final = 3.0


def _kind(chunk: Sequence[morph.Token]) -> str:
    """ "time", "place", "topic", "pp", "np" or "word" for one Mittelfeld phrase."""
    words = [t.word for t in chunk]
    first = chunk[0]
    if first.pos in ("APPR", "APPRART"):
        # "gegen 18:25 Uhr": before a clock time "gegen" says "about", a time phrase (Duden), not "against".
        if first.word.lower() == "gegen" and len(chunk) > 2 and words[-1] == "Uhr":
            return "time"
        if _over_a_period(words) and all(t.pos in ("ART", "ADJ(A)", "NN", "KON", "APPR") for t in chunk[1:]):
            return "time"
        if first.word.lower() == "zum" and re.search(rf"\b(?:{_MONTHS})\b", " ".join(words)) and words[1][:1].isdigit():
            return "time"  # "zum 1. Februar 2027": the day from which something holds (a start, "Das gilt zum …")
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
        # "zwischen Nordheim und Südheim": a list of names is a place too; a list of things is not.
        listed = any(t.word in ("und", "oder") for t in chunk)
        if (
            first.word.lower() in _PLACE_PREPOSITIONS
            and nouns
            and (nouns[0].pos == "NE" or _STREET.search(nouns[0].word) or named or _named_place(chunk))
            and (not listed or all(t.pos == "NE" for t in nouns))
        ):
            return "place"
        return "pp"
    if first.word.lower() == "gemeinsam":
        return "pp"
    if len(chunk) == 1 and first.pos in ("PTKNEG", "PRF", "ADV", "ADJ(D)", *_BRACKET):
        return "word"
    return "np"


# "Themen wie A, B und C": capitalised items (nouns), separated by commas, closed by "und"/"oder".
_EXAMPLES: Final = re.compile(
    r"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß]+) (?P<wie>wie) "
    r"(?P<list>(?:[A-ZÄÖÜ][\w\-]*, )+[A-ZÄÖÜ][\w\-]* (?:und|oder) [A-ZÄÖÜ][\w\-]*)\b"
)


def _plural(noun: str) -> bool:
    """The analyser reads the noun as a plural form (its lemma differs and is not longer)."""
    token = morph.tag(f"Die {noun} sind da.")[1]
    return token.pos == "NN" and token.lemma != noun and len(token.lemma) <= len(noun)


# Under negation or a quantifier, leaving out a phrase can make the sentence false ("kein Auto mit Licht");
# the pattern's home is negation.py, core.py imports it from here.
_SCOPE: Final = SCOPE


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
    while (
        end < len(kept) and kept[end][0].pos in ("APPR", "APPRART") and _plain_pp(kept[end]) and not fixed_phrase(kept[end])
    ):
        end += 1
    if end < len(kept) and _kind(kept[end]) != "word":
        return None
    if any(_direction(chunk) for chunk in kept[start + 1 : end]):
        return None  # "ging mit einem Rohr in die Wohnung vor": the direction is the verb's, not the noun's
    return start, end


# Two-way prepositions (Wechselpräpositionen, Duden grammar) take the accusative for a direction:
# "in die Wohnung", "ins Haus", "auf das Dach". A direction completes a verb of motion ("ging … vor",
# "brachte … ins Krankenhaus", "ist … in ein Haus eingebrochen"), so it is no attribute that may go
# with the phrase before it, and it never says which one of a noun's kind is meant.
_TWO_WAY: Final = frozenset({"in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen"})
# Articles that after a two-way preposition can only be accusative ("der" is the dative feminine,
# "den" may be the dative plural).
_ACCUSATIVE_AFTER: Final = frozenset({"die", "das", "eine", "ein", "einen"})


def direction(words: Sequence[str]) -> bool:
    """A phrase of direction: a two-way preposition with an accusative article, or "ins"/"ans"/"aufs"."""
    if not words:
        return False
    first = words[0].lower()
    if first in ("ins", "ans", "aufs"):
        return True
    return first in _TWO_WAY and len(words) > 1 and words[1].lower() in _ACCUSATIVE_AFTER


def _direction(chunk: Sequence[morph.Token]) -> bool:
    """``direction`` of a chunk's words."""
    return direction([t.word for t in chunk])


# Adverbial adjectives of the manner of an act of ceremony or vote (Duden grammar: Modaladverbiale):
# "hat offiziell begonnen", "hat einstimmig beschlossen", "wurde feierlich eröffnet". They say how
# the act was done, never whether, when or for whom, so the statement is as true without them. Only
# these named words go (as in adjuncts.py): any other adverb may be a hedge ("grundsätzlich"), a role
# ("kommissarisch"), a scope ("nichtöffentlich") or a condition, whose loss would change the claim.
_MANNER_OF_ACT: Final = frozenset({"offiziell", "feierlich", "symbolisch", "mehrheitlich", "einstimmig"})


def manner_adverb(chunk: Sequence[morph.Token]) -> bool:
    """A single adverb of the manner of a ceremony or a vote ("offiziell", "einstimmig"): it may go."""
    return len(chunk) == 1 and chunk[0].word in _MANNER_OF_ACT


def fixed_phrase(chunk: Sequence[morph.Token]) -> bool:
    """A preposition and a bare noun: "ums Leben", "in Konkurs", "in Betrieb", "zur Verfügung".

    Such a phrase is part of a fixed verb phrase (Duden grammar: Funktionsverbgefüge, feste
    Wendungen): "kam ums Leben" says a death, "ist in Konkurs gegangen" a bankruptcy; without it the
    verb says something else ("ist gekommen", "ist gegangen"), so it never goes.
    """
    if len(chunk) != 2 or chunk[0].pos not in ("APPR", "APPRART") or chunk[1].pos != "NN":
        return False
    # A singular noun (its own lemma): "vor Einkaufsmärkten", a bare plural, is a place or a group.
    return (chunk[1].lemma or "").lower() == chunk[1].word.lower()


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
    if any(re.search(r"www\.|://|@|\.(?:de|com|org|net|eu)\b", t.word) for t in chunk):
        return False  # "unter www.example.de": where to find it is what the sentence tells
    if _CONDITION_NOUN.search(" ".join(t.word for t in chunk[1:] if t.pos == "NN")):
        return False  # "nach Absprache", "mit Genehmigung": a condition the statement holds only under
    if first.word.lower() == "bei" and len(chunk) > 1 and chunk[1].pos != "ART":
        # "fällt bei starkem Regen aus": "bei" before a noun without an article states a condition
        # (Duden: konditionales "bei" = "wenn es regnet"); without it the statement would hold always
        # ("Der Markt fällt aus": a wrong fact). Never dropped. ("unter Auflagen": _CONDITION_NOUN.)
        return False
    return _plain_pp(chunk)


# Nouns of agreement, permission and booking (Duden: "nach Vereinbarung", "mit Genehmigung", "bei
# Anmeldung"): a phrase of circumstance with one states the condition under which the clause holds,
# so without it "ist möglich" or "darf" would read as always allowed.
_CONDITION_NOUN: Final = re.compile(
    r"(?:absprache|vereinbarung|anmeldung|rücksprache|genehmigung|erlaubnis|zustimmung|einwilligung|"
    r"freigabe|voranmeldung|buchung|reservierung|antrag|bedarf|verfügbarkeit|einverständnis|auflagen?|"
    r"vorbehalt|bedingung\w*|voraussetzung\w*)\b",
    re.IGNORECASE,
)


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
    # A clause that tells a death ("…, sodass sie starb") is the news, never a detail (casualties.py).
    return opener.word.lower() in _DETACHABLE and not tells_a_death(" ".join(t.word for t in after))


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
