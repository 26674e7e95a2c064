"""Web-page dumps around a release, language detection and Unicode normalisation (invented examples)."""

from __future__ import annotations

from pressconv.api import ParseResult, parse
from pressconv.model import Paragraph, block_text, inline_text
from pressconv.parser.language import guess_language
from pressconv.parser.pagedump import site_title_suffix
from pressconv.parser.residue import residue_reason

GERMAN_PAGE = """Direkt zum Inhalt
Startseite
Rathaus
Leben in der Stadt
Wirtschaft
Kultur
Tourismus
Kontakt
Suche

Stadtbücherei öffnet künftig auch sonntags | Stadt Musterhausen

Startseite > Presse > Stadtbücherei öffnet künftig auch sonntags

Stadtbücherei öffnet künftig auch sonntags

12.05.2024

Die Stadtbücherei öffnet ab Juni auch sonntags von 11 bis 17 Uhr. Die Stadt folgt damit vielen Wünschen.

„Wir wollen, dass die Bücherei ein Ort für alle ist“, sagt Bürgermeisterin Anna Beispiel.

Seite drucken
Teilen
Facebook
Twitter

Impressum
Datenschutz
Barrierefreiheit
Kontakt
© 2024 Stadt Musterhausen

Wir verwenden Cookies, um unsere Website für Sie zu verbessern.
Alle akzeptieren
"""

ENGLISH_PAGE = """* [Home](https://example.org/)
* [Newsroom](https://example.org/news)
* [About us](https://example.org/about)
* [Contact](https://example.org/contact)
* [Log in](https://example.org/login)

# Harbour Museum Opens New Wing for Children

SPRINGFIELD, March 3, 2025 – The Harbour Museum today opened a new wing in which children can try out
old ship instruments, and the first school classes have already booked visits for the spring.

"We wanted a place where history can be touched," said director Sam Example.

Media contact: [email protected]

## Related links

Museum opens late on Fridays
New exhibition on lighthouses

#museum #harbour
$HRBR

The post Harbour Museum Opens New Wing for Children appeared first on Example News.
"""


def _removed(result: ParseResult) -> dict[str, str]:
    return {entry.text.strip(): entry.reason for entry in result.removed}


def _paragraphs(result: ParseResult) -> list[str]:
    return [block_text(block) for block in result.release.body if isinstance(block, Paragraph)]


def test_german_page_dump_yields_the_release_and_removes_the_page() -> None:
    result = parse(GERMAN_PAGE)
    meta = result.release.meta
    assert inline_text(meta.title) == "Stadtbücherei öffnet künftig auch sonntags"
    assert meta.issued is not None and meta.issued.isoformat() == "2024-05-12"
    assert meta.language == "de-DE"
    paragraphs = _paragraphs(result)
    assert paragraphs[0].startswith("Die Stadtbücherei öffnet ab Juni")
    removed = _removed(result)
    for line in (
        "Startseite",
        "Rathaus",
        "Tourismus",
        "Suche",
        "Seite drucken",
        "Teilen",
        "Facebook",
        "Impressum",
        "Datenschutz",
        "Barrierefreiheit",
        "© 2024 Stadt Musterhausen",
        "Alle akzeptieren",
        "Stadtbücherei öffnet künftig auch sonntags | Stadt Musterhausen",
    ):
        assert line in removed, line
    assert all("Startseite" not in text and "Impressum" not in text for text in paragraphs)


def test_english_page_dump_removes_menu_related_links_tags_and_feed_footer() -> None:
    result = parse(ENGLISH_PAGE)
    assert inline_text(result.release.meta.title) == "Harbour Museum Opens New Wing for Children"
    assert result.release.meta.language == "en-US"
    removed = _removed(result)
    for line in (
        "* [Home](https://example.org/)",
        "* [Log in](https://example.org/login)",
        "## Related links",
        "Museum opens late on Fridays",
        "#museum #harbour",
        "$HRBR",
        "Media contact: [email protected]",
    ):
        assert line in removed, line
    assert any(text.startswith("The post Harbour Museum") for text in removed)
    assert _paragraphs(result)[0].startswith("The Harbour Museum today opened")


def test_short_lines_inside_a_release_are_not_a_menu() -> None:
    text = (
        "Ehrenamtspreis vergeben\n\n"
        "Die Stadt hat am Montag ihren Ehrenamtspreis an sieben Menschen verliehen, die sich seit Jahren engagieren.\n\n"
        "Anna Beispiel\nBernd Muster\nCarla Probe\nDaniel Test\nEva Exempel\nFrank Vorlage\nGerda Schablone\n\n"
        "Die Preise wurden im Rathaus überreicht, und der Abend endete mit einem Empfang für alle Gäste.\n"
    )
    result = parse(text)
    assert not any(entry.text in ("Anna Beispiel", "Gerda Schablone") for entry in result.removed)


def test_repeated_headline_and_category_labels_of_a_page_dump() -> None:
    menu = "\n\n".join(["Home", "News", "Press room", "Agenda", "Contact", "Sitemap", "Search"])
    text = (
        "Clean Rivers Plan Adopted | News | Example Assembly\n\n" + menu + "\n\n"
        "Current page:\nClean Rivers Plan Adopted\n\n"
        "Clean Rivers Plan Adopted\n\nPress Releases\n\nPlenary session\n\n"
        "The assembly adopted a plan on Tuesday that obliges all member towns to clean their rivers by 2030.\n"
    )
    result = parse(text)
    assert inline_text(result.release.meta.title) == "Clean Rivers Plan Adopted"
    reasons = _removed(result)
    # Category labels between headline and text are either page furniture or, where the head reader
    # takes them as the release's labels, its kicker: never the title and never the lead.
    kicker = result.release.meta.kicker or ""
    assert all(label in reasons or label in kicker for label in ("Press Releases", "Plenary session"))
    assert _paragraphs(result)[0].startswith("The assembly adopted")


def test_site_suffix_of_a_page_title_is_removed_from_the_title() -> None:
    assert site_title_suffix("Neue Radwege für die Innenstadt | Aktuelles | Stadt Muster") == (
        "Neue Radwege für die Innenstadt",
        " | Aktuelles | Stadt Muster",
    )
    assert site_title_suffix("Name | Funktion | Telefon") is None
    result = parse(
        "Neue Radwege für die Innenstadt | Aktuelles | Stadt Muster\n\nDie Stadt baut im Sommer drei neue Radwege.\n"
    )
    assert inline_text(result.release.meta.title) == "Neue Radwege für die Innenstadt"
    assert "| Aktuelles | Stadt Muster" in [entry.text for entry in result.removed]


def test_topic_tags_closing_a_page_are_removed() -> None:
    text = (
        "Neue Spielplätze\n\nDie Stadt eröffnet im Mai drei neue Spielplätze in den Stadtteilen Nord und Süd.\n"
        "\n\n\n\nFamilie\nFreizeit\n\n"
    )
    reasons = _removed(parse(text))
    assert reasons["Familie"] == "topic tags of the web page"
    assert reasons["Freizeit"] == "topic tags of the web page"


def test_single_residue_lines() -> None:
    assert residue_reason("I Accept") == "cookie notice"
    assert residue_reason("Share this page:") is not None
    assert residue_reason("Folgen Sie uns auf Instagram") is not None
    assert residue_reason("Datenschutzerklärung") is not None
    assert residue_reason("[Original/Source Press Release](https://wire.example/x)") is not None
    assert residue_reason('<a href="{{ site.url }}/x.pdf"><button>Programm (PDF)</button></a>') is not None
    assert residue_reason("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.") == "cookie notice"
    assert residue_reason("Original-Content von: Stadtwerke Muster, übermittelt durch news aktuell") is not None
    assert residue_reason("View original content:https://wire.example/news/x.html") is not None
    assert residue_reason("Lesezeit: 3 Minuten") is not None
    assert residue_reason("Themen: Haushalt, Schule, Verkehr") is None
    # Sentences that merely mention the words stay.
    assert residue_reason("Verbraucherzentrale warnt vor Cookie-Bannern") is None
    assert residue_reason("Viele Händler setzen Cookies ein, ohne ausreichend zu informieren.") is None
    assert residue_reason("Das Video ist ab sofort auf YouTube zu sehen.") is None
    assert residue_reason('<a href="https://example.org">Programm</a>') is None


def test_decomposed_umlauts_are_composed_and_zero_width_characters_dropped() -> None:
    text = "Neue Bu\u0308cherei in Mu\u0308nster\n\nDie Stadt\u200b eröffnet die Bü\u00adcherei am Montag.\u2060\n"
    result = parse(text)
    assert inline_text(result.release.meta.title) == "Neue Bücherei in Münster"
    lead = _paragraphs(result)[0]
    assert lead == "Die Stadt eröffnet die Bücherei am Montag."
    assert any(d.code == "source.unicode" for d in result.diagnostics)
    same = parse(text.encode("utf-8"))
    assert inline_text(same.release.meta.title) == "Neue Bücherei in Münster"


def test_zero_width_joiner_inside_an_emoji_is_kept() -> None:
    result = parse("Aktion\n\nDie Feuerwehr lädt Familien ein 👨\u200d👩\u200d👧 und Kinder.\n")
    assert "👨\u200d👩\u200d👧" in _paragraphs(result)[0]


def test_french_and_turkish_releases_get_their_language() -> None:
    french = (
        "La ville inaugure une nouvelle médiathèque\n\n"
        "La ville de Exempleville annonce l'ouverture d'une nouvelle médiathèque dans le quartier du port. "
        "Le bâtiment, financé par la région, sera ouvert au public dès le 12 mars. "
        "« Nous sommes fiers de ce projet pour les familles », a déclaré la maire.\n"
    )
    turkish = (
        "Belediye yeni kütüphane açıyor\n\n"
        "Belediye, liman bölgesinde yeni bir kütüphanenin açılacağını duyurdu. Bina, bölge tarafından "
        "finanse edildi ve 12 Mart'tan itibaren halka açık olacak. Kütüphane ayrıca çocuklar için "
        "her hafta ücretsiz kurslar sunacak ve gençler için bir buluşma yeri olarak hizmet verecek.\n"
    )
    assert parse(french).release.meta.language == "fr-FR"
    assert parse(turkish).release.meta.language == "tr-TR"
    assert not any(d.code == "language.uncertain" for d in parse(french).diagnostics)


def test_other_languages_and_uncertainty() -> None:
    assert (
        guess_language("De gemeente opent een nieuwe bibliotheek in het centrum van de stad, die ook op zondag open is.")[0]
        == "nl-NL"
    )
    assert (
        guess_language("Il comune apre una nuova biblioteca nel centro della città, aperta anche la domenica.")[0] == "it-IT"
    )
    assert (
        guess_language("Miasto otwiera nową bibliotekę w centrum, która będzie także otwarta w niedzielę i jest bezpłatna.")[
            0
        ]
        == "pl-PL"
    )
    certain = guess_language("Sommerfest 2024")[1]
    assert not certain
    result = parse("Sommerfest\n\nAm 3. Juli.\n")
    assert any(d.code == "language.uncertain" and d.level == "warning" for d in result.diagnostics)


def test_a_list_the_release_announces_is_not_a_menu() -> None:
    text = (
        "Sommerfest im Stadtpark\n\n"
        "Die Stadt lädt alle Bürgerinnen und Bürger zum Sommerfest im Stadtpark ein, das am Samstag stattfindet.\n\n"
        "Mit dabei sind:\nTurnverein Musterstadt\nChor Harmonie\nFeuerwehr Musterstadt\nJugendzentrum Mitte\n"
        "Kleingartenverein Süd\nMusikschule Nord\n\n"
        "- Kinderschminken\n- Hüpfburg\n- Live-Musik\n- Tombola\n- Grillstand\n- Kuchenbuffet\n"
    )
    assert parse(text).removed == ()


def test_one_line_footer_bar_is_removed() -> None:
    text = (
        "Food Bank Expands Weekend Meals\n\n"
        "The food bank will expand its weekend meal program to twelve more schools this fall.\n\n"
        "[Privacy Policy](/privacy) | [Terms of Use](/terms)\nImpressum · Datenschutz · Kontakt\n"
    )
    reasons = _removed(parse(text))
    assert "[Privacy Policy](/privacy) | [Terms of Use](/terms)" in reasons
    assert "Impressum · Datenschutz · Kontakt" in reasons


def test_contact_box_printed_twice_is_kept_once() -> None:
    text = (
        "# Bakery Opens Second Shop\n\n"
        "The bakery opened its second shop in the old town on Monday, with twelve new jobs.\n\n"
        "## Contacts\n\nRobin Example\n(555) 010-2030\nrobin@bakery.example\n\n"
        "## Contacts\n\nRobin Example\n(555) 010-2030\nrobin@bakery.example\n"
    )
    removed = [(entry.line, entry.reason) for entry in parse(text).removed]
    assert [line for line, _ in removed] == [11, 13, 14, 15]
    assert all(reason.startswith("block repeated") for _, reason in removed)


def test_short_headline_right_below_a_menu_stays() -> None:
    text = (
        "Home\nAktuelles\nPresse\nKontakt\nSuche\nBaumpflanzaktion\n12.03.2024\n"
        "Die Stadt pflanzt im Frühjahr zweihundert neue Bäume in allen Stadtteilen, wie der Rat beschlossen hat.\n"
    )
    result = parse(text)
    assert inline_text(result.release.meta.title) == "Baumpflanzaktion"
    assert [entry.text for entry in result.removed] == ["Home", "Aktuelles", "Presse", "Kontakt", "Suche"]


def test_scraped_record_fields_of_the_archive_are_removed() -> None:
    text = (
        "Title: Senator Welcomes New Bridge Funding\nDate: May 3, 2024\nCategory: Press Release\n\nContent:\n"
        "The senator welcomed the federal funding for the new river bridge, which will be built next year.\n"
    )
    result = parse(text)
    reasons = _removed(result)
    # The record header is read as front matter (parser/frontmatter.py): its fields are accounted for.
    assert "Content:" in reasons and "Category: Press Release" in reasons
    assert result.release.meta.issued is not None and result.release.meta.issued.isoformat() == "2024-05-03"
    assert inline_text(result.release.meta.title) == "Senator Welcomes New Bridge Funding"


def test_teaser_section_with_its_own_headings_is_removed() -> None:
    text = (
        "# Neue Radwege in der Innenstadt\n\n"
        "Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege, wie der Rat am Dienstag beschlossen hat.\n\n"
        "## Das könnte Sie auch interessieren\n\n### [Neue Kita eröffnet](/news/1)\n\n"
        "Die Stadt hat im Norden eine neue Kita mit sechzig Plätzen eröffnet, wie das Jugendamt mitteilt.\n\n"
        "## Kontakt\n\nPresseamt, Tel. 01234 5678, presse@stadt.example\n"
    )
    result = parse(text)
    removed = [entry.line for entry in result.removed]
    assert removed == [5, 7, 9]
    assert [section.kind for section in result.release.sections] == ["contact"]


def test_an_unknown_label_between_footer_links_goes_with_them() -> None:
    text = (
        "Library Opens on Sunday\n\nThe city library will open on Sundays from next month, the council said.\n\n"
        "Privacy Policy\nSitemap Help\nImpressum\n"
    )
    reasons = _removed(parse(text))
    assert reasons["Sitemap Help"] == "web-page link between footer or menu links"


def test_a_short_heading_between_paragraphs_is_not_taken_for_a_footer_link() -> None:
    text = "Library Opens on Sunday\n\nThe library opens on Sundays.\n\nOpening Hours\n\nFrom 10 to 16 o'clock.\n"
    assert "Opening Hours" not in _removed(parse(text))


def test_a_numbered_list_is_never_a_menu() -> None:
    # Page menus are bullet or link lists; they do not number their entries. A release that is a
    # headline and a numbered list of short items (a ten-point plan, an agenda) keeps every item.
    cases = (
        (
            "Zehn Punkte für die Innenstadt\n\n" + "\n".join(f"{n}) Punkt {n}" for n in range(1, 10)) + "\n10) Zehntens\n",
            "Zehntens",
        ),
        ("Agenda for the council meeting\n\n" + "\n".join(f"{n}. Item {n}" for n in range(1, 8)) + "\n", "Item 7"),
    )
    for text, last in cases:
        result = parse(text)
        assert not [line for line in result.removed if "menu" in line.reason], result.removed
        assert last in " ".join(block_text(block) for block in result.release.body)
