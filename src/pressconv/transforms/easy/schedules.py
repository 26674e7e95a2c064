"""Opening hours, moved dates and labelled fees as short lists and sentences under an intro line.

Notices set their most practical facts apart from the prose, one a line (German notice convention):
opening hours ("Montag, Dienstag: 8:00 bis 12:00 Uhr"), collection days moved by a holiday
("Leerung vom Pfingstmontag, 25. Mai → Dienstag, 26. Mai") and the field lines of an announcement
("Eintritt: 8 Euro"). The summariser read such a line as a heading and dropped it. Leichte Sprache
writes a set of like facts as a list under an intro line (Netzwerk Leichte Sprache, rule
"Aufzählungen"); here each item keeps the source's own words, and a list is kept whole: a schedule
cut to some of its days would say that the other days are closed or unchanged. A list longer than a
summary can carry says its count and gives the first items as examples ("6 Termine ändern sich.
Zum Beispiel:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.bring import bring_list
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.ownergenitive import genitive_to_von
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timephrases import MONTH, WEEKDAY

__all__ = ["fee_lines", "schedules"]

_ITEMS_MAX: Final = 8  # more lines of items outweigh a summary of 12 to 20 sentences (lists.py)
_EXAMPLES: Final = 3
_WEEKDAY: Final = rf"(?:{WEEKDAY})"
_MONTH: Final = rf"(?:{MONTH})"
# One day: "Montag", "Ostermontag", "Karfreitag, 3. April", "6. April 2026" (a holiday named by its weekday).
_ONE_DAY: Final = re.compile(
    rf"(?:[A-ZÄÖÜ][a-zäöü]*?)?{_WEEKDAY}(?:,\s*\d{{1,2}}\.\s*{_MONTH}(?:\s+\d{{4}})?)?"
    rf"|\d{{1,2}}\.\s*{_MONTH}(?:\s+\d{{4}})?",
    re.I,
)
# An opening-hours line: weekdays (plural adverbs too) as the label, a time or "geschlossen" as the value.
# The colon may be left out where the line is set as a table ("Montag bis Freitag 9 – 20 Uhr"; German
# notice convention): the value must still read as a time (_TIME_VALUE).
_DAYS_LABEL: Final = re.compile(
    rf"^(?P<label>{_WEEKDAY}s?(?:(?:,\s*|\s+(?:und|bis)\s+|\s*[–-]\s*){_WEEKDAY}s?)*)(?::\s+|\s+(?=\d|geschlossen))(?P<value>.+)$"
)
# The line after a run of hours lines: a sentence or a new intro ends the list; a line without an end
# of its own may be one more item the run could not read, and the hours would be cut short.
# A period after a number ("jeden 1.") is an ordinal a sentence split cut off, no end.
_LIST_END: Final = re.compile(r"(?:(?<!\d)[.!?…]|:)[”“\"»«)]*$")
_TIME_VALUE: Final = re.compile(
    r"^(?:(?:von\s+)?\d{1,2}(?::\d{2})?\s*(?:bis|–|-)\s*\d{1,2}(?::\d{2})?\s*Uhr"
    r"(?:\s*(?:und|,)\s*(?:von\s+)?\d{1,2}(?::\d{2})?\s*(?:bis|–|-)\s*\d{1,2}(?::\d{2})?\s*Uhr)?"
    r"|geschlossen|geöffnet)(?:\s*\((?P<note>[^()]{1,30})\))?$"
)
# A moved date: "<what> von <day> → <day>", the target a bare day or a short clause naming one day.
_ARROW: Final = re.compile(r"\s*(?:→|->|⇒|=>)\s*")


def schedules(sentences: Sequence[SourceSentence]) -> list[tuple[str, tuple[str, ...]]]:
    """(intro line, items) for each run of opening-hours lines and for the moved dates, in order."""
    out: list[tuple[str, tuple[str, ...]]] = []
    hours = _hours(sentences)
    if hours is not None:
        out.append(hours)
    moved = _moved(sentences)
    if moved is not None:
        out.append(moved)
    bring = bring_list(sentences)
    if bring is not None:
        out.append(bring)
    return out


# Opening hours said in one sentence ("Die Öffnungszeiten des Bürgerbüros bleiben unverändert: Montag,
# Dienstag und Freitag von 8 bis 12:30 Uhr, Donnerstag von 8 bis 18 Uhr, Mittwoch geschlossen."): the
# same facts as a notice's lines, run together with commas. The intro names the hours ("Öffnungszeiten",
# "Sprechzeiten") and whose they are; a hotline's or a one-day time is never read as them.
_HOURS_NOUN: Final = r"(?:Öffnungs|Sprech|Service|Beratungs|Geschäfts|Besuchs)zeiten"
_PROSE_INTRO: Final = re.compile(
    rf"^(?P<the>Die\s+(?:neuen\s+)?{_HOURS_NOUN}(?:\s+(?:des|der|vom|von\s+der|im|in\s+der)\s+"
    rf"[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?)\s+(?:bleiben\s+unverändert|sind|lauten)\s*:\s+(?P<items>.+?)\.?$"
)
_DAYS: Final = rf"{_WEEKDAY}s?(?:(?:,\s*|\s+(?:und|bis)\s+|\s*[–-]\s*){_WEEKDAY}s?)*"
_SPAN: Final = r"(?:von\s+)?\d{1,2}(?::\d{2})?\s*(?:bis|–|-)\s*\d{1,2}(?::\d{2})?\s*Uhr"
_PROSE_ITEM: Final = re.compile(rf"(?P<days>{_DAYS})\s+(?P<value>{_SPAN}(?:\s+und\s+{_SPAN})?|geschlossen)(?=,\s+|;\s+|$)")


def _prose_hours(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """The first sentence that says its opening hours after an intro and a colon, as (intro, items).

    Every part of the list must read as days and hours (or "geschlossen"): a list cut to the parts
    that could be read would say the other days are closed."""
    for sentence in sentences:
        if sentence.speech:
            continue
        intro = _PROSE_INTRO.match(sentence.text.strip()) or _LABEL_INTRO.match(_written_days(sentence.text.strip()))
        if intro is None:
            continue
        items, at, text = [], 0, _written_days(intro["items"])
        for item in _PROSE_ITEM.finditer(text):
            if text[at : item.start()].strip(" ,;"):
                break  # words between two items: not a plain list of hours
            items.append(f"{item['days']}: {item['value']}")
            at = item.end()
        else:
            if items and not text[at:].strip(" ,;") and len(items) <= _ITEMS_MAX:
                the = _without_genitive(intro["the"]) if intro.re is _PROSE_INTRO else _labelled_owner(intro)
                if the is not None:
                    return f"{the} sind:", tuple(items)
    return None


# The label form of a notice's hours line: "Öffnungszeiten Wertstoffhof: Mo–Fr 7–17 Uhr, Sa 9–12 Uhr"
# (German notice convention: the hours noun, the place whose hours they are, a colon, the hours).
_LABEL_INTRO: Final = re.compile(rf"^(?P<noun>{_HOURS_NOUN})(?:\s+(?P<whose>[A-ZÄÖÜ][\wäöüß-]+))?\s*:\s+(?P<items>.+?)\.?$")


def _labelled_owner(intro: re.Match[str]) -> str | None:
    """ "Die Öffnungszeiten vom Wertstoffhof": whose hours, with the article the lexicon gives, or None."""
    if intro["whose"] is None:
        return f"Die {intro['noun']}"
    entry = lookup(intro["whose"])
    said = {"der": "vom", "das": "vom", "die": "von der"}.get(entry.gender if entry is not None else "")
    return None if said is None else f"Die {intro['noun']} {said} {intro['whose']}"


def _without_genitive(the: str) -> str | None:
    """ "Die Öffnungszeiten des Bürgerbüros" -> "Die Öffnungszeiten vom Bürgerbüro" (no genitive in
    Leichte Sprache); None where the owner's genitive cannot be said with "von" for sure."""
    owner = re.search(r"\s(?P<g>(?:des|der)\s.+)$", the)
    if owner is None:
        return the
    said = genitive_to_von(owner["g"])
    return None if said is None else the[: owner.start()] + " " + said


def _hours(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """The first run of at least two opening-hours lines after an intro that ends with a colon."""
    prose = _prose_hours(sentences)
    if prose is not None:
        return prose
    for index, sentence in enumerate(sentences):
        if sentence.speech or not sentence.text.rstrip().endswith(":"):
            continue
        if _RESTRICTED.search(sentence.text):
            continue  # "(Einlass nur mit Voranmeldung)": said as plain hours, the times would mislead
        items: list[str] = []
        cut = False
        for line in sentences[index + 1 :]:
            item = _hours_item(line.text.strip().rstrip("."))
            if item is None or line.speech:
                # "Sonntag nach Vereinbarung" after two hours lines: said without it, the hours would
                # read as complete and Sunday as closed (a list is kept whole or not said).
                cut = not line.speech and not _LIST_END.search(line.text.strip())
                break
            items.append(item)
        if cut:
            continue
        if len(items) >= 2 and len(items) <= _ITEMS_MAX:
            if not _OPENING_CUE.search(sentence.text):
                # "Darüber hinaus kann im Bürgerbüro direkt unterschrieben werden:": hours of one act or place
                # the intro names in a clause; said as "Die Zeiten sind:" they would read as the hours of
                # whatever the summary said last (rubric item 3: a sentence must say what it is about).
                continue
            start = _START.match(sentence.text.strip())
            if start is not None:
                # "Ab Dienstag, 1. September 2026, erfolgt die Ausgabe …:": new times from a day on.
                said = _hours_intro(sentence.text).replace("Die ", "diese ", 1).replace(" sind:", ":")
                comma = "," if start["day"] else ""  # the weekday's date is an apposition (Duden: comma after it)
                when = start["when"].replace(" dem ", " ")  # "Ab 2. März": a word fewer, the same day
                return f"{when}{comma} gelten {said}", tuple(items)
            if _TIMED.search(sentence.text):
                continue  # times of another period ("bisher", "in den Ferien", "bis 31. August"): not today's
            return _hours_intro(sentence.text), tuple(items)
    return None


# An intro that dates the hours: a new schedule from a day on ("Ab Montag, 4. Mai 2026, gelten …:"),
# said with that start, or hours of another time ("bisher", "in den Sommerferien", "bis zum 31. Juli"),
# which said as "Die Zeiten sind:" would read as today's (judged wrong: new times as valid now).
_START: Final = re.compile(
    rf"^(?P<when>Ab (?:dem )?(?:(?P<day>{WEEKDAY}), (?:dem )?)?(?:\d{{1,2}}\. )?(?:{MONTH})(?: \d{{4}})?)(?:,|\s(?!\d))"
)
_TIMED: Final = re.compile(
    rf"\b(?:ab|bis|seit|vom|künftig|zukünftig|bisher\w*|früher|ehemals|{MONTH})\b|ferien|sommer|winter|"
    rf"\d{{1,2}}\.\s?\d{{1,2}}\.",
    re.IGNORECASE,
)


# Weekdays abbreviated in opening hours (DIN 5008 short forms "Mo", "Di", …; "Mo–Fr"), only where a
# list of days or a time follows: "So" alone opens many a sentence ("So erreichen Sie uns").
_SHORT_DAYS: Final = dict(zip(("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"), WEEKDAY.split("|"), strict=True))
_SHORT_DAY: Final = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.?(?=\s*(?:[,:–-]|\d|und\b|bis\b))")
# A clock time with a period ("14.00 Uhr", "9.30 –"): written with a colon as the hours' pattern reads it.
_DOTTED_TIME: Final = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[–-]|bis\b|Uhr\b|und\b))")


def _written_days(text: str) -> str:
    """ "Di, Do: 14.00 – 17.00 Uhr" -> "Dienstag, Donnerstag: 14 – 17 Uhr": days written out, full hours bare."""
    text = _SHORT_DAY.sub(lambda m: _SHORT_DAYS[m.group(1)], text)
    text = re.sub(rf"({WEEKDAY})\s*[–-]\s*(?=(?:{WEEKDAY})\b)", r"\1 bis ", text)
    text = _DOTTED_TIME.sub(lambda m: m.group(1) if m.group(2) == "00" else f"{m.group(1)}:{m.group(2)}", text)
    return re.sub(r"(?<=\d)\s*[–-]\s*(?=\d{1,2}(?::\d{2})?\s*Uhr)", " bis ", text)  # a span said as a reader says it


# A bracket in the intro that restricts the hours ("nur nach Termin", "nach Vereinbarung").
_RESTRICTED: Final = re.compile(r"\([^()]*\b(?:nur|Termin\w*|Vereinbarung|Anmeldung)\b[^()]*\)")


def _hours_item(text: str) -> str | None:
    """An item "Montag bis Freitag: 9 bis 17 Uhr" as label and time, a bracket as a second phrase, or None."""
    text = _written_days(text)
    match = _DAYS_LABEL.match(text)
    if match is None:
        return None
    value = _TIME_VALUE.match(match["value"].strip())
    if value is None:
        return None
    said = match["value"].strip()
    if value["note"]:
        # "geschlossen (nur Termine)": the bracket's note as a second phrase, brackets are hard to read.
        said = said[: said.index("(")].strip() + ", " + value["note"].strip()
    return f"{match['label']}: {said}"


# An intro that says its lines are opening or service hours: an hours noun, "geöffnet", "erreichbar",
# "besetzt", "Sprechstunde", or the days of a service ("erfolgt die Ausgabe an diesen Tagen:"): the
# intros the generic "Die Zeiten sind:" may stand for.
_OPENING_CUE: Final = re.compile(
    r"(?:zeiten\b|geöffnet|öffnet|offen\b|erreichbar|besetzt|Sprechstunde|Sprechtag|Einlass|\bTagen?\b|Terminen?\b)",
    re.IGNORECASE,
)


def _hours_intro(intro: str) -> str:
    """ "Die Öffnungszeiten sind:" where the intro names them so, otherwise "Die Zeiten … sind:"."""
    for noun in ("Öffnungszeiten", "Sprechzeiten", "Servicezeiten", "Beratungszeiten"):
        if noun in intro:
            return f"Die {noun} sind:"
    # "folgende Zeiten für Kundinnen und Kunden ohne Termin:": whom the times are for, as written.
    found = re.search(r"\bZeiten (?P<for>für [^:,;()]{3,50}):", intro)
    # Only a noun phrase ("für Kundinnen und Kunden ohne Termin"), not one with its verb ("… geöffnet").
    if found and len(found["for"].split()) <= 6 and found["for"].split()[-1][:1].isupper():
        return f"Die Zeiten {found['for']} sind:"
    return "Die Zeiten sind:"


def _moved(sentences: Sequence[SourceSentence]) -> tuple[str, tuple[str, ...]] | None:
    """Every "<day> → <day>" line of the release as "<what> von <day>: jetzt am <day>"; None if one fails."""
    items: list[str] = []
    for sentence in sentences:
        if not _ARROW.search(sentence.text):
            continue
        item = _moved_item(sentence.text.strip().rstrip("."))
        if item is None or sentence.speech:
            return None  # a list cut to the lines that could be read would hide a moved date
        items.append(item)
    if len(items) < 2:
        return None
    if len(items) > _ITEMS_MAX:
        return f"{len(items)} Termine ändern sich. Zum Beispiel:", tuple(items[:_EXAMPLES])
    return "Diese Termine ändern sich:", tuple(items)


def _moved_item(text: str) -> str | None:
    """A moved date "X vom Montag → Dienstag" as "X vom Montag: jetzt am Dienstag", or None."""
    parts = _ARROW.split(text)
    if len(parts) != 2:
        return None
    before, after = parts
    old, new = list(_ONE_DAY.finditer(before)), list(_ONE_DAY.finditer(after))
    if len(old) != 1 or len(new) != 1 or old[0].end() != len(before):
        return None  # one day on each side, the old one closing its side ("Leerung vom Pfingstmontag, 25. Mai")
    what = before[: old[0].start()].strip()
    if what and not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,2}\s+(?:von|vom|am)", what):
        return None  # what moves: a short noun phrase with "von" or "am" before the old day
    day = new[0].group(0)
    return f"{what + ' ' if what else ''}{old[0].group(0)}: jetzt am {day}"


# A labelled fee line: "Eintritt: 8 Euro", "Eintritt: frei", "Teilnahmegebühr: 15 Euro". The label is
# the thing paid for (announcement convention "Eintritt:/Kosten:/Gebühr:"); its gender decides the
# article of the sentence, so only labels of known gender are read.
_FEE_LABELS: Final = {
    "Eintritt": "Der",
    "Kosten": "Die",
    "Teilnahme": "Die",
    "Teilnahmegebühr": "Die",
    "Gebühr": "Die",
    "Kursgebühr": "Die",
}
_AMOUNT: Final = r"\d{1,4}(?:,\d{2})? Euro"
_FEE: Final = re.compile(
    rf"^(?P<label>{'|'.join(_FEE_LABELS)}):\s+(?:(?P<free>frei|kostenlos|kostenfrei)"
    rf"|(?P<amount>{_AMOUNT})(?:,\s*ermäßigt\s+(?P<reduced>{_AMOUNT}))?)(?:\s*[;.]|\s+[–-]\s+(?P<note>[^–]+)|$"
    # "Eintritt: frei, um Spenden wird gebeten": a second clause after a comma is a note like one
    # after a dash, checked the same way (below) and read only after "frei".
    r"|(?:(?<=frei)|(?<=los)),\s+(?P<comma>[^–]+)"
    # "Eintritt: 8 Euro, ermäßigt 5 Euro, Familienkarte 16 Euro; Kinder unter 18 Jahren frei": more
    # prices after the reduced one (checked below: each a price or "frei"). The full and the reduced
    # price are said; "ermäßigt" tells the reader that some pay less (omission of the other groups).
    r"|(?<=Euro)[,;]\s+(?P<tail>[^–]+))"
)
# One further item of a price list: a group or ticket and its price, or the group that enters free.
_TAIL_ITEM: Final = re.compile(rf"^[^,;]{{1,60}}?(?:\s{_AMOUNT}|\sfrei|\skostenlos)\.?$")
# A note that limits the fee ("nur mit Karte", "für Kinder", "am Sonntag"): the fee is said whole or
# not at all, so such a note leaves the line out.
_LIMITS: Final = re.compile(
    r"^für\b|\b(?:nur|außer|ausgenommen|gilt|nicht|aber|jedoch|bis|ab|unter|am|an|jeden|Kinder\w*|"
    r"Mitglieder\w*|ermäßigt\w*|sonst|Euro)\b"
)


# A price for entry or taking part anywhere in the release ("Der Eintritt zur Ausstellung beträgt 5
# Euro"): a free line beside it is free for one part only (the opening evening, one group), which the
# label does not say; "Der Eintritt ist frei." would contradict the price (omission over error).
_PRICED: Final = re.compile(r"\b(?:Eintritt\w*|Teilnahme\w*|Gebühr\w*|kostet|Kosten)\b[^.;]*?\d[\d,.]*\s*(?:Euro|€)")


_FREE_SAID: Final = re.compile(r"\b(?:Eintritt|Teilnahme)\b[^.;]*\b(?:frei|kostenlos|kostenfrei|gratis)\b")


def fee_lines(sentences: Sequence[SourceSentence]) -> list[tuple[str, str]]:
    """(source line, plain sentence) for the first labelled fee line: what it costs, reduced price too."""
    priced = any(_PRICED.search(s.text) for s in sentences if not s.speech)
    # A free entry said elsewhere (the opening evening, the first Sunday, children): a price said
    # beside it, with the free part left out, reads as the price of that evening too (judged risk).
    free_part = [s.text for s in sentences if not s.speech and _FREE_SAID.search(s.text)]
    for sentence in sentences:
        if sentence.speech:
            continue
        match = _FEE.match(sentence.text.strip())
        if match is None:
            continue
        if match["note"] and re.search(r"\b(?:nur|außer|ausgenommen|gilt|nicht|aber|jedoch|bis|ab)\b", match["note"]):
            continue  # "frei – nur mit Karte": a note that limits the fee is said whole or not at all
        if match["comma"] and _LIMITS.search(match["comma"]):
            continue
        if match["tail"] and not (
            match["reduced"] and all(_TAIL_ITEM.match(item.strip()) for item in re.split(r"[,;]\s+", match["tail"]))
        ):
            continue  # more after the prices than a list of further prices: said whole or not at all
        label, the = match["label"], _FEE_LABELS[match["label"]]
        plural = label == "Kosten"
        if match["free"] and priced:
            continue
        if match["free"]:
            verb = "sind" if plural else "ist"
            return [(sentence.text, f"{the} {label} {verb} {'kostenlos' if plural else 'frei'}.")]
        if any(text != sentence.text for text in free_part):
            continue
        verb = "betragen" if plural else "kostet" if label == "Eintritt" else "beträgt"
        out = [(sentence.text, f"{the} {label} {verb} {match['amount']}.")]
        if match["reduced"]:
            out.append((sentence.text, f"Ermäßigt {verb} {the.lower()} {label} {match['reduced']}."))
        return out
    return []
