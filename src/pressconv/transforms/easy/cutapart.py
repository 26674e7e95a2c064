"""An over-long one-clause sentence cut to short ones: its time or place said apart, then its noun phrases shorter.

Netzwerk Leichte Sprache: one statement per sentence, at most about a dozen words. A press
sentence of one clause is too long mostly by what it adds to the statement: its time ("am
Freitagabend, 9. Oktober 2026"), its place, and describing parts of its noun phrases ("aus
dem Wessinger Ortsteil Tannried", "in Höhe von"). Each has a plain form on its own: the time and the
place in a follower sentence that points back at the head ("Das war am 9. Oktober 2026.",
timeout.py, placeout.py), a noun phrase without its describing parts (nounphrases.py). One rescuer
alone often leaves the sentence a few words too long; this module tries them together, the time or
place apart first (it keeps a fact), and the noun phrases of what is left shorter after it.

A key-fact sentence (the lead and the paragraph after it) may lose the describing parts
nounphrases.reduce allows; any other sentence only the cuts that leave every fact as it was
(nounphrases.LOSSLESS): a detail is said whole or not at all. Every piece is the other modules' own
refusal-checked output, and the verifier checks each sentence again. None when not sure.
"""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.keynouns import key_sentence
from pressconv.transforms.easy.leads import lead_statement
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.nounphrases import LOSSLESS, reduce, word_count
from pressconv.transforms.easy.placeout import split_place
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.timeout import split

__all__ = ["cut_apart", "fit_apart"]


def _fitted(text: str, *, key: bool) -> str | None:
    """``text`` itself when short enough, else with shorter noun phrases when that makes it; else None."""
    if word_count(text) <= HARD_LIMIT:
        return text
    shorter = reduce(text) if key else reduce(text, cuts=LOSSLESS)
    return shorter if shorter is not None and word_count(shorter) <= HARD_LIMIT else None


def _apart(text: str, issued: date | None, *, key: bool) -> tuple[str, ...] | None:
    """The time apart (timeout.split), else the place apart (placeout.split_place), each head fitted."""
    for parts in (split(text, issued), split_place(text)):
        if isinstance(parts, str):
            continue
        head = _fitted(parts[0], key=key)
        if head is not None and all(word_count(part) <= HARD_LIMIT for part in parts[1:]):
            return (head, *parts[1:])
    return None


def fit_apart(text: str, issued: date | None, *, key: bool) -> tuple[str, ...] | None:
    """Short sentences that say the too-long one-clause ``text``: a head, then its time or place; or None.

    First the sentence as it stands with its time or place apart, then the sentence with shorter
    noun phrases, alone or with its time or place apart. A sentence short enough already is no
    business of this module (None).
    """
    text = text.strip()
    if word_count(text) <= HARD_LIMIT:
        return None
    found = _apart(text, issued, key=key)
    if found is not None:
        return found
    shorter = reduce(text) if key else reduce(text, cuts=LOSSLESS)
    if shorter is None:
        return None
    if word_count(shorter) <= HARD_LIMIT:
        return (shorter,)
    return _apart(shorter, issued, key=key)


def cut_apart(context: RescueContext) -> Rescue | None:
    """Rescuer: the refused sentence, or a key sentence's main clause (leads.py), cut by ``fit_apart``; or None.

    A key-fact sentence is read as the lead is: its main clause without what leads.lead_statement
    cuts (a trailing relative clause, a dateline, a framing phrase), the same cut the lead's news
    gets; any other sentence only as it stands.
    """
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    key = key_sentence(context.sentences, context.index)
    found = fit_apart(context.text, context.issued, key=key)
    if found is None and key:
        main = lead_statement(context.text)
        if main is not None and main != context.text:
            found = fit_apart(main, context.issued, key=key)
    return None if found is None else Rescue(found)
