"""Headline grammar said as whole sentences: articles, the bare noun of "es gibt", the past of a told event (session 21)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.section_label import headline_below, section_label
from pressconv.transforms.easy.title_articles import object_article
from pressconv.transforms.easy.title_tense import dated_past
from pressconv.transforms.easy.titles import exists_bare, from_headline, plural_noun
from tests.fixtures.releases import german_release


def _title(headline: str, *paragraphs: str, organisation: str | None = None, subtitle: str | None = None) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, subtitle=subtitle, issued=date(2026, 3, 2))
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- plural_noun: a feminine noun in "-e" is singular --------------------------------------------------------


def test_a_feminine_noun_in_e_is_no_plural() -> None:
    # A police check and a library's reading hour: the tagger strips the "-e" from unknown compounds.
    assert not plural_noun("Großkontrolle", "Großkontroll")
    assert not plural_noun("Hausmesse", "Hausmess")
    # A neuter or masculine noun with an "-e" plural stays a plural.
    assert plural_noun("Stadtwerke", "Stadtwerk")
    assert plural_noun("Verkehrshinweise", "Verkehrshinweis")


def test_a_nominal_headline_of_a_feminine_noun_takes_its_article() -> None:
    police = from_headline("Großkontrolle an der B 12", past=True)
    assert police is not None and police.startswith("Es hat eine Großkontrolle")


# --- object_article: an adjective and its noun as the bare object --------------------------------------------


def test_a_bare_adjective_object_takes_the_indefinite_article() -> None:
    # A town council's decision, a company's new plant, a museum's exhibition.
    assert object_article("Der Stadtrat beschließt neue Parkordnung", "") == "Der Stadtrat beschließt eine neue Parkordnung"
    assert object_article("Die Firma baut neues Werk in Altdorf", "") == "Die Firma baut ein neues Werk in Altdorf"
    assert object_article("Das Museum zeigt neue Sonderausstellung", "") == "Das Museum zeigt eine neue Sonderausstellung"


def test_a_plural_or_a_name_keeps_no_article() -> None:
    # "neue Regeln", "neue Schulen": plurals; "neues Café Muster": a name.
    assert object_article("Die Stadt erlässt neue Regeln", "") == "Die Stadt erlässt neue Regeln"
    assert object_article("Der Kreis baut neue Schulen", "") == "Der Kreis baut neue Schulen"


def test_the_council_title_says_the_decision() -> None:
    title = _title(
        "Stadtrat beschließt neue Parkordnung",
        "In seiner Sitzung am Donnerstag hat der Stadtrat nach einer langen und kontroversen Debatte mit großer"
        " Mehrheit die Neufassung der Satzung über die Gebühren für das Parken in der Innenstadt beschlossen.",
        organisation="Stadt Musterhausen",
    )
    assert title.startswith("Der Stadtrat") and "eine neue Parkordnung" in title


# --- exists_bare: "es gibt" with a bare noun -------------------------------------------------------------------


def test_the_body_existence_clause_with_a_bare_noun() -> None:
    # A zoo's offspring, a club's new members.
    assert exists_bare("Nachwuchs", "Im Tierpark gibt es seit drei Jahren wieder Nachwuchs bei den Ottern.")
    assert exists_bare("Zuwachs", "Beim Sportverein gibt es wieder Zuwachs in der Jugend.")
    # An article or a preposition before the noun: no bare existence.
    assert not exists_bare("Infotag", "Antworten gibt es beim Infotag der Hochschule.")
    assert not exists_bare("Lesung", "Am Montag gibt es eine Lesung.")


def test_a_bare_existence_headline_stays_bare() -> None:
    zoo = from_headline(
        "Nachwuchs bei den Ottern", past=True, body="Im Tierpark gibt es seit drei Jahren wieder Nachwuchs bei den Ottern."
    )
    assert zoo == "Es gibt Nachwuchs bei den Ottern"
    club = from_headline("Zuwachs in der Jugend", past=False, body="Beim Sportverein gibt es wieder Zuwachs in der Jugend.")
    assert club == "Es gibt Zuwachs in der Jugend"


# --- dated_past: the lead tells the headline's event in the past ------------------------------------------------


def test_a_dated_past_lead_that_names_the_headline_noun() -> None:
    issued = date(2026, 2, 26)
    police = ["Am Dienstag, 24. Februar 2026, führte die Polizei eine Verkehrskontrolle an der B 12 durch."]
    assert dated_past(True, police, issued, "Großkontrolle an der B 12")
    fire = ["Am Sonntag, 22. Februar 2026, gab es eine große Übung der Feuerwehr am Hafen."]
    assert dated_past(True, fire, issued, "Übung am Hafen")


def test_no_past_for_a_rule_that_holds_or_a_day_to_come() -> None:
    issued = date(2026, 3, 4)
    # The dated sentence tells the samples, not the boil-water order that holds.
    water = ["In einer am Montag, 2. März 2026, entnommenen Probe wurden Bakterien gefunden."]
    assert not dated_past(True, water, issued, "Abkochgebot für Trinkwasser")
    # A lead in the present, or a day after the release.
    assert not dated_past(False, ["Am 2. März 2026 kontrolliert die Polizei."], issued, "Kontrolle")
    later = ["Am Freitag, 20. März 2026, wurde die Kontrolle angekündigt."]
    assert not dated_past(True, later, issued, "Kontrolle")


# --- section_label: a web page's section above the headline -----------------------------------------------------


def test_a_section_label_is_no_headline() -> None:
    assert section_label("Aktuelles aus dem Museum")
    assert section_label("Neuigkeiten aus dem Rathaus")
    assert section_label("Pressemitteilungen")
    # A breadcrumb trail and a label with the page's publication stamp.
    assert section_label("Startseite / Kreisverwaltung / Aktuelle Meldungen")
    assert section_label("Aktuelle Meldungen Veröffentlicht am 03.02.2027")
    assert not section_label("Neues Förderprogramm startet am 4. Mai")
    assert not section_label("Neuer Kurs für Senioren")


def test_the_headline_below_the_label() -> None:
    def junk(line: str) -> bool:
        return line.endswith("Uhr")

    museum = "Aktuelles aus dem Museum\n17.03.2026\nMuseum zeigt Funde aus der Römerzeit\nText."
    assert headline_below(museum, "Aktuelles aus dem Museum", junk) == "Museum zeigt Funde aus der Römerzeit"
    town = "Neuigkeiten aus dem Rathaus\n10:30 Uhr\nStadt saniert die Brücke am Markt\nText."
    assert headline_below(town, "Neuigkeiten aus dem Rathaus", junk) == "Stadt saniert die Brücke am Markt"
    assert headline_below("Aktuelles\nDer Text beginnt hier mit einem Satz.", "Aktuelles", junk) is None


def test_the_past_frame_keeps_the_place_as_the_present_frame_does() -> None:
    # A police check and a fire: "gegeben" is frame, the place stays within the title's ten words.
    assert from_headline("Großkontrolle an der B 412", past=True) == "Es hat eine Großkontrolle an der B 412 gegeben"
    assert from_headline("Brand in der Lagerhalle", past=True) == "Es hat einen Brand in der Lagerhalle gegeben"
