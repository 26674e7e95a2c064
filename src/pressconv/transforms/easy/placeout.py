"""Rescuer: the place of a too-long statement in a sentence of its own ("Angehörige dürfen kommen. Das gilt auf …").

Netzwerk Leichte Sprache: one statement per sentence. A sentence with no time to take out
(timeout.py) is often too long only by its place: "Auf der Station und in der Ambulanz können
Angehörige rund um die Uhr zu Besuch kommen." The place phrase of the clause, in the Vorfeld, right
after the finite verb, or at the end of the Mittelfeld after the verb's object (places.py), goes
into a follower ("Das gilt auf der Station und in der Ambulanz."); a place in the Vorfeld leaves it
to the subject (German word order: the subject by default). The follower stands only with its head
(rescue.whole_groups), so a place that restricts the claim keeps restricting it.

It refuses a sentence that is short enough already, one with a comma (but in a closing list of
names) or a second clause, a negated statement ("nowhere" before "there"), a subject it cannot find
for sure, and a head in "ist" + participle, where Perfekt and state look alike. Omission over error
(issue 16).
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.places import locative_verb, place_apart, place_follower, place_phrase_end
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timeout import finite_verb, offsets_of, past_tense, strip_spans, subject_span

__all__ = ["place_out", "split_place"]

# A statement that something does not happen: with its place in a follower it reads as "nowhere" first.
_NOT: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemand|nichts)\b", re.IGNORECASE)


# A list of names closing the sentence ("an den Standorten Adorf, Bedorf und Cedorf.", before a
# participle at most): its commas
# join names, no clauses; places.end_place reads it as one place phrase.
_NAME_LIST: Final = re.compile(r"(?:[A-ZÄÖÜ][\w-]*, )+[A-ZÄÖÜ][\w-]* und [A-ZÄÖÜ][\w-]*(?=(?: [a-zäöüß]\S*)?$)")


def place_out(context: RescueContext) -> Rescue | None:
    """The refused sentence as a head without its place and a follower that gives the place; or None."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    found = split_place(context.text)
    return None if isinstance(found, str) else Rescue(found)


def _fronted(text: str, tokens: tuple[morph.Token, ...], verb: int) -> tuple[str, str] | str:
    """(head with the subject in front, place) for a place that fills the Vorfeld; else why not."""
    offsets = offsets_of(text, tokens)
    if offsets is None or place_phrase_end(tokens, 0) != verb:
        return "the Vorfeld is no place phrase"
    if locative_verb(tokens, verb):
        return "the place is the verb's own"  # "Im Rathaus befindet sich das Bürgerbüro."
    place = text[: offsets[verb]].strip()
    rest = text[offsets[verb] :]
    rest_tokens = morph.tag(rest)
    rest_offsets = offsets_of(rest, rest_tokens) if rest_tokens else None
    rest_verb = finite_verb(rest_tokens) if rest_tokens else None
    subject = subject_span(rest_tokens, rest_verb) if rest_verb == 0 and rest_offsets is not None else None
    if subject is None or rest_offsets is None or subject[0] != 1:
        return "no sure subject right after the verb"  # "Im Ort gibt es …", an object first: not sure
    start = rest_offsets[subject[0]]
    end = rest_offsets[subject[1] - 1] + len(rest_tokens[subject[1] - 1].word)
    subject_text = rest[start:end]
    head = subject_text[:1].upper() + subject_text[1:] + " " + strip_spans(rest, [(start, end)])
    return head, place[:1].lower() + place[1:]


def split_place(text: str) -> tuple[str, str] | str:
    """(head, follower) for a too-long sentence whose place can stand apart, else why not (for tests)."""
    text = text.strip()
    if not text.endswith(".") or re.search(r"[,!?;:()\[\]\"„“”]", _NAME_LIST.sub(" ", text[:-1])):
        return "not one plain statement"
    if len(words(text)) <= HARD_LIMIT:
        return "short enough"
    tokens = morph.tag(text)
    verb = finite_verb(tokens) if tokens else None
    if verb is None or verb == 0:
        return "not one main clause"
    fronted = _fronted(text, tokens, verb)
    if isinstance(fronted, tuple):
        head, place = fronted
    else:
        apart = place_apart(text)
        if apart is None:
            return "no clause-level place phrase"
        head, place = apart[0], apart[1]
    if len(words(head)) > HARD_LIMIT or len(words(head)) < 4:
        return "the head is not one short statement"
    if _NOT.search(head):
        return "a negated statement with its place"
    head_tokens = morph.tag(head)
    head_verb = finite_verb(head_tokens) if head_tokens else None
    if head_verb is None:
        return "the head has no finite verb"
    past = past_tense(head_tokens, head_verb)
    if past is None:
        return "no tense to tell a Perfekt from a state"
    return head, place_follower(place, head_tokens, head_verb, past=past)
