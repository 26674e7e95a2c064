"""Whole invented releases (session 27): the headline's news is the title, said as a whole sentence."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.model import inline_text
from pressconv.transforms.easy import summarise


def _title(text: str) -> str:
    return inline_text(summarise(parse(text.encode()).release).release.meta.title).replace("·", "")


def test_a_towns_verbless_election_headline_gets_its_copula() -> None:
    text = (
        "Gemeinde Talheim – Pressestelle\n\n"
        "Bürgermeisterwahl am 4. Oktober 2026: Briefwahl jetzt beantragen – ein Wahllokal zieht um\n\n"
        "Talheim, 1. September 2026. Am 4. Oktober 2026 wählen die Bürgerinnen und Bürger von Talheim eine neue "
        "Bürgermeisterin oder einen neuen Bürgermeister. Die Bürgermeisterwahl beginnt um 8 Uhr. Die Briefwahl "
        "kann ab sofort im Rathaus beantragt werden. Das Wahllokal in der Schule zieht in die Turnhalle um.\n"
    )
    assert _title(text) == "Die Bürgermeisterwahl ist am 4. Oktober 2026"


def test_a_ministrys_programme_keeps_its_pasted_quoted_name() -> None:
    text = (
        "Ministerium für Heimat – Pressemitteilung\n\n"
        'Neues Förderprogramm „Treffpunkt Dorf": Land hilft kleinen Gemeinden mit 2 Millionen Euro\n\n'
        'Birkenau, 3. März 2026. Das neue Förderprogramm „Treffpunkt Dorf" hilft kleinen Gemeinden beim Bau '
        "von Treffpunkten. Anträge können bis zum 30. Juni 2026 "
        "gestellt werden. Gefördert werden Umbauten von leeren Läden und Gasthäusern.\n"
    )
    title = _title(text)
    assert title == "Es gibt ein neues Förderprogramm „Treffpunkt Dorf“", title


def test_a_utilitys_telegram_headline_gets_its_articles_and_keeps_in_betrieb() -> None:
    text = (
        "Stadtwerke Birkenau nehmen 14 neue Ladepunkte für Elektroautos in Betrieb\n\n"
        "02.06.2026 – 10:15\n\n"
        "Stadtwerke Birkenau GmbH\n\n"
        "Birkenau (ots) - Die Stadtwerke Birkenau haben an fünf Orten in der Stadt neue Ladepunkte gebaut. "
        "Seit Anfang Juni nehmen die Stadtwerke dort 14 neue Ladepunkte für Elektroautos in Betrieb. "
        "Die Stadtwerke haben dafür 300.000 Euro ausgegeben. Geladen wird nur Strom aus Wasserkraft.\n"
    )
    title = _title(text)
    assert title.startswith("Die Stadtwerke Birkenau nehmen 14 neue"), title
    assert title.endswith("in Betrieb"), title


def test_a_waste_offices_rule_from_new_year_is_said_with_its_year() -> None:
    text = (
        "Landkreis Talheim – Pressemitteilung\n\n"
        "Papiertonne wird ab 1. Januar 2028 für alle Haushalte Pflicht\n\n"
        "Talheim, 5. Mai 2027. Die Papiertonne wird ab dem 1. Januar 2028 für alle Haushalte im Landkreis Pflicht. "
        "Wer noch keine Papiertonne hat, kann eine Papiertonne bis zum 30. September online bestellen. "
        "Im Gegenzug kann man die Restmülltonne kleiner machen.\n"
    )
    title = _title(text)
    assert not title.startswith("Im Gegenzug"), title
    assert title == "Die Papiertonne wird ab 2028 für alle Haushalte Pflicht", title
