"""The news core of a lead or paragraph opener, built from its main clause in one to three short sentences.

News writing puts who does what, when and where into the lead's main clause (inverted pyramid), and
wraps it in officialese: a subject with a genitive or "von" attribute ("Der Stadtrat von der Stadt X"),
a frame ("in seiner Sitzung", "nach langer Debatte", "mit 27 Ja-Stimmen"), a date apposition, a
relative or "um … zu" clause. German grammar tells the parts apart (Duden grammar, Satzglieder):

- the Vorfeld before the finite verb is the subject when it is a noun phrase in the nominative; else
  the subject is the first full noun phrase of the Mittelfeld (Grundabfolge: the nominative first);
- the right bracket (participle, infinitive, separable particle) closes the clause;
- in the Mittelfeld, a noun phrase without a preposition is an object and stays; the prepositional
  phrase right before the right bracket is the verb's complement (Ergänzungen stand last in the
  Mittelfeld: "an die Nachfrage anpassen", "in Betrieb nehmen") and stays; the other
  prepositional phrases are adjuncts (Angaben: frame, manner, reason) and go; a time phrase stays for
  the time sentence (timeout.split) that says it apart ("Das war am 17. Juni 2026.");
- a noun phrase's attributes after its head (a "von" phrase, a genitive, a prepositional attribute)
  go only where the sentence is still too long, the head with its article and adjectives stays;
- a comma-enclosed insertion (apposition, non-restrictive relative clause) goes; a trailing relative,
  "dass" or "um … zu" clause goes; a leading temporal, causal or reporting clause ("Nachdem …",
  "Wie der Vorstand mitgeteilt hat, …") goes, a conditional one ("Wenn …") never (it limits the claim);
- a relative clause after a counted object without article ("verkauft 30 Stühle, die …") goes, never
  one after "alle" or an article (it picks out which ones); a reason ("Wegen …, …") or a purpose
  ("Um … zu …,") in front goes whole; "ab sofort" and a list of days are said in sentences of their own;
- "X hat Y zur neuen Präsidentin gewählt" (a predicative "zu" phrase) is said in two sentences: "X hat
  Y gewählt." and "Y wird die neue Präsidentin von …" (the role in the source's own words and gender).

Nothing is built where a cut could change the meaning (omission over error): a negation or focus word
(nicht, nur, auch, kein, alle …) in a part that would go, a passive without its agent, a pronoun, a
conditional clause. The pipeline's verifier checks every sentence like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import tells_a_death
from pressconv.transforms.easy.eventnouns import QUANTITY_NOUNS
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.leadprep import lead_indexes, protect, restore, without_dateline
from pressconv.transforms.easy.leadsearch import search_appeal
from pressconv.transforms.easy.leadvoice import agentive, impersonal
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.openend import open_end
from pressconv.transforms.easy.phrases import direction
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.verify import rule_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["bare_lead_core", "build_core", "lead_core", "opener", "phrase_end"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# The right bracket: participles, infinitives and separable particles close a German clause.
_BRACKET: Final = ("VV(PP)", "VV(INF)", "VA(INF)", "VA(PP)", "VM(INF)", "PTKVZ", "VV(IZU)")
# The words of a noun phrase (determiners, numbers, adjectives, nouns, names, truncated compounds).
_NOMINAL: Final = ("ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJ(A)", "NN", "NE", "TRUNC", "FM", "NNA", "XY")
_PREPOSITION: Final = ("APPR", "APPRART")
_NP_START: Final = ("ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJ(A)", "NN", "NE", "NNA")
# Words that limit a claim (negation, focus, quantifier): a part holding one never goes, since the rest
# would say more than the source (a dropped nicht/nur/auch/alle is a wrong statement).
_LIMITING: Final = re.compile(
    r"(?i)^(?:nicht|nur|auch|kein\w*|alle\w*|nie|niemals|niemand|nichts|lediglich|ausschließlich|erst|"
    r"höchstens|mindestens|wenigstens|jede\w*|sämtliche\w*|ebenfalls|weder|noch)$"
)
# Time adverbs that point at the writing day (deixis): a summary read later cannot place them, and
# the rules refuse them; the clause is as true without them.
_DEICTIC: Final = frozenset({"heute", "gestern", "morgen", "derzeit", "zurzeit", "aktuell", "jetzt", "nun", "inzwischen"})
# Time adverbs anchored on the clause's own time phrase ("zuletzt im Jahr 2013", "erstmals seit 2019"):
# without that phrase they point at the writing day ("zuletzt angepasst" reads as "recently").
_ANCHORED: Final = frozenset({"zuletzt", "erstmals", "erst", "bisher", "bislang", "seither", "seitdem", "damals", "wieder"})
# Deictic adjectives of a time phrase ("am gestrigen Dienstag"): the date says the day without them.
_DEICTIC_ADJECTIVE: Final = re.compile(r"(?i)^(?:gestrig|heutig|morgig|vergangen|kommend|diesjährig)\w*$")
# A source the clause is attributed to (Duden grammar: "nach", "laut", "gemäß", "zufolge" of
# attribution): "nach Angaben der Polizei", "laut Gutachten". Without it a claim or an estimate reads
# as a fact (easy-judging.md: attribution kept), so such a phrase never goes.
_ATTRIBUTING: Final = frozenset({"laut", "gemäß", "zufolge"})
_EVIDENCE: Final = re.compile(
    r"(?i)^(?:angabe|aussage|auskunft|einschätzung|schätzung|erkenntnis|information|gutachten|bericht|"
    r"mitteilung|darstellung|prognose|berechnung|ansicht|auffassung|meinung|ermittlung|untersuchung|studie|"
    r"umfrage|wort|zeuge|zeugin|stand|sicht)\w*$"
)
# Leading clauses whose main clause is asserted whatever they say: time (nachdem, als, seit), reason
# (da, weil), concession (obwohl). A conditional ("wenn", "falls", "sofern") limits the claim: never cut.
_ASSERTING: Final = frozenset({"nachdem", "als", "seit", "seitdem", "da", "weil", "obwohl", "obgleich"})
# "Wie X mitgeteilt hat, …": the source's attribution of the news (a reporting verb) goes with it.
_REPORTING: Final = frozenset(
    {"mitteilen", "bekanntgeben", "bekannt", "berichten", "informieren", "ankündigen", "melden", "erklären", "mitgeteilt"}
)
# A word at least this common (Zipf scale) is a common noun, no name after another noun.
_COMMON_ZIPF: Final = 3.0
# The suffixes of derived common nouns (Duden grammar, Ableitung: -ung, -heit, -keit, -schaft, -tion …).
# Nouns that name an action (deverbal: "-ung", "-gabe", "-nahme", "-fuhr", "-tion", "-lieferung"): their
# genitive or "von" attribute is the action's object, not an owner (Duden grammar: genitivus objectivus).
_ACTION_NOUN: Final = re.compile(r"(?:ung|ungen|gabe|gaben|nahme|nahmen|fuhr|tion|tionen|verkauf|bau|abholung)$")
_DERIVED_NOUN: Final = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|nisse|tät|täten)$")
_SUBORDINATE: Final = ("KOUS", "PRELS", "PRELAT", "KOUI", "PWAV", "PWS")
# The shared month and weekday names (pressconv._months, when.py), one home for every module.
_MONTHS: Final = "|".join(MONTHS_DE)
_WEEKDAYS: Final = "|".join(WEEKDAYS_DE)
_TIME_WORD: Final = re.compile(
    rf"^(?:{_MONTHS}|{_WEEKDAYS}|Uhr|\d{{4}})$|"
    rf"^(?:{_WEEKDAYS})\w+$|"
    rf"^\w*(?:{_WEEKDAYS.lower()}|wochenende)$"
)
# Prepositions of frame, manner and means ("mit 27 Ja-Stimmen", "nach langer Debatte", "wegen …"): an
# adjunct they open says how or why, never which or where; it may go.
_FRAME: Final = frozenset({"mit", "nach", "wegen", "aufgrund", "trotz", "samt", "nebst", "zum", "infolge", "seit"})
# Prepositions of place and scope: an attribute or adjunct they open picks out which or where.
_SCOPE: Final = frozenset({"in", "im", "an", "am", "auf", "für", "aus", "zwischen", "unter", "bei", "beim", "vor", "über"})
# ("zu", "zum", "zur" open an adjunct of frame only with a number: "zum 25. Mal"; else they open the
# verb's own complement, "lädt zu einem Fest ein", which never goes: see _restricting.)
# A number or quantifier ("19", "Großteil", "meisten", "einzelnen"): it restricts the phrase it stands in.
_QUANTITY: Final = re.compile(
    r"(?i)^(?:\d[\d.,]*|\w*teil\w*|mehrheit|meist\w*|einzeln\w*|viel(?:e|en|er|es|em)?|wenig\w*|manch\w*|einig\w*|mehrer\w*|zahlreich\w*)$"
)
# The words that name a passive's agent (Duden grammar: "von", "durch"; officialese "seitens").
_AGENT_WORD: Final = re.compile(r"(?i)\b(?:von|vom|durch|seitens)\b")
_TEMPORAL_PREPOSITION: Final = frozenset(
    {"am", "an", "im", "in", "um", "ab", "bis", "seit", "vom", "von", "zum", "zu", "gegen"}
)


@dataclass(frozen=True, slots=True)
class _Chunk:
    """One part of the Mittelfeld: a noun or prepositional phrase (its head, then its attributes), an adverb."""

    kind: str  # "np", "pp", "adv", "reflexive", "other"
    parts: tuple[tuple[str, ...], ...]  # the head phrase, then each attribute after it
    time: bool = False
    names: frozenset[str] = frozenset()  # the words the tagger reads as proper names (NE)

    @property
    def words(self) -> tuple[str, ...]:
        """All words of the chunk's parts, in order."""
        return tuple(w for part in self.parts for w in part)

    def cut(self, keep: int, *, actor: bool = False) -> tuple[str, ...] | None:
        """The head and its first ``keep`` attributes, or None when the first attribute that would go restricts the phrase.

        An attribute after a noun attaches to the noun right before it (right-branching German noun
        phrases, the default attachment): the attributes after the first one cut belong to it and go
        with it, so only that first one decides whether the head's referent stays the same.
        """
        if keep + 1 < len(self.parts) and _restricting(self.parts[keep + 1], actor=actor):
            return None
        if not actor and any(w in self.names for part in self.parts[keep + 1 :] for w in part):
            # An object's or complement's attribute that names someone or something ("um Mithilfe bei
            # der Suche nach Anna B.", "die Sperrung von der Hauptstraße in Adorf") is the key fact of
            # the phrase: without it the head says nothing the reader can place (a hollow "bei der
            # Suche"). Only the subject (the actor) may lose its possessor's name: its head still acts.
            return None
        later = self.parts[keep + 2 :] if self.kind == "pp" else ()
        if any(_restricting(part, attribute=False, actor=actor) for part in later):
            # In a prepositional chunk a later phrase may be the verb's own object rather than the
            # noun's attribute ("ist seit Jahren mit Angeboten für Kinder aktiv"): a beneficiary, an
            # exception, a limit or a count never goes with it. A place or direction may.
            return None
        if (
            actor
            and keep + 1 < len(self.parts)
            and self.parts[keep + 1][0].lower() in ("von", "vom", "der", "des")
            and _ACTION_NOUN.search(self.parts[keep][-1])
        ):
            # "Die Ausgabe der Wertmarken", "die Sanierung vom Freibad": after an action noun the
            # possessor is the action's object (genitivus objectivus, Duden grammar) and says what is
            # handed out or repaired; "Die Ausgabe ist …" alone says nothing true the reader can place.
            return None
        if keep and keep + 1 < len(self.parts) and self.parts[keep + 1][0].lower() in ("von", "vom", "der", "des"):
            return None  # "zum Schutz von Wohnraum": the kept attribute's own object would go
        if (
            keep + 1 < len(self.parts)
            and self.parts[keep][-1] in QUANTITY_NOUNS
            and self.parts[keep + 1][0].lower() in ("von", "vom", "der", "des")
        ):
            # "eine Reihe von Maßnahmen", "die Hälfte der Plätze": a noun of quantity counts what its
            # partitive attribute names (Duden grammar: Partitivattribut); "eine Reihe" alone is broken.
            return None
        return tuple(w for part in self.parts[: 1 + keep] for w in part)


def opener(sentences: Sequence[SourceSentence], index: int) -> bool:
    """The sentence opens its paragraph, or stands in the lead paragraph: where news writing states its news."""
    if not 0 <= index < len(sentences):
        return False
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return True
    own = [i for i, s in enumerate(sentences) if not s.heading and not s.speech]
    lead = lead_indexes(sentences, own)
    first = sentences[own[0]].paragraph if own else -1
    return index in (lead or []) or sentences[index].paragraph == first


def _is_time(words: Sequence[str]) -> bool:
    """A prepositional phrase of time: a temporal preposition with a month, weekday, hour or year."""
    return bool(words) and words[0].lower() in _TEMPORAL_PREPOSITION and any(_TIME_WORD.match(w) for w in words[1:])


def _day_part(words: Sequence[str]) -> bool:
    """A phrase naming a day or a part of the week ("am Wochenende", "am Montagabend"): a time, never a place.

    After a subject it is the clause's own adjunct ("bleibt am Wochenende geschlossen"), never an
    attribute that would pick out the subject ("das Freibad am Wochenende").
    """
    return (
        bool(words)
        and words[0].lower() in _TEMPORAL_PREPOSITION
        and any(re.fullmatch(rf"\w*(?:{_WEEKDAYS.lower()}|wochenende)\w*", w.lower()) for w in words[1:])
    )


def _directional(words: Sequence[str]) -> bool:
    """A phrase of direction (phrases.direction): "in ein Wohnhaus", "ins Haus".

    A place attribute of a noun stands in the dative ("die Filialen in der Stadt"); "in + accusative"
    says where to, the complement of a verb of motion ("sind in ein Haus eingebrochen", Duden grammar:
    Wechselpräpositionen), never which one of the subject's kind is meant.
    """
    return direction(words)


def _restricting(words: Sequence[str], *, attribute: bool = True, actor: bool = False) -> bool:
    """A phrase that narrows what the sentence says: its leaving out would make the rest say too much.

    A limiting word (nicht, nur, alle …), a number or quantifier ("in 7 der 12 Gemeinden", "für
    einen Großteil") outside a frame, or a beneficiary or exception ("für Kinder", "außer …"). An
    attribute of place or scope (in, an, auf, aus, zwischen, unter, bei …) picks out its noun's referent
    ("der Arbeitspreis in der Grundversorgung" is one price of several); as an adjunct it only says
    where, and the clause is as true without it. What may go: the possessor ("von der Stadt X", a
    genitive), the frame and manner ("mit 27 Ja-Stimmen", "nach langer Debatte", "samt …").
    """
    if words and words[0] in ("und", "oder", "sowie"):
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    if _limiting(words) or any(_QUANTITY.match(w) for w in words[1:]):
        return first not in _FRAME
    if first in ("für", "außer", "ohne", "ausgenommen", "gegen", "als", "zu", "zum", "zur"):
        return True  # a beneficiary, an exception, or a predicative ("als Verlegung", "arbeitet als …")
    if first in ("pro", "je"):
        # "8 Euro pro Quadratmeter": the unit of a rate (Duden: distributive "pro"); without it the
        # amount would be wrong.
        return True
    named = sum(w[:1].isupper() for w in words[1:]) >= 2 and len(words) <= 5
    if actor and first in ("von", "vom", "der", "des") and not named:
        return True  # "Die Zahl von den Studierenden": a possessor without a name says what the subject is
    if attribute and not actor and first in ("von", "vom", "der", "des", "mit") and any(w[:1].isupper() for w in words[2:]):
        # "die Gebiete von Adorf und Bedorf": a name in the attribute says which ones. Only the actor's
        # (the subject's) possessor may go: "Der Stadtrat von der Stadt X" is the sender's own body.
        return True
    return attribute and first in _SCOPE


def phrase_end(tagged: Sequence[morph.Token], start: int, stop: int) -> int:
    """The end of the noun phrase from ``start``: determiners, adjectives, its noun, a name or number after it.

    After the noun only a close apposition (a name: "die Stadt Musterau", a number: "das Jahr 2027",
    "die K 1234") or a list ("Adorf und Bedorf") continues it; an article or adjective opens the next one.
    """
    i = start
    noun = False
    while i < stop:
        token = tagged[i]
        previous = tagged[i - 1] if i > start else None
        if token.word in ("„", "“", "”", '"'):
            i += 1  # a quoted name is one noun phrase
        elif noun:
            if token.pos in ("NN", "NE", "FM", "XY") and not (previous and previous.pos == "CARD"):
                i += 1
            elif token.pos == "ADJ(A)" and token.word[:1].isupper() and i + 1 < stop and tagged[i + 1].pos in ("NE", "NN"):
                i += 1  # a name's own adjective ("die Sparkasse Oberes Mustertal")
            elif (
                token.pos == "CARD"
                and previous
                and previous.pos in ("NN", "NE")
                and token.word[:1].isdigit()
                and not (i + 1 < stop and tagged[i + 1].pos in ("NN", "ADJ(A)", "NNA"))
            ):
                # "das Jahr 2027", "die Linie 3": a number in digits closes the name; a number before a
                # noun ("in der Stadt zwei Filialen") opens the next phrase, it counts that noun.
                i += 1
            elif token.word in ("und", "oder") and i + 1 < stop and tagged[i + 1].pos in _NOMINAL:
                noun = False
                i += 1
            elif token.word == "," and i + 2 < stop and tagged[i + 1].pos in ("NE", "NN") and _listed(tagged, i, stop):
                i += 1  # a list of names, closed by "und"
            else:
                break
        elif token.pos in ("NN", "NE", "FM", "NNA", "TRUNC"):
            noun = token.pos != "TRUNC"
            i += 1
        elif token.pos in ("ART", "PPOSAT", "PIAT", "PDAT", "CARD", "ADJ(A)", "XY"):
            i += 1
        elif token.word in ("und", "oder", "bis") and previous is not None and previous.pos == "TRUNC":
            i += 1  # "den Schul- und Vereinssport": a truncated compound shares its last part (Ergänzungsstrich)
        elif token.word == "." and previous is not None and previous.pos == "CARD":
            i += 1  # the dot of an ordinal date ("17. Juni")
        elif token.word == "," and previous is not None and previous.pos == "ADJ(A)" and _adjective_next(tagged, i + 1):
            # "neue, einheitliche Öffnungszeiten", "nach kontroverser, rund zweistündiger Debatte": a
            # comma between attributive adjectives of equal rank stands for "und" (Duden, Komma bei
            # gleichrangigen Adjektiven); it is no clause boundary, the noun phrase goes on.
            i += 1
        elif token.word in ("mehr", "weniger") and i + 2 < stop and tagged[i + 1].word == "als":
            i += 2  # "mehr als 3", "nach mehr als zweistündiger Beratung"
        elif (
            token.pos in ("ADV", "PIS", "KOKOM", "ADJ(D)")
            and i + 1 < stop
            and tagged[i + 1].pos in ("CARD", "ADJ(A)", "PIAT", "KOKOM")
        ):
            i += 1  # "rund 14", "mehr als 3", "spätestens 30."
        elif token.word == "bis" and i + 1 < stop and tagged[i + 1].pos in ("CARD", "APPRART", "ADV"):
            i += 1  # "vom 3. Januar bis zum 8. Februar"
        else:
            break
    return i


def _adjective_next(tagged: Sequence[morph.Token], start: int) -> bool:
    """An attributive adjective follows from ``start``, alone or after one adverb ("rund zweistündiger")."""
    stop = len(tagged)
    if start < stop and tagged[start].pos == "ADJ(A)":
        return True
    return start + 1 < stop and tagged[start].pos in ("ADV", "ADJ(D)") and tagged[start + 1].pos == "ADJ(A)"


def _name_like(token: morph.Token) -> bool:
    """A word after a noun that continues it as a close apposition: a name, not a common noun of its own.

    "die Stadt Musterau", "der Landkreis Beispielheim": a rare word or one the tagger reads as a name;
    "in den kommenden Wochen Sprengungen": a common word opens the next noun phrase (the object).
    """
    if _DERIVED_NOUN.search(token.word):
        return False  # a derived common noun ("Sprengungen", "Gesundheit"): its suffix marks no name
    return token.pos in ("NE", "FM", "XY") or zipf(token.word) < _COMMON_ZIPF


def _listed(tagged: Sequence[morph.Token], comma: int, stop: int) -> bool:
    """The comma separates names of a list that "und" or "oder" closes before the phrase ends."""
    for token in tagged[comma + 1 : stop]:
        if token.word in ("und", "oder"):
            return True
        if token.pos not in ("NE", "NN", "$,") and token.word != ",":
            return False
    return False


# Nouns of a phase of time (Duden grammar: nouns that name a point or span of time): a date right after
# them may name when the phase is ("der Beginn der Brutzeit am 1. März", "nach dem Ende der Ferien am …").
_PHASE: Final = re.compile(
    r"(?:beginn|anfang|ende|start|schluss|abschluss|eröffnung|zeit|saison|ferien|frist|phase|periode|pause)$",
    re.IGNORECASE,
)


def _chunks(tagged: Sequence[morph.Token], start: int, stop: int, *, front: bool = False) -> list[_Chunk] | None:
    """The Mittelfeld ``tagged[start:stop]`` cut into its phrases; None where a part cannot be read.

    ``front``: the words are the Vorfeld, which holds exactly one constituent (German verb-second
    order, Duden grammar): two common nouns side by side there are one noun phrase ("Der Fachdienst
    Gesundheit", "Das Amt Jugend und Familie"), never the end of one phrase and the start of the next.
    """
    out: list[_Chunk] = []
    i = start
    joined = False  # an "und" between two time phrases: "am 3. Mai und am 4. Mai" is one list of times
    while i < stop:
        token = tagged[i]
        word = token.word
        if word == "und" and out and out[-1].time and i + 1 < stop and tagged[i + 1].pos in _PREPOSITION:
            # Coordinated time phrases, each with its preposition (Duden grammar: coordination of
            # adverbials): one time list, said as a whole or split by _day_list; never a stray "und".
            joined = True
            i += 1
            continue
        if word == ",":
            # An insertion between commas (apposition, relative clause) goes whole; it must close.
            close = next((j for j in range(i + 1, stop) if tagged[j].word == ","), None)
            if close is None or _limiting([t.word for t in tagged[i:close]]):
                return None
            if out and _limiting(out[-1].words):
                return None  # "alle Kinder, die …": after a quantifier the clause picks out which ones (restrictive)
            opening = tagged[i + 1]
            if opening.pos not in ("PRELS", "PRELAT") and opening.word.lower() not in ("ein", "eine", "einer", "eines"):
                return None  # no relative clause and no loose apposition: a list or a clause, never cut
            i = close + 1
            continue
        skip = open_end([t.word for t in tagged[i:stop]], 0)
        if skip:
            # "bis auf Weiteres" (openend.py): an open end, the clause says the same without it.
            i += skip
            continue
        if [t.word.lower() for t in tagged[i : i + 4]] == ["in", "der", "zeit", "von"]:
            # "in der Zeit von 9 bis 12 Uhr": officialese for the span "von 9 bis 12 Uhr", one time
            # phrase (the "Zeit" is no noun of its own that the span could be the attribute of).
            i += 3
            continue
        if word.lower() == "ab" and i + 1 < stop and tagged[i + 1].word.lower() == "sofort":
            # "ab sofort": a start that is the release's own day, a time phrase without a calendar word
            # (_IMMEDIATE). Said apart as "Das gilt ab sofort." where the clause is too long with it.
            # With a date as its apposition ("ab sofort, 23. Juli 2026,"), the date names the start.
            dated = phrase_end(tagged, i + 3, stop) if i + 3 < stop and tagged[i + 2].word == "," else i + 2
            date_words = [t.word for t in tagged[i + 3 : dated]]
            if dated > i + 3 and any(w in MONTHS_DE for w in date_words):
                out.append(_Chunk("pp", (("ab", *date_words),), True))
                i = dated + 1 if dated < stop and tagged[dated].word == "," else dated
                continue
            out.append(_Chunk("pp", (("ab", "sofort"),), True))
            i += 2
            continue
        # "bis zum 30. September", "bis in den Herbst": "bis" before a preposition is one phrase with it
        # (Duden grammar: "bis" with a second preposition), whatever tag the tagger gives it.
        double = word.lower() == "bis" and i + 1 < stop and tagged[i + 1].pos in _PREPOSITION
        # "ab dem 5. Oktober": a particle before an article or a number inside the Mittelfeld is the
        # preposition the tagger misread (a separable particle stands in the right bracket, at the end).
        particle = token.pos == "PTKVZ" and i + 1 < stop and tagged[i + 1].pos in ("ART", "CARD")
        if token.pos in _PREPOSITION or double or particle or token.pos in _NP_START:
            pp = token.pos in _PREPOSITION or double or particle
            start = i + 2 if double else i + 1 if pp else i
            end = phrase_end(tagged, start, stop)
            if end == start:
                return None
            phrase = tagged[start:end]
            if any(t.pos in ("ART", "PPOSAT", "PDAT", "PIAT") for t in phrase) and not any(
                t.pos in ("NN", "NE", "FM", "NNA") for t in phrase
            ):
                # "auf die mit hohen Temperaturen verbundenen Risiken": an article whose noun comes only
                # after an extended participle attribute (Duden grammar: erweitertes Partizipialattribut);
                # cut there, the phrases would lose their head and the verb its object.
                return None
            pairs = zip(tagged[i:end], tagged[i + 1 : end], strict=False)
            # "Ende Mai", "Anfang Juni": a month after a noun is a date's own part, no second phrase.
            if not front and any(
                a.pos == "NN" and b.pos == "NN" and not _name_like(b) and b.word not in MONTHS_DE for a, b in pairs
            ):
                return None  # "in den Wochen Sprengungen": two common nouns side by side; where a phrase ends is unknown
            parts = [tuple(t.word for t in tagged[i:end])]
            time = pp and _is_time(parts[0])
            # A name takes no attribute: a phrase after it is the clause's own ("Y zur Präsidentin wählen").
            name = not pp and token.pos in ("NE", "NN") and all(w[:1].isupper() for w in parts[0])
            # Attributes after the head: a prepositional phrase (not of time) or a genitive ("der", "des").
            while end < stop and not time and not name:
                nxt = tagged[end]
                if nxt.pos in _PREPOSITION and nxt.word[:1].isupper():
                    # "in der Straße Am Musterplatz": a capitalised preposition opens a name, part of the phrase.
                    sub = phrase_end(tagged, end + 1, stop)
                    parts[-1] = (*parts[-1], *(t.word for t in tagged[end:sub]))
                    end = sub
                    continue
                if nxt.word in ("und", "oder", "sowie") and end + 1 < stop and tagged[end + 1].pos in _PREPOSITION:
                    sub = phrase_end(tagged, end + 2, stop)  # a second attribute of the same noun
                    if sub == end + 2:
                        break
                elif nxt.pos in _PREPOSITION:
                    sub = phrase_end(tagged, end + 1, stop)
                    if sub > end + 1 and _is_time([t.word for t in tagged[end:sub]]) and _PHASE.search(parts[-1][-1]):
                        # "vor dem Beginn der Brutzeit am 1. März": after a noun of a time's phase the date
                        # may be its attribute (when the phase begins), not the clause's; cut apart, the
                        # date would be said of the clause (a judged wrong: "Man schließt die Arbeiten am
                        # 1. März ab." for work finished before then). Which one it is, is unknown.
                        return None
                    if sub == end + 1 or _is_time([t.word for t in tagged[end:sub]]):
                        break
                elif nxt.word in ("der", "des") and nxt.pos == "ART":
                    sub = phrase_end(tagged, end, stop)
                else:
                    break
                parts.append(tuple(t.word for t in tagged[end:sub]))
                end = sub
            if time and any(w in MONTHS_DE for w in parts[0]):
                # "am gestrigen Dienstag, 9. Juni": the date says the day; the deictic adjective goes.
                parts[0] = tuple(w for w in parts[0] if not _DEICTIC_ADJECTIVE.match(w))
            if joined and not time:
                return None  # "am 3. Mai und in der Halle": no list of times; where the "und" belongs is unknown
            if joined:
                out[-1] = _Chunk("pp", ((*out[-1].words, "und", *parts[0]),), True)
                joined = False
            elif time and out and out[-1].time and (parts[0][0].lower() == "bis" or front):
                # "ab dem 1. April bis zum 30. Juni": a span's end belongs to its start, one time phrase;
                # in the Vorfeld, which holds one constituent, "am 18. Mai gegen 19 Uhr" is one time too.
                out[-1] = _Chunk("pp", ((*out[-1].words, *parts[0]),), True)
            else:
                names = frozenset(t.word for t in tagged[i:end] if t.pos == "NE")
                out.append(_Chunk("pp" if pp else "np", tuple(parts), time, names))
            i = end
            continue
        if joined:
            return None
        if token.pos == "PRF":
            out.append(_Chunk("reflexive", ((word,),)))
        elif token.pos == "ADJ(D)":
            out.append(_Chunk("adj", ((word,),)))  # a predicative or an adverbial adjective
        elif token.pos in ("ADV", "PTKNEG"):
            out.append(_Chunk("adv", ((word,),)))
        else:
            out.append(_Chunk("other", ((word,),)))
        i += 1
    return _distributed(out)


def _distributed(chunks: list[_Chunk]) -> list[_Chunk]:
    """``chunks`` with a "jeweils" before a time phrase made part of it: "jeweils von 14 bis 17 Uhr".

    "jeweils" distributes the time over the days before it (Duden: jeweils, each time); it says
    nothing apart from that time and goes or stays with it, never alone ("findet jeweils statt").
    """
    out: list[_Chunk] = []
    for chunk in chunks:
        if chunk.time and out and out[-1].kind == "adv" and out[-1].words[0].lower() == "jeweils":
            out[-1] = _Chunk("pp", (("jeweils", *chunk.words),), True)
        else:
            out.append(chunk)
    return out


# Secondary prepositions of frame (Duden grammar, sekundäre Präpositionen: "im Rahmen von", "im Zuge
# von", "im Zusammenhang mit", "mit Blick auf"): the phrase they open says on what occasion, never who,
# what or where; it may go like "nach langer Debatte".
_FRAME_NOUN: Final = frozenset({"Rahmen", "Zuge", "Zusammenhang", "Vorfeld", "Blick", "Hinblick", "Anlass", "Vorgriff"})


def _framing(words: Sequence[str]) -> bool:
    """A Vorfeld phrase of frame or manner that may go: "mit großer Mehrheit", "im Rahmen von der Aktion X"."""
    if any(_TIME_WORD.match(w) for w in words[1:]):
        return False  # "Mit dem Fahrplanwechsel am 13. Dezember": the time of what the clause says stays
    secondary = len(words) > 1 and words[0].lower() in ("im", "in", "mit") and words[1] in _FRAME_NOUN
    if not secondary and words[0].lower() not in _FRAME:
        return False
    if secondary:
        return not _limiting(words)
    return not (_restricting(words, attribute=False) or _attributed(words))


# Prepositions of reason (Duden grammar, kausale Präpositionen): the phrase they open says why.
_REASON: Final = frozenset({"aufgrund", "wegen", "infolge", "angesichts"})


def _bare(tokens: Sequence[morph.Token]) -> bool:
    """The tokens open with a noun phrase without a determiner: adjectives or numbers, then a common noun."""
    i = 0
    while i < len(tokens) and tokens[i].pos in ("ADJ(A)", "CARD"):
        i += 1
    return i < len(tokens) and tokens[i].pos == "NN"


def _reason(vorfeld: Sequence[morph.Token]) -> bool:
    """The Vorfeld is one phrase of reason ("Wegen des Frosts, der Glätte und …"), which may go.

    The Vorfeld holds one constituent (verb-second order), so everything before the finite verb
    belongs to the reason, commas of its list or apposition too ("vor allem …"). The main clause is
    asserted whatever the reason says, and is as true without it. Not with a limiting word ("nur
    wegen …": "vor allem" is no limit, it picks out an example) nor with a date or hour, which may be
    the time of what the clause says ("Wegen der Sperrung am 3. Mai fährt …").
    """
    words = [t.word for t in vorfeld]
    if len(words) < 2 or words[0].lower() not in _REASON:
        return False
    loose = [w for k, w in enumerate(words) if not (w == "allem" and k and words[k - 1].lower() == "vor")]
    if _limiting(loose) or any(_TIME_WORD.match(w) for w in words):
        return False
    return not any(t.pos.startswith("V") or t.pos in _SUBORDINATE for t in vorfeld)


def _place(chunk: _Chunk) -> bool:
    """A plain place phrase ("im Gewerbegebiet Nord", "auf der Kreisstraße K 12"): no number, no limiting word.

    Only a dative place (Duden grammar, Wechselpräpositionen: "in der", "im", "am", "auf dem"): with
    an accusative ("in das Haus", "auf die Straße") or an article that may be one ("in den …") the
    phrase is a direction the verb governs, never a place of the subject.
    """
    words = chunk.words
    if len(words) < 2 or (
        words[0].lower() not in ("im", "am") and words[1].lower() in _DIRECTION_ARTICLE and not _dative_plural(words)
    ):
        return False
    return (
        chunk.kind == "pp"
        and not chunk.time
        and words[0].lower() in _PLACE
        and not _limiting(words)
        and not any(_QUANTITY.match(w) for w in words[1:])
    )


def _dative_plural(words: Sequence[str]) -> bool:
    """ "in den Dörfern A und B", "an den Schulen": "den" with a plural noun in "-n" is a dative plural, a place.

    The accusative plural takes "die" (Duden grammar, Deklination); "den" before a noun whose form is
    its plural with the dative "-n" (the tagger's lemma differs) is no direction ("in den Wald"). Not a
    weak masculine's "-en" ("den Studenten", "den Kandidaten"), an accusative singular as often.
    """
    if len(words) < 3 or words[1].lower() != "den":
        return False
    noun = next((t for t in morph.tag(" ".join(words[:4]))[2:] if t.pos == "NN"), None)
    return (
        noun is not None
        and noun.word.endswith("n")
        and noun.lemma not in ("", noun.word)
        and not re.search(r"(?:ent|ant|ist|at|oge)en$", noun.word)
    )


_DIRECTION_ARTICLE: Final = frozenset({"das", "die", "den", "ein", "eine", "einen", "diese", "diesen", "dieses"})


def _starting(words: Sequence[str]) -> bool:
    """A time phrase of start without a calendar word: "ab sofort", "ab heute" (it says when a rule begins)."""
    return len(words) == 2 and words[0].lower() == "ab" and words[1].lower() in ("sofort", "morgen", "heute")


def _attributed(words: Sequence[str]) -> bool:
    """A phrase that names the source of a claim ("nach Angaben der Polizei", "laut Gutachten", "X zufolge")."""
    lowered = [w.lower() for w in words]
    return bool(lowered) and (
        any(w in _ATTRIBUTING for w in lowered) or (lowered[0] == "nach" and any(_EVIDENCE.match(w) for w in words[1:]))
    )


def _limiting(words: Sequence[str]) -> bool:
    """One of the words limits the claim (a limiting word or number)."""
    return any(_LIMITING.match(w) for w in words)


# Prepositions that make a time phrase a start or a span: without it a state to come reads as holding
# now ("ab Juni nur noch am Wochenende geöffnet"), and hours as always ("von 8 bis 12 Uhr geöffnet").
# An end ("bis", "seit") may go: what the clause says holds now ("Die Straße ist gesperrt.").
_TIME_BOUNDS: Final = frozenset({"ab", "vom", "von", "frühestens", "zum"})
# "ab sofort": a start on the release's own day, no date; the state it starts holds now.
_IMMEDIATE: Final = ("ab", "sofort")

# Words that open an exception, a condition or a contrast (Duden grammar: einschränkende Angaben):
# a tail after a semicolon or dash that holds one narrows the clause before it.
_EXCEPTING: Final = re.compile(
    r"(?i)\b(?:ausgenommen|außer|ausnahme\w*|abgesehen|ausgeschlossen|aber|jedoch|allerdings|sofern|falls|"
    r"wenn|solange|vorausgesetzt|sondern|lediglich|bis auf)\b"
)
# Verbs of saying and judging (verba dicendi et sentiendi): before a colon they frame what follows as
# a statement of someone, which said alone would turn into a fact.
_SAYING: Final = frozenset(
    {"sagen", "betonen", "erklären", "warnen", "mahnen", "fordern", "kritisieren", "meinen", "finden", "glauben",
     "hoffen", "versprechen", "appellieren", "unterstreichen", "verkünden", "mitteilen", "melden", "berichten",
     "ankündigen", "bekanntgeben", "zeigen", "sein", "wissen", "fragen", "freuen", "bilanzieren", "klarstellen",
     "feststellen", "herausstellen", "hinweisen", "festhalten",
     # Verbs of proposing, planning, asking and checking: what follows them is not decided yet, so
     # said alone it would turn a proposal into a fact ("Die Stadt schlägt vor: Ab Montag …").
     "vorschlagen", "planen", "prüfen", "wünschen", "beantragen", "empfehlen", "erwägen", "beabsichtigen",
     "anregen", "verlangen", "diskutieren", "beraten", "überlegen", "wollen", "vorsehen", "anstreben",
     "bitten", "raten", "entwerfen", "befürworten", "ablehnen"}
)  # fmt: skip


def _announced(text: str, issued: date | None, source: str | None) -> tuple[str, ...] | None:
    """A clause and the clause after its colon, each as its core: "X stellt seinen Betrieb um: Ab Montag …".

    A main clause before a colon announces what the clause after it says in detail (Duden, Doppelpunkt
    before an explanation); both are news. Only where both can be said, the second names its time (a
    dated change, not an opinion), and the first is no verb of saying or judging, whose speaker the
    second would lose. The second is then said without its announcement's words, both in order.
    """
    if text.count(": ") != 1 or re.search(r"; | – | - ", text):
        return None
    before, after = text.split(": ", 1)
    tagged = morph.tag(before + ".")
    verbs = [t for t in tagged if t.pos in _FINITE]
    particle = "".join(t.word for t in tagged if t.pos == "PTKVZ")
    if len(verbs) != 1 or {verbs[0].lemma, particle + verbs[0].lemma} & _SAYING or not after[:1].isupper():
        return None
    reading = _read(_clause(protect(after)))
    if reading is None or not (reading.front_time or any(c.time for c in reading.mittel)):
        return None
    first = build_core(before + ".", issued, source)
    if first is None and len(before.split()) <= HARD_LIMIT and not rule_failures(before + "."):
        first = (before + ".",)  # the announcement is short and plain already
    second = build_core(after, issued, source)
    if first is None or second is None:
        return None
    return (*first, *second)


def _clause(text: str) -> str:
    """The first main clause of ``text``: a teaser before a colon, a tail after a semicolon or dash left out.

    A label of one or two words before a colon ("Strom: Der Preis steigt") names the scope of what
    follows and is never cut (the rest would say too much); a longer teaser without a verb
    ("Sommerspaß in den Ferien: Die Bücherei lädt …") is no part of the news.
    """
    parts = re.split(r"; | – | - ", text, maxsplit=1)
    if len(parts) > 1 and (_limiting(parts[1].split()) or _EXCEPTING.search(parts[1])):
        return ""  # "…; ausgenommen sind …", "– aber nur …": the tail limits the rest, which alone would say too much
    text = parts[0].rstrip(" .") + "."
    if ": " in text:
        before, after = text.split(": ", 1)
        # Any verb form makes the part before the colon a clause, not a teaser: HanTa may read a
        # finite "beantragt" as a participle ("Die Fraktion beantragt: …"), and the clause after the
        # colon would then lose who proposes it (a reviewer's probe).
        if len(before.split()) < 3 or any(t.pos.startswith("V") for t in morph.tag(before + ".")):
            return ""
        text = after
    return text


def _without_insertion(tokens: list[morph.Token]) -> list[morph.Token]:
    """The tokens without a relative clause or loose apposition between a named subject and the finite verb.

    "Die Tafel Musterau, die seit 2007 Lebensmittel ausgibt, muss …", "Die Beispiel GmbH, ein
    Hersteller von Pumpen, hat …": after a name, whose referent is fixed, a relative clause or an
    apposition set off by commas is non-restrictive (Duden grammar: nicht-restriktiver Relativsatz,
    lockere Apposition); it adds a fact about the subject and goes without changing what the main
    clause says. Its end is the comma right before the main clause's finite verb. After a common noun
    ("Die Gebühren, die …") the clause may pick out which ones, and it stays (the clause is refused).
    """
    comma = next((j for j, t in enumerate(tokens) if t.word == ","), None)
    if comma is None or comma < 2 or tokens[0].pos not in ("ART", "NE", "NN"):
        return tokens
    subject = tokens[:comma]
    if any(t.pos.startswith("V") or t.pos in ("KON", "APPR", "APPRART") for t in subject):
        return tokens  # a clause or a phrase before the comma, no plain named subject
    # A name or place adjective names one body only before a singular head ("Die Kronauer Tafel"):
    # "Die Berliner Kitas, die bis Mai keinen Antrag stellen, …" is a set the clause narrows (a reviewer's
    # probe: cut, every Kita of the city would lose its funding). A nominative plural's lemma differs from it.
    head = subject[-1]
    singular = head.pos != "NN" or (head.lemma or head.word) == head.word
    named = singular and any(
        t.pos == "NE" or (t.pos == "ADJ(A)" and t.word[:1].isupper()) or _name_like(t) for t in subject[1:]
    )
    opening = tokens[comma + 1]
    loose = opening.pos in ("PRELS", "PRELAT") or opening.word.lower() in ("ein", "eine", "einer", "eines")
    if not named or not loose:
        return tokens
    for k in range(comma + 2, len(tokens) - 1):
        if tokens[k].word == "," and tokens[k + 1].pos in _FINITE:
            return [*subject, *tokens[k + 1 :]]
    return tokens


def _main_tokens(tagged: Sequence[morph.Token]) -> tuple[list[morph.Token], bool] | None:
    """The main clause's tokens without a leading or trailing subordinate clause, and whether one led."""
    if not tagged or tagged[-1].word not in (".", "!"):
        return None
    tokens = list(tagged[:-1])
    led = False
    if tokens and tokens[0].pos in ("KOUS", "PWAV"):
        lead_word = tokens[0].word.lower()
        comma = next((j for j, t in enumerate(tokens) if t.word == ","), None)
        if comma is None:
            return None
        clause = tokens[:comma]
        reporting = lead_word == "wie" and any(t.lemma.lower() in _REPORTING for t in clause)
        if lead_word not in _ASSERTING and not reporting:
            return None
        tokens, led = tokens[comma + 1 :], True
        if not tokens or tokens[0].pos not in _FINITE:
            return None
    elif tokens and tokens[0].pos in ("KOUI", "APPR") and tokens[0].word.lower() == "um":
        # "Um Geld zu sparen, schließt die Gemeinde …": a leading purpose clause
        # (Duden grammar: Finalsatz) says why; the main clause is asserted whatever it says, and goes
        # on without it. It ends with its zu-infinitive; the main clause's finite verb follows its comma.
        end = next((j for j, t in enumerate(tokens) if t.pos == "VV(IZU)" or (j and tokens[j - 1].pos == "PTKZU")), None)
        if end is None or end + 2 >= len(tokens) or tokens[end + 1].word != "," or tokens[end + 2].pos not in _FINITE:
            return None
        tokens, led = tokens[end + 2 :], True
    else:
        tokens = _without_insertion(tokens)
    # A trailing clause after a comma (relative, "dass", "um … zu", "sodass"): the main clause ends before it.
    for j in range(1, len(tokens) - 1):
        nxt = tokens[j + 1]
        cut = nxt.pos in ("KOUS", "PWS", "PWAV") and nxt.word.lower() not in _ASSERTING | {"bevor", "während", "sodass"}
        if cut and tokens[j].word == ",":
            return None  # "dass", "ob", "wie", "wenn": the verb's object or a condition, never cut
        if tokens[j].word == "," and (nxt.pos in _SUBORDINATE or nxt.word in ("sodass", "um")):
            tail = tokens[j + 1 :]
            if tells_a_death(" ".join(t.word for t in tail)):
                return None  # "…, sodass sie starb": the death is the news, never cut (casualties.py)
            if tokens[j + 1].word != "um" and any(t.pos == "PTKZU" or t.pos == "VV(IZU)" for t in tail):
                return None  # a zu-infinitive after it is the verb's own complement ("bittet X, …, sich zu melden")
            if nxt.pos in ("PRELS", "PRELAT") and (
                _quantified(tokens[:j]) or _continued(tail) or not any(t.pos.startswith("V") for t in tail)
            ):
                # Restrictive after "alle"; the main clause going on after it; or no relative clause at
                # all, which ends with its verb ("am Montag, dem 13. März … statt": an article).
                return None
            if any(_LIMITING.match(t.word) for t in tail) and not _counted_relative(tokens[:j], tail):
                # A comma opens restrictive relative clauses too ("erstattet die Gebühren, die nicht …"):
                # a tail with a limiting word may narrow the noun, and it never goes.
                return None
            tokens = tokens[:j]
            break
    return tokens, led


def _quantified(main: Sequence[morph.Token]) -> bool:
    """The noun phrase right before a relative clause holds a quantifier ("alle Kinder", "jede Familie").

    A relative clause after "alle"/"jede" picks out which ones (restrictive, Duden grammar): "lädt alle
    Kinder, die bis Juni sechs werden, ein" said without it would invite every child.
    """
    k = len(main) - 1
    while k >= 0 and main[k].pos in (*_NOMINAL, "PIDAT", "ADV"):
        if _LIMITING.match(main[k].word):
            return True
        k -= 1
    return False


def _continued(tail: Sequence[morph.Token]) -> bool:
    """The main clause goes on after the relative clause ``tail`` opens: a comma after its finite verb, then more.

    A relative clause ends with its finite verb (verb-final order); words after that verb and a comma
    belong to the main clause ("lädt alle Kinder, die …, zur Einschreibung ein"), which a cut there loses.
    """
    for k, token in enumerate(tail[:-2]):
        if token.pos.startswith("V") and tail[k + 1].word == ",":
            return tail[k + 2].pos not in ("KON", "PRELS", "PRELAT", "KOUS")
    return False


def _counted_relative(main: Sequence[morph.Token], tail: Sequence[morph.Token]) -> bool:
    """A relative clause after a counted object without article ("verkauft rund 40 Bücher, die …") may go.

    A bare number makes the object indefinite (Duden grammar: indefinite noun phrase, an existential
    claim): the relative clause only says more of the things counted, and "verkauft 40 Bücher" is
    as true without it, whatever limiting word the clause holds ("deren Finder sich nicht gemeldet
    haben"). Not after an article or a quantifier ("die 40 Bücher, die …", "alle Kinder, die …"),
    which pick out a set the clause narrows, and not where the main clause limits its claim itself
    ("nur 40", "keine", "mindestens"): its scope may reach into the clause.
    """
    if not tail or tail[0].pos not in ("PRELS", "PRELAT") or len(main) < 3 or _limiting([t.word for t in main]):
        return False
    noun, number, before = main[-1], main[-2], main[-3]
    if number.pos == "ADJ(A)" and len(main) >= 4:
        number, before = main[-3], main[-4]  # "60 gebrauchte Fahrräder"
    return noun.pos == "NN" and number.pos == "CARD" and before.pos not in ("ART", "PDAT", "PPOSAT", "PIAT", "APPRART")


def _nominative(chunk: _Chunk) -> tuple[str, ...] | None:
    """A predicative "zum/zur" phrase as a nominative noun phrase ("zur neuen Präsidentin" -> "die neue Präsidentin").

    "zur" holds a feminine article (zu der), "zum" a masculine or neuter one (zu dem); the adjective of
    the weak declension ends in -en in the dative and in -e in the nominative singular. A masculine noun
    with its own dative ending (weak masculine: "zum Präsidenten") is refused: its nominative cannot be
    read off safely.
    """
    words = chunk.words
    first = words[0].lower()
    head = list(chunk.parts[0][1:])
    nouns = [w for w in head if w[:1].isupper()]
    if first not in ("zur", "zum") or not nouns or any(w[:1].isdigit() for w in words):
        return None  # a number makes it a date ("zum 1. Juli"), no role
    if first == "zum" and not re.search(r"(?:er|or|eur|ist)$", nouns[-1]):
        # "zum" is masculine or neuter (zu dem): only a masculine agent noun in "-er", "-or", "-eur"
        # or "-ist" (Geschäftsführer, Direktor) takes "der"; "zum Ehrenmitglied" is neuter.
        return None
    if nouns[-1].endswith("n") and not nouns[-1].endswith("in"):
        # "zum Präsidenten" (weak masculine), "zur Vorsitzenden" (a nominalised adjective): their
        # nominative is not the dative's form, and reading it off could give a wrong form.
        return None
    out = ["die" if first == "zur" else "der"]
    for word in head:
        if word[:1].islower() and word.endswith("en"):
            word = word[:-1]  # weak adjective: dative "-en" -> nominative "-e"
        out.append(word)
    return (*out, *words[len(chunk.parts[0]) :])


def _named(words: Sequence[str], subject: Sequence[str]) -> tuple[str, ...]:
    """``words`` with a "von der X" the subject names in full ("von der Universität Y") said in full.

    A definite noun phrase taking up a named one ("der Universität" after "der Universität Musterhausen")
    means the same referent (Duden grammar, definite article of a known referent); its name helps the reader.
    """
    text = " ".join(words)
    found = re.search(r"\bvon (?:der|dem) ([A-ZÄÖÜ]\w+)$", text)
    if found is not None:
        named = re.search(rf"\bvon (?:der|dem) {found[1]}((?: [A-ZÄÖÜ][\w\-]+)+)", " ".join(subject))
        if named is not None:
            text += named[1]
    return tuple(text.split())


def _sentence(parts: Sequence[Sequence[str]]) -> str:
    """The words of ``parts`` as one sentence: capitalised, a full stop, no space before a comma or an ordinal dot."""
    text = morph.join([w for part in parts for w in part if w])
    text = re.sub(r"(\d) \.(?= )", r"\1.", text)
    return text[:1].upper() + text[1:] + "."


# The impersonal subject "man" (Duden grammar: the agent of a Passiversatz), as the lead core's subject.
_MAN: Final = _Chunk("np", (("man",),))


@dataclass(frozen=True, slots=True)
class _Reading:
    """A main clause read into its parts: subject, finite verb, Mittelfeld phrases, right bracket."""

    subject: _Chunk
    verb: str
    mittel: tuple[_Chunk, ...]
    bracket: tuple[str, ...]
    front_time: tuple[str, ...]
    perfect: bool = False  # "hat … gewählt": a past event, whose time follower says "war"
    closed: bool = False  # the source clause had a right bracket (a passive said with "man" may lose it)
    front_scope: tuple[str, ...] = ()  # a place or scope in the Vorfeld, said where it stands

    def said(self, subject: Sequence[str], phrases: Sequence[Sequence[str]], *, timed: bool = True) -> str:
        """The clause as one sentence: the subject first, or a kept scope first and the subject after the verb."""
        if self.front_scope:
            return _sentence([self.front_scope, (self.verb,), subject, *phrases, self.bracket])
        return _sentence([subject, (self.verb,), self.front_time if timed else (), *phrases, self.bracket])


# The preterite-present verbs (Präteritopräsentia, Duden grammar) and their compounds: their present
# has the shape of a Präteritum, which no tagger tells apart safely.
_PRETERITE_PRESENTS: Final = ("dürfen", "können", "mögen", "müssen", "sollen", "wollen", "wissen")


def _perfect(verb: morph.Token, bracket: Sequence[morph.Token], *, preterite: bool) -> tuple[str, tuple[str, ...]] | None:
    """A Präteritum verb as Perfekt (auxiliary, participle with its particle), or None when it is none or unknown.

    Leichte Sprache tells the past in the Perfekt (Netzwerk Leichte Sprache); the auxiliary agrees with
    the verb's own number ("verließ" singular, "verließen" plural).
    """
    if verb.pos != "VV(FIN)" or not morph.is_preterite(verb.word, verb.lemma) or not preterite:
        return None
    if verb.lemma.endswith(_PRETERITE_PRESENTS):
        return None  # "bedarf", "weiß": a present that looks like a Präteritum (Präteritopräsentia)
    if any(t.pos != "PTKVZ" for t in bracket):
        return None
    particle = bracket[-1].word if bracket else ""
    found = morph.participle(verb.lemma if not particle else particle + verb.lemma, particle)
    if found is None:
        return None
    plural = verb.word.endswith("en")
    auxiliary = {"haben": ("hat", "haben"), "sein": ("ist", "sind")}[found[1]][plural]
    return auxiliary, (found[0],)


def _complement(words: Sequence[str], *, bracket: bool) -> bool:
    """A prepositional phrase at the end of the Mittelfeld that reads as the verb's complement.

    Before a right bracket, any phrase but a possessor, a frame ("mit 27 Stimmen", "bei 9
    Gegenstimmen") or one with a number; without a bracket, only one without an article, a fixed
    verb complement ("in Betrieb nehmen", "in Kraft treten", "zur Verfügung stellen").
    """
    first = words[0].lower()
    if first in ("von", "vom", "der", "des", "und", "oder", "sowie", "bei", "beim", "für") or first in _FRAME:
        return False  # a possessor, a frame, or "für" (an attribute: "das Amt für Ländliche Entwicklung")
    if not words[0][:1].islower() or any(_QUANTITY.match(w) for w in words[1:]):
        return False
    # Without a bracket: "in Betrieb nehmen", "in Kraft setzen", "zur Verfügung stellen", "zu Ende bringen".
    return bracket or (len(words) == 2 and words[1][:1].isupper() and first in ("in", "zu", "zur", "zum"))


def _read(clause: str, *, agentless: bool = False) -> _Reading | None:
    """``clause`` read as subject, verb, phrases and bracket, or None where it is no plain active main clause."""
    found = _main_tokens(morph.tag(clause))
    if found is None:
        return None
    tokens, led = found
    finite = next((j for j, t in enumerate(tokens) if t.pos in _FINITE), None)
    if finite is None:
        return None
    if any(
        t.pos in ("PPER", "PDS", "PPOSS", "PRELS", "KOUS", "PWS", "PWAV") or t.word.lower() == "es" for t in tokens[finite:]
    ):
        return None  # a pronoun points at something this sentence alone does not name; a clause is left
    end = len(tokens)
    while end > finite + 1 and tokens[end - 1].pos in _BRACKET:
        end -= 1
    bracket = tokens[end:]
    verb = tokens[finite]
    if any(t.pos in _FINITE for t in tokens[finite + 1 :]):
        return None  # a second finite verb: two clauses, not one
    if verb.pos == "VM(FIN)" and not any(t.pos in ("VV(INF)", "VA(INF)", "VM(INF)") for t in bracket):
        return None  # a modal without its infinitive ("Mitmachen kann grundsätzlich, wer …")
    if verb.lemma in ("sollen", "wollen") and bracket and bracket[-1].word in ("haben", "sein"):
        # "soll … geschlagen haben": with a perfect infinitive "sollen" reports a claim of others, "wollen"
        # one of the subject (Duden grammar, Modalverben: epistemic use). Its time said apart ("Das war
        # 2025.") would state the claimed act as a fact; the lead is left to the other rescuers.
        return None
    # A passive: said with "man" where its form and patient are plain (leadvoice.py), else refused,
    # since an active sentence would have to invent its agent.
    passive = any(t.pos == "VV(PP)" for t in bracket) and (
        verb.lemma == "werden" or any(t.word in ("worden", "werden") for t in bracket)
    )
    vorfeld = tokens[:finite]
    front_time: tuple[str, ...] = ()
    front_scope: tuple[str, ...] = ()
    patient: Sequence[morph.Token] = ()
    if len(vorfeld) == 1 and vorfeld[0].word == "Man" and not passive:
        # "Man bearbeitet …": the impersonal subject (a passive the rewrite has said in the active).
        subject, mittel = _MAN, _chunks(tokens, finite + 1, end)
        if mittel is None:
            return None
    elif vorfeld and not led and vorfeld[0].pos in ("ART", "NE", "NN", "NNA", "ADJ(A)", "PIAT", "CARD", "PPOSAT"):
        if vorfeld[0].word.lower() in ("den", "dem", "des"):
            return None  # an object in front (OVS)
        if _bare(vorfeld) and finite + 1 < end and _bare(tokens[finite + 1 : end]):
            # "Gutscheine erhalten Familien mit kleinen Kindern": two noun phrases without an
            # article show no case, and the object may stand first (OVS); who gets what is unsure.
            return None
        front = _chunks(vorfeld, 0, len(vorfeld), front=True)
        mittel = _chunks(tokens, finite + 1, end)
        if front is None or len(front) != 1 or front[0].kind != "np" or mittel is None:
            return None
        subject = front[0]
        patient = vorfeld[: len(subject.parts[0])]
    else:
        if vorfeld and _reason(vorfeld):
            pass  # a reason in front goes whole, its commas with it (_reason)
        elif vorfeld:
            front = _chunks(vorfeld, 0, len(vorfeld), front=True)
            if front is not None and len(front) > 1 and all(c.kind == "pp" for c in front):
                # The Vorfeld holds one constituent (verb-second order): "In der Nacht von Samstag auf
                # Sonntag", "Mit dem Fahrplanwechsel am 13. Dezember" are one phrase, its parts attributes.
                words = tuple(w for c in front for w in c.words)
                names = frozenset(w for c in front for w in c.names)
                front = [_Chunk("pp", (words,), _is_time(words) and not _framing(words), names)]
            if front is None or len(front) != 1 or front[0].kind != "pp":
                return None
            if front[0].time:
                # After the verb in the core's subject-first order, the preposition is no sentence start.
                front_time = (front[0].words[0].lower(), *front[0].words[1:])
            elif not _framing(front[0].words):
                # A place or scope in front limits the clause ("Im Landkreis X gilt …", "Für den See
                # gilt …"): it never goes, so it stays where it stands, the clause in verb-second order
                # behind it. Not with a comma inside (a relative clause there may narrow it). A passive
                # keeps it in front too ("Im Landkreis X wählt man …", "… wählen die Bürger …").
                if any(t.word == "," for t in vorfeld):
                    return None
                front_scope = front[0].words
        man = finite + 1 < end and tokens[finite + 1].word == "man" and not passive
        mittel = _chunks(tokens, finite + (2 if man else 1), end)
        # A time phrase or an adverb may stand before the subject in the Mittelfeld ("Im Landkreis gilt
        # ab sofort ein Abkochgebot": Duden grammar, Angaben before the nominative); the subject is the
        # first noun phrase after them. Not a limiting word ("gilt nur ein Gebot"): said after the
        # subject, its scope would change. In a passive only an adverb or a time: its patient is the
        # first noun phrase after them, said as the object of "man" after the same times (_active); a
        # place there would go as an adjunct, and the rule would read as holding everywhere.
        ahead = 0
        while (
            mittel
            and ahead < len(mittel) - 1
            and (
                mittel[ahead].kind == "adv"
                or mittel[ahead].time
                or (not passive and (_place(mittel[ahead]) or _starting(mittel[ahead].words)))
            )
            and not _limiting(mittel[ahead].words)
        ):
            ahead += 1
        offset = finite + 1 + sum(len(c.words) for c in mittel[:ahead]) if mittel else finite + 1
        if man and mittel is not None:
            subject = _MAN  # "Ab Montag bearbeitet man …": the impersonal subject after the verb
        elif not mittel or mittel[ahead].kind != "np" or mittel[ahead].words[0].lower() in ("den", "dem", "des"):
            return None
        else:
            subject, mittel = mittel[ahead], [*mittel[:ahead], *mittel[ahead + 1 :]]
            after_subject = mittel[ahead] if ahead < len(mittel) else None
            if (
                after_subject is not None
                and after_subject.kind == "pp"
                and not after_subject.time
                and _restricting(after_subject.words)
                and not _directional(after_subject.words)
            ):
                # "können Familien mit geringem Einkommen … beantragen": a phrase right after a subject
                # of the Mittelfeld may be its attribute (right-branching noun phrases), and one that
                # narrows it ("mit geringem Einkommen", "unter 6 Jahren") never goes: without it the
                # clause would say all families may apply (omission over error).
                return None
            patient = tokens[offset : offset + len(subject.parts[0])]
            # After a subject in the Mittelfeld, only a possessor ("von der X", a genitive) is surely its
            # attribute; a prepositional phrase after it is the clause's own adjunct or complement. A
            # passive's subject stays whole: it becomes the object, and its phrases follow it as before.
            own = 1 if not passive else len(subject.parts)
            while own < len(subject.parts) and subject.parts[own][0].lower() in ("von", "vom", "der", "des"):
                own += 1
            loose = [_Chunk("pp", (part,), _is_time(part)) for part in subject.parts[own:]]
            while loose and _place(loose[0]) and not _day_part(loose[0].words) and not front_scope:
                # "eine Lagerhalle im Gewerbegebiet Nord": a place after the subject stays with it. Read
                # as its attribute or as the clause's own, it says the same where (the hall is where it
                # burned), and a subject's place attribute never goes (cut).
                own, loose = own + 1, loose[1:]
                while loose and loose[0].words[0].lower() in ("von", "vom", "der", "des"):
                    own, loose = own + 1, loose[1:]  # the place's own possessor ("in der Altstadt von Adorf")
            if loose and not loose[0].time and _restricting(loose[0].words) and not _directional(loose[0].words):
                if not front_scope:
                    return None  # "die Filialen in A und B": it may be the subject's own attribute, which never goes
                # After a kept scope the clause keeps its source order (scope, verb, subject): the phrase
                # stays right after the subject, whichever it belongs to, and nothing of it goes: it may
                # be the verb's own complement ("stehen die Fälle in Zusammenhang mit der Schule X").
                subject, own, loose = _Chunk("np", (subject.words,), names=subject.names), 1, []
            subject, mittel = (
                _Chunk("np", subject.parts[:own], names=subject.names),
                [*mittel[:ahead], *loose, *mittel[ahead:]],
            )
            if tokens[offset + len(subject.words)].word == "," if offset + len(subject.words) < end else False:
                return None  # a list of subjects
    if subject is not _MAN and (
        _limiting(subject.parts[0]) or not any(w[:1].isupper() for w in subject.parts[0][1:] + subject.parts[0][:1])
    ):
        return None
    if any(c.kind == "other" for c in mittel):
        return None
    mittel = list(mittel)
    if mittel and len(mittel[-1].parts) > 1 and _complement(mittel[-1].parts[-1], bracket=bool(bracket)):
        # The last prepositional phrase before the right bracket is the verb's complement ("an das
        # Nachfrage anpassen", "in Betrieb nehmen"), not the attribute of the noun before it.
        tail = mittel[-1].parts[-1]
        mittel[-1:] = [_Chunk(mittel[-1].kind, mittel[-1].parts[:-1], mittel[-1].time), _Chunk("pp", (tail,))]
    if passive:
        active = _active(subject, patient, verb, bracket, tokens, finite, mittel, front_time, agentless=agentless)
        return replace(active, front_scope=front_scope) if active is not None and front_scope else active
    words = tuple(t.word for t in bracket)
    perfect = verb.lemma == "haben" and any(t.pos in ("VV(PP)", "VV(INF)") for t in bracket)
    past = _perfect(verb, bracket, preterite=any(f.check == "rule.praeteritum" for f in rule_failures(clause)))
    if past is not None:
        perfect = past[0] in ("hat", "haben")
        return _Reading(subject, past[0], tuple(mittel), past[1], front_time, perfect=perfect, front_scope=front_scope)
    return _Reading(subject, verb.word, tuple(mittel), words, front_time, perfect=perfect, front_scope=front_scope)


def _active(
    subject: _Chunk,
    patient: Sequence[morph.Token],
    verb: morph.Token,
    bracket: Sequence[morph.Token],
    tokens: Sequence[morph.Token],
    finite: int,
    mittel: Sequence[_Chunk],
    front_time: tuple[str, ...],
    *,
    agentless: bool,
) -> _Reading | None:
    """A passive clause read in the active with "man" (leadvoice.py): the old subject is the first object.

    ``agentless``: the source sentence holds no "von", "vom", "durch" or "seitens" at all, so every
    "von" here is a genitive the rewrite said with "von" (rewrite.py), never an agent. Else only the
    Mittelfeld is searched for an agent: the Vorfeld is one constituent (German verb-second order), so a
    "von" there is an attribute of the subject; after the verb, a "von" may be either, and it refuses.
    """
    if judged_elsewhere(tuple(tokens), bracket[0]):
        return None
    found = impersonal(patient, verb, bracket, tokens[finite + 1 :], agentless=agentless)
    if found is None:
        return _agentive(subject, verb, bracket, mittel, front_time)
    if len(found.patient) != len(subject.parts[0]):
        return None
    object_ = _Chunk("np", (found.patient, *subject.parts[1:]))
    # A time phrase right after the verb stays before the object ("Man erneuert ab Montag die
    # Leitungen"): after it, it could read as the object's attribute, and the time apart refuses it.
    times = 0
    while times < len(mittel) and mittel[times].time:
        times += 1
    phrases = (*mittel[:times], object_, *mittel[times:])
    return _Reading(_MAN, found.verb, phrases, found.bracket, front_time, perfect=found.perfect, closed=True)


def _agentive(
    subject: _Chunk, verb: morph.Token, bracket: Sequence[morph.Token], mittel: Sequence[_Chunk], front_time: tuple[str, ...]
) -> _Reading | None:
    """A passive with one "von"/"vom" phrase of its own in the Mittelfeld read with that agent as the subject.

    Only a subject without attributes (a "von" among them could be the agent) and an agent phrase
    without any: the bare clause goes to the voice repairs (leadvoice.agentive), the other phrases
    follow its object as before. A harm or judging verb is refused there as everywhere.
    """
    # Not "durch": it names a path or a means as often as an agent ("wird durch die Altstadt umgeleitet"),
    # and the phrase alone does not tell them apart (a reviewer's probe: "Die Altstadt leitet … um").
    agents = [k for k, c in enumerate(mittel) if c.kind == "pp" and c.words[0].lower() in ("von", "vom")]
    if len(agents) != 1 or len(subject.parts) != 1 or len(mittel[agents[0]].parts) != 1:
        return None
    said = agentive(subject.words, verb.word, mittel[agents[0]].words, [t.word for t in bracket])
    reading = _read(said) if said is not None else None
    if reading is None or reading.front_time or len(reading.mittel) != 1 or reading.subject is _MAN:
        return None
    rest = [c for k, c in enumerate(mittel) if k != agents[0]]
    times = 0
    while times < len(rest) and rest[times].time:
        times += 1
    phrases = (*rest[:times], *reading.mittel, *rest[times:])
    said_time, perfect = front_time, reading.perfect
    return _Reading(reading.subject, reading.verb, phrases, reading.bracket, said_time, perfect=perfect, closed=True)


def _variants(reading: _Reading, *, apart: bool = False) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
    """The subject and the kept Mittelfeld phrases, from the fullest to the shortest allowed, each with its time.

    ``apart``: every time phrase is said in a sentence of its own (``_dated``), none is lost, so no
    time phrase counts as one that would go.
    """
    mittel = reading.mittel
    pps = [k for k, c in enumerate(mittel) if c.kind == "pp" and not c.time]
    complement: int | None = None
    bracketed = bool(reading.bracket) or reading.closed
    if pps and pps[-1] == len(mittel) - 1 and (bracketed or _complement(mittel[-1].words, bracket=False)):
        complement = pps[-1]
    elif pps and not reading.bracket and not any(c.kind == "np" for c in mittel):
        complement = pps[0]
    times = [k for k, c in enumerate(mittel) if c.time]
    negated = any(_limiting(c.words) for c in mittel if c.kind in ("adv", "adj"))
    # A reflexive verb takes its prepositional object (sich einsetzen für, sich kümmern um, sich
    # beteiligen an: Duden grammar, Präpositionalobjekt): none of its phrases may go, not even in part.
    reflexive = any(c.kind == "reflexive" for c in mittel)
    if any(c.kind == "adv" and c.words[0].lower() in _DEICTIC for c in mittel):
        # "Das Hallenbad bleibt morgen geschlossen": without its "morgen" the clause says it is closed
        # for good. A time adverb is the claim's scope, which never goes (omission over error).
        return []
    if not bracketed and not any(c.kind == "np" for c in mittel) and len(pps) > 1:
        return []  # several phrases, none surely the verb's complement: which one may go is unknown
    for k, chunk in enumerate(mittel):
        dropped = not (chunk.kind in ("np", "reflexive", "adv", "adj") or k == complement or k in times[:1])
        dropped = dropped and not (apart and chunk.time)
        if dropped and any(_restricting(part, attribute=False) for part in chunk.parts):
            # A phrase that limits the clause would go, or an attribute of it that does: "auf vielen
            # Ebenen für eine gerechte Gestaltung …" is one chunk, and its "für" part may be the
            # verb's own object ("sich für etwas einsetzen"), which the rest would then lack.
            return []
        if dropped and _attributed(chunk.words):
            return []  # "nach Angaben der Polizei": without its source, a claim would become a fact
        if dropped and chunk.kind == "pp" and not chunk.time and reflexive:
            return []
        if dropped and chunk.kind == "pp" and not chunk.time and negated:
            return []  # "wirkt bei X nicht mit": the negation's scope may hold the phrase; it never goes
    kept = [k for k, c in enumerate(mittel) if c.kind in ("np", "pp") and (c.kind == "np" or k == complement)]
    out: list[tuple[tuple[str, ...], list[tuple[str, ...]]]] = []
    subjects = [reading.subject.cut(n, actor=True) for n in range(len(reading.subject.parts) - 1, -1, -1)]
    fullest = max((len(mittel[k].parts) for k in kept), default=1)
    for level in range(fullest, 0 if not reflexive else fullest - 1, -1):
        for subject in subjects:
            if subject is None:
                continue
            phrases: list[tuple[str, ...]] = []
            ok = True
            for k, chunk in enumerate(mittel):
                if chunk.kind == "adv" and chunk.words[0].lower() in _DEICTIC:
                    continue
                if chunk.time:
                    phrases.append(chunk.words if k == (times[0] if times else -1) else ())
                    continue
                if chunk.kind in ("reflexive", "adv", "adj"):
                    # "gemeinsam mit seiner Frau": the adverb and its "mit" phrase name the partners
                    # together (Duden: gemeinsam mit); without the phrase, "gemeinsam" points at nobody.
                    partner = k + 1 < len(mittel) and mittel[k + 1].kind == "pp" and k + 1 not in kept
                    alone = chunk.words[0].lower() == "gemeinsam" and partner and mittel[k + 1].words[0] == "mit"
                    phrases.append(() if alone else chunk.words)
                elif k in kept:
                    cut = chunk.cut(min(level, len(chunk.parts)) - 1)
                    if cut is None:
                        ok = False
                        break
                    phrases.append(cut)
                else:
                    phrases.append(())
            if ok:
                out.append((subject, phrases))
    return out


def _kept(reading: _Reading) -> list[_Chunk]:
    """The Mittelfeld's chunks without the deictic adverbs, in the order ``_variants`` gives its phrases."""
    return [c for c in reading.mittel if not (c.kind == "adv" and c.words[0].lower() in _DEICTIC)]


_PLACE: Final = frozenset({"in", "im", "an", "am", "auf"})


def _placed(subject: Sequence[str], reading: _Reading, phrases: Sequence[Sequence[str]]) -> tuple[str, ...] | None:
    """The clause with the place attributes of its last phrase said apart: "Das ist in …", "Das ist auch an …".

    "warnt vor einem Hochwasser in den Gebieten von A und B und an der oberen C": the place of the
    event noun, each coordinated place its own follower (one statement a sentence); the head with the
    follower right after it says what the source says, and a group stands only whole (rescue.whole_groups).
    """
    kept = _kept(reading)
    index = max((k for k, p in enumerate(phrases) if p), default=-1)
    if reading.front_scope:
        return None  # a kept scope in front stands with its clause whole, no place said apart
    if index < 0 or kept[index].kind not in ("np", "pp"):
        return None
    chunk = kept[index]
    first = next((k for k, part in enumerate(chunk.parts) if k and part[0].lower() in _PLACE), None)
    if first is None:
        return None
    groups: list[list[str]] = []
    for part in chunk.parts[first:]:
        opening = part[1] if part[0] in ("und", "oder", "sowie") and len(part) > 1 else part[0]
        after = part[2] if part[0] in ("und", "oder", "sowie") and len(part) > 2 else part[1] if len(part) > 1 else ""
        if opening.lower() in _PLACE and after.lower() not in ("der", "den", "dem") and opening.lower() not in ("im", "am"):
            return None  # "an das …", "in die …": a direction the verb governs; "in Betrieb": no place
        if opening.lower() in _PLACE and groups and part[0] not in ("und", "oder", "sowie"):
            # "in der Friedhofstraße im Ortsteil Steinau": a place right after a place, not coordinated,
            # is its attribute (right-branching noun phrases): one place, never a second one ("auch").
            groups[-1].extend(part)
        elif opening.lower() in _PLACE:
            groups.append([*part[1:]] if part[0] in ("und", "oder", "sowie") else [*part])
        elif opening.lower() in ("von", "vom", "der", "des") and groups:
            groups[-1].extend(part)
        else:
            return None
    if any(part[0] == "oder" for part in chunk.parts[first:]):
        return None  # "in A oder B": a choice, not two places
    head = [*phrases]
    head[index] = tuple(w for part in chunk.parts[:first] for w in part)
    sentence = _sentence([subject, (reading.verb,), *head, reading.bracket])
    verb = "war" if reading.perfect else "ist"
    followers = [f"Das {verb} {'auch ' if k else ''}{' '.join(group)}." for k, group in enumerate(groups)]
    found = (sentence, *(_sentence([f.rstrip(".").split()]) for f in followers))
    return found if all(len(p.split()) <= HARD_LIMIT for p in found) else None


def _dated(reading: _Reading, read: str, substantial: Callable[[Sequence[Sequence[str]]], bool]) -> tuple[str, ...] | None:
    """The clause without its times, then one sentence for each day of a list and one for its hours.

    "findet am Montag, 4. Mai, und am Freitag, 8. Mai, jeweils von 9 bis 12 Uhr statt": a list
    of days is said one day a sentence, as the pipeline says each item of a list ("Das ist am Montag,
    4. Mai." "Das ist auch am Freitag, 8. Mai."), the hours after them ("Das ist jeweils von 9 bis
    12 Uhr."); every time is said, none is lost (a list cut to one would say the rest is false). Only
    for a list of at least two dates with "am" and nothing but hours besides, in the present.
    """
    times = [c for c in reading.mittel if c.time]
    if reading.front_time or reading.perfect or not times:
        return None
    if _negated(reading):
        # "findet am A und B nicht statt", "fällt am A und B aus": "Das ist am A." after it would read
        # as the day the event takes place (a reviewer's probe); a negated or cancelled clause keeps
        # its days inside, or is left out (omission over error).
        return None
    days = _day_list(times[0].words)
    hours = [c.words for c in times[1:]]
    if days is None or len(hours) > 1 or any(not _hours(words) for words in hours):
        return None
    followers = [f"Das ist {'auch ' if k else ''}{day}." for k, day in enumerate(days)]
    followers += [f"Das ist {' '.join(words)}." for words in hours]
    followers = [restore(_sentence([f.rstrip(".").split()]), read) for f in followers]
    for subject, phrases in _variants(reading, apart=True):
        bare = [() if c.time else p for c, p in zip(_kept(reading), phrases, strict=False)]
        sentence = reading.said(subject, bare, timed=False)
        found = (sentence, *followers)
        if substantial(bare) and all(len(p.split()) <= HARD_LIMIT for p in found):
            return found
    return None


# Negation words (Duden grammar: Negation) and the verbs that call an event off ("ausfallen",
# "entfallen", "absagen"): after them a day said apart as "Das ist am …" reads as the event's day.
_NEGATION: Final = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "sondern"})
_CANCELLED: Final = frozenset({"ausfallen", "entfallen", "absagen", "streichen", "verschieben", "aufheben"})


def _negated(reading: _Reading) -> bool:
    """The clause is negated or tells that something is called off: its times are no event's times."""
    words = [w.lower() for c in reading.mittel for w in c.words] + [w.lower() for w in reading.bracket]
    if any(w in _NEGATION for w in words):
        return True
    tagged = morph.tag(" ".join((reading.verb, *reading.bracket)))
    lemmas = {t.lemma.lower() for t in tagged}
    # A separable verb: its particle in the right bracket ("fällt … aus" = "ausfallen").
    particle = reading.bracket[-1].lower() if reading.bracket else ""
    lemmas |= {particle + t.lemma.lower() for t in tagged[:1]}
    return bool(lemmas & _CANCELLED)


def _day_list(words: Sequence[str]) -> list[str] | None:
    """The days of a time phrase that lists dates with "und" ("am 4. Mai 2026 und 8. Mai 2026"), each with "am"."""
    if len(words) < 2 or words[0].lower() != "am" or "und" not in words or "bis" in words:
        return None
    items: list[list[str]] = [[]]
    for word in words[1:]:
        if word == "und":
            items.append([])
        elif word.lower() != "am":
            items[-1].append(word)
    if len(items) < 2 or not all(any(w in MONTHS_DE for w in item) for item in items):
        return None
    return ["am " + " ".join(item) for item in items]


def _hours(words: Sequence[str]) -> bool:
    """A span or point of hours, "jeweils" allowed before it: "jeweils von 14 bis 17 Uhr", "um 9 Uhr"."""
    rest = [w for w in words if w.lower() != "jeweils"]
    return bool(rest) and rest[0].lower() in ("von", "um", "ab") and rest[-1] == "Uhr"


def build_core(
    text: str, issued: date | None = None, source: str | None = None, *, head_only: bool = False
) -> tuple[str, ...] | None:
    """The news core of one lead sentence's rewrite ``text``, or None when it cannot be read safely.

    ``source``, the sentence as the release wrote it, tells a passive's agent from a genitive the
    rewrite said with "von": without any agent word there, no "von" in ``text`` names one. ``head_only``:
    only the subject's head (its possessor gone), None where the subject has no attribute to lose.
    """
    read = without_dateline(text.strip())
    appeal = search_appeal(read)
    if appeal is not None:
        return appeal  # "bittet … um Mithilfe bei der Suche nach X": said verbally (leadsearch.py)
    clause = _clause(protect(read))
    agentless = source is not None and not _AGENT_WORD.search(source)
    reading = _read(clause, agentless=agentless) if clause else None
    if reading is None:
        return _announced(read, issued, source) if not clause else None
    role: tuple[str, ...] | None = None
    person: tuple[str, ...] = ()
    nps = [c for c in reading.mittel if c.kind == "np"]
    last = reading.mittel[-1] if reading.mittel else None
    if (
        last is not None
        and last.kind == "pp"
        and last.words[0].lower() in ("zum", "zur")
        and reading.bracket
        and len(nps) == 1
    ):
        person = nps[0].words
        if len(person) >= 2 and all(w[:1].isupper() and not _DERIVED_NOUN.search(w) for w in person):
            # "X hat Y zur Präsidentin gewählt": Y gets the role (a predicative "zu" phrase).
            role = _nominative(last)
            if role is None:
                return None
            role = _named(role, reading.subject.words)
    timed = any(c.time for c in reading.mittel) or bool(reading.front_time)

    # What the clause says beyond its subject: an object, a complement, a predicate or a bracket; a
    # clause left with its subject and verb alone ("Die Gebühren gelten.") says nothing.
    def substantial(phrases: Sequence[Sequence[str]]) -> bool:
        """The clause keeps more than its subject and verb: an object, a complement or a bracket."""
        kept = _kept(reading)
        return bool(reading.bracket) or any(
            p and c.kind in ("np", "pp", "adj") and not c.time for c, p in zip(kept, phrases, strict=False)
        )

    variants = [(subject, phrases[:-1] if role is not None else phrases) for subject, phrases in _variants(reading)]
    if head_only:
        # The subject's head alone, the shortest cut _variants allows for an actor (its possessor only).
        head = reading.subject.parts[0]
        if len(reading.subject.parts) < 2 or reading.subject.cut(0, actor=True) != head:
            return None
        variants = [(subject, phrases) for subject, phrases in variants if subject == head]
    chosen: tuple[str, ...] | None = None
    times_said = [c.words for c in reading.mittel if c.time] + ([reading.front_time] if reading.front_time else [])
    for subject, phrases in variants:
        with_time = reading.said(subject, phrases)
        restored = restore(with_time, read)  # the weekday back, which counts as a word too
        if len(restored.split()) <= HARD_LIMIT and with_time.rstrip(".") != clause.rstrip("."):
            chosen = (restored,)
            break
        if timed:
            parts = split(restore(with_time, read), issued)
            if not isinstance(parts, tuple) and times_said == [_IMMEDIATE]:
                # "ab sofort" has no date the time sentence could say (timeout.split): the clause
                # without it and "Das gilt ab sofort." after it, as the time sentences say a start.
                kept_phrases = [() if c.time else p for c, p in zip(_kept(reading), phrases, strict=False)]
                parts = (reading.said(subject, kept_phrases, timed=False), "Das gilt ab sofort.")
            if isinstance(parts, tuple) and all(len(p.split()) <= HARD_LIMIT for p in parts):
                # A Perfekt with "haben" tells a past event: its time is "war", whatever the tagger read.
                chosen = tuple(
                    "Das war " + p.removeprefix("Das ist ") if reading.perfect and p.startswith("Das ist ") else p
                    for p in parts
                )
                break
    # The time left out where it cannot stand apart: the clause is as true without it. Its place said
    # apart first, then the clause alone.
    anchored = any(c.kind == "adv" and c.words[0].lower() in _ANCHORED for c in reading.mittel)
    # Not a start or a span of time ("ab dem 1. Juni", "von 8 bis 12 Uhr", _TIME_BOUNDS): a rule or a
    # change said without its start reads as holding now (a reviewer's probe: "Ab Juni ist die Halle nur
    # noch am Wochenende geöffnet" -> "Die Halle ist nur noch am Wochenende geöffnet.").
    times = [c.words for c in reading.mittel if c.time]
    if reading.front_time:
        times.append(reading.front_time)
    bounded = any(words and words[0].lower() in _TIME_BOUNDS for words in times)
    if chosen is None and role is None and not reading.front_scope:
        # A list of days said one day a sentence before any form that leaves the days out.
        chosen = _dated(reading, read, substantial)
    bares = [
        (subject, [() if c.time else p for c, p in zip(_kept(reading), phrases, strict=False)])
        for subject, phrases in variants
        if not ((anchored or bounded) and timed)
    ]
    for subject, bare in bares if chosen is None else ():
        chosen = _placed(subject, reading, bare)
        if chosen is not None:
            break
    for subject, bare in bares if chosen is None else ():
        sentence = reading.said(subject, bare, timed=False)
        if substantial(bare) and len(sentence.split()) <= HARD_LIMIT and sentence.rstrip(".") != clause.rstrip("."):
            chosen = (sentence,)
            break
    if chosen is None:
        return None
    if role is not None:
        said = f"{' '.join(person)} wird {' '.join(role)}."
        if len(said.split()) > HARD_LIMIT:
            return None
        chosen = (*chosen, said)
    if any(p.count("„") != p.count("“") for p in chosen):
        return None  # a quoted name cut in two
    if chosen[0].rstrip(".") == read.rstrip(". "):
        return None  # nothing cut: the sentence as it was, which the verifier has refused already
    return chosen


def lead_core(context: RescueContext) -> Rescue | None:
    """Rescuer: a refused lead or paragraph opener said as its news core (``build_core``); else None."""
    if context.source.speech or context.source.heading or not opener(context.sentences, context.index):
        return None
    found = build_core(context.text, context.issued, context.source.text)
    return None if found is None else Rescue(found)


def bare_lead_core(context: RescueContext) -> Rescue | None:
    """Rescuer: the news core with its subject's head alone ("Das Spielmobil" for "Das Spielmobil vom Verein X").

    The second offer, after ``lead_core``'s fullest one: a subject's possessor is most often the
    sender the summary names in its first line already, and a head said with it then repeats what
    the reader knows (the pipeline refuses such a sentence as said). The actor's head still acts, so
    the clause stays true (easy-judging.md: omission over error); the possessor's name is left out.
    """
    if context.source.speech or context.source.heading or not opener(context.sentences, context.index):
        return None
    found = build_core(context.text, context.issued, context.source.text, head_only=True)
    return None if found is None else Rescue(found)
