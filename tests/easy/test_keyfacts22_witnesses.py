"""A police report's witness line is asked as such ("Haben Sie etwas gesehen?"), never as a desk for questions."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.signup import witness_only
from tests.fixtures.releases import german_release


def _contact(title: str, *paragraphs: str, organisation: str) -> str:
    text = summary_text(summarise(german_release(title, *paragraphs, organisation=organisation)).release)
    return text.split("## Kontakt")[1].split("## ")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # A traffic police inspection and a city's criminal police: two senders, two word orders.
        "Zeugen, die den Unfall beobachtet haben, werden gebeten, sich bei der Verkehrspolizeiinspektion "
        "Nordau unter Tel. 09123 4567-0 zu melden.",
        "Wer Beobachtungen gemacht hat, meldet sich bitte bei der Kripo Talstadt unter 09123 4567-0.",
    ],
)
def test_witness_line_for_the_police(sentence: str) -> None:
    assert witness_only("09123 4567-0", [sentence], digits=True)


@pytest.mark.parametrize(
    "sentence",
    [
        # A question desk, and a zoo asking who saw its escaped bird: neither is a police witness line.
        "Bei Fragen und für Hinweise von Zeugen ist die Polizei Nordau unter 09123 4567-0 erreichbar.",
        "Wer den Papagei gesehen hat, meldet sich beim Tierpark Nordau unter 09123 4567-0.",
    ],
)
def test_other_lines_are_no_witness_lines(sentence: str) -> None:
    assert not witness_only("09123 4567-0", [sentence], digits=True)


def test_accident_report_asks_witnesses() -> None:
    contact = _contact(
        "Radfahrerin bei Unfall in Nordau schwer verletzt",
        "Bei einem Unfall in Nordau ist am Montag, 4. Mai 2026, eine Radfahrerin schwer verletzt worden.",
        "Zeugen, die den Unfall beobachtet haben, werden gebeten, sich bei der Polizeiinspektion Nordau "
        "unter Tel. 09123 4567-0 zu melden.",
        organisation="Polizeiinspektion Nordau",
    )
    assert "Haben Sie etwas gesehen?" in contact
    assert "Bitte melden Sie sich bei der Polizei." in contact
    assert "Haben Sie Fragen?" not in contact


def test_burglary_report_with_a_question_desk_keeps_it() -> None:
    contact = _contact(
        "Einbruch in Bäckerei in Talstadt",
        "In der Nacht auf Dienstag, 5. Mai 2026, ist in eine Bäckerei in Talstadt eingebrochen worden.",
        "Bei Fragen ist die Pressestelle der Polizei Talstadt unter 09123 4567-0 erreichbar.",
        organisation="Polizeipräsidium Talstadt",
    )
    assert "Haben Sie etwas gesehen?" not in contact
