"""Headlines below a letterhead, compound genders from the last part, and age adjectives in headlines (session 18b)."""

from __future__ import annotations

from datetime import date

from pressconv.api import parse
from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.letterhead import address_line, body_headline
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.titles import from_headline, joined_ages, noun_gender
from tests.fixtures.releases import german_release


def _title(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- letterhead: the sender's name over an address or a breadcrumb ------------------------------------


def test_an_address_or_a_breadcrumb_is_a_letterhead_line() -> None:
    # A citizens' group with a c/o address, a firm with street and postcode, a web page's navigation path.
    assert address_line("c/o Peter Lang, Lindenweg 3, Neudorf")
    assert address_line("Industriestraße 12, 54321 Feldheim")
    assert address_line("Aktuelles > Einsätze")
    # A headline or a subtitle is none.
    assert not address_line("Vier Konzerte von Februar bis Mai")
    assert not address_line("Straße ab Montag gesperrt")


def test_the_headline_below_a_letterhead_is_the_first_heading_or_short_line() -> None:
    heading = [SourceSentence("Scheunenbrand in Oberau", heading=True), SourceSentence("In der Nacht hat es gebrannt.")]
    assert body_headline(heading, 8) == "Scheunenbrand in Oberau"
    line = [SourceSentence("Neuer Spielplatz am Anger eröffnet"), SourceSentence("Der Verein hat ihn gebaut.")]
    assert body_headline(line, 8) == "Neuer Spielplatz am Anger eröffnet"
    # The lead has begun: a sentence with its full stop is no headline.
    assert body_headline([SourceSentence("Der Verein hat am Samstag gefeiert.")], 8) is None


def test_a_fire_brigade_page_is_titled_by_its_heading_not_its_site_name() -> None:
    text = (
        "Freiwillige Feuerwehr Tannau\nAktuelles > Einsätze\n\n04.03.2026 | 06:15 Uhr\n\nScheunenbrand in Oberau\n\n"
        "Tannau. In der Nacht auf Mittwoch hat in Oberau eine Scheune gebrannt. Die Feuerwehr Tannau war mit 40 "
        "Einsatzkräften vor Ort. Der Scheunenbrand war nach zwei Stunden gelöscht. Verletzt wurde niemand.\n\n"
        "Die Polizei ermittelt zur Ursache.\n"
    )
    assert _title(text) == "Es hat einen Scheunenbrand in Oberau gegeben"


# --- noun_gender: the last part of an unlisted compound fixes its gender --------------------------------


def test_an_unlisted_compound_takes_its_last_parts_gender() -> None:
    # Duden grammar: das Grundwort bestimmt das Genus (events of a museum, a club and an office).
    assert noun_gender("Museumsaktionstag") == "der"
    assert noun_gender("Mitgliedertreffen") == "das"
    assert noun_gender("Jahreshauptversammlung") == "die"


def test_a_nominal_event_headline_with_an_unlisted_compound_becomes_a_sentence() -> None:
    body = "Beim Museumsaktionstag öffnet das Museum seine Werkstätten. Eine Anmeldung ist nicht nötig."
    assert from_headline("Museumsaktionstag am 14. Juni", past=False, body=body) == (
        "Es gibt einen Museumsaktionstag am 14. Juni"
    )


# --- joined_ages: "23-jähriger" is one adjective --------------------------------------------------------


def test_an_age_adjective_is_one_word_and_counts_nothing() -> None:
    tagged = joined_ages(morph.tag("23-jähriger Mann festgenommen"))
    assert [t.word for t in tagged] == ["23-jähriger", "Mann", "festgenommen"]
    assert tagged[0].pos == "ADJ(A)"


def test_a_participle_headline_with_an_age_takes_the_article_its_ending_shows() -> None:
    # A police arrest and a rescue at a lake: never "Man hat 31 -jähriger …" (a number read as a count).
    police = "Am Montag wurde ein 31-jähriger Mann am Bahnhof festgenommen. Der Fahrraddieb hatte ein Rad gestohlen."
    assert from_headline("31-jähriger Fahrraddieb am Bahnhof festgenommen", past=True, body=police, source=police) == (
        "Man hat einen 31-jährigen Fahrraddieb am Bahnhof festgenommen"
    )
    lake = "In der Nacht wurde ein 3-jähriges Kind am Badesee gerettet. Das Kind ist wohlauf."
    assert from_headline("3-jähriges Kind am Badesee gerettet", past=True, body=lake, source=lake) == (
        "Man hat ein 3-jähriges Kind am Badesee gerettet"
    )


# --- _grounded: a headline compound whose first part the body uses condenses the body's words ----------


def _release_title(headline: str, *paragraphs: str, organisation: str) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, issued=date(2026, 6, 29))
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


def test_a_headline_compound_built_from_the_bodys_word_is_grounded() -> None:
    # A health office: "Sturmschäden" over the body's "Warnung vor starkem Sturm".
    health = _release_title(
        "Forstamt warnt vor Sturmschäden",
        "Der Wetterdienst hat eine Warnung vor starkem Sturm herausgegeben. Das Forstamt gibt Tipps. "
        "Man soll den Wald meiden.",
        organisation="Landratsamt Musterkreis",
    )
    assert health == "Das Forstamt warnt vor Sturmschäden"
    # A police warning: "Betrugsmaschen" over the body's "Betrug am Telefon".
    police = _release_title(
        "Polizei warnt vor Betrugsmaschen",
        "Die Polizei warnt vor Betrug am Telefon. In den letzten Tagen haben Unbekannte bei älteren Menschen "
        "angerufen. Sie wollten Geld. Die Polizei rät: Legen Sie auf.",
        organisation="Polizeipräsidium Musterstadt",
    )
    assert police.startswith("Die Polizei warnt vor Betrug")


def test_a_short_first_part_anchors_nothing() -> None:
    # "Notbremse" in a headline about a council is a metaphor: "Not" says too little to anchor it.
    council = _release_title(
        "Gemeinderat zieht Notbremse beim Hallenbad",
        "Der Gemeinderat hat am Dienstag den Neubau des Hallenbads gestoppt. Die Kosten sind zu hoch. "
        "In der Not will die Gemeinde nun sparen.",
        organisation="Gemeinde Musterdorf",
    )
    assert "Notbremse" not in council
