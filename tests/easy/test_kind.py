"""Kind detection weighs cues by strength and position (headline, lead, body; contact lines not at all)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.kind import classify

# Invented releases, two senders per kind: (title, body with one sentence a line, expected kind).
CASES: list[tuple[str, str, str]] = [
    (
        "Wahlprüfung beantragt",
        "Der Kreisverband hat Einspruch gegen die Wahl eingelegt.\n"
        "Nur wer gewählt wurde, sitzt im Rat.\nWir kritisieren das Verfahren und fordern eine neue Zählung.",
        "statement",
    ),
    ("Verein fordert mehr Radwege", "Der Verein kritisiert die Planung der Stadt.\nEr fordert sichere Wege.", "statement"),
    (
        "Wahlbeteiligung bis 14 Uhr",
        "Die Landeswahlleiterin hat die Wahlbeteiligung ermittelt.\n"
        "Sie liegt bei 40 Prozent.\nDas Ergebnis wird am Abend ermittelt.",
        "figures",
    ),
    ("Jahresbericht 2023 vorgelegt", "Die Zahlen sind gestiegen.\nDie Statistik zeigt einen Anstieg.", "figures"),
    (
        "Einbruch in Schule",
        "Unbekannte Täter sind in eine Schule eingebrochen.\nSie haben Laptops gestohlen.\n"
        "Pressestelle der Polizei, Tel. 0123 456, presse@polizei.example",
        "police",
    ),
    (
        "Radfahrer bei Unfall verletzt",
        "Ein Radfahrer ist bei einem Unfall verletzt worden.\nDer Täter ist geflohen.",
        "police",
    ),
    (
        "Neue Leiterin im Bürgeramt",
        "Frau Meier ist ab Montag die neue Leiterin.\nSie ist Nachfolgerin von Herrn Kunz.",
        "appointment",
    ),
    ("Trainerwechsel", "Der Verein hat einen neuen Trainer berufen.\nEr übernimmt ab Juli.", "appointment"),
    ("Tag der offenen Tür", "Die Schule lädt alle Eltern ein.\nDie Veranstaltung beginnt um 10 Uhr.", "event"),
    (
        "Präventionstag Taschendiebstahl",
        "Die Polizei lädt zu einer Veranstaltung ein.\n"
        "Täter nutzen Gedränge für Diebstahl.\nDiebstahl lässt sich verhindern.",
        "event",
    ),
    ("Brand in Wohnhaus", "Die Feuerwehr hat den Brand gelöscht.\nEin Mann wurde verletzt.", "fire"),
    (
        "THL: Verkehrsunfall auf der B2",
        "Die Feuerwehr war bei einem Unfall im Einsatz.\n"
        "Nach dem Unfall war die Straße gesperrt.\nDer Unfall hat zwei Autos beschädigt.",
        "fire",
    ),
    ("Straße gesperrt", "Wegen Bauarbeiten ist die Hauptstraße gesperrt.\nEine Umleitung ist ausgeschildert.", "service"),
    ("Baumfällung im Park", "Im Stadtpark beginnt die Fällung von drei Bäumen.\nDer Weg bleibt geschlossen.", "service"),
    ("Stadtrat beschließt neue Satzung", "Der Rat hat die Satzung beschlossen.\nSie tritt im Mai in Kraft.", "decision"),
    ("Neue Parkregeln", "Der Kreistag hat eine Verordnung verabschiedet.\nSie gilt ab 1. Juni.", "decision"),
    ("Schule ausgezeichnet", "Die Schule hat eine Auszeichnung bekommen.\nDer Preis ist mit 500 Euro dotiert.", "award"),
    ("Spende für die Tafel", "Der Verein hat 1.000 Euro gespendet.\nDie Spende hilft vielen Familien.", "award"),
    ("Seniorin vermisst", "Die Polizei sucht eine vermisste Frau.\nSie wurde zuletzt am Bahnhof gesehen.", "missing"),
    (
        "Zeugen gesucht",
        "Nach einem Diebstahl sucht die Polizei Zeugen, die sich melden.\nHinweise nimmt jede Dienststelle entgegen.",
        "appeal",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_kind_of_invented_releases(title: str, body: str, expected: str) -> None:
    assert classify(title, body) == expected


def test_one_weak_cue_in_the_body_is_no_kind() -> None:
    # "gewählt" alone (an election text) once made a party's release an appointment.
    assert classify("Die Hürden der kleinen Parteien", "Eine Partei muss gewählt werden.\nDas ist schwer.") == "other"


def test_a_contact_line_naming_the_police_is_no_police_cue() -> None:
    body = "Der Verein feiert sein Fest.\nKontakt: einbruch-schutz@polizei.example, Tel. 030 1234"
    assert classify("Sommerfest im Kiez", body) != "police"


def test_the_headline_outweighs_the_body() -> None:
    body = "Frau Roth wurde zur Vorsitzenden gewählt.\nDer Verein hat eine Auszeichnung bekommen."
    assert classify("Verein ausgezeichnet", body) == "award"


def test_the_subtitle_counts_as_lead() -> None:
    assert classify("Neuigkeiten aus dem Rathaus", "Das steht im Text.", lead="Rat beschließt neue Satzung") == "decision"


def test_a_named_event_keeps_its_name_in_the_title() -> None:
    from datetime import date

    from pressconv.model import Metadata, Paragraph, Release, Text
    from pressconv.transforms.easy import summarise

    meta = Metadata(title=(Text(text="Aktionswoche „Sicher im Kiez“"),), language="de-DE", issued=date(2024, 3, 1))
    body = ("Die Aktionswoche „Sicher im Kiez“ findet im März statt.", "Es gibt Vorträge und Beratung.")
    release = Release(meta=meta, body=tuple(Paragraph(children=(Text(text=p),)) for p in body))
    title = "".join(getattr(t, "text", "") for t in summarise(release).release.meta.title)
    assert "„Sicher im Kiez“" in title
