"""Front matter of new senders above the headline: date-and-label lines, letterheads with no label,
forwarded mails, breadcrumbs with ticker headlines and legal names in capitals are never the headline.

Every release here is invented; each convention is exercised by releases of at least two kinds of sender.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import inline_text
from tests.fixtures.heads import BODY as _BODY
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import SUBTITLE as _SUBTITLE
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse
from tests.fixtures.heads import removed as _removed
from tests.parser.hang import no_hang

# ------------------------------------------------------------- date | label with its issuer


@pytest.mark.parametrize(
    ("line", "organisation", "issued"),
    [
        ("03.02.2031 | Pressemitteilung des Landkreises Tannfeld", "Landkreis Tannfeld", date(2031, 2, 3)),
        ("12.05.2030 | Medieninformation des Bezirksamts Nordau", "Bezirksamt Nordau", date(2030, 5, 12)),
        ("21.09.2030 | Pressemitteilung der Stadt Kornfeld", "Stadt Kornfeld", date(2030, 9, 21)),
    ],
)
def test_a_date_and_a_label_naming_its_issuer_are_no_headline(line: str, organisation: str, issued: date) -> None:
    result = _parse(f"Startseite > Aktuelles > Presse\n\n{line}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == organisation
    assert meta.issued == issued
    assert not _lost(result)


# ------------------------------------------------------------- letterheads with no label


@pytest.mark.parametrize(
    ("letterhead", "organisation", "second"),
    [
        (
            "Fachhochschule Weidenau – University of Applied Sciences\nReferat Presse und Kommunikation",
            "Fachhochschule Weidenau",
            "University of Applied Sciences",
        ),
        (
            "Landesamt für Vermessung / State Office for Surveying\nAbteilung Öffentlichkeitsarbeit",
            "Landesamt für Vermessung",
            "State Office for Surveying",
        ),
    ],
)
def test_an_institution_in_two_languages_over_its_desk_is_the_sender(
    letterhead: str, organisation: str, second: str
) -> None:
    result = _parse(f"SPERRFRIST: 4. März 2031, 10:00 Uhr\n\n{letterhead}\n\n{_HEADLINE}\n{_SUBTITLE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.subtitle is not None and inline_text(meta.subtitle) == _SUBTITLE
    assert meta.organisation == organisation
    assert "second language" in _removed(result)[second]
    assert not _lost(result)


@pytest.mark.parametrize(
    ("letterhead", "organisation"),
    [
        (
            "NORDLICHT BRAUEREI GmbH & Co. KG\nBrauhausweg 3 · 12345 Nordheim\nMarketing / Unternehmenskommunikation",
            "NORDLICHT BRAUEREI GmbH & Co. KG, Marketing / Unternehmenskommunikation",
        ),
        ("HOLZBAU KRÄMER GMBH\nSägewerkstraße 1, 54321 Tannau", "HOLZBAU KRÄMER GMBH"),
    ],
)
def test_a_legal_name_in_capitals_over_its_address_is_the_sender(letterhead: str, organisation: str) -> None:
    text = f"{letterhead}\n\nVERBRAUCHERWARNUNG – RÜCKRUF\n\n{_HEADLINE}\n\n{_BODY}"
    result = _parse(text)
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.kicker == "VERBRAUCHERWARNUNG – RÜCKRUF"
    assert meta.organisation == organisation
    assert not _lost(result)


def test_a_name_over_a_subtitle_stays_headline_and_subtitle() -> None:
    # A headline is followed by its subtitle, never by a desk, an address or a breadcrumb.
    result = _parse(f"Kunst im Stadtpark\nSkulpturen aufgestellt – Rundgänge an zwei Sonntagen\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == "Kunst im Stadtpark"
    assert meta.organisation is None


# ------------------------------------------------------------- breadcrumb, status line, ticker


@pytest.mark.parametrize(
    ("sender", "crumbs", "ticker", "headline"),
    [
        (
            "Zweckverband Wasser Nordtal",
            "Aktuelles › Meldungen › Rohrbruch",
            "+++ WICHTIG: Rohrbruch in der Lindenallee – Versorgung bis zum Abend unterbrochen +++",
            "Rohrbruch in der Lindenallee – Versorgung bis zum Abend unterbrochen",
        ),
        (
            "Kreisverkehrsgesellschaft Seeland",
            "Presse » Meldungen » Fahrplan",
            "+++ EILMELDUNG: Linie 12 fährt wegen Sturmschäden nur bis Hafenplatz +++",
            "Linie 12 fährt wegen Sturmschäden nur bis Hafenplatz",
        ),
    ],
)
def test_a_ticker_headline_below_name_breadcrumb_and_status_line(
    sender: str, crumbs: str, ticker: str, headline: str
) -> None:
    text = f"{sender}\n{crumbs}\n\nStand: 08.03.2031, 09:15 Uhr\nDrucken | Teilen | RSS\n\n{ticker}\n\n{_BODY}"
    result = _parse(text)
    meta = result.release.meta
    assert inline_text(meta.title) == headline
    assert meta.organisation == sender
    assert meta.issued == date(2031, 3, 8)
    removed = _removed(result)
    assert "navigation" in removed[crumbs]
    assert "alarm word" in removed[ticker.split()[1]]
    assert not _lost(result)


# ------------------------------------------------------------- forwarded and signed mails


@pytest.mark.parametrize(
    "marker",
    ["-------- Weitergeleitete Nachricht --------", "---------- Forwarded message ---------"],
)
def test_a_forwarded_mails_marker_is_residue_and_its_subject_names_a_release_without_headline(marker: str) -> None:
    text = (
        f"{marker}\nVon: Kulturamt Weidenau <kultur@weidenau.example>\nDatum: Mo., 6. Okt. 2031 um 09:12\n"
        f"Betreff: Pressemitteilung: {_HEADLINE}\nAn: redaktion@zeitung.example\n\n{_BODY}"
    )
    result = _parse(text)
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.issued == date(2031, 10, 6)
    assert "forwarding marker" in _removed(result)[marker]
    assert not _lost(result)


@pytest.mark.parametrize(
    ("label", "unit", "organisation"),
    [
        ("Pressemitteilung der Stadt Kornfeld", "Amt für Jugend, Familie und Senioren – Jugendamt", "Stadt Kornfeld"),
        ("Presseinformation des Landkreises Tannfeld", "Fachbereich Umwelt und Natur", "Landkreis Tannfeld"),
    ],
)
def test_a_forwarded_release_keeps_its_own_headline_below_label_and_unit(label: str, unit: str, organisation: str) -> None:
    text = (
        "-------- Weitergeleitete Nachricht --------\nVon: Pressestelle <presse@amt.example>\n"
        f"Datum: Di., 7. Okt. 2031 um 10:30\nBetreff: Pressemitteilung\n\n{label}\n{unit}\n\n{_HEADLINE}\n\n{_BODY}"
    )
    result = _parse(text)
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation == f"{organisation}, {unit}"
    assert not _lost(result)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("Mit freundlichen Grüßen", "i. A. Petra Beispiel\nPresse- und Öffentlichkeitsarbeit"),
        ("Viele Grüße", "Jonas Muster\nVereinsvorstand\nTel. 01234 56789"),
    ],
)
def test_a_cover_note_signed_above_the_separator_is_the_mails(closing: str, signature: str) -> None:
    text = (
        "Von: Absender <info@absender.example>\nBetreff: PM 12/2031: Kurzfassung für die Redaktion\n\n"
        f"Sehr geehrte Damen und Herren,\n\nanbei unsere Pressemitteilung.\n\n{closing}\n{signature}\n\n-----\n\n"
        f"{_HEADLINE}\n\n{_BODY}"
    )
    result = _parse(text)
    assert inline_text(result.release.meta.title) == _HEADLINE
    assert "cover note" in _removed(result)[closing]
    assert not _lost(result)


# ------------------------------------------------------------- long lines stay fast


@pytest.mark.parametrize(
    "line",
    [
        "+++ WICHTIG: " + " " * 100_000 + "x +++",
        "+++ " + "a +" * 30_000,
        "-------- Weitergeleitete Nachricht " + " " * 100_000,
        "Zweckverband X\nAktuelles › " + " " * 100_000,
        "03.02.2031 | Pressemitteilung des " + "A" * 100_000,
    ],
)
def test_long_head_lines_do_not_hang_the_parser(line: str) -> None:
    with no_hang():
        _parse(f"{line}\n\n{_BODY}")


# ------------------------------------------------------------- a site's main menu in one line


@pytest.mark.parametrize(
    "menu",
    [
        "Besuchen | Programm | Sammlung | Vermittlung | Presse | Shop",
        "Tiere | Tickets | Erleben | Förderverein | Presse",
    ],
)
def test_a_menu_bar_above_the_label_is_navigation_not_the_sender(menu: str) -> None:
    result = _parse(f"{menu}\n\nPRESSEMITTEILUNG\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert inline_text(meta.title) == _HEADLINE
    assert meta.organisation is None or menu.split()[0] not in meta.organisation
    assert "navigation" in _removed(result)[menu]
    assert not _lost(result)


# ------------------------------------------------------------- Ortsmarke of a municipality's district


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Talstadt-Nordheim. Seit Montag ist die Feuerwache in Nordheim besetzt.", "Talstadt-Nordheim"),
        ("Seeburg-Altdorf. Der Verein lädt nach Altdorf ein, wie jedes Jahr im Mai.", "Seeburg-Altdorf"),
    ],
)
def test_a_district_dateline_counts_when_the_district_is_named_again(opening: str, place: str) -> None:
    more = "Die Arbeiten dauern nach Angaben der Verantwortlichen rund drei Wochen. Anlieger erhalten vorab einen Brief."
    result = _parse(f"{_HEADLINE}\n\n{opening} {more}\n\n{more}\n")
    assert result.release.meta.place == place
    assert not result.release.meta.place_inferred


@pytest.mark.parametrize(
    ("sender", "organisation"),
    [
        ("Kulturamt Weidenau <kultur@weidenau.example>", "Kulturamt Weidenau"),
        ("Heimatverein Altbruck e.V. <info@heimatverein.example>", "Heimatverein Altbruck e.V."),
        ("Petra Beispiel <petra@mail.example>", None),
    ],
)
def test_a_forwarded_messages_sender_is_the_organisation_when_it_names_a_body(sender: str, organisation: str | None) -> None:
    text = (
        f"-------- Weitergeleitete Nachricht --------\nVon: {sender}\nDatum: Mo., 6. Okt. 2031 um 09:12\n"
        f"Betreff: {_HEADLINE}\n\n{_BODY}"
    )
    result = _parse(text)
    assert result.release.meta.organisation == organisation
    assert not _lost(result)
