"""Whom to ask: the public's line, not a narrower group's; a named line with its name and hours (invented releases)."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.groups import narrower_line
from pressconv.transforms.easy.servicelines import service_lines
from pressconv.transforms.easy.signup import about_the_news
from tests.fixtures.releases import german_release


def _contact(title: str, *paragraphs: str, organisation: str) -> str:
    release = german_release(title, *paragraphs, issued=date(2026, 3, 2), organisation=organisation)
    text = summary_text(summarise(release).release).replace("·", "")
    return text.split("## Kontakt")[1].split("## ")[0] if "## Kontakt" in text else ""


def _at(sentence: str, item: str) -> bool:
    start = sentence.index(item)
    return narrower_line(sentence, start, start + len(item))


@pytest.mark.parametrize(
    ("sentence", "group", "public"),
    [
        # An employment agency and a utility: one line per group in one sentence (verb ellipsis).
        (
            "Arbeitgeber erreichen den Arbeitgeber-Service unter 0800 1 2345 60, "
            "Arbeitnehmer die Agentur unter 0800 1 2345 70.",
            "0800 1 2345 60",
            "0800 1 2345 70",
        ),
        (
            "Für Geschäftskunden gilt die Nummer 0361 44 55-10; "
            "Fragen von Privatkunden beantwortet das Team unter 0361 44 55-20.",
            "0361 44 55-10",
            "0361 44 55-20",
        ),
    ],
)  # fmt: skip
def test_the_clause_says_whom_a_line_is_for(sentence: str, group: str, public: str) -> None:
    assert _at(sentence, group)
    assert not _at(sentence, public)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Unternehmen ist unter 0711 22 33-0 erreichbar.",  # the sender firm itself, no group
        "Unternehmen und Privatpersonen erreichen die Beratung unter 0711 22 33-0.",  # everyone too
        "Fragen beantwortet das Amt unter 0711 22 33-0, auch zu Firmen im Landkreis.",  # the group after the line
    ],
)
def test_no_group_line_when_everyone_or_after(sentence: str) -> None:
    assert not _at(sentence, "0711 22 33-0")


def test_the_summary_gives_the_public_line_not_the_employers() -> None:
    contact = _contact(
        "Arbeitslosigkeit im Februar leicht gestiegen",
        "Die Zahl der Arbeitslosen im Bezirk der Agentur für Arbeit Talstadt ist im Februar leicht gestiegen.",
        "Arbeitgeber erreichen den Arbeitgeber-Service unter der Rufnummer 0800 1 2345 60, "
        "Arbeitnehmerinnen und Arbeitnehmer die Agentur unter 0800 1 2345 70.",
        organisation="Agentur für Arbeit Talstadt",
    )
    assert "0800 1 2345 60" not in contact
    assert "0800 1 2345 70" in contact


@pytest.mark.parametrize(
    ("sentence", "name", "hours"),
    [
        # A health office's heat line and a utility's service line.
        (
            "Das Kreisgesundheitsamt betreibt ein Hitzetelefon, das von Montag bis Freitag jeweils von 10 bis 14 Uhr "
            "unter 05561 300-212 erreichbar ist.",
            "Hitzetelefon",
            "von Montag bis Freitag von 10 bis 14 Uhr",
        ),
        (
            "Das Servicetelefon der Stadtwerke ist montags bis freitags von 7:30 bis 15:30 Uhr "
            "unter 04421 5590-0 erreichbar.",
            "Servicetelefon",
            "von Montag bis Freitag von 7:30 bis 15:30 Uhr",
        ),
        # A second span beside the first: the name stays, the hours are left out (never cut).
        (
            "Ein Bürgertelefon ist unter 03371 2240-80 erreichbar, "
            "Mo.–Fr. von 8 bis 17 Uhr sowie am Samstag von 10 bis 13 Uhr.",
            "Bürgertelefon",
            None,
        ),
    ],
)  # fmt: skip
def test_a_named_line_with_its_hours(sentence: str, name: str, hours: str | None) -> None:
    phone = sentence.split("unter ")[1].split(" erreichbar")[0].rstrip(",. ")
    (line,) = service_lines([phone], [sentence])
    assert (line.name, line.hours) == (name, hours)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das bisherige Servicetelefon 04421 5590-0 ist nicht mehr erreichbar.",  # no longer a line
        "Bitte schalten Sie das Mobiltelefon aus; Auskunft unter 04421 5590-0.",  # the reader's own phone
    ],
)
def test_no_named_line(sentence: str) -> None:
    assert service_lines(["04421 5590-0"], [sentence]) == ()


def test_the_summary_names_the_heat_line() -> None:
    contact = _contact(
        "Gesundheitsamt warnt vor Hitze",
        "Das Gesundheitsamt des Landkreises Wiesenau warnt vor großer Hitze in dieser Woche.",
        "Für Fragen betreibt das Gesundheitsamt ein Hitzetelefon, das von Montag bis Freitag "
        "von 10 bis 14 Uhr unter 05561 300-212 erreichbar ist.",
        organisation="Landkreis Wiesenau",
    )
    assert "Die Nummer vom Hitzetelefon ist:" in contact
    assert "Das Hitzetelefon ist von Montag bis Freitag von 10 bis 14 Uhr erreichbar." in contact


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        # A citizens' office's and a vehicle registry's booking lines: the headline's compound names the matter.
        (
            "Bürgerbüro stellt auf Terminvergabe um",
            "Wer kein Internet nutzt, kann einen Termin unter 06158 873-200 vereinbaren.",
        ),
        ("Zulassungsstelle nur noch mit Terminbuchung", "Einen Termin vereinbaren Sie unter 06158 873-200."),
    ],
)  # fmt: skip
def test_a_booking_line_about_the_headline_compound(headline: str, sentence: str) -> None:
    assert about_the_news("06158 873-200", [sentence], headline, digits=True)


def test_a_short_stem_is_no_compound_part() -> None:
    said = ["Der Bus hält unter 06158 873-200."]
    assert not about_the_news("06158 873-200", said, "Busbahnhof wird neu gebaut", digits=True)


def test_a_headline_word_inside_the_sentence_compound_is_a_neighbour() -> None:
    # A crafts chamber's seminar sign-up beside its funding news: "Handwerk" of the headline only
    # begins the sentence's "Handwerkskammer", which names the sender, not the matter.
    said = ["Die Handwerkskammer nimmt Anmeldungen für das Seminar unter seminar@kammer-talheim.de entgegen."]
    assert not about_the_news("seminar@kammer-talheim.de", said, "Förderung Handwerk geht weiter", digits=False)


def test_a_named_line_across_an_intro_colon_and_a_contact_card() -> None:
    # A health office's intro sentence ends in a colon; the number is repeated in the closing card.
    texts = [
        "Für Fragen betreibt das Gesundheitsamt ein Bürgertelefon: Tel. 06131 772-4100, "
        "erreichbar Montag bis Freitag von 7:30 bis 15:30 Uhr.",
        "Kontakt\nTel. 06131 772-4100",
    ]
    (line,) = service_lines(["06131 772-4100"], texts)
    assert (line.name, line.hours) == ("Bürgertelefon", "von Montag bis Freitag von 7:30 bis 15:30 Uhr")
