"""Rescuer: a sentence too long by its label, route span, hours or two days, said in a head and short followers.

Netzwerk Leichte Sprache: one statement per sentence, and the time or the place of a statement in a
sentence of its own. Four shapes of press writing make a one-clause sentence too long where
timeout.py and placeout.py do not reach:

- A topic label before a colon ("Anfahrt: Ein Bus fährt …", "Hintergrund: …"): the
  layout of a fact box, where the label names the topic of what follows and is no part of the
  sentence. It goes when it adds nothing (a generic section label, or a label the sentence says
  again: "Sprechzeiten: … ändern sich die Sprechzeiten"); a label that restricts the sentence
  ("Strom: Der Arbeitspreis steigt …") stays, and the sentence is refused.
- A route span "zwischen A und B" (traffic and building notices: a closure, a detour, a shuttle
  between two points of a road or a town): said in a follower ("Das ist zwischen A und B."), the way
  placeout.py says a place, so the follower keeps restricting its head.
- Opening hours after a day or a run ("bis zum 1. November dienstags bis sonntags von 11 bis 17
  Uhr"): the clock span, with the weekdays it recurs on, in a follower of its own ("Das ist dienstags
  bis sonntags von 11 bis 17 Uhr."); the day or run goes apart by timeout.py.
- Two days of one event joined by "und" ("findet am Freitag, 12. Juni, und Samstag, 13. Juni 2026,
  … statt"): the dates in a follower ("Das ist am 12. und 13. Juni 2026."), for a statement in the
  present that is neither negated nor a closure.

What is left is cut by cutapart.fit_apart (its time or place apart, its noun phrases shorter), and
every sentence is checked by the verifier again. Nothing is dropped but a label that adds nothing:
a negation, a hedge, a count stay in the head. None whenever not sure (omission over error).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.cutapart import fit_apart
from pressconv.transforms.easy.keynouns import key_sentence
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.negation import NEGATION
from pressconv.transforms.easy.nounphrases import word_count
from pressconv.transforms.easy.places import PLACE_NOUN, place_follower
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timeout import finite_verb, past_tense
from pressconv.transforms.easy.timephrases import MONTH, WEEKDAY
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["between_apart", "days_apart", "hours_apart", "spans_apart", "split_spans", "without_label"]

# Press fact boxes open a line with a generic label of its topic ("Anreise:", "Hintergrund:",
# "Info:"): it names the kind of fact, not a fact, so the sentence after it says the same without it.
_GENERIC_LABEL: Final = frozenset(
    [
        *("anreise", "anfahrt", "hintergrund", "hinweis", "hinweise", "info", "infos", "information"),
        *("informationen", "tipp", "tipps", "wichtig", "achtung", "neu", "aktuell", "übrigens", "beachten"),
        *("bitte", "termin", "termine", "treffpunkt", "veranstaltungsort", "ort", "zeit", "datum"),
    ]
)
# The little words that join the parts of a label ("Anreise und Parken", "Tipps für Eltern").
_LABEL_GLUE: Final = frozenset(["und", "oder", "für", "zum", "zur", "mit", "von", "im", "am", "der", "die", "das"])
_LABEL: Final = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w·-]*(?:\s[\w·-]+){0,2}):\s+(?P<rest>[A-ZÄÖÜ].*)$")
# A negation or an exception: with its place, days or hours in a follower the head would read as
# "never" or "nowhere" first, and "täglich außer montags" would lose its exception.
_NOT: Final = re.compile(rf"\b(?:{NEGATION}|außer|ausgenommen)\b", re.IGNORECASE)
# A focus particle right before the phrase that goes apart: its scope is that phrase (Duden grammar,
# Fokuspartikel), so cut out it would come to limit the verb ("fährt nur zwischen A und B" -> "fährt
# nur."; "ist nur von 8 bis 12 Uhr geöffnet" -> "ist nur geöffnet").
_FOCUS_BEFORE: Final = re.compile(r"\b(?:nur|erst|auch|noch|lediglich|ausschließlich|bereits|schon)\s*$", re.IGNORECASE)
_WEEKDAYS_S: Final = "|".join(day.lower() + "s" for day in WEEKDAYS_DE)
_HOUR: Final = r"\d{1,2}(?:[.:]\d{2})?"
# A clock span ("von 11 bis 17 Uhr", "zwischen 9:30 und 16:30 Uhr"), with the weekdays it recurs on
# before it ("dienstags bis sonntags", "täglich", "werktags"): the hours of a schedule.
_HOURS: Final = re.compile(
    rf"(?:(?P<days>(?:{_WEEKDAYS_S})(?:\s(?:bis|und)\s(?:{_WEEKDAYS_S}))?|täglich|werktags|wochentags)\s)?"
    rf"(?P<clock>(?:von\s{_HOUR}(?:\sUhr)?\sbis\s{_HOUR}\sUhr|zwischen\s{_HOUR}(?:\sUhr)?\sund\s{_HOUR}\sUhr))"
)
# The hours joined to another time by a conjunction: cut out, the conjunction would be left dangling.
_JOINED: Final = re.compile(r"\b(?:und|oder|sowie|bzw\.)\s*$")
_JOINED_AFTER: Final = re.compile(r",?\s*(?:und|oder|sowie|bzw\.)\b")
# Two days of one event joined by "und" ("am Freitag, 12. Juni, und Samstag, 13. Juni 2026"): a
# multi-day event, the press convention for fairs, festivals and sales. The weekday beside a date only
# names its day again, so the follower says the dates ("Das ist am 12. und 13. Juni 2026.").
_DAY_PAIR: Final = re.compile(
    rf"\bam\s(?:(?:{WEEKDAY}),?\s)?(?P<d1>\d{{1,2}})\.(?:\s(?P<m1>{MONTH}))?(?:\s(?P<y1>(?:19|20)\d\d))?,?\s"
    rf"und\s(?:am\s)?(?:(?:{WEEKDAY}),?\s)?(?P<d2>\d{{1,2}})\.\s(?P<m2>{MONTH})(?:\s(?P<y2>(?:19|20)\d\d))?,?"
)
# What does not happen or is closed on the days: with the days in a follower it reads as "never"
# first (timeout.py's convention for a day apart).
_NOT_HAPPENING: Final = re.compile(
    r"\b(?:geschlossen|gesperrt|entfällt|entfallen|fällt\w* aus|ausfallen|abgesagt)\b", re.IGNORECASE
)
# A day or a date still in the head: the follower's dates would not say whose they are.
_DAY_LEFT: Final = re.compile(rf"\b(?:{WEEKDAY}|{MONTH})\b|\d\.\s")
# "jeweils" distributes the hours over several days or events ("an 4 Sonntagen jeweils von …"); what
# the follower would say of them is not sure.
_DISTRIBUTED: Final = re.compile(r"\bjeweils\b", re.IGNORECASE)
# The points of a route in traffic and building notices: junctions, town edges, stops (the last part
# of a compound, "Orts·ausgang"), besides the places of places.PLACE_NOUN and a town's name.
_ROUTE_POINT: Final = re.compile(
    r"(?:einmündung|kreuzung|kreisverkehr|kreisel|ortsausgang|ortseingang|ortsende|abzweig|abzweigung|zufahrt|"
    r"ausfahrt|auffahrt|anschlussstelle|brücke|bahnhof|haltestelle|markt|tor)$"
)
# A clause about a route: a road or line by its noun, or a verb of closing, running or diverting.
_ROUTE: Final = re.compile(
    r"(?:straße|weg|strecke|abschnitt|linie|bus|bahn|verkehr|umleitung|sperrung|gesperrt|sperrt|sperren|"
    r"verkehrt|pendelt|fährt|fahren|leitet|führt)\b",
    re.IGNORECASE,
)
# A time or an amount in a span ("zwischen dem 30. November und …", "zwischen 3 und 9 Jahren"): no route.
_NO_POINT: Final = re.compile(rf"\b(?:{MONTH}|{WEEKDAY}|Uhr|Jahr\w*|Monat\w*|Woche\w*|Prozent|Euro)\b")
# Prepositions that attach a place to a route point ("dem Kreisverkehr am Lindenplatz", "der Zufahrt
# zum Wertstoffhof"): they go with the point; "in", "ab", "bis", "für" open a phrase of the clause.
_POINT_ATTRIBUTE: Final = frozenset(["am", "im", "zum", "zur", "vom", "beim"])
# Prepositions after the span that open a phrase of the clause, never of a route point: a time
# ("ab Montag", "bis Freitag"), a purpose or a cause ("für den Verkehr", "wegen Bauarbeiten").
_CLAUSE_PREPOSITION: Final = frozenset(["ab", "bis", "seit", "für", "wegen", "während", "aufgrund"])


def without_label(text: str) -> str | None:
    """The sentence after a topic label that adds nothing ("Anreise: Ein Bus fährt …" -> "Ein Bus fährt …"); else None."""
    match = _LABEL.match(text.strip())
    if match is None:
        return None
    label, rest = match.group("label"), match.group("rest")
    if re.search(r"\d", label) or any(t.pos.endswith("(FIN)") for t in morph.tag(label)):
        return None  # "Wer … verhindert ist:", "Am 3. Mai:": a clause or a time, no topic label
    words = [w.lower().replace("·", "") for w in re.findall(r"[\w·-]+", label)]
    plain_rest = rest.lower().replace("·", "")
    generic = all(w in _GENERIC_LABEL for w in words)
    content = [w for w in words if w not in _LABEL_GLUE]
    repeated = bool(content) and all(re.search(rf"\b{re.escape(w)}\b", plain_rest) for w in content)
    return rest if generic or repeated else None


def _point_end(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after one route point from ``start`` ("dem Kreisverkehr am Lindenplatz", "der K 27"), else None."""
    i = start
    if i < len(tokens) and tokens[i].pos in ("ART", "PDAT", "PPOSAT"):
        i += 1
    while i < len(tokens) and tokens[i].pos == "ADJ(A)":
        i += 1
    if i >= len(tokens) or tokens[i].pos not in ("NN", "NE"):
        return None
    while i < len(tokens) and (
        tokens[i].pos in ("NN", "NE") or (tokens[i].pos == "CARD" and tokens[i - 1].pos in ("NN", "NE"))
    ):
        i += 1  # a road number after its noun ("Kreisstraße K 27")
    if i + 1 < len(tokens) and tokens[i].word in _POINT_ATTRIBUTE:
        return _point_end(tokens, i + 1)
    return i


def _point(tokens: tuple[morph.Token, ...]) -> bool:
    """The tokens name a point of a route: a town or street by its name, a place or junction noun."""
    nouns = [t for t in tokens if t.pos in ("NN", "NE")]
    if not nouns or _NO_POINT.search(" ".join(t.word for t in tokens)):
        return False
    if tokens[0].pos == "CARD" or (len(tokens) > 1 and tokens[0].pos == "ART" and tokens[1].pos == "CARD"):
        return False  # "zwischen 3 und 9": an amount
    head = nouns[0].word.lower().replace("·", "")
    return nouns[0].pos == "NE" or bool(PLACE_NOUN.search(head) or _ROUTE_POINT.search(head))


def between_apart(text: str) -> tuple[str, str] | None:
    """(clause without it, "zwischen A und B") for one route span of the clause; else None."""
    tokens = morph.tag(text)
    spans = morph.spans(text, [t.word for t in tokens]) if tokens else None
    at = [i for i, t in enumerate(tokens) if t.word == "zwischen"]
    verb = finite_verb(tokens) if tokens else None
    if spans is None or len(at) != 1 or verb is None or not _ROUTE.search(text):
        return None
    start = at[0]
    if start == 0:
        return None
    if any(t.word in ("und", "oder", "sowie") for t in tokens[:start]):
        # "Die Allee und die K 28 zwischen A und B": the span may restrict one conjunct only; in a
        # follower it would restrict them all.
        return None
    first = _point_end(tokens, start + 1)
    if first is None or first >= len(tokens) or tokens[first].word != "und":
        return None
    second = _point_end(tokens, first + 1)
    if second is None or second >= len(tokens):
        return None
    if tokens[second].pos == "KON":
        return None  # "zwischen A und B und C": where the span ends is not sure
    if tokens[second].pos in ("APPR", "APPRART") and tokens[second].word.lower() not in _CLAUSE_PREPOSITION:
        return None  # "… und dem Ortsausgang in Richtung X": the phrase after it may still be the point's
    if not (_point(tokens[start + 1 : first]) and _point(tokens[first + 1 : second])):
        return None
    cut_from, cut_to = spans[start][0], spans[second - 1][1]
    if _FOCUS_BEFORE.search(text[:cut_from]):
        return None  # "nur zwischen A und B": the particle limits the span (_FOCUS_BEFORE)
    head = re.sub(r"\s+", " ", text[:cut_from] + text[cut_to:]).replace(" .", ".").replace(" ,", ",").strip()
    if word_count(head) < 4 or _NOT.search(head):
        return None
    return head, text[cut_from:cut_to]


def hours_apart(text: str) -> tuple[str, str] | None:
    """(clause without them, follower "Das ist … von 11 bis 17 Uhr.") for one clock span after the verb; else None."""
    found = list(_HOURS.finditer(text))
    if len(found) != 1 or _DISTRIBUTED.search(text) or _NOT.search(text):
        return None
    match = found[0]
    if _FOCUS_BEFORE.search(text[: match.start()]):
        return None  # "nur von 9 bis 12 Uhr": the particle limits the hours (_FOCUS_BEFORE)
    if _JOINED.search(text[: match.start()]) or _JOINED_AFTER.match(text[match.end() :]):
        return None  # "von 9 bis 12 Uhr sowie nach Vereinbarung": one part of a list of times
    tokens = morph.tag(text)
    spans = morph.spans(text, [t.word for t in tokens]) if tokens else None
    verb = finite_verb(tokens) if tokens else None
    if spans is None or verb is None or match.start() < spans[verb][1]:
        return None  # in the Vorfeld the hours may be a noun's ("Der Kurs von 10 bis 12 Uhr ist voll")
    head = re.sub(r"\s+", " ", text[: match.start()] + text[match.end() :])
    head = re.sub(r"\s+([,.])", r"\1", head).replace(",,", ",").strip()
    head = re.sub(r",\s*\.$", ".", head)
    days = match.group("days")
    # "Das" points back at the head (rescue.FOLLOWER_OPENERS); "Die Zeiten …" would name times not introduced.
    return head, f"Das ist {days + ' ' if days else ''}{match.group('clock')}."


def days_apart(text: str) -> tuple[str, str] | None:
    """(clause without them, "Das ist am 12. und 13. Juni 2026.") for two days joined by "und" after the verb; else None."""
    found = list(_DAY_PAIR.finditer(text))
    if len(found) != 1 or _NOT.search(text) or _NOT_HAPPENING.search(text) or _DISTRIBUTED.search(text):
        return None
    match = found[0]
    if _FOCUS_BEFORE.search(text[: match.start()]):
        return None  # "nur am 12. und 13. Juni": the particle limits the days (_FOCUS_BEFORE)
    if match.group("m1") is None and match.group("y1") is not None:
        return None  # "am 12. 2026 und …": no date
    tokens = morph.tag(text)
    spans = morph.spans(text, [t.word for t in tokens]) if tokens else None
    verb = finite_verb(tokens) if tokens else None
    if spans is None or verb is None or match.start() < spans[verb][1]:
        return None  # in the Vorfeld the days may be a noun's ("Die Messe am 12. und 13. Juni …")
    head = re.sub(r"\s+", " ", text[: match.start()] + " " + text[match.end() :])
    head = re.sub(r"\s+([,.])", r"\1", head).strip()
    if _DAY_LEFT.search(head) or _JOINED_AFTER.match(text[match.end() :]):
        return None
    m1, m2, year = match.group("m1"), match.group("m2"), match.group("y2") or match.group("y1")
    first = f"{match.group('d1')}." if m1 in (None, m2) else f"{match.group('d1')}. {m1}"
    second = f"{match.group('d2')}. {m2}" + (f" {year}" if year else "")
    return head, f"Das ist am {first} und {'am ' if m1 not in (None, m2) else ''}{second}."


def _present(sentence: str) -> bool | None:
    """Whether the sentence speaks of now (True), the past (False), or None when its tense is not sure."""
    tokens = morph.tag(sentence)
    verb = finite_verb(tokens) if tokens else None
    if verb is None:
        return None
    past = past_tense(tokens, verb)
    return None if past is None else not past


def _fit(text: str, issued: date | None, *, key: bool) -> tuple[str, ...] | None:
    """``text`` alone when short enough, else cut by cutapart.fit_apart; None when neither makes it."""
    return (text,) if word_count(text) <= HARD_LIMIT else fit_apart(text, issued, key=key)


def split_spans(text: str, issued: date | None, *, key: bool) -> tuple[str, ...] | None:
    """Short sentences that say the too-long ``text``: without its label, its hours and its route span apart.

    Each shape is taken out in turn (the label, the hours, the route span), what is left is cut by
    cutapart.fit_apart, and the followers come after its sentences: the place, then the hours. None
    when nothing was taken out or what is left cannot be made short.
    """
    text = text.strip()
    if word_count(text) <= HARD_LIMIT:
        return None
    unlabelled = without_label(text)
    base = text if unlabelled is None else unlabelled
    hours = hours_apart(base)
    if hours is not None:
        base = hours[0]
    between = between_apart(base)
    if between is not None:
        base = between[0]
    days = days_apart(base)
    if days is not None:
        base = days[0]
    if unlabelled is None and hours is None and between is None and days is None:
        return None
    parts = _fit(base, issued, key=key)
    if parts is None:
        return None
    followers: list[str] = []
    if between is not None:
        tokens = morph.tag(parts[0])
        verb = finite_verb(tokens) if tokens else None
        past = past_tense(tokens, verb) if verb is not None else None
        if verb is None or past is None:
            return None  # no tense to tell "Das war" from "Das ist"
        followers.append(place_follower(between[1], tokens, verb, past=past))
    if days is not None:
        if len(parts) > 1 or _present(parts[0]) is not True:
            return None  # a second time apart, or a past tense: the dates' follower would not be sure
        followers.insert(0, days[1])
    if hours is not None:
        if _present(parts[0]) is not True:
            return None  # the hours of a schedule that holds now ("Das ist … von 11 bis 17 Uhr.")
        followers.append(hours[1])
    return (*parts, *followers)


def spans_apart(context: RescueContext) -> Rescue | None:
    """Rescuer: the refused sentence by ``split_spans``; None for a quotation or when not sure."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    found = split_spans(context.text, context.issued, key=key_sentence(context.sentences, context.index))
    return None if found is None else Rescue(found)
