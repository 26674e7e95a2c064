"""Nominal headlines said as plain sentences: a state change by its participle, a topic label never as "Es gibt"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.references import event_noun
from pressconv.transforms.easy.title_topic import message_label
from pressconv.transforms.easy.titles import noun_gender, plural_noun

__all__ = ["short_sender", "state_participle", "state_titles", "topic_label", "without_label"]

# Verbs whose participle names a state that lasts after the act (Zustandspassiv: "Die Straße ist
# gesperrt"): the -ung noun of such a verb in a headline ("Sperrung", "Schließung") announces that
# state. A participle of a process ("verschickt", "gebaut") names no state and is left out.
_STATE_VERBS: Final = frozenset(
    {
        "sperren",
        "schließen",
        "öffnen",
        "einstellen",
        "umleiten",
        "verlängern",
        "freigeben",
        "verlegen",
        "absagen",
        "verschieben",
    }
)
# "eröffnet" says that something has begun: as a state ("Die Ausstellung ist eröffnet") only where
# the body tells that the opening has happened (brief: never report as done what is to come).
_DONE_ONLY: Final = frozenset({"eröffnen"})
# A span of time names how long the state holds ("ab 13. April", "bis Freitag", "seit Montag"): with
# it the Zustandspassiv fits an announcement too ("Die Straße ist ab Montag gesperrt").
_SPAN: Final = frozenset({"ab", "bis", "seit"})
# Auxiliaries of a passive or a state: the nominative of such a clause is what the act is done to.
_PASSIVE_AUX: Final = frozenset({"werden", "sein", "bleiben"})
# Finite forms of a state that holds now ("ist gesperrt", "bleibt geschlossen").
_STATE_NOW: Final = frozenset({"ist", "sind", "bleibt", "bleiben"})
# Finite forms of a past act ("wurde eröffnet", "ist … eröffnet worden").
_DONE_NOW: Final = frozenset({"wurde", "wurden", "worden"})
# Words that make an announced act uncertain or only planned: no state may be told from it.
_UNCERTAIN: Final = re.compile(
    r"\b(?:angekündigt\w*|geplant\w*|drohend\w*|möglich\w*|voraussichtlich\w*|eventuell\w*|soll\w*|könnt\w*|würd\w*|wär\w*|nicht|kein\w*|nie)\b",
    re.IGNORECASE,
)
_ARTICLES: Final = frozenset({"der", "die", "das"})


def _verb_of(noun: str) -> str | None:
    """The infinitive of an -ung noun's verb ("Voll·sperrung" -> "sperren"), by its last word part.

    Duden word formation: "-ung" derives a nomen actionis from the verb stem ("sperr-en" ->
    "Sperr-ung"); a stem ending in "-el"/"-er" keeps its "n" only ("Umleitung" -> "umleiten" is the
    plain case, "Verlängerung" -> "verlängern").
    """
    last = segment(noun.replace("·", "")).split("·")[-1].lower()
    if not last.endswith("ung") or len(last) < 6:
        return None
    stem = last[:-3]
    return stem + "n" if stem.endswith(("el", "er")) else stem + "en"


def _modifier(noun: str) -> str | None:
    """The first part of a compound -ung noun ("voll" of "Voll·sperrung"), else None."""
    parts = segment(noun.replace("·", "")).split("·")
    return "".join(parts[:-1]).lower() if len(parts) > 1 else None


def _span(tagged: Sequence[morph.Token], after: int) -> str:
    """The span phrase of a headline part from "ab"/"bis"/"seit" to its end, as the part writes it."""
    at = next((i for i in range(after, len(tagged)) if tagged[i].word.lower() in _SPAN), None)
    if at is None:
        return ""
    rest = tagged[at:]
    if any(t.pos.startswith(("V", "$,")) for t in rest):
        return ""
    return re.sub(r" \.", ".", " ".join(t.word for t in rest))


def _subject(tagged: Sequence[morph.Token], participle: int, named: str) -> tuple[str, bool, int] | None:
    """The nominative noun phrase of a passive or state clause, if the headline names its noun.

    In a werden- or sein-clause the act's patient is the nominative: a definite noun phrase not after
    a preposition or a noun (a genitive attribute), whose article fits the noun's gender. Only a noun
    the headline itself names counts: the headline says what is closed, the body may close more.
    """
    for at in range(len(tagged) - 1):
        article = tagged[at]
        if article.word.lower() not in _ARTICLES or article.pos != "ART" or at >= participle:
            continue
        if at > 0 and tagged[at - 1].pos in ("APPR", "APPRART", "NN", "NE", "ART"):
            continue
        end = at + 1
        while end < participle and tagged[end].pos == "ADJ(A)":
            end += 1
        if end >= participle or tagged[end].pos != "NN":
            continue
        if any(t.pos.endswith("(FIN)") and (t.lemma or "") not in _PASSIVE_AUX for t in tagged[end:participle]):
            continue  # another clause's verb between them: the noun phrase is not this clause's subject
        noun = tagged[end]
        stem = noun.word.replace("·", "").lower()
        if stem[: max(5, len(stem) - 2)] not in named.lower().replace("·", ""):
            continue
        plural = plural_noun(noun.word, noun.lemma)
        gender = "pl" if plural else noun_gender(noun.word)
        wanted = {"der": ("der",), "die": ("die", "pl"), "das": ("das",)}[article.word.lower()]
        if gender not in wanted and (gender is not None or article.word.lower() == "der"):
            continue  # "der" before a feminine noun is a genitive or a dative, never the subject
        words = [t.word for t in tagged[at : end + 1]]
        return " ".join([words[0].capitalize(), *words[1:]]), plural, at
    return None


# Words that narrow when or for whom a state holds (Duden grammar: restrictive adverbials).
_LIMITS: Final = frozenset(
    [
        "jeweils", "nachts", "tagsüber", "werktags", "abends", "morgens", "nur", "zeitweise",
        "zeitweilig", "stundenweise", "halbseitig", "teilweise", "einseitig", "abschnittsweise",
        "wechselseitig", "vorübergehend", "kurzzeitig",
    ]
)  # fmt: skip


def _for_some(tokens: Sequence[morph.Token]) -> bool:
    """A "für" phrase that names whom the state holds for ("für Lastwagen", "für Anlieger"); "für den
    (Fahrzeug)Verkehr" names the traffic a road closure is always about, and a duration ("für
    voraussichtlich 18 Monate") says how long from the headline's day: neither narrows the state."""
    for i, token in enumerate(tokens):
        if token.word.lower() != "für":
            continue
        following = tokens[i + 1 : i + 3]
        traffic = len(following) == 2 and following[0].word == "den" and following[1].word.lower().endswith("verkehr")
        duration = any(t.pos == "CARD" for t in following)
        if not (traffic or duration):
            return True
    return False


def _timed(tokens: Sequence[morph.Token]) -> bool:
    """ "zwischen 22 und 5 Uhr": a span of hours or numbers (a stretch "zwischen A und B" of a road is a
    place the body gives, and the state holds there from the headline's day)."""
    return any(
        token.word.lower() == "zwischen" and any(t.pos == "CARD" for t in tokens[i + 1 : i + 3])
        for i, token in enumerate(tokens)
    )


def _statement(sentence: str, verb: str, named: str) -> tuple[str, bool, str, str, str] | None:
    """The subject, its number, the adverbs before the participle, the finite verb and the participle
    of a body clause that tells the act of ``verb`` in the passive or as a state, if the headline
    names its subject."""
    tagged = morph.tag(sentence)
    for at, token in enumerate(tagged):
        if token.pos != "VV(PP)" or (token.lemma or "").lower() != verb:
            continue
        clause = tagged[: at + 2]
        # "bleibt geschlossen": the tagger reads "bleiben" as a full verb too.
        auxiliaries = [
            i for i, t in enumerate(clause) if t.pos in ("VA(FIN)", "VV(FIN)") and (t.lemma or "") in _PASSIVE_AUX
        ]
        found = _subject(tagged, at, named)
        if not auxiliaries or found is None:
            continue
        subject, plural, start = found
        # Only the clause itself may not doubt or deny the act ("wird nicht gesperrt", "würde … gesperrt");
        # a "geplante Erneuerung" elsewhere in the sentence says nothing about it.
        window = tagged[min(start, auxiliaries[0]) : max(auxiliaries[-1], at) + 1]
        # "für voraussichtlich 18 Monate": a hedge right before a number qualifies the amount, not the act.
        hedges = [t.word for i, t in enumerate(window) if not (i + 1 < len(window) and window[i + 1].pos == "CARD")]
        if _UNCERTAIN.search(" ".join(hedges)):
            continue
        adverbs: list[str] = []
        before = at - 1
        while before > 0 and tagged[before].pos in ("ADJ(D)", "ADV"):
            adverbs.insert(0, tagged[before].word)
            before -= 1
        # A limit elsewhere in the clause ("jeweils zwischen 22 und 5 Uhr", "für Lastwagen", "nur
        # nachts", "halbseitig für den Verkehr") narrows the state; the title keeps only the adverbs
        # right before the participle and the headline's span, so such a clause gives no title.
        kept = len(adverbs)
        rest = window[: len(window) - 1 - kept]
        if any(t.word.lower() in _LIMITS or t.word == "Uhr" for t in rest) or _for_some(rest) or _timed(rest):
            continue
        finite = clause[auxiliaries[0]].word.lower()
        if at + 1 < len(tagged) and tagged[at + 1].word == "worden":
            finite = "worden"
        return subject, plural, " ".join(adverbs), finite, token.word
    return None


def state_titles(parts: Sequence[str], sentences: Sequence[str]) -> list[str]:
    """ "Die Bahnhof·straße ist ab 13. April voll gesperrt" from "…: Vollsperrung ab 13. April".

    News headlines state a change of state as an -ung noun (Nominalstil: "Sperrung", "Schließung");
    Leichte Sprache says it with a verb. The noun's verb gives the participle (Zustandspassiv, a state
    and no passive of an act); the body must tell the act with that verb and name what it is done to,
    a noun the headline names too. The state is told only for a span the headline gives ("ab …"), or
    where the body tells it as a state that holds now (or, for an opening, as done). A compound's
    first part ("Voll-", "Teil-") and the body's adverbs before the participle ("teilweise") stay.
    """
    named = " ".join(parts)
    found: list[str] = []
    for part in parts:
        tagged = morph.tag(part)
        head = next((i for i, t in enumerate(tagged) if t.pos == "NN"), None)
        if head is None or any(t.pos not in ("ADJ(A)", "ART") for t in tagged[:head]) or _UNCERTAIN.search(part):
            continue
        verb = _verb_of(tagged[head].word)
        if verb is None or verb not in _STATE_VERBS | _DONE_ONLY:
            continue
        span = _span(tagged, head + 1)
        for sentence in sentences:
            told = _statement(sentence, verb, named)
            if told is None:
                continue
            subject, plural, adverbs, finite, participle = told
            modifier = _modifier(tagged[head].word)
            if modifier and not adverbs.lower().startswith(modifier[:4]):
                continue  # "Teil·sperrung" over a body without "teilweise": the state would say too much
            if verb in _DONE_ONLY:
                if finite not in _DONE_NOW | {"ist", "sind"}:
                    continue
                span = ""
            elif not span and finite not in _STATE_NOW:
                continue
            words = [subject, "sind" if plural else "ist", span, adverbs, participle]
            found.append(re.sub(r"\s+", " ", " ".join(w for w in words if w)).strip())
            break
    return list(dict.fromkeys(found))


def state_participle(part: str) -> bool:
    """The headline part ends in the participle of a state verb ("Kreisstraße ab Montag gesperrt"):
    a clipped Zustandspassiv (Schlagzeilenstil leaves out "ist"), which says the same state as the
    -ung noun of ``state_titles``."""
    tagged = [t for t in morph.tag(part) if not t.pos.startswith("$")]
    return bool(tagged) and tagged[-1].pos == "VV(PP)" and (tagged[-1].lemma or "").lower() in _STATE_VERBS


def topic_label(piece: str, *, before_colon: bool) -> bool:
    """A headline piece that only labels the topic ("Trinkwasser: …", "Neue Studie: …").

    Headline convention "Thema: Aussage": the part before the colon names what the news is about,
    the part after it says the news. A bare noun phrase there (no article, verb, preposition or
    number; two words at most) states nothing; "Es gibt <Thema>" would make the label the news and
    can be false ("Es gibt ein Trinkwasser" for a boil-water notice).
    """
    if not before_colon:
        return False
    if message_label(piece):
        return True  # "Hinweis: …": the kind of message, never its news (title_topic.message_label)
    tagged = [t for t in morph.tag(piece) if not t.pos.startswith("$")]
    if not (0 < len(tagged) <= 2 and tagged[-1].pos == "NN" and all(t.pos in ("NN", "ADJ(A)") for t in tagged)):
        return False
    # A label that names an act or an event ("Unwetterwarnung: …", "Neue Studie: …") states that
    # it is there: "Es gibt eine Unwetter·warnung" is true. A thing or a field ("Trinkwasser",
    # "Regionale Wirtschaft") only says what the news is about.
    head = tagged[-1].word.capitalize() if tagged[-1].word.isupper() else tagged[-1].word
    new = any((t.lemma or "").lower() == "neu" for t in tagged)
    return not (new or head.lower().endswith("ung") or event_noun(head))


def without_label(headline: str) -> str:
    """The headline after its topic label ("Trinkwasser: Abkochgebot …" -> "Abkochgebot …"), else as it is."""
    label, colon, rest = headline.partition(": ")
    if colon and rest.strip() and topic_label(label.strip(), before_colon=True):
        return rest.strip()
    return headline


# Separators of a sender line ("Stadt X – Amt für Kommunikation", "Kreis X | Aktuelles"); a comma
# separates too ("Stadt X, Büro der Bürgermeisterin"), unless it lists the parts of one name
# ("Senatsverwaltung für Integration, Arbeit und Soziales").
_SENDER_PARTS: Final = re.compile(r"\s+[–—|/-]\s+|\s*\|\s*")
_LISTING: Final = re.compile(r"\b(?:und|sowie)\b")


def short_sender(name: str) -> str:
    """The sender's name without the office, department or web-page label after it.

    Letterhead convention: the body first, then the office that writes ("Stadt X, Der Ober·bürger·
    meister – Amt für Kommunikation"); the body alone names the sender, the office is front matter.
    """
    parts = [p.strip() for p in _SENDER_PARTS.split(name.strip()) if p.strip()]
    if not parts:
        return name
    head, _, rest = parts[0].partition(", ")
    if rest and not _LISTING.search(rest):
        parts[0] = head
    # "AWB – Abfallwirtschaftsbetrieb X": a short name before the written-out one; the latter reads.
    if len(parts) > 1 and re.fullmatch(r"[A-ZÄÖÜ]{2,6}", parts[0]):
        return parts[1]
    return parts[0] or name
