"""A definite noun the release took up from its own compound ("die Zone C") said as that compound (references.fuller)."""

from __future__ import annotations

from pressconv.transforms.easy.references import fuller

_PARKING = (
    "Die Stadt richtet im Lindenviertel eine weitere Anwohnerparkzone ein. Ab Juli gilt die Zone G. "
    "Dort dürfen nur noch Anwohner parken."
)
_TAX = "Der Gemeinderat hat die Hundesteuer erhöht. Die Steuer steigt ab Januar auf 100 Euro pro Jahr."


def test_the_bare_head_becomes_the_releases_compound() -> None:
    # A town's parking zone and a municipality's dog tax; gender and case stay with the head.
    assert fuller("Die Zone G gilt ab Juli.", _PARKING, ["Die Stadt macht etwas Neues"]) == (
        "Die Anwohnerparkzone G gilt ab Juli."
    )
    assert fuller("Man erhöht die Steuer ab Januar.", _TAX, ["Der Gemeinderat hat entschieden"]) == (
        "Man erhöht die Hundesteuer ab Januar."
    )


def test_a_noun_the_summary_said_or_its_own_modifier_identifies_stays() -> None:
    # Said in the title; identified by its "für" phrase; no compound in the release.
    assert fuller("Die Steuer steigt ab Januar.", _TAX, ["Die Hunde·steuer steigt"]) is None
    costs = "Die Baukosten sind hoch. Die Kosten für das Dach sind 100.000 Euro."
    assert fuller("Die Kosten für das Dach sind 100.000 Euro.", costs, ["Ein Neubau"]) is None
    assert fuller("Die Steuer steigt.", "Die Steuer steigt ab Januar.", ["Der Rat"]) is None


def test_two_compounds_of_one_head_or_a_weekday_give_none() -> None:
    # A permit office's two kinds of pass; a weekday is no compound of "Tag".
    passes = "Es gibt einen Anwohnerausweis und einen Gästeausweis. Der Ausweis kostet 30 Euro."
    assert fuller("Der Ausweis kostet 30 Euro.", passes, ["Die Stadt"]) is None
    days = "Am Dienstag ist der Markt. Der Tag ist gut gewählt."
    assert fuller("Der Tag ist gut gewählt.", days, ["Ein Markt"]) is None
