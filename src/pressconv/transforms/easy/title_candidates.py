"""Title candidates from the headline, the subtitle and the kind of release, each a plain rewrite that states no more.

Each generator returns zero or more sentences; none is trusted: the title step runs every one through
``title_check`` and ranks those that pass. A rewrite here only leaves words out or changes grammar
(headline grammar to a sentence), so it states what the sender's headline states or less.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["clause_variants", "counted_phrase", "dated_apposition", "headline_clauses", "missing_person", "sought_person"]

# Academic titles before a name ("Dr. Miriam Muster", "Prof. Dr. med. Jan Muster"): abbreviations the
# rules forbid; the name alone names the same person (Netzwerk Leichte Sprache: no abbreviations).
_ACADEMIC: Final = re.compile(r"\b(?:(?:Prof|Dr|med|rer\. nat|phil|jur|h\.\s?c)\.\s+)+(?=[A-ZÄÖÜ])")
# A closure or cancellation told in the passive ("Die Straße wird ab Montag gesperrt"): the state it
# leads to is what a reader needs ("… ist ab Montag gesperrt", Zustandspassiv; Leichte Sprache avoids
# the werden-passive). Only participles of a state that lasts: "wird verschickt" is no state.
_STATE_PARTICIPLES: Final = (
    "gesperrt",
    "geschlossen",
    "geöffnet",
    "abgesagt",
    "verschoben",
    "eingestellt",
    "umgeleitet",
    "verlängert",
    "freigegeben",
)
# "Das Werk wird bis Ende März geschlossen": with an end alone, a closure or a stop that may be for good
# says by when it is done, not how long it lasts; "ist bis Ende März geschlossen" would promise a
# reopening (judged: reverses the meaning). A span with its start ("ab Montag bis Freitag") is a state.
_FOR_GOOD: Final = frozenset({"geschlossen", "eingestellt", "stillgelegt", "aufgegeben"})
# A start: "ab"/"seit", or "von/vom" before a day ("vom 4. Mai bis …", "von Montag bis …"); a "von"
# before a noun in the passive names who acts ("wird vom Konzern … geschlossen"), no start.
_START: Final = re.compile(
    r"\b(?:ab|seit)\b|\b(?:von|vom)\s+(?:\d|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|heute|morgen)"
)


def ends_without_start(rest: str, participle: str) -> bool:
    """A closure or stop that may be for good (``_FOR_GOOD``) with "bis" and no start: a deadline, no state."""
    return participle in _FOR_GOOD and re.search(r"\bbis\b", rest) is not None and not _START.search(rest)


_STATE_PASSIVE: Final = re.compile(
    rf"^(?P<subject>.+?) (?P<aux>wird|werden) (?P<rest>.*?)\b(?P<part>{'|'.join(_STATE_PARTICIPLES)})$"
)
# Prepositions of a place or a purpose attribute right after a noun ("Kreisstraße zwischen A und B",
# "Landesamt für Umwelt"): leaving the attribute out names the same thing less exactly, never wrongly.
# "ohne", "außer", "gegen" and the like are never dropped: they reverse or restrict (rubric, item 2).
_ATTRIBUTE_PREPOSITIONS: Final = frozenset({"zwischen", "für", "aus", "in", "im", "bei", "beim", "vom", "von", "an", "auf"})
# Words whose loss changes a statement (rubric, item 2: never a dropped nicht/nur/auch/alle).
_KEEP: Final = re.compile(r"\b(?:nicht|kein\w*|nur|auch|alle\w*|ohne|niemand|nie)\b", re.IGNORECASE)
# Labels of a missing-person appeal headline (press-portal convention: "Vermisst: …", "Vermisste …").
_MISSING_LABEL: Final = re.compile(
    r"^(?:Vermisst|Vermisstensuche|Vermisstenfahndung|Öffentlichkeitsfahndung)\s*[:–-]\s*(?P<who>[^:–]+)$"
)
# The accusative of a strong adjective before a person's name: "9-jährige Lea" (fem.) stays, "9-jähriger
# Max" becomes "den 9-jährigen Max" (Duden grammar: adjective declension after the definite article).
_ACC_ARTICLE: Final = {"e": ("die", "e"), "er": ("den", "en"), "es": ("das", "e")}


_SHOUTED: Final = re.compile(r"\b[A-ZÄÖÜ]{8,}\b")
_WEEKDAY_BEFORE_DATE: Final = re.compile(rf"\b(?:{'|'.join(WEEKDAYS_DE)}),?\s+(?=\d{{1,2}}\.\s)")


# "am kommenden Freitag, 15. Mai 2026, …": a weekday (relative or not) and the date set off by commas
# after it (Duden: the date as an apposition to the weekday). The date alone says the same day.
_DATED_APPOSITION: Final = re.compile(
    rf"\b(?:(?:kommende[nm]?|nächste[nm]?|diese[nm]?)\s+)?(?:{'|'.join(WEEKDAYS_DE)}),\s+"
    rf"(?P<date>\d{{1,2}}\.\s+(?:{'|'.join(MONTHS_DE)})(?:\s+\d{{4}})?),(?=\s)"
    # Not before a contrast ("Am Sonntag, 19. April, nicht am Samstag, …"): that comma opens an
    # insertion of its own, and taking it away leaves its partner comma unpaired (review of session 33).
    r"(?!\s+(?:nicht|sondern|aber|statt)\b)"
)


def dated_apposition(sentence: str) -> str:
    """The sentence with "Freitag, 15. Mai 2026," said as the date alone, so its commas split no clause.

    A lead clause is cut at commas (titles.lead_clause); the commas around a date apposition enclose
    no clause. "kommenden" goes with the weekday: the date names the day without pointing at the
    day of writing (titles.relative_time).
    """
    return _DATED_APPOSITION.sub(lambda m: m["date"], sentence)


def _finite(tagged: tuple[morph.Token, ...]) -> int | None:
    """The index of the first finite verb after the first word."""
    return next((i for i, t in enumerate(tagged) if i > 0 and t.pos.endswith("(FIN)")), None)


def headline_clauses(text: str) -> list[str]:
    """The parts of a headline or subtitle ("Ort: Was geschah – Zusatz / Zweite Meldung") in order.

    Headline convention: a colon, a dash or a slash separates statements; ticker marks ("+++") frame them.
    """
    plain = re.sub(r"^\s*\+{2,}\s*|\s*\+{2,}\s*$", "", text.strip())
    return [p.strip() for p in re.split(r":\s+|\s+[-–]\s+|\s+/\s+", plain) if p.strip()]


# Prepositions that open a verb's complement after its object (Funktionsverbgefüge "in Betrieb
# nehmen", "zur Verfügung stellen", "außer Kraft setzen"; the recipient "an X verleihen").
_COMPLEMENT_PREPOSITIONS: Final = frozenset(("in", "an", "zur", "zum", "außer", "unter"))
# The function verbs of those constructions (Duden grammar: Funktionsverben, a closed class).
_FUNCTION_VERBS: Final = frozenset(
    ("nehmen", "stellen", "setzen", "treten", "bringen", "kommen", "gehen", "stehen", "halten")
)


# A municipality's kind and its name at the clause's start, before the small-letter verb.
_NAMED_MUNICIPALITY: Final = re.compile(
    r"^(?P<kind>(?:Die|Der|Das) (?:Stadt|Gemeinde|Landkreis|Kreis|Samtgemeinde|Verbandsgemeinde|Marktgemeinde|"
    r"Hansestadt|Kreisstadt|Großen Kreisstadt))(?: [A-ZÄÖÜ][\w\-.]*){1,3}(?= [a-zäöüß])"
)
_FROM_NEW_YEAR: Final = re.compile(r"\b(?P<prep>[Aa]b|[Ss]eit) (?:dem )?1\. Januar (?P<year>(?:19|20)\d\d)\b")


def _without_attribute(text: str) -> list[str]:
    """The clause with one prepositional attribute after a noun left out, each in turn.

    Only an attribute without a number (a date or an amount is a fact the title may need) and without
    a word that restricts (``_KEEP``); it ends before the next verb, comma or preposition of time.
    """
    tokens = list(morph.tag(text))
    out: list[str] = []
    for at, token in enumerate(tokens):
        if at == 0 or token.word.lower() not in _ATTRIBUTE_PREPOSITIONS or tokens[at - 1].pos not in ("NN", "NE", "CARD"):
            continue
        end = at + 1
        # The span ends before a separable particle too: the verb bracket closes with it ("ordnet X
        # für Y an"), and "ordnet X" without it says another verb (Duden grammar, Verbklammer).
        while end < len(tokens) and not (
            tokens[end].pos.startswith(("V", "$", "PTKVZ"))
            or (tokens[end].word.lower() in ("ab", "bis", "seit", "am", "um", "und") and end == at + 1)
            or (tokens[end].pos in ("APPR", "APPRART") and tokens[end].word.lower() in ("ab", "bis", "seit", "am", "um"))
        ):
            end += 1
        # "nehmen Lade·punkte für E-Autos in Betrieb", "verleiht Nadel in Gold an X": a last phrase of
        # the clause with its own preposition is the verb's (a Funktionsverbgefüge's "in Betrieb", the
        # recipient's "an X"; Duden grammar: Präpositionalobjekt), never part of the attribute: the
        # cut ends before it, so the verb keeps its complement.
        inner = [
            j
            for j in range(at + 2, end)
            if tokens[j].pos in ("APPR", "APPRART") and tokens[j].word.lower() in _COMPLEMENT_PREPOSITIONS
        ]
        if inner:
            end = inner[-1]
        if end < len(tokens) and tokens[end].word == ",":
            # "in Adorf, Bedorf und Cedorf": the phrase's noun opens a list the comma goes on
            # with; cut at the comma, the other items would be left as the clause's (a broken title).
            continue
        span = tokens[at:end]
        final = all(t.pos.startswith("$") for t in tokens[end:])
        light = any(t.pos.endswith("(FIN)") and (t.lemma or "").lower() in _FUNCTION_VERBS for t in tokens[:at])
        if final and light and len(span) == 2 and token.word.lower() in _COMPLEMENT_PREPOSITIONS and span[1].pos == "NN":
            continue  # "nimmt … in Betrieb", "stellt … zur Verfügung": a function verb's bare noun is the verb's own
        if len(span) < 2 or any(t.pos == "CARD" for t in span) or _KEEP.search(" ".join(t.word for t in span)):
            continue
        kept = [t.word for t in tokens[:at] + tokens[end:]]
        out.append(re.sub(r"\s+([.,!?])", r"\1", " ".join(kept)))
    return out


def _first_adverbial(text: str) -> list[str]:
    """The clause with the second of two joined adverbials left out ("Kontrolle auf der B 12 und im
    Stadtgebiet" -> "Kontrolle auf der B 12"), where "und" joins two prepositional phrases at its end.

    Two places or times joined by "und" each hold for the act (Duden grammar: coordinated adverbials);
    the first alone states less, never something false. Only a phrase without a word that restricts
    (``_KEEP``) and the last one of the clause (nothing follows it).
    """
    tokens = list(morph.tag(text))
    at = next((i for i, t in enumerate(tokens) if t.word == "und"), None)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].pos not in ("APPR", "APPRART"):
        return []
    if not any(t.pos in ("APPR", "APPRART") for t in tokens[1:at]) or _KEEP.search(text):
        return []
    rest = tokens[at + 1 :]
    if any(t.pos.startswith(("V", "$", "KON")) for t in rest) or any(t.word in ("und", "oder") for t in rest):
        return []
    return [re.sub(r"\s+([.,!?])", r"\1", " ".join(t.word for t in tokens[:at]))]


# Verbs by which a service or a place starts ("Kleinbus startet am 4. Mai in 12 Dörfern"): where it
# starts is where it runs, which the body says; the day is the headline's news.
_STARTING: Final = frozenset(["starten", "beginnen", "öffnen", "eröffnen"])


def _without_final_place(text: str) -> list[str]:
    """The clause without the place phrase that ends it after its day ("startet am 2. März in 38 Dörfern").

    A headline says when and where; the day is the news a reader acts on, the place is in the body
    (news writing: the title carries the core). The place phrase must close the clause, follow a
    time phrase ("am", "ab", "bis" with a number) and hold no word that restricts (``_KEEP``); the rest
    then states the same act with less (omission, never a change).
    """
    tokens = list(morph.tag(text))
    if not any(t.pos.startswith("VV") and (t.lemma or "").lower() in _STARTING for t in tokens):
        return []  # a rule's or a search's place limits it ("Tempo 30 gilt ab 1. Juni in drei Straßen")
    for at, token in enumerate(tokens):
        if token.word.lower() not in ("in", "im") or at < 3:
            continue
        before = [t.word.lower() for t in tokens[max(0, at - 5) : at]]
        if not any(w in ("am", "ab", "bis", "seit") for w in before) or tokens[at - 1].pos not in ("NN", "CARD"):
            continue
        rest = tokens[at:]
        if any(t.pos.startswith(("V", "$", "PTKVZ")) for t in rest) or _KEEP.search(" ".join(t.word for t in rest)):
            return []
        return [morph.join([t.word for t in tokens[:at]])]
    return []


# A noun of a period ("Schuljahr", "Spielzeit", "Wintersemester", "Saison") before its span of years.
# With an article or a contracted preposition before it ("mit dem Schuljahr 2026/27", "zur Saison …") the
# noun points at one period, which only the years name; a bare headline noun ("plant Saison 2026/27")
# names the kind and reads whole without them.
_TIME_SPAN: Final = re.compile(
    r"\b(?:dem|der|das|den|im|zum|zur|ins)\s+\w*(?:jahr|zeit|semester|saison)\s+(?:19|20)\d\d/(?:19|20)?\d\d\b",
    re.IGNORECASE,
)
# A span of years after a noun: "2028/2029", "2028/29" (Duden: Schrägstrich between years).
_YEAR_SPAN: Final = re.compile(r"(?<=[A-Za-zäöüß]) (?:19|20)\d\d/(?:19|20)?\d\d\b")


# A phrase of cause: the preposition, an optional article and adjective, and one noun (its compound
# parts joined by a hyphen or a middle dot), with its genitive attributes ("wegen Erneuerung der Leitungen").
_CAUSE_PHRASE: Final = re.compile(
    r"\b(?:wegen|aufgrund|infolge)\s+(?:(?:der|des|dem|den|eines|einer|einem)\s+)?(?:[a-zäöüß]+[en]\s+)?"
    r"[A-ZÄÖÜ][\wäöüß·-]+(?:\s+(?:der|des)\s+(?:[a-zäöüß]+[en]\s+)?[A-ZÄÖÜ][\wäöüß·-]+"
    r"(?:\s+und\s+(?:der|des)\s+(?:[a-zäöüß]+[en]\s+)?[A-ZÄÖÜ][\wäöüß·-]+)*)?(?=\s+(?:ab|bis|seit|vom|am|im|in|für|zum|zur|zeitweise|vorübergehend|teilweise|"
    r"gesperrt|geschlossen|\w+t)\b|$)"
)


def clause_variants(part: str) -> list[str]:
    """A headline clause and its plainer forms, each stating the clause's news or less.

    The forms: academic titles left out of names; a closure's passive as the state it leads to; the
    first of two clauses joined by "und" that each have their own verb (each is a statement of its
    own, Schlagzeilenstil); one place or purpose attribute left out. The caller rewrites the grammar
    (articles, genitive, tense) and the check decides.
    """
    text = _ACADEMIC.sub("", part.strip().rstrip(".!"))
    forms = [text]
    # A word set in capitals for emphasis ("UNWETTERWARNUNG") is an ordinary noun (no acronym is
    # eight letters long): written as a noun, the rules and the compound splitter can read it.
    shouted = _SHOUTED.sub(lambda m: m.group(0).capitalize(), text)
    if shouted != text:
        forms = [shouted]
        text = shouted
    # "am Donnerstag, 5. März": the date says the day; the weekday beside it is left out (a comma
    # inside the phrase would read as a clause boundary to the headline grammar).
    # A weekday set off by commas with its date goes with both commas ("Am Sonntag, 19. April 2026,
    # findet …"): a comma left after the date splits no clause and reads as broken.
    dated = _WEEKDAY_BEFORE_DATE.sub("", dated_apposition(text))
    if dated != text:
        forms.append(dated)
    # "ab 1. Januar 2027" is "ab 2027": a span from the year's first day starts with the year (the
    # same fact in two words fewer), so a headline one phrase too long still fits the title.
    yearly = _FROM_NEW_YEAR.sub(r"\g<prep> \g<year>", text)
    if yearly != text:
        forms.append(yearly)
    # "Die Stadt Bad Nordau senkt … die Gebühren": the municipality's name after its kind is an apposition
    # (Duden grammar: enge Apposition); "Die Stadt passt … an" states the same act with less, the
    # sender named in the body, so a headline one name too long still fits the title.
    unnamed = _NAMED_MUNICIPALITY.sub(r"\g<kind>", text)
    if unnamed != text:
        forms.append(unnamed)
    # "Teilsperrung wegen Baumfällungen ab 12. Oktober": a phrase of cause ("wegen", "aufgrund",
    # "infolge" + its noun phrase, Duden grammar: kausale Präpositionen) says why, never what, when or
    # for whom; without it the headline states less, nothing false, and its validity ("ab …") can stay.
    for form in list(forms):
        causeless = re.sub(r"\s+", " ", _CAUSE_PHRASE.sub("", form)).strip()
        if causeless != form and len(causeless.split()) >= 2:
            forms.append(causeless)
    state = _STATE_PASSIVE.match(text)
    if state is not None and not ends_without_start(state["rest"], state["part"]):
        aux = "ist" if state["aux"] == "wird" else "sind"
        forms.append(re.sub(r"\s+", " ", f"{state['subject']} {aux} {state['rest']}{state['part']}"))
    for form in list(forms):
        tagged = morph.tag(form)
        joined = next(
            (
                i
                for i, t in enumerate(tagged)
                if t.word == "und" and i + 1 < len(tagged) and tagged[i + 1].pos.endswith("(FIN)") and _finite(tagged[:i])
            ),
            None,
        )
        if joined is not None and not _KEEP.search(" ".join(t.word for t in tagged[joined:])):
            forms.append(re.sub(r"\s+([.,!?])", r"\1", " ".join(t.word for t in tagged[:joined])))
    for form in list(forms):
        # "beschließt Schulplan 2028/2029": a span of two years with a slash after the noun names
        # its edition; the slash is a special character Leichte Sprache avoids, and the noun alone
        # names the same thing the clause is about (it states less, nothing false). Clauses only: an
        # existence frame ("Es gibt …") without its years could read as something new.
        spanless = _YEAR_SPAN.sub("", form)
        if _TIME_SPAN.search(form):
            # "startet mit dem Schuljahr 2026/27": after a noun of a period the years are the period
            # itself; "mit dem Schuljahr" alone names none (judged a cut-off title, session 29).
            spanless = form
        if spanless != form and _finite(morph.tag(spanless)) is not None:
            forms.append(spanless)
    for form in list(forms):
        if _finite(morph.tag(form)) is not None:
            forms += _without_attribute(form)
        forms += _first_adverbial(form)
    for form in list(forms):
        if _finite(morph.tag(form)) is not None:
            forms += _without_final_place(form)
    return list(dict.fromkeys(f for f in forms if f))


def missing_person(part: str) -> str | None:
    """The person a missing-person headline names ("Vermisst: 9-jährige Lea M." -> "die 9-jährige Lea M."),
    in the accusative, ready to follow "sucht"."""
    label = _MISSING_LABEL.match(part.strip())
    if label is None:
        return None
    who = re.sub(r"(?<![A-ZÄÖÜ])[.!]+$", "", label["who"].strip())  # "Max K." keeps its initial's dot
    tagged = morph.tag(who)
    if not tagged:
        return None
    first = who.split()[0]
    if tagged[0].pos == "CARD" and len(tagged) > 1 and tagged[1].word.startswith("-"):
        tagged = (morph.Token(word=first, pos=tagged[1].pos, lemma=first), *tagged[2:])  # "9-jährige" is one word
    if tagged[0].pos == "NE":
        return who  # a name alone: "Lea Muster" is the same in every case
    for ending, (article, accusative) in _ACC_ARTICLE.items():
        if tagged[0].pos == "ADJ(A)" and first.endswith(ending) and not first.endswith("en"):
            return f"{article} {first[: -len(ending)]}{accusative} {who[len(first) :].strip()}".strip()
    return None


def sought_person(asker: str, person: str) -> str:
    """ "Die Polizei sucht die 9-jährige Lea M.": who searches, and whom (missing-person appeal)."""
    return f"{asker} sucht {person}"


# Words that start a counted noun phrase of a headline ("Vier Konzerte …", "Mehr als 20 Stände …").
# "Über", "Rund", "Mehr als" only count with a number after them: "Über Grenzen" is a preposition.
_NUMBER: Final = r"(?:\d[\d.]*|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert|tausend)\b)"
_COUNT_START: Final = re.compile(rf"^(?:(?:Mehr als|Über|Rund|Etwa)\s+)?{_NUMBER}", re.IGNORECASE)

# Measure nouns (Duden grammar: Maßangaben) count another noun ("Drei Jahre Haft", "Zwei Tonnen Müll"):
# the phrase then names a sentence or an amount, not a thing that is offered.
_MEASURES: Final = frozenset(
    {"Jahr", "Monat", "Woche", "Tag", "Stunde", "Minute", "Euro", "Prozent", "Meter", "Kilometer", "Tonne", "Liter"}
)


def counted_phrase(part: str, *, past: bool) -> str | None:
    """ "Vier Konzerte von Februar bis Mai" -> "Es gibt vier Konzerte von Februar bis Mai".

    Schlagzeilenstil names an offer or a tally as a counted plural noun phrase and leaves out the verb
    of being (Duden grammar: Ellipse in Überschriften); the existence frame says the same in a whole
    sentence, and "Es hat … gegeben" where the release reports what happened. Only a phrase of one
    statement: no comma, no verb, no word that restricts (``_KEEP``), a plural noun after the number.
    """
    text = part.strip().rstrip(".!")
    if not _COUNT_START.match(text) or "," in text or _KEEP.search(text):
        return None
    tagged = morph.tag(text)
    if any(t.pos.startswith(("V", "$")) and t.pos != "$(" for t in tagged):
        return None
    head = next((t for t in tagged if t.pos == "NN"), None)
    if head is None or head.word == (head.lemma or head.word) or (head.lemma or "") in _MEASURES:
        return None  # no plural noun ("Vier Konzerte": the lemma is "Konzert"), or a measure ("Drei Jahre Haft")
    phrase = text[:1].lower() + text[1:] if not text[:1].isdigit() else text
    return f"Es hat {phrase} gegeben" if past else f"Es gibt {phrase}"
