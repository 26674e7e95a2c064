"""The lead core (leadcore.py) relaxed by German grammar: the Vorfeld is one constituent, a scope in front stays.

Invented leads of several sender kinds (a district's environment office, a youth office, a utility, a
care home, a police report) and negative cases (a limiting word, hearsay "soll", a hollow object).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.leadprep import protect

ISSUED = date(2026, 5, 6)


def test_hanta_reads_the_clause() -> None:
    assert morph.available()


def _core(lead: str) -> tuple[str, ...] | None:
    return build_core(lead, ISSUED, lead)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A district's environment office: "Fachbereich Umwelt" is one noun phrase in the Vorfeld (V2).
        (
            "Der Fachbereich Umwelt vom Landkreis Beispielkreis hat mit sofortiger Wirkung ein Angelverbot "
            "für den Kiessee verhängt.",
            # 13 words with its possessor: the subject said without it, still true (the unit acts).
            ("Der Fachbereich Umwelt hat ein Angelverbot für den Kiessee verhängt.",),
        ),
        # A town's youth office: "Amt Jugend und Familie" is one noun phrase too.
        (
            "Das Amt Jugend und Familie von der Stadt Beispielheim hat nach langer Planung einen neuen "
            "Ferienpass herausgegeben.",
            ("Das Amt Jugend und Familie hat einen neuen Ferienpass herausgegeben.",),
        ),
    ],
)
def test_two_nouns_side_by_side_in_the_vorfeld_are_one_subject(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A water utility's rule for one district: the place in front stays, the clause behind it.
        (
            "Im Landkreis Musterland gilt ab sofort ein Abkochgebot für das Trinkwasser.",
            ("Im Landkreis Musterland gilt ein Abkochgebot für das Trinkwasser ab sofort.",),
        ),
        # A care home's new course: the place in front stays, the date said apart.
        (
            "Im Seniorenzentrum Am Park bietet die Diakonie Musterland ab Mai einen neuen Kurs mit vielen "
            "Übungen für Menschen mit Demenz an.",
            ("Im Seniorenzentrum Am Park bietet die Diakonie Musterland einen neuen Kurs an.", "Das gilt ab Mai."),
        ),
        # A police report's attribution in front stays with its claim.
        (
            "Nach Angaben der Polizei war der Fahrer am Montag mit hoher Geschwindigkeit unterwegs.",
            ("Nach Angaben der Polizei war der Fahrer mit hoher Geschwindigkeit unterwegs.",),
        ),
    ],
)
def test_a_scope_in_front_stays_in_front(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # "nur" before the subject: said after it, its scope would change (a utility, a school board).
        "Im Landkreis Musterland gilt nur ein Abkochgebot für das Trinkwasser in der Altstadt und in den Dörfern am Fluss.",
        "An den Grundschulen von der Stadt Beispielheim beginnt nicht mehr vor 8 Uhr der Unterricht für alle Klassen.",
        # (A place in front of a passive now stays in front: test_s25_lead25_core.py.)
        # Hearsay "soll … haben": a claim of others, never a fact.
        "In der Altstadt soll ein Unbekannter am Montag mehrere Fahrräder von der Stadt Beispielheim gestohlen haben.",
        # A relative clause inside the scope in front may narrow it.
        "In den Gemeinden, die am Fluss liegen, gilt ab sofort ein Badeverbot für alle Gewässer vom Kreis.",
    ],
)
def test_no_core_where_a_kept_front_would_mislead(lead: str) -> None:
    assert _core(lead) is None


@pytest.mark.parametrize(
    "lead",
    [
        # A police appeal: "um Unterstützung bei der Suche" without the missing girl's name says nothing.
        "Die Polizeiinspektion Beispielkreis bittet die Öffentlichkeit um Unterstützung bei der Suche nach der "
        "13-jährigen Lena Sommer aus Lindau.",
        # An animal shelter's appeal: the same shape, the dog's name the key fact.
        "Das Tierheim Beispielheim bittet alle Spaziergänger um Hinweise bei der Suche nach dem Hund Bello.",
    ],
)
def test_a_cut_never_drops_the_name_of_an_object_phrase(lead: str) -> None:
    found = _core(lead)
    assert found is None or any("Sommer" in s or "Bello" in s for s in found)


def test_the_subject_may_lose_its_possessor_name() -> None:
    # The actor still acts without its possessor: "Der Fachbereich Umwelt" is true as it stands.
    found = _core(
        "Der Fachbereich Umwelt vom Landkreis Beispielkreis hat mit sofortiger Wirkung ein Angelverbot "
        "für den Kiessee bei der Gemeinde Lindau-Oberfeld im Süden verhängt."
    )
    assert found is None or all("Kiessee" in s for s in found[:1])


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A town's opening hours and a council's debate: commas between adjectives of equal rank.
        (
            "Der Kreistag hat am Montag nach kontroverser, rund zweistündiger Debatte den neuen "
            "Nahverkehrsplan beschlossen.",
            ("Der Kreistag hat am Montag den neuen Nahverkehrsplan beschlossen.",),
        ),
        (
            "Die Stadtbücherei Beispielheim bietet in den Ferien neue, längere Öffnungszeiten an.",
            ("Die Stadtbücherei Beispielheim bietet neue, längere Öffnungszeiten an.",),
        ),
    ],
)
def test_a_comma_between_adjectives_is_no_clause_boundary(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_police_lead_with_a_clock_time_apposition_has_its_core() -> None:
    found = _core(
        "Am Montag, 4. Mai 2026, gegen 19:50 Uhr, hat ein Mann den Getränkemarkt in der Hauptstraße von Adorf betreten."
    )
    assert found == (
        "Ein Mann hat den Getränkemarkt in der Hauptstraße von Adorf betreten.",
        "Das war am Montag, 4. Mai 2026, gegen 19:50 Uhr.",
    )


def test_a_clock_time_apposition_is_read_without_its_commas() -> None:
    # A police report and a fire brigade's report name the hour after the date, both set off by commas.
    assert protect("Am Montag, 4. Mai 2026, gegen 19:50 Uhr, betrat ein Mann den Markt.") == (
        "Am 4. Mai 2026 gegen 19:50 Uhr betrat ein Mann den Markt."
    )
    assert protect("Am Freitag, 8. Mai 2026, um 6 Uhr, hat die Feuerwehr den Brand gelöscht.") == (
        "Am 8. Mai 2026 um 6 Uhr hat die Feuerwehr den Brand gelöscht."
    )
    # No comma after the hour: nothing to read differently.
    assert protect("Am Montag, 4. Mai 2026, um 8 Uhr beginnt der Kurs.") == "Am 4. Mai 2026 um 8 Uhr beginnt der Kurs."


@pytest.mark.parametrize(
    "lead",
    [
        # After a kept attribution the subject's phrase may be the verb's complement: nothing of it goes
        # (a health office's outbreak, an event's results).
        "Nach ersten Erkenntnissen stehen die Infekte in Zusammenhang mit der Realschule Lindau und einem Hort im Ort.",
        "Nach Angaben vom Veranstalter stehen die Ausfälle in Zusammenhang mit dem Unwetter in der Nacht auf Sonntag.",
    ],
)
def test_a_phrase_after_the_subject_behind_a_kept_front_never_goes(lead: str) -> None:
    found = _core(lead)
    assert found is None or not any(s.endswith("in Zusammenhang.") for s in found)
