"""Which source sentences reach the summary: the lead, each paragraph's opening, each speaker's claim.

News writing puts the main statement first (the inverted pyramid): the lead paragraph, then each
paragraph's topic sentence, then detail. Sentences are tried in that order of importance and the
verified ones are written in source order, so the summary reads like the release, only shorter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import pieces, resolve, shorten, trim
from pressconv.transforms.easy.colons import explained
from pressconv.transforms.easy.core import kernel, nominalised
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.reported import full_verb_subjunctive
from pressconv.transforms.easy.rivals import persons, rival
from pressconv.transforms.easy.shorten import condensed
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.subordinate import named_subject

__all__ = ["Candidate", "candidates", "frame_speech", "ranked", "speaker_label", "split_sentences_of"]

# Words a speaker's role may have in the frame "Oberbürgermeister Ullrich Sierau sagt: …".
_ROLE_WORDS: Final = 2
_LONG_ROLE: Final = 14
_LIMIT: Final = HARD_LIMIT  # words per sentence; "sagt" counts as one more


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rewritten piece of a source sentence, with where it came from."""

    text: str
    index: int  # the source sentence's position in the release
    piece: int  # the piece's position within that sentence
    source: SourceSentence


def ranked(sentences: Sequence[SourceSentence]) -> list[int]:
    """Indices of the sentences worth trying, most important first.

    Tiers: the lead; the first sentence of every other paragraph; the first sentence each speaker
    says; every other sentence of the sender. Within a tier, source order. Headings and list items
    are left to the fact templates; speech without a known speaker cannot be attributed.
    """
    tiers: list[list[int]] = [[], [], [], []]
    speakers: set[str] = set()
    for index, sentence in enumerate(sentences):
        if sentence.heading:
            continue
        if sentence.speech:
            if sentence.speaker and sentence.speaker not in speakers:
                speakers.add(sentence.speaker)
                tiers[2].append(index)
            elif sentence.speaker:
                tiers[3].append(index)
            continue
        if sentence.lead:
            tiers[0].append(index)
        elif sentence.position == 0:
            tiers[1].append(index)
        else:
            tiers[3].append(index)
    return [index for tier in tiers for index in tier]


def speaker_label(name: str, role: str | None) -> str:
    """ "Oberbürgermeister Ullrich Sierau": the name with a short role noun of the source before it.

    A role of more words ("Leiterin des Geschäftsbereichs …") is cut to its first noun phrase only
    when that stays a role ("Leiterin"); modifiers that change the role (stellvertretend) stay with it.
    """
    if not role:
        return name
    head: list[morph.Token] = []
    tokens = morph.tag(role)
    taken = 0
    for token in tokens:
        taken += 1
        if token.pos in ("ADJ(A)", "NN", "NNA") and len(head) < _ROLE_WORDS:
            head.append(token)
            if token.pos in ("NN", "NNA"):
                break
            continue
        if token.pos == "NE" and not head:
            continue  # "Berlins Kultursenator": the place's genitive goes, the role stays
        break
    # A relational role noun cut from its complement ("Leiterin Politik bei Wikimedia", "Sprecher des
    # Vereins") would say the person leads or speaks for someone else, most often the sender: a wrong
    # statement. Only a role that is whole as written goes before the name.
    if any(t.pos not in ("$,", "$.", "$(") for t in tokens[taken:]):
        return name
    # A role word the compound splitter may not split ("Forschungsfeldleiter") would fail the
    # long-word rule and take the statement with it: the name alone says who speaks.
    if not head or head[-1].pos not in ("NN", "NNA") or any(_unsplittable(t.word) for t in head):
        return name
    words = [t.word for t in head]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:], name])


def _unsplittable(word: str) -> bool:
    """A word of 14 letters or more that the compound splitter cannot split at verified parts."""
    from pressconv.transforms.easy.compounds import segment

    return len(word) >= _LONG_ROLE and "·" not in segment(word, "·")


# Contrast and concession (Duden: adversative and concessive connectives): what follows them
# qualifies or reverses the sentence before.
_CONTRAST_OPENER: Final = re.compile(
    r"(?:Jedoch|Aber|Doch|Allerdings|Trotzdem|Dennoch|Gleichwohl|Andererseits|However|But|Yet)\b"
)
# "und zwar" specifies ("namely": "…, und zwar vom 1. bis 30. Juni"); only a bare "zwar" concedes.
_CONCESSIVE: Final = re.compile(r"\b(?:(?<!und )zwar|obwohl|obgleich|wenngleich|although|though)\b", re.IGNORECASE)
# "solche"/"solcher" as a determiner points back like "diese" (rubric, item 3): "11 solcher Ämter"
# says what kind of office only with the sentence before it.
_SUCH: Final = re.compile(r"\b[Ss]olch(?:e|er|en|em|es)\b")


def frame_speech(label: str, text: str) -> str:
    """ "Ullrich Sierau sagt: Dortmund ist stolz." — the speaker's words as a reported statement."""
    return f"{label} sagt: {text[:1].upper()}{text[1:]}"


def candidates(
    sentences: Sequence[SourceSentence],
    rewrite: Callable[[str], str],
    *,
    speech_words: int = 10,
    own_voice: Callable[[str], str] | None = None,
) -> list[Candidate]:
    """Every rewritten piece of the ranked sentences, most important sentence first.

    Pronouns that open a sentence are replaced by the previous sentence's name where that is
    certain (``resolve``); speech is framed with its speaker, and only speech short enough for the
    frame to keep the whole sentence within the limit.
    """
    out: list[Candidate] = []
    centres = protagonists(sentences)
    for index in ranked(sentences):
        sentence = sentences[index]
        text = sentence.text
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if _CONCESSIVE.search(text) or (
            following is not None and following.paragraph == sentence.paragraph and _CONTRAST_OPENER.match(following.text)
        ):
            # "Die Initiative ist positiv. Jedoch enttäuscht der Entwurf.": the sentence alone would turn
            # a criticism into praise. A concession ("zwar …") needs its "aber"; both are left out.
            continue
        if sentence.speech and _quote_goes_on(sentences, index):
            # One sentence of a longer statement is often its frame ("X ist ein wichtiger Schritt. Jetzt
            # muss …"): reported alone it can say the opposite of what the speaker meant.
            continue
        previous = sentences[index - 1].text if index and sentences[index - 1].paragraph == sentence.paragraph else None
        if _SUCH.search(text):
            continue
        for number, cut in enumerate(_colons_apart(pieces(condensed(text)))):
            # A piece may open with a pronoun once a leading clause is gone ("Als er …, stürzte er").
            piece = resolve(cut, previous) or _renamed(cut, centres.get(index)) or named_subject(cut, previous) or cut
            said = None if sentence.speech else _reported(sentences, index, piece)
            if said is not None:
                # Konjunktiv I after a named speaker: the speaker's view in the indicative (reported.py).
                sentence, piece = said
            elif not sentence.speech and full_verb_subjunctive(piece):
                continue  # reported words ("man helfe …") whose speaker is not certain: left out
            if sentence.speech:
                if sentence.speaker is None:
                    continue
                # The length that counts is the one reported: a quote shortened to its main clause
                # (shorten.py, clauses.shorten) is as much the speaker's statement (issue 16).
                body = shorten(trim(rewrite(piece)), _LIMIT - 3)
                if len(body.split()) > speech_words:
                    continue
                label = speaker_label(sentence.speaker, sentence.role)
                if len(label.split()) + len(body.split()) >= _LIMIT:
                    label = sentence.speaker  # the role goes before the statement does
                out.append(Candidate(frame_speech(label, body), index, number, sentence))
                continue
            if own_voice is not None:
                piece = own_voice(piece)  # the sender's "wir" (never a speaker's) named (person.py)
            out.append(Candidate(_fitted(shorten(trim(rewrite(piece)))), index, number, sentence))
    return out


def _colons_apart(cuts: list[str]) -> list[str]:
    """The pieces with a clause that details the one before its colon said apart (colons.explained)."""
    out: list[str] = []
    for cut in cuts:
        halves = explained(cut) if ":" in cut else None
        if halves is None:
            out.append(cut)
        else:
            out.extend(piece for half in halves for piece in pieces(half))
    return out


def _reported(sentences: Sequence[SourceSentence], index: int, piece: str) -> tuple[SourceSentence, str] | None:
    """The sentence as its speaker's statement and the piece in the indicative, if it is reported speech."""
    from dataclasses import replace

    from pressconv.transforms.easy.reported import indicative, reporting_speaker

    found = reporting_speaker(sentences, index)
    plain = indicative(piece) if found is not None else None
    if found is None or plain is None:
        return None
    return replace(sentences[index], speech=True, speaker=found[0], role=found[1]), plain


def split_sentences_of(offered: Sequence[Candidate]) -> frozenset[int]:
    """Source sentences cut into several main clauses (clauses.pieces): each clause is a fact of its own.

    The core step says one clause of a lead sentence (its news); the other clauses of the same
    sentence (the reason, what happened before or after) are still to be said, and the summary's
    repeat checks keep the one the core said from coming twice.
    """
    counts: dict[int, int] = {}
    for candidate in offered:
        if not candidate.source.speech:
            counts[candidate.index] = counts.get(candidate.index, 0) + 1
    return frozenset(index for index, count in counts.items() if count > 1)


# A written calendar date ("14. Juni 2026", "14.06.2026"), which rescuers can say apart.
_CALENDAR_DATE: Final = re.compile(rf"\b\d{{1,2}}\.\s?(?:{'|'.join(MONTHS_DE)}|\d{{1,2}}\.)")


def _fitted(text: str) -> str:
    """A sentence over the limit cut to its kernel: subject, verb and objects (core.kernel).

    Leichte-Sprache rule books ask for one statement per short sentence; the kernel keeps the
    statement and leaves out time, place and circumstance phrases that do not fit, refusing any
    sentence whose structure it cannot read (then the sentence stays as it is, for the verifier).
    """
    if len(text.split()) <= _LIMIT:
        return text
    found = kernel(text)
    if found is None or len(found.text.split()) > _LIMIT:
        return text
    if found.hours:
        return text  # "ist am Sonntag gesperrt": without its time a state reads as always (core._HOURS)
    if found.time and _CALENDAR_DATE.search(found.time):
        # The kernel moved a calendar date out that this step would not say: the sentence stays whole,
        # so that a rescuer can say that date in a follower of its own (timeout.py, deadlines.py). A
        # bare weekday ("am Dienstag") no rescuer can date, and the kernel says the news without it.
        return text
    return found.text


# Person reports introduce someone with an indefinite noun phrase and then say "er"/"sie" (police and
# fire-brigade convention: "Ein 77-Jähriger war … unterwegs. Er stürzte …"). A noun phrase is sure to
# name a person, and to show its gender, when it is an age nominal ("ein 77-Jähriger", "eine
# 34-Jährige"), a nominalised adjective ("ein Unbekannter") or a feminine "-in" noun ("eine Radfahrerin").
_PERSON: Final = re.compile(
    r"^(?:(?P<m>[Ee]in)\s+(?P<mw>\d+-Jähriger|[A-ZÄÖÜ][a-zäöüß]+er)"
    r"|(?P<f>[Ee]ine)\s+(?P<fw>\d+-Jährige|(?:\d+-jährige\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:in|e)))\b"
)


def _introduced(tagged: tuple[morph.Token, ...]) -> tuple[str, str, str] | None:
    """("Er", "Der 77-Jährige", "Ein 77-Jähriger") when the subject introduces one person; else None.

    The subject is the noun phrase that opens the sentence before its finite verb or directly follows
    the finite verb after an adverbial (German verb-second order); nothing else is read as a subject.
    """
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None:
        return None
    text = " ".join(t.word for t in tagged)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    words = [t.word for t in tagged]
    before = re.sub(r"(\d) (?=-\w)", r"\1", " ".join(words[:verb]))
    after = re.sub(r"(\d) (?=-\w)", r"\1", " ".join(words[verb + 1 :]))
    for candidate in (before, after):
        match = _PERSON.match(candidate)
        if match is None:
            continue
        if candidate is before and match.end() != len(before):
            continue  # the Vorfeld holds more than this phrase
        if candidate is after and tagged[0].pos not in ("APPR", "APPRART", "ADV"):
            continue  # after the verb only when an adverbial opened the sentence
        head = tagged[verb + 1 :] if candidate is after else tagged[:verb]
        noun = (match.group("mw") or match.group("fw")).split()[-1]
        tag = next((t.pos for t in head if t.word == noun), None)
        # Only an age nominal, a "-in" noun or a word the analyser reads as a nominalised adjective:
        # "ein Fahrer" is no adjective ("der Fahre" would be wrong), "eine Gruppe" no person.
        age = "-Jährig" in noun or "-jährige" in match.group(0)
        if not age and not noun.endswith("in") and tag != "NNA":
            return None
        if match.group("m"):
            noun = match.group("mw")
            # Weak ending after the definite article: "der 77-Jährige", "der Unbekannte".
            return "Er", "Der " + re.sub(r"er$", "e", noun), "Ein " + noun
        return "Sie", "Die " + match.group("fw"), "Eine " + match.group("fw")
    return None


def protagonists(sentences: Sequence[SourceSentence]) -> dict[int, tuple[str, str, str]]:
    """For each sentence, the person "er"/"sie" still names there: introduced by the sentence before
    (or a chain of sentences about them), with no other subject in between."""
    out: dict[int, tuple[str, str, str]] = {}
    current: tuple[str, str, str] | None = None
    for index, sentence in enumerate(sentences):
        # A paragraph break alone does not end the chain (plain-text releases put each sentence on a
        # line of its own); a sentence without the pronoun near its start does.
        if sentence.speech or sentence.heading:
            current = None
            continue
        if current is not None:
            out[index] = current
        tagged = tuple(nominalised(morph.tag(sentence.text)))
        introduced = _introduced(tagged)
        if introduced is not None:
            # A second person of the same gender beside the one introduced ("Ein 71-Jähriger wurde
            # von einem Polizisten versorgt."): a later "er" may mean either (rivals.py).
            current = None if rival(tagged, introduced[0]) else introduced
        elif current is None or current[0].lower() not in [t.word.lower() for t in tagged[:3]]:
            current = None  # another subject: the centre of attention has moved on
        elif persons(tagged, "m" if current[0] == "Er" else "f"):
            current = None  # "Er half einem Mann.": the next "er" may be either of them (rivals.py)
    return out


def _renamed(piece: str, centre: tuple[str, str, str] | None) -> str | None:
    """ "Er stürzte." -> "Der 77-Jährige stürzte.": the opening pronoun replaced by its person."""
    if centre is None:
        return None
    pronoun, name, _ = centre
    tagged = morph.tag(piece)
    if len(tagged) < 3 or tagged[0].word != pronoun or not tagged[1].pos.endswith("(FIN)"):
        return None
    if pronoun == "Sie" and tagged[1].word.endswith(("en", "sind")):
        return None  # "Sie haben …": plural or the reader
    return f"{name} {piece.split(' ', 1)[1]}"


def _quote_goes_on(sentences: Sequence[SourceSentence], index: int) -> bool:
    """The speaker says more in the same paragraph, before or after this sentence."""
    sentence = sentences[index]
    return any(
        0 <= other < len(sentences)
        and sentences[other].paragraph == sentence.paragraph
        and sentences[other].speech
        and sentences[other].speaker in (sentence.speaker, None)
        for other in (index - 1, index + 1)
    )
