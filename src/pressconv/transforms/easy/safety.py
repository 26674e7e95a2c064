"""Safety notices: what the measure is, where and from when it holds, and what the reader must do.

A boil-water order, a stable duty for poultry or a product recall is written in the officialese of
its genre ("wird mit sofortiger Wirkung ein Abkochgebot angeordnet", "Kunden werden gebeten, es nicht
zu verzehren"): long passive sentences the verifier refuses, so the summary loses exactly the action
that protects the reader (issue 16, judged holdout: "they omit the action that protects the reader").
The order terms are fixed by law and genre (Trinkwasserverordnung: Abkochgebot; Geflügelpest-
Verordnung: Aufstallung; Produktrückruf, Lebensmittelrecht): each names its own duty, so the summary
can say what the term means in plain words, next to where and from when the source says it holds.

Nothing here says more than the source: the duty's meaning is stated only as the meaning of the
order the release names ("Abkochgebot heißt: …"), its area only as the source words it, a product
only where the release names it, the action only where the release asks for it. When unsure: nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy.compounds import segment_text
from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.recalls import REFUND, do_not_eat, return_in_shop
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments

__all__ = ["recall_lines", "warning_lines"]


@dataclass(frozen=True, slots=True)
class _Order:
    """An official order of the safety-notice genre: how senders write it and what it asks of the reader."""

    term: re.Pattern[str]  # the order's names in the source
    name: str  # the name the summary uses
    article: str  # its nominative article ("Das", "Die")
    indefinite: str  # its indefinite accusative article after "Es gibt" ("ein", "eine")
    needs: re.Pattern[str]  # what the release must name for the meaning to hold for it
    meaning: str  # the duty the order imposes, as a plain sentence


# The orders and their legal meaning. A boil-water order (Abkochgebot, Trinkwasserverordnung § 61:
# "Abkochen des Trinkwassers") holds for drinking water; the release must name drinking among the
# uses. A stable duty (Aufstallungspflicht, Geflügelpest-Verordnung § 13: poultry kept in closed
# stables) holds for poultry; the release must name poultry.
_ORDERS: Final[tuple[_Order, ...]] = (
    _Order(
        re.compile(r"\bAbkoch(?:gebot|anordnung)\w*"),
        "Abkochgebot",
        "Das",
        "ein",
        # "Trinkwasser" names the use as well as "trinken" (an order "für Trinkwasser" is about drinking it).
        re.compile(r"\b[Tt]rinken\b|[Tt]rinkwasser"),
        "Abkochgebot heißt: Sie müssen Wasser aus der Leitung vor dem Trinken abkochen.",
    ),
    _Order(
        re.compile(r"\b(?:Aufstallungs|Stall)pflicht\w*|\bAufstallungs(?:gebot|anordnung)\w*"),
        "Stallpflicht",
        "Die",
        "eine",
        re.compile(r"\bGeflügel"),
        "Stallpflicht heißt: Geflügel muss im Stall bleiben.",
    ),
)
# "mit sofortiger Wirkung", "ab sofort": the order holds from the moment it is published.
_AT_ONCE: Final = re.compile(r"\bmit sofortiger Wirkung\b|\bab sofort\b", re.I)
# "bis auf Weiteres": no end is set yet (the plain form says that, not the idiom).
_NO_END: Final = re.compile(r"\bbis auf [Ww]eiteres\b")
# "ab Donnerstag, 19. November 2026": the first day the order holds, a written date after "ab".
_FROM: Final = re.compile(
    r"\b[Aa]b\s+(?:dem\s+)?(?P<when>(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"\d{1,2}\.\s*[A-ZÄÖÜ][a-zä]+\.?(?:\s+\d{4})?)"
)
# The area an order holds in, as the source words it: "im gesamten Kreisgebiet", "für das gesamte
# Restriktionsgebiet", "im Sperrbezirk". Only a named area noun ending in -gebiet/-bezirk: a vaguer
# phrase ("in den betroffenen Gebieten") points at something the summary has not said.
_AREA: Final = re.compile(
    r"\b(?:[Ii]m|[Ff]ür das|[Ff]ür den|[Ii]n dem)\s+(?P<whole>gesamten?\s+|ganzen?\s+)?"
    r"(?P<area>[A-ZÄÖÜ][a-zäöüß]+(?:gebiet|bezirk))\b"
)
# "Abkochgebot für Trinkwasser in A, B und im Gewerbegebiet „C“" (a notice's headline): the places
# the order names right after it. Only capitalised names, commas, "und", "im"/"in", quotes.
_PLACE_WORD: Final = r"(?:[A-ZÄÖÜ][\wäöüß.-]*|„[^“]{1,40}“)"
_PLACES: Final = re.compile(
    r"^\s*(?:für\s+(?:das\s+)?Trinkwasser\s+)?(?P<prep>in|im|für Teile von)\s+"
    rf"(?P<places>{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:\s*,\s*(?:im\s+|in\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)*"
    rf"(?:\s+und\s+(?:im\s+|in\s+der\s+|in\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)?)"
    r"\s*(?:\+{2,}|[.!:;–-]|$)"
)
# A place list longer than this is no longer one short sentence (Leichte Sprache: short sentences).
_PLACES_WORDS_MAX: Final = 9
# Negation, doubt or an end in a sentence that names the order: "kein Abkochgebot", "ob eine
# Stallpflicht kommt", "das Abkochgebot ist aufgehoben". A lifting still to come ("kann erst
# aufgehoben werden, wenn …") is no end: the order holds until then.
_UNSURE: Final = re.compile(
    r"\b(?:nicht mehr|beendet|ob|falls|eventuell|möglicherweise)\b|"
    r"\b(?:ist|sind|wurde|wurden)\b[^.]{0,60}\baufgehoben\b(?!\s+werden)|\b(?:hebt|heben)\b[^.]{0,60}\bauf\s*[.,;]",
    re.I,
)
# "kein Abkochgebot", "keine Stallpflicht": the order negated right before its name.
_NEGATED: Final = r"\b[Kk]ein\w*\s+(?:[a-zäöüß]+\s+)?"


def _day(day: date) -> str:
    """The day as "Montag, 4. Mai 2026": weekday and long date."""
    return f"{WEEKDAYS_DE[day.weekday()]}, {format_date(day, 'de')}"


def _start(sentences: Sequence[str], order: _Order, issued: date | None) -> date | None:
    """The first day of the order: one written date after "ab" in a sentence that names the order."""
    days: set[date] = set()
    for sentence in sentences:
        if not order.term.search(sentence):
            continue
        for found in _FROM.finditer(sentence):
            moments = find_moments(found["when"], issued)
            if len(moments) == 1:
                days.add(moments[0].day)
    if not days:
        days = _headline_weekday(sentences, order, issued)
    return days.pop() if len(days) == 1 else None  # two start days: which one holds is unclear


# "Landkreis ordnet Stallpflicht ab Freitag an": a headline names the start by its weekday only.
_FROM_WEEKDAY: Final = re.compile(
    r"\b[Aa]b\s+(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b(?!,?\s+\d)"
)


def _headline_weekday(sentences: Sequence[str], order: _Order, issued: date | None) -> set[date]:
    """The day a headline's weekday-only start ("ab Freitag") means: the body's one "ab Freitag, <date>".

    News style gives the weekday in the headline and the full date in the text; the date counts only
    when it falls on that weekday and not before the release.
    """
    weekdays = {
        found["weekday"]
        for sentence in sentences
        if order.term.search(sentence)
        for found in _FROM_WEEKDAY.finditer(sentence)
    }
    if len(weekdays) != 1:
        return set()
    weekday = weekdays.pop()
    days: set[date] = set()
    for sentence in sentences:
        for found in _FROM.finditer(sentence):
            moments = find_moments(found["when"], issued)
            if found["when"].startswith(weekday) and len(moments) == 1:
                days.add(moments[0].day)
    # The date must be the weekday the headline names, and not before the release.
    return {d for d in days if WEEKDAYS_DE[d.weekday()] == weekday and (issued is None or d >= issued)}


# "Trinkwasser in Adorf, Bedorf und Cedorf muss abgekocht werden" (a notice's headline or
# lead): the places the water of the order is in, between the water and the duty's verb.
_WATER_PLACES: Final = re.compile(
    rf"\b(?:Trinkwasser|Leitungswasser)\s+(?P<prep>in|im)\s+(?P<places>{_PLACE_WORD}(?:\s*,\s*{_PLACE_WORD})*"
    rf"(?:\s+und\s+{_PLACE_WORD})?)\s+(?:muss|müssen)\b[^.]*\babgekocht\b"
)


def _places(sentences: Sequence[str], order: _Order) -> str | None:
    """ "Das Abkochgebot gilt in A, B und im Gewerbegebiet „C“.": the places named right after the order."""
    if order.name == "Abkochgebot":
        waters = [(s, w) for s in sentences if (w := _WATER_PLACES.search(s)) is not None]
        # One such sentence only, said plainly: "nicht mehr", "seit", "auch", "nur", "dagegen" or an
        # order lifted tie the places to another time or other places (omission over error), and an
        # area the release names besides them ("im gesamten Stadtgebiet") would be narrowed.
        plain = [
            w
            for s, w in waters
            if not _UNSURE.search(s) and not re.search(r"\b(?:nicht|kein\w*|auch|nur|dagegen|seit|bereits|mehr)\b", s, re.I)
        ]
        # A whole area named besides ("im gesamten Stadtgebiet"; a named one, "Wohngebiet „X“", is a place).
        wide = any(not _named_area(s, m) for s in sentences for m in _AREA.finditer(s))
        if len(waters) == 1 and len(plain) == 1 and not wide:
            water = plain[0]
            if len(water["places"].split()) <= _PLACES_WORDS_MAX:
                return f"{order.article} {order.name} gilt {water['prep']} {water['places']}."
        if waters:
            return None
    for sentence in sentences:
        for term in order.term.finditer(sentence):
            match = _PLACES.match(sentence[term.end() :])
            if match is None:
                continue
            places = re.sub(r"\s+", " ", match["places"]).strip()
            if len(places.split()) > _PLACES_WORDS_MAX:
                return None
            only = "nur " if match["prep"] != "für Teile von" and _only(places, sentences) else ""
            return f"{order.article} {order.name} gilt {only}{match['prep']} {places}."
    return None


# "Betroffen sind ausschließlich folgende Ortsteile:" / "Betroffen ist nur …": the list after it is whole.
_ONLY_INTRO: Final = re.compile(r"^Betroffen\s+(?:sind|ist)\s+(?:ausschließlich|nur)\b[^.]*:$")
_ITEM_WORDS_MAX: Final = 6


def _only(places: str, sentences: Sequence[str]) -> bool:
    """The places are all the release says are affected: its "ausschließlich folgende …:" list has the same ones.

    The items are the short lines right after that lead-in; "nur" is said only when their number equals
    the number of places and each place opens one item ("Nordhausen (gesamter Ortsteil)" for "Nordhausen").
    """
    named = [re.sub(r"^(?:im|in der|in)\s+", "", p.strip()) for p in re.split(r",|\s+und\s+", places) if p.strip()]
    for index, sentence in enumerate(sentences):
        if not _ONLY_INTRO.match(sentence.strip()):
            continue
        items: list[str] = []
        for item in sentences[index + 1 :]:
            if len(item.split()) > _ITEM_WORDS_MAX or re.search(r"[.!?]$", item.strip()):
                break
            items.append(item.strip().lstrip("-–• ").strip())
        return len(items) == len(named) and all(any(i.startswith(n) for i in items) for n in named)
    return False


def _named_area(sentence: str, match: re.Match[str]) -> bool:
    """The area noun of ``match`` has a name after it ("Wohngebiet „Am Hang“"): one place, not a whole area."""
    return re.match(r"\s+(?:„|\"|[A-ZÄÖÜ])", sentence[match.end() :]) is not None


def _area(sentences: Sequence[str], order: _Order) -> str | None:
    """ "Die Stallpflicht gilt im ganzen Kreisgebiet.": the named area of the sentence that orders it."""
    found = [
        (bool(match["whole"]), match["area"])
        for sentence in sentences
        if order.term.search(sentence)
        for match in _AREA.finditer(sentence)
    ]
    for sentence in sentences:
        for match in _AREA.finditer(sentence) if order.term.search(sentence) else ():
            # "für das Wohngebiet „Am Hang“": a named area is one place, not the whole kind; "… sowie
            # für das Wohngebiet": one of several places. "gilt im Wohngebiet" would widen or narrow it.
            if _named_area(sentence, match) or re.search(r"\b(?:sowie|und)\s*$", sentence[: match.start()]):
                return None
    areas = {area for _, area in found}
    if len(areas) != 1:
        return None  # none, or several areas (a Sperrbezirk and a Beobachtungsgebiet): which one is unclear
    area = areas.pop()
    whole = any(w for w, _ in found)  # "im gesamten X" and "im X" name the same area
    # The area noun's own head is a compound part the reader knows ("Kreis·gebiet"): split there
    # (Netzwerk Leichte Sprache: long words with a Mediopunkt), whatever the segmenter knows of the stem.
    split = re.sub(r"(?<=[a-zäöüß]{3})(gebiet|bezirk)$", r"·\1", area)
    return f"{order.article} {order.name} gilt im {'ganzen ' if whole else ''}{split}."


def warning_lines(heads: Sequence[str], body: Sequence[str], issued: date | None) -> tuple[list[str], list[date]]:
    """The order a safety notice names, its meaning, where and from when it holds, as plain sentences.

    ``heads`` are the headline lines (title, kicker, subtitle), ``body`` the sender's sentences. Only
    a release that names exactly one order of ``_ORDERS`` gets lines: two orders at once ("Stallpflicht
    und Abkochgebot") would need each fact tied to its own order.
    """
    sentences = [*heads, *body]
    text = " ".join(sentences)
    orders = [order for order in _ORDERS if order.term.search(text)]
    if len(orders) != 1:
        return [], []
    order = orders[0]
    naming = [s for s in sentences if order.term.search(s)]
    negated = re.compile(f"{_NEGATED}(?:{order.term.pattern})")
    if any(_UNSURE.search(s) or negated.search(s) for s in naming) or not order.needs.search(text):
        return [], []
    where = _places(sentences, order) or _area(sentences, order)
    if where is not None and " gilt nur " in where and not _passes(where):
        where = where.replace(" gilt nur ", " gilt ")  # "nur" made it too long: the places alone stay true
    if where is None or not _passes(where):
        # An order without its area would read as one for everyone: then no line at all. The area
        # line is checked here with the verifier the summary applies, so that it is not dropped later.
        return [], []
    at_once = any(_AT_ONCE.search(s) for s in naming)
    lines = [f"Es gibt {'ab sofort ' if at_once else ''}{order.indefinite} {order.name}.", order.meaning]
    days: list[date] = []
    start = None if at_once else _start(sentences, order, issued)
    if start is not None:
        lines.append(f"{order.article} {order.name} gilt ab {_day(start)}.")
        days.append(start)
    lines.append(where)
    end = _expected_end(naming, issued)
    if end is not None:
        lines.append(f"{order.article} {order.name} gilt vermutlich bis {_day(end)}.")
        days.append(end)
    elif any(_NO_END.search(s) for s in body):
        lines.append(f"Das Ende {_dative(order)} ist noch nicht bekannt.")
    return lines, days


# "voraussichtlich bis einschließlich Freitag, 23. Januar 2026": the end the sender expects (utility
# and health-office notices give it with a hedge, since lifting waits for clean samples). The hedge
# stays in the plain sentence ("vermutlich"): the end is expected, not set.
_EXPECTED_END: Final = re.compile(
    r"\b(?:voraussichtlich|vermutlich|wahrscheinlich)\s+(?:noch\s+)?bis\s+(?:einschließlich\s+|zum\s+|zur\s+)?"
    r"(?P<when>(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+)?"
    r"\d{1,2}\.\s*[A-ZÄÖÜ][a-zä]+\.?(?:\s+\d{4})?)"
)


def _expected_end(naming: Sequence[str], issued: date | None) -> date | None:
    """The one expected last day a sentence naming the order gives ("voraussichtlich bis …"), else None."""
    days = {
        moments[0].day
        for sentence in naming
        for found in _EXPECTED_END.finditer(sentence)
        if len(moments := find_moments(found["when"], issued)) == 1
    }
    return days.pop() if len(days) == 1 else None


def _dative(order: _Order) -> str:
    """ "vom Abkochgebot", "von der Stallpflicht" (the von-dative Leichte Sprache uses for the genitive)."""
    return f"{'vom' if order.article == 'Das' else 'von der'} {order.name}"


def _passes(line: str) -> bool:
    """The verifier accepts ``line`` as the summary writes it (compounds split)."""
    written = segment_text(line)
    return not rule_failures(written) and not structure_failures(written)


# --- Product recalls (food and consumer-product law: "ruft … zurück", Produktrückruf) ---

# "Bäckerei Muster ruft „Produkt“ zurück", "Die Firma X ruft vorsorglich das Produkt „Y“ zurück": the
# company (a name of up to four capitalised words, a legal form cut off) and the quoted product.
_RECALL: Final = re.compile(
    r"^(?:Die\s+|Der\s+|Das\s+)?(?P<who>[A-ZÄÖÜ][\wäöüß&.-]*(?:\s+[A-ZÄÖÜ][\wäöüß&.-]*){0,3}?)"
    r"(?:\s+(?:GmbH|AG|KG|e\.\s?K\.|UG|SE|GmbH\s+&\s+Co\.\s+KG|Co\.\s+KG))?\s+ruft\s+"
    r"(?:[a-zäöüß]+\s+){0,3}„(?P<product>[^“]{3,60})“"
    r"[^.]*?\bzurück\b"
)
# Lot numbers (Losnummer, Charge): a recall usually holds for some lots only.
_LOT_WORD: Final = re.compile(r"\b(?:Los(?:nummer|-Nr)\w*|Charge\w*)\b")
_LOT: Final = re.compile(r"\b(?:Los(?:nummer|-Nr\.?)|Charge(?:n(?:nummer)?)?)\s*:?\s*(?P<lot>[A-Z]{0,3}\d[\dA-Z/-]{2,})\b")
_LOTS_MAX: Final = 4


def recall_lines(heads: Sequence[str], body: Sequence[str]) -> list[str]:
    """Who recalls which product, which lots, and what the reader is asked to do, as plain sentences."""
    found = None
    for sentence in [*heads, *body]:
        found = _RECALL.match(sentence.strip())
        if found is not None:
            break
    if found is None or re.search(r"\bnicht\b", found[0]):
        return []
    product = found["product"].strip().rstrip(",")
    lines = [f"{found['who']} ruft ein Produkt zurück.", f"Das Produkt heißt: {product}."]
    text = " ".join(body)
    lots = list(dict.fromkeys(m["lot"] for m in _LOT.finditer(text)))
    # The recall holds for the lots it names only: without them the action below would say more.
    if _LOT_WORD.search(text) and (not lots or len(lots) > _LOTS_MAX):
        return lines
    if do_not_eat(body):
        # The lots go into the action itself: a lot line of its own could be dropped on the way and
        # leave "Essen Sie das Produkt nicht." for every lot (a restriction lost).
        if lots:
            named = lots[0] if len(lots) == 1 else f"{', '.join(lots[:-1])} oder {lots[-1]}"
            lines.append(f"Essen Sie das Produkt mit der Los·nummer {named} nicht.")
        else:
            lines.append("Essen Sie das Produkt nicht.")
    # A narrower group's advice or a negated return is left out (recalls.do_not_eat, return_in_shop).
    if return_in_shop(body):
        lines.append("Sie können das Produkt im Geschäft zurückgeben.")
        if REFUND.search(text):
            lines.append("Sie bekommen den Kaufpreis zurück.")
    return lines
