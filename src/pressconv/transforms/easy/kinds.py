"""Key-fact templates for common kinds of German releases: police incidents, closures, invitations.

Each template fills short sentences only from words found in the release ("Es gab einen
Verkehrs·unfall." only if the release says "Verkehrsunfall"); a slot that the release does not fill
is left out, never guessed. The sentences still go through the builder's fact and grammar checks.
Research notes §4: a rule-based summary is only as good as its templates, so each kind states what
a reader needs: what happened, where, when, what readers can do and whom to call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from pressconv.transforms.easy.compounds import zipf
from pressconv.transforms.easy.dates import MONTHS_DE, format_date, relative_day

__all__ = ["KindFacts", "Statement", "kind_statements", "number_word"]


@dataclass(frozen=True, slots=True)
class Statement:
    """One template sentence; ``items`` makes it the introduction of a bullet list."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(slots=True)
class KindFacts:
    """What the kind templates found: sentences, the facts to report, numbers we derived."""

    kinds: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    key_facts: list[str] = field(default_factory=list)
    extra_numbers: set[str] = field(default_factory=set)
    allowed: list[str] = field(default_factory=list)
    title: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    used: set[str] = field(default_factory=set)


_MONTH: Final = "|".join(MONTHS_DE)
_DATE_WORDS: Final = re.compile(rf"\b(?P<d>\d{{1,2}})\.\s?(?P<m>{_MONTH})(?:\s(?P<y>\d{{4}}))?")
_DATE_NUMERIC: Final = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
_TIME: Final = re.compile(
    r"\b(?P<h>\d{1,2})[.:](?P<min>\d{2})(?:\s*bis\s*(?P<h2>\d{1,2})[.:](?P<min2>\d{2}))?\s*Uhr"
)
_HOUR: Final = re.compile(r"\b(?:ab|um|gegen)\s(?P<h>\d{1,2})\sUhr")
_STREET_SUFFIX: Final = r"(?:straße|weg|damm|allee|platz|chaussee|ufer|ring|gasse|brücke)"
_STREET: Final = re.compile(
    rf"\b(?P<s>(?:[A-ZÄÖÜ][a-zäöüß]+er\s)?(?:[A-ZÄÖÜ][\w-]*{_STREET_SUFFIX}|[A-ZÄÖÜ][a-zäöüß]+er\s"
    rf"(?:Straße|Allee|Weg|Platz)))\b"
)
_BIG_CITIES: Final = frozenset(
    [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt",
        "Dortmund",
        "Stuttgart",
        "Düsseldorf",
        "Leipzig",
        "Dresden",
        "Bremen",
    ]
)
_NUMBER_WORDS: Final = {
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
# Who got hurt, most specific first: (noun, indefinite article, definite article).
_VICTIMS: Final = (
    ("Junge", "Ein", "Der"),
    ("Mädchen", "Ein", "Das"),
    ("Fahrradfahrerin", "Eine", "Die"),
    ("Fahrradfahrer", "Ein", "Der"),
    ("Radfahrerin", "Eine", "Die"),
    ("Radfahrer", "Ein", "Der"),
    ("Fußgängerin", "Eine", "Die"),
    ("Fußgänger", "Ein", "Der"),
    ("Motorradfahrer", "Ein", "Der"),
    ("Autofahrer", "Ein", "Der"),
    ("Kind", "Ein", "Das"),
    ("Frau", "Eine", "Die"),
    ("Mann", "Ein", "Der"),
)


def number_word(word: str) -> int | None:
    """Return the number a German number word stands for ("Elfjährige" starts with elf -> 11)."""
    return _NUMBER_WORDS.get(word.lower())


def _date_in(text: str, issued: date | None) -> str | None:
    """The first date in ``text`` written the easy way ("13. März 2023"), year from the release if missing."""
    candidates: list[tuple[int, str]] = []
    match = _DATE_WORDS.search(text)
    if match:
        year = match["y"] or (str(issued.year) if issued else None)
        if year:
            candidates.append((match.start(), f"{int(match['d'])}. {match['m']} {year}"))
    numeric = _DATE_NUMERIC.search(text)
    if numeric and 1 <= int(numeric["m"]) <= 12 and 1 <= int(numeric["d"]) <= 31:
        day = date(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
        candidates.append((numeric.start(), format_date(day, "de")))
    return min(candidates)[1] if candidates else None


def _time_in(text: str) -> str | None:
    match = _TIME.search(text)
    if match:
        start = f"{int(match['h'])}:{match['min']}"
        if match["h2"]:
            return f"von {start} bis {int(match['h2'])}:{match['min2']} Uhr"
        return f"um {start} Uhr"
    hour = _HOUR.search(text)
    return f"um {int(hour['h'])} Uhr" if hour else None


def _street_phrase(street: str) -> str:
    """ "in der Scharnweber·straße", "am Eichborndamm", "auf dem Kurt-Schumacher-Platz"."""
    lower = street.lower()
    if lower.endswith(("straße", "allee", "gasse", "chaussee", "brücke")):
        return f"in der {street}"
    if lower.endswith("platz"):
        return f"auf dem {street}"
    return f"am {street}"


def _looks_like_place(word: str) -> bool:
    """A town or district: a big city, or a word that is rare as a common word (Lichtenrade)."""
    first = word.split("-")[0]
    return first in _BIG_CITIES or (zipf(first.lower()) < 4.5 and not first.endswith(("ung", "heit", "keit")))


def _place(texts: list[str]) -> str | None:
    """A district or town named with "in" ("In Reinickendorf wurde …"), not a common noun."""
    for text in texts:
        for match in re.finditer(
            r"\b[Ii]n (?P<p>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?! [A-ZÄÖÜ])", text
        ):
            if _looks_like_place(match["p"]):
                return match["p"]
    return None


def _incident(head: str, text: str, issued: date | None, found: KindFacts) -> None:
    """Police report: what happened, where, when, who got hurt, what the police do and ask."""
    accident = re.search(r"\b(Verkehrsunfall|Unfall)\b", head)
    crime = re.search(r"(Tötungsdelikt|Raub|Überfall|Einbruch|Diebstahl|Angriff|Körperverletzung)", head)
    hurt = re.search(
        r"(schwer|lebensgefährlich|leicht|schwerst)(?: \w+)? verletzt|(schwere|leichte) \w*[Vv]erletzungen",
        head,
    )
    if not (accident or crime or hurt):
        return
    found.kinds.append("incident")
    sentences = re.split(r"(?<=[.!?])\s+", head)
    if accident:
        word = accident.group(1)
        found.statements.append(Statement(f"Es gab einen {word}."))
        found.key_facts.append(word)
        event = "Der Unfall"
    elif crime:
        found.statements.append(Statement("Es gab eine Straftat."))
        event = "Die Tat"
    else:
        event = "Das"
    dateline = re.match(r"(?P<p>[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)?):\s", head)
    place = _place(sentences[:3]) or (
        dateline["p"] if dateline and _looks_like_place(dateline["p"]) else None
    )
    if place:
        found.statements.append(Statement(f"{event} war in {place}."))
        found.key_facts.append(place)
    street = _STREET.search(" ".join(sentences[:3]))
    if street:
        found.statements.append(Statement(f"{event} war {_street_phrase(street['s'])}."))
        found.key_facts.append(street["s"])
    when: str | None = None
    day = relative_day(" ".join(sentences[:2]), issued, "de")
    if day is not None:
        when = "am " + format_date(day, "de")
        found.extra_numbers.update({str(day.day), str(day.year)})
        found.allowed.append(when)
    else:
        dated = _date_in(" ".join(sentences[:2]), issued)
        if dated:
            when = f"am {dated}"
        else:
            relative = re.search(
                r"\b(gestern|vorgestern|heute)(?: (Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?", head
            )
            if relative:
                when = relative.group(0)
    if when:
        found.allowed.append(when)
        found.statements.append(Statement(f"{event} war {when}."))
        found.key_facts.append(when.removeprefix("am "))
    clock = _TIME.search(" ".join(sentences[:3]))
    if clock:
        prefix = "etwa " if re.search(rf"gegen\s{clock['h']}[.:]", head) else ""
        found.statements.append(Statement(f"Das war {prefix}um {int(clock['h'])}:{clock['min']} Uhr."))
    victim = next((v for v in _VICTIMS if re.search(rf"\b{v[0]}\b", head)), None)
    if victim and hurt:
        noun, indefinite, definite = victim
        severity = hurt.group(1) or hurt.group(2).removesuffix("e")
        found.statements.append(Statement(f"{indefinite} {noun} ist {severity} verletzt."))
        age = re.search(r"\b(?:(?P<n>\d{1,3})-Jährige|(?P<w>[A-ZÄÖÜ][a-zäöü]+)jährige)[rn]?\b", head)
        years = None
        if age and age["n"]:
            years = int(age["n"])
        elif age and age["w"]:
            years = number_word(age["w"])
            if years is not None:
                found.extra_numbers.add(str(years))
        if years is not None:
            found.statements.append(Statement(f"{definite} {noun} ist {years} Jahre alt."))
        if "Krankenhaus" in head:
            found.statements.append(Statement(f"{definite} {noun} ist in ein Krankenhaus gekommen."))
    if re.search(r"festgenommen", head) and re.search(r"Tatverdächtig", head):
        found.statements.append(Statement("Die Polizei hat einen Tatverdächtigen festgenommen."))
    police = re.search(r"Polizei|[Kk]ommissariat", text)
    if police and re.search(r"Ermittlungen[^.]*(?:übernommen|dauern an|aufgenommen)|ermittelt", head):
        found.statements.append(Statement("Die Polizei ermittelt."))
    witnesses = re.search(
        r"Zeug(?:en|innen)[^.]*(?:gesucht|gebeten|sucht|bittet)|(?:sucht|bittet)[^.]*Zeug", text
    )
    if witnesses:
        found.statements.append(Statement("Die Polizei sucht Zeugen."))
        found.statements.append(Statement("Haben Sie etwas gesehen?"))
        after = text[witnesses.start() : witnesses.start() + 400]
        phone = re.search(
            r"(?:Telefon|Tel\.|Rufnummer|unter)(?:nummer)?\s*:?\s*(?P<n>\(?\+?\d[\d /()-]{4,}\d)", after
        )
        if phone:
            found.contact_phone = phone["n"].strip()
            found.key_facts.append(found.contact_phone)


def _closure(text: str, issued: date | None, found: KindFacts) -> None:
    """Closure: what is closed, between where, when (dates from a list, times)."""
    sentence = next((s for s in re.split(r"(?<=[.!?])\s+", text) if "gesperrt" in s), None)
    if sentence is None:
        return
    closed = [
        m["name"]
        for m in re.finditer(
            rf"(?<!\bab )(?<!\bbis )\b(?P<art>die|der|das) "
            rf"(?P<name>[A-ZÄÖÜ][\w-]*{_STREET_SUFFIX}|[A-Z]{{3,}})\b",
            sentence,
        )
    ]
    articles = {
        m["name"]: m["art"]
        for m in re.finditer(
            rf"\b(?P<art>die|der|das) (?P<name>[A-ZÄÖÜ][\w-]*{_STREET_SUFFIX}|[A-Z]{{3,}})\b", sentence
        )
    }
    if not closed:
        return
    found.kinds.append("closure")
    past = re.search(r"\b(?:war|waren)\b", sentence) is not None
    verb = "war" if past else "ist"
    until = re.search(r"\bbis (\d{1,2})[.:](\d{2}) Uhr", sentence)
    between = re.search(
        r"zwischen (?:den \w+ )?(?P<a>[A-ZÄÖÜ][\w-]+) und (?P<b>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)", sentence
    )
    on_days = re.search(r"an diesen Tagen", sentence) is not None
    briefly = " kurz" if re.search(r"kurzzeitig", sentence) else ""
    for name in closed:
        article = articles.get(name, "die")
        # "Dann ist die AVUS gesperrt." on listed days; "Die AVUS ist gesperrt." otherwise.
        opening = f"Dann {verb} {article} {name}" if on_days else f"{article.capitalize()} {name} {verb}"
        parts = [opening + briefly]
        if until:
            parts.append(f"bis {int(until[1])}:{until[2]} Uhr")
        found.statements.append(Statement(" ".join(parts) + " gesperrt."))
        if between and sentence.find(name) < between.start() and name == closed[0]:
            found.statements.append(
                Statement(f"Die Sperrung ist zwischen {between['a']} und {between['b']}.")
            )
        found.key_facts.append(name)


def _works(text: str, found: KindFacts) -> str | None:
    """ "Auf dem Sprengplatz Grunewald wird die Polizei Berlin … Sprengungen … durchführen."."""
    match = re.search(
        r"(?P<where>(?:Auf|In|Im|Am) (?:dem |der )?[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?) wird "
        r"(?P<who>die Polizei(?: [A-ZÄÖÜ]\w+)?|das [A-ZÄÖÜ]\w+) "
        r"[^.]*?(?P<what>[A-ZÄÖÜ]\w+ungen) [^.]*durchführen",
        text,
    )
    if match is None:
        return None
    found.kinds.append("works")
    who = match["who"][0].upper() + match["who"][1:]
    where = match["where"][0].lower() + match["where"][1:]
    found.statements.append(Statement(f"{who} macht {match['what']}."))
    found.title = f"{match['what']} {where}"
    found.statements.append(Statement(f"Die {match['what']} sind {where}."))
    found.key_facts.extend([match["what"], match["where"].split()[-1]])
    return match["what"]


def _date_list(items: list[str], found: KindFacts, subject: str) -> None:
    """A bullet list of days ("Mittwoch, 27. Oktober 2021") becomes "… an diesen Tagen:" + the days."""
    days = [i.strip().rstrip(".") for i in items if _DATE_WORDS.search(i) and len(i.split()) <= 5]
    if len(days) >= 2 and len(days) == len(items):
        found.statements.append(Statement(f"{subject} sind an diesen Tagen:", tuple(days)))
        found.key_facts.extend(days)


def _names_in(segment: str) -> list[str]:
    """People named in an attendance list ("Mit dabei sind: Katja Kipping, Senatorin …")."""
    name = r"[A-ZÄÖÜ][a-zäöüßé]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    stop = {"Berlin", "Senatorin", "Senator", "Regionalleiter", "Erzbistum", "Dr", "Prof", "Mitte"}
    out: list[str] = []
    for match in re.finditer(rf"(?<![\w-])(?:{name} )+{name}(?![\w-])(?!\.\w)", segment):
        words = match.group(0).split()
        while words and (
            words[0] in stop
            or re.search(
                r"(?:senator|senatorin|leiter|leiterin|meister|meisterin|präsident|direktor)$", words[0]
            )
            or (words[0].endswith(("en", "er", "es")) and zipf(words[0].lower()) >= 4)
        ):
            words.pop(0)
        if (
            len(words) >= 2
            and not any(w in stop for w in words)
            and " ".join(words) not in out
            and all(zipf(w.lower()) < 5.5 for w in words[1:])
            and not words[-1].endswith(("ung", "ion"))
        ):
            out.append(" ".join(words))
    return out


def _nominee(item: str) -> str | None:
    """ "Katja Dill von Social Period e.V." -> "Katja Dill"; "Bora e.V. – Schutz | …" -> "Bora"."""
    text = re.sub(r"\s*\([^)]*\)", "", item)
    text = re.split(r" – | - | von | in der | für |\|", text)[0]
    text = re.sub(r"\s*e\.\s?V\.", "", text).strip(" .,")
    return text if text and len(text.split()) <= 4 and text[:1].isupper() else None


def _invitation(text: str, title: str, issued: date | None, lists: list[list[str]], found: KindFacts) -> None:
    """Invitation: what, when, where, who comes, how to register."""
    cue = re.search(
        r"[Ee]inladung|laden (?:wir )?(?:Sie )?(?:herzlich )?(?:ein|zu)|eingeladen|findet [^.]* statt",
        title + " " + text,
    )
    if cue is None:
        return
    found.kinds.append("invitation")
    event_match = re.search(
        r"\b(Pressegespräch|Pressekonferenz|Besuch|Verleihung|Preisverleihung|Eröffnung|Veranstaltung|Feier|"
        r"Festakt|Termin)\b",
        title + " " + text,
    )
    event = event_match.group(1) if event_match else "Termin"
    if re.match(rf"Einladung zu[mr] (?:\w+en )?{event}\b", title):
        found.title = f"Einladung zum {event}"
    article = {"Pressegespräch": "Das", "Besuch": "Der", "Festakt": "Der", "Termin": "Der"}.get(event, "Die")
    visit = re.search(
        r"(?P<name>[A-ZÄÖÜ][a-zäöü]+ [A-ZÄÖÜ][a-zäöü]+) besucht "
        r"(?:am \w+ )?(?P<art>das|die|den) (?P<what>[A-ZÄÖÜ][\w-]+)",
        title + ". " + text,
    )
    if visit:
        found.statements.append(Statement(f"{visit['name']} besucht {visit['art']} {visit['what']}."))
        found.title = f"{visit['name']} besucht {visit['art']} {visit['what']}"
        found.key_facts.append(visit["name"])
        event, article = "Besuch", "Der"
    # When: the sentence with the invitation cue or the "findet … statt" sentence, else the whole text.
    anchor = re.search(
        r"[^.]*(?:findet|laden wir|Dienstag|Montag|Mittwoch|Donnerstag|Freitag)[^.]*\d{4}[^.]*", text
    )
    scope = anchor.group(0) if anchor else text
    when = _date_in(scope, issued) or _date_in(text, issued)
    if when:
        found.allowed.append(when)
        found.statements.append(Statement(f"{article} {event} ist am {when}."))
        found.key_facts.append(when)
    clock = _time_in(scope[scope.find(when.split()[0]) if when else 0 :]) or _time_in(text)
    if clock:
        found.statements.append(Statement(f"{article} {event} ist {clock}."))
    address = re.search(
        rf"(?P<street>[A-ZÄÖÜ][\w-]*(?:{_STREET_SUFFIX})|[A-ZÄÖÜ][a-zäöü]+er Straße)\.? "
        rf"(?P<no>\d+[a-z]?),? \d{{5}} (?P<city>[A-ZÄÖÜ]\w+)",
        text,
    )
    if address:
        found.statements.append(
            Statement(f"Die Adresse ist {address['street']} {address['no']} in {address['city']}.")
        )
        found.key_facts.append(address["street"])
    else:
        hall = re.search(
            r"\bim (?P<hall>Saal|Raum|Rathaus) (?:der|des) "
            r"(?P<owner>[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+|[A-ZÄÖÜ][\w-]+)",
            scope,
        )
        if hall:
            found.statements.append(
                Statement(f"{article} {event} ist im {hall['hall']} von der {hall['owner']}.")
            )
        town = _place([scope.split("statt")[0]])
        street = _STREET.search(scope)
        if street:
            found.statements.append(Statement(f"{article} {event} ist {_street_phrase(street['s'])}."))
            found.key_facts.append(street["s"])
        district = re.search(r"\bin (?P<d>[A-ZÄÖÜ][a-zäöü]+ Berg|[A-ZÄÖÜ][a-zäöü]+)\s+statt", scope)
        if district or town:
            place = district["d"] if district else town
            found.statements.append(Statement(f"{article} {event} ist in {place}."))
    if re.search(r"alle Interessierten[^.]*eingeladen", text):
        found.statements.append(Statement("Alle Interessierten sind eingeladen."))
    attendees_segment = re.search(
        r"Mit dabei sind:(?P<s>.*?)(?:Wenn Sie|$)|(?:werden|wird)(?P<t>.{0,240}?)teilnehmen", text, re.S
    )
    if attendees_segment:
        names = _names_in(attendees_segment["s"] or attendees_segment["t"])
        if names:
            found.statements.append(Statement("Diese Menschen kommen:", tuple(names)))
            found.key_facts.extend(names)
    prize = re.search(
        r"Verleihung des (?P<adj>[A-ZÄÖÜ]\w+er )?(?P<prize>[A-ZÄÖÜ]\w*preis)(?:es|s) (?P<year>\d{4})",
        title + " " + text,
    )
    if prize:
        name = f"{prize['adj'] or ''}{prize['prize']} {prize['year']}"
        found.statements.insert(0, Statement(f"Es gibt eine Feier für den {name}."))
        found.title = f"Feier für den {name}"
        found.key_facts.insert(0, name)
    if re.search(r"nominiert", text) and lists:
        nominees = [_nominee(i) for i in lists[0]]
        if all(nominees) and len(nominees) >= 2:
            found.statements.append(
                Statement("Die Jury hat diese Vorschläge ausgewählt:", tuple(n for n in nominees if n))
            )
            found.key_facts.extend(n for n in nominees if n)
        if re.search(r"bekanntgegeben", text):
            found.statements.append(Statement("Bei der Feier erfahren Sie: Wer bekommt den Preis?"))
    if re.search(r"[Aa]nmeld|melden Sie sich", text):
        found.statements.append(Statement("Bitte melden Sie sich vorher an."))
        homepage = re.search(
            r"auf der Homepage (?:des|der) (?P<who>[A-ZÄÖÜ]\w+?)(?:es|s)? (?P<place>[A-ZÄÖÜ]\w+)", text
        )
        if homepage:
            found.statements.append(
                Statement(f"Das geht auf der Homepage vom {homepage['who']} {homepage['place']}.")
            )
        email = re.search(
            r"(?:[Aa]nmeld|melden Sie sich)[^@]{0,80}?(?P<e>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", text
        )
        if email:
            found.contact_email = email["e"]


def kind_statements(
    title: str, lead: str, text: str, lists: list[list[str]], issued: date | None
) -> KindFacts:
    """Return the template sentences for every kind the release is of (German only)."""
    found = KindFacts()
    head = title + ". " + lead
    police = re.search(r"Polizei|\(ots\)|Kommissariat|Verkehrsunfall", text) is not None
    if police:
        _incident(head, text, issued, found)
    what = _works(lead, found)
    if what and lists:
        _date_list(lists[0], found, f"Die {what}")
    clock = _HOUR.search(lead)
    if what and clock:
        approx = "etwa " if clock.group(0).startswith("gegen") else ""
        found.statements.append(Statement(f"Die {what} beginnen {approx}um {int(clock['h'])} Uhr."))
    _closure(text, issued, found)
    if not police:
        _invitation(text, title, issued, lists, found)
    return found
