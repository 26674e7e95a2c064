"""Missing person: home town, day gone, last-seen place and description, from invented search appeals."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.looks import looks
from pressconv.transforms.easy.missing import home_town, last_seen, since_next
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_text

ISSUED = date(2027, 9, 10)


def test_home_town_after_the_name_of_a_state_police_and_a_city_police() -> None:
    lka = ["Das LKA Mittelland bittet um Mithilfe bei der Suche nach der 14-jährigen Jana Pohl aus Kirchdorf."]
    town = ["Seit Dienstag wird der 12-jährige Tim Brenner aus Neu-Wallau, vermisst."]
    assert home_town(lka, "Jana Pohl") == "Kirchdorf"
    assert home_town(town, "Tim Brenner") == "Neu-Wallau"


def test_district_with_its_noun_and_no_home_town_from_a_direction() -> None:
    district = ["Vermisst wird der 80-jährige Karl Ost aus dem Talheimer Ortsteil Au."]
    assert home_town(district, "Karl Ost") == "dem Ortsteil Au"
    assert home_town(["Vermisst wird Karl Ost aus dem Haus am See."], "Karl Ost") is None
    assert home_town(["Karl Ost aus Richtung Bahnhof."], "Karl Ost") is None
    two = ["Die 9-jährige Pia Lenz aus Feldheim wird vermisst.", "Pia Lenz aus Ahrbach ist zurück."]
    assert home_town(two, "Pia Lenz") is None


def test_the_day_gone_from_the_sentence_after_the_name() -> None:
    body = [
        "Die Polizei Talstadt sucht nach der 15-jährigen Emma Roth aus Talstadt.",
        "Die Jugendliche wird seit Montag, 6. September 2027, vermisst.",
    ]
    assert since_next(body, "Emma Roth", ISSUED) == date(2027, 9, 6)
    senior = ["Vermisst wird der 79-jährige Otto Kern.", "Der Senior wird seit Sonntag, 5. September 2027, vermisst."]
    assert since_next(senior, "Otto Kern", ISSUED) == date(2027, 9, 5)


def test_no_day_gone_when_the_next_sentence_is_about_something_else_or_later() -> None:
    assert since_next(["Gesucht wird Emma Roth.", "Die Schule wird seit Montag renoviert."], "Emma Roth", ISSUED) is None
    later = ["Gesucht wird Emma Roth.", "Die Jugendliche wird seit Montag, 20. September 2027, vermisst."]
    assert since_next(later, "Emma Roth", ISSUED) is None


def test_last_seen_place_of_the_person_sought() -> None:
    police = ["Zuletzt gesehen wurde er gegen 16 Uhr von einem Zeugen an der Haltestelle „Marktplatz“, wo er wartete."]
    lka = ["Sie wurde zuletzt von einer Passantin am Bahnhof in Kirchdorf gesehen."]
    assert last_seen(police, "Otto Kern") == "an der Haltestelle „Marktplatz“"
    assert last_seen(lka, "Jana Pohl") == "am Bahnhof in Kirchdorf"


def test_no_last_seen_place_of_a_suspect_or_under_a_negation() -> None:
    suspect = ["Der Täter wurde zuletzt von einer Zeugin am Bahnhof gesehen."]
    assert last_seen(suspect, "Jana Pohl") is None
    denied = ["Sie wurde zuletzt nicht von einer Zeugin am Bahnhof gesehen."]
    assert last_seen(denied, "Jana Pohl") is None


def _list(intro: str, *items: str) -> tuple[SourceSentence, ...]:
    return (SourceSentence(intro, paragraph=1), *(SourceSentence(i, heading=True, paragraph=2) for i in items))


def test_the_description_of_der_vermisste_is_said_of_the_name() -> None:
    sentences = _list("Der Vermisste wird wie folgt beschrieben:", "ca. 1,80 m groß", "kurze graue Haare")
    assert looks(sentences, "Otto Kern") == ("So sieht Otto Kern aus:", ("etwa 1,80 Meter groß", "kurze graue Haare"))
    labelled = _list("Personenbeschreibung:", "ca. 1,60 m groß, Tätowierung am Unterarm", "braune Augen")
    intro, items = looks(labelled, "Jana Pohl") or ("", ())
    # The item's first feature stands where the whole item fails a check; the intro then says "einige".
    assert intro == "Das sind einige Merkmale von Jana Pohl:"
    assert items == ("etwa 1,60 Meter groß", "braune Augen")


def test_no_description_said_of_the_name_without_a_search_or_for_a_suspect() -> None:
    assert looks(_list("Personenbeschreibung:", "ca. 1,80 m groß", "kurze Haare"), None) is None
    suspect = _list("Der Tatverdächtige wird wie folgt beschrieben:", "ca. 1,80 m groß", "kurze Haare")
    intro, _ = looks(suspect, "Otto Kern") or ("", ())
    assert "Otto Kern" not in intro


def test_summary_of_an_invented_appeal_names_town_day_and_age() -> None:
    text = easy_text(
        "Vermisste 14-Jährige – Polizei bittet um Mithilfe",
        "Die Polizei Nordhafen bittet um Mithilfe bei der Suche nach der 14-jährigen Jana Pohl aus Talbach. "
        "Die Jugendliche wird seit Dienstag, 27. Februar 2024, vermisst.",
        organisation="Polizei Nordhafen",
    )
    # The age in a sentence of its own: the title names the person, not the age.
    assert "Jana Pohl ist 14 Jahre alt." in text
    assert "Jana Pohl kommt aus Talbach." in text
    assert "Jana Pohl ist seit Dienstag, 27. Februar 2024, weg." in text
