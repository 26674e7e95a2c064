"""Rescuer: main clauses joined by a comma, "und", "aber" or "denn", each said as a sentence of its own.

Duden grammar (Reihung von Hauptsätzen, Satzverbindung): two main clauses, each with its finite verb
in second place, may stand side by side after a comma alone ("Der Preis sinkt, die Gebühr bleibt.")
or after "und", "aber", "doch", "denn". Each of them states a fact that is true without the other, so
each may be a sentence of its own (Netzwerk Leichte Sprache: one statement per sentence). Where the
second clause leaves out its subject ("Die Gemeinde baut die Straße aus und erneuert die Leitungen",
Duden: Koordinationsellipsis) or says it as "er"/"sie"/"es", the subject of the first clause is said
again in full, so that no sentence opens with a pronoun pointing back. Three main clauses with one
auxiliary and a list of participles ("Nachbarn hatten den Alarm gehört, Rauch bemerkt und die
Feuerwehr gerufen") are one such Reihung too: each participle gets the subject and the auxiliary.

"oder" (alternatives) and "sondern" (a correction of a negated clause) never join two clauses that
are true alone: refused. A comma that opens a subordinate clause (a subjunction, a relative pronoun,
verb-final order) leaves the sentence to topology.py. The commas around a date apposition ("am
Freitag, 6. März 2026, um 10 Uhr") are no clause boundary. Omission over error (issue 16): where the
subject of the first clause is not plainly its Vorfeld in the nominative, a clause without a subject
of its own is not said; a hedge, negation or focus word in the first clause ("vermutlich", "nicht",
"nur"), which may scope over all clauses, and a frame of belief or saying before a bare comma ("Die
Polizei ist sicher, …") refuse the cut; every sentence offered goes through the verifier.
A first clause that opens with an adverbial is cut only where every clause after it
opens with an adverbial frame of its own ("Samstags …, an Sonn- und Feiertagen …", ``_own_frames``)
and its subject stands right after its verb; such clauses are said together or not at all. Verb
phrases listed after a comma ("half auf, brachte das Rad weg und rief …", ``_verb_phrase_list``)
share the subject like a phrase after "und"; a left-out subject is said again only where it is the
first clause's and definite (an indefinite one said twice would name someone new). A passive
clause is offered where the verifier's rule sees it: compose.py repairs its voice or drops the rescue.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.relatives import _passes, _plural, _readings
from pressconv.transforms.easy.rescue import FOLLOWER_OPENERS, Rescue, RescueContext
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.topology import _kind
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["coordinated", "coordinated_alone", "split_coordinated"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Coordinators between two main clauses that each stay true (Duden grammar, Reihung): "und", the
# contrast "aber"/"doch", and "denn", which gives a reason that is itself stated.
_JOINING: Final = frozenset(["und", "aber", "doch", "denn"])
# How a joined clause is linked to the one before once it stands alone: a contrast keeps its
# "Aber" (Leichte Sprache allows it at the start), a reason is announced ("Der Grund ist: …").
_LINK: Final = {"aber": "Aber", "doch": "Aber", "denn": "Der Grund ist:"}
# Determiners of a noun phrase that can be nominative (Duden grammar, Artikel): a Vorfeld opening
# with one of these may be the subject; "den", "dem", "des", "einen", "einem", "eines", "einer"
# never open a subject.
_NOMINATIVE: Final = re.compile(
    r"^(?:der|die|das|ein|eine|kein|keine|dies(?:e|er|es)|(?:mein|dein|sein|ihr|unser|euer)(?:e)?)$", re.IGNORECASE
)
_PRONOUN: Final = frozenset(["er", "sie", "es"])
# Verbs of saying, thinking and perceiving (Duden grammar: verba dicendi et sentiendi) take what is
# said or thought as a main clause after a bare comma ("Der Richter führte aus, die Folgen gingen
# weit …": abhängiger Verbzweitsatz). That clause is the speaker's view, never a fact of its own.
_FRAMING: Final = frozenset(
    [
        "sagen", "erklären", "ausführen", "betonen", "mitteilen", "berichten", "ergänzen", "erläutern",
        "unterstreichen", "darlegen", "meinen", "glauben", "denken", "finden", "hoffen", "fürchten",
        "befürchten", "vermuten", "annehmen", "schätzen", "wissen", "behaupten", "versichern", "bestätigen",
        "ankündigen", "kritisieren", "warnen", "fordern", "zeigen", "schreiben", "antworten", "argumentieren",
        "beklagen", "bemängeln", "melden", "hören", "sehen", "lesen", "erwarten", "bezweifeln", "zweifeln",
        "verweisen", "hinweisen", "klarstellen", "einräumen", "zugeben", "sprechen", "rechnen", "ausgehen",
    ]
)  # fmt: skip
# Adjectives and nouns of belief, certainty, hope or plan (Duden grammar: a predicative adjective or
# a noun phrase as the frame of an abhängiger Verbzweitsatz: "Die Polizei ist sicher, der Täter …",
# "Wir sind der Meinung, …", "Der Plan ist, …"): the clause after the bare comma is a view, no fact.
# Some inflected verbs of the list too, where the tagger's lemma may miss them ("hofft", "geht davon aus").
_FRAME_WORDS: Final = frozenset(
    [
        "sicher", "überzeugt", "klar", "zuversichtlich", "gewiss", "optimistisch", "pessimistisch",
        "meinung", "ansicht", "auffassung", "überzeugung", "eindruck", "hoffnung", "erwartung", "sorge",
        "befürchtung", "annahme", "vermutung", "plan", "ziel", "wunsch", "idee", "davon", "hofft", "hoffen",
        "glaubt", "glauben", "meint", "meinen", "denkt", "denken", "findet", "finden", "vermutet", "erwartet",
        "fürchtet", "befürchtet", "schätzt", "sagt", "sagen", "erklärt", "betont",
    ]
)  # fmt: skip
# Hedges, sources, negations, focus words and quantifiers (rubric: a dropped "nicht", "nur", "auch",
# "alle" or hedge is a wrong statement; Duden grammar: Skopus of Negation und Gradpartikel). One of them
# in the first clause may hold the clauses after it in its scope ("Der Täter ist vermutlich …
# gestiegen und hat …eingeschlagen"); each clause said alone would lose it. Refused (omission over error).
_SCOPE: Final = re.compile(
    r"^(?:nicht|kein\w*|nie|niemals|nichts|niemand|nur|auch|alle\w*|jede[rnms]?|sämtliche\w*|beide\w*|erst|"
    r"fast|beinahe|kaum|lediglich|sogar|ebenfalls|ebenso|wohl|vermutlich|mutmaßlich|wahrscheinlich|"
    r"offenbar|offensichtlich|anscheinend|angeblich|möglicherweise|vielleicht|eventuell|laut|zufolge|angaben|"
    r"bisher|bislang|teilweise|meist\w*|viele\w*|manche\w*|einige\w*|wenige\w*|mehrere\w*|weder|gar)$",
    re.IGNORECASE,
)
# Approximators (Duden grammar: Gradpartikel before a number) hold only the number right after them
# ("um etwa 3 Uhr"); elsewhere ("etwa die Hälfte") they count as scope words too.
_APPROXIMATE: Final = re.compile(r"^(?:rund|etwa|ungefähr|knapp|mindestens|höchstens|circa|ca\.?)$", re.IGNORECASE)


def _scoped(tokens: list[morph.Token]) -> bool:
    """The clause holds a hedge, negation, focus word or quantifier (``_SCOPE``) that may scope beyond it."""
    for token, after in itertools.zip_longest(tokens, tokens[1:]):
        if _SCOPE.match(token.word):
            return True
        if _APPROXIMATE.match(token.word) and (after is None or after.pos != "CARD"):
            return True
    return False


_DATE_PART: Final = re.compile(
    r"^(?:\d{1,2}\.\s*(?:" + "|".join(MONTHS_DE) + r")(?:\s+\d{4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)$", re.IGNORECASE
)
_TIME_COLON: Final = re.compile(r"\d:\d")


def _segments(tagged: tuple[morph.Token, ...]) -> list[list[morph.Token]] | None:
    """The tokens between the clause commas, a date apposition's commas kept inside its clause.

    "am Freitag, 6. März 2026, um 10 Uhr" (Duden: Komma bei Datumsangaben): the date after the weekday
    is an apposition, its commas close no clause. None when a comma is empty on one side.
    """
    body = tagged[:-1] if tagged and tagged[-1].pos == "$." else tagged
    parts: list[list[morph.Token]] = [[]]
    for token in body:
        if token.word == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    if any(not part for part in parts):
        return None
    merged: list[list[morph.Token]] = []
    glue = False
    for part in parts:
        text = morph.join([t.word for t in part])
        date = _DATE_PART.match(text) is not None
        weekday_before = bool(merged) and merged[-1][-1].word.startswith(WEEKDAYS_DE)
        if merged and (glue or (date and weekday_before)):
            merged[-1] = [*merged[-1], _COMMA, *part]
            glue = date
            continue
        merged.append(list(part))
        glue = False
    return merged


_COMMA: Final = morph.Token(",", ",", "$,")


def _verb_second(tokens: list[morph.Token]) -> int | None:
    """The index of the finite verb of a main clause with a Vorfeld (Verbzweitstellung), else None."""
    finite = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    if not finite or finite[0] == 0:
        return None
    if finite[0] == len(tokens) - 1 and len(tokens) > 3:
        return None  # the verb last: a subordinate clause's order (Verbletztstellung)
    return finite[0]


def _subject(tokens: list[morph.Token], verb: int) -> list[morph.Token] | None:
    """The Vorfeld when it is plainly the clause's subject: a noun phrase that can be nominative.

    A noun phrase opening with a nominative-capable determiner or a name, with no preposition in it
    and no other noun phrase right after the finite verb that could be the subject instead ("Den
    Schaden schätzt die Polizei …"). The head noun and the finite verb agree in number.
    """
    vorfeld = tokens[:verb]
    first = vorfeld[0]
    head_at = next((i for i, t in enumerate(vorfeld) if t.pos in ("NN", "NE")), len(vorfeld))
    # Before the head noun only determiners and adjectives; after it an attribute may follow ("Der
    # Preis im Tarif „Basis“"), but no clause and no adverb of the verb.
    if any(t.pos in ("APPR", "APPRART", "ADV", "$(") for t in vorfeld[:head_at]):
        return None
    if any(t.pos in ("KOUS", "PWS", "PWAV", "PROAV", "PAV", "VV(FIN)", "VA(FIN)", "VM(FIN)") for t in vorfeld):
        return None
    if first.pos == "PPER" and len(vorfeld) == 1 and first.word.lower() in ("er", "sie", "es", "wir", "ich"):
        return vorfeld
    if not (
        (first.pos in ("ART", "PPOSAT", "PDAT") and _NOMINATIVE.match(first.word))
        or first.pos in ("NE", "NN")
        or (first.pos in ("ADJ(A)", "CARD") and any(t.pos in ("NN", "NE") for t in vorfeld))
    ):
        return None
    nouns = [t for t in vorfeld if t.pos in ("NN", "NE")]
    if not nouns or not (vorfeld[-1].pos in ("NN", "NE") or vorfeld[-1].word in ("“", '"', "«", "»")):
        return None  # the Vorfeld ends with its noun or a name in quotes
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if after is not None and (after.pos == "NE" or after.word.lower() in ("er", "sie", "es", "wir", "der", "ein")):
        # "Das Bad nutzt sie …", "Das Fest organisiert der Verein …": a nominative may stand after the
        # verb, and then the Vorfeld is the object (Duden grammar, Objekt im Vorfeld).
        return None
    head = nouns[0] if len(nouns) > 1 and vorfeld[0].pos != "NE" else nouns[-1]
    readings = _readings(head)
    listed = any(t.word in ("und", "sowie") for t in vorfeld)
    # Subject and finite verb agree in number (Duden grammar, Kongruenz): where they cannot, the
    # Vorfeld is the object ("Die Kosten trägt die Stadt").
    if (readings == frozenset("p") or listed) and not _plural(tokens[verb]):
        return None
    if "p" not in readings and not listed and _plural(tokens[verb]):
        return None
    return vorfeld


def _framing(tokens: list[morph.Token]) -> bool:
    """The clause's verb is one of saying, thinking or perceiving (``_FRAMING``), its particle joined to it,
    or it holds an adjective or noun of belief or plan (``_FRAME_WORDS``)."""
    if any(t.word.lower() in _FRAME_WORDS for t in tokens):
        return True
    particles = [t.word.lower() for t in tokens if t.pos == "PTKVZ"]
    for token in tokens:
        if token.pos.startswith("VV") and token.lemma:
            lemma = token.lemma.lower()
            if lemma in _FRAMING or any(p + lemma in _FRAMING for p in particles):
                return True
    return False


def _agrees(pronoun: morph.Token, verb: morph.Token, subject: list[morph.Token], clause: list[morph.Token]) -> bool:
    """The pronoun can only mean the subject of the first clause (gender or number, Duden grammar).

    "sie" with a plural verb means a plural noun, "er" a masculine one, "es" a neuter one, "sie" with a
    singular verb a feminine one; no other noun of the first clause may fit as well.
    """
    word = pronoun.word.lower()
    plural = _plural(verb)
    wanted = "p" if word == "sie" and plural else {"er": "m", "es": "n", "sie": "f"}[word]
    head = [t for t in subject if t.pos in ("NN", "NE")]
    if not head or head[-1].pos == "NE":
        return False  # a name's gender is not in the tags
    if wanted == "p":
        if not any(t.word in ("und", "sowie") for t in subject) and _readings(head[-1]) != frozenset("p"):
            return False
    elif _readings(head[-1]) != frozenset(wanted):
        return False
    others = [t for t in clause[len(subject) :] if t.pos in ("NN", "NE")]
    return not any(t.pos == "NE" or wanted in _readings(t) for t in others)


def _participial(token: morph.Token) -> bool:
    """A participle, also where HanTa reads it as a finite form ("gehört", "bemerkt")."""
    if token.pos == "VV(PP)":
        return True
    if token.pos != "VV(FIN)" or not token.lemma:
        return False
    made = morph.participle(token.lemma, morph.separable_particle(token.word) or "")
    return made is not None and made[0] == token.word


def _finite(tokens: list[morph.Token]) -> list[int]:
    """The finite verbs of a clause; a plural present at the end that HanTa reads as an infinitive counts."""
    found = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    last = tokens[-1]
    if not found and len(tokens) > 2 and last.pos in ("VV(INF)", "VA(INF)", "VM(INF)") and tokens[-2].word != "zu":
        return [len(tokens) - 1]
    return found


def _zu_infinitive(tokens: list[morph.Token]) -> bool:
    """The tokens end in a zu-infinitive ("anzumelden" or "zu melden")."""
    last = tokens[-1]
    return last.pos == "VV(IZU)" or (len(tokens) > 1 and tokens[-2].word == "zu" and last.pos.endswith("(INF)"))


def _inner(part: list[morph.Token]) -> list[list[morph.Token]] | None:
    """A comma part cut again before a coordinator that joins two clauses with finite verbs of their own.

    "tritt in Kraft und gilt bis auf Weiteres": "und" between two finite verbs joins clauses, while
    "eine Hüpfburg und Kinderschminken" joins nouns and stays. "oder"/"sondern" between clauses: None.
    A participle at the end ("ist über 2 Leitern und mehrere Trupps erfolgt", which HanTa may tag as
    finite) closes the one clause's verb bracket (Verbklammer): it opens no clause of its own.
    """
    joins = [i for i, t in enumerate(part) if t.pos == "KON"]
    cuts: list[int] = []
    for number, index in enumerate(joins):
        # The clause before the coordinator (since the last cut) and the words up to the next one.
        left = part[(cuts[-1] if cuts else 0) : index]
        right = part[index + 1 : joins[number + 1] if number + 1 < len(joins) else len(part)]
        if not left or not right or not _finite(left) or (left[-1].pos in _FINITE and _participial(left[-1])):
            continue
        if not any(t.pos in _FINITE and not (_participial(t) and t is right[-1]) for t in right):
            continue  # "zwischen 22 und 6 Uhr", "Leitungen und Kanäle": no finite verb of its own
        if part[index].word.lower() not in _JOINING:
            return None
        cuts.append(index)
    bounds = [0, *cuts, len(part)]
    return [list(part[a:b]) for a, b in itertools.pairwise(bounds) if part[a:b]]


def split_coordinated(text: str) -> tuple[list[str], list[str]] | None:
    """(sentences, links) for a sentence of coordinated main clauses, or None.

    ``links`` gives for each sentence the word that joined it ("", "und", "aber", "denn").
    """
    if re.search(r"[;:]", _TIME_COLON.sub("", text)) or "(" in text:
        return None  # a frame after a colon, an aside: other rescuers read them
    if re.search(r"[„“\"»«][^„“\"»«]*,[^„“\"»«]*[„“\"»«]", text):
        return None  # a quote with a comma inside is not cut at its commas (a name in quotes is)
    if text.count("–") > 1 or text.count(" - ") > 0:
        return None  # a dash aside, not a dash between two clauses
    tagged = morph.tag(text.replace("–", ","))
    if not tagged or any(
        t.word in (".", "!", "?") and t.pos == "$." and not (t.word == "." and i and tagged[i - 1].pos == "CARD")
        for i, t in enumerate(tagged[:-1])
    ):
        return None  # two sentences in one piece; the period of an ordinal ("24. Januar") is none
    segments = _segments(tagged)
    if segments is None:
        return None
    parts: list[list[morph.Token]] = []
    for segment in segments:
        cut = _inner(segment)
        if cut is None:
            return None
        parts.extend(cut)
    if len(parts) < 2:
        return None
    first = parts[0]
    verb = _verb_second(first)
    if verb is None or first[0].pos == "KON":
        return None
    if _scoped(first):
        return None  # a hedge, negation or focus word may scope over every clause (``_SCOPE``)
    subject = _subject(first, verb)
    if subject is None and not (_own_frames(first[:verb], parts[1:]) and _subject_follows(first, verb)):
        # "In aller Regel …", "Nach Angaben der Polizei …", "Insgesamt …": an adverbial in the Vorfeld
        # may hold the clauses after it in its scope (a hedge, a source, a time); cut off, the second
        # clause would say more than the sentence did. Safe only where each clause has its own frame.
        return None
    listed = not any(t.pos in _FINITE and not _participial(t) for part in parts[1:] for t in part)
    if _participial(first[-1]) and first[verb].pos == "VA(FIN)" and listed:
        return None if subject is None else _participle_sentences(first, verb, subject, parts[1:])
    clauses: list[list[morph.Token]] = [first]
    links: list[str] = [""]
    listed_phrases = _verb_phrase_list(parts[1:])
    shared: list[bool] = [True]  # one entry for each clause in a row that has the first clause's subject
    for tokens in parts[1:]:
        link = ""
        if tokens[0].pos == "KON" or tokens[0].word.lower() in _JOINING:
            link = tokens[0].word.lower()
            if link not in _JOINING or len(tokens) < 2:
                return None  # "oder", "sondern", "sowie": alternatives or a correction
            tokens = tokens[1:]
        finite = _finite(tokens)
        guessed = bool(finite) and not any(t.pos in _FINITE for t in tokens)
        if guessed and (any(t.pos == "VM(FIN)" for t in first) or clauses[-1][-1].pos.endswith("(INF)")):
            # "will die Halle sanieren, aber die Kita erweitern": an infinitive under the modal before,
            # not a plural present of a clause of its own.
            return None
        if tokens[0].pos == "PDS" or any(t.pos in ("PROAV", "PAV") for t in tokens):
            # "…, davon sind 100 Kinder", "…, Spender können auch darüber hinaus spenden": a pronominal
            # adverb points back into the clause before; alone, or with it cut as a connective by the
            # safe cuts, the clause would say something else.
            return None
        if not finite:
            if link:
                return None
            # A list item, an apposition or a "zu"-infinitive of the clause before stays with it, as
            # written; a gapped clause ("…, die Verteidigung 4 Jahre") too, so it is never said alone.
            clauses[-1] = [*clauses[-1], _COMMA, *tokens]
            continue
        if finite[0] == 0:
            if (not link and not (listed_phrases and len(tokens) > 1)) or link == "denn" or subject is None:
                return None  # "…, und prüft …" needs the first clause's subject said again
            if subject[0].word.lower() in ("ein", "eine", "einer", "eines", "einem", "einen"):
                # Said again, an indefinite noun phrase would name someone new each time ("Eine
                # Passantin half … Eine Passantin rief …"; Duden grammar: unbestimmter Artikel
                # for what is new): the left-out subject is not said again.
                return None
            if _plural(tokens[0]) != _plural(first[verb]) or len(shared) != len(clauses):
                # The left-out subject is the one of the clause right before (Duden grammar,
                # Koordinationsellipse): after a clause with a subject of its own ("…, die Gäste
                # gingen heim und feierten weiter") it is not the first clause's.
                return None
            clauses.append([*subject, *tokens])
            shared.append(True)
            links.append(link)
            continue
        if tokens[0].pos in ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUI"):
            return None
        if not link and _framing(clauses[-1]):
            return None  # "X führte aus, die Folgen gingen …": what X said, not a fact
        if _participial(tokens[finite[0]]):
            return None  # "…, Wirtschaft und Wissenschaft vernetzt in …": a participle, no clause of its own
        kind = _kind(tuple(tokens), opening=False)[0]
        at = _verb_second(tokens) if not link else finite[0]
        if at is None or (kind != "main" and not (link and kind == "relative" and tokens[0].pos == "ART")):
            return None  # a subordinate clause, a relative clause: topology.py
        if at == 1 and tokens[0].word.lower() in _PRONOUN and tokens[0].pos == "PPER":
            if subject is None or not _agrees(tokens[0], tokens[1], subject, first):
                return None
            tokens = [*subject, *tokens[1:]]
            if len(shared) == len(clauses):
                shared.append(True)  # "er" said as the first clause's subject: the row goes on
        clauses.append(tokens)
        links.append(link)
    if len(clauses) < 2:
        return None
    return [_sentence(c) for c in clauses], links


# A source or a state of knowledge in the Vorfeld ("Nach Angaben der Polizei", "Nach bisherigen
# Erkenntnissen", "Laut Veranstalter", Duden grammar: Kommentaradverbial) scopes over the whole
# sentence, a clause with a frame of its own included.
_SOURCE_OPENER: Final = frozenset(["laut", "gemäß", "zufolge", "wie", "nach", "aus", "bei", "im", "in", "mit"])
_SOURCE_NOUN: Final = re.compile(
    r"(?:angabe|erkenntnis|ermittlung|schätzung|zählung|information|feststellung|auskunft|bericht|mitteilung|"
    r"darstellung|aussage|sicht|meinung|ansicht|auffassung|einschätzung|stand|berechnung|prognose|umfrage|"
    r"studie|daten|zahl|auswertung|analyse|beobachtung|hinweis|wort|quelle|kenntnis|einschätzung|vermutung)\w*$",
    re.IGNORECASE,
)
# Adverbs that point back at the clause before ("dort", "dann", "dabei"): a clause opened by one is
# not said apart from it.
_POINTING_VORFELD: Final = frozenset(["dort", "da", "hier", "dann", "danach", "damals", "so", "dabei", "daher", "deshalb"])


def _own_frames(vorfeld: list[morph.Token], rest: list[list[morph.Token]]) -> bool:
    """Every clause after the first has a Vorfeld of its own that is no subject: a frame of its own.

    Duden grammar (Reihung von Hauptsätzen): each main clause has its own Vorfeld. Where the first
    clause opens with an adverbial ("Samstags …", "Im Sommer …") and each clause after it opens
    with one of its own ("…, an Sonn- und Feiertagen besteht …"), the parallel frames
    contrast, and no clause lies in the scope of the first clause's adverbial; each says its own
    statement with its own time or place. A clause whose Vorfeld is its subject could still lie in
    the scope of the first adverbial ("Am Samstag gibt es …, der Erlös geht …"): refused, as is a
    source or a state of knowledge in the first Vorfeld (``_SOURCE_NOUN``), which scopes over all.
    """
    if not _adverbial(vorfeld) or (
        vorfeld[0].word.lower() in _SOURCE_OPENER and any(_SOURCE_NOUN.search(t.word) for t in vorfeld)
    ):
        return False
    if vorfeld[0].word.lower() in ("laut", "gemäß", "zufolge") or any(t.word.lower() == "zufolge" for t in vorfeld):
        return False
    for part in rest:
        tokens = part[1:] if part[0].pos == "KON" or part[0].word.lower() in _JOINING else part
        if not tokens:
            return False
        finite = _finite(tokens)
        if not finite or finite[0] == 0:
            continue  # no clause of its own, or the subject left out: the later checks refuse or keep it
        if tokens[0].pos in ("PPER", "PDS", "PIS") or tokens[0].word.lower() in _POINTING_VORFELD:
            return False  # "…, sie …", "…, das …", "…, dort …": points at the clause before
        if tokens[finite[0]].pos not in _FINITE or not _adverbial(tokens[: finite[0]]):
            return False
        if any(_back(tokens, i) for i in range(len(tokens))):
            return False  # "mittwochs bleibt sie geschlossen": its noun is in the clause before
    return True


def _verb_phrase_list(rest: list[list[morph.Token]]) -> bool:
    """The parts after the first clause are verb phrases of one list: "A, B und C" (Reihung).

    Duden grammar (Koordination von Verbphrasen, Komma bei Aufzählungen): "Eine Passantin half
    auf, brachte das Rad weg und rief die Polizei" lists what one subject did; the comma stands
    where "und" would, so each phrase after it shares the subject as the one after "und" does.
    Every part opens with its finite verb and holds more than it (a bare verb shares an object:
    "baut, saniert und erweitert die Schule"), and the last is joined by "und".
    """
    if len(rest) < 2 or rest[-1][0].word.lower() != "und":
        return False
    for part in rest:
        tokens = part[1:] if part[0].word.lower() == "und" else part
        if len(tokens) < 2 or tokens[0].pos not in _FINITE or _participial(tokens[0]):
            return False
    return True


def _subject_follows(tokens: list[morph.Token], verb: int) -> bool:
    """A noun phrase of its own stands right after the finite verb: where the subject stands when an
    adverbial fills the Vorfeld (Duden grammar, Grundwortstellung im Mittelfeld).

    A clause without one ("Samstags wird im Stundentakt gefahren": unpersönliches Passiv) says
    nothing of what it is about; it leans on the sentence before, which a summary may not have.
    """
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    return after is not None and after.pos in ("ART", "PDAT", "PPOSAT", "PIAT", "PIS", "NE", "NN", "CARD", "ADJA")


def _framed(sentence: str) -> bool:
    """The first clause opens with an adverbial, not its subject: cut by its frame (``_own_frames``)."""
    tokens = [t for t in morph.tag(sentence) if t.pos != "$."]
    verb = _verb_second(tokens) if tokens else None
    return verb is not None and _subject(tokens, verb) is None


def _adverbial(vorfeld: list[morph.Token]) -> bool:
    """The Vorfeld is an adverbial: a prepositional phrase, an adverb, an adjective or a participle.

    A noun phrase in the Vorfeld that is not plainly the subject is an object ("Frau Marthe spielt
    Gudrun …", Duden grammar: Objekt im Vorfeld); a reader takes the first noun for the subject
    (Leichte Sprache: subject first), so such a clause is not said on its own.
    """
    return bool(vorfeld) and vorfeld[0].pos in ("APPR", "APPRART", "ADV", "ADJD", "VV(PP)")


def _back(tokens: list[morph.Token], index: int) -> bool:
    """The token is a third-person pronoun or possessive pointing at a noun before it.

    "es" after a form of "geben" is no pronoun ("gibt es", Duden grammar: es als formales Subjekt).
    """
    token = tokens[index]
    third = ("er", "sie", "es", "ihm", "ihn", "ihr", "sein")
    if token.pos not in ("PPER", "PPOSAT") or not token.word.lower().startswith(third):
        return False
    return not (token.word.lower() == "es" and index > 0 and tokens[index - 1].lemma == "geben")


def _participle_sentences(
    first: list[morph.Token], verb: int, subject: list[morph.Token], rest: list[list[morph.Token]]
) -> tuple[list[str], list[str]] | None:
    """Each participle with the first clause's subject and auxiliary: "Nachbarn hatten X gehört." …

    Duden grammar (Koordination im Mittelfeld): "hatten den Alarm gehört, Rauch bemerkt und die
    Feuerwehr gerufen" shares subject and auxiliary; every item must end with its participle and
    hold a word of its own before it: a bare participle ("hatte die Anträge erhalten, geprüft und
    bewilligt") shares the object of the first clause too, and said alone would lose it.
    """
    items: list[list[morph.Token]] = []
    for part in rest:
        tokens = part[1:] if part[0].word == "und" else part
        cut: list[list[morph.Token]] = [[]]
        for token in tokens:
            if token.word == "und" and cut[-1] and _participial(cut[-1][-1]):
                cut.append([])
            else:
                cut[-1].append(token)
        items.extend(cut)
    if not items or any(len(item) < 2 or not _participial(item[-1]) for item in items):
        return None
    if any(t.pos in _FINITE and not _participial(t) for item in items for t in item):
        return None
    if any(t.pos == "KON" for item in items for t in item):
        return None
    auxiliary = first[verb]
    sentences = [_sentence(first)]
    sentences.extend(_sentence([*subject, auxiliary, *item]) for item in items)
    return sentences, ["", *(["und"] * len(items))]


def _sentence(tokens: list[morph.Token]) -> str:
    """The tokens as a sentence: German spacing, a capital first letter and a full stop."""
    text = morph.join([t.word for t in tokens]).strip().rstrip(",")
    return text[:1].upper() + text[1:] + "."


def _said(sentence: str, context: RescueContext) -> tuple[str, ...]:
    """A piece rewritten (the Perfekt, plain words), cut by the safe cuts; its time apart where needed."""
    text = shorten(context.rewrite(sentence))
    if not [*rule_failures(text), *structure_failures(text)]:
        return (text,)
    found = split(text, context.issued)
    return (text,) if isinstance(found, str) else found


def _pointing(sentence: str) -> bool:
    """The sentence has a third-person pronoun or possessive, which may point into another clause."""
    return any(
        (t.pos in ("PPER", "PPOSAT") and t.word.lower().startswith(("er", "sie", "es", "ihm", "ihn", "ihr", "sein")))
        for t in morph.tag(sentence)
    )


def _passive(sentence: str) -> bool:
    """A form of "werden" with a participle that HanTa may tag as finite ("wurden 26 Zeugen gehört").

    The verifier's passive rule reads the participle's tag; where HanTa takes "gehört" for a finite
    verb, the passive would pass unseen (Leichte Sprache: active voice), so the rescuer refuses it.
    """
    tagged = morph.tag(sentence)
    body = [t for t in tagged if t.pos != "$."]
    return bool(body) and any(t.lemma == "werden" and t.pos == "VA(FIN)" for t in body) and _participial(body[-1])


def _unseen_passive(sentence: str) -> bool:
    """A passive the verifier's rule does not see (``_passive``), after the rewrite's voice repairs.

    A passive the rule sees is offered: the verifier refuses the piece, and compose.py repairs its
    voice or drops the rescue; one it cannot see would pass as it is, so the clause is not offered.
    """
    return _passive(sentence) and not any(f.check == "rule.passive" for f in rule_failures(sentence))


def _linked(text: str, link: str) -> str:
    """The sentence with the word that links it to the one before ("Aber die Kosten …")."""
    opener = _LINK.get(link)
    if opener is None:
        return text
    if opener.endswith(":"):
        return f"{opener} {text}"  # "Der Grund ist: Der Platz …": a main clause after the colon
    tagged = morph.tag(text)
    keep = bool(tagged) and tagged[0].pos in ("NN", "NE")  # a noun keeps its capital
    return f"{opener} {text if keep else text[:1].lower() + text[1:]}"


def _reading(context: RescueContext) -> tuple[list[str], list[str]] | None:
    """The coordinated sentence's shared part and clauses, or None for speech, a heading or reported speech."""
    if context.source.speech or context.source.heading:
        return None
    if any(f.check == "rule.konjunktiv" for f in rule_failures(context.text)):
        return None  # reported speech: what the speaker said is no fact to state
    return split_coordinated(context.text)


def coordinated(context: RescueContext) -> Rescue | None:
    """Every main clause of the sentence as a sentence of its own, joined the way the source joined them."""
    found = _reading(context)
    if found is None:
        return None
    sentences, links = found
    out: list[str] = []
    for sentence, link in zip(sentences, links, strict=True):
        said = _said(sentence, context)
        if any(_unseen_passive(s) for s in said):
            return None
        out.extend([_linked(said[0], link), *said[1:]])
    return Rescue(tuple(out))


def coordinated_alone(context: RescueContext) -> Rescue | None:
    """The main clauses that pass the rules alone, when another one cannot be said (omission over error).

    Each clause of a Reihung is true without the others, so the ones the rules accept may stand; the
    link word goes with the clause before it, which is not said.
    """
    found = _reading(context)
    if found is None or _framed(found[0][0]):
        return None  # clauses cut by their contrasting frames are said together or not at all
    out: list[str] = []
    for sentence in found[0]:
        if _pointing(sentence) or sentence.split()[0] in FOLLOWER_OPENERS:
            # "sein Führerschein …", "Das gilt ab …" alone or after another clause: what it points at
            # was said in the clause left out.
            continue
        said = _said(sentence, context)
        if any(_unseen_passive(s) for s in said):
            continue
        if _passes(said[0]) and all(_passes(s, follower=True) for s in said[1:]):
            out.extend(said)
    if not out or len(out) == len(found[0]):
        return None
    return Rescue(tuple(out))
