"""Figures in plain words (a rescuer): a count as a sentence of its own, its change as a second one.

Statistics offices, job centres, police statistics, tourism boards and universities report a
count and its change in one long sentence: "Die Zahl der arbeitslos gemeldeten Menschen sank
gegenüber dem Vormonat um 156 auf 8.412." Leichte Sprache (Netzwerk Leichte Sprache: one statement
per sentence; "Zahlen": no percentages, no long numbers) says the count first and the change after
it: "Jetzt gibt es mehr als 8 tausend arbeitslos gemeldete Menschen. Das sind 156 Menschen weniger
als im Monat vorher."

What is kept exactly: the counted noun phrase with every restriction after it ("unter 25 Jahren"),
the reference period ("im Jahr 2025"), the comparison ("Vormonat" is the month before, "Vorjahr" the
year before, never one for the other), and the source's "rund"/"etwa"/"mehr als"/"knapp" (amounts.py).
A percentage change is said as its direction only ("Das sind mehr als im Jahr vorher."): the count
says the size, and "Prozent" is a word the rule books ask to avoid (verify: rule.percentage).

Refused (None, omission over error): anything the sentence says that this module does not read
(every part must be understood, or the rescue would drop a restriction), a rate or share ("Quote",
"Anteil", "Prozentpunkte": its base is a subgroup the reader cannot see), a forecast ("wird",
"soll", "voraussichtlich"), speech, and a count without a period whose noun names events rather than
a state (an overnight stay counts over a period; "jetzt" would misdate it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["figures"]

_MONTH: Final = "|".join(MONTHS_DE)
_NUMBER: Final = r"(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
# "rund 1,2 Millionen": the qualifiers a figure keeps (amounts.py keeps them with their digits).
_ABOUT: Final = r"(?:rund|etwa|ca\.|circa|knapp|fast|mehr als|über|gut) "
_LARGE: Final = r"(?: (?:Millionen|Milliarden))?"

# The statistics verbs of change (Duden: "steigen", "sinken", "zunehmen", "abnehmen", "zurückgehen"):
# the Perfekt participle or the Präteritum form, each with its direction.
_UP_PARTICIPLE: Final = ("gestiegen", "angestiegen", "gewachsen")
_DOWN_PARTICIPLE: Final = ("gesunken", "zurückgegangen", "gefallen", "geschrumpft")
_PERFECT: Final = re.compile(
    rf"^(?P<front>.*?)\b(?P<aux>ist|hat) (?P<body>.+) "
    rf"(?P<verb>{'|'.join((*_UP_PARTICIPLE, *_DOWN_PARTICIPLE))}|zugenommen|abgenommen)\.$"
)
_PRETERITE: Final = re.compile(
    r"^(?P<front>.*?)\b(?P<verb>stieg|wuchs|sank|fiel|ging|nahm) (?P<body>.+?)(?P<particle> zurück| zu| ab)?\.$"
)
# A level without a change (statistics style: "lag bei", Perfekt "hat bei … gelegen").
_LEVEL: Final = re.compile(r"^(?P<front>.*?)\b(?:lag (?P<body>.+?)|hat (?P<body2>.+?) gelegen)\.$")
_UP: Final = frozenset(("gestiegen", "angestiegen", "gewachsen", "zugenommen", "stieg", "wuchs", "nahm zu"))
_DOWN: Final = frozenset(
    ("gesunken", "zurückgegangen", "gefallen", "geschrumpft", "abgenommen", "sank", "fiel", "ging zurück", "nahm ab")
)

# A period the figure belongs to, as the sentence names it (only absolute ones: "im vergangenen
# Jahr" would need the release date, and the reader's "jetzt" is not the release's).
_TIME: Final = re.compile(
    rf"[Ii]m (?:Monat )?(?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?"
    r"|[Ii]m Jahr (?P<only_year>\d{4})|(?P<bare_year>(?:19|20)\d\d)\b"
)
# The comparison, said without the hard words "Vormonat"/"Vorjahr" and without "davor" (a pronoun
# adverb the verifier reads as pointing back): the month before and the year before stay apart.
_BASES: Final = (
    (
        re.compile(r"(?:gegenüber dem|im Vergleich zum) Vorjahresmonat|im Vorjahresmonatsvergleich"),
        "im gleichen Monat ein Jahr vorher",
    ),
    (
        re.compile(r"(?:gegenüber dem|im Vergleich zum) Vorjahreszeitraum"),
        "im gleichen Zeitraum ein Jahr vorher",
    ),
    (
        re.compile(r"(?:gegenüber dem|im Vergleich zum|zum) Vormonat|im Monatsvergleich|im Vergleich zum Monat davor"),
        "im Monat vorher",
    ),
    # "Vorjahr" of a monthly figure is the same month a year before: "ein Jahr vorher" fits both.
    (
        re.compile(
            r"(?:gegenüber dem|im Vergleich zum|zum) Vorjahr(?:eswert|esniveau)?"
            r"|im Vorjahresvergleich|binnen Jahresfrist"
        ),
        "ein Jahr vorher",
    ),
    (re.compile(rf"(?:gegenüber dem|gegenüber|im Vergleich zum) (?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?"), ""),
    (re.compile(r"(?:gegenüber dem Jahr|gegenüber|im Vergleich zum Jahr|im Vergleich zu) (?P<year>(?:19|20)\d\d)\b"), ""),
)
_BY: Final = re.compile(
    rf"um (?P<by>(?P<about>{_ABOUT})?(?P<n>{_NUMBER}){_LARGE}(?P<percent> Prozent\b| %)?)(?: (?:Personen|Menschen))?"
)
_TO: Final = re.compile(rf"auf (?P<about>{_ABOUT})?(?P<n>{_NUMBER})(?P<large>{_LARGE})(?: (?P<unit>[A-ZÄÖÜ][a-zäöüß]+))?")
_FROM: Final = re.compile(rf"von (?:{_ABOUT})?(?:{_NUMBER}){_LARGE}(?: [A-ZÄÖÜ][a-zäöüß]+)?")
# How much or how surely it changed: the figures say the size, so these add nothing a reader needs.
_DEGREE: Final = re.compile(
    r"(?:leicht|deutlich|erneut|stark|spürbar|kräftig|weiter|wieder|etwas|merklich|saisonüblich|saisonbedingt|insgesamt|damit)\b"
)
# "(−1,8 Prozent)": the same change as a percentage, after the count that says it in numbers.
_PERCENT_ASIDE: Final = re.compile(r"\((?:[+−–-] ?)?\d+(?:,\d+)? ?(?:Prozent|%)\)")

# A figure that is no count of the reader's world, or no fact yet: a rate or share (its base is a
# group the sentence names only in part), a forecast, a quotation (rescue brief: refuse these).
_REFUSE: Final = re.compile(
    r"[„“\"»«:;]|Prozentpunkt|[Qq]uote\b|[Aa]nteil|\b(?:wird|werden|würde|würden|soll|sollen|dürfte|könnte|"
    r"voraussichtlich|erwartet|rechnet|Prognose|geschätzt|schätzt|laut|nach Angaben|sagte|erklärte|betonte)\b"
)
_ZERO_PLURAL: Final = ("er", "el", "en")


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a count sentence says: the counted phrase, its period, the comparison, the change and the new count."""

    phrase: str  # "arbeitslos gemeldeten Menschen": the genitive plural after "Die Zahl der"
    up: bool | None  # None: a level ("lag bei N"), no change
    time: str | None = None
    base: str | None = None
    by: str | None = None
    by_percent: bool = False
    to: str | None = None


def figures(context: RescueContext) -> Rescue | None:
    """The count and its change as two short sentences, or None where any part is not understood."""
    text = _after_colon(" ".join(context.source.text.split()))
    if context.source.speech or _REFUSE.search(text):
        return None
    text = _PERCENT_ASIDE.sub("", text).replace("  ", " ").replace(" .", ".")
    counted = _counted(text)
    if counted is not None:
        return counted
    parts = _parts(text)
    if parts is None:
        return _apposed(text, context)
    noun_phrase = _accusative_plural(parts.phrase)
    if noun_phrase is None:
        return None
    phrase, noun, stock = noun_phrase
    if parts.time is None and not stock:
        return None  # "Jetzt" fits people in a state ("arbeitslos gemeldet"), not events of a period
    return _sentences(parts, phrase, noun)


# "2025 wurden rund 1,2 Millionen Übernachtungen gezählt": the passive of a counting verb states a
# count of a period (statistics convention). Said actively with "man" and the source's own verb, so
# that a count of recorded cases stays one of recorded cases (police statistics count reports).
_COUNTED: Final = re.compile(
    rf"^(?:(?P<time>{_TIME.pattern}) )?(?:[Ii]nsgesamt )?(?:wurden|sind) "
    rf"(?:(?P<time2>{_TIME.pattern.replace('?P<', '?P<t2_')}) )?"
    rf"(?:insgesamt )?(?P<count>(?:{_ABOUT})?(?:{_NUMBER}){_LARGE}) (?P<phrase>[^,]+?) "
    r"(?P<verb>gezählt|registriert|erfasst|verzeichnet)(?: worden)?(?P<tail>, .+)?\.$"
)
# What may follow the count after a comma: its change, as a percentage or in numbers, against a base.
_TAIL: Final = re.compile(
    rf"^, (?:ein (?P<plus>Plus|Minus) von {_NUMBER} (?:Prozent|%)"
    rf"|das sind (?P<by>{_NUMBER})(?: oder {_NUMBER} (?:Prozent|%))? "
    rf"(?P<more>mehr|weniger) als)(?: (?P<base>.+?))?(?: \((?:{_NUMBER})\))?$"
)


# "…, 211 weniger als im Februar." / "… – 9 Prozent mehr als im Vorjahr.": a count's change set after
# it as an apposition (press style of statistics releases), split off as a sentence of its own.
_APPOSED: Final = re.compile(
    rf"^(?P<main>[^,–;]+?)(?:,| –) (?:das sind |und damit |also )?"
    rf"(?:(?P<by>{_NUMBER})(?: (?!Prozent)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+))?(?: oder {_NUMBER} (?:Prozent|%))?"
    rf"|{_NUMBER} (?:Prozent|%)) (?P<more>mehr|weniger) als (?P<base>[^,]+?)(?: \({_NUMBER}\))?\.$"
)
_PLUS: Final = re.compile(rf"^(?P<main>[^,–;]+?)(?:,| –) ein (?P<plus>Plus|Minus) von {_NUMBER} (?:Prozent|%)\.$")
# The numbers of a clause that are no count: a year, a day of a date, a time of day.
_NO_COUNT: Final = re.compile(rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}\. (?:{_MONTH})|\b\d{{1,2}}(?::\d\d)? Uhr\b")


def _apposed(text: str, context: RescueContext) -> Rescue | None:
    """A clause with one count, and its change after a comma or a dash, as two sentences.

    "Das sind …" points back at the one count of the head; a head with two counts would leave the
    reader to guess which one changed, so it is refused, as is a head the release's rewrite leaves
    in a form the verifier refuses (the pipeline checks every sentence).
    """

    match = _APPOSED.match(text) or _PLUS.match(text)
    if match is None:
        return None
    main = match["main"]
    if len(re.findall(r"\d+(?:[.,]\d+)*", _NO_COUNT.sub("", main))) != 1 or not _TIME.search(main):
        return None  # one count, in a period the head names
    groups = match.groupdict()
    if groups.get("plus"):
        more, base, by, noun = ("mehr" if groups["plus"] == "Plus" else "weniger"), "vorher", None, None
    else:
        found = _base_words(match["base"])
        if found is None:
            return None
        more, base, by, noun = match["more"], found, match["by"], match["noun"]
    if noun is not None and noun not in main:
        return None  # "211 Betriebe weniger" of a head that counts people: two counts after all
    head = context.rewrite(main + ".")
    if by is not None and plain_amounts(f"es gibt {by} x") == f"es gibt {by} x":
        follower = f"Das sind {by} {noun + ' ' if noun else ''}{more} als {base}."
    else:
        follower = f"Das sind {more} als {base}."
    return Rescue((head, follower))


# Verbs of saying (verba dicendi, Duden grammar): a colon after one of them opens speech, not a figure.
_SAYING: Final = frozenset(
    ("sagen", "erklären", "betonen", "mitteilen", "ergänzen", "erläutern", "meinen", "fordern", "kommentieren")
)


def _after_colon(text: str) -> str:
    """ "Jüngere Menschen profitierten: Die Zahl der …" as its second part, a sentence of its own.

    German punctuation (Duden, Doppelpunkt) lets a colon after a whole clause open a sentence that
    explains it; the figure is that sentence. A colon after a name alone ("Die Leiterin:") or after
    a verb of saying opens speech, which stays as it is (and is refused).
    """
    before, colon, after = text.partition(": ")
    if not colon or not after.startswith("Die Zahl der"):
        return text
    tagged = morph.tag(before)
    clause = any(t.pos.startswith(("VV", "VA", "VM")) and "FIN" in t.pos for t in tagged)
    if not clause or any(t.lemma in _SAYING for t in tagged):
        return text
    return after


def _counted(text: str) -> Rescue | None:
    """ "2025 wurden 412 Einbrüche registriert, das sind 37 weniger als im Vorjahr." as two sentences."""

    match = _COUNTED.match(text)
    if match is None:
        return None
    time_match = _TIME.fullmatch(match["time"] or "") or _TIME.fullmatch(match["time2"] or "")
    if time_match is None or _TIME.search(match["phrase"]) or re.search(r"\d", match["phrase"]):
        return None  # a count without its period (or with two) says nothing a reader can place
    phrase = match["phrase"]
    if not phrase[:1].isupper() and not re.match(r"[a-zäöüß]+e [A-ZÄÖÜ]", phrase):
        return None  # the counted noun, alone or after one strong adjective ("neue Verträge")
    count = plain_amounts(f"es gibt {match['count']} {phrase}")[len("es gibt ") :]
    head = f"{_capital(_time_words(time_match))} hat man {count} {match['verb']}."
    if not match["tail"]:
        return Rescue((head,))
    tail = _TAIL.match(match["tail"])
    if tail is None:
        return None
    base = _base_words(tail["base"]) if tail["base"] else "vorher"
    if base is None:
        return None
    more = tail["more"] or ("mehr" if tail["plus"] == "Plus" else "weniger")
    by = tail["by"]
    amount = f"{by} " if by and plain_amounts(f"{by} x") == f"{by} x" else ""
    return Rescue((head, f"Das sind {amount}{more} als {base}."))


def _base_words(text: str) -> str | None:
    """The comparison of a tail ("als im Vorjahr", "gegenüber dem Vormonat") in plain words, or None."""
    text = re.sub(r"^als ", "", text)
    for pattern, words in (
        (re.compile(r"im Vorjahr|vor einem Jahr|ein Jahr zuvor"), "ein Jahr vorher"),
        (re.compile(r"im Vorjahreszeitraum"), "im gleichen Zeitraum ein Jahr vorher"),
        (re.compile(r"im Vorjahresmonat"), "im gleichen Monat ein Jahr vorher"),
        (re.compile(r"im Vormonat|vor einem Monat"), "im Monat vorher"),
        (re.compile(rf"im (?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?"), ""),
        *_BASES,
    ):
        found = pattern.fullmatch(text)
        if found:
            return words or _named_base(found)
    year = re.fullmatch(r"(?:im Jahr )?((?:19|20)\d\d)", text)
    return f"im Jahr {year.group(1)}" if year else None


def _parts(text: str) -> _Parts | None:
    """The parts of "Die Zahl der … ist … um D auf N gestiegen." in either tense, or None."""
    level = _LEVEL.match(text)
    if level is not None:
        # "Die Zahl der X lag im März bei N": a level, no change; "bei N" is its count.
        body = re.sub(rf"\bbei (?=(?:{_ABOUT})?{_NUMBER})", "auf ", level["body"] or level["body2"])
        found = _read(level["front"].strip(), body, None)
        return found if found is not None and found.to is not None and found.by is None and found.base is None else None
    perfect = _PERFECT.match(text)
    if perfect is not None:
        verb, front, body = perfect["verb"], perfect["front"], perfect["body"]
        if (perfect["aux"] == "hat") != (verb in ("zugenommen", "abgenommen")):
            return None
    else:
        preterite = _PRETERITE.match(text)
        if preterite is None:
            return None
        verb, front, body = preterite["verb"], preterite["front"], preterite["body"]
        particle = (preterite["particle"] or "").strip()
        needed = {"ging": "zurück", "nahm": "zu|ab"}.get(verb, "")
        if (particle or needed) and not re.fullmatch(needed or "-", particle):
            return None
        verb = f"{verb} {particle}".strip()
    up = verb in _UP
    if not up and verb not in _DOWN:
        return None
    return _read(front.strip(), body, up)


def _read(front: str, body: str, up: bool | None) -> _Parts | None:
    """Read the counted phrase and the other parts from the words around the verb."""
    subject_first = re.fullmatch(r"Die Zahl der (?P<phrase>.+)", front)
    if subject_first is not None:
        return _chunks(body, _Parts(phrase=subject_first["phrase"], up=up))
    # "Im Jahr 2025 ist die Zahl der X um … gestiegen": the phrase ends where the known parts begin.
    time_first = _TIME.fullmatch(front)
    rest = re.fullmatch(r"die Zahl der (?P<rest>.+)", body)
    if time_first is None or rest is None:
        return None
    start = _Parts(phrase="", up=up, time=_time_words(time_first))
    words = rest["rest"].split(" ")
    for cut in range(1, len(words) + 1):
        found = _chunks(" ".join(words[cut:]), start) if cut < len(words) else start
        if found is not None:
            return _Parts(
                phrase=" ".join(words[:cut]),
                up=up,
                time=found.time,
                base=found.base,
                by=found.by,
                by_percent=found.by_percent,
                to=found.to,
            )
    return None


def _chunks(text: str, parts: _Parts) -> _Parts | None:
    """``parts`` completed from ``text``, which must consist of known parts only, each at most once."""
    time, base, by, by_percent, to = parts.time, parts.base, parts.by, parts.by_percent, parts.to
    rest = text.strip()
    while rest:
        matched = False
        found = _TIME.match(rest)
        if found and time is None:
            time, rest, matched = _time_words(found), rest[found.end() :], True
        if not matched and base is None:
            for pattern, words in _BASES:
                found = pattern.match(rest)
                if found:
                    base, rest, matched = words or _named_base(found), rest[found.end() :], True
                    break
        if not matched and by is None and (found := _BY.match(rest)):
            # The number only: the counted noun follows it in the follower once ("156 Personen" said as
            # "156 Menschen", never "156 Personen Menschen"; review).
            by, by_percent, rest, matched = found["by"], bool(found["percent"]), rest[found.end() :], True
        if not matched and to is None and (found := _TO.match(rest)):
            to = f"{found['about'] or ''}{found['n']}{found['large']}"
            rest, matched = rest[found.end() :], True
        if not matched and (found := _FROM.match(rest)):
            rest, matched = rest[found.end() :], True  # the earlier value: the change says it already
        if not matched and (found := _DEGREE.match(rest)):
            rest, matched = rest[found.end() :], True
        if not matched or (rest and not rest.startswith(" ")):
            return None
        rest = rest.strip()
    return _Parts(phrase=parts.phrase, up=parts.up, time=time, base=base, by=by, by_percent=by_percent, to=to)


def _time_words(match: re.Match[str]) -> str:
    """The period in the words a Leichte-Sprache sentence uses ("Im Jahr 2025", "Im März 2026")."""
    if match["month"]:
        return f"im {match['month']}" + (f" {match['year']}" if match["year"] else "")
    return f"im Jahr {match['only_year'] or match['bare_year']}"


def _named_base(match: re.Match[str]) -> str:
    """ "gegenüber dem Februar" as "im Februar", "gegenüber 2024" as "im Jahr 2024"."""
    groups = match.groupdict()
    if groups.get("month"):
        return f"im {groups['month']}" + (f" {groups['year']}" if groups.get("year") else "")
    return f"im Jahr {groups['year']}"


# A count without a period is said with "Jetzt" only where it counts people in a state they are in
# on the count day (a stock), not events of a period (a flow): an adjective in "-los" (Duden: "-los"
# forms adjectives of lacking something, "arbeitslos", "wohnungslos") or a participle of being
# registered or employed, said of people. "gemeldete Straftaten" or "Verletzte" are events.
_STATUS: Final = frozenset(("gemeldet", "angemeldet", "eingeschrieben", "immatrikuliert", "beschäftigt", "versichert"))
_PEOPLE: Final = frozenset(("Menschen", "Personen", "Frauen", "Männer", "Kinder", "Jugendliche", "Erwachsene"))


def _accusative_plural(phrase: str) -> tuple[str, str, bool] | None:
    """ "der arbeitslos gemeldeten Menschen" after "es gibt": (phrase, its noun, people in a state).

    The genitive plural after "Die Zahl der" becomes the accusative plural (Duden grammar): a
    plural noun has the same form, an attributive adjective goes from weak "-en" to strong "-e"
    ("gemeldeten" → "gemeldete"), a noun made of an adjective takes its strong form, which is its
    lemma ("Arbeitslosen" → "Arbeitslose"). What follows the noun ("unter 25 Jahren") stays as it is.
    """
    words = phrase.split(" ")
    tagged = morph.tag(phrase)
    if len(tagged) != len(words) or "," in phrase:
        return None
    out: list[str] = []
    lacking = status = False
    for index, token in enumerate(tagged):
        if token.pos in ("NN", "NNA"):
            if token.pos == "NNA":
                if token.lemma + "n" != token.word:
                    return None
                noun = token.lemma
                lacking = lacking or noun.endswith("lose")
            else:
                if token.word == token.lemma and not token.word.endswith(_ZERO_PLURAL):
                    return None  # "der Bevölkerung": a singular, whose count "es gibt" cannot take
                noun = token.word
            people = token.pos == "NNA" or noun in _PEOPLE
            after = words[index + 1 :]
            if after[:1] and after[0] in ("und", "oder", "sowie"):
                # "Frauen und Männer": the change counts both, so it is said without a noun.
                noun = ""
            return (
                " ".join([*out, token.lemma if token.pos == "NNA" else token.word, *after]),
                noun,
                lacking or (status and people),
            )
        if token.pos == "ADJ(A)" and token.word.endswith("en") and token.word[:1].islower():
            out.append(token.word[:-1])
            status = status or token.lemma in _STATUS
        elif token.pos in ("ADJ(D)", "ADV") and token.word[:1].islower():
            out.append(token.word)
            lacking = lacking or token.word.endswith("los")
        else:
            return None
    return None


def _sentences(parts: _Parts, phrase: str, noun: str) -> Rescue | None:
    """The head with the count (or the direction) and the follower with the change."""

    more = "mehr" if parts.up else "weniger"
    than = f"als {parts.base or 'vorher'}"
    if parts.up is None and parts.to is None:
        return None  # a level says nothing without its count
    if parts.to is None:
        if parts.time is None:
            head = f"Jetzt gibt es {more} {phrase} {than}."
        else:
            head = f"{_capital(parts.time)} hat es {more} {phrase} gegeben" + (f" {than}." if parts.base else ".")
        return Rescue((head,))
    # After "es gibt" (lower case, so that amounts.py keeps "mehr als" small), then cut off again.
    count = plain_amounts(f"es gibt {parts.to} x")[len("es gibt ") : -len(" x")]
    if parts.time is None:
        head = f"Jetzt gibt es {count} {phrase}."
    else:
        head = f"{_capital(parts.time)} hat es {count} {phrase} gegeben."
    if parts.up is None:
        return Rescue((head,))
    by = parts.by
    if by is not None and not parts.by_percent and plain_amounts(f"es gibt {by} x") == f"es gibt {by} x":
        follower = f"Das sind {by} {noun} {more} {than}." if noun else f"Das sind {by} {more} {than}."
    else:
        # A percentage or a rounded thousand would say the size unclearly: the direction alone.
        follower = f"Das sind {more} {than}."
    return Rescue((head, follower))


def _capital(text: str) -> str:
    """The period with a capital, as it opens the sentence."""
    return text[:1].upper() + text[1:]
