"""Transforms: pure Release -> Release functions applied between parsing and writing (DESIGN §2).

A stage is an ordered tuple of transforms, run by the API and the batch, never by a writer.
``SUMMARY`` turns a parsed release into its Leichte-Sprache / Easy Read summary (DESIGN §6).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pressconv.diagnostics import Diagnostic
from pressconv.model import Release

if TYPE_CHECKING:
    from pressconv.config import EasyConfig

__all__ = ["SUMMARY", "Transform", "easy_summary", "is_summary", "run", "summarise_release"]

Transform = Callable[[Release], Release]


def easy_summary(release: Release, *, separator: str = "·") -> Release:
    """The easy-language summary of ``release`` (variant "easy"); a summary is returned as it is."""
    return summarise_release(release, separator=separator)[0]


def summarise_release(
    release: Release, *, separator: str = "·", engine: EasyConfig | None = None
) -> tuple[Release, tuple[Diagnostic, ...]]:
    """Return the summary and what the summariser reported (sentences it left out, hard words).

    ``engine`` with ``engine = "llm"`` lets the configured language model write it (issue 20).
    """
    if is_summary(release):
        return release, ()
    if engine is not None and engine.engine == "llm" and engine.llm is not None:
        from pressconv.transforms.easy.llm import summarise_llm

        written = summarise_llm(release, engine.llm, separator=separator)
        return written.release, written.diagnostics
    from pressconv.transforms.easy import summarise

    result = summarise(release, separator=separator)
    return result.release, result.diagnostics


def is_summary(release: Release) -> bool:
    """True for a release the summary stage made (so nothing summarises a summary again)."""
    return release.meta.variant == "easy"


# The summary stage, in order. Ids and lint run in the parser today; they join here when they move.
SUMMARY: tuple[Transform, ...] = (easy_summary,)


def run(release: Release, stage: Sequence[Transform]) -> Release:
    """Apply the transforms of ``stage`` in order."""
    for transform in stage:
        release = transform(release)
    return release
