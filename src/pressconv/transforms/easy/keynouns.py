"""The rescue of a refused sentence by shorter noun phrases: every cut for a key fact, lossless cuts for a detail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pressconv.transforms.easy.leadprep import lead_indexes
from pressconv.transforms.easy.leads import lead_main
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.nounphrases import LOSSLESS, reduce, word_count
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["key_sentence", "shorter_nouns", "shorter_rescue"]


def key_sentence(sentences: Sequence[SourceSentence], index: int) -> bool:
    """The sentence stands in the lead or in the first paragraph after it, where news writing puts the key facts.

    The inverted pyramid: who, what, when and where come in the lead and the paragraph after it;
    later paragraphs add details, which a summary may leave out. Headings and quotations are none.
    """
    own = [i for i, s in enumerate(sentences) if not s.heading and not s.speech]
    if index not in own:
        return False
    paragraphs: list[int] = []
    for i in own:
        if sentences[i].paragraph not in paragraphs:
            paragraphs.append(sentences[i].paragraph)
    lead = lead_indexes(sentences, own)
    first = paragraphs.index(sentences[lead[0]].paragraph) if lead else 0
    return sentences[index].paragraph in paragraphs[first : first + 2]


def shorter_nouns(context: RescueContext) -> Rescue | None:
    """The refused sentence with describing noun-phrase parts left out, when that makes it short enough.

    A key-fact sentence (lead, first body paragraph) takes every cut of nounphrases.reduce; a detail
    sentence only the lossless cuts (nounphrases.LOSSLESS) and no main-clause cut.

    Where the noun phrases alone do not make it, the sentence's main clause is taken as for a lead
    (leads.lead_main: a trailing relative clause, an opening circumstance or framing phrase goes), then
    reduced again: the paragraph after the lead carries key facts too, and the cuts are the same.
    """
    if context.source.speech:
        return None
    text = context.text
    if not key_sentence(context.sentences, context.index):
        # A detail sentence takes only the cuts that change nothing it says (nounphrases.LOSSLESS).
        lossless = reduce(text, cuts=LOSSLESS)
        return Rescue((lossless,)) if lossless is not None and word_count(lossless) <= HARD_LIMIT else None
    reduced = reduce(text)
    if reduced is not None and word_count(reduced) <= HARD_LIMIT:
        return Rescue((reduced,))
    main = lead_main(reduced or text)
    if main is None:
        return None
    out = reduce(main) or main
    if out == text or word_count(out) > HARD_LIMIT:
        return None
    return Rescue((out,))


def shorter_rescue(rescue: Rescue, context: RescueContext) -> Rescue | None:
    """Another rescuer's offer with its too long sentences' noun phrases reduced.

    A rescue splits a sentence into a head and followers; a head may still be too long by an
    apposition or an attribute. A key-fact sentence takes every cut, a detail sentence only the
    lossless ones (nounphrases.LOSSLESS). None when no sentence of the offer is too long, for a
    quotation, or when one cannot be made short enough (a rescue stands whole or not at all).
    """
    if context.source.speech:
        return None
    if all(word_count(sentence) <= HARD_LIMIT for sentence in rescue.sentences):
        return None
    # A detail sentence takes only the cuts that change nothing it says (nounphrases.LOSSLESS).
    key = key_sentence(context.sentences, context.index)
    out: list[str] = []
    for sentence in rescue.sentences:
        if word_count(sentence) > HARD_LIMIT:
            shorter = reduce(sentence) if key else reduce(sentence, cuts=LOSSLESS)
            if shorter is None or word_count(shorter) > HARD_LIMIT:
                return None
            sentence = shorter
        out.append(sentence)
    return replace(rescue, sentences=tuple(out))
