"""Titles never frame an institution with "Es gibt", never state a relative date, never point back."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.title_step import _named_template, _stated_headline
from pressconv.transforms.easy.titles import (
    from_headline,
    institution_phrase,
    relative_time,
    resolve_coming_weekday,
)
from tests.fixtures.releases import german_release


def _title(title: str, *paragraphs: str, issued: date | None = date(2026, 6, 1)) -> str:
    result = summarise(german_release(title, *paragraphs, issued=issued))
    return summary_text(result.release).splitlines()[0]


def test_an_office_or_an_association_gets_no_existence_frame() -> None:
    # A registry office of a town and a sports association: the name of who sends is no news.
    body = "Das Standesamt ist im Rathaus. Man kann dort heiraten."
    assert from_headline("Standesamt", past=False, body=body) is None
    body = "Der Sportverband hat 40 Vereine. Der Sportverband lädt zum Fest ein."
    assert from_headline("Sportverband Oberland", past=False, body=body) is None


def test_a_new_institution_and_an_event_noun_of_an_organisation_head_keep_the_frame() -> None:
    # The opening of a new office is its news; a church service or an emergency service is an occasion.
    body = "Im Rathaus gibt es ab Juli ein neues Standesamt. Das Standesamt hat zwei Räume."
    assert from_headline("Neues Standesamt im Rathaus", past=False, body=body) == "Es gibt ein neues Standesamt im Rathaus"
    body = "Am Sonntag gibt es einen Gottesdienst im Park. Alle sind eingeladen."
    title = from_headline("Gottesdienst im Park", past=False, body=body)
    assert title is not None and title.startswith("Es gibt einen Gottesdienst")


def test_an_institution_phrase_is_recognised_only_without_a_verb() -> None:
    assert institution_phrase("Wasserverband Nordtal")
    assert institution_phrase("Bürgeramt")
    assert not institution_phrase("Bürgeramt bietet Termine online an")
    assert not institution_phrase("Neues Bürgeramt im Rathaus")
    assert not institution_phrase("Sperrung der Brücke")


def test_the_other_headline_part_replaces_an_office_as_the_title() -> None:
    # A registry office with new hours: the title says the news, never "Es gibt ein Standes·amt".
    title = _title(
        "Standesamt: Längere Öffnungszeiten am Freitag",
        "Das Standesamt der Stadt Neudorf hat ab 5. Juni längere Öffnungszeiten am Freitag.",
        "Am Freitag ist das Standesamt bis 18 Uhr geöffnet.",
    )
    assert "Standes·amt" not in title or not title.startswith("Es gibt ein")
    assert title == "Es gibt längere Öffnungs·zeiten am Freitag"


def test_a_coming_weekday_is_resolved_against_the_release_date() -> None:
    # 1 June 2026 is a Monday: the coming Monday is the 8th, the coming Thursday the 4th.
    assert resolve_coming_weekday("Anmeldung ab kommendem Montag", date(2026, 6, 1)) == "Anmeldung ab 8. Juni"
    assert resolve_coming_weekday("Fest am kommenden Donnerstag", date(2026, 6, 1)) == "Fest am 4. Juni"
    # Across a month's end, and never without the release date.
    assert resolve_coming_weekday("Markt am kommenden Samstag", date(2026, 7, 30)) == "Markt am 1. August"
    assert resolve_coming_weekday("Markt am kommenden Samstag", None) == "Markt am kommenden Samstag"


def test_a_next_weekday_is_left_relative_and_never_titles() -> None:
    # "nächsten Montag" is this or next week's Monday depending on the speaker: no date is guessed.
    assert resolve_coming_weekday("Sprechstunde am nächsten Montag", date(2026, 6, 3)) == "Sprechstunde am nächsten Montag"
    assert relative_time("Es gibt eine Sprechstunde am nächsten Montag")


def test_relative_times_and_pointing_back_are_found() -> None:
    assert relative_time("Die Proben liegen seit dem gestrigen Abend vor")
    assert relative_time("Der Markt ist morgen geöffnet")
    assert relative_time("Die Händler haben die betroffenen Geräte zurückgenommen")
    assert relative_time("Die Bücherei hat diese Woche zu")
    assert not relative_time("Am Morgen öffnet der Markt")
    assert not relative_time("Die Bücherei ist ab 3. Mai geöffnet")


def test_a_headline_with_a_coming_weekday_gets_its_date_in_the_title() -> None:
    # An election office and a library: the headline's "kommenden" day is stated as its date.
    title = _title(
        "Briefwahl ab kommendem Montag",
        "Für die Wahl des Landrats gibt es ab Montag, 8. Juni 2026, eine Briefwahl im Rathaus.",
        "Wer per Brief wählen will, geht ins Erdgeschoss.",
    )
    assert title == "Es gibt eine Briefwahl ab 8. Juni"
    title = _title(
        "Lesenacht am kommenden Freitag",
        "Die Stadtbücherei lädt am Freitag, 5. Juni 2026, zu einer Lesenacht ein.",
        "Die Lesenacht beginnt um 19 Uhr.",
    )
    assert "kommend" not in title


def test_a_title_never_points_back_at_a_thing_not_named() -> None:
    # A bakery recall whose headline is unusable: the sentence with "die betroffenen Brote" is no title.
    title = _title(
        "Bäckerei Muster GmbH",
        "Die Händler haben die betroffenen Brote aus dem Verkauf genommen.",
        "Kundinnen und Kunden bekommen ihr Geld zurück.",
    )
    assert "betroffen" not in title


def test_a_bare_kind_title_takes_the_place_and_the_name_the_headline_gives() -> None:
    # A town gallery and a village library: the headline names which exhibition or reading, where, by which name.
    gallery = build(
        german_release(
            "„Blaue Stunden“ – Große Ausstellung in der Galerie Neudorf",
            "Die Galerie Neudorf zeigt ab 6. Juni 2026 eine Ausstellung mit Bildern vom Meer.",
            "Die Ausstellung „Blaue Stunden“ hat 80 Bilder von 12 Malerinnen und Malern.",
        )
    )
    pieces = ["„Blaue Stunden“", "Große Ausstellung in der Galerie Neudorf"]
    title = _named_template("Es gibt eine Ausstellung", gallery, pieces)
    assert title == "Es gibt eine Ausstellung „Blaue Stunden“ in der Galerie Neudorf"
    library = build(
        german_release(
            "Lesung in der Bücherei Altdorf",
            "Die Bücherei Altdorf lädt am 9. Juni 2026 zu einer Lesung ein.",
            "Die Lesung ist für Kinder ab 6 Jahren.",
        )
    )
    title = _named_template("Es gibt eine Lesung", library, ["Lesung in der Bücherei Altdorf"])
    assert title == "Es gibt eine Lesung in der Bücherei Altdorf"


def test_an_ungrounded_place_and_a_speakers_quote_are_never_added() -> None:
    # The quoted part is somebody's words, not written after the noun in the body; the place is not in the body.
    town = build(
        german_release(
            "„Wir freuen uns auf alle“ – Ausstellung im Schloss Ostheim",
            "Im Rathaus Altdorf gibt es ab 6. Juni 2026 eine Ausstellung über die Geschichte vom Dorf.",
            "„Wir freuen uns auf alle“, sagt die Bürgermeisterin.",
        )
    )
    pieces = ["„Wir freuen uns auf alle“", "Ausstellung im Schloss Ostheim"]
    assert _named_template("Es gibt eine Ausstellung", town, pieces) is None


def test_a_forwarded_mail_takes_its_subject_line_as_the_headline() -> None:
    # A school office's forwarded mail: the separator is no headline, the subject line is.
    release = german_release(
        "-------- Weitergeleitete Nachricht --------",
        "Betreff: Pressemitteilung: Sprechstunde für Eltern am 9. Juni",
        "Die Schulverwaltung lädt am 9. Juni 2026 zu einer Sprechstunde für Eltern ein.",
        "Die Sprechstunde ist im Rathaus.",
    )
    assert _stated_headline(build(release)) == "Pressemitteilung: Sprechstunde für Eltern am 9. Juni"


def test_a_site_name_gives_way_to_the_ticker_headline_of_the_body() -> None:
    # A sewage association's web page: the site name was taken for the title, the ticker line is the news.
    release = german_release(
        "Abwasserverband Nordtal",
        "+++ Sperrung der Brücke am Markt ab 8. Juni +++",
        "Die Brücke am Markt ist ab 8. Juni 2026 für Busse gesperrt.",
    )
    assert _stated_headline(build(release)) == "Sperrung der Brücke am Markt ab 8. Juni"
    # A headline that is no institution's name stays, whatever the body holds.
    release = german_release(
        "Neue Buslinie ab Juni",
        "+++ Sperrung der Brücke am Markt ab 8. Juni +++",
        "Ab Juni fährt eine neue Buslinie zum Bahnhof.",
    )
    assert _stated_headline(build(release)) == "Neue Buslinie ab Juni"
