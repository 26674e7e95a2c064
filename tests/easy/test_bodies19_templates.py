"""Kind-specific body facts of thin summaries: a rule's time and fine, a price change, a grant, an incident's place.

Every template is exercised with invented releases of at least two sender kinds, and with the
shapes where it must say nothing (omission over error).
"""

from __future__ import annotations

from dataclasses import replace

from pressconv.transforms.easy.decree import decree_lines
from pressconv.transforms.easy.funding import funding_lines
from pressconv.transforms.easy.incident_place import incident_place, with_place
from pressconv.transforms.easy.kind import Kind
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.price_change import price_lines
from pressconv.transforms.easy.study import study_lines
from pressconv.transforms.easy.templates import Line
from tests.fixtures.releases import german_release

# --- a rule an authority orders ------------------------------------------------------------------


def test_district_office_orders_an_obligation_with_start_end_and_fine() -> None:
    lines = decree_lines(
        "Landkreis ordnet kreisweite Leinenpflicht an",
        "Verstöße gegen die Pflicht können mit einem Bußgeld von bis zu 2.500 Euro geahndet werden",
        [
            "Die Allgemeinverfügung tritt am Montag, 2. März 2026, in Kraft.",
            "Sie gilt mindestens bis 30. Juni 2026.",
            "Die Anordnung bleibt bis auf Weiteres bestehen, mindestens jedoch bis einschließlich 31. Juli 2026.",
        ],
    )
    assert lines == [
        "Die Leinenpflicht gilt im ganzen Kreis.",
        "Die Leinenpflicht gilt ab 2. März 2026.",
        "Die Leinenpflicht gilt mindestens bis 31. Juli 2026.",
        "Ein Verstoß gegen die Leinenpflicht kann bis zu 2.500 Euro kosten.",
    ]


def test_town_issues_a_ban_with_a_plain_end() -> None:
    lines = decree_lines(
        "Stadt erlässt stadtweites Grillverbot",
        "",
        ["Das Grillverbot gilt ab dem 1. Juli 2026.", "Die Regelung gilt bis 31. August 2026."],
    )
    assert lines == [
        "Das Grillverbot gilt in der ganzen Stadt.",
        "Das Grillverbot gilt ab 1. Juli 2026.",
        "Das Grillverbot gilt bis 31. August 2026.",
    ]
    # Without an area the order would read as one for everyone (safety.py's rule): no line at all.
    nowhere = decree_lines("Stadt erlässt Grillverbot", "", ["Das Grillverbot gilt ab dem 1. Juli 2026."])
    assert nowhere == []


def test_safety_notice_area_is_completed_in_its_own_name() -> None:
    notices = ("Es gibt eine Stallpflicht.", "Die Stallpflicht gilt im ganzen Kreisgebiet.")
    lines = decree_lines(
        "Landkreis ordnet Aufstallungspflicht an",
        "",
        ["Die Allgemeinverfügung tritt am 3. März 2026 in Kraft.", "Sie gilt bis auf Weiteres."],
        notices,
    )
    assert lines == ["Die Stallpflicht gilt ab 3. März 2026."]


def test_rule_dates_of_another_subject_and_two_rules_stay_out() -> None:
    # The festival's date is no date of the rule: the sentence's subject is not the rule.
    assert decree_lines("Gemeinde verhängt Alkoholverbot", "", ["Das Stadtfest beginnt am 3. Mai 2026."]) == []
    # Two rules in the headline: whose date a sentence gives is not sure.
    two = decree_lines("Kreis ordnet Stallpflicht und Hundeverbot an", "", ["Die Verordnung tritt am 1. Mai 2026 in Kraft."])
    assert two == []
    # No ordering verb or order in the headline block and lead: a report about an obligation is no order.
    debate = ["Der Rat berät am 3. Mai 2026 über die Maskenpflicht.", "Die Maskenpflicht gilt ab 1. Juni 2026."]
    assert decree_lines("Diskussion über die Maskenpflicht", "", debate) == []


# --- a price change -------------------------------------------------------------------------------


def test_utility_price_change_keeps_each_direction() -> None:
    lines = price_lines(
        "Gas wird günstiger, Strom leicht teurer",
        "Stadtwerke Nordheim ändern die Preise zum 1. Juli 2026",
        [
            "Beim Strom steigt der Preis von 30,10 Cent auf 31,20 Cent je Kilowattstunde.",
            "Der Grundpreis bleibt gleich.",
        ],
    )
    assert lines[0] == "Das Gas wird ab 1. Juli 2026 günstiger."
    assert lines[1] == "Der Strom wird ab 1. Juli 2026 teurer."
    assert lines[2] == "Der Strom kostet dann 31,20 Cent statt 30,10 Cent je Kilowattstunde."


def test_transport_operator_fares_and_a_contradicting_number_is_left_out() -> None:
    # A bus company's fares: the words say dearer, the numbers say cheaper: no amount is said,
    # the day of the price sentence stays.
    lines = price_lines(
        "Die Fahrkarten werden teurer",
        "",
        ["Die Fahrkarten: der Preis sinkt von 3 Euro auf 2 Euro je Fahrt ab 1. Januar 2027."],
    )
    assert lines == ["Die Fahrkarten werden ab 1. Januar 2027 teurer."]


def test_two_days_for_prices_give_no_day() -> None:
    lines = price_lines(
        "Strom wird billiger",
        "Preise sinken zum 1. Mai 2026",
        ["Die Grundpreise sinken ab 1. Juni 2026."],
    )
    assert lines == ["Der Strom wird billiger."]


# --- a funding programme ----------------------------------------------------------------------------


def test_chamber_grant_cap_per_applicant_and_deadline() -> None:
    lines = funding_lines(
        "Neue Förderung für kleine Betriebe",
        "Zuschuss bis 4.000 Euro – Antragsfrist endet am 31. Oktober 2026",
        ["Der Zuschuss beträgt die Hälfte der Kosten, höchstens jedoch 4.000 Euro je Betrieb."],
    )
    assert lines == ["Ein Betrieb kann bis zu 4 tausend Euro bekommen.", "Anträge sind bis 31. Oktober 2026 möglich."]


def test_town_club_fund_and_a_whole_budget_is_no_cap() -> None:
    lines = funding_lines(
        "Stadt fördert Vereine",
        "",
        [
            "Für die Förderung stehen insgesamt 80.000 Euro bereit.",
            "Die Förderung beträgt bis zu 2.000 Euro pro Verein.",
            "Anträge können bis zum 15. März 2027 gestellt werden.",
        ],
    )
    assert lines == ["Ein Verein kann bis zu 2 tausend Euro bekommen.", "Anträge sind bis 15. März 2027 möglich."]


def test_deadline_of_something_else_and_no_grant() -> None:
    # A registration deadline is no application deadline; a release without a grant gets no line.
    assert funding_lines("Stadt sucht Helfer", "", ["Die Frist endet am 3. Mai 2026."]) == []
    assert funding_lines("Förderung für Sportvereine", "", ["Die Anmeldung endet am 3. Mai 2026."]) == []


# --- an incident's place ----------------------------------------------------------------------------


def test_police_and_fire_leads_name_one_place() -> None:
    police = "In Nordhausen und Südhausen war gestern ein Mann mit einem gestohlenen Auto unterwegs."
    assert incident_place(police) == "in Nordhausen und Südhausen"
    fire = "Am Montag brannte in der Lindenstraße in Oberwalden ein Carport."
    assert incident_place(fire) == "in der Lindenstraße in Oberwalden"
    crash = "Auf der Straße zwischen Altdorf und Neudorf ist ein Auto in den Graben gefahren."
    assert incident_place(crash) == "zwischen Altdorf und Neudorf"


def test_two_places_or_common_nouns_give_no_place() -> None:
    # A crime here, an arrest there: which place is the news's is not sure.
    assert incident_place("In Nordhausen stahl ein Mann ein Rad und wurde in Südhausen festgenommen.") is None
    assert incident_place("Ein Mann kam in Haft, nachdem er in der Nacht randaliert hatte.") is None
    # One part of a coordinated list of places would cut the rest.
    searched = "Beamte durchsuchten Räume in den Stadtteilen Nordend und Westend sowie in Brandenburg (Altdorf)."
    assert incident_place(searched) is None
    assert incident_place("Die Feuerwehr war in Altdorf und in Neudorf im Einsatz.") is None


def _placed(lead: str, organisation: str, kind: Kind, headline: str, lines: list[str]) -> list[str]:
    """The lines after the place step, on a built draft given the summary's title and lines."""
    draft = build(german_release("Meldung", lead + " Weitere Angaben folgen.", organisation=organisation))
    draft = replace(draft, kind=kind, headline=headline, lines=tuple(Line(text) for text in lines))
    return [line.text.replace("·", "") for line in with_place(draft).lines]


def test_police_report_place_goes_after_the_line_that_says_the_lead() -> None:
    lines = _placed(
        "In Nordhausen und Südhausen war heute früh ein Mann mit einem gestohlenen Roller unterwegs.",
        "Polizeidirektion Nordhausen",
        "police",
        "Die Polizei ermittelt",
        ["Die Polizei ermittelt.", "Ein Mann war mit einem gestohlenen Roller unterwegs."],
    )
    assert lines == [
        "Die Polizei ermittelt.",
        "Ein Mann war mit einem gestohlenen Roller unterwegs.",
        "Das war in Nordhausen und Südhausen.",
    ]


def test_fire_report_place_after_the_title_and_never_without_an_anchor() -> None:
    lead = "Am Montag hat in der Lindenstraße in Oberwalden ein Carport gebrannt."
    after_title = _placed(
        lead, "Freiwillige Feuerwehr Oberwalden", "fire", "Ein Carport hat gebrannt", ["Das Feuer ist aus."]
    )
    assert after_title[0] == "Der Ort ist: Lindenstraße in Oberwalden."
    # Neither the title nor a line says the lead's news: "Das" would point at something else.
    alone = _placed(
        lead, "Freiwillige Feuerwehr Oberwalden", "fire", "Die Feuerwehr lobt ihre Helfer", ["Das Feuer ist aus."]
    )
    assert alone == ["Das Feuer ist aus."]


def test_subtitle_order_without_article_whole_district_and_a_lifted_rule() -> None:
    # A district office's headline without an ordering verb; its subtitle names the order.
    lines = decree_lines(
        "Tierseuche bestätigt: Kreisweite Leinenpflicht ab Montag",
        "Allgemeinverfügung des Landkreises tritt am 9. Februar 2026 in Kraft",
        ["Verstöße gegen das Fütterungsverbot können mit einem Bußgeld von bis zu 2.000 Euro geahndet werden."],
    )
    # The fine is for another rule's breach: not said for this one.
    assert lines == ["Die Leinenpflicht gilt im ganzen Kreis.", "Die Leinenpflicht gilt ab 9. Februar 2026."]
    # A town lifts a ban: no start, no fine, nothing that reads as a new rule.
    lifted = decree_lines(
        "Stadt hebt Badeverbot am Stadtsee auf",
        "Die Verordnung tritt am 1. Juni 2026 außer Kraft",
        ["Die Verordnung tritt am 1. Juni 2026 in Kraft."],
    )
    assert lifted == []


def test_club_dues_and_town_fees_rise_in_a_plural_headline() -> None:
    club = price_lines(
        "Versammlung tagt – Kursgebühren steigen ab 2027 leicht",
        "",
        ["Der Vorstand legte neue Kursgebühren zum 1. Januar 2027 fest: die Gebühr steigt."],
    )
    assert club == ["Die Kursgebühren steigen ab 1. Januar 2027."]
    town = price_lines("Friedhofsgebühren sinken", "", ["Die Stadt hat neu gerechnet."])
    assert town == ["Die Friedhofsgebühren sinken."]
    # The headline's year and the body's day disagree: only the headline's year is said.
    mixed = price_lines("Parkgebühren steigen ab 2027", "", ["Die Parkgebühren steigen zum 1. Juli 2026."])
    assert mixed == ["Die Parkgebühren steigen ab 2027."]


def test_ministry_grant_keeps_cap_beside_a_negated_attribute_and_drops_a_conditional_deadline() -> None:
    lines = funding_lines(
        "Land startet Förderprogramm für Handwerk",
        "",
        [
            "Das Land zahlt die Förderung als nicht rückzahlbaren Zuschuss, maximal 20.000 Euro je Betrieb.",
            "Die Antragsfrist läuft bis zum 31. Juli 2027, solange das Geld im Topf reicht.",
        ],
    )
    assert lines == ["Ein Betrieb kann bis zu 20 tausend Euro bekommen."]


# --- a study result ---------------------------------------------------------------------------------


def test_university_and_institute_findings_in_verb_second_order() -> None:
    university = study_lines(
        ["Ein Forschungsteam der Universität Nordheim hat gezeigt, dass ältere Menschen seltener einsam sind."],
    )
    assert university == ["Forscher haben heraus·gefunden: Ältere Menschen sind seltener einsam."]
    institute = study_lines(
        ["Die Wissenschaftlerinnen des Instituts haben nachgewiesen, dass große Hunde nicht länger leben."],
    )
    assert institute == ["Forscher haben heraus·gefunden: Große Hunde leben nicht länger."]


def test_no_research_frame_two_verbs_or_a_pronoun_give_no_finding() -> None:
    # A company's claim is no research finding.
    assert study_lines(["Die Firma hat gezeigt, dass Kunden zufrieden sind."]) == []
    two = ["Die Studie zeigt, dass die Preise steigen und die Löhne sinken."]
    assert study_lines(two) == []
    assert study_lines(["Die Forschenden haben herausgefunden, dass sie mehr schlafen."]) == []


def test_cap_per_week_is_no_applicant_and_an_ended_rule_is_no_rule() -> None:
    weekly = funding_lines("Förderung für Pflege", "", ["Der Zuschuss beträgt höchstens 100 Euro je Woche."])
    assert weekly == []
    ended = decree_lines(
        "Keine Maskenpflicht mehr: Stadt erlässt neue Verordnung", "", ["Die Verordnung gilt ab 1. Mai 2026."]
    )
    assert ended == []


def test_scope_of_an_order_only_from_its_for_frame() -> None:
    district = decree_lines(
        "Landratsamt ordnet Leinenpflicht an",
        "",
        [
            "Das Landratsamt hat eine Allgemeinverfügung erlassen, mit der für sämtliche Hundehalter in der Stadt "
            "Nordheim sowie in den Gemeinden Altdorf und Neudorf eine Leinenpflicht angeordnet wird."
        ],
    )
    assert district == ["Die Leinenpflicht gilt in Nordheim, Altdorf und Neudorf."]
    town = decree_lines(
        "Stadt erlässt Grillverbot",
        "",
        ["Für alle Grünanlagen in den Stadtteilen Westend und Nordend gilt ab sofort ein Grillverbot."],
    )
    assert town == ["Das Grillverbot gilt in Westend und Nordend."]
    # The outbreak's place is not the rule's: no "für … in …" frame, no place.
    outbreak = decree_lines(
        "Kreis ordnet Stallpflicht an",
        "",
        ["Nachdem in der Gemeinde Altdorf die Seuche bestätigt wurde, ordnet der Kreis eine Stallpflicht an."],
    )
    assert outbreak == []
