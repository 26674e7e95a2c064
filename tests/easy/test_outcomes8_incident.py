"""Session 8 (issue 16): a police, fire or accident report says how it ended, in plain sentences.

Fire out, a spread prevented, damage, a road closed until a time, what was seized, who fled, who got
out by themselves, the injured person taken to hospital, a vehicle's fate, an inquiry that goes on.
Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.outcomes import outcomes
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


def lines(*body: str, **kwargs: object) -> list[str]:
    return [line for _, line in outcomes(list(body), **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A city fire brigade and a volunteer brigade tell the fire is out in their own words.
        ("Nach einer Stunde konnte „Feuer aus“ gemeldet werden.", "Das Feuer ist aus."),
        ("Der Brand in der Garage war nach 20 Minuten gelöscht.", "Das Feuer ist aus."),
        ("Die Einsatzkräfte löschten die Flammen mit zwei Rohren.", "Das Feuer ist aus."),
        # An attempt, a hedge or a denial says nothing about the fire being out.
        ("Ein Nachbar versuchte, den Brand zu löschen, gelöscht war er aber nicht.", None),
        ("Der Brand soll schnell gelöscht worden sein.", None),
    ],
)
def test_fire_out(sentence: str, expected: str | None) -> None:
    assert lines(sentence) == ([expected] if expected else [])


def test_spread_prevented_keeps_its_target() -> None:
    assert lines("Ein Übergreifen der Flammen auf das Nachbarhaus konnte verhindert werden.") == [
        "Das Feuer hat sich nicht auf das Nachbarhaus ausgebreitet."
    ]
    assert lines("Die Ausbreitung des Brandes auf den Keller wurde verhindert.") == [
        "Das Feuer hat sich nicht auf den Keller ausgebreitet."
    ]
    # Not prevented: the sentence says the opposite and nothing is stated.
    assert lines("Die Ausbreitung des Feuers auf den Keller konnte nicht verhindert werden.") == []


def test_damage_in_plain_words_without_pointing() -> None:
    assert lines("An Auto und Zaun entstand Sachschaden.") == ["Es gibt Schaden an Auto und Zaun."]
    assert lines("An beiden Fahrzeugen entstand hoher Sachschaden.") == []  # "beiden" points outside
    assert lines("An dem Haus entstand kein Schaden.") == []


def test_road_closed_until_a_time() -> None:
    # A county's traffic report and a fire brigade's accident report.
    assert lines("Die Kreisstraße war bis 14.30 Uhr gesperrt.") == ["Die Kreisstraße war bis 14.30 Uhr gesperrt."]
    assert lines("Danach konnte die für die Bergung gesperrte Bundesstraße gegen 9 Uhr wieder freigegeben werden.") == [
        "Die Bundesstraße war bis etwa 9 Uhr gesperrt."
    ]
    assert lines("Die Autobahn war bis etwa 6 Uhr gesperrt.") == ["Die Autobahn war bis etwa 6 Uhr gesperrt."]
    # One direction closed is no closed road.
    assert lines("Die Autobahn war bis etwa 6 Uhr in Richtung Süden gesperrt.") == []
    # A partial closure is no closed road.
    assert lines("Die Landstraße war bis 10 Uhr teilweise gesperrt.") == []


def test_seized_only_by_the_police_and_only_in_a_safe_case() -> None:
    body = ["Die Polizei durchsuchte die Wohnung.", "Dabei wurden Bargeld und eine Waffe beschlagnahmt."]
    assert lines(*body) == ["Die Polizei hat Bargeld und eine Waffe beschlagnahmt."]
    # A masculine nominative would need another case in the active: left out.
    assert lines("Die Polizei kam.", "Zudem wurde ein hochwertiger Ring sichergestellt.") == []
    # Customs, not the police, seize in a customs report.
    assert lines("Der Zoll kontrollierte den Lkw.", "Es wurden Zigaretten sichergestellt.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Täter flüchteten in unbekannte Richtung.", "Die Täter sind geflohen."),
        ("Sein Beifahrer ergriff zu Fuß die Flucht.", "Ein Beifahrer ist zu Fuß geflohen."),
        ("Der unbekannte Mann floh mit dem Fahrrad.", "Ein unbekannter Mann ist geflohen."),
        ("Die Frau flüchtete.", "Eine Frau ist geflohen."),
        ("Der Mann versuchte zu flüchten.", None),
        ("Die Täter flüchteten in vielen Fällen unerkannt.", None),  # a habit, not this incident
        ("Seine Begleiterin floh.", None),
        ("Der Fahrer flüchtete zunächst, konnte aber kurz darauf gestellt werden.", None),  # caught
    ],
)
def test_fled(sentence: str, expected: str | None) -> None:
    assert lines(sentence) == ([expected] if expected else [])


def test_fled_keeps_the_rest_of_its_sentence_in_the_summary() -> None:
    found = outcomes(["Der Fahrer floh, sein Beifahrer wurde leicht verletzt."])
    assert found == [("", "Ein Fahrer ist geflohen.")]  # the sentence is no restatement


def test_got_out_by_themselves() -> None:
    house = "in einem Wohnhaus"
    assert lines("Eine Person hatte das Auto bereits selbst verlassen können.") == [
        "Ein Mensch hat das Auto selbst verlassen."
    ]
    assert lines(
        "Der Notarzt versorgte die beiden Mieter, die das Brandhaus bereits selbstständig verlassen hatten.", burned=house
    ) == ["Zwei Mieter haben das Wohnhaus selbst verlassen."]
    assert lines("Alle Bewohner konnten sich selbst ins Freie retten.", burned=house) == [
        "Alle Bewohner sind selbst aus dem Wohnhaus gegangen."
    ]
    assert lines("Die Bewohner konnten sich rechtzeitig ins Freie retten.") == [
        "Die Bewohner sind selbst nach draußen gegangen."
    ]
    # The building's role word without a known building: nothing is said.
    assert lines("Der Notarzt versorgte die zwei Mieter, die das Brandobjekt selbstständig verlassen hatten.") == []


def test_hospital_only_for_the_injured_person() -> None:
    injured = {"injured": "Ein Radfahrer|schwer", "injured_plural": False}
    body = ["Ein Radfahrer wurde schwer verletzt.", "Er wurde mit dem Rettungswagen ins Krankenhaus gebracht."]
    assert lines(*body, **injured) == ["Der verletzte Radfahrer ist ins Krankenhaus gekommen."]
    person = ["Eine Person war schwer verletzt.", "Sie wurde ins Krankenhaus gebracht."]
    assert lines(*person, injured="Ein Mensch|schwer") == ["Der verletzte Mensch ist ins Krankenhaus gekommen."]
    assert lines("Eine Frau wurde verletzt und ins Krankenhaus gebracht.", injured="Eine Frau", injured_plural=False) == [
        "Die verletzte Frau ist ins Krankenhaus gekommen."
    ]
    # Someone else taken to hospital, or several injured: which one is not said plainly.
    other = ["Der Fahrer wurde leicht verletzt.", "Der Beifahrer blieb unverletzt.", "Er wurde ins Krankenhaus gebracht."]
    assert lines(*other, injured="Ein Fahrer|leicht", injured_plural=False) == ["Der Beifahrer ist nicht verletzt."]
    assert lines(*body, injured="2 Menschen", injured_plural=True) == []
    # Another person of the same report: "Beifahrer" is not the injured "Fahrer".
    passenger = ["Der Fahrer wurde schwer verletzt.", "Sein Beifahrer wurde leicht verletzt und ins Krankenhaus gebracht."]
    assert lines(*passenger, injured="Ein Fahrer", injured_plural=False) == []


def test_vehicle_fate_without_adjectives() -> None:
    sentence = "Ein Pkw kam von der Fahrbahn ab und landete im dicht bewachsenen Straßengraben."
    assert lines(sentence) == ["Ein Auto ist von der Straße abgekommen.", "Das Auto ist im Straßengraben gelandet."]
    assert lines("Das Auto kam von der Straße ab und landete auf dem Dach.") == [
        "Ein Auto ist von der Straße abgekommen.",
        "Das Auto ist auf dem Dach gelandet.",
    ]
    assert lines("Ein Lkw soll von der Fahrbahn abgekommen sein.") == []
    inverted = "Am Morgen kam ein Lkw auf der B 10 bei Südheim von der Fahrbahn ab und prallte gegen einen Baum."
    assert lines(inverted) == [
        "Ein Lastwagen ist von der Straße abgekommen.",
        "Der Lastwagen ist gegen einen Baum geprallt.",
    ]
    rolled = "In der Nacht kam ein Auto von der Straße ab und überschlug sich."
    assert lines(rolled) == ["Ein Auto ist von der Straße abgekommen.", "Das Auto hat sich überschlagen."]


# Whole releases: a state police office and a rural volunteer brigade.
POLICE = german_release(
    "Einbruch in Bäckerei",
    "In der Nacht zu Dienstag brachen Unbekannte in eine Bäckerei in Nordhausen ein. "
    "Die Täter flüchteten in unbekannte Richtung. An Tür und Kasse entstand Sachschaden. "
    "Die Ermittlungen dauern an.",
    organisation="Polizeiinspektion Nordhausen",
    issued=date(2025, 3, 4),
)
BRIGADE = german_release(
    "Brand in Scheune",
    "Am Samstagabend wurde die Feuerwehr Talbach zum Brand einer Scheune in der Lindenstraße gerufen. "
    "Die Ausbreitung des Feuers auf das Wohnhaus wurde verhindert. "
    "Nach einer Stunde konnte „Feuer aus“ gemeldet werden. Verletzt wurde niemand.",
    organisation="Freiwillige Feuerwehr Talbach",
    issued=date(2025, 5, 12),
)


def test_police_report_says_fled_damage_and_ongoing_inquiry_once() -> None:
    _, body = title_and_body(POLICE)
    assert "Die Täter sind geflohen." in body
    assert "Es gibt Schaden an Tür und Kasse." in body
    assert "Die Polizei ermittelt weiter." in body
    assert not any("dauern an" in line for line in body)  # the officialese is said in plain words instead


def test_fire_report_says_the_outcome_and_nobody_hurt() -> None:
    _, body = title_and_body(BRIGADE)
    assert "Das Feuer hat sich nicht auf das Wohnhaus ausgebreitet." in body
    assert "Das Feuer ist aus." in body
    assert "Niemand ist verletzt." in body
    assert not any("Ausbreitung" in line for line in body)


def test_reported_and_none_found_keep_what_was_only_reported() -> None:
    assert lines("Gemeldet war der Brand einer Hecke an der Schule.") == ["Die Meldung war: Eine Hecke brennt."]
    assert lines("Gemeldet wurde der Brand eines Gartenhauses.") == ["Die Meldung war: Ein Gartenhaus brennt."]
    assert lines("Gemeldet war der Brand einer Scheune an einem Hof zwischen Nordheim und Talbach.") == [
        "Die Meldung war: Eine Scheune zwischen Nordheim und Talbach brennt."
    ]
    assert lines("Gemeldet war der Brand eines Autos in Westheim.") == ["Die Meldung war: Ein Auto in Westheim brennt."]
    # "in der Garage": a common noun with its article is no place name.
    assert lines("Gemeldet war der Brand eines Autos in der Garage.") == ["Die Meldung war: Ein Auto brennt."]
    assert lines("Vor Ort konnte zunächst kein Brand festgestellt werden.") == [
        "Die Einsatzkräfte haben zuerst kein Feuer gefunden."
    ]
    # Two negations: the sentence says something else.
    assert lines("Es konnte nicht ausgeschlossen werden, dass kein Brand festgestellt wurde.") == []


def test_helpers_listed_whole_or_not_at_all() -> None:
    # A rural volunteer brigade's report and a city brigade's report.
    assert lines(
        "Mit uns im Einsatz waren die Feuerwehr Nordheim & die Feuerwehr Südheim sowie Polizei & Rettungsdienst"
    ) == [
        "Die Feuerwehren aus Nordheim und Südheim waren auch im Einsatz.",
        "Die Polizei und der Rettungsdienst waren auch im Einsatz.",
    ]
    assert lines("Neben uns im Einsatz war die Feuerwehr Talbach.") == []  # "war": not the plural list form
    assert lines("Gemeinsam mit uns im Einsatz waren die Feuerwehr Talbach und der Notarzt.") == [
        "Die Feuerwehr Talbach war auch im Einsatz.",
        "Der Notarzt war auch im Einsatz.",
    ]
    # An item the rule cannot name: the whole list is left out, never cut.
    assert lines("Mit uns im Einsatz waren die Feuerwehr Talbach und viele freiwillige Helfer.") == []
    # Alarmed is not deployed.
    assert lines("Gemeinsam mit uns alarmiert waren die Feuerwehr Talbach und die Polizei.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Staatsanwaltschaft ermittelt jetzt wegen des Verdachts des versuchten Totschlags.",
            "Die Staatsanwaltschaft ermittelt wegen versuchtem Totschlag.",
        ),
        (
            "Die Kriminalpolizei ermittelt wegen der gefährlichen Körperverletzung sowie des Fahrens ohne Fahrerlaubnis.",
            "Die Kriminalpolizei ermittelt wegen gefährlicher Körperverletzung und Fahren ohne Fahrerlaubnis.",
        ),
        # A hedge, or a rest with a genitive: left out.
        ("Die Polizei ermittelt wegen des Verdachts des Betrugs, soll aber noch warten.", None),
        ("Die Polizei ermittelt wegen des Diebstahls des Autos des Nachbarn.", None),
    ],
)
def test_offences_keep_their_adjectives(sentence: str, expected: str | None) -> None:
    assert lines(sentence) == ([expected] if expected else [])


def test_custody_or_release_of_the_arrested_person() -> None:
    custody = ["Die Polizei nahm einen Mann fest.", "Der Haftbefehl wurde noch am Abend in Vollzug gesetzt."]
    assert lines(*custody, arrested="Ein Mann") == ["Der Mann ist jetzt in Haft."]
    released = ["Die Beamten nahmen den Tatverdächtigen fest.", "Der Tatverdächtige wurde danach wieder entlassen."]
    # An adjectival noun keeps its strong masculine form ("der Tatverdächtige" is also the feminine).
    assert lines(*released, arrested="Ein Tatverdächtiger") == ["Ein Tatverdächtiger ist wieder frei."]
    # Released from hospital is no release from custody; "außer Vollzug" is no custody.
    assert lines("Der Mann wurde aus dem Krankenhaus entlassen.", arrested="Ein Mann") == []
    assert lines("Der Haftbefehl wurde gegen Auflagen außer Vollzug gesetzt.", arrested="Ein Mann") == []
    assert lines(*custody) == []  # nobody arrested: nothing follows


# A state police press office and a federal police office: arrest, custody, offences.
STATE_ARREST = german_release(
    "Festnahme nach Raub",
    "Am Montagabend nahmen Polizisten in Westheim einen Mann fest. "
    "Der Haftbefehl wurde am Dienstag in Vollzug gesetzt. Die Ermittlungen dauern an.",
    organisation="Polizeipräsidium Westheim",
    issued=date(2025, 6, 3),
)
FEDERAL_INQUIRY = german_release(
    "Zugbegleiter angegriffen",
    "Am Sonntag kam es im Bahnhof Nordheim zu einem Angriff auf einen Zugbegleiter. "
    "Die Polizei ermittelt wegen der gefährlichen Körperverletzung.",
    organisation="Bundespolizeiinspektion Nordheim",
    issued=date(2025, 6, 9),
)


def test_arrest_custody_and_offences_reach_the_summary() -> None:
    _, body = title_and_body(STATE_ARREST)
    assert "Der Mann ist jetzt in Haft." in body, body
    assert "Die Polizei ermittelt weiter." in body
    _, body = title_and_body(FEDERAL_INQUIRY)
    assert "Die Polizei ermittelt wegen gefährlicher Körperverletzung." in body, body
    assert "Die Polizei ermittelt." not in body


# A rural volunteer brigade whose call-out found no fire.
NO_FIRE = german_release(
    "Fehlalarm am Waldweg",
    "Am Mittwoch heulten um 15 Uhr die Sirenen. "
    "Gemeldet war der Brand einer Hecke an einem Schuppen zwischen Nordheim und Talbach. "
    "Vor Ort konnte zunächst kein Brand festgestellt werden.",
    organisation="Freiwillige Feuerwehr Nordheim",
    issued=date(2025, 7, 3),
)


def test_title_says_what_the_call_out_reported() -> None:
    title, body = title_and_body(NO_FIRE)
    # The title says that someone reported it (titles.alarm_title); the body's "Die Meldung war: …"
    # line alone as a title could read as a fire still burning.
    assert title == "Jemand hat den Brand von einer Hecke gemeldet", (title, body)
    assert "Die Einsatzkräfte haben zuerst kein Feuer gefunden." in body
    assert not any(line.startswith("Es hat einen Brand") for line in body)  # no fire is stated as a fact


def test_occupants_and_one_person_unhurt() -> None:
    assert lines("Im Fahrzeug befanden sich zum Unfallzeitpunkt zwei Personen.") == ["Im Fahrzeug waren zwei Menschen."]
    assert lines("Im Pkw befanden sich drei Insassen.") == ["Im Auto waren drei Menschen."]
    assert lines("Der Fahrer blieb unverletzt.") == ["Der Fahrer ist nicht verletzt."]
    assert lines("Die 45-jährige Radfahrerin blieb jedoch unverletzt.") == ["Die Radfahrerin ist nicht verletzt."]
    # A person named with more words ("des anderen Autos") is left out rather than cut.
    assert lines("Der Fahrer des anderen Autos blieb unverletzt.") == []


def test_duration_of_the_operation_keeps_its_hedge() -> None:
    assert lines("Der Einsatz konnte nach guten 2,5 Stunden beendet werden.") == [
        "Der Einsatz hat mehr als 2,5 Stunden gedauert."
    ]
    assert lines("Der Einsatz war nach rund drei Stunden beendet.") == ["Der Einsatz hat etwa drei Stunden gedauert."]
    assert lines("Der Einsatz war nach einer Stunde beendet.") == ["Der Einsatz hat eine Stunde gedauert."]
    assert lines("Der Einsatz war nach 40 Minuten für die Feuerwehr beendet.") == ["Der Einsatz hat 40 Minuten gedauert."]
    assert lines("Der Einsatz war nach zwei Stunden noch nicht beendet.") == []
