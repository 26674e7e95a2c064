"""Session 9 (issue 16): an event's day from the lead, and registration for part of a programme.

Every release here is invented (senders, places, dates); none is a corpus or held-out file. Each
rule is exercised by releases of two kinds of sender: a town library and a sports club, a museum and
a school.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from tests.fixtures.releases import german_release


def _body(release_title: str, *paragraphs: str, issued: date = date(2025, 4, 1), subtitle: str | None = None) -> str:
    release = german_release(release_title, *paragraphs, issued=issued, subtitle=subtitle)
    return summary_text(summarise(release).release).replace("·", "")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Neue Räume für die Bücherei",
            "Die Bücherei ist im Winter in das alte Rathaus umgezogen. Am Sonntag, 11. Mai 2025, öffnet das "
            "Haus von 10 bis 16 Uhr für alle Gäste. Eine Anmeldung ist bis Freitag, 9. Mai 2025, möglich.",
        ),
        (
            "Tag der offenen Tür im Ruderclub",
            "Der Ruderclub hat ein neues Bootshaus gebaut. Am Samstag, 17. Mai 2025, zeigt der Club von 11 bis "
            "15 Uhr seine Boote. Ab dem 2. Juni gelten neue Trainingszeiten.",
        ),
    ],
)
def test_the_lead_names_the_events_day_and_time(title: str, lead: str) -> None:
    text = _body(title, lead, "Der Eintritt ist frei.")
    # The event introduced in its first statement (existentials.py), not by "Es gibt eine Veranstaltung.".
    assert "Eine Veranstaltung ist am" in text
    assert "von 1" in text and "Uhr bis 1" in text
    # A deadline ("bis Freitag") or the start of a rule ("ab dem 2. Juni") is never the event's day.
    assert "Die Veranstaltung ist am Freitag" not in text
    assert "Die Veranstaltung ist am Montag, 2. Juni" not in text


def test_a_deadline_alone_in_the_lead_is_no_event_day() -> None:
    text = _body(
        "Ferienkurs im Museum",
        "Das Museum bietet im Sommer einen Malkurs für Kinder an. Eine Anmeldung ist bis Freitag, 9. Mai 2025, "
        "nötig. Der Eintritt ist frei.",
    )
    assert "ist am Freitag, 9. Mai" not in text


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Am Samstag, 24. Mai 2025, feiert die Schule von 10 bis 14 Uhr ihr Schulfest.",
            "10:30 Uhr – Führung durch die Werkstatt (Anmeldung erforderlich)",
            "Eine Anmeldung ist bis Montag, 19. Mai 2025, im Sekretariat möglich. Der Eintritt ist frei.",
        ),
        (
            "Am Sonntag, 25. Mai 2025, lädt das Museum von 11 bis 17 Uhr zum Museumsfest ein.",
            "Für einige Angebote ist eine Anmeldung nötig. Eine Anmeldung ist bis Freitag, 23. Mai 2025, möglich.",
        ),
    ],
)
def test_registration_for_some_items_is_not_asked_of_everyone(paragraphs: tuple[str, ...]) -> None:
    text = _body("Ein Fest für alle", *paragraphs)
    assert "Bitte melden Sie sich" not in text
    assert "Für einige Angebote braucht man eine Anmeldung." in text
    assert "Die Anmeldung geht bis" in text


def test_registration_for_the_whole_event_is_asked_as_before() -> None:
    text = _body(
        "Vortrag im Rathaus",
        "Am Dienstag, 13. Mai 2025, gibt es im Rathaus einen Vortrag über Gärten. Eine Anmeldung ist bis "
        "Freitag, 9. Mai 2025, nötig.",
    )
    assert "Bitte melden Sie sich bis Freitag, 9. Mai 2025 an." in text
    assert "Für einige Angebote" not in text


# --- an event announced in passing by a release of another kind (facts._side_event)


@pytest.mark.parametrize(
    ("title", "paragraphs", "lines"),
    [
        (
            "Neue Beratung für Familien",
            (
                "Die Klinik am See berät ab Juni Familien mit kranken Kindern.",
                "Am Mittwoch, 14. Mai 2025, um 17 Uhr stellt das Team die Beratung bei einem Elternabend vor.",
            ),
            [
                # The title says the headline's news, not the Elternabend: the body introduces it
                # with "Ein" (existentials.py), as in the case below.
                "Ein Elternabend ist am Mittwoch, 14. Mai 2025.",
                "Der Elternabend beginnt um 17 Uhr.",
            ],
        ),
        (
            "Neues Programm für kleine Vereine",
            (
                "Das Landesamt fördert Vereine mit bis zu 5000 Euro.",
                "Am Dienstag, 20. Mai 2025, erklärt das Amt von 18 bis 19 Uhr bei einem Fachvortrag die Regeln.",
            ),
            [
                "Ein Fachvortrag ist am Dienstag, 20. Mai 2025.",
                "Der Fachvortrag ist von 18 Uhr bis 19 Uhr.",
            ],
        ),
    ],
)
def test_an_event_in_passing_has_its_day_and_time(title: str, paragraphs: tuple[str, ...], lines: list[str]) -> None:
    text = _body(title, *paragraphs)
    for line in lines:
        assert line in text
    # Never the title: the release's news is elsewhere.
    assert not text.startswith(
        ("Der Elternabend", "Der Fachvortrag", "Ein Elternabend", "Ein Fachvortrag", "Es gibt einen Elternabend")
    )
    assert not text.startswith("Es gibt einen Fachvortrag")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Am Sonntagnachmittag, 18. Mai 2025, hat die Gruppe frei.", "18. Mai"),  # a time of day, no event
        ("Der Vortrag war am Montag, 10. März 2025, gut besucht.", "10. März"),  # before the release
        ("Eine Anmeldung zum Vortrag ist bis Freitag, 9. Mai 2025, möglich.", "9. Mai"),  # a deadline only
        ("Der Vortrag am 12. Mai 2025 fällt nicht aus.", "12. Mai"),  # negated
    ],
)
def test_no_event_day_where_unsure(sentence: str, day: str) -> None:
    text = _body("Neues Programm für kleine Vereine", "Das Landesamt fördert Vereine mit bis zu 5000 Euro.", sentence)
    assert not any(" ist am " in line and day in line for line in text.splitlines())
    assert "Es gibt einen Sonntagnachmittag" not in text


@pytest.mark.parametrize(
    ("paragraphs", "asked"),
    [
        (
            (
                "Das Landesamt fördert Vereine mit bis zu 5000 Euro.",
                "Am Dienstag, 20. Mai 2025, erklärt das Amt von 18 bis 19 Uhr bei einem Fachvortrag die Regeln. "
                "Die Anmeldung ist bis zum 16. Mai 2025 im Internet möglich.",
            ),
            True,
        ),
        (
            (
                "Die Klinik am See berät ab Juni Familien mit kranken Kindern.",
                "Am Mittwoch, 14. Mai 2025, um 17 Uhr stellt das Team die Beratung bei einem Elternabend vor. "
                "Die Klinik hat 200 Betten. Für die Beratung ist eine Anmeldung bis zum 12. Mai 2025 nötig.",
            ),
            False,  # the deadline is not in the sentence right after the event: whose it is is unsure
        ),
    ],
)
def test_the_deadline_right_after_an_event_in_passing(paragraphs: tuple[str, ...], asked: bool) -> None:
    text = _body("Neues Angebot", *paragraphs)
    assert ("Bitte melden Sie sich bis" in text) is asked


@pytest.mark.parametrize(
    ("paragraphs", "lines"),
    [
        (
            (
                "Die Firma Muster baut ein neues Lager und sucht 40 Leute.",
                "Alle Interessierten sind zum „Bewerber-Tag“ am Samstag, 17. Mai 2025, von 10 bis 14 Uhr in die "
                "Halle (Gartenweg 4) eingeladen.",
            ),
            ["Ein Bewerber-Tag ist am Samstag, 17. Mai 2025.", "Gartenweg 4"],
        ),
        (
            (
                "Der Heimatverein hat das alte Backhaus renoviert.",
                "Der Verein lädt am Sonntag, 18. Mai 2025, um 11 Uhr zur „Back-Woche“ ein.",
            ),
            ["Die Back-Woche ist am Sonntag, 18. Mai 2025.", "beginnt um 11 Uhr."],  # the title names it
        ),
    ],
)
def test_an_invitation_to_a_named_event(paragraphs: tuple[str, ...], lines: list[str]) -> None:
    text = _body("Neues aus dem Ort", *paragraphs)
    for line in lines:
        assert line in text
