"""Wrong-fact risks a reviewer found in session 24's mechanisms, each now refused (omission over error).

introductions.named_person, advicelist.turn, instructions.imperatives, references.fuller,
headtopic.topic_sentence; invented releases of police, health offices, towns, schools and firms.
"""

from __future__ import annotations

from pressconv.transforms.easy.advicelist import turn
from pressconv.transforms.easy.headtopic import topic_sentence
from pressconv.transforms.easy.instructions import imperatives
from pressconv.transforms.easy.introductions import named_person
from pressconv.transforms.easy.references import fuller


def test_a_second_person_of_the_noun_keeps_the_name_out() -> None:
    # A police search: another youth is named between the naming and the sentence; either may be meant.
    police = (
        "Die Polizei sucht den 17-jährigen Jonas Berg aus Feldheim. Der Jugendliche wird seit Montag vermisst. "
        "Ein anderer Jugendlicher hat ihn am Montag am Bahnhof gesehen. Der Jugendliche meldete sich am Dienstag "
        "bei der Polizei."
    )
    said = ["Jonas Berg ist weg."]
    assert named_person("Der Jugendliche meldete sich am Dienstag bei der Polizei.", police, said) is None
    # Before the second youth the noun can only be the named one: the name stays.
    assert named_person("Man vermisst den Jugendlichen seit Montag.", police, ["Die Polizei bittet um Hilfe."]) == (
        "Man vermisst Jonas Berg seit Montag."
    )
    # A care home's notice: a second woman (a neighbour) named before "die Seniorin".
    home = (
        "Das Pflegeheim Am Park sucht die 84-jährige Erna Lutz. Die Seniorin hat am Sonntag das Heim verlassen. "
        "Eine Nachbarin hat sie am Abend gesehen. Die Seniorin trug einen blauen Mantel."
    )
    assert named_person("Die Seniorin trug einen blauen Mantel.", home, ["Erna Lutz ist weg."]) is None
    assert named_person("Die Seniorin hat am Sonntag das Heim verlassen.", home, ["Das Heim sucht jemanden."]) == (
        "Erna Lutz hat am Sonntag das Heim verlassen."
    )


def test_a_condition_with_an_attribute_is_never_asked_without_it() -> None:
    # A health office's tips: the attribute after the condition's noun ("von Kleinkindern", "über 39
    # Grad") belongs to the condition; the question would lose it or ask the reader of a child's cough.
    for item, kept in (
        ("Bei Husten von Kleinkindern den Kinderarzt anrufen.", "bei Husten von Kleinkindern"),
        ("Bei Fieber über 39 Grad den Arzt anrufen.", "bei Fieber über 39 Grad"),
        ("Bei Husten des Kindes den Arzt anrufen.", "bei Husten des Kindes"),
        ("Bei Fieber länger als drei Tage den Arzt anrufen.", "bei Fieber länger als drei Tage"),
    ):
        lines = turn(item)
        assert not any(line.startswith("Haben Sie") for line in lines), item
        assert all(kept in line for line in lines), item
    # A utility's service notice: "zur Abrechnung" narrows the questions.
    lines = turn("Bei Fragen zur Abrechnung die Kundenhotline anrufen.")
    assert "Haben Sie Fragen?" not in lines
    assert all("bei Fragen zur Abrechnung" in line for line in lines)
    # Without an attribute the question and its answer stay.
    assert turn("Bei Fieber sofort den Arzt anrufen.") == ["Haben Sie Fieber?", "Dann rufen Sie sofort den Arzt an."]


def test_a_later_instruction_shares_the_object_only_with_a_transitive_verb() -> None:
    # Police tips: "bleiben" and "weggehen" take no accusative object; they are said without it.
    assert imperatives("Den Notruf wählen und ruhig bleiben.") == ["Wählen Sie den Notruf.", "Bleiben Sie ruhig."]
    lines = imperatives("Das Auto abschließen und sofort weggehen.")
    assert lines == ["Schließen Sie das Auto ab.", "Gehen Sie sofort weg."]
    # A particle verb may be intransitive ("auflegen" of a phone): unsure, so nothing is said.
    assert imperatives("Den Anrufer nicht zurückrufen und auflegen.") == []
    # A utility's tips: "warten" of a caller waits for someone; no "Warten Sie den Zähler."
    assert imperatives("Den Zählerstand notieren und warten.") == []
    # A plain transitive verb still shares it; "ver-" never separates ("Verriegeln Sie …").
    assert imperatives("Die Tür verriegeln und nicht öffnen.") == ["Verriegeln Sie die Tür.", "Öffnen Sie die Tür nicht."]
    # A misread verb before "und" ("anleinen") is no adjective of a row: the item is refused.
    assert imperatives("Den Hund anleinen und auf den Wegen bleiben.") == []


def test_a_noun_opening_a_recommendation_keeps_its_capital() -> None:
    # Police advice and a school's advice: "Fremde", "Kinder" stay nouns.
    assert turn("Sie sollten Fremde nie in die Wohnung lassen.") == ["Lassen Sie Fremde nie in die Wohnung."]
    assert turn("Man sollte Kranke nicht in die Schule schicken.") == ["Schicken Sie Kranke nicht in die Schule."]
    # An attributive adjective before its noun is lower case after the verb.
    assert imperatives("Leichte Kleidung tragen.") == ["Tragen Sie leichte Kleidung."]


def test_a_body_noun_or_a_second_referent_gets_no_compound() -> None:
    # A town's release: "die Stadt" is the sender, not the partner town named before.
    town = "Eine Delegation der Partnerstadt Lyon besucht Nordau. Die Stadt lädt die Gäste zu einem Empfang ein."
    assert fuller("Die Stadt lädt die Gäste zu einem Empfang ein.", town, ["Besuch aus Lyon"]) is None
    # A district office: "der Kreis" after "der Nachbarkreis" may be the sender.
    district = "Der Nachbarkreis Talheim meldet einen Fall. Der Kreis richtet eine Sperrzone ein."
    assert fuller("Der Kreis richtet eine Sperrzone ein.", district, []) is None
    # A second zone named between the compound and the sentence: which one is unsure.
    zones = "Die Stadt richtet eine Anwohnerparkzone ein. Eine weitere Zone folgt 2027. Die Zone gilt ab Juli."
    assert fuller("Die Zone gilt ab Juli.", zones, []) is None
    # A firm's release: "eine andere Prämie" after the compound.
    firm = "Die Firma zahlt eine Inflationsprämie. Eine andere Prämie entfällt. Die Prämie beträgt 500 Euro."
    assert fuller("Die Prämie beträgt 500 Euro.", firm, []) is None
    # One zone only: the compound says which.
    one = "Die Stadt richtet eine Anwohnerparkzone ein. Die Zone gilt ab Juli."
    assert fuller("Die Zone gilt ab Juli.", one, []) == "Die Anwohnerparkzone gilt ab Juli."


def test_a_place_adjective_keeps_its_capital_after_um() -> None:
    # A school office's label and a youth office's: "-er" of a place name is capitalised and has no ending.
    assert topic_sentence("Lindauer Schulen") == ("Es geht um Lindauer Schulen.", "Schulen")
    assert topic_sentence("Berliner Kitas") == ("Es geht um Berliner Kitas.", "Kitas")
    # An ordinary adjective is lower case; a plural without article keeps the strong "-e".
    assert topic_sentence("Neue Radwege im Park") == ("Es geht um neue Radwege im Park.", "Radwege")
    # A plural label whose adjective has another ending is no plain label: not said.
    assert topic_sentence("Neuen Schulen") is None
