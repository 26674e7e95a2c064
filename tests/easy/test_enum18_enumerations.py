"""Colon lists and passive list lead-ins as a lead-in line and one item a line (enumerations.py, enum18).

Invented releases and sentences of several kinds of sender: two police forces (a burglary, a robbery
of a kiosk), a town's playground and its strike notice, an adult-education centre's course
programme, a library, a county's animal-disease order, a cemetery office, a transport company.
"""

from __future__ import annotations

import pytest

from pressconv.model import BulletList, Paragraph, inline_text
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.enumerations import (
    active_intro,
    colon_list,
    conjunct_list,
    enumeration_rescue,
    fronted_list,
    perfect_intro,
    release_agent,
)
from pressconv.transforms.easy.lists import enumeration
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.style import hard_word_failures
from tests.fixtures.releases import german_release


def _easy(title: str, *paragraphs: str, organisation: str) -> tuple[list[str], list[list[str]]]:
    """The summary's paragraphs and the items of each of its bullet lists, Mediopunkt removed."""
    release = summarise(german_release(title, *paragraphs, organisation=organisation)).release
    lines = [inline_text(b.children).replace("·", "") for b in release.body if isinstance(b, Paragraph)]
    lists = [
        [inline_text(item.children).replace("·", "") for item in block.items]
        for block in release.body
        if isinstance(block, BulletList)
    ]
    return lines, lists


_BURGLARY = (
    "Einbruch in Einfamilienhaus in Talheim",
    "Unbekannte sind am Dienstag, 3. März 2026, zwischen 8 und 17 Uhr in ein Einfamilienhaus in Talheim eingebrochen.",
    "Die Täter hebelten ein Fenster im Erdgeschoss auf.",
    "Gestohlen wurden unter anderem Werkzeug, Parfüm, drei Tablets und eine Kamera.",
    "Die Polizei sucht Zeugen.",
)
_KIOSK = (
    "Überfall auf Kiosk in Bernau am See",
    "Der Täter hat am Montag, 9. März 2026, gegen 22 Uhr einen Kiosk am Marktplatz in Bernau am See überfallen.",
    "Er bedrohte die Verkäuferin mit einem Messer.",
    "Bei dem Überfall wurden Zigaretten, Bargeld aus der Kasse und mehrere Rubbellose erbeutet.",
    "Die Polizei sucht Zeugen.",
)


@pytest.mark.parametrize(
    ("paragraphs", "organisation", "intro", "items"),
    [
        (
            _BURGLARY,
            "Polizeipräsidium Talheim",
            "Die Täter haben unter anderem gestohlen:",
            ["Werkzeug", "Parfüm", "3 Tablets", "eine Kamera"],
        ),
        (
            _KIOSK,
            "Polizeiinspektion Bernau am See",
            "Bei dem Überfall hat der Täter gestohlen:",
            ["Zigaretten", "Bargeld aus der Kasse", "mehrere Rubbellose"],
        ),
    ],
)
def test_a_passive_loot_list_becomes_an_active_lead_in_with_the_reported_perpetrator(
    paragraphs: tuple[str, ...], organisation: str, intro: str, items: list[str]
) -> None:
    lines, lists = _easy(*paragraphs, organisation=organisation)
    assert intro in lines
    assert items in lists  # whole, in the source's order
    # "unter anderem" stays where the source says the list is not complete; nothing says "alle".
    assert not any("alle" in line.split() for line in lines)


def test_a_colon_list_keeps_its_clause_as_the_lead_in() -> None:
    found = colon_list(
        "Die Volkshochschule bietet im Herbst neue Kurse an: einen Kurs für Smartphones, einen Kochkurs und einen Tanzkurs."
    )
    assert found is not None
    assert found.intro == "Die Volkshochschule bietet im Herbst neue Kurse an:"
    assert found.items == ("einen Kurs für Smartphones", "einen Kochkurs", "einen Tanzkurs")
    # Two items after a colon are a list too: the colon announces it.
    pair = colon_list("Die Bücherei hat zwei neue Angebote: eine Spieleecke für Kinder und einen Lesekreis.")
    assert pair is not None and pair.items == ("eine Spieleecke für Kinder", "einen Lesekreis")


def test_a_colon_list_in_a_summary() -> None:
    lines, lists = _easy(
        "Neuer Spielplatz im Stadtpark Lindhof",
        "Die Stadt Lindhof hat am Freitag, 8. Mai 2026, den neuen Spielplatz im Stadtpark eröffnet.",
        "Der Spielplatz hat drei Bereiche: eine Kletterwand für größere Kinder, einen Sandkasten mit Sonnensegel "
        "und eine Wasserbahn mit Pumpe.",
        organisation="Stadt Lindhof",
    )
    assert "Der Spielplatz hat 3 Bereiche:" in lines
    assert ["eine Kletterwand für größere Kinder", "einen Sandkasten mit Sonnensegel", "eine Wasserbahn mit Pumpe"] in lists


@pytest.mark.parametrize(
    "sentence",
    [
        # A speaker's clauses after the colon, not noun phrases.
        "Die Bürgermeisterin sagt: Wir bauen, wir planen und wir feiern.",
        # A time with a colon ("18:30 Uhr") is no list.
        "Die Sitzung beginnt um 18:30 Uhr mit Berichten, Anträgen und Fragen.",
        # A subordinate clause before the colon: the lead-in would not stand alone.
        "Wer mitmachen will, braucht drei Dinge: einen Ausweis, ein Foto und 10 Euro.",
        # Two lists after the colon ("A und B, C und D"): which "und" joins the items?
        "Gesammelt werden: Papier und Pappe, Glas und Metall.",
        # "alle" before the first item may govern the bare items after it: which lines say "alle"?
        "Auf dem Friedhof sind verboten: alle Hunde, Katzen und Vögel.",
    ],
)
def test_a_colon_sentence_that_is_not_surely_a_list_is_refused(sentence: str) -> None:
    assert colon_list(sentence) is None


def test_an_oder_list_after_a_colon_is_marked_and_never_rescued_as_a_list() -> None:
    found = colon_list("Die Gewerkschaft fordert: mehr Geld, mehr Urlaub oder kürzere Arbeitszeiten.")
    assert found is not None and found.conjunction == "oder"  # the rescuer refuses it (one of them, not all)
    _lines, lists = _easy(
        "Preise für die Sieger",
        "Der Sportverein Grünwiese hat am Samstag, 7. März 2026, sein Turnier ausgetragen.",
        "Die Sieger bekommen einen der folgenden Preise: einen Gutschein, einen Pokal oder eine Medaille aus Bronze.",
        organisation="Sportverein Grünwiese",
    )
    assert ["einen Gutschein", "einen Pokal", "eine Medaille aus Bronze"] not in lists


@pytest.mark.parametrize(
    ("sentences", "agent"),
    [
        (["Unbekannte sind in der Nacht in einen Laden eingebrochen."], ("Unbekannte", True)),
        (["Am Montag brachen Unbekannte ein.", "Die bislang unbekannten Täter flohen."], ("Die Täter", True)),
        (["Der Täter flüchtete zu Fuß.", "Die Polizei sucht den Täter."], ("Der Täter", False)),
        (["Die Täterin flüchtete mit dem Rad."], ("Die Täterin", False)),
        # Two different perpetrators: which one took what is unknown.
        (["Der Täter flüchtete.", "Die Täterin blieb im Auto."], None),
        # No perpetrator named: no agent.
        (["Die Feuerwehr hat einen Brand gelöscht."], None),
    ],
)
def test_the_perpetrator_is_read_only_from_a_subject_and_only_when_unique(
    sentences: list[str], agent: tuple[str, bool] | None
) -> None:
    assert release_agent(sentences) == agent


@pytest.mark.parametrize(
    ("intro", "agent", "expected"),
    [
        ("Gestohlen wurden unter anderem:", ("Die Täter", True), "Die Täter haben unter anderem gestohlen:"),
        ("Entwendet wurde:", ("Der Täter", False), "Der Täter hat gestohlen:"),
        ("Bei dem Einbruch wurden gestohlen:", ("Unbekannte", True), "Bei dem Einbruch haben Unbekannte gestohlen:"),
        # Not a passive: left for the verifier as it stands.
        ("Betroffen sind:", None, "Betroffen sind:"),
        # Seized goods: the police took them, not the perpetrator; a guessed agent is a wrong statement.
        ("Sichergestellt wurden:", ("Die Täter", True), None),
        # A present passive, and a passive without a named perpetrator: refused.
        ("Gesucht werden vor allem:", ("Die Täter", True), None),
        ("Gestohlen wurden:", None, None),
        # An agent phrase of its own stays as written or not at all.
        ("Gestohlen wurden von den Tätern:", ("Die Täter", True), None),
    ],
)
def test_only_a_loot_passive_with_a_known_perpetrator_is_turned_active(
    intro: str, agent: tuple[str, bool] | None, expected: str | None
) -> None:
    assert active_intro(intro, agent) == expected


def test_a_street_name_set_off_at_its_suffix_is_a_name_not_a_hard_word() -> None:
    # A waste authority's and a police force's street lists: "Holunder·gasse" is how the splitter writes it.
    assert hard_word_failures("in der Holunder·gasse") == []
    assert hard_word_failures("Die Tonnen stehen in der Weidenbach·straße.") == []
    # A hard common noun is still one.
    assert hard_word_failures("Das ist ein Qualitäts·management.") != []


@pytest.mark.parametrize(
    ("sentence", "intro", "items"),
    [
        (
            "Das Hallenbad, die Stadtbücherei und das Bürgerbüro im Rathaus bleiben am Montag, 4. Mai 2026, geschlossen.",
            "Geschlossen bleiben am Montag, 4. Mai 2026:",
            ("das Hallenbad", "die Stadtbücherei", "das Bürgerbüro im Rathaus"),
        ),
        (
            "Geflügelmärkte, Tierschauen und Ausstellungen sind im Kreisgebiet bis auf Weiteres untersagt.",
            "Untersagt sind im Kreisgebiet bis auf Weiteres:",
            ("Geflügelmärkte", "Tierschauen", "Ausstellungen"),
        ),
        # The negation right before the predicate moves with it and keeps its scope.
        (
            "Hunde, Fahrräder und Grills sind auf dem Friedhof nicht erlaubt.",
            "Nicht erlaubt sind auf dem Friedhof:",
            ("Hunde", "Fahrräder", "Grills"),
        ),
    ],
)
def test_a_subject_list_before_a_state_gets_its_predicate_as_the_lead_in(
    sentence: str, intro: str, items: tuple[str, ...]
) -> None:
    found = fronted_list(sentence)
    assert found is not None
    assert (found.intro, found.items) == (intro, items)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alle Hunde, Katzen und Vögel sind hier verboten.",  # "alle" governs every item
        "Die Bäder der Städte Alm, Bern und Lis sind geschlossen.",  # a genitive holds the list
        "Hunde, Fahrräder und Grills sind nicht auf dem Friedhof erlaubt.",  # a negation's scope would move
        "Die Kinder, die Eltern und die Lehrer werden eingeladen.",  # a passive, no state
        "Anna, Paul und Lisa sind Kinder.",  # a predicate noun
        "Hallenbad, Sauna und Eishalle bleiben geschlossen, weil die Beschäftigten streiken.",  # a clause after
    ],
)
def test_a_subject_list_that_cannot_lead_with_its_predicate_is_refused(sentence: str) -> None:
    assert fronted_list(sentence) is None


def test_a_range_of_names_is_part_of_the_last_item_but_a_time_range_is_not() -> None:
    found = enumeration("Betroffen sind alle 3 Tramlinien, sämtliche Stadtbuslinien und die Nachtbuslinien N1 bis N5.")
    assert found is not None and found.items[-1] == "die Nachtbuslinien N1 bis N5"
    # "von 10 bis 12 Uhr" says when of every item: never on the last line alone.
    assert enumeration("Auf dem Fest gibt es Kuchen, Spiele und Musik von 10 bis 12 Uhr.") is None


def test_a_subject_list_in_a_summary() -> None:
    lines, lists = _easy(
        "Geflügelpest im Landkreis Moorfeld",
        "Der Landkreis Moorfeld hat am Freitag, 1. März 2024, eine Stallpflicht für Geflügel angeordnet.",
        "Geflügelmärkte, Tierschauen, Ausstellungen und ähnliche Veranstaltungen sind im gesamten Kreisgebiet "
        "bis auf Weiteres untersagt.",
        organisation="Landkreis Moorfeld",
    )
    assert "Untersagt sind im gesamten Kreisgebiet bis auf Weiteres:" in lines
    assert ["Geflügelmärkte", "Tierschauen", "Ausstellungen", "ähnliche Veranstaltungen"] in lists


@pytest.mark.parametrize(
    ("sentence", "intro", "items"),
    [
        # A police force's burglary: three verb phrases under one subject, the loot in the last.
        (
            "Die Täter hebelten ein Fenster auf, durchsuchten alle Räume und entwendeten unter anderem "
            "Bargeld, Schmuck und eine Kamera.",
            "Die Täter haben unter anderem gestohlen:",
            ("Bargeld", "Schmuck", "eine Kamera"),
        ),
        # A robbery: a split-off particle joins its participle ("nahm … mit" → "hat mitgenommen").
        (
            "Der Mann bedrohte den Kassierer und nahm Bargeld, Zigaretten und mehrere Rubbellose mit.",
            "Der Mann hat mitgenommen:",
            ("Bargeld", "Zigaretten", "mehrere Rubbellose"),
        ),
        # A sports club's year: not a loot list, the same shape.
        (
            "Der Sportverein feierte im Mai sein Jubiläum und kaufte Bälle, zwei Tore und Trikots.",
            "Der Sportverein hat gekauft:",
            ("Bälle", "zwei Tore", "Trikots"),
        ),
    ],
)
def test_the_list_of_the_last_verb_phrase_is_said_with_the_shared_subject_in_the_perfekt(
    sentence: str, intro: str, items: tuple[str, ...]
) -> None:
    found = conjunct_list(sentence)
    assert found is not None
    assert (perfect_intro(found.intro), found.items) == (intro, items)


@pytest.mark.parametrize(
    "sentence",
    [
        "Den Kassierer bedrohte der Mann und nahm Bargeld, Zigaretten und Lose mit.",  # an object in the prefield
        "Die Täter flohen und Zeugen sahen ein Auto, ein Rad und einen Roller.",  # another subject
        "Die Polizei und die Feuerwehr kamen und sperrten Straßen, Wege und Plätze.",  # a coordinated subject
    ],
)
def test_a_shared_subject_that_is_not_sure_is_refused(sentence: str) -> None:
    assert conjunct_list(sentence) is None


def test_a_preterite_lead_in_whose_auxiliary_varies_is_refused() -> None:
    # "fahren" takes "sein" or "haben" by its object: the Perfekt cannot be built blind.
    assert perfect_intro("Die Kinder fuhren:") is None
    assert perfect_intro("Die Stadt bietet an:") == "Die Stadt bietet an:"  # present: unchanged


def _context(*texts: str, headings: tuple[int, ...] = ()) -> RescueContext:
    """A rescue context for the last of ``texts``; the positions in ``headings`` are headings."""
    sentences = tuple(SourceSentence(text, heading=i in headings) for i, text in enumerate(texts))
    return RescueContext(
        source=sentences[-1], text=texts[-1], sentences=sentences, index=len(texts) - 1, issued=None, rewrite=str
    )


def test_the_perpetrator_comes_from_the_report_of_the_list_not_from_another_one() -> None:
    # A police bulletin of two reports: the robber of the first is not the thief of the second.
    texts = (
        "Ein Mann hat einen Kiosk überfallen.",
        "Der Täter flüchtete zu Fuß.",
        "Diebstahl aus Gartenhaus",
        "Gestohlen wurden Bargeld, Werkzeug und zwei Fahrräder.",
    )
    assert enumeration_rescue(_context(*texts, headings=(2,))) is None
    # Within one report the agent is known and the list is said in the active.
    rescue = enumeration_rescue(_context(texts[0], texts[1], texts[3]))
    assert rescue is not None
    assert rescue.sentences == ("Der Täter hat gestohlen:",)
    assert rescue.items == ("Bargeld", "Werkzeug", "zwei Fahrräder")
