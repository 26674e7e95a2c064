"""Session 8 (issue 16): a newcomer who returns to the sender is said to come back, only when said so.

Every release and sentence here is invented for these tests; none is a corpus file. The senders are a
sports club and a theatre (two kinds of sender announcing a newcomer in the first person).
"""

from __future__ import annotations

from pressconv.transforms.easy.donation import find_donation, money_source, money_use
from pressconv.transforms.easy.joins import returns
from pressconv.transforms.easy.ours import SenderForms, name_ours
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


def test_return_cues_in_the_senders_words() -> None:
    assert returns(["Herzlich willkommen zurück beim TV Altbach!"], "Jana Beispiel")
    assert returns(["Nach zwei Jahren in Köln kehrt Jana zu uns zurück."], "Jana Beispiel")
    assert returns(["Tom Muster spielt jetzt wieder bei unserem Theater."], "Tom Muster")
    # Another person comes back, or the return is denied: nothing is said.
    assert not returns(["Nach der Pause kehrt Eva zurück."], "Jana Beispiel")
    assert not returns(["Jana kehrt nicht zurück."], "Jana Beispiel")
    assert not returns(["Jana Beispiel ist neu im Team."], "Jana Beispiel")


def test_a_club_and_a_theatre_say_that_the_newcomer_comes_back() -> None:
    club = german_release(
        "Neuzugang Jana Beispiel",
        "Unser Neuzugang Jana Beispiel spielt ab März in der ersten Mannschaft. "
        "Jana hat als Kind bei uns Handball gelernt. Willkommen zurück!",
        organisation="Turnverein Altbach",
    )
    body = title_and_body(club)[1]
    assert "Jana Beispiel kommt zurück zum Turnverein Altbach." in body

    theatre = german_release(
        "Neuzugang im Theater",
        "Unser neuer Schauspieler Tom Muster ist ab Mai im Ensemble. Willkommen zurück!",
        organisation="Theater Seedorf",
    )
    assert "Tom Muster kommt zurück zum Theater Seedorf." in title_and_body(theatre)[1]

    new = german_release(
        "Neuzugang Lea Probe",
        "Unser Neuzugang Lea Probe spielt ab März in der ersten Mannschaft.",
        organisation="Turnverein Altbach",
    )
    assert not any("zurück" in line for line in title_and_body(new)[1])


def test_money_source_names_the_one_fundraising_event() -> None:
    assert money_source(["Beim Sponsorenlauf sind die Kinder viele Runden gelaufen."]) == (
        "Das Geld kommt von einem Sponsorenlauf."
    )
    assert money_source(["Das Benefizkonzert war ausverkauft."]) == "Das Geld kommt von einem Benefizkonzert."
    # Two events, or an event denied: which one raised the money is not plain.
    assert money_source(["Der Sponsorenlauf war im Mai.", "Das Benefizkonzert war im Juni."]) is None
    assert money_source(["Ein Benefizkonzert gab es nicht."]) is None
    assert money_source(["Die Spenden kamen von vielen Menschen."]) is None


def test_a_school_and_a_choir_say_where_the_donated_money_came_from() -> None:
    school = german_release(
        "Schule spendet an Kinderhilfe",
        "Die Grundschule Altbach spendet 800 Euro an die Kinderhilfe Seedorf. "
        "Das Geld haben die Kinder beim Sponsorenlauf im Juni gesammelt.",
        organisation="Grundschule Altbach",
    )
    assert "Das Geld kommt von einem Sponsorenlauf." in title_and_body(school)[1]

    choir = german_release(
        "Chor spendet an Tafel",
        "Der Chor Seedorf spendet 450 Euro an die Tafel Altbach. Der Chor hat im Mai ein Benefizkonzert gegeben.",
        organisation="Chor Seedorf",
    )
    assert "Das Geld kommt von einem Benefizkonzert." in title_and_body(choir)[1]

    # No donation in the release: an event alone is no source of money the summary states.
    fair = german_release(
        "Sommerfest mit Benefizkonzert",
        "Der Chor Seedorf lädt am Samstag zu einem Benefizkonzert ein.",
        organisation="Chor Seedorf",
    )
    assert not any("Das Geld kommt" in line for line in title_and_body(fair)[1])


def test_unser_with_a_strong_adjective_names_its_case() -> None:
    club = SenderForms("der Turnverein Altbach", "den Turnverein Altbach", "dem Turnverein Altbach")
    theatre = SenderForms("das Theater Seedorf", "das Theater Seedorf", "dem Theater Seedorf")
    assert name_ours("Unser neuer Trainer Max Muster leitet das Training.", club) == (
        "Der neue Trainer Max Muster leitet das Training."
    )
    assert name_ours("Unser neues Stück hat am Freitag Premiere.", theatre) == (
        "Das neue Stück vom Theater Seedorf hat am Freitag Premiere."
    )
    # Bare "unser" without an adjective may be masculine or neuter: the sentence stays for the verifier.
    assert name_ours("Unser Stück hat am Freitag Premiere.", theatre) == "Unser Stück hat am Freitag Premiere."


def test_a_club_announcing_its_new_coach_keeps_the_coachs_sentence() -> None:
    release = german_release(
        "Neuer Trainer beim Turnverein",
        "Unser neuer Trainer Max Muster übernimmt ab dem 1. Juli die erste Mannschaft. "
        "Max Muster kommt vom FC Seedorf. Er war dort drei Jahre Co-Trainer.",
        organisation="Turnverein Altbach",
    )
    assert "Der neue Trainer Max Muster übernimmt die erste Mannschaft." in title_and_body(release)[1]


def test_a_donation_to_a_dative_receiver_names_giver_and_receiver() -> None:
    found = find_donation(["Die Schule hat der örtlichen Tafel 250 Euro überreicht."])
    assert found is not None and found.to == "an die örtliche Tafel" and found.amount == "250 Euro"
    found = find_donation(["Die Firma übergab dem Sportverein Altbach rund 300 Euro."])
    assert found is not None and found.to == "an den Sportverein Altbach"
    # A noun of unknown gender after "dem", or a plural receiver: the article is not certain.
    assert find_donation(["Wir spenden den Kindern 100 Euro."]) is None

    club = german_release(
        "Spende für die Tafel",
        "Der Rotary Club Seedorf hat der Tafel Altbach 2000 Euro gespendet. Die Tafel kauft davon einen neuen Kühlschrank.",
        organisation="Rotary Club Seedorf",
    )
    body = title_and_body(club)[1]
    assert "Der Rotary Club Seedorf hat 2000 Euro gespendet." in body
    assert "Das Geld ist an die Tafel Altbach gegangen." in body
    assert "Die Tafel kauft vom Geld einen neuen Kühlschrank." in body


def test_money_use_only_right_after_the_money_and_without_a_condition() -> None:
    assert money_use(["Die Schule spendet 300 Euro.", "Der Verein kauft damit neue Trikots."]) == [
        "Der Verein kauft mit dem Geld neue Trikots."
    ]
    assert money_use(["Das Wetter war schön.", "Der Verein kauft davon neue Trikots."]) == []
    assert (
        money_use(["Die Schule spendet 300 Euro.", "Der Verein will davon vielleicht Bälle kaufen, wenn es reicht."]) == []
    )
    assert money_use(["Die Schule spendet 300 Euro.", "Der Verein kauft davon keine Bälle."]) == []
