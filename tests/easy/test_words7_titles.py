"""Titles of session 7: no side action, no generic opinion frame, no dangling article, appeals named.

Every release is invented: a fire brigade, a police department, a party branch, a residents' club
and a town's utility (issue 16 judgement: "<party> hat eine Meinung zu den Hürden", a title naming
the side action of a third party, a generic title for a witness appeal).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.salience import side_action
from pressconv.transforms.easy.titles import appeal_title, noun_attribute, opinion_sentence
from tests.fixtures.releases import german_release


def _title(title: str, *paragraphs: str, organisation: str | None = None, kicker: str | None = None) -> str:
    release = german_release(title, *paragraphs, organisation=organisation, kicker=kicker)
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Feuerwehr hat die Stadtwerke informiert",
        "Die Polizei benachrichtigte das Jugendamt",
        "Die Wache hat den Fall an die Kriminalpolizei übergeben",
        "Die Helfer verständigten den Netzbetreiber",
    ],
)
def test_telling_a_third_party_is_a_side_action(sentence: str) -> None:
    assert side_action(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt informiert über die Bauarbeiten",
        "Die Polizei warnt vor falschen Handwerkern",
        "Die Feuerwehr hat einen Brand gelöscht",
        "Der Verein informiert heute über neue Kurse",
    ],
)
def test_the_event_itself_is_no_side_action(sentence: str) -> None:
    assert not side_action(sentence)


@pytest.mark.parametrize(
    ("headline", "body", "sender"),
    [
        (
            "Alarm 2: Ast im Netz",
            "Am Montag heulten in Beispieldorf die Sirenen. Gemeldet war ein Ast auf einer Stromleitung an einem "
            "Haus. Wir informierten die Stadtwerke, die den Fall übernahmen. Die Feuerwehr konnte nach einer Stunde "
            "wieder abrücken.",
            "Feuerwehr Beispieldorf",
        ),
        (
            "Polizei meldet",
            "Bei einer Kontrolle an der Bahnhofstraße fanden Polizisten in einem Auto ein Kind ohne Sitz. "
            "Die Polizei hat das Jugendamt informiert.",
            "Polizei Musterkreis",
        ),
    ],
)
def test_title_is_never_the_call_to_a_third_party(headline: str, body: str, sender: str) -> None:
    # Without the side-action rule both titles were "… hat die Stadtwerke / das Jugendamt informiert".
    title = _title(headline, body, organisation=sender)
    assert "informiert" not in title, title


@pytest.mark.parametrize(
    ("subject", "phrase", "expected"),
    [
        ("Die Liste", "zu den Wahlen 2026", "Die Liste schreibt über die Wahlen 2026"),
        ("Der Verein", "zur Baustelle", "Der Verein schreibt über die Baustelle"),
        ("Die Partei", "zum Haushalt", "Die Partei schreibt über den Haushalt"),
    ],
)
def test_opinion_sentence_says_whose_text_and_about_what(subject: str, phrase: str, expected: str) -> None:
    assert opinion_sentence(subject, False, phrase) == expected


def test_opinion_sentence_needs_a_topic_it_can_decline() -> None:
    assert opinion_sentence("Die Partei", False, "über etwas") is None


@pytest.mark.parametrize(
    ("piece", "noun", "attribute"),
    [
        ("Die Kosten der Kleinbetriebe", "Kosten", "von Kleinbetrieben"),
        ("Die Sorgen der kleinen Vereine", "Sorgen", "von kleinen Vereinen"),
        ("Die Zukunft der Innenstadt", "Zukunft", "von der Innenstadt"),
        ("Die Hürden", "Hürden", ""),
        ("Die Zukunft der Innenstadt von morgen", "Zukunft", ""),
    ],
)
def test_a_headline_noun_keeps_the_attribute_that_says_which_one(piece: str, noun: str, attribute: str) -> None:
    assert noun_attribute(piece, noun) == attribute


@pytest.mark.parametrize(
    ("party", "kicker"),
    [
        ("Die Blaue Liste", "Pressemitteilung zu den Kommunalwahlen 2026, 02.03.2024, Die Blaue Liste Ortsverband Nord"),
        ("Bürgerverein Altstadt", "Pressemitteilung zum Haushalt, 02.03.2024, Bürgerverein Altstadt"),
    ],
)
def test_statement_title_is_no_generic_opinion_frame(party: str, kicker: str) -> None:
    title = _title(
        "Ärger und Hoffnung",
        "Wir kritisieren das. So geht das nicht! Wir bleiben dran. Unsere Leute haben viel zu tun.",
        kicker=kicker,
        organisation=party if not party.startswith("Die") else None,
    )
    assert "Meinung" not in title and "Nachricht" not in title, title
    assert " über " in title, title


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Wer kennt diesen Mann?", "Die Polizei sucht Hinweise zu einem Mann"),
        ("Wer hat den roten Transporter gesehen?", "Die Polizei sucht Hinweise zu einem roten Transporter"),
        ("Wer kennt dieses Fahrrad?", "Die Polizei sucht Hinweise zu einem Fahrrad"),
        ("Wer kennt diese Kaffeekanne?", "Die Polizei sucht Hinweise zu einer Kaffeekanne"),
        ("Verdacht der Hehlerei", "Die Polizei sucht Hinweise zu einem Verdacht auf Hehlerei"),
    ],
)
def test_appeal_headline_becomes_what_the_police_ask(question: str, expected: str) -> None:
    assert appeal_title("Die Polizei", question)[0] == expected


@pytest.mark.parametrize("question", ["Wer kennt diese Frauen?", "Verdacht der Nachbarn", "Wer war das?"])
def test_appeal_title_never_guesses(question: str) -> None:
    assert appeal_title("Die Polizei", question) == []


@pytest.mark.parametrize(
    ("headline", "body", "sender"),
    [
        (
            "Diebstahl - Wer kennt dieses Fahrrad?",
            "Die Polizei hat bei einer Kontrolle ein Fahrrad sichergestellt. "
            "Hinweise nimmt die Polizei unter der Telefonnummer 0123 456789 entgegen.",
            "Polizei Beispielstadt",
        ),
        (
            "Verdacht der Hehlerei",
            "Bei einer Durchsuchung wurden mehrere Uhren sichergestellt. "
            "Hinweise nimmt die Polizei unter der Telefonnummer 0123 456789 entgegen.",
            "Polizei Musterkreis",
        ),
    ],
)
def test_witness_appeal_gets_a_title_not_the_generic_line(headline: str, body: str, sender: str) -> None:
    title = _title(headline, body, organisation=sender)
    assert "Nachricht in Leichter Sprache" not in title, title
    assert "Polizei" in title, title


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Der Turnverein konnte sein drittes Sommerfest durchführen", "Der Turnverein hat sein drittes Sommerfest gemacht"),
        ("Die Schüler konnten eine Sammlung durchführen", "Die Schüler haben eine Sammlung gemacht"),
        ("Die Polizei führt eine Kontrollwoche durch", "Die Polizei macht eine Kontrollwoche"),
        ("Das Amt hat eine Befragung durchgeführt", "Das Amt hat eine Befragung gemacht"),
        ("Die Stadt informiert über Bauarbeiten", "Die Stadt informiert über Bauarbeiten"),
        ("Die Polizei führt Kontrollen durch, die lange dauern", "Die Polizei führt Kontrollen durch, die lange dauern"),
    ],
)
def test_officialese_verb_in_a_title_is_made_plain(title: str, plain: str) -> None:
    from pressconv.transforms.easy.titles import plain_title

    assert plain_title(title) == plain
