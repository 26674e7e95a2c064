"""Sentence splitting of the easy transform keeps every character and is linear (issue 15 #4)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pressconv.transforms.easy.source import split_sentences

# Runs of end marks, abbreviations, ordinals and capitals: what made the splitter super-linear.
_PIECES = st.sampled_from(["z.", "B.", "1.", ".", "...", "!", "?", "…", " ", "  ", "Neu", "März", "„Er", "Dr.", "e.V."])


@given(st.lists(_PIECES, max_size=200), st.sampled_from(["de-DE", "en-US"]))
def test_splitting_keeps_the_text(pieces: list[str], language: str) -> None:
    text = "".join(pieces)
    sentences = split_sentences(text, language)
    assert " ".join(sentences) == re.sub(r"\s+", " ", text).strip()


def test_pathological_runs_split_like_short_ones() -> None:
    # The shapes from the issue, small: the same answer as ever, the cost is measured in `make bench`.
    assert split_sentences("z. B. " * 5, "de-DE") == ["z. B. z. B. z. B. z. B. z. B."]
    assert split_sentences("Ende." + "." * 50 + " Neu", "de-DE") == ["Ende." + "." * 50, "Neu"]
    assert split_sentences("1. " * 4 + "Neu.", "de-DE") == ["1. 1. 1. 1.", "Neu."]
