"""Compounds split at verified word parts, with a Fugen-s attached to the left part."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.compounds import segment


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("Landratsamt", "Landrats·amt"),  # not "Landrat·samt": Samt is a word, but the Fugen-s reading wins
        ("Arbeitsamt", "Arbeits·amt"),
        ("Ordnungsamt", "Ordnungs·amt"),
        ("Verkehrsunfall", "Verkehrs·unfall"),
        ("Geburtstag", "Geburts·tag"),
        ("Gesundheitsamt", "Gesundheits·amt"),
        ("Standesamt", "Standes·amt"),
    ],
)
def test_linking_s_goes_with_the_left_part(word: str, split: str) -> None:
    assert segment(word) == split


@pytest.mark.parametrize("word", ["Donnerstag", "Sonntag"])
def test_a_word_read_as_one_stays_whole(word: str) -> None:
    assert segment(word) == word


def test_no_split_leaves_a_non_word() -> None:
    assert segment("Sonderausstellung") == "Sonder·ausstellung"
