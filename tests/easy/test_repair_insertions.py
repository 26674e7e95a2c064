"""Non-restrictive insertions (examples, an apposition after a name) go; restrictive clauses stay.

Every sentence and release here is invented for these tests (senders, names, places).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.clauses import pieces, without_insertions
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Authority: a list of examples with commas of its own; the general claim stays.
        (
            "Das Portal steht in mehreren Sprachen, darunter Polnisch, Englisch und Arabisch, zur Verfügung.",
            "Das Portal steht in mehreren Sprachen zur Verfügung.",
        ),
        # Club: an apposition after a name, between commas, before the finite verb.
        ("Jonas Brückner, Trainer der Jugend, eröffnete die Saison.", "Jonas Brückner eröffnete die Saison."),
        ("Die Stadt, zum Beispiel das Bauamt, hilft.", "Die Stadt hilft."),
    ],
)
def test_insertion_goes(sentence: str, expected: str) -> None:
    assert without_insertions(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Kinder, die krank sind, bleiben zu Hause.",  # restrictive relative clause: never dropped
        "Der Kurs ist in vielen Orten, etwa nicht in Felsbach, frei.",  # a negation inside: never dropped
        "Die Halle, nur für Vereine, ist offen.",  # a limitation inside: never dropped
        "Wir kommen, wenn es regnet, später.",  # a clause with its own verb
    ],
)
def test_restrictive_or_limiting_insertion_stays(sentence: str) -> None:
    assert without_insertions(sentence) == sentence


def test_examples_go_then_coordinated_clauses_split() -> None:
    assert pieces("Das Portal ist in vielen Sprachen, darunter Polnisch und Englisch, lesbar und kostet nichts.") == [
        "Das Portal ist in vielen Sprachen lesbar.",
        "Das Portal kostet nichts.",
    ]


def test_city_release_keeps_sentence_without_examples() -> None:
    body = easy_body(
        "Portal für Senioren",
        "Die Stadt Felsbach hat ein neues Portal für Senioren gestartet. Das Portal steht in mehreren "
        "Sprachen, darunter Polnisch, Englisch und Arabisch, zur Verfügung und ist frei von Werbung.",
        organisation="Stadt Felsbach",
    )
    assert "Das Portal steht in mehreren Sprachen zur Verfügung." in body
    assert "Das Portal ist frei von Werbung." in body


def test_club_release_keeps_sentence_without_apposition() -> None:
    body = easy_body(
        "Neue Saison im Ruderclub",
        "Der Ruderclub Seeland startet in die neue Saison. "
        "Jonas Brückner, Trainer der Jugend, hat am Samstag das erste Boot zu Wasser gelassen.",
        organisation="Ruderclub Seeland",
    )
    assert "Jonas Brückner hat am Samstag das erste Boot zu Wasser gelassen." in body


def test_parenthesis_after_a_number_stays() -> None:
    from pressconv.transforms.easy.rewrite import rewrite

    # "(2024)" says which amount is which year; without it the two numbers read as one amount.
    sentence = "Geplant sind Ausgaben von 20 (2024) und 30 Millionen Euro (2025)."
    assert "(2024)" in rewrite(sentence, None)
    # An aside after a word still goes.
    assert rewrite("Der Verein (gegründet im Frühjahr) sucht Helfer.", None) == "Der Verein sucht Helfer."


def test_name_in_parenthesis_after_a_number_goes() -> None:
    from pressconv.transforms.easy.rewrite import rewrite

    assert rewrite("Im Bezirk 4 (Seeland-Nord) gibt es 3 Schulen.", None) == "Im Bezirk 4 gibt es 3 Schulen."
