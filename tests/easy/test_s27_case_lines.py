"""A line the body offers for one case ("Bei Störungen …", "Im Notfall …") is no line for the reader's questions.

Invented releases of a municipal utility and a water board; the blind judgement of session 26 found a
fault hotline under "Haben Sie Fragen?". Lines for questions, tips, interest or the release's own
damage stay the reader's.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.purposes import task_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei Störungen ist die Service-Hotline rund um die Uhr unter Tel. 0911 700-333 erreichbar.",
        "Bei technischen Störungen erreichen Sie den Bereitschaftsdienst unter 0911 700-333.",
        "Im Notfall ist der Entstörungsdienst unter 0911 700-333 erreichbar.",
        "Bei einem Rohrbruch hilft der Wasserverband unter 0911 700-333.",
    ],
)
def test_a_line_for_one_case_is_no_line_for_questions(sentence: str) -> None:
    assert task_only("0911 700-333", [sentence], digits=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei Fragen ist das Bürgerbüro unter 0911 700-333 erreichbar.",
        "Bei Interesse melden Sie sich unter 0911 700-333.",
        "Im Rathaus ist die Auskunft unter 0911 700-333 erreichbar.",
        "Bei Sturmschäden ist das Bürgertelefon unter 0911 700-333 erreichbar.",
        "Im Januar ist die Hotline unter 0911 700-333 länger besetzt.",
    ],
)
def test_lines_for_questions_interest_places_and_damage_stay(sentence: str) -> None:
    assert not task_only("0911 700-333", [sentence], digits=True)


_RELEASES = [
    """Stadtwerke Nordau

Stadtwerke Nordau eröffnen zehn neue Ladesäulen

Nordau, 3. Mai 2026 – Die Stadtwerke Nordau haben zehn neue Ladesäulen für Elektroautos in Betrieb genommen.
Bei Störungen ist die Service-Hotline rund um die Uhr unter Tel. 0911 700-333 erreichbar.

Pressekontakt: Stadtwerke Nordau, Anna Beispiel, Telefon: 0911 700-118, presse@stadtwerke-nordau.example
""",
    """Wasserverband Südheim

Neue Wasserleitung in der Mühlenstraße

Südheim, 4. Juni 2026 – Der Wasserverband Südheim hat die Wasserleitung in der Mühlenstraße erneuert.
Im Notfall erreichen Sie den Entstörungsdienst unter 0722 4455-9.

Kontakt: Wasserverband Südheim, Max Muster, Tel. 0722 4455-10
""",
]


@pytest.mark.parametrize(("release", "case_line"), list(zip(_RELEASES, ["0911 700-333", "0722 4455-9"], strict=True)))
def test_the_case_line_is_not_under_questions(release: str, case_line: str) -> None:
    text = summary_text(summarise(parse(release.encode()).release).release)
    contact = text.split("## Kontakt", 1)[1].split("## Wörterbuch", 1)[0] if "## Kontakt" in text else ""
    assert case_line not in contact
