"""A closure said plainly: what is closed, from which day, until which day, where, and the detour.

Road and facility notices follow one convention (authority press releases, traffic reports):
"<Straße> wird ab <Tag> (voll) gesperrt", "Die Sperrung soll bis <Tag> andauern", "Der Verkehr wird
über <Straße> umgeleitet". Each becomes a short template sentence whose parts are copied from the
sender's own clause: the subject noun phrase, the modifier ("voll", "halbseitig": kept, a partial
closure must never read as a full one), the day as a date with its weekday. A negation, a condition
or a plan that is only hoped for ("falls", "nicht") leaves the sentence to the source rules
(omission over error, DESIGN §6).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.when import WEEKDAYS_DE, Moment, find_moments

__all__ = ["closure_lines"]

_ARTICLE: Final = {"der": "Der", "die": "Die", "das": "Das"}
_PLACE: Final = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# The subject: an optional article, one noun, an optional road number or name ("K 27", "B 483",
# "Nummer 5", „Am Markt“), an optional stretch "zwischen A und B"; then the verb and "gesperrt".
_CLOSED: Final = re.compile(
    rf"^(?:(?P<art>Die|Der|Das)\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?P<label>\s+(?:[A-Z]{1,2}\s?\d{1,4}[a-z]?|„[^“]{2,30}“))?"
    rf"(?:\s+zwischen\s+(?P<a>{_PLACE})\s+und\s+(?P<b>{_PLACE}))?"
    r"\s+(?:wird|ist|bleibt)\s+(?P<mid>[^;:]*?)\s*(?P<mod>\b(?:voll|komplett|halbseitig|teilweise)\s+)?gesperrt(?P<rest>[^;:]*)$"
)
# The same closure told verb-second after a framing or reason phrase (German main clause: the
# Vorfeld holds one phrase, the subject follows the finite verb): "Im Zuge der Kanalsanierung wird
# die Bahnhofstraße zwischen A und B ab Montag, 4. Mai 2026, für den Fahrzeugverkehr voll gesperrt."
# Only a Vorfeld that gives the reason or the frame ("im Zuge", "im Rahmen", "wegen", "aufgrund",
# "infolge") may go: the closure is as true without it. "Für den Schwerlastverkehr" says whom it holds
# for, "zum Stadtfest" how long, a condition ("bei Hochwasser") or a time ("am Wochenende") narrows it:
# such a clause is left out.
_FRAMED: Final = re.compile(
    r"^(?:Im\s+Zuge|Im\s+Rahmen|Wegen|Aufgrund|Infolge)\b[^;:]*?\s+(?:wird|ist|bleibt)\s+"
    r"(?P<art>die|der|das)\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?P<label>\s+(?:[A-Z]{1,2}\s?\d{1,4}[a-z]?|„[^“]{2,30}“))?"
    r"(?:\s+zwischen\s+(?P<a>(?:dem|der|den)?\s*[^,;:]{2,40}?)\s+und\s+(?P<b>(?:dem|der|den)?\s*[^,;:]{2,40}?))?"
    r"\s+(?P<mid>(?:ab|vom|von)\s+[^;:]*?)\s*"
    r"(?P<who>\bfür\s+(?:den\s+)?(?:Fahrzeug|Kraftfahrzeug|Kfz-|Auto|Durchgangs)verkehr\s+)?"
    r"(?P<mod>\b(?:voll|komplett|halbseitig|teilweise)\s+)?gesperrt(?P<rest>[^;:]*)$"
)
# Whom the closure holds for, in plain words: traffic of vehicles ("Fahrzeugverkehr", "Kfz-Verkehr")
# is "für Fahrzeuge", through traffic "für den Durchgangs·verkehr"; walkers may still pass, so the
# restriction is kept (a closure for vehicles must never read as one for everybody).
_WHO: Final = {"durchgangsverkehr": "für den Durchgangsverkehr"}
# "Die Sperrung soll … bis einschließlich Freitag, 26. Juni 2026, andauern." (or "dauert bis …").
_UNTIL: Final = re.compile(
    r"^(?:Die|Diese)\s+(?:Voll|Teil)?[Ss]perrung\b(?P<words>.*?)\bbis\s+(?:einschließlich\s+|zum\s+|voraussichtlich\s+)*"
    r"(?P<day>.+?)\s*(?:an)?(?:dauern|dauert|bestehen|besteht)\b"
)
# A plan that may shift stays a plan ("soll", "voraussichtlich", "nach derzeitiger Planung").
_HEDGE: Final = re.compile(r"\b(?:soll|sollen|voraussichtlich|Planung|geplant)\b")
_UNSURE: Final = re.compile(r"\b(?:nicht|kein\w*|falls|wenn|sofern|eventuell|möglicherweise|bei Bedarf|zeitweise)\b", re.I)
# "Der Verkehr wird (in beiden Richtungen) über die B 483 und die L 3071 umgeleitet."
_DETOUR: Final = re.compile(
    r"(?:^|:\s*)(?:Der|Die)\s+(?:Verkehr|Umleitung)\b[^.;:]*?\büber\s+(?P<via>(?:die|den|das)\s+[^.;:,]+?)\s+"
    r"(?:umgeleitet|geführt|führt|verläuft)\b"
)


def _weekday_date(day: date) -> str:
    """The day as "Montag, 4. Mai 2026": weekday and long date."""
    return f"{WEEKDAYS_DE[day.weekday()]}, {format_date(day, 'de')}"


# The genders of the heads of road and path names (Duden): a compound takes its last part's gender
# ("die Mühlen·brücke" like "die Brücke"), so a street the lexicon lacks still gets its article.
_ROAD_GENDER: Final = {
    "straße": "die", "gasse": "die", "brücke": "die", "allee": "die", "autobahn": "die", "strecke": "die",
    "zufahrt": "die", "unterführung": "die", "kreuzung": "die", "chaussee": "die", "weg": "der",
    "platz": "der", "tunnel": "der", "damm": "der", "steg": "der", "übergang": "der", "ufer": "das",
}  # fmt: skip


def _gender(noun: str) -> str | None:
    """The noun's gender from the lexicon, a road head's, or a compound's from its last part (German compound rule)."""
    head = next((h for h in sorted(_ROAD_GENDER, key=len, reverse=True) if noun.lower().endswith(h)), None)
    if head is not None:
        return _ROAD_GENDER[head]
    entry = lookup(noun)
    if entry is not None and entry.gender in _ARTICLE:
        return entry.gender
    for cut in range(3, len(noun) - 2):
        entry = lookup(noun[cut:].capitalize())
        if entry is not None and entry.gender in _ARTICLE:
            return entry.gender
    return None


# A day and nothing else: "Montag, 4. Mai 2026", "4. Mai", "4.5.2026". Words beside the day
# ("nachts", "voraussichtlich", "werktags") would narrow or hedge the closure: the template could
# not keep them, so such a clause is left out.
_DAY_ONLY: Final = re.compile(
    r"^(?:[A-Z][a-z]+,?\s+(?:dem\s+|den\s+)?)?\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*\d{4})?,?$"
)


def _one(text: str, issued: date | None) -> Moment | None:
    """The one day a piece of text names and nothing else; None for none, several or more words."""
    if not _DAY_ONLY.match(text.strip()):
        return None
    moments = find_moments(text, issued)
    return moments[0] if len(moments) == 1 and moments[0].until is None else None


def _from(mid: str, issued: date | None) -> tuple[date | None, date | None] | None:
    """The start ("ab …", "vom …") and end ("bis …") the clause names; None if it names a day otherwise."""
    start = end = None
    ranged = re.match(r"^(?:vom|von)\s+(?P<s>.+?)\s+bis\s+(?:zum\s+|einschließlich\s+)*(?P<e>.+)$", mid)
    if ranged:
        first, last = _one(ranged["s"], issued), _one(ranged["e"], issued)
        if first is None or last is None:
            return None
        start, end = first.day, last.day
    elif mid.startswith("ab "):
        first = _one(mid.removeprefix("ab ").removeprefix("dem "), issued)
        if first is None:
            return None
        start = first.day
    elif find_moments(mid, issued):
        return None  # "am 4. Mai gesperrt", "bis auf Weiteres": not a period this module states
    return start, end


def _subject(match: re.Match[str]) -> str | None:
    """The closed thing as a subject with its article ("Die Halle"), or None when the article or gender does not fit."""
    gender = _gender(match["noun"])
    if gender is None or (match["art"] and match["art"].lower() != gender):
        return None
    return f"{_ARTICLE[gender]} {match['noun']}{match['label'] or ''}"


def _until(body: list[str], issued: date | None) -> tuple[date, bool] | None:
    """The last day of the closure from "Die Sperrung soll bis … andauern", and whether it is a plan."""
    for sentence in body:
        match = _UNTIL.match(sentence.strip())
        if match is None or _UNSURE.search(sentence):
            continue
        last = _one(match["day"], issued)
        if last is not None:
            return last.day, bool(_HEDGE.search(match["words"]))
    return None


def _detour(body: list[str]) -> str | None:
    """The detour of a closure as "Die Umleitung führt über …", from the first plain sentence that names it."""
    for sentence in body:
        match = _DETOUR.search(sentence.strip())
        if match is None or _UNSURE.search(sentence):
            continue
        via = match["via"]
        if len(via.split()) > 8:
            # "die Bundesstraße B 483" is "die B 483": the number names the road (road numbering),
            # so the road noun may go where the sentence would pass 12 words.
            via = re.sub(r"\b[A-ZÄÖÜ][a-zäöüß]+straße\s+(?=[A-Z]{1,2}\s?\d)", "", via)
        if len(via.split()) <= 8:
            return f"Die Umleitung führt über {via}."
    return None


# The headline's nominal form of a closure (headline convention of road authorities: "Vollsperrung der
# Kreisstraße OW 17 zwischen A und B ab 13. April", "Sperrung der Brücke in Talheim wegen Bauarbeiten"):
# the closed road in the genitive after "der". Only a feminine noun is read ("der Kreisstraße" is the
# nominative "die Kreisstraße" again); a masculine or neuter genitive ("des Platzes") changes its form.
# A reason after "wegen"/"für" may go (the closure is as true without it); anything else after the
# place or day is not read.
_NOMINAL: Final = re.compile(
    r"^(?P<mod>Voll|Teil)?[Ss]perrung\s+der\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?P<label>\s+(?:[A-Z]{1,3}\s?\d{1,4}[a-z]?|„[^“]{2,30}“))?"
    rf"(?:\s+zwischen\s+(?P<a>{_PLACE})\s+und\s+(?P<b>{_PLACE})|\s+in\s+(?P<in>{_PLACE}))?"
    r"(?:\s+ab\s+(?:dem\s+)?(?P<from>(?:[A-Z][a-z]+,?\s+)?\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*\d{4})?))?"
    r"(?:\s+(?:wegen|für|aufgrund)\s+[^,;:]+)?$"
)
_MODS: Final = {"Voll": "voll ", "Teil": "teilweise "}


# The period in the body's sentence about the same closure: "von Freitag, 10. Juli 2026, 12:00 Uhr, bis
# voraussichtlich Montag, 13. Juli 2026, 6:00 Uhr" (the clock times are left out; the days stay true).
_DAY: Final = r"(?:[A-Z][a-z]+,\s+)?\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)(?:\s*\d{4})?"
_SPAN: Final = re.compile(
    rf"\bvon\s+(?P<s>{_DAY})(?:,\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*Uhr)?,?\s+bis\s+(?:einschließlich\s+)?"
    rf"(?P<hedge>voraussichtlich\s+)?(?P<e>{_DAY})"
)


def _span(body: list[str], named: str, issued: date | None) -> tuple[date, date, bool] | None:
    """The one "von … bis …" period of the body's closure sentence that names the closed road."""
    found: set[tuple[date, date, bool]] = set()
    for sentence in body:
        if named not in sentence or not re.search(r"\bgesperrt\b|[Ss]perrung", sentence) or _UNSURE.search(sentence):
            continue
        for match in _SPAN.finditer(sentence):
            first, last = _one(match["s"], issued), _one(match["e"], issued)
            if first is not None and last is not None and last.day >= first.day:
                found.add((first.day, last.day, bool(match["hedge"])))
    return found.pop() if len(found) == 1 else None


def _passes(line: str) -> bool:
    """The verifier's rule checks accept the line as the summary writes it (compounds split)."""
    from pressconv.transforms.easy.compounds import segment_text
    from pressconv.transforms.easy.verify import rule_failures

    return not rule_failures(segment_text(line))


def _nominal(parts: list[str], body: list[str], issued: date | None) -> tuple[list[str], list[date]]:
    """ "Die Kreis·straße OW 17 ist ab Montag, 13. April 2026, voll gesperrt." from the headline's nominal closure.

    The closure is said only with its first day (from the headline's "ab …" or the body's "von … bis …"):
    without it, "ist gesperrt" would say the road is closed now, which a notice of a coming closure
    does not say (omission over error).
    """
    for part in parts:
        match = _NOMINAL.match(part.strip().rstrip("."))
        if match is None or _UNSURE.search(part) or _gender(match["noun"]) != "die":
            continue
        label = match["label"] or ""
        mod = _MODS.get(match["mod"] or "", "")
        span = _span(body, label.strip() or match["noun"], issued)
        if match["from"]:
            first = _one(match["from"], issued)
            start = first.day if first is not None else None
        else:
            start = span[0] if span is not None else None
        if start is None:
            continue
        line = f"Die {match['noun']}{label} ist ab {_weekday_date(start)}, {mod}gesperrt."
        if label and not _passes(line):
            # A road number the reader cannot read as a word ("OW 17"): the road's noun alone, with
            # its stretch or place below, still names it.
            line = f"Die {match['noun']} ist ab {_weekday_date(start)}, {mod}gesperrt."
        lines, days = [line], [start]
        if match["a"]:
            lines.append(f"Die Sperrung ist zwischen {match['a']} und {match['b']}.")
        elif match["in"]:
            lines.append(f"Die Sperrung ist in {match['in']}.")
        until = _until(body, issued)
        if span is not None and span[0] == start:
            until = (span[1], span[2])
        if until is not None and until[0] >= start:
            verb = "soll bis {}, dauern." if until[1] else "dauert bis {}."
            lines.append("Die Sperrung " + verb.format(_weekday_date(until[0])))
            days.append(until[0])
        detour = _detour(body)
        if detour is not None:
            lines.append(detour)
        return lines, days
    return [], []


def closure_lines(heads: list[str], body: list[str], issued: date | None) -> tuple[list[str], list[date]]:
    """The closure's sentences (what, from when, where, until when, detour) and the days they name."""
    # A headline's parts after a dash or colon are statements of their own (headline convention:
    # "Brücke wird ab 4. Mai gesperrt – Umleitung über die Ringstraße").
    parts = [part for head in heads for part in re.split(r"\s+[–—-]\s+|:\s+", head)]
    for text in [*parts, *body]:
        clause = text.strip().rstrip(".")
        match = _CLOSED.match(clause) or _FRAMED.match(clause)
        if match is None or _UNSURE.search(text) or match["rest"].strip():
            continue
        who = ""
        if match.re is _FRAMED and match["who"]:
            kind = match["who"].split()[-1].lower()
            who = _WHO.get(kind, "für Fahrzeuge") + " "
        subject = _subject(match)
        period = _from(match["mid"].strip(), issued)
        if subject is None or period is None:
            continue
        start, end = period
        if start is None:
            continue
        lines = [
            f"{subject} ist ab {_weekday_date(start)}, {who}{(match['mod'] or '').strip()} gesperrt.".replace(",  ", ", ")
        ]
        days: list[date] = [start]
        if match["a"]:
            # The stretch: a sentence of its own keeps each sentence short (≤ 12 words).
            lines.append(f"Die Sperrung ist zwischen {match['a']} und {match['b']}.")
        hedge = False
        if end is None:
            found = _until(body, issued)
            end, hedge = found if found is not None else (None, False)
        if end is not None and end >= start:
            verb = "soll bis {}, dauern." if hedge else "dauert bis {}."
            lines.append("Die Sperrung " + verb.format(_weekday_date(end)))
            days.append(end)
        detour = _detour(body)
        if detour is not None:
            lines.append(detour)
        return lines, days
    return _nominal(parts, body, issued)
