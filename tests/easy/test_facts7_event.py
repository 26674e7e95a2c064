"""Session 7 (issue 16, round 2): the event's facts, not the message's.

The date of what happened (two-day spans, a handover day), the sum collected and who benefits, an
appeal's object, no headline echo. Every release here is invented for these tests (senders, places,
dates, sums); none is a corpus file. Each rule is exercised by releases of two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.collected import Collected, find_collected
from pressconv.transforms.easy.donation import find_donation
from pressconv.transforms.easy.when import find_moments
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

# --- two-day spans (when.py)


def test_two_days_of_one_month_are_one_span() -> None:
    found = find_moments("Der Verein feierte am 3. und 4. Juni sein Fest.", date(2023, 6, 20))
    first = next(m for m in found if not m.range_end)
    assert (first.day, first.until) == (date(2023, 6, 3), date(2023, 6, 4))
    # The second day is never the day of the event by itself.
    assert all(m.range_end for m in found if m.day == date(2023, 6, 4))


def test_two_days_with_a_slash_and_two_days_apart() -> None:
    slash = find_moments("Die Kontrollen waren am 11./12. Oktober 2025 in Südheim.", None)
    assert any(m.until == date(2025, 10, 12) and m.day == date(2025, 10, 11) for m in slash)
    apart = find_moments("Die Sprechstunde ist am 3. und 5. März.", date(2025, 2, 1))
    # Not a span and not one day: nothing is the day to state.
    assert not any(m.until for m in apart)
    assert all(m.range_end for m in apart)


@pytest.mark.parametrize(
    ("title", "text", "organisation", "expected"),
    [
        (
            "Radtour für den guten Zweck",
            "Der Radsportverein Nordheim hat am 14. und 15. Mai seine Spenden-Radtour gemacht. "
            "Die Fahrer sind 120 Kilometer gefahren.",
            "Radsportverein Nordheim",
            "Die Spenden-Radtour war am Samstag und Sonntag, 14. und 15. Mai 2022.",
        ),
        (
            "Festakt im Rathaus",
            "Am Mittwoch, 9. März, war im Rathaus Südheim ein Festakt für die Ehrenamtlichen. "
            "Die Stadt hat 40 Menschen geehrt.",
            "Stadt Südheim",
            "Der Festakt war am Mittwoch, 9. März 2022.",
        ),
    ],
)
def test_the_occasion_is_told_with_its_own_date(title: str, text: str, organisation: str, expected: str) -> None:
    release = german_release(title, text, organisation=organisation, issued=date(2022, 6, 19))
    _, body = title_and_body(release)
    assert expected in body, body
    assert not any("Nachricht" in line for line in body), body


# --- money collected (collected.py) and a donation's handover day (donation.py)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Spendensumme von ca. 2500,00 €, die beim Lauf eingefahren wurde, soll überwiegend "
            "dem Hospizverein Nordstadt e.V. zugute kommen.",
            Collected("etwa 2 500 Euro", "vor allem dem Hospizverein Nordstadt", planned=True),
        ),
        (
            "Beim Adventsbasar der Kirchengemeinde kamen rund 800 Euro an Spenden zusammen.",
            Collected("rund 800 Euro"),
        ),
        (
            "Die Schülerinnen haben 1.350 Euro Spenden gesammelt, die der Tafel Westheim zugute kommen.",
            Collected("1 350 Euro", "der Tafel Westheim"),
        ),
    ],
)
def test_collected_sum_and_beneficiary(sentence: str, expected: Collected) -> None:
    assert find_collected([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Beim Lauf wurden keine Spenden gesammelt, obwohl 500 Euro geplant waren.",  # negation
        "Wenn 900 Euro Spenden zusammenkommen, bekommt der Verein einen Preis.",  # condition
        "Der Lauf hat 300 Euro Spenden und 200 Euro Startgeld eingebracht.",  # two sums
    ],
)
def test_no_collected_sum_when_unclear(sentence: str) -> None:
    assert find_collected([sentence]) is None


def test_collected_money_reaches_the_summary_for_a_club_and_a_school() -> None:
    for release, lines in (
        (
            german_release(
                "Lauf bringt Spenden",
                "Der Laufverein Osthausen hat am Sonntag einen Spendenlauf gemacht. "
                "Die Spendensumme von ca. 800,00 €, die beim Lauf eingefahren wurde, soll überwiegend "
                "dem Hospizverein Osthausen e.V. zugute kommen.",
                organisation="Laufverein Osthausen",
                issued=date(2023, 9, 12),
            ),
            ["Die Spenden sind insgesamt etwa 800 Euro.", "Das Geld soll vor allem dem Hospizverein Osthausen helfen."],
        ),
        (
            german_release(
                "Schulfest für die Tafel",
                "Die Gesamtschule Westheim hat ein Schulfest gefeiert. Beim Fest kamen rund 600 Euro an Spenden zusammen.",
                organisation="Gesamtschule Westheim",
                issued=date(2023, 7, 3),
            ),
            ["rund 600 Euro"],
        ),
    ):
        _, body = title_and_body(release)
        for line in lines:
            # The template line, or the source sentence that says the same (the sum and its words).
            assert line in body or any(line in b and "Spenden" in b for b in body), body


def test_a_donation_keeps_its_handover_day() -> None:
    found = find_donation(["Am 29.07.2024 empfingen die Landfrauen die Spende von 300 Euro."], date(2024, 8, 12))
    assert found is not None and found.day == date(2024, 7, 29)
    # A day still to come is a plan, not a handover: left out.
    later = find_donation(["Am 29.09.2024 empfingen die Landfrauen die Spende von 300 Euro."], date(2024, 8, 12))
    assert later is not None and later.day is None
    release = german_release(
        "Spende an die Feuerwehr",
        "Am 3. Mai 2024 erhielt die Jugendfeuerwehr Nordheim eine Spende von 500 Euro.",
        organisation="Sparkasse Nordheim",
        issued=date(2024, 5, 10),
    )
    _, body = title_and_body(release)
    assert "Die Jugendfeuerwehr Nordheim hat das Geld am Freitag, 3. Mai 2024 bekommen." in body, body


# --- an appeal names its object (facts._sought)


def test_appeal_names_its_object_with_the_gender_the_text_shows() -> None:
    for sender in ("Polizeipräsidium Nordheim", "Kriminalpolizei Südheim"):
        release = german_release(
            "Wer kennt diese Bronzeplastik?",
            "Die Polizei hat bei einer Durchsuchung in Nordheim eine Bronzeplastik sichergestellt. "
            "Hinweise nimmt die Polizei entgegen.",
            organisation=sender,
            issued=date(2024, 3, 5),
        )
        title, body = title_and_body(release)
        assert "Die Polizei sucht Hinweise zu einer Bronzeplastik" in [title, *(b.rstrip(".") for b in body)]


# --- no "Es geht um: <headline>" under a title that names the topic


def test_no_topic_line_under_a_title_that_names_it() -> None:
    for release in (
        german_release(
            "Geschwindigkeitsmessungen",
            "Die Polizei Nordheim misst auch im Mai die Geschwindigkeit an Schulen.",
            organisation="Polizei Nordheim",
            issued=date(2024, 4, 25),
        ),
        german_release(
            "Jahresbericht 2023",
            "Der Landesrechnungshof hat seinen Jahresbericht 2023 vorgelegt.",
            organisation="Landesrechnungshof Südland",
            issued=date(2024, 4, 25),
        ),
    ):
        title, body = title_and_body(release)
        assert not any(line.startswith("Es geht um:") for line in body), (title, body)


def test_fact_guard_reads_digit_groups_as_the_source_number() -> None:
    from pressconv.transforms.easy.verify import FactGuard

    for source, ok, wrong in (
        ("Der Lauf brachte ca. 2500,00 € Spenden.", "Die Spenden sind etwa 2 500 Euro.", "Die Spenden sind 3 500 Euro."),
        ("Die Stadt zählte 12400 Besucher.", "Es waren 12 400 Besucher.", "Es waren 12 500 Besucher."),
    ):
        guard = FactGuard(source, derived=[], vocabulary=frozenset())
        assert not [f for f in guard.failures(ok) if f.check == "guard.fact"], ok
        assert [f for f in guard.failures(wrong) if f.check == "guard.fact"], wrong


# --- a cooperation names whom it is for (facts._purpose)


def test_a_signed_agreement_names_whom_it_is_for() -> None:
    for release, line in (
        (
            german_release(
                "Vertrag für mehr Sicherheit",
                "Die Polizei Nordheim und die Stadt Nordheim haben heute einen Kooperationsvertrag "
                "unterzeichnet, um die Sicherheit der jüngeren Kinder auf dem Schulweg zu verbessern.",
                kicker="Gemeinsame Meldung Polizei Nordheim und Stadt Nordheim",
                issued=date(2024, 9, 2),
            ),
            "Der Kooperationsvertrag ist für jüngere Kinder.",
        ),
        (
            german_release(
                "Vereinbarung mit dem Sportbund",
                "Der Turnverein Südheim und der Kreissportbund Südheim haben eine Kooperationsvereinbarung "
                "unterzeichnet, um die Gesundheit älterer Menschen im Landkreis zu fördern.",
                kicker="Gemeinsame Meldung Turnverein Südheim und Kreissportbund Südheim",
                issued=date(2024, 9, 2),
            ),
            "Die Kooperationsvereinbarung ist für ältere Menschen.",
        ),
    ):
        _, body = title_and_body(release)
        assert line in body, body


def test_no_purpose_line_for_two_groups_or_a_negation() -> None:
    from pressconv.transforms.easy.facts import _purpose

    assert _purpose("Die Stadt hat eine Rahmenvereinbarung unterzeichnet, um Kinder und ältere Menschen zu fördern.") is None
    assert _purpose("Die Stadt hat eine Rahmenvereinbarung unterzeichnet, um nicht älterer Menschen zu gedenken.") is None
    assert (
        _purpose("Die Stadt hat eine Rahmenvereinbarung unterzeichnet, um die Teilhabe älterer Menschen zu fördern.")
        == "Die Rahmenvereinbarung ist für ältere Menschen."
    )


def test_an_event_told_in_the_past_on_the_release_day_is_past() -> None:
    # A club or an office writes the same evening about what happened that day: "war", not "ist".
    from tests.fixtures.releases import german_release

    for sender, lead in (
        (
            "Turnverein Nordheim",
            "Am Samstag, 2. März 2024, feierte der Turnverein Nordheim mit einem Festakt sein Jubiläum.",
        ),
        ("Stadt Westheim", "Am Samstag, 2. März 2024, hat die Stadt Westheim mit einem Festakt das neue Rathaus eröffnet."),
    ):
        text = summary_text(summarise(german_release("Festakt", lead, issued=date(2024, 3, 2), organisation=sender)).release)
        assert "Der Festakt war am Samstag, 2. März 2024." in text, text
        assert not text.startswith("Es gibt einen Festakt"), text  # the title reports it too
