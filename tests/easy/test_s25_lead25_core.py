"""The lead core (leadcore.py) for leads of new senders: a counted object's relative clause, "ab sofort",
"bis auf Weiteres", a truncated compound, a list of days, the subject's head alone.

Invented leads of several sender kinds (a lost-property office, a library, a sports office, a road
authority, a school office, a night bus of a charity, a relief organisation) and negative cases: a restrictive
relative clause after "alle" or an article, a limiting word, a "so …, dass" consequence, a "für" scope.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.leadcore import bare_lead_core, build_core
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.source import SourceSentence

ISSUED = date(2026, 5, 6)


def test_hanta_reads_the_clause() -> None:
    assert morph.available()


def _core(lead: str) -> tuple[str, ...] | None:
    return build_core(lead, ISSUED, lead)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A lost-property office: the relative clause after "rund 40 Stühle" (a counted, indefinite
        # object) only says more of the chairs counted; the sale is as true without it.
        (
            "Das Fundamt von der Gemeinde Adorf verkauft am Samstag, 13. Juni 2026, rund 40 Stühle, "
            "die im Ortsgebiet abgestellt wurden und deren Besitzer sich nicht gemeldet haben.",
            ("Das Fundamt von der Gemeinde Adorf verkauft rund 40 Stühle.", "Das ist am Samstag, 13. Juni 2026."),
        ),
        # A library: the same shape, an adjective between number and noun.
        (
            "Die Bücherei Bedorf verkauft 300 gebrauchte Bücher, die nicht mehr ausgeliehen werden.",
            ("Die Bücherei Bedorf verkauft 300 gebrauchte Bücher.",),
        ),
    ],
)
def test_a_counted_objects_relative_clause_goes(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # "alle Kinder, die …" picks out which children: cut, every child would be meant.
        "Das Schulamt von der Stadt Cedorf lädt alle Kinder, die bis zum 30. September sechs Jahre alt werden, "
        "am Montag, 2. März 2026, zur Einschreibung ein.",
        "Das Schulamt Cedorf erinnert alle Eltern, die ihr Kind nicht angemeldet haben, an die Frist.",
        # An article: "die 40 Stühle, die …" is a set the clause narrows.
        "Das Fundamt Adorf verkauft die 40 Stühle, die nicht abgeholt wurden.",
        # A limiting word in the main clause: its scope may reach into the relative clause.
        "Das Fundamt Adorf verkauft nur 40 Stühle, die nicht abgeholt wurden.",
        "Das Fundamt Adorf verkauft mindestens 40 Stühle, die nicht abgeholt wurden.",
    ],
)
def test_a_restrictive_relative_clause_never_goes(lead: str) -> None:
    found = _core(lead)
    assert found is None or all("," in s or "die " in s.split("alle ")[-1] for s in found if "alle" in s)
    assert found is None or not any(s.endswith(("40 Stühle.", "alle Kinder.", "alle Eltern an die Frist.")) for s in found)


def test_so_dass_consequence_never_becomes_a_plain_injury() -> None:
    # A police report: a degree whose result is a death ("so …, dass er starb") said as "schwer verletzt" is false.
    for lead in (
        "Im Steinbruch bei Adorf hat ein Steinschlag am Samstag einen 64-jährigen Wanderer so schwer "
        "verletzt, dass er wenig später starb.",
        "Ein Radfahrer aus Bedorf wurde am Sonntag so schwer verletzt, dass er im Krankenhaus starb.",
    ):
        found = _core(lead)
        assert found is None or not any("verletzt" in s and "starb" not in s and "gestorben" not in s for s in found)
    # The positive case: without a consequence the injury is said (a rescue service's report).
    plain = _core("Ein Radfahrer aus Bedorf hat am Sonntag bei einem Sturz schwere Verletzungen erlitten.")
    assert plain == ("Ein Radfahrer aus Bedorf hat am Sonntag schwere Verletzungen erlitten.",)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A sports office: "bis auf Weiteres" is an open end and goes; "ab sofort" has no date and is
        # said apart; the truncated compound "Schul- und Vereinsgruppen" is one noun phrase.
        (
            "Die große Turnhalle am Mühlbach ist ab sofort bis auf Weiteres für Schul- und Vereinsgruppen geschlossen.",
            ("Die große Turnhalle am Mühlbach ist für Schul- und Vereinsgruppen geschlossen.", "Das gilt ab sofort."),
        ),
        # A road authority: the same shapes, the "für" scope kept (a road closed for lorries only).
        (
            "Die Brücke in Adorf ist ab sofort bis auf Weiteres für Lastwagen und Busse gesperrt.",
            ("Die Brücke in Adorf ist ab sofort für Lastwagen und Busse gesperrt.",),
        ),
    ],
)
def test_ab_sofort_said_apart_and_open_end_gone(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_fuer_scope_is_never_dropped() -> None:
    lead = "Die große Turnhalle am Mühlbach ist ab sofort bis auf Weiteres für Schul- und Vereinsgruppen geschlossen."
    found = _core(lead)
    assert found is not None and all("geschlossen" not in s or "für" in s for s in found)


def test_ab_heute_is_not_said_apart() -> None:
    # "ab heute" points at the writing day: no "Das gilt ab heute." (deixis), the clause is refused.
    found = _core("Die große Turnhalle am Mühlbach ist ab heute bis auf Weiteres für Schul- und Vereinsgruppen geschlossen.")
    assert found is None or not any("heute" in s for s in found)
    # The positive case: "ab sofort" is said apart (a sports office).
    now = _core("Die Turnhalle am Mühlbach ist ab sofort für den Vereinssport gesperrt.")
    assert now == ("Die Turnhalle am Mühlbach ist für den Vereinssport gesperrt.", "Das gilt ab sofort.")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A friends' society's book bus: a list of two days said one day a sentence.
        (
            "Der Bücherbus vom Förderverein Adorf fährt am Montag, 6. Juli 2026, und Dienstag, "
            "7. Juli 2026, in die Altstadt.",
            (
                "Der Bücherbus vom Förderverein Adorf fährt in die Altstadt.",
                "Das ist am Montag, 6. Juli 2026.",
                "Das ist auch am Dienstag, 7. Juli 2026.",
            ),
        ),
        # A relief organisation: two days and their hours ("jeweils ab … Uhr"), all said.
        (
            "Der Ortsverein vom Roten Kreuz in Bedorf bietet am Freitag, 5. Juni 2026, und Samstag, "
            "6. Juni 2026, jeweils ab 8 Uhr eine Blutspende an.",
            (
                "Der Ortsverein vom Roten Kreuz in Bedorf bietet eine Blutspende an.",
                "Das ist am Freitag, 5. Juni 2026.",
                "Das ist auch am Samstag, 6. Juni 2026.",
                "Das ist jeweils ab 8 Uhr.",
            ),
        ),
    ],
)
def test_a_list_of_days_one_day_a_sentence(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_span_of_days_is_no_list() -> None:
    # "vom 2. bis 3. März" is one span, never two days said apart.
    found = _core("Der Bücherbus vom Förderverein Adorf fährt vom 2. März 2026 bis zum 9. März 2026 in die Altstadt.")
    assert found is None or not any(s.startswith("Das ist auch") for s in found)
    # The positive case: two dates with "und" are a list, each said apart.
    listed = _core("Der Bücherbus vom Förderverein Adorf fährt am 2. März 2026 und 9. März 2026 in die Altstadt.")
    assert listed is not None and "Das ist auch am 9. März 2026." in listed


def _context(lead: str) -> RescueContext:
    source = SourceSentence(text=lead, paragraph=0)
    return RescueContext(source=source, text=lead, sentences=(source,), index=0, issued=ISSUED, rewrite=lambda p: p)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A charity: the possessor is the sender the summary names first; the head still acts.
        (
            "Ab Montag, dem 7. Dezember 2026, ist das Spielmobil vom Kinderschutzbund Adorf-Süd wieder "
            "unterwegs, um Kindern in den Dörfern neue Spiele zu zeigen.",
            ("Das Spielmobil ist ab Montag, 7. Dezember 2026, wieder unterwegs.",),
        ),
        # A town's lost-property office, the same second offer.
        (
            "Das Fundamt von der Gemeinde Adorf verkauft am Samstag, 13. Juni 2026, rund 40 Stühle, "
            "die im Ortsgebiet abgestellt wurden.",
            ("Das Fundamt verkauft am Samstag, 13. Juni 2026, rund 40 Stühle.",),
        ),
    ],
)
def test_the_second_offer_says_the_subjects_head_alone(lead: str, expected: tuple[str, ...]) -> None:
    found = bare_lead_core(_context(lead))
    assert found is not None and found.sentences == expected


def test_no_second_offer_without_a_possessor_or_with_a_place() -> None:
    # A subject without attribute: nothing to lose; a place attribute picks out which hall: it stays.
    assert bare_lead_core(_context("Die Bücherei Bedorf verkauft 300 gebrauchte Bücher, die keiner mehr ausleiht.")) is None
    assert bare_lead_core(_context("Die Turnhalle am Mühlbach ist ab sofort für den Vereinssport gesperrt.")) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A road authority: the place in front of a passive stays in front, the clause said with "man".
        (
            "Im Ortsteil Adorf wird ab Montag die Hauptstraße wegen Bauarbeiten an den Leitungen gesperrt.",
            ("Im Ortsteil Adorf sperrt man ab Montag die Hauptstraße.",),
        ),
        # A utility: the same shape with a dated start said apart.
        (
            "In der Gemeinde Bedorf wird ab Montag, 6. Juli 2026, die Wasserleitung in der Lindenstraße erneuert.",
            (
                "In der Gemeinde Bedorf erneuert man die Wasserleitung in der Lindenstraße.",
                "Das gilt ab Montag, 6. Juli 2026.",
            ),
        ),
    ],
)
def test_a_place_in_front_of_a_passive_stays_in_front(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A health office: a leading purpose clause ("Um … zu …") says why; the main clause goes on alone.
        (
            "Um Familien auf dem Land lange Fahrten zu ersparen, schickt das Gesundheitsamt "
            "vom Landkreis Adorf ab dem 5. Oktober 2026 erneut seinen Beratungsbus auf Tour.",
            (
                "Das Gesundheitsamt vom Landkreis Adorf schickt erneut seinen Beratungsbus auf Tour.",
                "Das gilt ab dem 5. Oktober 2026.",
            ),
        ),
        # A town: the same shape; the tagger's particle "ab" before the date read as the preposition.
        (
            "Um Kosten zu sparen, schließt die Gemeinde Bedorf ab dem 1. Juli 2026 ihr Hallenbad am Marktplatz.",
            ("Die Gemeinde Bedorf schließt ihr Hallenbad am Marktplatz.", "Das gilt ab dem 1. Juli 2026."),
        ),
    ],
)
def test_a_leading_purpose_clause_goes(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_a_leading_purpose_clause_keeps_a_negation_of_the_main_clause() -> None:
    found = _core("Um Kosten zu sparen, öffnet die Gemeinde Bedorf ab dem 1. Juli 2026 ihr Hallenbad nicht mehr.")
    assert found is not None and any("Hallenbad" in s for s in found)
    assert all("nicht" in s for s in found if "Hallenbad" in s)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A district's fire-danger notice: the reason in front goes whole, its list commas with it;
        # "ab sofort" with its date as apposition names the start by the date.
        (
            "Wegen der anhaltenden Trockenheit, hoher Temperaturen und starker Winde gilt ab sofort, Montag, "
            "6. Juli 2026, im Landkreis Adorf ein Grillverbot.",
            ("Ein Grillverbot gilt ab Montag, 6. Juli 2026, im Landkreis Adorf.",),
        ),
        # A transport office: a reason with "vor allem" (an example, no limit) in front of a passive.
        (
            "Wegen der vielen Straßenfeste, vor allem im Hafenviertel, wird ab Montag, 6. Juli 2026, eine "
            "neue Umleitung für die Buslinie 3 eingerichtet.",
            ("Man richtet eine neue Umleitung für die Buslinie 3 ein.", "Das gilt ab Montag, 6. Juli 2026."),
        ),
    ],
)
def test_a_reason_in_front_goes_whole(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # "nur wegen": the reason is limited, and the rest would say more.
        "Nur wegen des Regens bleibt das Freibad Adorf am Wochenende geschlossen.",
        # A date inside the reason may be the time of what the clause says.
        "Wegen der Bauarbeiten am 6. Juli 2026 fährt die Buslinie 3 über die Umleitung.",
    ],
)
def test_no_core_where_the_reason_in_front_limits_or_dates(lead: str) -> None:
    found = _core(lead)
    assert found is None or all("wegen" in s.lower() or "6. Juli" in s for s in found)


def test_a_reason_without_date_or_limit_goes() -> None:
    # The positive case: a plain reason in front goes, the time of the clause stays (a transport office).
    found = _core("Wegen der Bauarbeiten am Bahnhof fährt die Buslinie 3 ab Montag, 6. Juli 2026, über die Umleitung.")
    assert found == ("Die Buslinie 3 fährt ab Montag, 6. Juli 2026, über die Umleitung.",)


def test_a_passive_never_loses_its_place_before_the_patient() -> None:
    # A hospital: "wird im Klinikum Adorf … eingeführt" said without its place would read as a rule everywhere.
    found = _core(
        "Wegen vieler Infekte in der Region wird im Klinikum Adorf ab Montag, 6. Juli 2026, "
        "eine neue Besuchsregel eingeführt."
    )
    assert found is None or any("Klinikum" in s for s in found)
    # The positive case: the place in front stays and the passive is said with "man".
    kept = _core("Im Klinikum Adorf wird ab Montag, 6. Juli 2026, eine neue Besuchsregel eingeführt.")
    assert kept == ("Im Klinikum Adorf führt man eine neue Besuchsregel ein.", "Das gilt ab Montag, 6. Juli 2026.")


def test_an_article_after_a_comma_is_no_relative_clause_to_cut() -> None:
    # A town's prize: "am Montag, dem 6. Juli 2026 im Rathaus … statt" holds no relative clause (no
    # finite verb after "dem"); a cut there would lose the right bracket ("findet am Montag.").
    for lead in (
        "Die Verleihung vom Kulturpreis Adorf findet am Montag, dem 6. Juli 2026 im Saal vom Rathaus statt.",
        "Der Sportverein Bedorf lädt am Freitag, dem 10. Juli 2026 im Vereinsheim zum Sommerfest ein.",
    ):
        found = _core(lead)
        assert found is None or not any(s.endswith(("am Montag.", "am Freitag.")) for s in found)
    # The positive case: the date as an apposition between commas, the place kept with the clause.
    found = _core("Die Verleihung vom Kulturpreis Adorf findet am Montag, 6. Juli 2026, im Saal vom Rathaus statt.")
    assert found == (
        "Die Verleihung vom Kulturpreis Adorf findet im Saal vom Rathaus statt.",
        "Das ist am Montag, 6. Juli 2026.",
    )


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A district's ban: "in den Gemeinden …" (a dative plural, "den" + plural in "-n") is a place.
        (
            "Ab Montag, 6. Juli 2026, gilt in den Gemeinden Adorf und Bedorf ein Grillverbot.",
            ("Ein Grillverbot gilt in den Gemeinden Adorf und Bedorf.", "Das gilt ab Montag, 6. Juli 2026."),
        ),
        # A school board: the same shape with "an den".
        (
            "Ab Montag, 6. Juli 2026, gilt an den Grundschulen im Kreis Adorf eine neue Pausenregel.",
            ("Eine neue Pausenregel gilt an den Grundschulen im Kreis Adorf.", "Das gilt ab Montag, 6. Juli 2026."),
        ),
    ],
)
def test_a_dative_plural_place_before_the_subject(lead: str, expected: tuple[str, ...]) -> None:
    assert _core(lead) == expected


def test_an_accusative_direction_is_no_place() -> None:
    # "in den Wald" (accusative singular): a direction, never read as the clause's place.
    found = _core("Ab Montag, 6. Juli 2026, fährt in den Stadtwald Adorf ein neuer Bus.")
    assert found is None or any("in den Stadtwald" in s for s in found)
