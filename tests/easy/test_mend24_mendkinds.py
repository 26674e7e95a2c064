"""Session 24 mends of the kind mechanisms: where a fact cannot be sure, the mechanism says nothing.

Every release here is invented; each finding has the reviewer's input (or one like it) and one of a
second sender kind.
"""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.facts import _missing
from pressconv.transforms.easy.missing import last_seen, since_next
from pressconv.transforms.easy.notices import supply_cut
from pressconv.transforms.easy.recalls import lot_actions, reason_lines
from pressconv.transforms.easy.safety import recall_lines
from pressconv.transforms.easy.scams import trick_lines
from tests.easy.support import easy_body, easy_text

ISSUED = date(2024, 3, 1)

# 1. The sought one is the head noun after "Suche nach"; two sought are never named alone.


def test_search_for_a_dog_of_a_girl_names_no_missing_girl() -> None:
    text = easy_text(
        "Hund vermisst – wer hat Bello gesehen?",
        "Die Polizei Nordhafen bittet um Mithilfe bei der Suche nach dem Hund der 9-jährigen Mia Roth aus "
        "Feldheim. Der Hund wird seit Montag, 26. Februar 2024, vermisst.",
        organisation="Polizeipräsidium Nordhafen",
    )
    assert "sucht Mia Roth" not in text
    assert "Mia Roth ist seit" not in text


def test_genitive_person_after_missing_is_not_the_missing_one() -> None:
    # A second sender kind (an animal shelter): "Vermisst wird der Kater der 8-jährigen …".
    assert _missing("Vermisst wird der Kater der 8-jährigen Ida Klee aus Brunnau.") is None
    assert _missing("Vermisst wird die 8-jährige Ida Klee aus Brunnau.") == ("Ida Klee", "8")


def test_two_sought_never_name_one_alone() -> None:
    assert (
        _missing("Die Polizei bittet um Mithilfe bei der Suche nach der 14-jährigen Mia Roth und ihrem Bruder Ben Roth.")
        is None
    )
    assert _missing("Die Bergwacht sucht die 16-jährige Jana Ecker aus Wiesberg sowie ihre Freundin.") is None
    text = easy_text(
        "Zwei Jugendliche vermisst",
        "Die Polizei Nordhafen bittet um Mithilfe bei der Suche nach der 14-jährigen Mia Roth und ihrem Bruder "
        "Ben Roth aus Feldheim. Die Geschwister werden seit Montag, 26. Februar 2024, vermisst.",
        organisation="Polizeipräsidium Nordhafen",
    )
    assert "sucht Mia Roth" not in text
    assert "Haben Sie Mia Roth gesehen" not in text


# 2. Only a noun that can be the person takes the person up in the "seit … vermisst" sentence.


def test_another_persons_noun_gives_no_since_day() -> None:
    body = [
        "Die Polizei Nordhafen sucht mit Hilfe der Bevölkerung nach der 15-jährigen Lena Vogt aus Talbach.",
        "Lena Vogt war am Montag mit ihrer Freundin unterwegs.",
        "Die Freundin wird seit Dienstag, 27. Februar 2024, vermisst.",
    ]
    assert since_next(body, "Lena Vogt", ISSUED) is None
    text = easy_body("Vermisste 15-Jährige", " ".join(body), organisation="Polizeipräsidium Nordhafen")
    assert "Lena Vogt ist seit" not in text


def test_taking_up_noun_of_the_person_still_gives_the_day() -> None:
    # A second sender kind (a federal police office) and the age noun the release gave the person.
    body = [
        "Die Bundespolizei sucht den 16-jährigen Paul Denk aus Osterau.",
        "Der 16-Jährige wird seit Sonntag, 25. Februar 2024, vermisst.",
    ]
    assert since_next(body, "Paul Denk", date(2024, 3, 1)) == date(2024, 2, 25)
    other = [
        "Die Bundespolizei sucht den 16-jährigen Paul Denk aus Osterau.",
        "Der Begleiter wird seit Sonntag, 25. Februar 2024, vermisst.",
    ]
    assert since_next(other, "Paul Denk", date(2024, 3, 1)) is None
    second = ["Paul Denk war mit einem Jungen unterwegs.", "Der Junge wird seit Sonntag, 25. Februar 2024, vermisst."]
    assert since_next(second, "Paul Denk", date(2024, 3, 1)) is None


# 3. The sighting's place stays in the clause of "gesehen"; never across a comma.


def test_last_seen_never_crosses_a_comma_into_another_clause() -> None:
    body = ["Zuletzt gesehen wurde sie am Montag, ihr Rucksack wurde von einem Zeugen am Bahnhof Talbach gefunden."]
    assert last_seen(body, "Lena Vogt") is None
    text = easy_body(
        "Vermisste 15-Jährige",
        "Die Polizei Nordhafen sucht die 15-jährige Lena Vogt aus Talbach.",
        body[0],
        organisation="Polizeipräsidium Nordhafen",
    )
    assert "gefunden gesehen" not in text
    assert "Bahnhof Talbach" not in text


def test_last_seen_place_with_a_verb_is_no_place() -> None:
    # A second sender kind (a water rescue service).
    body = ["Zuletzt gesehen hat ihn eine Nachbarin, seine Jacke wurde von einem Anwohner am Ufer entdeckt."]
    assert last_seen(body, "Karl Mohn") is None
    good = ["Zuletzt gesehen wurde er von einer Zeugin an der Bushaltestelle Marktplatz, wo er wartete."]
    assert last_seen(good, "Karl Mohn") == "an der Bushaltestelle Marktplatz"


# 4. A supply cut whose limit, possibility, second span or places the template would lose.

_ISSUED_CUT = date(2026, 4, 20)


def test_supply_cut_refuses_what_the_template_would_lose() -> None:
    for sentence in [
        "Betroffen ist die Trinkwasserversorgung in der Hauptstraße und im Lindenweg am Dienstag, 28. April, "
        "von 8 bis 15 Uhr.",
        "Die Stromversorgung wird am Dienstag, 28. April, von 9 bis 12 Uhr nur in den Hausnummern 1 bis 20 unterbrochen.",
        "Während der Arbeiten am Dienstag, 28. April, von 8 bis 12 Uhr kann es zu einer Unterbrechung der "
        "Stromversorgung kommen.",
        "Die Stromversorgung wird am Dienstag, 28. April, zwischen 9 und 12 Uhr für jeweils 30 Minuten "
        "unterbrochen, von 13 bis 14 Uhr ist der Strom da.",
    ]:
        assert supply_cut([sentence], _ISSUED_CUT) == ([], []), sentence


def test_supply_cut_of_a_grid_operator_refuses_partial_and_possible() -> None:
    # A second sender kind (a gas grid operator rather than Stadtwerke).
    for sentence in [
        "Die Gasversorgung wird am Mittwoch, 29. April, von 7 bis 11 Uhr teilweise unterbrochen.",
        "Die Gasversorgung könnte am Mittwoch, 29. April, von 7 bis 11 Uhr unterbrochen werden.",
        "Die Gasversorgung ist am Mittwoch, 29. April, von 7 bis 9 Uhr und von 10 bis 11 Uhr unterbrochen.",
    ]:
        assert supply_cut([sentence], _ISSUED_CUT) == ([], []), sentence
    whole = "Die Gasversorgung ist am Mittwoch, 29. April, von 7 bis 11 Uhr unterbrochen."
    assert supply_cut([whole], _ISSUED_CUT)[0][-1] == "Die Gas·versorgung ist von 7 Uhr bis 11 Uhr unterbrochen."


# 5. A fraud trick under a negation or denial anywhere in the sentence; the channel from its own clause.


def test_trick_denied_after_the_match_is_left_out() -> None:
    text = easy_body(
        "Warnung vor Betrügern",
        "Die Polizei Nordau warnt vor Betrug am Telefon. Täter, die sich als Wasserwerker ausgeben, sind in "
        "Nordau bisher nicht bekannt.",
        organisation="Polizei Nordau",
    )
    assert "Wasserwerker aus" not in text
    assert trick_lines([], ["Betrug: Anrufer, die sich als Bankmitarbeiter ausgeben, sind echte Mitarbeiter."]) == []


def test_trick_of_a_bank_sender_takes_the_channel_from_its_own_clause() -> None:
    # A second sender kind (a savings bank).
    body = ["Die Sparkasse warnt vor Betrug.", "Die Täter gaben sich als Boten aus, eine Anruferin dagegen als Enkelin."]
    assert trick_lines([], body) == ["Täter haben sich als Boten ausgegeben."]
    assert trick_lines([], ["Die Sparkasse warnt vor Betrug.", "Betrüger geben sich als Boten aus, die keine sind."]) == []


# 6. A recall's reason only where germs or foreign bodies were found or may be in this product.


def test_recall_reason_of_a_missing_test_or_another_batch_is_left_out() -> None:
    assert (
        reason_lines([], ["Die Firma ruft Eier zurück, weil die vorgeschriebene Untersuchung auf Salmonellen fehlte."]) == []
    )
    assert (
        reason_lines([], ["Die Firma ruft die Salami zurück.", "Listerien wurden nur in einer anderen Charge nachgewiesen."])
        == []
    )
    text = easy_body(
        "Rückruf von Eiern",
        "Die Geflügelhof Sonne GmbH ruft Eier der Marke „Sonnenei“ zurück, weil die vorgeschriebene Untersuchung "
        "auf Salmonellen fehlte.",
        organisation="Geflügelhof Sonne GmbH",
    )
    assert "Keime" not in text


def test_recall_reason_of_an_authority_still_said_where_found() -> None:
    # A second sender kind (a state food-control office).
    body = ["Das Landesamt meldet einen Rückruf von Käse.", "In einer Probe wurden Listerien nachgewiesen."]
    assert reason_lines([], body) == ["Im Produkt können Keime sein."]
    untested = ["Das Landesamt meldet einen Rückruf von Käse.", "Der Käse wurde ohne Prüfung auf Listerien verkauft."]
    assert reason_lines([], untested) == []


# 7. The do-not-eat advice of a narrower group, and a negated return, are never said to all.


def test_narrow_group_advice_and_negated_return_are_left_out() -> None:
    body = [
        "Losnummer: L4711",
        "Menschen mit einer Milchallergie sollten das Produkt nicht verzehren.",
        "Das Produkt kann nicht im Markt zurückgegeben werden.",
    ]
    assert lot_actions(body) == []
    assert lot_actions(
        ["Losnummer: L4711", "Bitte nicht verzehren.", "Das Produkt kann im Markt zurückgegeben werden."]
    ) == [
        "Essen Sie das Produkt mit der Losnummer L4711 nicht.".replace("Losnummer", "Los·nummer"),
        "Sie können das Produkt im Geschäft zurückgeben.",
    ]


def test_trader_recall_lines_refuse_narrow_group_and_negated_return() -> None:
    # A second sender kind (a supermarket chain), read by safety.recall_lines.
    body = [
        "Schwangere sollten den Käse nicht essen.",
        "Der Käse kann nicht in der Filiale zurückgegeben werden.",
    ]
    lines = recall_lines(["Die Frischmarkt GmbH ruft „Bergkäse mild“ zurück."], body)
    assert not any(line.startswith("Essen Sie") for line in lines)
    assert "Sie können das Produkt im Geschäft zurückgeben." not in lines


def test_negation_inside_the_callers_reported_lie_keeps_the_trick() -> None:
    # Indirect speech (Konjunktiv I) after a verb of saying is the lie, not the sender's denial.
    body = [
        "Die Verbraucherzentrale warnt vor Betrug.",
        "Die Anrufer gaben sich als Stromableser aus und behaupteten, der Zähler sei nicht geeicht.",
    ]
    assert trick_lines([], body) == ["Anrufer haben sich als Stromableser ausgegeben."]
