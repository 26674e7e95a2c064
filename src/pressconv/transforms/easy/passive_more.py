"""The passive repairs of estimates, planned completions, harm and the subjectless passive, in their order."""

from __future__ import annotations

from pressconv.transforms.easy.estimates import estimate_state
from pressconv.transforms.easy.harmstate import harm_state
from pressconv.transforms.easy.plandone import planned_done
from pressconv.transforms.easy.subjectless import subjectless_passive

__all__ = ["more_voice"]


def more_voice(sentence: str) -> str:
    """``sentence`` with the first of these repairs that applies (each refuses every other shape).

    The states come first: a figure, a plan or an injury said with "sein" keeps whose it is, where
    "man" would credit it to anybody; the subjectless passive, which has no subject to say as a
    state, comes last.
    """
    for repair in (estimate_state, planned_done, harm_state, subjectless_passive):
        changed = repair(sentence)
        if changed != sentence:
            return changed
    return sentence
