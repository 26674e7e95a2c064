"""Whether the body tells the things a counted headline names as a plan rather than as done or existing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["planned"]

# German tells a decision or an intention, not its outcome, with a zu-infinitive after a verb of
# deciding or planning ("hat beschlossen, vier Konzerte zu veranstalten"), a modal of intention
# ("sollen … gepflanzt werden", "will … bauen"), the future "werden" + infinitive, or the participles
# "geplant"/"vorgesehen" (Duden grammar: Futur, Modalverben, zu-Infinitiv). Any of these in the
# sentence that names the counted things makes them a plan.
_PLAN_WORDS: Final = re.compile(
    r"\b(?:soll|sollen|will|wollen|plant|planen|geplant|vorgesehen|beschlossen|beschließt|"
    r"beschließen|entschieden|vorhaben|beabsichtigt|künftig|demnächst)\b",
    re.IGNORECASE,
)


def _plan(sentence: str) -> bool:
    """The sentence states an intention or a decision about the future."""
    if _PLAN_WORDS.search(sentence):
        return True
    tagged = morph.tag(sentence)
    if any(t.pos == "PTKZU" or t.pos.endswith("(IZU)") for t in tagged):
        return True
    # The future: a finite "werden" with an infinitive and no participle ("wird … gebeten" is a passive).
    future = any(t.pos == "VA(FIN)" and t.lemma == "werden" for t in tagged)
    return future and any(t.pos == "VV(INF)" for t in tagged) and not any(t.pos == "VV(PP)" for t in tagged)


def planned(part: str, sentences: Sequence[SourceSentence]) -> bool:
    """True when a body sentence naming the counted noun of ``part`` ("Vier Konzerte …") tells a plan.

    Without any body sentence naming the noun (a year's report whose headline alone gives the tally)
    the body tells no plan about it, and the release's tense decides (title_step).
    """
    head = next((t for t in morph.tag(part) if t.pos == "NN"), None)
    if head is None:
        return False  # no counted noun: counted_phrase gives nothing either
    # Both the plural and the lemma: a plural with umlaut ("Einsätze") shares no stem with its lemma.
    stems = {form.lower()[: max(4, len(form) - 2)] for form in (head.word, head.lemma or head.word)}
    naming = [s.text for s in sentences if not s.heading and any(stem in s.text.lower() for stem in stems)]
    return any(_plan(text) for text in naming)
