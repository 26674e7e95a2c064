"""Rescuer: the time of a statement in a sentence of its own ("Das Haus öffnet. Das ist am …").

Netzwerk Leichte Sprache: one statement per sentence, and the time of a statement in a sentence of
its own ("Die Bibliothek öffnet auch am Samstag. Das gilt ab 5. September."). Many refused sentences
are too long only because of their time phrases ("Am Samstag, 19. September 2026, öffnet das Haus von
11 bis 17 Uhr für alle seine Türen."). This rescuer takes the clause-level time phrases out of a V2
main clause, puts the subject into the Vorfeld when the time stood there (German word order: the
Vorfeld holds one constituent, the subject by default), and says the time in a follower that points
back at the head ("Das ist am …", "Das gilt ab …", "Das geht bis …"). A place given with an address,
or the place of "stattfinden" when the head is still too long, goes into one more follower ("Das ist
in der Aula vom Gymnasium."). A closure state's clock hours follow it as "Das gilt von 8 bis 18 Uhr."
(the restriction stays in the head: "ist für den Durchgangsverkehr gesperrt").

It refuses whenever the time could belong to something else: a time inside a noun phrase ("der
Antrag für die Sitzung am 21. April"), two different times, a time the sentence only compares
("mehr als am …"), a relative day the rewrite did not resolve, a deadline ("bis" with a modal verb
or an act of registering: deadlines.py's business), and every subject it cannot find for sure.
Omission over error (issue 16).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import feminine_singular, lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.places import PLACE_NOUN, place_apart, place_follower
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timephrases import MONTH, WEEKDAY, Phrase, period, said
from pressconv.transforms.easy.timephrases import phrases as time_phrases
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["finite_verb", "offsets_of", "past_tense", "split", "strip_spans", "subject_span", "time_apart"]

_WEEKDAY: Final = WEEKDAY
_MONTH: Final = MONTH
# What may not remain in the head once the time is out: a second time, or a relative one the
# rewrite did not resolve ("am Samstag" with no date, "nächste Woche").
_OTHER_TIME: Final = re.compile(
    rf"\b(?:(?:{_WEEKDAY})(?:s|vormittag|nachmittag|mittag|abend|morgen|nacht)?|{_MONTH}|Uhr|(?:19|20)\d\d|"
    r"heute|morgen|gestern|übermorgen|vorgestern|nächste\w*|kommende\w*|vergangene\w*|letzte\w*|"
    r"Wochenende|(?:am|gegen|jeden)\s(?:Vormittag|Nachmittag|Mittag|Abend)|Jahr|Woche|Monat|"
    r"täglich|werktags|wochentags|jeweils|bisher|zuvor|danach|seit|vorher|frühzeitig|rechtzeitig|spätestens|Frist)\b",
    re.IGNORECASE,
)
# A recurring day ("auch am Samstag", "samstags") may stay in the head of a rule that starts on a
# date: "Die Bibliothek öffnet auch am Samstag. Das gilt ab 5. September." says both facts.
_RECURRING: Final = re.compile(rf"\b(?:am\s(?:{_WEEKDAY})|(?:{'|'.join(d.lower() + 's' for d in WEEKDAYS_DE)}))\b")
# A time the sentence compares with ("mehr als am 3. Mai", "wie bis 17 Uhr") is no time of the
# statement; after "seit"/"zum"/"bis" the phrase is part of a longer one this rescuer does not read.
_COMPARING: Final = re.compile(r"\b(?:als|wie|seit|zum|zur|bis|gegenüber|vor|nach)\s*$", re.IGNORECASE)
# "bis" with a duty or a permission, or with an act of registering or applying, is a deadline
# (deadlines are another rescuer's task): "Anmeldungen sind bis 3. Mai möglich" is no duration.
_DEADLINE: Final = re.compile(
    r"\b(?:müss|muss|könn|kann|konnt|soll|dürf|darf|möglich)|"
    r"(?:meld|bewerb|antrag|beantrag|reich|registr|buch|zahl|abgeb|gebuch|send|schick|frist|abstimm|wähl)",
    re.IGNORECASE,
)
# "bis" gives how long a state or a process lasts only with a verb or predicate of lasting (Duden
# grammar, durative Aktionsart): bleiben, dauern, laufen, gelten, "ist geöffnet/gesperrt/zu sehen".
_DURATIVE: Final = re.compile(
    r"\b(?:bleib\w*|dauer\w*|läuft|laufen|gilt|gelten|geöffnet|offen|geschlossen|gesperrt|zu sehen|zu besichtigen)\b",
    re.IGNORECASE,
)
# A statement that something does not happen or is closed: with its day in a follower it reads as
# "never" first ("Die Bibliothek bleibt geschlossen. Das ist am Montag.").
_NOT_HAPPENING: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|geschlossen|gesperrt|entfällt|entfallen|fällt\w* aus|ausfallen|abgesagt)\b", re.IGNORECASE
)
# A closure or an opening as a state (Zustandspassiv "ist gesperrt", predicate "geschlossen"/"geöffnet"):
# its clock hours say when the state holds, and the state without them is the same state, so the
# hours may follow in "Das gilt von 8 bis 18 Uhr." (road-works and opening-hours notices state a
# closure first and its hours after it). The follower stays with its head (rescue.whole_groups).
_CLOSURE_STATE: Final = re.compile(r"\b(?:gesperrt|geschlossen|geöffnet)\b")
# A negation other than the closure itself: "nicht gesperrt", "keine Sperrung" keep their hours.
_NEGATED: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand|nichts)\b", re.IGNORECASE)
# Clock hours only: "von 8 bis 18 Uhr", "ab 20 Uhr", "bis 6 Uhr" (no day, no date).
_HOURS: Final = re.compile(r"(?:von|ab|bis|zwischen)\s.*\bUhr")
# "für <Tag>" names the day of a statement only with a verb of scheduling ("ist für Montag geplant").
_SCHEDULED: Final = re.compile(r"\b(?:geplant|vorgesehen|angesetzt|terminiert)\b")
_NOMINATIVE: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "kein",
        "keine",
        "alle",
        "viele",
        "einige",
        "mehrere",
        "beide",
        "diese",
        "dieser",
        "dieses",
        "jeder",
        "jede",
        "jedes",
    ]
)
_POSSESSIVE: Final = re.compile(r"(?:mein|dein|sein|ihr|unser|euer)e?", re.IGNORECASE)
# An invitation names its event with "zu" ("lädt zum Tag der offenen Tür am 9. Juni ein", "sind zur
# Versammlung am 3. Mai eingeladen", "zu einem Abend am …"): the time right after that event is the time of what the
# clause says, the press-release convention of an invitation. Only the last phrase before the time
# is read, and it must be the "zum/zur" one (no other preposition after it).
_INVITED_TO: Final = re.compile(
    r"(?:^|\s)(?:zum|zur|zu\s(?:einem|einer|den))\s(?:(?!\b(?:am|im|in|ins|an|auf|mit|für|von|vom|bei|nach|aus|ab|bis|um)\b)[^,])+$"
)
# A street by its German suffix or a street word ("Lindenstraße 4", "Am Markt 3", "Kirchweg 2a").
_STREET: Final = (
    r"(?:[A-ZÄÖÜ][\w-]*(?:straße|weg|platz|gasse|allee|ring|damm|ufer|markt|chaussee)"
    r"|[A-ZÄÖÜ][\w-]*\s(?:Straße|Weg|Platz|Allee|Ring|Markt)|Am\s[A-ZÄÖÜ][\w-]+)"
)
_PLACE: Final = re.compile(
    rf"\b(?:im|in\s(?:der|dem|den)|auf\s(?:dem|der))\s[^,.]+?,\s{_STREET}\s\d+[a-z]?"
    r"(?:\sin\s[A-ZÄÖÜ][\w-]+)?(?:,\s(?:Saal|Raum)\s\d+)?"
)
_DETERMINER: Final = ("ART", "PIAT", "PPOSAT", "PDAT", "CARD")
_NOUN: Final = ("NN", "NE", "NNA")


def offsets_of(text: str, tokens: tuple[morph.Token, ...]) -> list[int] | None:
    """The character offset of each tagged token in ``text``; None when they do not line up."""
    found = morph.spans(text, [token.word for token in tokens])
    return None if found is None else [start for start, _ in found]


def finite_verb(tokens: tuple[morph.Token, ...]) -> int | None:
    """The index of the clause's one finite verb; None with none or several (not one main clause)."""
    finite = [i for i, t in enumerate(tokens) if t.pos.endswith("(FIN)")]
    return finite[0] if len(finite) == 1 else None


def _noun_phrase_end(tokens: tuple[morph.Token, ...], start: int) -> int | None:
    """The index after the noun phrase that starts at ``start``, or None when none starts there.

    A determiner, adjectives and numbers, then one or more nouns ("die Stadtbibliothek Musterstadt"),
    and coordinated noun phrases ("die Bibliothek und das Museum").
    """
    i = start
    if i < len(tokens) and tokens[i].pos in _DETERMINER:
        i += 1
    while i < len(tokens) and tokens[i].pos in ("ADJ(A)", "CARD"):
        i += 1
    if i >= len(tokens) or tokens[i].pos not in _NOUN:
        return None
    while i < len(tokens) and tokens[i].pos in _NOUN:
        i += 1
    if i + 1 < len(tokens) and tokens[i].word in ("und", "oder"):
        more = _noun_phrase_end(tokens, i + 1)
        if more is not None:
            return more
    return i


def _nominative(tokens: tuple[morph.Token, ...], start: int, end: int) -> bool:
    """True when the noun phrase can be a subject by its determiner (refuse "dem", "den", "des", "einer" …)."""
    first = tokens[start]
    if first.pos in _NOUN or first.pos in ("ADJ(A)", "CARD"):
        return True
    word = first.word.lower()
    if word == "der":
        # "der Stadt" is dative or genitive: "der" opens a subject only before a masculine noun the
        # lexicon knows (lexicon.py; a compound by its last part), never a feminine singular.
        head = next((t.word for t in tokens[start:end] if t.pos in _NOUN), "")
        entry = lookup(head)
        return entry is not None and entry.gender == "der" and not feminine_singular(head)
    return word in _NOMINATIVE or bool(_POSSESSIVE.fullmatch(word))


# Prepositions that open a restricting attribute right after a noun of persons or things ("Kinder unter
# 12 Jahren", "Menschen mit Behinderung", "Familien aus dem Viertel", "Wohnungen ab 3 Zimmern").
# "ab"/"bis" open one only with an age ("Kinder ab 6 Jahren"); "Eltern ab sofort", "ab Montag" are times.
_RESTRICTING_ATTRIBUTE: Final = frozenset({"unter", "über", "zwischen", "mit", "ohne", "aus", "außer"})


def _restricting_attribute(tokens: tuple[morph.Token, ...], at: int) -> bool:
    """Whether the preposition at ``at`` may open an attribute that restricts the noun before it."""
    word = tokens[at].word.lower()
    if word in _RESTRICTING_ATTRIBUTE:
        return True
    if word in ("ab", "bis") and at + 2 < len(tokens) and tokens[at + 1].pos == "CARD":
        return tokens[at + 2].word in ("Jahren", "Jahre", "Jahr")
    return False


def subject_span(tokens: tuple[morph.Token, ...], verb: int) -> tuple[int, int] | None:
    """The span of the subject after the finite verb: the first nominative-compatible noun phrase.

    Prepositional phrases before it stay where they are ("gelten im Klinikum neue Zeiten"); an
    adverb or a particle before it refuses, for it may scope over the subject ("nur", "auch").
    """
    i = verb + 1
    while i < len(tokens):
        token = tokens[i]
        if token.pos in ("APPR", "APPRART"):
            end = _noun_phrase_end(tokens, i + 1)
            if end is None:
                return None
            i = end
            if i < len(tokens) and tokens[i].word == "„":
                # "unter dem Motto „Sommer im Park“": a quoted title in apposition ends with its closing quote.
                close = next((j for j in range(i + 1, len(tokens)) if tokens[j].word in ("“", "”")), None)
                if close is None:
                    return None
                i = close + 1
            continue
        if token.word in ("und", "oder") and i + 1 < len(tokens) and tokens[i + 1].pos in ("APPR", "APPRART"):
            i += 1  # "auf allen Stationen und in der Ambulanz": two place phrases joined
            continue
        if token.pos == "PRF":
            i += 1
            continue
        if token.pos == "PIS" and token.word == "man":
            return i, i + 1
        if token.pos == "PPER":
            lemma_ok = token.word == "wir" or (token.word == "es" and tokens[verb].lemma == "geben")
            return (i, i + 1) if lemma_ok else None
        end = _noun_phrase_end(tokens, i)
        if end is None or not _nominative(tokens, i, end):
            return None
        if i > verb + 1 and token.word.lower() == "der" and tokens[i - 1].pos in _NOUN:
            return None  # "im Haus der Stadt": "der" right after a noun opens a genitive attribute
        if end < len(tokens) and tokens[end].word in ("von", "vom", "der", "des"):
            return None  # "der Rat von der Stadt …": where the subject ends is not sure
        if end < len(tokens) and _restricting_attribute(tokens, end):
            # "dürfen Kinder unter 12 Jahren …": the phrase restricts the subject (a postnominal
            # attribute, Duden grammar); moved away from it, "Kinder dürfen unter 12 Jahren …" misreads.
            return None
        return i, end
    return None


def _place_object(between: str) -> bool:
    """True for "sich das Gelände", "die Halle": the verb's object alone, a place by its noun (places.PLACE_NOUN).

    A place takes no time of its own the way an event does ("die Feier am 3. Mai"): a time right
    after a place named as the object ("können sich das Gelände am Samstag ansehen", "öffnet die
    Halle am Montag") is the time of what the clause says.
    """
    tokens = morph.tag(between)
    start = 1 if tokens and tokens[0].pos == "PRF" else 0
    if start >= len(tokens) or tokens[start].pos not in ("ART", "PPOSAT", "PDAT"):
        return False
    end = _noun_phrase_end(tokens, start)
    if end != len(tokens) or any(t.word in ("und", "oder") for t in tokens):
        return False
    return bool(PLACE_NOUN.search(tokens[end - 1].word.lower()))


def _invitation(tokens: tuple[morph.Token, ...]) -> bool:
    """True when the clause's verb is "einladen" ("lädt … ein", "sind … eingeladen")."""
    lemmas = {t.lemma for t in tokens if t.pos.startswith("VV")}
    particle = any(t.pos == "PTKVZ" and t.word == "ein" for t in tokens)
    return "einladen" in lemmas or ("laden" in lemmas and particle)


def _adjuncts_only(between: str) -> bool:
    """True when ``between`` is nothing but prepositional phrases ("am Parkhaus wegen Umbauarbeiten")."""
    tokens = morph.tag(between)
    i = 0
    while i < len(tokens):
        if tokens[i].pos not in ("APPR", "APPRART"):
            return False
        end = _noun_phrase_end(tokens, i + 1)
        if end is None:
            return False
        i = end
    return bool(tokens)


def _invitees(between: str, subject: str) -> bool:
    """True for "der Verein alle Mitglieder": the subject (if it follows the verb), then the accusative of "einladen" alone.

    The accusative of "einladen" names who is invited (Duden: jemanden zu etwas einladen); people
    take no time attribute, so a time right after them is the time of the event they are invited to.
    """
    if subject and not between.startswith(subject + " "):
        return False
    invitees = morph.tag(between[len(subject) + 1 :] if subject else between)
    end = _noun_phrase_end(invitees, 0) if invitees else None
    return end == len(invitees) and not any(t.pos.startswith(("APPR", "V")) for t in invitees)


def past_tense(tokens: tuple[morph.Token, ...], verb: int) -> bool | None:
    """True for a head in Perfekt or Präteritum ("haben … empfangen", "öffnete", "war"); None when unsure.

    "sein" with a participle is a Perfekt ("ist gefahren") or a state ("ist geöffnet", "sind
    eingeladen"); only the day itself can tell, so the caller decides by the date.
    """
    finite = tokens[verb]
    participle = any(t.pos.endswith("(PP)") or _participle_like(t) for t in tokens[verb + 1 :])
    if finite.lemma == "haben" and participle:
        return True
    if finite.lemma == "sein" and any(t.pos == "VV(PP)" and morph.takes_sein(t.lemma) for t in tokens[verb + 1 :]):
        # "ist … gekommen", "ist … gestorben": a verb that forms its Perfekt with "sein" only has no
        # state reading ("sperren" has: "ist gesperrt"), so "sein" with its participle is the Perfekt.
        return True
    if finite.lemma == "sein" and participle:
        # "ist geplant", "ist vorgesehen": verbs of scheduling form their Perfekt with "haben", so
        # "sein" with their participle is a state now (Zustandspassiv, Duden grammar).
        scheduled = any(t.pos.endswith("(PP)") and _SCHEDULED.fullmatch(t.word) for t in tokens[verb + 1 :])
        return False if scheduled and finite.pos == "VA(FIN)" and not finite.word.startswith("war") else None
    if finite.pos == "VA(FIN)" and finite.word.lower().startswith(("war", "hatte")):
        return True
    # The Präteritum passive ("wurde … alarmiert") and the modal Präteritum ("konnte", "musste",
    # "durfte") are past; "sollte"/"wollte" are also Konjunktiv II ("should"), so they stay unsure.
    if finite.lemma == "werden" and finite.word.lower() in ("wurde", "wurden"):
        return True
    if finite.pos == "VM(FIN)" and re.fullmatch(r"(?:konnte|musste|durfte)n?", finite.word.lower()):
        return True
    return finite.pos == "VV(FIN)" and morph.is_preterite(finite.word, finite.lemma)


def _participle_like(token: morph.Token) -> bool:
    """A verb the tagger read as an infinitive that is its own participle ("befahren", "verlassen").

    Verbs with an inseparable prefix and a strong participle in "-en" have one form for both (Duden
    grammar: "hat die Straße befahren", "hat das Haus verlassen"); after "haben" it is the Perfekt.
    """
    if not token.pos.startswith("VV") or not token.lemma:
        return False
    built = morph.participle(token.lemma)
    return built is not None and built[0] == token.word and token.word == token.lemma


def strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the spans, its commas and spaces tidied ("öffnet  für" -> "öffnet für")."""
    out = text
    for start, end in sorted(spans, reverse=True):
        out = out[:start] + " " + out[end:]
    out = re.sub(r"\s+", " ", out).strip()
    out = re.sub(r"^,\s*", "", out)
    return re.sub(r"\s+([,.])", r"\1", out)


def _cut(text: str, phrases: list[Phrase]) -> list[tuple[int, int]]:
    """The character spans to take out: each phrase with the comma that closes its apposition."""
    spans = []
    for phrase in phrases:
        end = phrase.end
        after = text[end:]
        if re.match(r",\s", after) and (phrase.weekday or phrase is not phrases[-1]):
            end += 1  # "am Samstag, 19. September 2026, öffnet": the closing comma of the apposition
        spans.append((phrase.start, end))
    return spans


def _place(text: str, phrases: list[Phrase], verb_end: int) -> tuple[int, int, str] | None:
    """The span and text of a place with an address right after the time or the verb, if any.

    German addresses follow the place in apposition ("im Bürgerhaus, Lindenstraße 4 in Neudorf,"),
    closed by a comma; a place phrase with an address names where something happens.
    """
    for match in _PLACE.finditer(text):
        before = text[: match.start()].rstrip(" ,")
        after_time = any(len(before) == p.end for p in phrases)
        if after_time or len(before) == verb_end:
            end = match.end() + (1 if text[match.end() :].startswith(",") else 0)
            return match.start(), end, match.group(0)
    return None


def _venue(head: str) -> tuple[str, str] | None:
    """ "Für alle Eltern findet in der Aula ein Abend statt." -> ("Für alle Eltern findet ein Abend statt.", "in der Aula").

    The place adjunct of "stattfinden" is the place of the event the clause is about (the verb means
    "take place"), so it may stand in a follower of its own. Only one place phrase, right after the
    finite verb: "in"/"im"/"auf" with its noun phrase and a "vom"/"von der" attribute after it.
    """
    tokens = morph.tag(head)
    verb = finite_verb(tokens) if tokens else None
    offsets = offsets_of(head, tokens) if tokens else None
    if verb is None or offsets is None or tokens[verb].lemma != "finden":
        return None
    if not any(t.pos == "PTKVZ" and t.word == "statt" for t in tokens[verb + 1 :]):
        return None
    start = verb + 1
    if start >= len(tokens) or tokens[start].word not in ("in", "im", "auf"):
        return None
    end = _noun_phrase_end(tokens, start + 1)
    if end is not None and end < len(tokens) and tokens[end].word in ("vom", "von"):
        end = _noun_phrase_end(tokens, end + 1)
    if end is None or end >= len(tokens) or tokens[end].pos in ("APPR", "APPRART", "$,"):
        return None  # a second phrase right after it may belong to the place: not sure where it ends
    if sum(1 for t in tokens[verb + 1 :] if t.word in ("in", "im", "auf", "ins")) > 1:
        return None  # two places
    last = tokens[end - 1]
    cut_from, cut_to = offsets[start], offsets[end - 1] + len(last.word)
    return strip_spans(head, [(cut_from, cut_to)]), head[cut_from:cut_to]


def _follower(phrases: list[Phrase], past: bool, head: str) -> str | None:
    """The sentence that gives the head's time, its verb by the preposition; None for a deadline."""
    first = phrases[0]
    if any(p.kind == "until" for p in phrases) and _DEADLINE.search(head):
        return None  # a deadline of an action, not a duration
    if first.kind == "from":
        if past or len(phrases) > 1:
            return None  # "ab" in the past, or a start date with hours: not one plain rule
        verb = "gilt"
    elif first.kind == "until":
        if len(phrases) > 1:
            return None  # a duration from a day to an hour is two times
        if not _DURATIVE.search(head):
            # "Die Arbeiten sind bis 30. Juni abgeschlossen": "bis" with an act that ends is the act's
            # deadline; "Das geht bis …" after "sind abgeschlossen" would say it is done already (review).
            return None
        verb = "ging" if past else "geht"
    else:
        verb = "war" if past else "ist"
    sentence = f"Das {verb} {said(phrases, weekday=True)}."
    # The follower's "Das" points back at its head by construction (rescue.exempt), so that check is not asked.
    failures = [*rule_failures(sentence), *structure_failures(sentence)]
    if len(words(sentence)) > HARD_LIMIT or any(f.check != "guard.dangling-opener" for f in failures):
        # The date names the day; the weekday beside it only repeats it (a shorter sentence, same
        # fact, and no apposition comma the verifier reads as a clause: "…, um 18 Uhr").
        sentence = f"Das {verb} {said(phrases, weekday=False)}."
    return sentence


def _closure_hours(phrases: list[Phrase], text: str) -> bool:
    """True for a closure or opening state whose one time is its clock hours ("ist von 8 bis 18 Uhr gesperrt").

    Only with no other negation ("nicht gesperrt") and no modal or deadline ("muss bis 18 Uhr
    geschlossen sein" is a duty, deadlines.py), and only for a present state.
    """
    if len(phrases) != 1 or phrases[0].day or not _HOURS.match(phrases[0].text):
        return False
    if not _CLOSURE_STATE.search(text) or _NEGATED.search(text) or _DEADLINE.search(text):
        return False
    return re.search(r"\b(?:ist|sind|bleibt|bleiben)\b", text) is not None


def _closure_follower(phrases: list[Phrase], past: bool) -> str | None:
    """ "Das gilt von 8 bis 18 Uhr.": the hours of a closure state in the present; None in the past."""
    if past:
        return None  # "war gesperrt. Das galt …": a past closure keeps its hours in one sentence
    sentence = f"Das gilt {said(phrases, weekday=False)}."
    failures = [f for f in (*rule_failures(sentence), *structure_failures(sentence)) if f.check != "guard.dangling-opener"]
    return None if failures or len(words(sentence)) > HARD_LIMIT else sentence


def time_apart(context: RescueContext) -> Rescue | None:
    """The refused sentence as a head without its time and a follower that gives the time; or None."""

    if context.source.speech:
        return None  # a speaker's words keep their speaker (the pipeline passes no speech, to be sure)
    found = split(context.text, context.issued)
    return None if isinstance(found, str) else Rescue(found)


def split(text: str, issued: date | None) -> tuple[str, ...] | str:
    """(head, follower[, place]) for a sentence whose time can stand apart, else why not (for tests).

    The place goes apart with the time only as an address ("in der Stadthalle, Marktplatz 3") right
    after the time or the verb: the place of what the clause says, given with its time.
    """
    text = text.strip()
    if not text.endswith(".") or re.search(r"[!?;()\[\]]|:(?!\d)", text[:-1]):
        return "not one plain statement"
    phrases = time_phrases(text)
    if not phrases:
        return "no time phrase"
    days = [p for p in phrases if p.day]
    if len(days) > 1 or len(phrases) - len(days) > 1:
        return "two different times"
    if any(p.text.lower().startswith("für") for p in phrases) and not _SCHEDULED.search(text):
        return "a day given with 'für' that is not a schedule"  # "Karten für den 3. Mai": the cards' day
    if any(_COMPARING.search(text[: p.start]) for p in phrases):
        return "a time compared with, or part of a longer phrase"
    tokens = morph.tag(text)
    offsets = offsets_of(text, tokens) if tokens else None
    verb = finite_verb(tokens) if tokens else None
    if offsets is None or verb is None:
        return "not one main clause"
    verb_start = offsets[verb]
    verb_end = verb_start + len(tokens[verb].word)
    front = [p for p in phrases if p.start < verb_start]
    back = [p for p in phrases if p.start > verb_start]
    if front and (front[0].start != 0 or not re.fullmatch(r"[\s,]*", text[front[-1].end : verb_start])):
        return "a time inside the Vorfeld"  # "Die Sitzung am Montag beginnt …": the time is the noun's
    if len(front) == 2 and not re.fullmatch(r",?\s", text[front[0].end : front[1].start]):
        return "two times in the Vorfeld"
    # The clause without its time: the subject is read there ("öffnet das Haus für alle …").
    spans = _cut(text, phrases)
    place = _place(text, phrases, verb_end)
    if place is not None:
        spans.append((place[0], place[1]))
    rest = strip_spans(text, spans)
    if front:
        # "Ab 7. Juni steht dann der Steg zur Verfügung": "dann" points at the time in the Vorfeld,
        # which the follower now gives; it goes with it (a "dann" without its time points nowhere).
        rest = re.sub(r"^(\S+) dann ", r"\1 ", rest)
    rest_tokens = morph.tag(rest)
    rest_offsets = offsets_of(rest, rest_tokens) if rest_tokens else None
    rest_verb = finite_verb(rest_tokens) if rest_tokens else None
    if rest_offsets is None or rest_verb is None:
        return "not one main clause without its time"
    subject = subject_span(rest_tokens, rest_verb) if front or back else None
    subject_text = ""
    if subject is not None:
        start, end = rest_offsets[subject[0]], rest_offsets[subject[1] - 1] + len(rest_tokens[subject[1] - 1].word)
        subject_text = rest[start:end]
    if front and subject is None:
        return "no sure subject"
    # A time after the verb stands right after it (or "sich"), or right after the subject that
    # follows the verb ("öffnet das Haus von 11 bis 17 Uhr"); anywhere else it may be a noun's.
    vorfeld = _noun_phrase_end(tokens, 0) if not front else None
    fronted_subject = vorfeld == verb and vorfeld is not None and _nominative(tokens, 0, vorfeld)
    for position, phrase in enumerate(back):
        earlier = [(p.start - verb_end, p.end - verb_end) for p in back[:position]]
        between = strip_spans(text[verb_end : phrase.start], earlier)
        between = between.strip(" ,")
        # With the subject in the Vorfeld ("Der Verein plant die Feier am …"), the noun phrase after
        # the verb is an object, and a time right after it may be the object's: only the invitees of
        # an invitation take no time of their own.
        direct = subject is not None and subject[0] == rest_verb + 1
        # "der" + masculine noun is nominative for sure ("ermittelt der Ausschuss"); "die"/"das"/"den" may not be.
        direct = direct and (not fronted_subject or subject_text.split()[0] in ("der", "wir", "man"))
        invitees = _invitees(between, subject_text if direct else "")
        invited = _invitation(tokens) and (_INVITED_TO.search(between) is not None or invitees)
        # "bleibt wegen Bauarbeiten bis Ende März gesperrt": with a verb of lasting, "bis" gives how
        # long the state lasts (durative Aktionsart), whatever prepositional phrases stand before it.
        lasting = phrase.kind == "until" and _DURATIVE.search(text) is not None and _adjuncts_only(between)
        # "ist zwischen A und B von 8 bis 18 Uhr gesperrt": the hours of a closure state, whatever
        # prepositional phrases (a route, a reason) stand before them.
        lasting = lasting or (_closure_hours(phrases, text) and _adjuncts_only(between))
        invited = invited or lasting or _place_object(between)
        if between not in ("", "sich") and not (direct and between == subject_text) and not invited:
            return "a time that may belong to a noun"
    if subject is None or not front:
        head = rest
    else:
        start, end = rest_offsets[subject[0]], rest_offsets[subject[1] - 1] + len(rest_tokens[subject[1] - 1].word)
        head = subject_text[:1].upper() + subject_text[1:] + " " + strip_spans(rest, [(start, end)])
        head = head[:1].upper() + head[1:]
    if place is None and len(words(head)) > HARD_LIMIT:
        found = _venue(head)
        if found is not None:
            head, venue = found
            place = (0, 0, venue)
    # Still too long: a place phrase right after the verb goes into a follower of its own (places.py).
    placed = place_apart(head) if place is None and len(words(head)) > HARD_LIMIT else None
    if placed is not None:
        head = placed[0]
    if "," in head or len(words(head)) < 3:
        return "the head is no single short clause"
    # "länger geöffnet als bisher" compares with the time before the new rule, no second time.
    checked = head.replace("als bisher", "") if phrases[0].kind == "from" else head
    if _OTHER_TIME.search(_RECURRING.sub(" ", checked) if phrases[0].kind == "from" else checked):
        return "a second time, or one left relative"
    head_tokens = morph.tag(head)
    head_verb = finite_verb(head_tokens) if head_tokens else None
    if head_verb is None:
        return "the head has no finite verb"
    if head_tokens[head_verb].lemma in ("sein", "haben", "werden") and len(head_tokens) <= head_verb + 2:
        return "the head says nothing without its time"  # "Einlass ist."
    if any(t.lemma == "dauern" for t in head_tokens):
        return "the head says nothing without its time"  # "Die Sperrung hat gedauert.": the time is the news
    closure = _closure_hours(phrases, head)
    if phrases[0].kind in ("at", "span") and _NOT_HAPPENING.search(head) and not closure:
        # "Die Bibliothek öffnet nicht. Das ist am 3. Mai." reads as a general "never" first; a day
        # given to what does not happen needs the day in the same sentence.
        return "a negated statement with its day"
    tense = past_tense(head_tokens, head_verb)
    when = period(days[0].text, issued) if days else None
    if when is not None and issued is not None:
        if tense and when[0] > issued:
            return "a past tense for a coming day"
        past = bool(tense) or when[1] < issued
    elif tense is None and closure:
        # "sperren", "schließen", "öffnen" form their Perfekt with "haben": "ist gesperrt" is a state now.
        past = False
    elif tense is None and _invitation(head_tokens):
        past = False  # "sind … eingeladen": an invitation is a state now, for a coming event
    elif tense is None:
        return "no day to tell a Perfekt from a state"
    else:
        past = tense
    ordered = sorted(phrases, key=lambda p: (not p.day, p.start))
    follower = _closure_follower(ordered, past) if closure else _follower(ordered, past, head)
    if follower is None:
        return "no plain follower: a deadline, a start in the past or a start with hours"
    if placed is not None:
        # The place takes the head's own tense ("treten in Kraft. … Das gilt im Gebiet …"): a rule in
        # the present still holds there, whatever day it started on.
        tense_of_head = past_tense(placed[2], placed[3])
        where = place_follower(placed[1], placed[2], placed[3], past=past if tense_of_head is None else tense_of_head)
        return head, follower, where
    return (head, follower) if place is None else (head, follower, f"Das ist {place[2]}.")
