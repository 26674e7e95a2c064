"""Edits of a sentence at its tokens' places, keeping the writer's own characters everywhere else."""

from __future__ import annotations

from collections.abc import Mapping

from pressconv.transforms.easy import morph

__all__ = ["edited", "tagged_spans"]


def tagged_spans(sentence: str) -> tuple[tuple[morph.Token, ...], list[tuple[int, int]]] | None:
    """HanTa's tags of ``sentence`` with each token's place in it; None when the two do not align.

    ``morph.tag`` reads words without the Mediopunkt ("Sach·schaden" -> "Sachschaden"); an edit made
    at the spans keeps the source's own spelling of every word it does not touch.
    """
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if not tagged or len(tagged) != len(spans):
        return None
    return tagged, spans


def edited(sentence: str, spans: list[tuple[int, int]], replace: Mapping[int, str]) -> str:
    """``sentence`` with the token at each index of ``replace`` replaced by its text ("" deletes the
    token and the space before it)."""
    out = sentence
    for index in sorted(replace, reverse=True):
        start, end = spans[index]
        text = replace[index]
        if not text:
            while start > 0 and out[start - 1] == " ":
                start -= 1
        out = out[:start] + text + out[end:]
    return out
