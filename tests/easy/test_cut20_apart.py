"""Session 20 (cut20): over-long one-clause sentences cut by their time or place apart and shorter noun phrases.

Invented releases and sentences of several sender kinds (police, fire brigade, waste service,
club, museum, town hall); none is taken from a development file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.cutapart import cut_apart, fit_apart
from pressconv.transforms.easy.nounphrases import LOSSLESS, reduce
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.settlements import settlement_name
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timephrases import phrases, said

ISSUED = date(2026, 3, 12)


def _settled(text: str) -> str | None:
    return settlement_name(text, morph.tag(text), morph.token_spans(text))


def _body(text: str) -> str:
    release = parse(text.encode("utf-8"), path="release.txt").release
    summary = summary_text(summarise(release).release).replace("·", "")
    return summary.split("## Worum geht es?")[1].split("## ")[0]


# --- a settlement said by its name alone


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # police: a town's adjective and the classifier go, the name stays
        (
            "Ein 70 Jahre alter Mann aus dem Wessinger Ortsteil Tannried ist bestohlen worden.",
            "Ein 70 Jahre alter Mann aus Tannried ist bestohlen worden.",
        ),
        # fire brigade: "im Ortsteil" -> "in"
        ("Im Ortsteil Hohenwisch brennt eine Scheune.", "In Hohenwisch brennt eine Scheune."),
        # club: "im Dorf" -> "in"
        ("Der Turnverein feiert im Dorf Lindwerder ein Fest.", "Der Turnverein feiert in Lindwerder ein Fest."),
        # a name of two words
        ("Der Markt ist im Stadtteil Bad Quellental.", "Der Markt ist in Bad Quellental."),
    ],
)
def test_a_settlement_is_said_by_its_name(sentence: str, expected: str) -> None:
    assert _settled(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Polizei im Landkreis Ostwalde sucht Zeugen.",  # a district shares its name with a town
        # a town or municipality keeps its classifier: its name may be a state's or a district's
        "Das Amt in der Stadt Brandenburg ist geschlossen.",
        "Der Turnverein feiert in der Gemeinde Lindwerder ein Fest.",
        "Der Markt ist im Ortsteil Sachsen.",  # a German state's name said bare reads as the state
        "Der Verein hat von der Stadt Geld bekommen.",  # a common word is the object, no name
        "Das Fest ist im nördlichen Ortsteil Tannried.",  # an adjective that is no town's says where
        "Die Warnung gilt für die Gemeinde Lindwerder.",  # "für" may mean the administration
        "Der Umzug zieht in die Stadt Lindwerder.",  # accusative: direction, not the place
        "Bitte melden Sie sich bei der Gemeinde Lindwerder.",  # the administration: "bei Lindwerder" is "near"
        "Der Chor hat von der Gemeinde Lindwerder einen Zuschuss bekommen.",  # "von" after a verb: the body
    ],
)
def test_no_settlement_cut_where_the_name_may_not_name_the_same(sentence: str) -> None:
    assert _settled(sentence) is None


def test_the_settlement_cut_is_lossless_and_in_reduce() -> None:
    assert settlement_name in LOSSLESS
    text = "Die Feuerwehr ist am Samstag im Ortsteil Lindwerder zu einem Brand in einer Scheune gefahren."
    expected = "Die Feuerwehr ist am Samstag in Lindwerder zu einem Brand in einer Scheune gefahren."
    assert reduce(text, cuts=LOSSLESS) == expected


# --- a named day before a date is that date's weekday


@pytest.mark.parametrize(
    ("sentence", "spoken"),
    [
        ("Ein Radfahrer ist am Dienstagnachmittag, 10. März 2026, gestürzt.", "am 10. März 2026"),  # police
        ("Am Karfreitag, 3. April, bleibt das Rathaus zu.", "am 3. April"),  # town hall
        ("Die Höfe haben am Gründonnerstag, 2. April, länger offen.", "am 2. April"),  # waste service
    ],
)
def test_a_named_day_before_its_date_is_read_with_the_date(sentence: str, spoken: str) -> None:
    found = phrases(sentence)
    assert len(found) == 1 and found[0].weekday
    assert said(found, weekday=False) == spoken


def test_a_named_day_without_a_date_is_no_day_phrase() -> None:
    # "am Mittwochnachmittag" alone is relative: the release date decides it, not this reader.
    assert phrases("Ein Mann ist am Mittwochnachmittag gestürzt.") == []


# --- time or place apart, then shorter noun phrases


def test_time_apart_and_settlement_cut_together_police() -> None:
    text = (
        "Ein 58 Jahre alter Mann aus dem Wessinger Ortsteil Tannried ist am Dienstagnachmittag, "
        "10. März 2026, Opfer von Taschendieben geworden."
    )
    assert fit_apart(text, ISSUED, key=False) == (
        "Ein 58 Jahre alter Mann aus Tannried ist Opfer von Taschendieben geworden.",
        "Das war am 10. März 2026.",
    )


def test_time_apart_and_municipal_cut_together_fire_brigade() -> None:
    text = "Die Freiwillige Feuerwehr von der Gemeinde Lindwerder ist im Jahr 2025 zu insgesamt 214 Einsätzen ausgerückt."
    assert fit_apart(text, ISSUED, key=False) == (
        "Die Freiwillige Feuerwehr von Lindwerder ist zu insgesamt 214 Einsätzen ausgerückt.",
        "Das war im Jahr 2025.",
    )


def test_a_detail_sentence_takes_only_lossless_cuts() -> None:
    # A club's news: the outer adjective of a stack may go in a key sentence, never in a detail one.
    text = (
        "Der Sportverein hat am Samstag, 7. März 2026, die umfassende bauliche Sanierung "
        "von seinem Vereinsheim im Wald abgeschlossen."
    )
    assert fit_apart(text, ISSUED, key=True) == (
        "Der Sportverein hat die bauliche Sanierung von seinem Vereinsheim im Wald abgeschlossen.",
        "Das war am Samstag, 7. März 2026.",
    )
    assert fit_apart(text, ISSUED, key=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein lädt alle Mitglieder herzlich ein.",  # short enough: no business of this module
        "Die Stadt Lindwerder bittet alle Bürgerinnen und Bürger ohne eigenes Auto um Hilfe beim Aufräumen im Park.",
        "Die Feuerwehr ist am 4. März nicht zu dem Brand in der Gemeinde Lindwerder und Umgebung gefahren.",
    ],
)
def test_refuses_what_it_cannot_cut_safely(text: str) -> None:
    found = fit_apart(text, ISSUED, key=False)
    # A negated statement keeps its day (timeout.py); a restricting "ohne" phrase is no cut.
    assert found is None


def test_speech_is_never_cut() -> None:
    text = "Ein 58 Jahre alter Mann aus dem Wessinger Ortsteil Tannried ist am Dienstag, 10. März 2026, Opfer geworden."
    source = SourceSentence(text, speech=True)
    context = RescueContext(
        source=source, text=text, sentences=(source,), index=0, issued=ISSUED, rewrite=lambda piece: piece
    )
    assert cut_apart(context) is None


def test_a_police_release_says_the_lead_with_its_day_apart() -> None:
    body = _body(
        "Polizeiinspektion Wessingen\n\n"
        "Taschendiebe bestehlen Fahrgast\n\n"
        "Wessingen, 11. März 2026 – Ein 58 Jahre alter Mann aus dem Wessinger Ortsteil Tannried ist am "
        "Dienstagnachmittag, 10. März 2026, Opfer von Taschendieben geworden, die ihn im Bus angerempelt hatten.\n\n"
        "Die Polizei bittet um Hinweise unter der Telefonnummer 07000 1234-0.\n"
    )
    assert "Ein 58 Jahre alter Mann aus Tannried ist Opfer von Taschendieben geworden.\nDas war am 10. März 2026." in body
