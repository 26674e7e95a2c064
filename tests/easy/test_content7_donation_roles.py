"""Session 7 (issue 16): a donation names who gives; a personnel release keeps who is new, not the
coach or head who only welcomes them in a quote.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.donation import find_donation
from tests.fixtures.releases import german_release


def _body(release: Release) -> list[str]:
    text = summary_text(summarise(release).release).replace("·", "")
    return [line for line in text.split("## Worum geht es?")[1].split("## ")[0].splitlines() if line]


def test_giver_of_the_receiver_form_from_a_handing_over_sentence() -> None:
    # A choir hands over, the receiver's sentence has the amount (two sentences, two forms).
    found = find_donation(
        [
            "Am Montag übergab der Chor Lindental das Geld an die Tafel Nordheim.",
            "Die Tafel Nordheim erhielt eine Spende von 600 Euro.",
        ]
    )
    assert found is not None
    assert (found.giver, found.giver_verb) == ("Der Chor Lindental", "hat das Geld übergeben")


def test_no_giver_when_the_money_goes_elsewhere_or_is_hedged() -> None:
    other = find_donation(
        ["Am Montag übergab der Chor das Geld an den Tierpark.", "Die Tafel erhielt eine Spende von 600 Euro."]
    )
    assert other is not None and other.giver is None
    hedged = find_donation(["Der Chor soll das Geld an die Tafel übergeben.", "Die Tafel erhielt eine Spende von 600 Euro."])
    assert hedged is not None and hedged.giver is None


def test_company_and_club_donations_name_the_giver_in_the_summary() -> None:
    for release, giver in (
        (
            german_release(
                "Geld für die Tafel",
                "Die Bäckerei Korn spendet 400 Euro an die Tafel Südheim. Die Tafel kauft davon Lebensmittel.",
                organisation="Tafel Südheim",
            ),
            "Die Bäckerei Korn spendet 400 Euro",
        ),
        (
            german_release(
                "Lauf für den guten Zweck",
                "Der Laufverein Ostheim übergab 900 Euro an das Kinderhospiz Ostheim.",
                organisation="Laufverein Ostheim",
            ),
            "Der Laufverein Ostheim hat 900 Euro übergeben",
        ),
    ):
        # The giver with the amount, in the title or the body; and who gets the money.
        text = summary_text(summarise(release).release).replace("·", "")
        said = [text.splitlines()[0], *_body(release)]
        assert any(line.startswith(giver) for line in said), text
        assert any(" an d" in line for line in said), text


def test_personnel_release_keeps_the_newcomer_not_the_welcoming_coach() -> None:
    for release, side in (
        (
            german_release(
                "Neuzugang im Team",
                "Neuzugang Paul Beispiel kommt aus Südheim zum Handballverein Nordheim.",
                "Cheftrainer Max Muster:",
                "„Wir freuen uns sehr auf Paul. Er hält seit vielen Jahren stark.“",
                organisation="Handballverein Nordheim",
                issued=date(2024, 7, 1),
            ),
            "Max Muster",
        ),
        (
            german_release(
                "Neue Leiterin der Bücherei",
                "Die neue Leiterin Anna Beispiel übernimmt ab Mai die Stadtbücherei Westheim.",
                "Bürgermeister Karl Muster:",
                "„Wir gratulieren herzlich. Frau Beispiel kennt die Bücherei seit vielen Jahren.“",
                organisation="Stadt Westheim",
            ),
            "Karl Muster",
        ),
    ):
        body = _body(release)
        assert not any(line.startswith(side + " ist ") for line in body), body


def test_a_giver_named_by_its_abbreviation_is_written_out_from_the_release() -> None:
    # A club (masculine, genitive "des …s") and a foundation (feminine, genitive "der …").
    club = find_donation(
        [
            "Beim Lauf des Turnvereins Seefeld (TVS) kam viel Geld zusammen.",
            "Am Montag übergab der TVS das Geld an die Tafel Seefeld.",
            "Die Tafel Seefeld erhielt eine Spende von 700 Euro.",
        ]
    )
    assert club is not None and club.giver == "Der Turnverein Seefeld"
    foundation = find_donation(
        [
            "Die Idee kam von der Jury der Bürgerstiftung Nordheim (BSN).",
            "Am Freitag übergab die BSN das Geld an den Kinderschutzbund.",
            "Der Kinderschutzbund erhielt eine Spende von 300 Euro.",
        ]
    )
    assert foundation is not None and foundation.giver == "Die Bürgerstiftung Nordheim"


def test_the_newcomer_joins_the_sender() -> None:
    for release, line in (
        (
            german_release(
                "Neuzugang im Tor",
                "Unser neuer Torwart Jonas Beispiel kommt vom FC Südheim. Er spielt ab Juli bei uns.",
                organisation="Handballverein Nordheim",
            ),
            "Jonas Beispiel ist jetzt beim Handballverein Nordheim.",
        ),
        (
            german_release(
                "Neue Leiterin im Bürgerbüro",
                "Unsere neue Leiterin Maria Muster hat am Montag ihre Arbeit begonnen.",
                organisation="Stadtverwaltung Westheim",
            ),
            "Maria Muster ist jetzt bei der Stadtverwaltung Westheim.",
        ),
    ):
        title = summary_text(summarise(release).release).splitlines()[0].replace("·", "")
        assert line in [title + ".", *_body(release)], (title, _body(release))


def test_a_former_member_is_no_newcomer() -> None:
    release = german_release(
        "Abschied",
        "Unser ehemaliger Trainer Paul Muster hat den Verein verlassen.",
        organisation="Turnverein Ostheim",
    )
    assert not any(" ist neu " in line for line in _body(release))
