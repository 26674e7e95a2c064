"""Session 9 (issue 16): the sender's line said plainly, and adjective role nouns in the text's gender.

Every name and sentence here is invented for these tests; none is a corpus or held-out file.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.sender import find_sender, with_article


@pytest.mark.parametrize(
    ("organisation", "subject"),
    [
        ("Tierpark Nordheim", "der Tierpark Nordheim"),
        ("Zoo Westheim", "der Zoo Westheim"),
        ("Gemeinde Talbach, Ordnungsamt", "das Ordnungsamt von der Gemeinde Talbach"),
        ("Landkreis Nordheim, Bauamt", "das Bauamt vom Landkreis Nordheim"),
        ("Landkreis Nordheim, Pressestelle", "der Landkreis Nordheim"),  # the press office speaks for its body
        ("Stadtwerke Westheim GmbH (SWW)", "die Stadtwerke Westheim"),
        ("Müller Metallbau GmbH & Co. KG", "Müller Metallbau"),
        ("St. Marien-Krankenhaus Talbach", "das St. Marien-Krankenhaus Talbach"),
        ("Förderverein Talbach e. V.", "der Förderverein Talbach"),
        # One name with a list in its complement is not a body and its department.
        ("Senatsverwaltung für Bildung, Jugend und Familie", "die Senatsverwaltung für Bildung, Jugend und Familie"),
    ],
)
def test_sender_is_said_plainly_with_its_article(organisation: str, subject: str) -> None:
    sender = find_sender(organisation, None, [])
    assert sender is not None
    assert with_article(sender, "nom") == subject


def _role_entry(text: str) -> tuple[str, str]:
    found = [e for e in entries_for([text]) if e.role]
    assert len(found) == 1
    return found[0].word.replace("·", ""), found[0].explanation


def test_adjective_role_noun_for_a_man_is_explained_as_a_man() -> None:
    word, explanation = _role_entry("Der Tat·verdächtige ist 30 Jahre alt.")
    assert word == "Tatverdächtige"
    assert explanation.startswith("Ein Tat·verdächtiger ")


def test_adjective_role_noun_for_a_woman_is_explained_as_a_woman() -> None:
    _, explanation = _role_entry("Die Polizei hat die Tat·verdächtige festgenommen.")
    assert explanation.startswith("Eine Tat·verdächtige ")


def test_adjective_role_noun_in_the_plural_names_both_forms() -> None:
    _, explanation = _role_entry("Das Gericht verurteilt zwei Ange·klagte.")
    assert explanation.startswith("Ein Ange·klagter oder eine Ange·klagte ")


def test_a_strip_is_no_police_patrol() -> None:
    # "der Streifen" (a strip) shares its form with the plural of "die Streife" (a patrol).
    assert not [e for e in entries_for(["Die Firma verkauft einen Mess·streifen."]) if "Polizei" in e.explanation]
    police = "Eine Streife von der Polizei hat den Mann kontrolliert."
    assert [e.word for e in entries_for([police], source=police) if e.word == "Streife"] == ["Streife"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Die Stadtwerke prüfen die Versorgung mit Trink·wasser.", "Versorgung heißt hier: Die Häuser"),
        ("Der Verein hilft bei der Versorgung von Kranken.", "Versorgung heißt: Menschen bekommen"),
    ],
)
def test_supply_is_explained_in_the_sense_of_the_text(text: str, start: str) -> None:
    found = [e.explanation for e in entries_for([text], source=text) if e.word == "Versorgung"]
    assert found and found[0].startswith(start)


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("Angeklagte", "Angeklagte"),  # court: a participle's prefix is no word part
        ("Ausgestellte", "Ausgestellte"),  # museum
        ("Regelungen", "Regelungen"),  # a derived noun, not "Rege·lungen"
        ("Verkehrsregelung", "Verkehrs·regelung"),
        ("Freiheitsstrafe", "Freiheits·strafe"),
        ("Hauptangeklagte", "Haupt·angeklagte"),
    ],
)
def test_compounds_split_only_at_real_word_parts(word: str, split: str) -> None:
    from pressconv.transforms.easy.compounds import segment

    assert segment(word) == split


def test_a_department_writes_for_its_body_when_its_name_is_too_long() -> None:
    from pressconv.transforms.easy.sender import body_of

    department = find_sender("Gemeinde Talbach, Ordnungsamt", None, [])
    assert department is not None
    body = body_of(department)
    assert body is not None and with_article(body, "nom") == "die Gemeinde Talbach"
    plain = find_sender("Tierpark Nordheim", None, [])
    assert plain is not None and body_of(plain) is None


@pytest.mark.parametrize(
    ("sentence", "subject", "plural", "named"),
    [
        (
            "Übrigens: Wir suchen immer Verstärkung!",
            "die Freiwillige Feuerwehr Talbach",
            False,
            "Übrigens: Die Freiwillige Feuerwehr Talbach sucht immer Verstärkung!",
        ),
        (
            "Wichtig: Wir haben am Montag geschlossen.",
            "die Stadtwerke Nordheim",
            True,
            "Wichtig: Die Stadtwerke Nordheim haben am Montag geschlossen.",
        ),
    ],
)
def test_the_senders_we_after_a_label_is_named(sentence: str, subject: str, plural: bool, named: str) -> None:
    from pressconv.transforms.easy.person import third_person

    assert third_person(sentence, subject, plural=plural) == named
