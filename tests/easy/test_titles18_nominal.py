"""Nominal headlines said as plain sentences, topic labels, sender lines and broken titles (titles, session 18)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_nominal import short_sender, state_participle, state_titles, topic_label
from tests.fixtures.releases import german_release


def _title(headline: str, *paragraphs: str, organisation: str | None = None, subtitle: str | None = None) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, subtitle=subtitle, issued=date(2026, 3, 2))
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- state_titles: an -ung noun of a state verb said with its participle ---------------------------------


def test_a_closure_noun_becomes_the_state_the_body_tells() -> None:
    # A town's road works and a utility's bath: the subject comes from the body, named in the headline.
    road = state_titles(
        ["Kanalbau in der Lindenallee", "Vollsperrung ab 4. Mai"],
        ["Wegen des Kanalbaus wird die Lindenallee ab Montag, 4. Mai, für den Verkehr voll gesperrt."],
    )
    assert road == ["Die Lindenallee ist ab 4. Mai voll gesperrt"]
    bath = state_titles(
        ["Schließung des Freibads"],
        ["Das Freibad bleibt wegen eines Wasserschadens geschlossen."],
    )
    assert bath == ["Das Freibad ist geschlossen"]


def test_no_state_without_a_span_or_a_state_that_holds_now() -> None:
    # "wird gesperrt" without "ab …" in the headline is an act to come: no "ist gesperrt" (never report as done).
    assert state_titles(["Sperrung der Uferstraße"], ["Die Uferstraße wird im Sommer gesperrt."]) == []


def test_a_planned_or_denied_act_is_no_state() -> None:
    # A factory closure only announced, a school closure denied, a closure a union merely fears.
    assert state_titles(["Schließung des Werks"], ["Das Werk soll bis 2027 geschlossen werden."]) == []
    assert state_titles(["Schließung der Grundschule ab Mai"], ["Die Grundschule wird ab Mai nicht geschlossen."]) == []
    assert state_titles(["Angekündigte Schließung der Filiale"], ["Die Filiale wird ab Juni geschlossen."]) == []


def test_a_partial_closure_keeps_its_restriction() -> None:
    # "Teilsperrung" over a body without "teilweise" would state a full closure: nothing; with it, kept.
    parts = ["Teilsperrung der Hafenstraße ab Montag"]
    assert state_titles(parts, ["Die Hafenstraße wird ab Montag gesperrt."]) == []
    assert state_titles(parts, ["Die Hafenstraße wird ab Montag teilweise gesperrt."]) == [
        "Die Hafenstraße ist ab Montag teilweise gesperrt"
    ]


def test_an_opening_is_a_state_only_when_it_has_happened() -> None:
    # A museum's exhibition opened, a clinic's ward still to open.
    done = state_titles(["Eröffnung der Sonderausstellung"], ["Die Sonderausstellung wurde am Sonntag eröffnet."])
    assert done == ["Die Sonderausstellung ist eröffnet"]
    assert state_titles(["Eröffnung der Station"], ["Die Station wird am 1. Juni eröffnet."]) == []


def test_only_a_noun_the_headline_names_is_the_subject() -> None:
    # The body closes the bridge; the headline speaks of the market square: no title from the bridge.
    assert state_titles(["Sperrung am Marktplatz ab Montag"], ["Die Brücke wird ab Montag gesperrt."]) == []


def test_a_clipped_state_headline_is_recognised() -> None:
    assert state_participle("Kreisstraße ab Montag voll gesperrt")
    assert state_participle("Hallenbad geschlossen")
    assert not state_participle("Wahlbenachrichtigungen verschickt")  # a process, no state


# --- topic labels ---------------------------------------------------------------------------------------


def test_a_topic_label_is_no_news_but_an_event_label_is() -> None:
    assert topic_label("Trinkwasser", before_colon=True)
    assert topic_label("Regionale Wirtschaft", before_colon=True)
    assert not topic_label("Unwetterwarnung", before_colon=True)  # an act: "Es gibt eine Unwetterwarnung" is true
    assert not topic_label("Neue Studie", before_colon=True)
    assert not topic_label("Bürgermeisterwahl am 27. September", before_colon=True)
    assert not topic_label("Trinkwasser", before_colon=False)


def test_a_topic_label_never_becomes_es_gibt() -> None:
    # A water utility and a chamber of commerce: the label before the colon is what the news is about.
    water = _title(
        "Trinkwasser: Abkochgebot für zwei Ortsteile",
        "Die Stadtwerke Musterau haben für die Ortsteile Nordheim und Südheim ein Abkochgebot erlassen.",
        "Bei Proben wurden Keime im Trinkwasser gefunden. Das Abkochgebot gilt bis auf Weiteres.",
        organisation="Stadtwerke Musterau",
    )
    assert "Es gibt ein Trinkwasser" not in water, water
    economy = _title(
        "Regionale Wirtschaft: Stimmung hellt sich auf",
        "Die Stimmung in der regionalen Wirtschaft hellt sich auf. Das zeigt die Umfrage der Kammer.",
        organisation="Handelskammer Beispielland",
    )
    assert "Es gibt eine regionale Wirtschaft" not in economy, economy


# --- sender lines -----------------------------------------------------------------------------------------


def test_the_sender_without_its_office_line() -> None:
    assert short_sender("Stadt Musterau, Der Bürgermeister – Amt für Presse") == "Stadt Musterau"
    assert short_sender("Kreisverwaltung Beispielland | Aktuelle Meldungen") == "Kreisverwaltung Beispielland"
    assert short_sender("ZVB – Zweckverband Beispieltal") == "Zweckverband Beispieltal"
    # A comma inside a name's list of fields stays: the name would be cut.
    assert short_sender("Ministerium für Bildung, Jugend und Sport") == "Ministerium für Bildung, Jugend und Sport"


def test_a_title_states_the_closure_and_never_the_office_line() -> None:
    # A town's press office and a district's road authority.
    town = _title(
        "Leitungsbau in der Gartenstraße: Vollsperrung ab 27. April",
        "Die Gartenstraße wird ab Montag, 27. April 2026, für den Autoverkehr voll gesperrt.",
        "Die Arbeiten dauern bis Ende Juli. Eine Umleitung ist ausgeschildert.",
        organisation="Stadt Musterau, Der Bürgermeister – Amt für Presse",
    )
    assert town == "Die Gartenstraße ist ab 27. April voll gesperrt", town
    district = _title(
        "Brückenneubau: Kreisstraße K 12 ab 20. April voll gesperrt",
        "Die Kreisstraße K 12 wird ab 20. April zwischen Oberdorf und Unterdorf voll gesperrt.",
        "Grund ist der Neubau der Brücke über den Mühlbach.",
        organisation="Landratsamt Beispielkreis",
    )
    assert district == "Die Kreisstraße K 12 ist ab 20. April voll gesperrt", district


# --- broken titles ---------------------------------------------------------------------------------------


def _context() -> TitleContext:
    return TitleContext(source="", news="", style=lambda text: text, failures=lambda styled: [])


def test_a_title_with_an_adjective_but_no_noun_is_broken() -> None:
    assert "title.broken" in title_failures("Ein rechtzeitiges empfiehlt sich Erscheinen", _context())
    assert "title.broken" not in title_failures("Ein neues Café öffnet am Markt", _context())


def test_a_verbless_clause_after_a_comma_is_broken() -> None:
    assert "title.broken" in title_failures("Busse stehen still, Schwimmbad geschlossen", _context())
    assert "title.broken" not in title_failures("Die Busse fahren, die Bahnen stehen still", _context())


def test_a_bare_count_noun_before_the_verb_needs_its_article() -> None:
    # The release writes "der Gemeinderat": a count noun; "Rassismus" a mass noun the release writes bare.
    context = TitleContext(
        source="Der Gemeinderat hat beschlossen. Rassismus ist ein Motiv.",
        news="",
        style=lambda text: text,
        failures=lambda styled: [],
    )
    assert "title.no-article" in title_failures("Gemeinderat beschließt den Haushalt", context)
    assert "title.no-article" not in title_failures("Rassismus steht als Motiv im Vordergrund", context)
    assert morph.tag("Gemeinderat")  # the tagger is there: a missing analyser fails, never skips
