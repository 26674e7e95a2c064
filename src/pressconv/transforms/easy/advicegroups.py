"""The advice lines as the summary groups them: a question and its "Dann …" answer stand only together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["AdviceLine", "advice_groups"]


class AdviceLine(NamedTuple):
    """One advice sentence and its place in a question-and-answer group (templates.Line's fields)."""

    text: str
    group: int | None = None
    question: bool = False
    follows: bool = False
    size: int = 0


def advice_groups(advice: Sequence[tuple[str, str]]) -> list[AdviceLine]:
    """The (source, text) advice as lines; a question with the "Dann …" answer of the same source is a group.

    The verifier drops a group whole (rescue.whole_groups): a question without its answer asks and
    never answers, and an answer without its question drops the condition the advice holds under.
    A "Dann …" line whose question was left out (said already) is left out too, and so is a question
    without its answer.
    """
    lines: list[AdviceLine] = []
    for index, (source, text) in enumerate(advice):
        answer = advice[index + 1] if index + 1 < len(advice) else None
        if text.endswith("?") and answer is not None and answer[0] == source and answer[1].startswith("Dann "):
            group = -1 - index  # negative: apart from the rescues' groups (candidate index * 1000)
            lines.append(AdviceLine(text, group=group, question=True, size=2))
            lines.append(AdviceLine(answer[1], group=group, follows=True))
        elif text.startswith("Dann ") or text.endswith("?"):
            continue  # half a pair: said with its other half above, or not at all
        else:
            lines.append(AdviceLine(text))
    return lines
