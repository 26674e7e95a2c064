"""Edits of a sentence at its tokens' places, keeping the writer's own characters everywhere else."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pressconv.transforms.easy import morph

__all__ = ["Clause", "edited", "one_clause", "tagged_spans"]


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


@dataclass(frozen=True, slots=True)
class Clause:
    """A one-clause sentence as the voice repairs read it: its tags and spans, the tokens without the
    end mark (``body``) and the index of its one finite verb (``verb``)."""

    tagged: tuple[morph.Token, ...]
    spans: list[tuple[int, int]]
    body: tuple[morph.Token, ...]
    verb: int


def one_clause(sentence: str, *, min_tokens: int, stop: Callable[[morph.Token], bool]) -> Clause | None:
    """``sentence`` read as one clause: exactly one finite verb, at least ``min_tokens`` tokens, and
    no token for which ``stop`` holds (a comma, colon, bracket or quote opens another clause or a
    quotation the repair must not reach into); None otherwise."""
    found = tagged_spans(sentence)
    if found is None:
        return None
    tagged, spans = found
    body = tagged[:-1] if tagged[-1].pos == "$." else tagged
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or len(body) < min_tokens or any(stop(t) for t in body):
        return None
    return Clause(tagged, spans, body, finite[0])


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
