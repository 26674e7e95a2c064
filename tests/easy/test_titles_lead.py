"""Titles that say what happened: the lead's main clause, irony, opinions, fire reports, the fallback.

Every release, name and place here is made up for these tests; none is a corpus file. Each
convention is shown on releases of at least two different senders (issue 16, session 6 brief).
"""

from __future__ import annotations

import pytest

from pressconv.model import Release
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.kind import advocacy, classify
from pressconv.transforms.easy.pipeline import GENERIC_TITLE, build, diagnostics
from pressconv.transforms.easy.source import sentences
from pressconv.transforms.easy.titles import ironic, lead_clause
from tests.fixtures.releases import german_release


def _title(release: Release) -> str:
    return (build(release).headline or "").replace("·", "")


# --- the lead's main clause ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause after its preposition describes a noun: cut, nothing false remains
        (
            "Ein Spaziergänger fand im Stadtpark eine Tasche, in der viel Geld lag.",
            "Ein Spaziergänger fand im Stadtpark eine Tasche.",
        ),
        (
            "Der Gemeinderat beschloss am Dienstag einen neuen Spielplatz.",
            "Der Gemeinderat beschloss am Dienstag einen neuen Spielplatz.",
        ),
    ],
)
def test_lead_clause_keeps_the_main_clause(sentence: str, expected: str) -> None:
    assert lead_clause(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Bürgermeister sagt, dass die Brücke bald fertig ist.",  # the object is a clause: no cut
        "Wir haben am Montag einen neuen Trainer verpflichtet.",  # "wir" names nobody in a title
        "Am Montag brannte in Altdorf eine Scheune.",  # the subject does not come first
        "Der Verein bleibt dran.",  # no noun: says nothing of what happened
        "Wer hat den Unfall gesehen?",
    ],
)
def test_lead_clause_refuses(sentence: str) -> None:
    assert lead_clause(sentence) is None


def test_title_from_the_lead_of_an_association() -> None:
    release = german_release(
        "Was für ein Tag!",
        "Der Heimatverein Lindental eröffnete am Samstag ein kleines Museum, in dem alte Werkzeuge stehen. "
        "Viele Gäste kamen zur Feier.",
        organisation="Heimatverein Lindental",
    )
    title = _title(release)
    assert title == "Der Heimatverein Lindental hat am Samstag ein kleines Museum eröffnet"


def test_title_from_the_lead_of_an_authority() -> None:
    release = german_release(
        "Endlich!",
        "Das Bauamt Kleinstadt öffnete am Montag die neue Brücke. Autos dürfen dort fahren.",
        organisation="Bauamt Kleinstadt",
    )
    assert _title(release) == "Das Bauamt Kleinstadt hat am Montag die neue Brücke geöffnet"


def test_a_lead_sentence_reversed_by_the_next_is_no_title() -> None:
    release = german_release(
        "Haushalt?",
        "Der Kreistag hat einen Haushalt für das nächste Jahr beschlossen. Allerdings fehlt noch die Zustimmung vom Land.",
    )
    assert "Haushalt für das nächste Jahr beschlossen" not in _title(release)


# --- irony and satire --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "opinion", "expected"),
    [
        ("„Alles wird gut“", False, True),  # a quote is somebody's words in any kind of release
        ("Die Ämter arbeiten schnell!", True, True),
        ("Wer braucht schon Radwege?", True, True),
        ("Wer kennt diesen Mann?", False, False),  # an appeal's question is meant literally
        ("Anmeldungen ab sofort möglich!", False, False),  # an announcement's emphasis
        ("Neue Brücke über den Fluss", True, False),
    ],
)
def test_ironic_headlines(headline: str, opinion: bool, expected: bool) -> None:
    assert ironic(headline, opinion=opinion) is expected


@pytest.mark.parametrize(
    ("headline", "body", "sender"),
    [
        (
            "Schnelle Hilfe vom Amt!",
            "Die Initiative Nordufer kritisiert das Amt. Das Amt hat den Antrag nach acht Monaten bearbeitet. "
            "Die Initiative fordert schnelle Hilfe vom Amt.",
            "Initiative Nordufer",
        ),
        (
            "Ein sicherer Radweg?",
            "Der Radclub Süd kritisiert die Stadt. Die Stadt hat einen sicheren Radweg gebaut. "
            "Der Radclub fordert einen anderen sicheren Radweg.",
            "Radclub Süd",
        ),
    ],
)
def test_an_ironic_headline_is_never_the_title(headline: str, body: str, sender: str) -> None:
    release = german_release(headline, body, organisation=sender)
    title = _title(release)
    assert not title.startswith("Es gibt"), title
    assert "Schnelle Hilfe" not in title and not title.startswith("Ein sicherer Radweg"), title


# --- statements: who holds a view on what --------------------------------------------------------


@pytest.mark.parametrize("party", ["Die Blaue Liste", "Die Grüne Mitte"])
def test_statement_title_names_the_holder_and_the_topic(party: str) -> None:
    # No sentence of the body makes a title (pronouns, no noun): the view and the kicker's topic do.
    release = german_release(
        "Hoffnung und Ärger",
        "Wir kritisieren das. So geht das nicht! Wir bleiben dran. Unsere Partei hat viel zu tun.",
        kicker=f"Pressemitteilung zu den Kommunalwahlen 2026, 02.03.2024, {party} Ortsverband Beispiel",
    )
    # "schreibt über" (session 7): "hat eine Meinung zu" is a generic frame; the branch and its party
    # (the party's name in the dative after "von der") say whose view it is.
    stem = party.split()[1][:-1]  # "Blau", "Grün": the adjective's stem in any case
    title = _title(release)
    assert title.endswith("schreibt über die Kommunalwahlen 2026"), title
    assert stem in title and "Meinung" not in title, title


@pytest.mark.parametrize("party", ["Die Blaue Liste", "Die Grüne Mitte"])
def test_statement_title_from_the_lead_in_the_senders_name(party: str) -> None:
    release = german_release(
        "Hoffnung und Ärger",
        "Wir kritisieren die Regeln. So geht das nicht! Wir bleiben dran.",
        kicker=f"Pressemitteilung zu den Kommunalwahlen 2026, 02.03.2024, {party} Kreisverband Nord",
    )
    title = _title(release)
    assert title.startswith("Der Kreisverband Nord von der ") and title.endswith(" kritisiert die Regeln"), title


# --- fire reports say where ------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["Altdorf", "Bergheim"])
def test_fire_title_names_the_place(place: str) -> None:
    release = german_release(
        "Alarm 2: Ruhiger Abend",
        f"Am Montag gab es in {place} einen Alarm für die Feuerwehr. Vor Ort war kein Feuer zu sehen. "
        "Nach einer Stunde war alles vorbei.",
    )
    assert _title(release) == f"Die Feuerwehr war in {place} im Einsatz"


# --- the generic line is reported ------------------------------------------------------------------


@pytest.mark.parametrize("headline", ["„Na so was“", "Tja!"])
def test_generic_title_is_reported(headline: str) -> None:
    release = german_release(headline, "Ja. Nein. Vielleicht.")
    draft = build(release)
    assert (draft.headline or "").startswith(GENERIC_TITLE)
    assert any(d.code == "easy.generic-title" for d in diagnostics(draft))
    assert any(d.code == "easy.generic-title" for d in summarise(release).diagnostics)


def test_no_generic_warning_with_a_real_title() -> None:
    release = german_release("Neue Brücke", "Das Bauamt Kleinstadt hat am Montag eine neue Brücke eröffnet.")
    assert not any(d.code == "easy.generic-title" for d in diagnostics(build(release)))


# --- kind: sender type beats a mention -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a party's satire about the police and a stolen table
        "Unsere Partei hatte einen Infostand am Markt. Die Polizei sucht den Täter, der den Tisch gestohlen hat. "
        "Wir finden: Das ist ein Diebstahl. Der Kreisverband fordert mehr Schutz für Infostände.",
        # an association's view on an accident
        "Der Fahrradclub Ostheim ist entsetzt über den Unfall an der Kreuzung. Wir fordern eine Ampel. "
        "Unser Bündnis hat schon oft gewarnt. Das Bündnis will mit der Stadt sprechen.",
    ],
)
def test_an_advocacy_sender_writes_no_police_report(body: str) -> None:
    assert advocacy(body)
    assert classify("Skandal", body) not in ("police", "fire", "appeal", "missing")


@pytest.mark.parametrize(
    "body",
    [
        # the police report a theft from a party: the party is only mentioned
        "Unbekannte haben in der Nacht Tische der Partei X gestohlen. Die Polizei Nordstadt sucht Zeugen. "
        "Der Diebstahl geschah in der Hauptstraße.",
        # a fire brigade writes "wir" and names an association
        "Wir wurden am Abend zu einem Brand gerufen. Die Feuerwehr löschte das Feuer im Vereinsheim vom Bündnis Ost.",
    ],
)
def test_an_emergency_service_keeps_its_report(body: str) -> None:
    assert not advocacy(body)
    assert classify("Einsatz", body) in ("police", "fire", "appeal")


# --- a quoted word is no speech ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("Ein Mann fand in Altdorf ein Schild, auf dem „Vorsicht“ stand.", False),
        ("Die Schule nennt den Tag „Lesefest“ und lädt alle ein.", False),
        ("„Wir freuen uns sehr über den Preis“, sagt die Leiterin.", True),
    ],
)
def test_a_one_word_quote_does_not_make_speech(text: str, speech: bool) -> None:
    found = sentences(german_release("Neues aus Altdorf", text))
    assert found[0].speech is speech
