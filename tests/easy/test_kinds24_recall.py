"""Product recall: the reason in plain words, from invented recalls of a maker and of a trader."""

from __future__ import annotations

from pressconv.transforms.easy.recalls import reason_lines


def test_germs_found_by_a_dairy() -> None:
    body = ["Die Molkerei Beispiel ruft ihren Bergkäse zurück.", "In einer Probe wurden Salmonellen nachgewiesen."]
    assert reason_lines([], body) == ["Im Produkt können Keime sein."]


def test_foreign_bodies_named_by_a_trader() -> None:
    heads = ["Rückruf: Glassplitter in Gurkengläsern möglich"]
    body = ["Es kann nicht ausgeschlossen werden, dass sich Glassplitter im Glas befinden."]
    assert reason_lines(heads, body) == ["Im Produkt können Teile aus Glas sein."]
    metal = ["Der Handel ruft den Müsliriegel zurück, weil Metallteile enthalten sein können."]
    assert reason_lines([], metal) == ["Im Produkt können Teile aus Metall sein."]


def test_no_reason_without_a_recall_or_under_a_denial() -> None:
    assert reason_lines([], ["Im Labor wurden Listerien nachgewiesen."]) == []
    denied = ["Die Firma ruft den Käse zurück.", "In den Proben wurden keine Listerien gefunden."]
    assert reason_lines([], denied) == []


def test_two_kinds_of_reason_say_nothing() -> None:
    body = ["Die Firma ruft die Wurst zurück.", "Es wurden Listerien und Kunststoffteile gefunden."]
    assert reason_lines([], body) == []


def test_lot_table_of_a_bakery_and_a_drinks_maker() -> None:
    from pressconv.transforms.easy.recalls import lot_actions

    bakery = [
        "Losnummern: B1207, B1208",
        "Kunden werden gebeten, das Brot nicht zu verzehren.",
        "Es kann in der Filiale zurückgegeben werden; der Kaufpreis wird erstattet.",
    ]
    assert lot_actions(bakery) == [
        "Essen Sie das Produkt mit der Los·nummer B1207 oder B1208 nicht.",
        "Sie können das Produkt im Geschäft zurückgeben.",
        "Sie bekommen den Kaufpreis zurück.",
    ]
    drinks = ["Chargennummer (Los): K-2207", "Bitte den Saft nicht verzehren."]
    assert lot_actions(drinks) == ["Essen Sie das Produkt mit der Chargen·nummer K-2207 nicht."]


def test_no_lot_action_for_two_tables_or_a_lot_text() -> None:
    from pressconv.transforms.easy.recalls import lot_actions

    assert lot_actions(["Losnummer: A123", "Losnummer: B456", "Bitte nicht verzehren."]) == []
    assert lot_actions(["Losnummer: alle ab Mai", "Bitte nicht verzehren."]) == []
