"""Deadlines and application periods said plainly (deadlines.py), and the sentences it must refuse."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.deadlines import deadline_rescue
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rescuers import RESCUERS
from pressconv.transforms.easy.source import SourceSentence
from tests.fixtures.releases import german_release

ISSUED = date(2026, 3, 2)


def _rescue(sentence: str, *others: str, issued: date | None = ISSUED) -> tuple[str, ...] | None:
    """What the rescuer makes of ``sentence``, standing first among ``others`` of the same release."""
    sentences = tuple(SourceSentence(text) for text in (sentence, *others))
    context = RescueContext(
        source=sentences[0],
        text=sentence,
        sentences=sentences,
        index=0,
        issued=issued,
        rewrite=lambda piece: piece,
    )
    found = deadline_rescue(context)
    return None if found is None else found.sentences


def test_the_rescuer_is_registered() -> None:
    assert ("deadline", deadline_rescue) in RESCUERS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A ministry's funding programme: the modal passive, the means kept with its "ausschließlich".
        (
            "Förderanträge können bis spätestens Freitag, 30. Oktober 2026, ausschließlich über das "
            "Förderportal des Landes gestellt werden.",
            # The compound as written: its first part may narrow the act (review).
            ("Förderanträge sind bis Freitag, 30. Oktober 2026 möglich.", "Das geht nur im Internet."),
        ),
        # A foundation's scholarship: a period, the month said once.
        (
            "Bewerbungen sind ausschließlich online vom 4. bis 31. Mai 2026 möglich.",
            ("Die Bewerbung ist vom 4. bis 31. Mai 2026 möglich.", "Das geht nur im Internet."),
        ),
        # A school's registration: an office receives it.
        (
            "Anmeldungen nimmt das Schulsekretariat bis zum 12. Juni entgegen.",
            ("Die Anmeldung ist bis 12. Juni 2026 möglich.", "Das geht beim Schulsekretariat."),
        ),
        # A district office's duty and a club's: "muss … erfolgen", "ist … erforderlich" stay a duty.
        ("Die Meldung muss bis 30. Juni 2026 erfolgen.", ("Die Meldung muss bis 30. Juni 2026 da sein.",)),
        (
            "Die Anmeldung muss bis 30. Juni 2026 schriftlich erfolgen.",
            ("Die Anmeldung muss bis 30. Juni 2026 da sein.", "Das geht nur schriftlich."),
        ),
        # A club's photo contest: the closing day of a "-schluss" compound.
        ("Einsendeschluss ist der 15. März.", ("Einsendungen sind bis 15. März 2026 möglich.",)),
        # A city's objection period: "zwischen … und …", no means given.
        (
            "Einwendungen können zwischen dem 9. und dem 27. März 2026 schriftlich erhoben werden.",
            ("Einwände sind vom 9. bis 27. März 2026 möglich.", "Das geht schriftlich."),
        ),
        # A district office's deadline for a form: the "zu"-infinitive of obligation.
        (
            "Anträge sind bis 17. April 2026 per E-Mail oder telefonisch unter 0123 45678-9 einzureichen.",
            # A duty ("sind … einzureichen") is never said as a possibility; its ways are the only ways.
            ("Anträge müssen bis 17. April 2026 da sein.", "Das geht nur per E-Mail oder per Telefon."),
        ),
        # A sports club asks for registration, with its reason in front.
        (
            "Um lange Wartezeiten zu vermeiden, wird um eine Anmeldung bis Freitag, 20. März 2026, gebeten.",
            ("Bitte melden Sie sich bis Freitag, 20. März 2026 an.",),
        ),
        # Whoever wants to take part: no group that narrows who may.
        (
            "Interessierte können sich bis Montag, 13. April 2026, per E-Mail bewerben.",
            ("Die Bewerbung ist bis Montag, 13. April 2026 möglich.", "Das geht per E-Mail."),
        ),
        ("Die Antragsfrist endet am 31. Mai 2026.", ("Anträge sind bis 31. Mai 2026 möglich.",)),
        # The first day of an open period (a district's grant).
        ("Anträge können ab dem 1. April 2026 gestellt werden.", ("Anträge sind ab 1. April 2026 möglich.",)),
        # A time on the last day is kept; the day's end is the day itself.
        ("Anträge sind bis 30. April 2026, 12 Uhr, möglich.", ("Anträge sind bis 30. April 2026 um 12 Uhr möglich.",)),
        (
            "Bewerbungen sind bis Sonntag, 31. Mai 2026, 23:59 Uhr, möglich.",
            ("Die Bewerbung ist bis Sonntag, 31. Mai 2026 möglich.",),
        ),
        (
            "Anmeldeschluss ist Freitag, 20. März 2026, 18 Uhr.",
            ("Die Anmeldung ist bis Freitag, 20. März 2026 um 18 Uhr möglich.",),
        ),
        # "und zwar in der Zeit von …" (namely, in the time from …) adds no fact.
        (
            "Anträge können ausschließlich über das Förderportal eingereicht werden, und zwar in der Zeit von "
            "Mittwoch, 1. April 2026, bis Dienstag, 30. Juni 2026.",
            ("Anträge sind vom 1. April bis 30. Juni 2026 möglich.", "Das geht nur im Internet."),
        ),
        # A music school's open day: means side by side are one way, joined ones a choice.
        (
            "Eine Anmeldung ist bis Freitag, 11. September 2026, online unter www.musikschule.example "
            "oder telefonisch beim Schulbüro unter 01234 567-89 möglich.",
            (
                "Die Anmeldung ist bis Freitag, 11. September 2026 möglich.",
                "Das geht im Internet oder per Telefon beim Schulbüro.",
            ),
        ),
        # A town hall's note in telegram style, and the present passive of receiving.
        (
            "Anmeldung bis 3. Mai unter Telefon 01234 56789.",
            ("Die Anmeldung ist bis 3. Mai 2026 möglich.", "Das geht per Telefon."),
        ),
        (
            "Anmeldungen werden bis zum 20. März 2026 im Rathaus entgegengenommen.",
            ("Die Anmeldung ist bis 20. März 2026 möglich.", "Das geht im Rathaus."),
        ),
        ("Bewerbungsschluss: Freitag, 20. März 2026.", ("Die Bewerbung ist bis Freitag, 20. März 2026 möglich.",)),
        # The deadline in front (verb-second order): a district's grant, a youth centre's course.
        ("Bis zum 30. April 2026 können Anträge gestellt werden.", ("Anträge sind bis 30. April 2026 möglich.",)),
        (
            "Vom 4. bis 31. Mai 2026 können sich Interessierte online bewerben.",
            ("Die Bewerbung ist vom 4. bis 31. Mai 2026 möglich.", "Das geht im Internet."),
        ),
    ],
)
def test_a_deadline_said_plainly(sentence: str, expected: tuple[str, ...]) -> None:
    assert _rescue(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A group that restricts who must act: never widened to all.
        "Alle Tierhalter, die ihren Bestand noch nicht gemeldet haben, müssen dies bis 19. Dezember 2026 nachholen.",
        "Vereine können sich bis 30. April 2026 bewerben.",
        "Bis zum 30. April 2026 können Vereine Anträge stellen.",
        # "Sie" opening a sentence may be "they" (the clubs just named), not the reader.
        "Sie können sich bis zum 30. April 2026 bewerben.",
        "Anmeldungen für den Anfängerkurs sind bis 3. Mai 2026 möglich.",
        # Someone else's deadline.
        "Die Stadt muss die Bauarbeiten bis 30. Juni 2026 abschließen.",
        "Der Verband hat die Bewerbungen bis 30. Juni 2026 geprüft.",
        # Past on the release day.
        "Anträge sind bis 1. Februar 2026 möglich.",
        # Two deadlines, or a second date beside the one.
        "Zählerstände sind zwischen dem 2. und 9. Januar 2027 abzulesen und bis 16. Januar 2027 zu melden.",
        "Bewerbungen sind bis 3. Mai 2026 möglich, die Auswahl folgt am 20. Mai 2026.",
        # A weekday that does not fit the date: which one is meant is unknown.
        "Eine Anmeldung ist bis Donnerstag, 30. Oktober 2026, möglich.",
        # "nur" before the deadline, a time of day, a question.
        "Anmeldungen sind nur bis 3. April 2026 möglich.",
        "Anträge sind bis 30. April 2026 möglich, die Beratung ist um 12 Uhr.",
        "Bewerbungen sind vom 4. bis 31. Mai 2026, 12 Uhr, möglich.",
        "Sind Anmeldungen bis 3. April 2026 möglich?",
        # A label before a colon, a closing day of something not the reader's, a compound of another meaning.
        "Hinweis: Anmeldungen sind bis 20. März 2026 möglich.",
        "Redaktionsschluss ist der 20. März 2026.",
        "Wortmeldungen sind bis 20. März 2026 möglich.",
        # Means with something else between them ("telefonisch, aber nicht …").
        "Anmeldungen sind bis 20. März 2026 online, aber nicht telefonisch möglich.",
        "Anmeldungen sind im Vorfeld bis 20. März 2026 möglich.",
        # No action of the reader's kind.
        "Die Ausstellung ist bis 30. Mai 2026 zu sehen.",
    ],
)
def test_refused(sentence: str) -> None:
    assert _rescue(sentence) is None


def test_a_registration_before_an_event_is_the_events() -> None:
    # The event template says an event's registration; apart from its event it would read as
    # registration for whatever the release is about.
    sentence = "Die Anmeldung ist bis 8. Mai 2026 online möglich."
    assert _rescue(sentence) is not None
    assert _rescue(sentence, "Der Infoabend ist am Dienstag, 12. Mai 2026.") is None
    # An application is no event detail: the same neighbour changes nothing.
    assert _rescue("Bewerbungen sind bis 8. Mai 2026 möglich.", "Der Infoabend ist am Dienstag, 12. Mai 2026.") == (
        "Die Bewerbung ist bis 8. Mai 2026 möglich.",
    )


def _piece(sentence: str, piece: str) -> tuple[str, ...] | None:
    source = SourceSentence(sentence)
    context = RescueContext(
        source=source,
        text=piece,
        sentences=(source,),
        index=0,
        issued=ISSUED,
        rewrite=lambda text: text,
    )
    found = deadline_rescue(context)
    return None if found is None else found.sentences


def test_a_clause_of_several_is_read_alone() -> None:
    # A student housing office: the start in one clause, the end in the next; each piece its own rescue.
    sentence = (
        "Bewerbungen werden ab Montag, 4. Mai 2026, ausschließlich über das Online-Portal des Wohnheims "
        "entgegengenommen; die Bewerbungsfrist endet am Sonntag, 31. Mai 2026, um 23:59 Uhr."
    )
    first = (
        "Bewerbungen werden ab Montag, 4. Mai 2026, ausschließlich über das Online-Portal vom Wohn·heim entgegen·genommen."
    )
    assert _piece(sentence, first) == ("Die Bewerbung ist ab Montag, 4. Mai 2026 möglich.", "Das geht nur im Internet.")
    second = "Die Bewerbungs·frist endet am Sonntag, 31. Mai 2026, um 23:59 Uhr."
    assert _piece(sentence, second) == ("Die Bewerbung ist bis Sonntag, 31. Mai 2026 möglich.",)
    # A registration after ";" is for the service the clause before names: refused.
    service = "Für ältere Menschen gibt es einen Fahrdienst; Anmeldungen nimmt das Bürgerbüro bis 20. März 2026 entgegen."
    assert _piece(service, "Anmeldungen nimmt das Bürger·büro bis 20. März 2026 entgegen.") is None


def test_without_a_release_date_a_year_is_needed() -> None:
    assert _rescue("Einsendeschluss ist der 15. März.", issued=None) is None
    assert _rescue("Einsendeschluss ist der 15. März 2026.", issued=None) == (
        "Einsendungen sind bis 15. März 2026 möglich.",
    )


def _body(title: str, *paragraphs: str, organisation: str) -> list[str]:
    release = german_release(title, *paragraphs, organisation=organisation, issued=ISSUED)
    text = summary_text(summarise(release).release).replace("·", "")
    return [line for line in text.split("## Worum geht es?")[1].split("## ")[0].splitlines() if line]


@pytest.mark.parametrize(
    ("title", "paragraphs", "organisation", "head", "follower"),
    [
        (
            "Land fördert neue Spielplätze in Dörfern",
            (
                "Das Ministerium für Ländlichen Raum fördert ab sofort den Bau von Spielplätzen in kleinen Gemeinden.",
                "Förderanträge können bis spätestens Freitag, 30. Oktober 2026, ausschließlich über das "
                "Förderportal des Landes gestellt werden.",
            ),
            "Ministerium für Ländlichen Raum",
            "Förderanträge sind bis Freitag, 30. Oktober 2026 möglich.",
            "Das geht nur im Internet.",
        ),
        (
            "Fotowettbewerb des Heimatvereins",
            (
                "Der Heimatverein Musterdorf sucht die schönsten Fotos vom Dorfleben.",
                "Jedes Mitglied darf bis zu drei Fotos schicken.",
                "Einsendungen können ausschließlich online unter www.heimatverein.example vom 4. bis 31. Mai 2026 "
                "eingereicht werden.",
            ),
            "Heimatverein Musterdorf",
            "Einsendungen sind vom 4. bis 31. Mai 2026 möglich.",
            "Das geht nur im Internet.",
        ),
    ],
)
def test_the_summary_gains_the_deadline(
    title: str, paragraphs: tuple[str, ...], organisation: str, head: str, follower: str
) -> None:
    lines = _body(title, *paragraphs, organisation=organisation)
    assert head in lines
    assert lines[lines.index(head) + 1] == follower


def test_und_zwar_specifies_and_concedes_nothing() -> None:
    # "und zwar" (namely) is no concession (select._CONCESSIVE): the sentence is offered and rescued.
    lines = _body(
        "Kreis fördert Dachbegrünung",
        "Der Landkreis Musterkreis fördert ab diesem Jahr grüne Dächer auf Wohnhäusern.",
        "Der Zuschuss beträgt bis zu 5000 Euro. Anträge können ausschließlich über das Förderportal des "
        "Landkreises unter www.kreis.example eingereicht werden, und zwar in der Zeit von Mittwoch, "
        "1. April 2026, bis Dienstag, 30. Juni 2026.",
        organisation="Landkreis Musterkreis",
    )
    head = "Anträge sind vom 1. April bis 30. Juni 2026 möglich."
    assert head in lines
    assert lines[lines.index(head) + 1] == "Das geht nur im Internet."
