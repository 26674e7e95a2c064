"""Trends in plain words (a rescuer): what rose or fell, against what and by how much, in one short clause.

Statistics offices, employment agencies, chambers' surveys, police annual reports and price notices
state a change as one long sentence: "Der Konjunkturklimaindex, der … zusammenfasst, steigt gegenüber
der Herbstumfrage um 6 Punkte auf 97 Punkte, bleibt damit aber …". Leichte-Sprache rule books
(Netzwerk Leichte Sprache, Inclusion Europe: "Zahlen", "Vergleiche") ask for the trend said plainly,
one statement per sentence, small numbers as digits and no percentages: "Der Index ist auf 97 Punkte
gestiegen. Das sind 6 Punkte mehr als bei der Herbst·umfrage."

Exactly what is said, and nothing inferred:
- the DIRECTION is the source's own verb or comparative ("steigt", "sank", "ist zurückgegangen",
  "liegt höher"), never read off two numbers; a "von A auf B" that contradicts the verb is refused;
- what is measured is the source's own subject noun phrase, and only a named one ("die Zahl" or "sie"
  alone point back, so they are refused);
- the comparison ("gegenüber dem Vormonat", "im Vergleich zum Februar") is always kept, since a rate
  may fall against last month and rise against last year; the period ("im März") is kept too;
- a number is said only where it is a whole number of at most three digits (or a number word) that
  is no percentage; otherwise the direction alone is said (the verifier refuses long numbers and
  percentages: rule.big-number, rule.percentage).

Refused (None, omission over error): quotations, forecasts and hedges ("wird", "soll",
"voraussichtlich", "laut"), "bzw."-pairs, ranges, "jeder dritte", "Prozentpunkte", a clause the
module does not read to its end, and a following clause that could restrict the trend ("wenn", "nur").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.figures import _accusative_plural
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["trend"]

_MONTH: Final = "|".join(MONTHS_DE)
_YEAR: Final = r"(?:19|20)\d\d"

# Speech, hedges, forecasts and figures a plain sentence cannot say exactly (see the module docstring).
_REFUSE: Final = re.compile(
    r"[„“\"»«:]|\bbzw\.|Prozentpunkt|\bjede[rsn]? (?:zweite|dritte|vierte|fünfte)|\bzwischen\b|"
    r"\b(?:wird|werden|würde|würden|soll|sollen|sollte|dürfte|könnte|könnten|voraussichtlich|erwartet|"
    r"rechnet|Prognose|geschätzt|schätzt|laut|nach Angaben|Schätzung|vermutlich|wohl|angeblich)\b"
)

# The verbs of change (Duden: "steigen", "sinken", "wachsen", "fallen", "zunehmen", "abnehmen",
# "zurückgehen"), by finite form: (direction up, plural, Perfekt auxiliary, participle).
_PRESENT: Final = {
    "steigt": (True, False),
    "steigen": (True, True),
    "wächst": (True, False),
    "wachsen": (True, True),
    "sinkt": (False, False),
    "sinken": (False, True),
    "fällt": (False, False),
    "fallen": (False, True),
}
_PRETERITE: Final = {
    "stieg": (True, False, "gestiegen"),
    "stiegen": (True, True, "gestiegen"),
    "wuchs": (True, False, "gewachsen"),
    "wuchsen": (True, True, "gewachsen"),
    "sank": (False, False, "gesunken"),
    "sanken": (False, True, "gesunken"),
    "fiel": (False, False, "gefallen"),
    "fielen": (False, True, "gefallen"),
}
_PARTICIPLES: Final = {
    "gestiegen": True,
    "angestiegen": True,
    "gewachsen": True,
    "gesunken": False,
    "gefallen": False,
    "zurückgegangen": False,
}
_PARTICLE_VERBS: Final = {
    # (separable verb's finite form, particle): direction, plural, Präteritum?, participle, auxiliary
    ("geht", "zurück"): (False, False, False, "zurückgegangen", "ist"),
    ("gehen", "zurück"): (False, True, False, "zurückgegangen", "sind"),
    ("ging", "zurück"): (False, False, True, "zurückgegangen", "ist"),
    ("gingen", "zurück"): (False, True, True, "zurückgegangen", "sind"),
    ("nimmt", "zu"): (True, False, False, "zugenommen", "hat"),
    ("nehmen", "zu"): (True, True, False, "zugenommen", "haben"),
    ("nahm", "zu"): (True, False, True, "zugenommen", "hat"),
    ("nahmen", "zu"): (True, True, True, "zugenommen", "haben"),
    ("nimmt", "ab"): (False, False, False, "abgenommen", "hat"),
    ("nehmen", "ab"): (False, True, False, "abgenommen", "haben"),
    ("nahm", "ab"): (False, False, True, "abgenommen", "hat"),
    ("nahmen", "ab"): (False, True, True, "abgenommen", "haben"),
}

# Number words a count of points or people may be written in (Duden: up to twelve in words).
_WORDS: Final = ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")
_NUMBER: Final = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?|{'|'.join(_WORDS)})"
# A unit after a number: a noun ("Punkte", "Euro", "Fälle") or a percentage.
_UNIT: Final = r"(?: (?P<unit>Prozent|%|[A-ZÄÖÜ][a-zäöüß]+))?"
_BY: Final = re.compile(rf"um (?P<n>{_NUMBER}){_UNIT}(?: oder \d+(?:,\d+)? (?:Prozent|%))?")
_FROM_TO: Final = re.compile(
    rf"von (?P<a>{_NUMBER})(?: (?P<unit_a>Prozent|%|[A-ZÄÖÜ][a-zäöüß]+))? auf (?P<b>{_NUMBER}){_UNIT}"
)
_TO: Final = re.compile(rf"auf (?P<n>{_NUMBER}){_UNIT}")

# The period, kept as written: a month, a year, a quarter, "seit …", a date of a price change.
_TIME: Final = re.compile(
    rf"(?:im (?:Monat )?(?:{_MONTH})(?: {_YEAR})?|im Jahr {_YEAR}|in den (?:vergangenen|letzten) "
    rf"(?:\w+ )?(?:Jahren|Monaten)|im (?:ersten|zweiten|dritten|vierten) (?:Quartal|Halbjahr)(?: {_YEAR})?"
    rf"|seit (?:(?:Mitte|Anfang|Ende) )?(?:(?:{_MONTH}) )?{_YEAR}|(?:zum|ab|am) \d{{1,2}}\. (?:{_MONTH}) {_YEAR}"
    rf"|{_YEAR})"
)


@dataclass(frozen=True, slots=True)
class _Base:
    """A comparison as the head says it ("im Vergleich zum Februar") and as "mehr als …" says it."""

    compared: str
    than: str


# The comparisons, from the press forms "gegenüber dem …", "im Vergleich zum …", "verglichen mit
# dem …" to plain ones without the hard words "Vormonat"/"Vorjahr" (the month before and the year
# before stay apart; a monthly figure's "Vorjahresmonat" is the same month a year before).
_COMPARE: Final = r"(?:gegenüber|im Vergleich zu|verglichen mit)"
_BASES: Final = (
    (
        re.compile(rf"{_COMPARE} (?:dem|zum) Vorjahresmonat|{_COMPARE} (?:dem|zum) (?P<m>{_MONTH}) des Vorjahres"),
        _Base("im Vergleich zum gleichen Monat ein Jahr vorher", "im gleichen Monat ein Jahr vorher"),
    ),
    (
        re.compile(rf"(?:{_COMPARE} (?:dem|zum) )?Vormonat|gegenüber dem Vormonat|im Vergleich zum Vormonat"),
        _Base("im Vergleich zum Monat vorher", "im Monat vorher"),
    ),
    (
        re.compile(rf"{_COMPARE} (?:dem|zum) Vorjahr(?:eswert|eszeitraum)?|im Vorjahresvergleich"),
        _Base("im Vergleich zum Jahr vorher", "ein Jahr vorher"),
    ),
)
_NAMED_BASE: Final = re.compile(
    rf"{_COMPARE} (?:(?:dem|zum) )?(?P<month>{_MONTH})(?: (?P<year>{_YEAR}))?"
    rf"|{_COMPARE} (?:dem Jahr |zum Jahr )?(?P<only_year>{_YEAR})"
    # "gegenüber der Herbstumfrage 2025": an earlier survey or count, one noun of the kind.
    rf"|{_COMPARE} (?:der|zur) (?P<survey>[A-ZÄÖÜ][a-zäöüß]*(?:umfrage|erhebung|befragung|zählung))(?: (?P<s_year>{_YEAR}))?"
)
# How much or how surely it changed, or a contrast with the sentence before: the trend without them
# says no more than the source ("deutlich" is dropped, never added; "nur" is not among them).
_DEGREE: Final = re.compile(
    r"(?:leicht|deutlich|erneut|stark|spürbar|kräftig|weiter|wieder|etwas|merklich|insgesamt|damit|"
    r"allerdings|aber|jedoch|dagegen|hingegen|indes|zuletzt|erstmals)\b"
)
# What may stand after the trend clause and be left out: another main clause, or an apposition.
# A following clause that could restrict the trend (a condition, "nur", "außer") refuses the whole.
_RESTRICTING: Final = re.compile(
    r"^(?:wenn|falls|sofern|soweit|sobald|solange|sodass|so dass|bis|nur|aber nur|jedoch nur|allerdings nur|"
    r"außer|ausgenommen|es sei denn|vorausgesetzt|ohne|und zwar|wobei|vor allem|insbesondere|davon)\b"
)
# Generic heads that name no measure by themselves: "die Zahl" points back at a sentence before.
_GENERIC: Final = frozenset(("Zahl", "Wert", "Quote", "Anteil", "Index", "Niveau", "Summe", "Betrag", "Lage", "Trend"))
_POINTING: Final = re.compile(r"\b(?:sie|es|er|diese[rsnm]?|dieser|jene[rsnm]?|dort|hier|damit|davon|dabei)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Trend:
    """The parts of one trend clause."""

    subject: str
    up: bool
    finite: str  # the finite verb of the output ("ist", "hat", "steigt", "liegt")
    end: str  # what closes the clause: the participle, a particle, or "" (Präsens)
    comparative: bool = False  # "liegt … höher": the comparative carries the direction
    time: str | None = None
    base: _Base | None = None
    by: tuple[str, str | None] | None = None
    from_to: tuple[str, str, str | None] | None = None
    to: tuple[str, str | None] | None = None


def trend(context: RescueContext) -> Rescue | None:
    """The trend of one clause in short sentences, or None where any part of it is not understood."""
    text = " ".join(context.source.text.split())
    if context.source.speech:
        return None
    apposed = _apposed(text)
    if apposed is not None:
        return Rescue(tuple(context.rewrite(sentence) for sentence in apposed))
    if _REFUSE.search(text):
        return None
    clause = _first_clause(text)
    if clause is None:
        return None
    found = _read(clause)
    if found is None or not _named(found.subject):
        return None
    sentences = _say(found)
    if sentences is None:
        return None
    return Rescue(tuple(context.rewrite(sentence) for sentence in sentences))


# "Am 12. März 2026 waren 8.214 Frauen und Männer arbeitslos gemeldet, das sind 97 bzw. 1,2 Prozent
# weniger als im Februar": a count on a count day and its change as an apposition (the press style of
# employment agencies and statistics offices). "bzw." joins the same change in two measures here,
# a number and its percentage, so the number alone says it. The count day's month is the period.
_COUNT_DAY: Final = re.compile(
    rf"^(?:Zum (?:Zähltag|Stichtag) )?(?:am \d{{1,2}}\. |[Ii]m |Ende )(?P<month>{_MONTH})(?: (?P<year>{_YEAR}))? "
    rf"(?P<verb>waren|sind) (?:insgesamt )?(?:(?:rund|etwa|knapp|gut|über|mehr als) )?{_NUMBER} "
    # The counted people: nouns joined by "und", and an age bound after them ("unter 25 Jahren").
    r"(?P<phrase>[A-ZÄÖÜ][a-zäöüß]+(?: und [A-ZÄÖÜ][a-zäöüß]+)?(?: (?:unter|über|ab) \d{1,2} Jahren)?) "
    r"(?P<state>(?:arbeitslos|erwerbslos|arbeitsuchend|langzeitarbeitslos) gemeldet|in Kurzarbeit), "
    r"das sind (?P<by>\d{1,3})(?: (?:bzw\.|oder) \d+(?:,\d+)? (?:Prozent|%))? (?P<more>mehr|weniger) als "
    rf"im (?P<base>{_MONTH})(?: (?P<base_year>{_YEAR}))?\.?$"
)


def _apposed(text: str) -> tuple[str, str] | None:
    """A count day's count of people in a state and its change against a month, as two sentences.

    The head says the direction with the source's own comparison, the follower its size: "Im März
    waren weniger Frauen und Männer arbeitslos gemeldet als im Februar. Das sind 97 weniger."
    """
    match = _COUNT_DAY.match(text)
    if match is None or _REFUSE.search(re.sub(r" bzw\. ", " oder ", text)):
        return None
    month = match["month"] + (f" {match['year']}" if match["year"] and match["base_year"] else "")
    base = match["base"] + (f" {match['base_year']}" if match["base_year"] else "")
    verb = match["verb"]
    head = f"Im {month} {verb} {match['more']} {match['phrase']} {match['state']} als im {base}."
    return head, f"Das sind {match['by']} {match['more']}."


_SINGULAR: Final = frozenset(
    (
        "ist",
        "hat",
        "steigt",
        "sinkt",
        "fällt",
        "wächst",
        "stieg",
        "sank",
        "fiel",
        "wuchs",
        "geht",
        "ging",
        "nimmt",
        "nahm",
        "liegt",
    )
)


def _first_clause(text: str) -> str | None:
    """The sentence's first main clause, without the explaining asides behind its subject.

    An aside behind a subject of one noun ("Der Index, der … zusammenfasst, steigt"; "Die Quote,
    bezogen auf …, sank") explains a name; it restricts nothing, since the noun names one measure.
    A number in parentheses repeats a figure as a percentage. What follows the clause after a comma
    or a semicolon is left out, unless it could restrict the trend (then the whole is refused).
    """
    text = text.rstrip(".!").strip()
    text = text.split("; ")[0]
    text = re.sub(r" \((?:[+−–-] ?)?\d+(?:,\d+)? ?(?:Prozent|%)\)", "", text)
    text = re.sub(r" \([A-ZÄÖÜ]{2,6}\)", "", text)  # "Verwaltungsgericht (VG)": a name's short form
    if "(" in text or ")" in text:
        return None
    aside = re.match(
        r"^(?P<subject>(?:Der|Die|Das) [A-ZÄÖÜ][\w-]+), (?:(?:der|die|das) [^,]+|bezogen auf [^,]+), (?P<rest>.+)$",
        text,
    )
    if aside is not None:
        # Only a singular subject: "Die Betriebe, die ausbilden, …" restricts a plural to a subgroup
        # (a restrictive relative clause), while one named measure ("der Index, der …") is explained.
        if aside["rest"].split(" ")[0] not in _SINGULAR:
            return None
        text = f"{aside['subject']} {aside['rest']}"
    head, comma, rest = text.partition(", ")
    if comma and _RESTRICTING.match(rest):
        return None
    return head


def _read(clause: str) -> _Trend | None:
    """The parts of "SUBJECT VERB … [PARTICIPLE]" or "TIME VERB SUBJECT …", or None."""
    words = clause.split(" ")
    for index, word in enumerate(words[1:], start=1):
        if _finite(word) is None:
            continue
        front, rest = " ".join(words[:index]), words[index + 1 :]
        if re.fullmatch(r"(?:Der|Die|Das) .+", front):
            return _parts(front, word, rest, None)
        # A fronted period opens the sentence with a capital; inside the clause it is said in lower case.
        front = front[:1].lower() + front[1:]
        if _TIME.fullmatch(front) is not None:
            # Inverted order after a fronted period: the subject is the first words after the verb.
            for cut in range(2, len(rest) + 1):
                subject = " ".join(rest[:cut])
                if not re.fullmatch(r"(?:der|die|das) .+", subject):
                    break
                found = _parts(subject[:1].upper() + subject[1:], word, rest[cut:], front)
                if found is not None:
                    return found
        return None
    return None


def _finite(word: str) -> str | None:
    """The kind of a finite verb this module reads ("perfect", "present", "preterite", "particle", "level")."""
    if word in ("ist", "sind", "hat", "haben"):
        return "perfect"
    if word in _PRESENT:
        return "present"
    if word in _PRETERITE:
        return "preterite"
    if word in ("liegt", "liegen"):
        return "level"
    if any(word == verb for verb, _ in _PARTICLE_VERBS):
        return "particle"
    return None


def _parts(subject: str, verb: str, rest: list[str], time: str | None) -> _Trend | None:
    """The trend of ``subject`` ``verb`` ``rest``: the clause's close decides the tense and direction."""
    kind = _finite(verb)
    last = rest[-1] if rest else ""
    middle = " ".join(rest[:-1])
    trend: _Trend | None = None
    if kind == "perfect" and last in _PARTICIPLES:
        if verb not in ("ist", "sind"):
            return None
        trend = _Trend(subject, _PARTICIPLES[last], verb, last)
    elif kind == "perfect" and last in ("zugenommen", "abgenommen"):
        if verb not in ("hat", "haben"):
            return None
        trend = _Trend(subject, last == "zugenommen", verb, last)
    elif kind == "particle" and (verb, last) in _PARTICLE_VERBS:
        up, plural, past, participle, aux = _PARTICLE_VERBS[(verb, last)]
        trend = _Trend(subject, up, aux, participle) if past else _Trend(subject, up, verb, last)
    elif kind == "present" and verb in _PRESENT:
        middle = " ".join(rest)
        trend = _Trend(subject, _PRESENT[verb][0], verb, "")
    elif kind == "preterite":
        up, plural, participle = _PRETERITE[verb]
        middle = " ".join(rest)
        trend = _Trend(subject, up, "sind" if plural else "ist", participle)
    elif kind == "level":
        # "liegt um 486 höher als im Vorjahr": the comparative is the direction (Präsens only).
        comparative = re.search(r"\b(?P<word>höher|niedriger|tiefer)(?P<than> als .+)?$", " ".join(rest))
        if comparative is None:
            return None
        middle = " ".join(rest)[: comparative.start()].strip()
        trend = _Trend(subject, comparative["word"] == "höher", verb, comparative["word"], comparative=True)
        if comparative["than"]:
            than = _than(comparative["than"].strip())
            if than is None:
                return None
            trend = replace(trend, base=than)
    if trend is None:
        return None
    trend = replace(trend, time=time) if time else trend
    return _chunks(middle, trend)


def _than(text: str) -> _Base | None:
    """ "als im Vorjahr", "als im Februar" as a comparison, or None."""
    plain = {
        "als im Vorjahr": _Base("im Vergleich zum Jahr vorher", "ein Jahr vorher"),
        "als im Vormonat": _Base("im Vergleich zum Monat vorher", "im Monat vorher"),
        "als im Vorjahresmonat": _Base(
            "im Vergleich zum gleichen Monat ein Jahr vorher", "im gleichen Monat ein Jahr vorher"
        ),
    }
    if text in plain:
        return plain[text]
    month = re.fullmatch(rf"als im (?P<m>{_MONTH})(?: (?P<y>{_YEAR}))?", text)
    if month:
        named = f"{month['m']}" + (f" {month['y']}" if month["y"] else "")
        return _Base(f"im Vergleich zum {named}", f"im {named}")
    return None


def _chunks(text: str, trend: _Trend) -> _Trend | None:
    """``trend`` completed from ``text``, which must consist of known parts only, each at most once."""
    rest = text.strip()
    while rest:
        found: re.Match[str] | None = None
        if trend.time is None and (found := _TIME.match(rest)):
            trend = replace(trend, time=found.group(0))
        elif trend.base is None and (base := _base(rest)) is not None:
            found, value = base
            trend = replace(trend, base=value)
        elif trend.by is None and (found := _BY.match(rest)):
            trend = replace(trend, by=(found["n"], found["unit"]))
        elif trend.from_to is None and trend.to is None and (found := _FROM_TO.match(rest)):
            if found["unit_a"] not in (None, found["unit"]):
                return None
            trend = replace(trend, from_to=(found["a"], found["b"], found["unit"]))
        elif trend.to is None and trend.from_to is None and (found := _TO.match(rest)):
            trend = replace(trend, to=(found["n"], found["unit"]))
        elif found := _DEGREE.match(rest):
            pass
        if found is None:
            return None
        rest = rest[found.end() :]
        if rest and not rest.startswith(" "):
            return None
        rest = rest.strip()
    return trend


def _base(text: str) -> tuple[re.Match[str], _Base] | None:
    """The comparison at the start of ``text`` and its plain words, or None."""
    for pattern, base in _BASES:
        found = pattern.match(text)
        if found:
            return found, base
    found = _NAMED_BASE.match(text)
    if found is None:
        return None
    if found["month"]:
        named = found["month"] + (f" {found['year']}" if found["year"] else "")
        return found, _Base(f"im Vergleich zum {named}", f"im {named}")
    if found["only_year"]:
        return found, _Base(f"im Vergleich zum Jahr {found['only_year']}", f"im Jahr {found['only_year']}")
    survey = found["survey"] + (f" {found['s_year']}" if found["s_year"] else "")
    return found, _Base(f"im Vergleich zur {survey}", f"bei der {survey}")


def _named(subject: str) -> bool:
    """Whether the subject names what is measured: a noun beyond a generic head, and no pointer back."""
    words = subject.split(" ")
    if len(words) < 2 or _POINTING.search(" ".join(words[1:])) or re.search(r"\d", subject):
        return False
    if len(words) == 2 and words[1] in _GENERIC:
        return False  # "Die Zahl", "Der Wert": said of a figure of the sentence before
    return all(re.fullmatch(r"[\wÄÖÜäöüß-]+", word) for word in words)


def _sayable(number: str, unit: str | None) -> bool:
    """A whole number of at most three digits, or a number word, that is no percentage."""
    if unit in ("Prozent", "%"):
        return False
    return number in _WORDS or re.fullmatch(r"\d{1,3}", number) is not None


def _value(number: str) -> float | None:
    """The value of a written number, for checking "von A auf B" against the verb."""
    if number in _WORDS:
        return float(_WORDS.index(number) + 2)
    try:
        return float(number.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def _say(trend: _Trend) -> tuple[str, ...] | None:
    """The head (what changed, in which direction) and a follower with the size against the comparison."""
    if trend.from_to is not None:
        first, second = _value(trend.from_to[0]), _value(trend.from_to[1])
        if first is None or second is None or (second > first) != trend.up or first == second:
            return None  # a "von … auf …" against the verb: something is misread
    more = "mehr" if trend.up else "weniger"
    counted = _counted(trend, more)
    if counted is not None:
        return counted
    parts: list[str] = []
    if trend.time:
        parts.append(trend.time)
    follower = None
    by = trend.by if trend.by is not None and _sayable(*trend.by) else None
    if trend.comparative:
        # "liegt um 486 höher als ein Jahr vorher": one sentence, the comparative as the source has it.
        if trend.base is None:
            return None
        size = f"um {by[0]} " if by else ""
        sentence = f"{trend.subject} {trend.finite} {' '.join(parts)} {size}{trend.end} als {trend.base.than}"
        return (_tidy(sentence),)
    if trend.base is not None and by is not None:
        unit = f" {by[1]}" if by[1] else ""
        follower = f"Das sind {by[0]}{unit} {more} als {trend.base.than}."
    elif trend.base is not None:
        parts.append(trend.base.compared)
    elif by is not None:
        parts.append(f"um {by[0]}" + (f" {by[1]}" if by[1] else ""))
    if trend.from_to is not None and all(_sayable(n, trend.from_to[2]) for n in trend.from_to[:2]):
        a, b, of = trend.from_to
        parts.append(f"von {a} auf {b}" + (f" {of}" if of else ""))
    elif trend.to is not None and _sayable(*trend.to):
        parts.append(f"auf {trend.to[0]}" + (f" {trend.to[1]}" if trend.to[1] else ""))
    head = _tidy(f"{trend.subject} {trend.finite} {' '.join(parts)} {trend.end}")
    return (head, follower) if follower else (head,)


# A period that lies behind the release ("im März", "im Jahr 2025"): its count "hat es gegeben".
_PAST_PERIOD: Final = re.compile(rf"im (?:Monat )?(?:{_MONTH})(?: {_YEAR})?|im Jahr {_YEAR}|{_YEAR}")


def _counted(trend: _Trend, more: str) -> tuple[str, ...] | None:
    """ "Die Zahl der X ist gesunken" as "Es gibt weniger X …" (the rule books' plain form of a trend).

    "Die Zahl der …" is a genitive the rule books forbid; what it counts goes after "es gibt" in the
    accusative plural (figures.py), with "mehr"/"weniger" for the source's verb of change. A count of
    a past period is said in the Perfekt ("Im Jahr 2025 hat es weniger Einbrüche gegeben"), one since a
    point in time ("seit 2016") in the present; a count without a period only of people in a state on
    the count day (figures.py: "Jetzt" fits a stock, not events). A new level ("auf N") is the
    business of figures.py, which says the count itself.
    """
    match = re.fullmatch(r"Die Zahl der (?P<phrase>.+)", trend.subject)
    if match is None or trend.comparative or trend.to is not None or trend.from_to is not None:
        return None
    found = _accusative_plural(match["phrase"])
    if found is None:
        return None
    phrase, noun, stock = found
    by = trend.by if trend.by is not None and _sayable(*trend.by) and trend.by[1] is None else None
    than = f" als {trend.base.than}" if trend.base is not None and by is None else ""
    if trend.time is None:
        if not stock or trend.base is None:
            return None
        head = f"Es gibt {more} {phrase}{than}."
    elif trend.time.startswith("seit "):
        head = f"{trend.time[:1].upper()}{trend.time[1:]} gibt es {more} {phrase}{than}."
    elif _PAST_PERIOD.fullmatch(trend.time):
        head = f"{trend.time[:1].upper()}{trend.time[1:]} hat es {more} {phrase} gegeben{than}."
    else:
        return None
    if by is None:
        return (head,)
    base = trend.base.than if trend.base is not None else "vorher"
    return (head, f"Das sind {by[0]} {noun + ' ' if noun else ''}{more} als {base}.")


def _tidy(sentence: str) -> str:
    """One space between words and a full stop at the end."""
    return " ".join(sentence.split()) + "."
