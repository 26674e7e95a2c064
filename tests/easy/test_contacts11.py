"""Whom to ask (pipeline._reader_emails, source.contacts): the body's reader line before the press block,
no mailing-list address, no press officer's address beside a reader line; invented releases of an adult
education centre and a police authority."""

from __future__ import annotations

from pressconv import parse
from pressconv.transforms.easy import summarise, summary_text

_COURSE = """Volkshochschule Musterkreis

Neuer Kurs für Tablets ab 60

Musterstadt, 3. August 2026 – Die Volkshochschule Musterkreis bietet ab September einen Kurs für ältere Menschen an.

Eine Anmeldung ist bis Freitag, 4. September 2026, nötig. Diese ist möglich
– telefonisch unter 05231 12345-0,
– persönlich in der Geschäftsstelle.

Pressekontakt
Anna Beispiel
Öffentlichkeitsarbeit
05231 12345-22
beispiel@vhs-musterkreis.example
"""

_WARNING = """Von: Pressestelle <presse@polizei-musterland.example>
Betreff: Warnung vor falschen Paket-SMS

Warnung vor falschen Paket-SMS

Musterstadt, 17. November 2026 – Die Polizei warnt vor falschen SMS von angeblichen Paketdiensten.

Fragen beantwortet das Infotelefon unter 0561 99999-47.

Diese E-Mail wurde automatisch über den Presseverteiler versandt. Abmeldung: verteiler@polizei-musterland.example
"""


def _contact(text: str) -> str:
    summary = summary_text(summarise(parse(text.encode()).release).release)
    return summary.split("## Kontakt")[1].split("## ")[0]


def test_the_bodys_registration_line_comes_before_the_press_block() -> None:
    contact = _contact(_COURSE)
    assert "05231 12345-0" in contact
    assert "12345-22" not in contact and "beispiel@" not in contact  # the press officer's line and address


def test_a_mailing_lists_unsubscribe_address_is_no_contact() -> None:
    contact = _contact(_WARNING)
    assert "0561 99999-47" in contact
    assert "verteiler@" not in contact
