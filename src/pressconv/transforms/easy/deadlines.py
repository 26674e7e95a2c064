"""Deadlines and application periods as plain sentences: "Die Anmeldung ist bis 30. Oktober 2026 möglich."

Press releases state until when the reader must act in long official sentences ("Anträge sind bis
spätestens Freitag, 30. Oktober 2026, ausschließlich elektronisch über das Förderportal
einzureichen."). A reader must know that day (Netzwerk Leichte Sprache: one statement per sentence;
say what the reader must do and when). This rescuer (rescue.py) reads such a sentence only when every
part of it is understood: the reader's action (a noun or verb of the general table below), one
deadline or period, and how or where to act. Anything else in the sentence, a group that restricts who
may act ("Alle Halter, die …"), a second date, another actor's deadline ("Die Stadt muss bis …"), a
deadline before the release day: the rescuer refuses (omission over error, issue 16).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.when import MONTH_PATTERN, WEEKDAYS_DE, find_moments

__all__ = ["deadline_rescue"]

# The reader's actions and how a plain sentence names them (general German vocabulary: the action
# noun of apply, register, report, hand in, object). Each plain form is the subject of "… ist/sind
# bis … möglich". ``compound`` marks the nouns whose compounds keep their meaning ("Förderanträge",
# "Online-Bewerbung", "Voranmeldung"); a compound of "Meldung" or "Vorschlag" may be another thing
# ("Wortmeldung", "Verbesserungsvorschlag") and is refused.
_ACTIONS: Final = (
    ("Anmeldung|Anmeldungen", "Die Anmeldung ist", True),
    ("Bewerbung|Bewerbungen", "Die Bewerbung ist", True),
    ("Antrag|Anträge", "Anträge sind", True),
    ("Einsendung|Einsendungen", "Einsendungen sind", False),
    ("Meldung|Meldungen", "Die Meldung ist", False),
    ("Vorschlag|Vorschläge", "Vorschläge sind", False),
    ("Einwendung|Einwendungen|Einwand|Einwände", "Einwände sind", False),
    ("Widerspruch|Widersprüche", "Ein Widerspruch ist", False),
    ("Einspruch|Einsprüche", "Ein Einspruch ist", False),
)
# The first part of "-schluss"/"-frist" compounds ("Anmeldeschluss", "Antragsfrist"; German
# word formation: the verb stem or the noun with its linking s) and the action it names.
_DEADLINE_NOUNS: Final = {
    "anmelde": "Die Anmeldung ist",
    "bewerbungs": "Die Bewerbung ist",
    "antrags": "Anträge sind",
    "einsende": "Einsendungen sind",
    "melde": "Die Meldung ist",
    "widerspruchs": "Ein Widerspruch ist",
    "einspruchs": "Ein Einspruch ist",
}
# The verbs of handing in an action noun ("Anträge können … gestellt werden", "sind … einzureichen").
_HAND_IN: Final = (
    r"(?:gestellt|eingereicht|abgegeben|eingesandt|eingeschickt|eingesendet|erhoben|eingelegt|vorgenommen|"
    r"übermittelt|entgegengenommen|angenommen)"
)
_HAND_IN_ZU: Final = r"(?:zu stellen|einzureichen|abzugeben|einzusenden|einzuschicken|zu erheben|einzulegen|zu übermitteln)"
# Who may act when the sentence names no one in particular: anybody who wants to ("Interessierte",
# "Wer teilnehmen möchte"). Any other subject restricts the group and is refused.
_ANYONE_NOUN: Final = r"(?:[Aa]lle\s+)?(?:Interessierte|Interessierten|Interessenten|Interessentinnen und Interessenten)"
_ANYONE: Final = rf"(?:{_ANYONE_NOUN}|Wer\s+(?:teilnehmen|mitmachen|dabei sein)\s+(?:möchte|will),)"

_WEEKDAY: Final = "|".join(WEEKDAYS_DE)
_MONTH: Final = MONTH_PATTERN
# What follows a day's number: a month name (and year) or a numeric month (and year).
_MONTH_PART: Final = rf"(?:(?:{_MONTH})(?:\s+\d{{4}})?|\d{{1,2}}\.(?:\d{{4}}|\d{{2}})?)"
_DAY: Final = rf"\d{{1,2}}\.\s*{_MONTH_PART}"
_DATE: Final = rf"(?:(?:{_WEEKDAY}),?\s+(?:den\s+|der\s+)?)?{_DAY}"
# A period's first day may leave month and year to its last ("vom 4. bis 31. Mai 2026").
_START: Final = rf"(?:(?:{_WEEKDAY}),?\s+(?:dem\s+)?)?\d{{1,2}}\.(?:\s*{_MONTH_PART})?"
# A time on the last day ("bis Sonntag, 31. Mai 2026, 18 Uhr"): kept, or said with the day itself
# when it is the day's end (23:59 or 24 Uhr).
_CLOCK: Final = r"(?:,?\s+(?:um\s+)?(?P<{}>\d{{1,2}}(?:[.:]\d{{2}})?)\s*Uhr)?"
_UNTIL: Final = re.compile(
    rf",?\s*\b(?:(?:[Nn]och\s+)?(?:bis|^Bis)\s+(?:spätestens\s+)?(?:zum\s+|am\s+)?|(?:spätestens|^Spätestens)\s+(?:am\s+|bis\s+(?:zum\s+)?)?)"
    rf"(?P<last>{_DATE}){_CLOCK.format('clock')},?"
)
_PERIOD: Final = re.compile(
    # "und zwar in der Zeit vom …": "und zwar" (namely) and "in der Zeit" add no fact of their own.
    rf",?\s*(?:\bund zwar\s+)?(?:\bin der Zeit\s+)?\b(?:vom|von|^Vom)\s+(?P<first>{_START}),?\s+bis\s+(?:zum\s+)?"
    rf"(?P<last>{_DATE}){_CLOCK.format('clock1')},?|"
    rf",?\s*(?:\bund zwar\s+)?(?:\bin der Zeit\s+)?\b(?:zwischen|^Zwischen)\s+(?:dem\s+)?(?P<first2>{_START}),?\s+und\s+"
    rf"(?:dem\s+)?(?P<last2>{_DATE}){_CLOCK.format('clock2')},?"
)
# The first day of an open period ("Bewerbungen werden ab Montag, 4. Mai 2026, … entgegengenommen").
_FROM: Final = re.compile(rf",?\s*\b(?:ab|^Ab)\s+(?:dem\s+)?(?P<first>{_DATE}),?")
# "Anmeldeschluss ist der 15. März", "Die Antragsfrist endet am 30. Juni", "Einsendeschluss: 3. Mai".
_CLOSING: Final = re.compile(
    rf"^(?:Der\s+|Die\s+)?(?P<stem>[A-ZÄÖÜ][a-zäöüß]+?)(?:schluss|frist)\s*(?:ist(?:\s+der|\s+am)?|endet\s+am|läuft\s+bis(?:\s+zum)?|:)\s+"
    rf"(?P<last>{_DATE}){_CLOCK.format('clock')}$"
)

# How or where to act, and how a plain sentence says it. A web address or a phone number the sentence
# gives is the contact section's; here it only says "im Internet" or "per Telefon".
_URL: Final = r"(?:\(?(?:https?://|www\.)[^\s(),]+\)?)"
_PHONE: Final = r"(?:(?:Telefon|Tel\.)\s*)?(?:\d[\d /-]{5,}\d(?:-\d+)?(?:\s*\([^()]*\))?)"
_HOW: Final = (
    (rf"\bonline(?:\s+unter\s+{_URL})?", "im Internet"),
    (rf"\belektronisch(?:\s+unter\s+{_URL})?", "im Internet"),
    (rf"\b(?:im|über das) Internet(?:\s+unter\s+{_URL})?", "im Internet"),
    (
        rf"\büber\s+(?:das|die|den)\s+(?:[A-ZÄÖÜ][\wäöüß]*-)?[\wäöüß]*(?:[Pp]ortal|[Ss]eite|[Ff]ormular|Website|Homepage)"
        # The portal's owner, one noun or, before its web address, a name of several words.
        rf"(?:\s+(?:der|des)\s+[A-ZÄÖÜ][^,;()]{{0,80}}?\s+unter\s+{_URL}|(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]+)?(?:\s+{_URL})?)",
        "im Internet",
    ),
    (rf"\bunter\s+{_URL}", "im Internet"),
    (r"\bper\s+E-Mail(?:\s+(?:an|unter)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?", "per E-Mail"),
    (rf"\btelefonisch(?:\s+unter\s+(?:der\s+(?:Nummer|Telefonnummer)\s+)?{_PHONE})?", "per Telefon"),
    (rf"\bunter\s+(?:der\s+(?:Nummer|Telefonnummer)\s+)?{_PHONE}", "per Telefon"),
    (r"\bschriftlich\b", "schriftlich"),
    (r"\bpersönlich\b", "persönlich"),
)
# An office as the place to act: "beim Bürgerbüro", "bei der Schulleitung" (one noun, nothing after it
# but the end or another means; an address after it is left to the skeleton to refuse). After "im"
# only a building or an office ("im Rathaus", "im Sekretariat"): "im Vorfeld", "im Mai" are no place.
_AT: Final = (
    r"\b(?:(?:beim|bei der)\s+[A-ZÄÖÜ][a-zäöüß]+|im\s+[A-ZÄÖÜ][a-zäöüß]*(?:amt|büro|haus|sekretariat|zentrum|foyer))\b(?!-)"
)
_MEANS: Final = re.compile("|".join(f"(?P<m{i}>{pattern})" for i, (pattern, _) in enumerate(_HOW)) + f"|(?P<at>{_AT})")
# Words that add nothing a plain sentence must keep: "bitte" (the plain sentence asks or states
# anyway), "ab sofort" and "jetzt" (the action is open from the release day on).
_FILLERS: Final = re.compile(r"\b(?:ab sofort|jetzt|bitte)\b", re.IGNORECASE)
_ONLY: Final = re.compile(r"\b(?:nur|ausschließlich)\b")
_JOIN: Final = re.compile(r"^(?:\s*(?:,|\boder\b|\bund\b|\bsowie\b)\s*)+$")


@dataclass(frozen=True, slots=True)
class _Deadline:
    """The last day (and a period's first day) as a plain date phrase, and where it stood."""

    phrase: str  # "bis Freitag, 30. Oktober 2026" / "vom 4. bis 31. Mai 2026"
    last: date
    start: int
    end: int
    opens: bool = False  # "ab Montag, 4. Mai": the first day only, never past as a deadline is


def deadline_rescue(context: RescueContext) -> Rescue | None:
    """The refused sentence's deadline for the reader's action as a head, with how to act as follower."""
    source = context.source.text.strip()
    if context.source.speech or context.source.heading or not source.endswith(".") or re.search(r"[„“\"?!]", source[:-1]):
        return None  # a quotation, a heading or a question: not one statement of the sender's
    text = re.sub(r"\s+", " ", source[:-1])
    clause = ";" in text
    if clause:
        # Several clauses (";"): the one the refused piece was made from, read alone.
        picked = _clause(text, context.text)
        if picked is None:
            return None
        text = picked
    closing = _CLOSING.match(text)
    if closing is None and re.search(r"(?<!\d):|:(?!\d)", text):
        return None  # a label or a list before the colon: more than the one statement read here
    if closing is not None:
        action = _DEADLINE_NOUNS.get(closing["stem"].lower())
        found = _until(closing["last"], text, closing.start("last"), context.issued, closing["clock"])
        if action is None or found is None or not _only_dates_of(text, [found]) or (clause and "Anmeldung" in action):
            return None
        return _said(action, found, (), only=False, request=False)
    deadlines = [d for d in (_find(text, context.issued),) if d is not None]
    if len(deadlines) != 1 or not _only_dates_of(text, deadlines):
        return None  # no deadline, one the rescuer cannot read, or a second date beside it
    deadline = deadlines[0]
    if context.issued is not None and deadline.last < context.issued and not deadline.opens:
        return None  # a deadline already past on the release day is no task for the reader
    means = _means(f"{text[: deadline.start]} ⟨D⟩ {text[deadline.end :]}")
    if means is None:
        return None
    rest, how = means
    if re.search(r"\bUhr\b", rest):
        return None  # a time beside the deadline, not on its day: which one it is for is unclear
    # "nur"/"ausschließlich" is kept only where it limits the means ("ausschließlich online"); before
    # anything else ("nur bis …", "nur für Mitglieder") it is a restriction the plain sentence would lose.
    rest = re.sub(r"\s+", " ", rest)
    only = bool(_ONLY.search(rest))
    if len(_ONLY.findall(rest)) != len(re.findall(r"\b(?:nur|ausschließlich) ⟨H⟩", rest)):
        return None
    rest = re.sub(r"\s+", " ", _FILLERS.sub(" ", _ONLY.sub(" ", rest.replace("⟨H⟩", " ")))).strip()
    read = _skeleton(rest)
    if read is None:
        return None
    action, request, office = read
    if clause and (request or "Anmeldung" in action):
        return None  # a registration in a clause after ";" is often for the service the clause before names
    if (request or action.startswith("Die Anmeldung")) and _event_after(context, deadline.last):
        return None
    if office:
        how = (*how, office)
    # A duty ("muss … erfolgen", "sind … einzureichen", "ist … erforderlich") is never said as a
    # possibility: "möglich" would turn an obligation into an offer (review; rubric item 2).
    duty = _DUTY.search(rest) is not None
    return _said(action, deadline, how, only=only or (duty and bool(how)), request=request, duty=duty)


# The shapes of a duty in official German: a modal of necessity, "erforderlich/nötig", "verpflichtet",
# and "sein" with a zu-infinitive ("sind einzureichen", "ist zu stellen"; Duden grammar, modal passive).
_DUTY: Final = re.compile(
    r"\b(?:muss|müssen|erforderlich|nötig|notwendig|verpflichtet)\b|\b(?:ist|sind)\b.*\b(?:\w+zu\w+en|zu \w+en)\b"
)


def _event_after(context: RescueContext, last: date) -> bool:
    """Whether another sentence names a day after the registration deadline: an event it is for.

    Registering is a detail of an event (details.py). The event template says the main event's
    deadline already (templates.py), and a side event's registration said apart from its event reads
    as registration for the release's subject ("Die Anmeldung ist bis …" after a funding programme).
    """
    return any(
        moment.day > last
        for position, sentence in enumerate(context.sentences)
        if position != context.index
        for moment in find_moments(sentence.text, context.issued)
    )


def _clause(text: str, rewritten: str) -> str | None:
    """The clause of a sentence of several (split at ";") that the refused piece was made from.

    The pipeline offers each clause as a piece of its own; the piece is the clause the rewrite shares
    the most words with, and it must share most of its words. None when that is unclear.
    """
    seen = set(re.findall(r"\w+", rewritten.replace("·", "").lower()))
    clauses = [part.strip() for part in text.split(";") if part.strip()]
    scored = sorted(
        (
            (len(set(re.findall(r"\w+", part.lower())) & seen) / max(1, len(re.findall(r"\w+", part))), part)
            for part in clauses
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 0.6 or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.2):
        return None
    best = scored[0][1]
    return best[0].upper() + best[1:]


def _find(text: str, issued: date | None) -> _Deadline | None:
    """The one deadline or period in ``text``; None if there is none or more than one."""
    periods = list(_PERIOD.finditer(text))
    if len(periods) > 1:
        return None
    if periods:
        match = periods[0]
        first_text = match["first"] or match["first2"]
        last_text = match["last"] or match["last2"]
        clock = match["clock1"] or match["clock2"]
        if clock is not None and _clock(clock) is not None:
            return None  # "vom 4. bis 31. Mai, 12 Uhr": a time said after a period reads as every day's
        last = _until(last_text, text, match.start("last") if match["last"] else match.start("last2"), issued)
        if last is None:
            return None
        first = _first_day(first_text, last.last, issued)
        if first is None or not first < last.last:
            return None
        phrase = _period(first_text, first, last)
        return None if phrase is None else _Deadline(phrase, last.last, match.start(), match.end())
    untils = list(_UNTIL.finditer(text))
    starts = list(_FROM.finditer(text))
    if not untils and len(starts) == 1:
        match = starts[0]
        found = _until(match["first"], text, match.start("first"), issued)
        if found is None:
            return None
        return _Deadline("ab" + found.phrase.removeprefix("bis"), found.last, match.start(), match.end(), opens=True)
    if len(untils) != 1:
        return None
    match = untils[0]
    found = _until(match["last"], text, match.start("last"), issued, match["clock"])
    return None if found is None else _Deadline(found.phrase, found.last, match.start(), match.end())


def _clock(written: str) -> str | None:
    """ "um 18 Uhr", "um 18:30 Uhr" for a time on the last day; None for the day's end (23:59, 24 Uhr)."""
    hour, _, minute = written.replace(".", ":").partition(":")
    if (int(hour), int(minute or 0)) in ((23, 59), (24, 0)):
        return None
    return f"um {int(hour)}" + (f":{minute}" if minute and minute != "00" else "") + " Uhr"


def _until(written: str, text: str, at: int, issued: date | None, clock: str | None = None) -> _Deadline | None:
    """The day ``written`` names as "bis <day>", the weekday kept only when the source gives it and it fits."""
    days = {m.day for m in find_moments(written, issued)}
    if len(days) != 1:
        return None
    day = days.pop()
    weekday = re.match(rf"({_WEEKDAY})\b", written)
    if weekday is not None and WEEKDAYS_DE[day.weekday()] != weekday[1]:
        return None  # the source's weekday and date disagree: which one is meant is unknown
    plain = f"{weekday[1]}, {format_date(day, 'de')}" if weekday else format_date(day, "de")
    time = _clock(clock) if clock else None
    return _Deadline(f"bis {plain}" + (f" {time}" if time else ""), day, at, at + len(written))


def _first_day(written: str, last: date, issued: date | None) -> date | None:
    """A period's first day; month and year from its last day where the source leaves them to it."""
    bare = re.fullmatch(rf"(?:(?:{_WEEKDAY}),?\s+(?:dem\s+)?)?(\d{{1,2}})\.", written)
    if bare is not None:
        try:
            return last.replace(day=int(bare[1]))
        except ValueError:
            return None
    days = {m.day for m in find_moments(written, issued)}
    if len(days) != 1:
        return None
    first = days.pop()
    if not re.search(r"\d{4}", written) and first > last:
        # "vom 15. Dezember bis 15. Januar 2027": the first day's year is the one before the last's.
        try:
            first = first.replace(year=last.year - 1)
        except ValueError:
            return None
    return first


def _period(written: str, first: date, last: _Deadline) -> str | None:
    """ "vom 4. bis 31. Mai 2026", "vom 1. April bis 30. Juni 2026": the shared month or year said once.

    The weekdays are checked against their dates and then left out: two of them make the sentence
    longer than a Leichte-Sprache sentence may be, and the dates carry the fact.
    """
    weekday = re.match(rf"({_WEEKDAY})\b", written)
    if weekday is not None and WEEKDAYS_DE[first.weekday()] != weekday[1]:
        return None
    end = format_date(last.last, "de") + last.phrase.partition(str(last.last.year))[2]
    if (first.year, first.month) == (last.last.year, last.last.month):
        start = f"{first.day}."
    elif first.year == last.last.year:
        start = format_date(first, "de").rsplit(" ", 1)[0]
    else:
        start = format_date(first, "de")
    return f"vom {start} bis {end}"


def _only_dates_of(text: str, deadlines: list[_Deadline]) -> bool:
    """Whether every date and time in ``text`` lies inside the deadline: no second date to lose or mix up."""
    inside = [(d.start, d.end) for d in deadlines]
    for moment in find_moments(text, None) + find_moments(text, date(2000, 1, 1)):
        if not any(start <= moment.start < end for start, end in inside):
            return False
    return True


def _means(rest: str) -> tuple[str, tuple[str, ...]] | None:
    """``rest`` with its how-to phrases ("online", "per E-Mail") as one ``⟨H⟩``, and their plain forms.

    Means side by side say one way ("telefonisch beim Kulturamt": "per Telefon beim Kulturamt"); means
    joined by "oder", "und" or a comma are ways to choose from. Anything else between them is refused.
    """
    found = list(_MEANS.finditer(rest))
    if not found:
        return rest, ()
    ways: list[list[str]] = []
    for position, match in enumerate(found):
        name = match.lastgroup or "at"
        plain = match[0] if name == "at" else _HOW[int(name[1:])][1]
        between = rest[found[position - 1].end() : match.start()] if position else None
        if between is not None and not between.strip() and plain not in ways[-1]:
            ways[-1].append(plain)
        elif between is None or _JOIN.match(between):
            ways.append([plain])
        elif between.strip():
            return None
    said: list[str] = []
    for way in (" ".join(parts) for parts in ways):
        if way not in said:
            said.append(way)
    return f"{rest[: found[0].start()]} ⟨H⟩ {rest[found[-1].end() :]}", tuple(said)


def _action(noun: str) -> str | None:
    """The plain subject ("Die Anmeldung ist") for an action noun, also at the end of a compound."""
    for nouns, plain, compound in _ACTIONS:
        if re.fullmatch(nouns, noun):
            return plain
        if compound and re.fullmatch(rf"[A-ZÄÖÜ][a-zäöüß]+(?:-(?:{nouns})|{nouns.lower()})", noun):
            # The compound as written: its first part may narrow or change the act ("Gegenanträge" are
            # no "Anträge" of anyone; review). Only where it ends in the plain head's own form.
            head = plain.split()[-2]
            if not noun.lower().endswith(head.lower()):
                return None
            return plain.replace(head, noun)
    return None


def _skeleton(rest: str) -> tuple[str, bool, str | None] | None:
    """The reading of ``rest`` (``_shape``), also with a deadline put after the verbs moved in front of them.

    German may put an adverbial after the closing verbs (Ausklammerung: "… eingereicht werden, und
    zwar vom 1. bis 30. Juni"); it means the same as in the middle field.
    """
    read = _shape(rest)
    words = re.sub(r"[\s,]*⟨D⟩[\s,]*$", "", rest).split()
    if read is not None or not rest.rstrip(" ,").endswith("⟨D⟩") or "⟨D⟩" in words:
        return read
    for cut in range(1, len(words)):
        read = _shape(" ".join([*words[:cut], "⟨D⟩", *words[cut:]]))
        if read is not None:
            return read
    return None


def _shape(rest: str) -> tuple[str, bool, str | None] | None:
    """(plain subject, request?, office) for a sentence of a known shape, ``⟨D⟩`` standing for the deadline.

    The shapes are the general ones of German official style: the action noun with "möglich" or a
    modal passive ("Anträge können ⟨D⟩ gestellt werden"), the "zu"-infinitive of obligation ("sind ⟨D⟩
    einzureichen"), an office that receives it ("Anmeldungen nimmt das Bürgerbüro ⟨D⟩ entgegen"), the
    reader asked or able to act ("Bitte melden Sie sich ⟨D⟩ an", "Interessierte können sich ⟨D⟩
    bewerben"), and the impersonal request ("Es wird um Anmeldung ⟨D⟩ gebeten").
    """
    # A purpose clause in front ("Um Wartezeiten zu vermeiden, …") gives the sender's reason, no
    # condition on the reader: leaving it out narrows nothing.
    rest = re.sub(r"^Um [^,]+ zu \w+, ", "", rest)
    rest = re.sub(r",?\s*⟨D⟩\s*,?", " ⟨D⟩ ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,")
    noun = r"(?:(?:Die|Der|Eine|Ein|Alle)\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)"
    inverted = r"(?:(?:die|der|eine|ein|alle)\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)"
    shapes = (
        (rf"{noun} (?:ist|sind) ⟨D⟩ möglich", False),
        (rf"{noun} (?:kann|können) ⟨D⟩ (?:{_HAND_IN} werden|erfolgen)", False),
        (rf"{noun} (?:muss|müssen) ⟨D⟩ (?:{_HAND_IN} werden|erfolgen)", False),
        (rf"{noun} (?:ist|sind) ⟨D⟩ {_HAND_IN_ZU}", False),
        (rf"{noun} (?:erfolgt|erfolgen|läuft|laufen) ⟨D⟩", False),
        (rf"{noun} (?:wird|werden) ⟨D⟩ {_HAND_IN}", False),
        # The verbless note of announcements ("Anmeldung bis 3. Mai unter …"; telegram style).
        (rf"{noun} ⟨D⟩", False),
        (rf"{noun} (?:ist|sind) ⟨D⟩ (?:erforderlich|nötig|notwendig)", True),
        # The deadline in front, the subject after the verb (German verb-second order).
        (rf"⟨D⟩ (?:ist|sind) {inverted} möglich", False),
        (rf"⟨D⟩ (?:kann|können|muss|müssen) {inverted} (?:{_HAND_IN} werden|erfolgen)", False),
        (rf"⟨D⟩ (?:ist|sind) {inverted} {_HAND_IN_ZU}", False),
        (rf"⟨D⟩ (?:ist|sind) {inverted} (?:erforderlich|nötig|notwendig)", True),
    )
    for shape, request in shapes:
        match = re.fullmatch(shape, rest)
        if match is not None:
            action = _action(match["noun"])
            if action is None:
                return None
            return (action, request and action.startswith("Die Anmeldung"), None)
    # An office receives it, before or after the action noun: "beim Bürgerbüro", "bei der Schulleitung".
    received = (
        rf"{noun} (?:nimmt|nehmen) (?P<art>der|die|das) (?P<office>[A-ZÄÖÜ][a-zäöüß]+) ⟨D⟩ entgegen",
        r"(?P<art>Der|Die|Das) (?P<office>[A-ZÄÖÜ][a-zäöüß]+) (?:nimmt|nehmen) (?P<noun>[A-ZÄÖÜ][a-zäöüß-]+) ⟨D⟩ entgegen",
    )
    for shape in received:
        match = re.fullmatch(shape, rest)
        if match is not None:
            action = _action(match["noun"])
            if action is None:
                return None
            at = "bei der" if match["art"].lower() == "die" else "beim"
            return (action, False, f"{at} {match['office']}")
    asked = (
        # The imperative addresses the reader; a sentence opening "Sie können …" may mean "they".
        (r"[Mm]elden Sie sich ⟨D⟩ an", "Die Anmeldung ist", True),
        (r"[Bb]ewerben Sie sich ⟨D⟩", "Die Bewerbung ist", False),
        (r"(?:Man kann sich ⟨D⟩|⟨D⟩ kann man sich) anmelden", "Die Anmeldung ist", False),
        (r"(?:Man kann sich ⟨D⟩|⟨D⟩ kann man sich) bewerben", "Die Bewerbung ist", False),
        (rf"⟨D⟩ (?:können|kann) sich {_ANYONE_NOUN} anmelden", "Die Anmeldung ist", False),
        (rf"⟨D⟩ (?:können|kann) sich {_ANYONE_NOUN} bewerben", "Die Bewerbung ist", False),
        (rf"{_ANYONE} (?:können|kann) sich ⟨D⟩ anmelden", "Die Anmeldung ist", False),
        (rf"{_ANYONE} (?:müssen|muss|sollten|sollen) sich ⟨D⟩ anmelden", "Die Anmeldung ist", True),
        (rf"{_ANYONE} (?:können|kann|müssen|muss|sollten|sollen) sich ⟨D⟩ bewerben", "Die Bewerbung ist", False),
        (r"(?:Es )?wird um (?:eine )?Anmeldung ⟨D⟩ gebeten", "Die Anmeldung ist", True),
        (r"Um (?:eine )?Anmeldung wird ⟨D⟩ gebeten", "Die Anmeldung ist", True),
    )
    for shape, action, request in asked:
        if re.fullmatch(shape, rest):
            return (action, request, None)
    return None


def _said(
    action: str, deadline: _Deadline, how: tuple[str, ...], *, only: bool, request: bool, duty: bool = False
) -> Rescue:
    """The head with the deadline, and a follower with how or where to act when the sentence says it.

    A duty says "muss … da sein" ("Die Meldung muss bis 3. Mai da sein."), an offer "ist … möglich";
    the way a duty names is the only way ("muss schriftlich erfolgen": "Das geht nur schriftlich.").
    """
    if request:
        head = f"Bitte melden Sie sich {deadline.phrase} an."
    elif duty:
        subject = re.sub(r" ist$", " muss", re.sub(r" sind$", " müssen", action))
        head = f"{subject} {deadline.phrase} da sein."
    else:
        head = f"{action} {deadline.phrase} möglich."
    if not how:
        return Rescue((head,))
    means = " oder ".join(how)
    return Rescue((head, f"Das geht {'nur ' if only else ''}{means}."))
