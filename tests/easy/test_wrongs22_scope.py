"""Session 22: no wrong statement by a lost scope, a value that is one of several, a garbled hedge or a part count.

Invented releases and sentences of several sender kinds (a utility, a swimming pool, a theatre, a
flood authority, the police, a county, a museum, a choir, a fire brigade); none is taken from a
development file.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.contactout import _NEEDS_PLACE
from pressconv.transforms.easy.hedges import doubled_hedge
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.parts import part_count
from pressconv.transforms.easy.scopes import intro_scope, narrower_group
from pressconv.transforms.easy.siblings import sibling_value


def _summary(text: str) -> str:
    release = parse(text.encode("utf-8"), path="release.txt").release
    return summary_text(summarise(release).release).replace("·", "")


def _body(text: str) -> str:
    return _summary(text).split("## Worum geht es?")[1].split("## ")[0]


# --- a value said with "der/die/das" that is one of several values of the same noun

_UTILITY = (
    "Wasser: Der monatliche Grundpreis bleibt mit 9,20 Euro unverändert. "
    "Abwasser: Hier bleibt der Grundpreis bei 11,40 Euro im Monat."
)
_POOL = "Der Eintritt kostet 6 Euro. Für Kinder unter 14 Jahren kostet der Eintritt 3 Euro."


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Der monatliche Grundpreis bleibt mit 9,20 Euro unverändert.", _UTILITY),  # utility
        ("Der Eintritt kostet 6 Euro.", _POOL),  # swimming pool
        ("Die Gebühr beträgt 40 Euro.", "Die Gebühr beträgt 40 Euro. Für Vereine beträgt die Gebühr 25 Euro."),  # city
    ],
)
def test_one_of_several_values_is_refused(sentence: str, source: str) -> None:
    assert sibling_value(sentence, source) is not None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Der Eintritt für Kinder kostet 3 Euro.", _POOL),  # its own qualifier names the group
        ("Der Grundpreis für Wasser bleibt mit 9,20 Euro unverändert.", _UTILITY),
        # One value only: the definite article is right.
        ("Der Eintritt kostet 12 Euro.", "Das Konzert beginnt um 19 Uhr. Der Eintritt kostet 12 Euro."),  # choir
        # An agent's verb gives no value of its subject noun.
        ("Die Stadt investiert 2 Millionen Euro.", "Die Stadt investiert 2 Millionen Euro. Die Stadt zahlt 500 Euro."),
        # The same value said again in an overview line is no sibling.
        ("Der Grundpreis bleibt mit 9,20 Euro gleich.", "Der Grundpreis bleibt mit 9,20 Euro gleich.\nGrundpreis: 9,20 €"),
    ],
)
def test_a_value_told_apart_or_alone_stays(sentence: str, source: str) -> None:
    assert sibling_value(sentence, source) is None


def test_a_utility_release_never_says_one_basic_charge_as_the_only_one() -> None:
    text = (
        "Stadtwerke Beispielstadt passen Wasserpreise an\n\n"
        "Beispielstadt, 3. November 2026 – Die Stadtwerke Beispielstadt ändern ab 1. April 2027 die Wasserpreise.\n\n"
        "Wasser: Der Arbeitspreis steigt von 2,10 Euro auf 2,30 Euro pro Kubikmeter, weil die Kosten für Energie "
        "und Personal gestiegen sind und neue Leitungen gebaut werden. "
        "Der monatliche Grundpreis bleibt mit 9,20 Euro unverändert.\n\n"
        "Abwasser: Deutlich günstiger wird dagegen das Abwasser. Hier sinkt die Gebühr von 3,10 Euro auf 2,90 Euro "
        "pro Kubikmeter, der Grundpreis bleibt bei 11,40 Euro im Monat.\n\n"
        "Kontakt: Tel. 01234 5678-0\n"
    )
    body = _body(text)
    assert "9,20" not in body and "11,40" not in body


# --- approximations doubled or abbreviated; counts of cases without their total


def test_ca_without_its_full_stop_is_rounded_like_ca() -> None:
    assert plain_amounts("Der Verein hat ca 5.200 Mitglieder.") == "Der Verein hat mehr als 5 tausend Mitglieder."
    assert plain_amounts("Das Museum zählt ungefähr 3.400 Gäste.") == "Das Museum zählt mehr als 3 tausend Gäste."


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Firma beschäftigt ca mehr als 5 tausend Menschen.",  # company
        "Zum Fest kamen etwa rund 400 Gäste.",  # club
        "Das Museum zählt ca 300 Gäste.",  # museum: "ca" is an abbreviation
    ],
)
def test_a_garbled_hedge_is_found(sentence: str) -> None:
    assert doubled_hedge(sentence) is not None


@pytest.mark.parametrize("sentence", ["Es kamen mehr als 5 tausend Menschen.", "Der Chor hat etwa 40 Mitglieder."])
def test_one_hedge_is_fine(sentence: str) -> None:
    assert doubled_hedge(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "In 3 Fällen ist es beim Versuch geblieben.",  # police
        "In zwei Fällen hat die Feuerwehr Keller leergepumpt.",  # fire brigade
        "Bei einem der Fälle hat das Amt ein Bußgeld verhängt.",  # county
    ],
)
def test_a_part_count_of_cases_is_found(sentence: str) -> None:
    assert part_count(sentence) is not None


def test_a_count_with_its_total_stays() -> None:
    assert part_count("In 3 von 14 Fällen ist es beim Versuch geblieben.") is None
    assert part_count("Im Fall von Glätte fährt der Bus nicht.") is None


# --- orders whose list intro narrows them; requests said of a narrower group


@pytest.mark.parametrize(
    "intro",
    [
        "Die Landesanstalt rät den Menschen in den überfluteten Ortsteilen:",  # flood authority
        "Bei Glatteis gilt:",  # county winter service
        "Die Polizei rät Autofahrern:",  # police
        "Tipps für Radfahrerinnen und Radfahrer:",  # city
    ],
)
def test_a_narrowing_intro_has_a_scope(intro: str) -> None:
    assert intro_scope(intro) is not None


@pytest.mark.parametrize("intro", ["So schützen Sie sich:", "Die Polizei rät:", "Die Stadt rät allen Bürgern:"])
def test_an_intro_for_every_reader_has_none(intro: str) -> None:
    assert intro_scope(intro) is None


_FLOOD = """Landesamt für Wasser – Hochwasserwarnung

Beispielfluss steigt stark an

Musterstadt, 2. Februar 2026. Das Landesamt für Wasser warnt vor Hochwasser am Beispielfluss.

Das Landesamt rät den Menschen in den überfluteten Ortsteilen:

- Räumen Sie Keller rechtzeitig aus.
- Schalten Sie in gefährdeten Räumen den Strom ab.

Kontakt: Tel. 01234 111-0
"""

_POLICE = """Polizei Beispielstadt

Glätte auf den Straßen

Beispielstadt, 12. Januar 2026. Auf den Straßen im Kreis ist es glatt.

Die Polizei rät Autofahrerinnen und Autofahrern:

- Fahren Sie langsam.
- Halten Sie viel Abstand.

Kontakt: Tel. 01234 222-0
"""


@pytest.mark.parametrize(
    ("text", "order", "scope"),
    [(_FLOOD, "Räumen Sie Keller", "in den überfluteten Ortsteilen"), (_POLICE, "Fahren Sie langsam", "Autofahrer")],
)
def test_orders_of_a_narrowed_list_stand_only_under_their_intro(text: str, order: str, scope: str) -> None:
    lines = [line for line in _body(text).splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if order in line)
    assert lines[at].startswith("- ")  # an item of the list, not an order of its own
    intro = next(line for line in reversed(lines[:at]) if not line.startswith("- "))
    assert scope in intro and intro.endswith(":")


def test_orders_whose_intro_is_refused_go_with_it() -> None:
    # "LWA" is an abbreviation the release never writes out: the intro fails, and its items go too.
    text = _FLOOD.replace("Das Landesamt rät den Menschen", "Das LWA rät den Menschen")
    assert "Räumen Sie Keller" not in _body(text)


def test_orders_of_an_open_list_stay() -> None:
    text = _POLICE.replace("Die Polizei rät Autofahrerinnen und Autofahrern:", "So schützen Sie sich:")
    assert "Fahren Sie langsam" in _body(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Für Rollstuhlfahrerinnen und Rollstuhlfahrer gibt es Plätze; eine Anmeldung wird erbeten.",  # concert
        "Gruppen werden gebeten, sich vorher anzumelden.",  # museum
        "Für Menschen mit Sehbehinderung gibt es eine Führung, Anmeldung erforderlich.",  # theatre
    ],
)
def test_a_request_of_a_narrower_group_is_found(sentence: str) -> None:
    assert narrower_group(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Für alle Gäste ist eine Anmeldung erforderlich.",  # theatre
        "Anmeldung: nötig, da die Teilnahme auf 25 Jugendliche begrenzt ist",  # library
    ],
)
def test_a_request_of_every_reader_has_no_group(sentence: str) -> None:
    assert narrower_group(sentence) is None


def test_a_concert_does_not_ask_everyone_to_register_for_wheelchair_places() -> None:
    text = """Chor Beispielstadt

Frühlingskonzert in der Stadthalle

Beispielstadt, 2. März 2026. Der Chor Beispielstadt lädt zum Frühlingskonzert ein.

Wann: Samstag, 21. März 2026, 18 Uhr
Wo: Stadthalle Beispielstadt, Hauptstraße 1

Für Rollstuhlfahrerinnen und Rollstuhlfahrer gibt es Plätze im Saal; eine Anmeldung im Büro wird erbeten.

Kontakt: Tel. 01234 333-0
"""
    assert "melden Sie sich" not in _body(text)


# --- glossary entries matched on a compound's tail must fit the compound


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Helfen Sie hilfs·bedürftigen Nachbarn.", "bedürftig"),  # flood authority
        ("Für Roll·stuhl·fahrerinnen gibt es Plätze.", "Fahrerin"),  # concert
    ],
)
def test_a_tail_entry_that_does_not_fit_is_left_out(sentence: str, word: str) -> None:
    assert word not in [e.word for e in entries_for([sentence])]


def test_a_tail_entry_that_fits_stays_under_the_texts_own_word() -> None:
    # The headword is the word as the text writes it (rubric, item 5), its last part explained.
    entries = {e.word: e for e in entries_for(["Die Kinder·krankheiten sind gefährlich."])}
    assert "Krankheit" not in entries
    assert "Bei einer Krankheit" in entries["Kinder·krankheiten"].explanation


# --- a contact phrase that was the verb's place: without it the sentence is cut off


@pytest.mark.parametrize(
    "rest",
    [
        "Die ausführlichen Zahlen, auch für einzelne Kreise, finden Sie.",  # statistics office
        "Das Programm der Saison ist ab sofort zu finden.",  # theatre
        "Weitere Informationen findet man.",  # county
    ],
)
def test_a_verb_that_needs_its_place_is_found(rest: str) -> None:
    assert _NEEDS_PLACE.search(rest) is not None


@pytest.mark.parametrize(
    "rest",
    [
        "Hinweise nimmt die Polizei entgegen.",  # police
        "Termine kann man vereinbaren.",  # citizens' office
        "Die neuen Fahrpläne sind ab Montag abrufbar.",  # transport company: complete without a place
    ],
)
def test_a_verb_without_a_place_slot_is_fine(rest: str) -> None:
    assert _NEEDS_PLACE.search(rest) is None
