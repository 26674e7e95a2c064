"""Abbreviations in the summary: long forms from the source or the lexicon, names kept and explained once.

The releases are invented: a union's, a sports club's, a relief organisation's and a cycling club's.
"""

from __future__ import annotations

import re

import pytest

from pressconv.transforms.easy.abbreviations import expand, long_forms
from pressconv.transforms.easy.pipeline import build
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("source", "acronym", "long_form"),
    [
        ("Die Gewerkschaft Nordbahn (GNB) streikt am Montag.", "GNB", "Gewerkschaft Nordbahn"),
        ("Die GNB (Gewerkschaft Nordbahn) streikt am Montag.", "GNB", "Gewerkschaft Nordbahn"),
        # the initials of the word parts spell it: Kinder·schutz·bund
        ("Der Kinderschutzbund (KSB) lädt ein.", "KSB", "Kinderschutzbund"),
    ],
)
def test_the_sources_own_definition_is_found(source: str, acronym: str, long_form: str) -> None:
    assert long_forms(source)[acronym][0] == long_form


def test_a_bracket_that_does_not_spell_it_is_no_definition() -> None:
    assert "XYZ" not in long_forms("Die Gewerkschaft Nordbahn (XYZ) streikt.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das DRK hilft.", "Das Deutsche Rote Kreuz hilft."),
        ("Die Nachricht ist vom DRK.", "Die Nachricht ist vom Deutschen Roten Kreuz."),
        ("Der ADFC fordert Radwege.", "Der Allgemeine Deutsche Fahrrad-Club fordert Radwege."),
        ("Die Nachricht ist von der AWO.", "Die Nachricht ist von der Arbeiter·wohlfahrt."),
        # heading a name after an article of certain gender: written out
        ("Der SV Musterdorf gewinnt.", "Der Sport·verein Musterdorf gewinnt."),
        ("Das Fest ist beim TSV Lindental.", "Das Fest ist beim Turn- und Sport·verein Lindental."),
        # before a unit of its organisation, or after "der" for a feminine head: the form stays
        ("Der AWO Ortsverein hilft.", "Der AWO Ortsverein hilft."),
        ("Das Heim gehört der AWO Lindental.", "Das Heim gehört der AWO Lindental."),
    ],
)
def test_expand_with_the_lexicon(sentence: str, expected: str) -> None:
    assert expand(sentence, long_forms("")) == expected


def test_an_all_caps_name_is_no_abbreviation() -> None:
    forms = {"ABC": ("Alle Bürger Club", "der")}
    assert expand("Der ABC lacht.", forms, keep=frozenset({"ABC"})) == "Der ABC lacht."


def _summary(release_args: tuple[str, str, str]) -> list[str]:
    headline, body, sender = release_args
    draft = build(german_release(headline, body, organisation=sender))
    return [draft.headline or "", *(line.text for line in draft.lines)]


@pytest.mark.parametrize(
    ("release", "acronym", "long_form"),
    [
        (
            (
                "Gewerkschaft tritt Bündnis bei",
                "Die Gewerkschaft Nordbahn (GNB) ist neu im Bündnis Saubere Luft. Die GNB will mithelfen.",
                "Bündnis Saubere Luft",
            ),
            "GNB",
            "Gewerkschaft Nordbahn",
        ),
        (
            ("Hilfe nach dem Sturm", "Das DRK hat am Montag vielen Menschen in Altdorf geholfen.", "Stadt Altdorf"),
            "DRK",
            "Deutsche Rote Kreuz",
        ),
    ],
)
def test_summary_uses_the_long_form(release: tuple[str, str, str], acronym: str, long_form: str) -> None:
    texts = _summary(release)
    joined = " ".join(texts).replace("·", "")
    assert long_form in joined, texts
    assert not re.search(rf"\b(?:Der|Die|Das|der|die|das|vom|von der) {acronym}\b", joined), texts


@pytest.mark.parametrize(
    ("release", "written_out"),
    [
        (
            ("Neuer Trainer", "Der SV Musterdorf hat einen neuen Trainer. Der Trainer heißt Max Muster.", "SV Musterdorf"),
            "Sport·verein Musterdorf",
        ),
        (
            ("Neue Halle", "Der TSV Lindental hat am Montag eine neue Halle eröffnet.", "TSV Lindental"),
            "Lindental",
        ),
    ],
)
def test_an_abbreviation_heading_a_name_is_written_out(release: tuple[str, str, str], written_out: str) -> None:
    # "Der SV Musterdorf": the article is certainly masculine, like Sport·verein; no unit follows.
    texts = _summary(release)
    assert any(written_out in text for text in texts), texts
    assert not any(re.search(r"\b(?:SV|TSV)\b", text) for text in texts), texts
    assert not any("Abkürzung" in text for text in texts), texts


def test_an_abbreviation_before_a_unit_of_its_organisation_stays_and_the_glossary_explains_it() -> None:
    # "Der AWO Ortsverein": the article goes with "Ortsverein"; writing out AWO there would break the
    # name's grammar, so it stays, without an extra body sentence that itself holds the abbreviation.
    release = (
        "Neues Heim",
        "Der AWO Ortsverein Lindental hat am Montag ein neues Heim eröffnet.",
        "AWO Ortsverein Lindental",
    )
    texts = _summary(release)
    assert any("AWO Orts·verein" in text or "AWO Ortsverein" in text for text in texts), texts
    assert not any("Abkürzung" in text for text in texts), texts
