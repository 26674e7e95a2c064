"""The body templates never state a demand, plan, condition, denial, earlier change or someone else's place as fact.

Each case is an invented sentence of at least two sender kinds; where the source is not a plain
fact in force, the template says nothing (omission over error).
"""

from __future__ import annotations

from dataclasses import replace

from pressconv.transforms.easy.bodies import body_lines
from pressconv.transforms.easy.decree import decree_lines
from pressconv.transforms.easy.funding import funding_lines
from pressconv.transforms.easy.incident_place import incident_place
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.plainfact import is_plain_fact
from pressconv.transforms.easy.price_change import price_lines
from pressconv.transforms.easy.study import study_lines
from tests.fixtures.releases import german_release

# --- funding: caps of a million, odd amounts, periods, negated deadlines, prizes -------------------


def test_cap_of_a_million_or_an_odd_amount_is_left_out_without_a_crash() -> None:
    ministry = funding_lines(
        "Land fördert Forschung",
        "",
        ["Die Förderung beträgt höchstens 1.000.000 Euro je Unternehmen."],
    )
    assert ministry == []
    foundation = funding_lines(
        "Stiftung vergibt Zuschüsse",
        "",
        ["Der Zuschuss beträgt bis zu 2.750 Euro pro Schule."],
    )
    assert foundation == []


def test_cap_per_applicant_and_year_keeps_its_year() -> None:
    town = funding_lines("Stadt fördert Vereine", "", ["Die Förderung beträgt bis zu 800 Euro pro Verein und Jahr."])
    assert town == ["Ein Verein kann pro Jahr bis zu 800 Euro bekommen."]
    # "jährlich" elsewhere in the clause: the line would lose it, so no line.
    chamber = funding_lines("Kammer zahlt Zuschuss", "", ["Der Zuschuss beträgt bis zu 900 Euro je Betrieb jährlich."])
    assert chamber == []


def test_negated_or_planned_deadline_and_a_demanded_cap_are_not_said() -> None:
    county = funding_lines(
        "Kreis startet Förderung für Dorfläden",
        "",
        ["Anträge können bis zum 15. April 2027 noch nicht gestellt werden."],
    )
    assert county == []
    party = funding_lines(
        "Partei will Förderung für Familien",
        "",
        ["Die Partei fordert eine Förderung von höchstens 500 Euro pro Haushalt."],
    )
    assert party == []


def test_a_prize_call_keeps_its_own_noun() -> None:
    prize = funding_lines(
        "Stiftung lobt Förderpreis aus",
        "",
        ["Die Förderung geht an junge Bands.", "Bewerbungen sind bis zum 1. März 2027 möglich."],
    )
    assert prize == ["Bewerbungen sind bis 1. März 2027 möglich."]
    town = funding_lines("Stadt fördert Hecken", "", ["Die Förderung ist neu.", "Anträge bis zum 2. Mai 2027 stellen."])
    assert town == ["Anträge sind bis 2. Mai 2027 möglich."]


# --- the templates run only on the kinds that state facts -------------------------------------------


def test_statement_and_opinion_kinds_get_no_template_line() -> None:
    party = build(
        german_release(
            "Förderung für Familien gefordert",
            "Die Partei fordert eine Förderung von höchstens 500 Euro pro Haushalt. Anträge bis zum 3. Mai 2027.",
            organisation="Kreisverband der Partei",
        )
    )
    assert body_lines(replace(party, kind="statement")) == []
    consumer = build(
        german_release(
            "Strom wird teurer, warnt die Verbraucherzentrale",
            "Die Verbraucherzentrale rechnet mit höheren Preisen zum 1. Mai 2027.",
            organisation="Verbraucherzentrale",
        )
    )
    assert body_lines(replace(consumer, kind="statement")) == []
    # A warning in the headline is no fact, whatever the kind.
    assert price_lines("Strom wird teurer, warnt die Verbraucherzentrale", "", []) == []
    assert price_lines("Gas wird günstiger, erwartet der Verband", "", []) == []


# --- a study: negated, aimed or earlier findings ------------------------------------------------------


def test_negated_aimed_and_earlier_findings_are_not_said() -> None:
    university = ["Die Forschenden haben nicht festgestellt, dass Hecken den Vögeln helfen."]
    assert study_lines(university) == []
    institute = ["Die Studie soll zeigen, dass Kinder mehr schlafen."]
    assert study_lines(institute) == []
    earlier = ["Frühere Studien hatten gezeigt, dass Katzen länger leben."]
    assert study_lines(earlier) == []
    plain = ["Das Forschungsteam hat gezeigt, dass Hecken Vögel schützen."]
    assert study_lines(plain) == ["Forscher haben heraus·gefunden: Hecken schützen Vögel."]


# --- an order: condition, plan, negation ----------------------------------------------------------------


def test_conditional_planned_or_negated_start_of_an_order_is_not_said() -> None:
    county = decree_lines(
        "Landkreis ordnet kreisweite Leinenpflicht an",
        "",
        ["Die Leinenpflicht gilt ab dem 3. März 2027, sofern der Kreistag zustimmt."],
    )
    assert county == ["Die Leinenpflicht gilt im ganzen Kreis."]
    town_plan = decree_lines("Stadtweites Grillverbot soll kommen", "", ["Das Grillverbot gilt ab dem 1. Juni 2027."])
    assert town_plan == []
    town = decree_lines(
        "Stadt erlässt stadtweites Grillverbot",
        "",
        ["Die Stadt hat das Verbot beschlossen.", "Das Grillverbot gilt ab dem 1. Juni 2027 nicht mehr für Gaststätten."],
    )
    assert town == ["Das Grillverbot gilt in der ganzen Stadt."]


# --- a price change: earlier day, part of a price, a group ------------------------------------------------


def test_an_earlier_price_change_gives_no_day() -> None:
    utility = price_lines("Strom wird günstiger", "", ["Zuletzt waren die Preise zum 1. Januar 2025 gestiegen."])
    assert utility == ["Der Strom wird günstiger."]
    transport = price_lines(
        "Die Fahrkarten werden teurer", "", ["Die Fahrkarten hatten sich ab dem 1. März 2024 verteuert."]
    )
    assert transport == ["Die Fahrkarten werden teurer."]


def test_a_part_of_the_price_or_a_group_price_is_not_the_price() -> None:
    utility = price_lines("Strom wird günstiger", "", ["Der Grundpreis für Strom sinkt von 12 Euro auf 10 Euro pro Monat."])
    assert utility == ["Der Strom wird günstiger."]
    newcomers = ["Für Neukunden sinkt der Preis für Gas von 3 Euro auf 2 Euro je Kubikmeter."]
    gas = price_lines("Gas wird günstiger", "", newcomers)
    assert gas == ["Das Gas wird günstiger."]
    # The headline limits the change to a group: said for everyone, it would be wrong.
    assert price_lines("Strom wird günstiger – für Neukunden", "", []) == []
    assert price_lines("Fahrkarten werden billiger – nur für Schüler", "", []) == []


# --- an incident's place: only the main clause's ------------------------------------------------------


def test_place_in_an_attribute_or_a_relative_clause_is_not_the_incident_place() -> None:
    police = "Ein in Südhausen gestohlenes Auto wurde am Montag auf der Autobahn gefunden."
    assert incident_place(police) is None
    fire = "Ein Mann, der in Nordhausen wohnt, hat am Abend ein Feuer gemeldet."
    assert incident_place(fire) is None
    both = "Ein Mann, der in Nordhausen wohnt, wurde am Montag in Südhausen überfallen."
    assert incident_place(both) == "in Südhausen"
    opening = "Als ein Mann in Nordhausen tankte, brannte sein Auto."
    assert incident_place(opening) is None


def test_plain_fact_check() -> None:
    assert is_plain_fact("Die Gebühr steigt zum 1. Mai 2027.")
    assert not is_plain_fact("Die Gebühr soll zum 1. Mai 2027 steigen.")
    assert not is_plain_fact("Der Verband warnt: Die Gebühr steigt.")


def test_planned_fine_is_not_said() -> None:
    county = decree_lines(
        "Landkreis ordnet kreisweite Leinenpflicht an",
        "",
        ["Die Verfügung gilt ab sofort.", "Verstöße sollen künftig mit einem Bußgeld von bis zu 900 Euro geahndet werden."],
    )
    assert county == ["Die Leinenpflicht gilt im ganzen Kreis."]
    town = decree_lines(
        "Stadt erlässt stadtweites Grillverbot",
        "",
        ["Die Verordnung gilt ab sofort.", "Verstöße könnten mit einem Bußgeld von bis zu 500 Euro geahndet werden."],
    )
    assert town == ["Das Grillverbot gilt in der ganzen Stadt."]


def test_a_deadline_conditional_in_the_body_is_not_said_from_the_subtitle() -> None:
    chamber = funding_lines(
        "Zuschuss für Handwerksbetriebe",
        "Förderung startet – Anträge ab sofort, Frist endet am 31. August 2027",
        ["Anträge können bis zum 31. August 2027 gestellt werden, sofern das Geld reicht."],
    )
    assert chamber == []
    town = funding_lines(
        "Stadt fördert Vereine",
        "Antragsfrist endet am 1. Juli 2027",
        ["Die Förderung ist neu.", "Anträge sind bis 1. Juli 2027 möglich, solange der Topf nicht leer ist."],
    )
    assert town == []
