"""A witness appeal keeps its own number: the emergency number 110 when the appeal gives only that one.

Invented police reports (a burglary, a fire of unknown cause), each with a press office line that is
not the appeal's.
"""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.signup import emergency_appeal

_BURGLARY = """POL-ABC: Einbruch in Backstube - Zeugen gesucht

Wiesental (ots) - In der Nacht zu Mittwoch sind Unbekannte in eine Backstube eingebrochen.
Die Täter stahlen Geld aus der Kasse.

Hinweise nimmt die Polizei unter der Notrufnummer 110 entgegen.

Rückfragen bitte an:
Polizeipräsidium Wiesental
Pressestelle
Telefon: 06221 99-1010
"""

_FIRE = """POL-DEF: Scheune brennt nieder

Moosbach (ots) - Am Sonntagabend hat eine Scheune am Ortsrand von Moosbach gebrannt. Verletzt wurde niemand.

Zeugen, die verdächtige Personen gesehen haben, melden sich bitte bei der Polizei über den Notruf 110.

Rückfragen bitte an:
Polizeipräsidium Moosbach
Telefon: 08031 200-2020
"""


def _contact(text: str) -> str:
    summary = summary_text(summarise(parse(text.encode()).release).release)
    return summary.split("## Kontakt")[1].split("## ")[0]


def test_an_appeal_with_the_emergency_number_shows_it_not_the_press_line() -> None:
    for text, press in ((_BURGLARY, "06221 99-1010"), (_FIRE, "08031 200-2020")):
        contact = _contact(text)
        assert "110" in contact.split()
        assert press not in contact


def test_an_appeal_with_a_line_of_its_own_keeps_that_line() -> None:
    text = _BURGLARY.replace("der Notrufnummer 110", "der Rufnummer 06221 99-4455")
    contact = _contact(text)
    assert "06221 99-4455" in contact and "110" not in contact.split()


def test_110_as_an_emergency_number_only_in_an_appeal() -> None:
    assert emergency_appeal(["Hinweise bitte über den Notruf 110."])
    assert not emergency_appeal(["Der Bus der Linie 110 fährt wieder."])
    assert not emergency_appeal(["Im Notfall wählen Sie 110."])  # advice, no appeal for tips
