"""The lead's main clause, subject first, for leads the kernel (core.py) cannot cut: any kind of news.

News writing puts the news into the lead's first sentences (inverted pyramid), for a research
result, a new service, a birth at a zoo or a new plant alike. core.kernel only takes leads whose
phrases it can sort into time, place and event; this step takes the rest with two cuts German
grammar marks as safe: a trailing relative clause or "um … zu" clause goes (it describes a noun or
gives a purpose; the main clause is as true without it), and an opening prepositional phrase of time
or circumstance in the Vorfeld goes, the subject after the finite verb moving to the front
("Nach zwei Jahren Bauzeit ist die Bibliothek umgezogen." -> "Die Bibliothek ist umgezogen."). Every
other word stays in its order; the verifier decides whether the result may stand (omission over error).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.core import after_lead_in
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.leadcuts import first_statement, simpler
from pressconv.transforms.easy.leadprep import lead_indexes, protect, restore, without_dateline
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.means import named_means
from pressconv.transforms.easy.newsapart import plain_time
from pressconv.transforms.easy.nounphrases import shorter_main
from pressconv.transforms.easy.phrases import _TIME, _chunks, _droppable, _kind, direction
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.titles import _relative_clause

__all__ = ["lead_main", "lead_sentences", "lead_statement"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Vorfeld prepositions whose phrase sets the time or the circumstance of a statement that is true
# without it ("am Montag", "nach zwei Jahren", "mit einem Fest"). Never "ab", "bis" or "von" (without
# them a future or limited state would read as true now), never "ohne", "trotz", "für", "wegen" or
# "außer" (they change or qualify the statement).
_OPENING: Final = frozenset(["am", "im", "nach", "mit", "seit", "in", "zum", "zur", "anlässlich"])
# Of these, a phrase of time or place limits where and when a state holds ("Am Montag ist das Bad
# geschlossen", "In Berlin ist X verboten"): it may go only from a clause that reports a completed
# event (_event_clause). "bei" is never among them: "Bei Regen fällt das Fest aus" is a condition.
_LIMITS_STATE: Final = frozenset(["am", "im", "in"])
# "für die Nacht auf Sonntag", "mit dem ersten Advent", "vor dem Wochenende": these prepositions
# open a Vorfeld phrase of time too (Duden: temporal use). Only a phrase that names a time goes
# ("Für Kinder ist der Eintritt frei" keeps its "für"), and, as for "am", only from a completed event.
_TIME_ONLY: Final = frozenset(["für", "vor"])
# Framing phrases of officialese ("Im Zuge der Sanierung …", "Im Rahmen der Woche …", "Im Auftrag der
# Staatsanwaltschaft …"): they name the occasion, the frame or the client of an act, never when or
# where a state holds, so the act is as true without them (Bürgernahe Verwaltungssprache: such
# Vorfeld phrases are the first thing a plain rewrite drops).
_FRAMES: Final = frozenset(["Zuge", "Rahmen", "Auftrag", "Vorfeld", "Verlauf", "Anschluss"])
# A nominative subject after the finite verb opens with one of these (or is a name).
_NOMINATIVE: Final = frozenset(["der", "die", "das", "ein", "eine"])
_COMMON_NOUN: Final = 3.0  # Zipf: a noun this frequent is a common word, not a place's or person's name
_NP: Final = ("ART", "ADJ(A)", "NN", "NE", "CARD", "PIAT")
# Words that must not open a lead's subject or stand in it: they point outside the sentence.
_POINTING: Final = re.compile(r"\b(?:er|sie|es|dies\w*|jene\w*|beide\w*|dort|hier|wir|uns|unser\w*|Sie|Ihr\w*)\b")
# Words a sentence never loses: the rubric forbids a dropped "nicht/nur/auch/alle" (item 2).
_SCOPE: Final = re.compile(r"\b(?:nicht|kein\w*|nie|nur|ohne|alle\w*|jede\w*)\b", re.IGNORECASE)


# A negation or a word that limits the statement: what stands in its scope must not go (phrases._SCOPE).
_NEGATED: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand|nichts|ohne|nur|kaum)\b", re.IGNORECASE)


# The right bracket of a main clause (German topology): participle, infinitive, separable particle.
_RIGHT_BRACKET: Final = ("VV(PP)", "VA(PP)", "VM(PP)", "VV(INF)", "VA(INF)", "VM(INF)", "PTKVZ")
# Relative pronouns ("…, mit dem …", "…, die …", "…, dessen …").
_RELATIVE_PRONOUNS: Final = frozenset(
    ["der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher", "welches", "welchem", "welchen"]
)


# Pronominal adverbs that point forward to a clause after the comma (Duden grammar: Korrelat):
# "fordert … dazu auf, …", "weist darauf hin, dass …". That clause is the verb's object, never a cut.
_CORRELATE: Final = re.compile(r"\b(?:da|dar)(?:zu|auf|um|für|an|über|mit|von|vor|nach|aus|in|bei|durch|gegen)\b", re.I)


def _join(words: Sequence[str]) -> str:
    """The words joined with German spacing; "14-jährige" and a bracket or quotation mark hug their words."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.;:!?)“])", r"\1", text)
    text = re.sub(r"(\d) -(?=[a-zäöüß])", r"\1-", text)  # "14-jährige" is one word, tagged as two
    return re.sub(r"([(„])\s+", r"\1", text)


def _relative(rest: Sequence[morph.Token]) -> bool:
    """The words after a comma open a relative clause (titles._relative_clause), also where its last
    verb is tagged as a participle.

    A verb-final clause after a relative pronoun ends in its finite verb (Duden grammar); a lone
    participle there with no auxiliary after it is a homograph of the finite form ("…, bei der
    Kunden Briefe erhalten", "…, die im Mai eröffnet"), which HanTa tags as a participle.
    """
    if _relative_clause(tuple(rest)):
        return True
    body = [t for t in rest if not t.pos.startswith("$")]
    if not body or body[-1].pos != "VV(PP)" or any(t.word in (",", ";", ":") for t in rest[:-1]):
        return False
    return _relative_clause((*rest[:-1], replace(rest[-1], pos="VV(FIN)")))


def _closed(main: Sequence[morph.Token]) -> bool:
    """The clause ends in its right bracket: a participle, an infinitive or a separable particle after its finite verb."""
    finite = [i for i, t in enumerate(main) if t.pos in _FINITE]
    return len(finite) == 1 and len(main) > finite[0] + 1 and main[-1].pos in _RIGHT_BRACKET


def _opens_relative(rest: Sequence[morph.Token]) -> bool:
    """The words after a comma open a relative clause: a relative pronoun, after its preposition if any."""
    start = 1 if rest and rest[0].pos in ("APPR", "APPRART") else 0
    if len(rest) <= start + 2 or rest[start].word not in _RELATIVE_PRONOUNS:
        return False
    # Without a preposition, "die Bürger freuen sich" is an article and a noun: a main clause of its own.
    return start == 1 or rest[start + 1].pos not in ("NN", "NE", "ADJ(A)")


def _main_part(tagged: Sequence[morph.Token]) -> list[morph.Token] | None:
    """The tokens before a trailing relative or "um … zu" clause; None for any other comma or dash."""
    for i, token in enumerate(tagged):
        if token.word in (";", ":", "–", "-", "(", ")", '"'):
            return None
        if token.word != ",":
            continue
        rest = tuple(tagged[i + 1 :])
        if _CORRELATE.search(" ".join(t.word for t in tagged[:i])):
            return None  # "fordert X dazu auf, …": the clause after the comma is the verb's object
        if any(t.word == "als" for t in tagged[max(0, i - 4) : i]):
            return None  # "lobte X als eine Stadt, die …": the relative clause is what the "als" phrase says
        infinitive = any(t.pos in ("PTKZU", "VV(IZU)") for t in rest)
        if _SCOPE.search(" ".join(t.word for t in tagged[:i])):
            return None  # "alle Autos kontrolliert, die zu schnell fuhren": the clause limits "alle"
        if _relative(rest) and not infinitive and not any(t.word == "," for t in rest[:-1]):
            return list(tagged[:i])
        if _closed(tagged[:i]) and _opens_relative(rest):
            # "… beschlossen, mit dem A, B und C gefördert werden.": after the right bracket the
            # relative clause runs to the end (Nachfeld), whatever commas its own list has.
            return list(tagged[:i])
        if rest and rest[0].word == "um" and any(t.pos in ("PTKZU", "VV(IZU)") for t in rest):
            return list(tagged[:i])
        return None
    # Only the closing mark goes: the dot of an ordinal ("am 25. September") is part of the date.
    body = list(tagged)
    while body and body[-1].word in (".", "!"):
        body.pop()
    return body


def _noun_phrase_end(tokens: Sequence[morph.Token], start: int) -> int:
    """Index after the noun phrase at ``start``, with coordinated phrases ("die A und die B")."""
    end = start
    nouns = False
    while end < len(tokens):
        pos = tokens[end].pos
        if pos in ("NN", "NE"):
            nouns = True
        elif tokens[end].word in ("und", "sowie") and nouns and end + 1 < len(tokens) and tokens[end + 1].pos in _NP:
            nouns = False
        elif nouns or pos not in _NP or (end > start and pos == "ART" and tokens[end - 1].word not in ("und", "sowie")):
            break
        end += 1
    return end if nouns else start


# Adverbs that hedge, limit or date a statement ("voraussichtlich", "noch", "erst", "zunächst"):
# without them it would say more than the source (rubric, item 2). Any other lone adverb
# ("offiziell", "gestern") only adds a circumstance.
_KEEP_ADVERBS: Final = frozenset(
    [
        "voraussichtlich", "vermutlich", "wahrscheinlich", "möglicherweise", "angeblich", "mutmaßlich",
        "eventuell", "noch", "auch", "nur", "erst", "zunächst", "vorerst", "vorläufig", "nicht", "nie",
        "kaum", "fast", "etwa", "rund", "bis", "mindestens", "höchstens", "wieder", "nicht mehr",
    ]
)  # fmt: skip


def _event_clause(finite: morph.Token, rest: Sequence[morph.Token]) -> bool:
    """The clause reports a completed event: Perfekt with "haben", Perfekt with "sein" of a verb that
    takes "sein" (morph.participle), or a Präteritum of a full verb. A present tense or "ist" with the
    participle of a verb that takes "haben" (Zustandspassiv: "ist gesperrt") describes a state, whose
    time and place say when and where it holds; they are never left out of it."""
    participles = [t for t in rest if t.pos == "VV(PP)"]
    if finite.lemma == "haben" and participles:
        return True
    if finite.lemma == "sein" and participles:
        found = morph.participle(participles[-1].lemma)
        return found is not None and found[1] == "sein"
    return finite.pos == "VV(FIN)" and morph.is_preterite(finite.word, finite.lemma)


# Finite forms of the copulas (Duden grammar: Kopulaverben sein, bleiben, werden).
_COPULA_FORMS: Final = frozenset({"ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "blieben", "wird", "werden"})


def _fit(head: list[str], rest: Sequence[morph.Token], *, event: bool = True) -> list[str]:
    """The rest of the clause with time phrases, lone circumstance adverbs and circumstance phrases
    left out, one at a time, until the sentence has at most HARD_LIMIT words (the statement stays
    true with less detail; what is left out is reported nowhere, as for any omission)."""
    chunks = _chunks(rest)
    if chunks is None or _NEGATED.search(" ".join(t.word for t in rest)):
        # Under a negation or a limiting word every phrase is in its scope: "wirkt nicht ausreichend mit"
        # without "ausreichend" says "not at all" (rubric, item 2). Nothing goes from such a clause.
        return [*head, *(t.word for t in rest)]

    def count() -> int:
        """The number of words of the core so far, one more for the end."""
        return len(_join([*head, *(t.word for c in chunks for t in c)]).split()) + 1

    while count() > HARD_LIMIT:
        last = len(chunks) - 1
        times = [
            i
            for i, c in enumerate(chunks)
            if event and i < last and (_kind(c) == "time" or (c[0].pos in ("APPR", "APPRART") and _time_phrase(c)))
        ]
        # After a copula the clause's last word is its predicate ("sind … wohlauf", "bleibt … geschlossen"):
        # without it the clause says nothing (rubric item 3), so it is no circumstance to leave out.
        predicate = last if head and head[-1].lower() in _COPULA_FORMS else None
        adverbs = [
            i
            for i, c in enumerate(chunks)
            if len(c) == 1 and c[0].pos in ("ADV", "ADJ(D)") and c[0].word.lower() not in _KEEP_ADVERBS and i != predicate
        ]
        circumstances = [i for i in range(last) if _droppable(chunks, i)]
        # The procedure goes first: it says least of what the reader needs (the time, the place say more).
        procedures = [i for i in range(last) if _procedure(chunks[i])]
        # Where a completed event happened is a detail of it, as its time is (core.py moves both out);
        # a state's place limits where it holds and stays.
        # The next phrase must open with a word that starts a phrase: a bare noun after it may be the
        # rest of the place's name ("im Rathaus Nordstadt"), which would be left standing alone.
        places = [
            i
            for i in range(last)
            if event and _kind(chunks[i]) == "place" and chunks[i + 1][0].pos not in ("NN", "NE", "CARD", "XY")
        ]
        choices = procedures or times or adverbs or circumstances or places
        if not choices:
            break
        drop = choices[0]
        if _procedure(chunks[drop]):
            # "auf Vorschlag vom Ministerium für Wirtschaft und Arbeit": the portfolio after the
            # proposer's name is part of that name and goes with it.
            while drop + 1 < last and chunks[drop + 1][0].word == "für":
                del chunks[drop + 1]
                last -= 1
        del chunks[drop]
    return [*head, *(t.word for c in chunks for t in c)]


# Council, cabinet and assembly reports name the meeting a decision was made in and who proposed it
# ("hat in seiner Sitzung auf Antrag der Verwaltung … beschlossen"): the procedure, not the decision.
# Without it the decision is told as true (newsapart.py gives the meeting's day to the decision too).
_MEETINGS: Final = re.compile(r"(?:[Ss]itzung|[Vv]ersammlung|[Tt]agung|[Kk]lausur)$")
_PROPOSALS: Final = frozenset(["Vorschlag", "Antrag", "Initiative", "Empfehlung", "Anregung", "Beschlussvorlage"])


def _procedure(chunk: Sequence[morph.Token]) -> bool:
    """ "in seiner Sitzung", "in der öffentlichen Ratssitzung", "auf Antrag der Verwaltung": a decision's procedure."""
    words = [t.word for t in chunk]
    if words[0] in ("in", "bei", "während") and len(words) <= 4 and _MEETINGS.search(words[-1]):
        return chunk[1].pos in ("PPOSAT", "ART")
    return words[0] == "auf" and len(words) > 1 and words[1] in _PROPOSALS and not _SCOPE.search(" ".join(words))


def _direction(tokens: Sequence[morph.Token]) -> bool:
    """ "in das Rathaus", "ins Haus", "auf einen Platz": a preposition with the accusative says where to;
    such a phrase completes the verb ("ist … umgezogen"), it is no attribute of the noun before it
    (phrases.direction)."""
    return direction([t.word for t in tokens])


def _time_phrase(tokens: Sequence[morph.Token]) -> bool:
    """The prepositional phrase at the start names a time ("am Montag", "in den Sommerferien")."""
    end = next((i + 1 for i, t in enumerate(tokens) if t.pos in ("NN", "NE")), 0)
    words = " ".join(t.word for t in tokens[:end])
    return bool(end) and bool(_TIME.search(words) or re.search(r"(?:ferien|jahr|woche|monat)\b", words, re.I))


def lead_main(sentence: str) -> str | None:
    """The sentence's main clause, subject first, without a trailing relative clause or opening circumstance."""
    text = after_lead_in(sentence) or sentence
    if not text.rstrip().endswith((".", "!")) or "?" in text:
        return None
    tagged = morph.tag(text)
    main = _main_part(tagged)
    if main is None or len(main) < 3:
        return None
    verb = next((i for i, t in enumerate(main) if t.pos in _FINITE), None)
    if verb is None or verb == 0 or sum(1 for t in main if t.pos in _FINITE) != 1:
        return None
    vorfeld, rest = main[:verb], main[verb + 1 :]
    finite = main[verb]
    if vorfeld[0].pos in ("ART", "NE", "NN", "ADJ(A)"):
        # Verb second: the Vorfeld holds one constituent, so a noun phrase there with its attributes
        # ("Ein Team von der Universität X", "Die Firma mit Sitz in Y") is the subject as a whole.
        if _noun_phrase_end(vorfeld, 0) == 0 or any(t.word == "," or t.pos.startswith("V") for t in vorfeld):
            return None
        words = _fit([t.word for t in main[: verb + 1]], rest, event=_event_clause(finite, rest))
        cut = len(main) != len([t for t in tagged if t.word not in (".", "!")])
        if not cut and text == sentence and len(words) == len(main):
            return None  # nothing to cut: the normal path judges the sentence as it is
    elif vorfeld[0].pos in ("APPR", "APPRART") and (
        vorfeld[0].word.lower() in _OPENING or (vorfeld[0].word.lower() in _TIME_ONLY and _time_phrase(vorfeld))
    ):
        frame = len(vorfeld) > 2 and vorfeld[0].word.lower() == "im" and vorfeld[1].word in _FRAMES
        if any(t.pos in _FINITE or t.word == "," for t in vorfeld):
            return None
        if any(t.pos.startswith("V") for t in vorfeld) and not frame:
            return None
        if _SCOPE.search(" ".join(t.word for t in vorfeld)):
            return None  # "Nur mit Ausweis": the phrase limits the statement
        limits = vorfeld[0].word.lower() in _LIMITS_STATE or vorfeld[0].word.lower() in _TIME_ONLY or _time_phrase(vorfeld)
        if limits and not frame and not _event_clause(finite, rest):
            return None  # "Am Montag ist das Bad geschlossen": the state holds only then
        if frame and rest and rest[0].word == "man" and rest[0].pos == "PIS":
            # "Im Zuge der Arbeiten sperrt man die Straße": the voice step's impersonal subject. Only after
            # a framing phrase: "Im Büro hat man …" keeps its place, which the impersonal clause needs.
            rest = [morph.Token("Man", "man", "PIS"), *rest[1:]]
        if not rest or not (rest[0].word.lower() in _NOMINATIVE or rest[0].pos == "NE" or rest[0].word == "Man"):
            return None
        end = 1 if rest[0].word == "Man" else _noun_phrase_end(rest, 0)
        if end == 0:
            return None
        while end < len(rest) and rest[end].word == "des" and rest[end].pos == "ART":
            # "die Zahl des Jahres": a genitive attribute belongs to the subject it follows.
            after = _noun_phrase_end(rest, end)
            if after == end:
                return None
            end = after
        if end < len(rest) and (rest[end].pos in ("NN", "NE") or rest[end].word == "der"):
            # "der Verein der Stadt": a genitive attribute or a dative object, the tags cannot tell.
            return None
        if (
            end < len(rest)
            and rest[end].pos in ("APPR", "APPRART")
            and not _time_phrase(rest[end:])
            and not _direction(rest[end:])
        ):
            # "das Ministerium für Entwicklung …": a phrase after the subject may be its attribute;
            # moved to the front alone, the subject would lose it. Only a time phrase is sure to be none.
            return None
        if any(
            a.pos == "NN" and b.pos == "NN" and b.word[:1].isupper() and zipf(b.word) >= _COMMON_NOUN
            for a, b in itertools.pairwise(rest[:end])
        ):
            # "sucht die Polizei Zeugen und …": two common nouns side by side are two phrases (the
            # subject and the object), not one subject; a name after a noun ("die Stadt Talheim") is rare.
            return None
        subject = [t.word for t in rest[:end]]
        head = [subject[0][:1].upper() + subject[0][1:], *subject[1:], finite.word]
        words = _fit(head, rest[end:], event=_event_clause(finite, rest))
        # The subject agrees with the verb: "ein/eine" or a lone "der/das" noun takes a singular verb.
        plural_verb = finite.word.endswith("en") or finite.word == "sind"
        listed = any(w in ("und", "sowie") for w in subject)
        if plural_verb and subject[0].lower() in ("ein", "eine", "das") and not listed:
            return None
    else:
        return None
    out = _join(words) + "."
    if out.count("„") != out.count("“") or re.search(r"„[^“]*\b(?:ist|sind|hat|haben|wird|werden)\b", out):
        return None  # a quotation is somebody's words, not a name
    if _POINTING.search(out):
        return None
    if len(_SCOPE.findall(out)) != len(_SCOPE.findall(" ".join(t.word for t in main))):
        return None
    return out


# The procedure phrases of _procedure as they stand in a sentence.
_PROCEDURE_WORDS: Final = re.compile(
    r"\b(?:in|bei|während) (?:seiner|ihrer|der) [^,.]*?(?:[Ss]itzung|[Vv]ersammlung|[Tt]agung|[Kk]lausur)\b"
    r"|\bauf (?:Vorschlag|Antrag|Initiative|Empfehlung|Anregung|Beschlussvorlage)\b"
)


def _rescued_with_time(found: str, read: str) -> bool:
    """The cut dropped the sentence's time and its procedure, and the time rescuer can say it with its time apart.

    A cut that leaves out when something happened says less than a head with a follower that keeps
    it ("Der Rat hat X gewählt." / "Das war am 4. Mai 2026."); the refused sentence then goes to the
    rescuers (newsapart.py, timeout.py) instead.
    """
    if not (_TIME.search(read) and not _TIME.search(found)):
        return False
    if not (_PROCEDURE_WORDS.search(read) and not _PROCEDURE_WORDS.search(found)):
        return False  # only a cut that took a procedure out as well: without it, the cut was as before
    rescued = split(plain_time(read, None), None)
    return not isinstance(rescued, str) and len(rescued[0].split()) <= HARD_LIMIT


def _main_statement(text: str, *, opening: bool = True) -> str | None:
    """The lead's main clause (lead_main) after the safe cuts of leadcuts: apposition, seat, a second main clause.

    Only the lead's ``opening`` sentence is split at a second main clause: the later sentences of the
    lead tell details that the release's facts (templates) say already, and a split one repeats them.
    """
    plain = simpler(text)
    found = lead_main(plain)
    if found is not None:
        return found
    first = first_statement(plain) if opening else None
    if first is None:
        return plain if plain != text and plain.count(",") == 0 else None
    # The first main clause alone: cut further where it can be, else as it stands (the verifier judges).
    return lead_main(first) or first


def lead_statement(text: str) -> str | None:
    """The main clause of a lead sentence's rewrite ``text`` as lead_sentences cuts it (no split at a
    second main clause), with the weekdays of its dates back; None when it has none to cut."""
    read = without_dateline(text)
    found = _main_statement(protect(read), opening=False)
    return None if found is None else restore(found, read)


def lead_sentences(
    sentences: Sequence[SourceSentence], rewrite: Callable[[str], str], *, skip: frozenset[int] = frozenset(), limit: int = 3
) -> list[tuple[int, str]]:
    """The main clause of each of the lead's first ``limit`` sentences, rewritten, with its source index.

    The lead is the sender's own first paragraph (not a heading, not speech); where every sentence
    is a paragraph of its own, its first sentences are the lead.
    """
    own = [i for i, s in enumerate(sentences) if not s.heading and not s.speech]
    if not own:
        return []
    first = sentences[own[0]].paragraph
    single = len({sentences[i].paragraph for i in own[:limit]}) == len(own[:limit])
    lead = own[:limit] if single else [i for i in own if sentences[i].paragraph == first][:limit]
    # The paragraph a dateline opens is the lead, after a banner or bullets (leadprep.lead_indexes).
    lead = (lead_indexes(sentences, own) or lead)[:limit]
    out: list[tuple[int, str]] = []
    for index in lead:
        if index in skip:
            continue
        # Without the dateline, and with a date apposition read as one time phrase (leadprep).
        read = rewrite(without_dateline(sentences[index].text))
        found = _main_statement(protect(read), opening=index == lead[0])
        if found is None and without_dateline(sentences[index].text) != sentences[index].text and "," not in read:
            found = read  # the dateline was all there was to cut: the sentence itself (the verifier judges)
        if found is not None and _rescued_with_time(found, read):
            continue  # the time rescuer (newsapart) says the same with its time in a follower: it goes first
        # A clause still too long, or none to cut: shorter noun phrases first (nounphrases.py).
        finished = rewrite(restore(found, read)) if found is not None else None
        shorter = shorter_main(
            finished,
            protect(read),
            partial(_main_statement, opening=index == lead[0]),
            lambda cut: rewrite(restore(cut, read)),  # noqa: B023  (called before the loop goes on)
        )
        if shorter is not None or finished is not None:
            out.append((index, shorter or finished or ""))
            continue
        # "Mit dem neuen Programm „X“ fördert das Amt …": the named programme the lead announces (means.py).
        text = sentences[index].text
        means = named_means(after_lead_in(text) or text)
        if means is not None:
            out.extend((index, rewrite(sentence)) for sentence in means)
    return out
