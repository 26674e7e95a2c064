"""A phone number or e-mail address taken out of a body sentence (contactout.py, a rescuer), the spare
adverbs of a long sentence (adjuncts.py) and a never-split word inside a compound (compounds.py);
invented sentences and releases of a police authority, a library, a utility and a job centre."""

from __future__ import annotations

import pytest

from pressconv import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.adjuncts import without_adjuncts
from pressconv.transforms.easy.both import resolve_both
from pressconv.transforms.easy.compounds import segment_text
from pressconv.transforms.easy.contactout import contact_out, without_contacts
from pressconv.transforms.easy.described import described
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.shorten import without_weekday_and_total
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import lone_context


def _context(text: str, contacts: tuple[str, ...], *, speech: bool = False) -> RescueContext:
    return lone_context(text, speech=speech, contacts=contacts)


@pytest.mark.parametrize(
    ("source", "said", "taken"),
    [
        # Police: the number between the subject and the second subject of "oder".
        (
            "Hinweise nimmt die Kripo Musterstadt unter Telefon 05231 4400-0 oder jede andere Dienststelle entgegen.",
            "Hinweise nimmt die Kripo Musterstadt oder jede andere Dienststelle entgegen.",
            ("05231 4400-0",),
        ),
        # Town office: a number and an address joined by "oder" go together.
        (
            "Fragen beantwortet das Bürgerbüro unter der Rufnummer 0711 2233-10 oder per E-Mail an buero@dorf.example.",
            "Fragen beantwortet das Bürgerbüro.",
            ("0711 2233-10", "buero@dorf.example"),
        ),
        # Utility: an apposition between dashes goes with both dashes.
        (
            "Die Störungsstelle – erreichbar unter der Telefonnummer 0421 5566-77 – hilft rund um die Uhr.",
            "Die Störungsstelle hilft rund um die Uhr.",
            ("0421 5566-77",),
        ),
        # Sports club: an e-mail address alone.
        (
            "Helferinnen und Helfer können sich unter helfer@lauf-beispiel.example melden.",
            "Helferinnen und Helfer können sich melden.",
            ("helfer@lauf-beispiel.example",),
        ),
    ],
)
def test_the_contact_phrase_goes_whole(source: str, said: str, taken: tuple[str, ...]) -> None:
    assert without_contacts(source) == (said, taken)


@pytest.mark.parametrize(
    "source",
    [
        # Transport company: the hotline is one of a list of ways; without it the list loses its "und".
        "Informationen gibt es im Internet, in der App und unter der Hotline 0221 4455-0.",
        # No contact phrase at all; an emergency number is no contact phrase either.
        "Im Notfall wählen Sie die Nummer 112.",
        "Kinder unter 6 Jahren haben freien Eintritt.",
    ],
)
def test_no_contact_phrase_or_a_list_of_ways_is_left_as_it_is(source: str) -> None:
    assert without_contacts(source) is None


def test_the_block_s_number_is_not_said_again() -> None:
    found = contact_out(_context("Hinweise nimmt die Polizei unter Telefon 05231 4400-0 entgegen.", ("05231 4400-0",)))
    assert found == Rescue(("Hinweise nimmt die Polizei entgegen.",))


def test_a_local_number_is_the_block_s_number_with_its_area_code() -> None:
    found = contact_out(_context("Fragen beantwortet das Bürgertelefon unter der Rufnummer 4664-4664.", ("030 4664-4664",)))
    assert found == Rescue(("Fragen beantwortet das Bürgertelefon.",))


@pytest.mark.parametrize(
    ("source", "said", "item"),
    [
        # Police counselling: another number than the block's gets a line of its own.
        (
            "Termine kann man unter Telefon 05231 4400-218 vereinbaren.",
            "Termine kann man vereinbaren.",
            "05231 4400-218",
        ),
        # Library: an address the block does not print.
        (
            "Karten kann man per E-Mail an karten@bibliothek-beispiel.example reservieren.",
            "Karten kann man reservieren.",
            "karten@bibliothek-beispiel.example",
        ),
    ],
)
def test_another_number_gets_a_line_of_its_own(source: str, said: str, item: str) -> None:
    found = contact_out(_context(source, ("05231 4400-0",)))
    assert found is not None
    assert found.sentences[0] == said
    assert found.sentences[1] in ("Die Telefonnummer ist:", "Die E-Mail-Adresse ist:")
    assert found.items == (item,)


def test_two_numbers_the_block_lacks_or_a_quotation_are_refused() -> None:
    two = "Termine gibt es unter Telefon 05231 4400-218 oder unter Telefon 05231 4400-219."
    assert contact_out(_context(two, ("05231 4400-0",))) is None
    quoted = "Fragen beantworten wir unter Telefon 05231 4400-0."
    assert contact_out(_context(quoted, ("05231 4400-0",), speech=True)) is None


_POLICE = """Polizeipräsidium Musterland

Beratung zum Einbruchschutz

Musterstadt, 12. Mai 2026 – Die Polizei Musterstadt berät Bürgerinnen und Bürger kostenlos zum Schutz vor Einbrüchen.

Hinweise auf verdächtige Personen nimmt die Kriminalpolizei unter Telefon 05231 4400-0 entgegen.

Die Beratungsstelle der Polizei bietet kostenlose Beratungen zum Einbruchschutz an. {appointments}
""".format(appointments="Termine kann man unter Telefon 05231 4400-218 vereinbaren.")

_JOBS = """Jobcenter Beispielkreis

Geänderte Öffnungszeiten beim Jobcenter

Beispielstadt, 2. März 2026 – Ab April gelten beim Jobcenter Beispielkreis andere Öffnungszeiten.

Die Geschäftsstelle ist am Montag und am Donnerstag von 8 bis 12 Uhr geöffnet.

Das Jobcenter ist unverändert dienstags bis samstags von 9 bis 17 Uhr unter 02944 7381-0 erreichbar.
"""


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release).replace("·", "")


def test_a_police_release_says_whom_to_call_for_what() -> None:
    summary = _summary(_POLICE)
    body, contact = summary.split("## Worum geht es?")[1].split("## Kontakt")
    assert "Termine kann man vereinbaren.\nDie Telefonnummer ist:\n- 05231 4400-218" in body
    # Subject first (wordorder.py, wrongs19): the object no longer opens the sentence.
    assert "Die Kriminalpolizei nimmt Hinweise auf verdächtige Personen entgegen." in body
    assert "4400-0" not in body  # the block's number stays in the block
    assert "05231 4400-0" in contact


def test_a_job_centre_s_service_line_without_its_number_and_the_spare_adverb() -> None:
    summary = _summary(_JOBS)
    assert "Das Jobcenter ist dienstags bis samstags von 9 bis 17 Uhr erreichbar." in summary
    assert "02944 7381-0" in summary.split("## Kontakt")[1]


@pytest.mark.parametrize(
    ("source", "said"),
    [
        # Job centre and utility: the unchanged-adverbials.
        ("Das Amt ist unverändert montags von 8 bis 12 Uhr geöffnet.", "Das Amt ist montags von 8 bis 12 Uhr geöffnet."),
        (
            "Die Störungsstelle ist wie gewohnt rund um die Uhr erreichbar.",
            "Die Störungsstelle ist rund um die Uhr erreichbar.",
        ),
        # Museum and company: already-adverbs and the present frame.
        ("Die Anmeldung für den Kurs ist bereits möglich.", "Die Anmeldung für den Kurs ist möglich."),
        ("Am Standort arbeiten derzeit rund 600 Menschen.", "Am Standort arbeiten rund 600 Menschen."),
    ],
)
def test_spare_adverbs_go(source: str, said: str) -> None:
    assert without_adjuncts(source) == said


@pytest.mark.parametrize(
    "source",
    [
        # A predicate stays; a past statement keeps "derzeit"; a negation or "noch" keeps everything.
        "Die Preise bleiben unverändert.",
        "Die Straße war derzeit gesperrt.",
        "Die Anmeldung ist noch nicht bereits möglich.",
        # Never: "jeweils", "unter anderem", "ausnahmsweise", hedges.
        "Die beiden Gewinner bekommen jeweils 500 Euro.",
        "Die Täter haben unter anderem Schmuck gestohlen.",
        "Der Wertstoffhof hat ausnahmsweise bis 18 Uhr geöffnet.",
        "Die Straße bleibt voraussichtlich bis Freitag gesperrt.",
    ],
)
def test_adverbs_that_carry_meaning_stay(source: str) -> None:
    assert without_adjuncts(source) == source


def test_insgesamt_goes_before_a_hedged_number_and_opening_the_sentence() -> None:
    assert without_weekday_and_total("Insgesamt 612 Kurse stehen im Programm.") == "612 Kurse stehen im Programm."
    assert without_weekday_and_total("Es kamen insgesamt rund 40 Gäste.") == "Es kamen rund 40 Gäste."


def test_a_never_split_word_stays_whole_as_a_first_part() -> None:
    assert segment_text("Verbraucherhotline") == "Verbraucher·hotline"
    assert segment_text("Verwaltungsgericht") == "Verwaltungs·gericht"


def _both(before: str, line: str, earlier: tuple[str, ...] = ()) -> str | None:
    sentences = (SourceSentence(before), SourceSentence(line))
    return resolve_both(line, sentences, 1, earlier)


@pytest.mark.parametrize(
    ("before", "line", "earlier", "said"),
    [
        # Police: the pair a witness saw, not yet named in the summary -> as the source introduced it.
        (
            "Ein Anwohner hat gegen 1 Uhr zwei Personen im Garten gesehen.",
            "Beide trugen dunkle Jacken.",
            (),
            "2 Personen trugen dunkle Jacken.",
        ),
        # Zoo: the pair named already -> definite, the adjective in the weak ending.
        (
            "Der Tierpark hat zwei junge Luchse aus Schweden bekommen.",
            "Beide sind gesund.",
            ("Der Tierpark hat junge Luchse.",),
            "Die 2 jungen Luchse sind gesund.",
        ),
    ],
)
def test_beide_by_the_one_pair_before(before: str, line: str, earlier: tuple[str, ...], said: str) -> None:
    assert _both(before, line, earlier) == said


@pytest.mark.parametrize(
    ("before", "line"),
    [
        # Fire brigade: two pairs to choose from.
        ("Zwei Feuerwehrleute haben zwei Katzen gerettet.", "Beide sind unverletzt."),
        # School: the pair after a preposition (dative) and no pair at all.
        ("Der Preis geht an zwei Schulen.", "Beide bekommen 500 Euro."),
        ("Die Schülerinnen und Schüler haben gewonnen.", "Beide bekommen 500 Euro."),
        # "Beide" as a determiner is no pronoun.
        ("Ein Zeuge hat zwei Männer gesehen.", "Beide Männer trugen Kapuzen."),
    ],
)
def test_beide_without_one_sure_pair_stays(before: str, line: str) -> None:
    assert _both(before, line) is None


@pytest.mark.parametrize(
    ("source", "intro", "items"),
    [
        # Police: a suspect's description.
        (
            "Der Täter wird als etwa 30 Jahre alt, schlank und etwa 1,80 Meter groß beschrieben.",
            "Der Täter sieht so aus:",
            ("etwa 30 Jahre alt", "schlank", "etwa 1,80 Meter groß"),
        ),
        # Animal shelter: a runaway dog, one feature after another.
        (
            "Der entlaufene Hund wird als klein, braun und sehr scheu beschrieben.",
            "Der entlaufene Hund sieht so aus:",
            ("klein", "braun", "sehr scheu"),
        ),
    ],
)
def test_a_description_becomes_a_list(source: str, intro: str, items: tuple[str, ...]) -> None:
    assert described(_context(source, ())) == Rescue((intro,), items=items)


@pytest.mark.parametrize(
    "source",
    [
        # Not the nominative for sure, a clause inside, or no description at all.
        "Eine der Personen wird als auffallend groß beschrieben.",
        "Der Mann wird als Person beschrieben, die eine Jacke trug.",
        "Der Verlauf der Sitzung wird im Protokoll beschrieben.",
    ],
)
def test_no_sure_description_no_list(source: str) -> None:
    assert described(_context(source, ())) is None


_ROBBERY = """Polizeipräsidium Musterland

Überfall auf Tankstelle in Musterstadt – Polizei sucht Zeugen

Musterstadt, 12. Mai 2026 – Ein Mann hat am Montagabend die Tankstelle in der Lindenstraße überfallen.

Der Täter hat Bargeld gestohlen. Der Täter wird als etwa 30 Jahre alt, schlank und etwa 1,80 Meter groß beschrieben.

Hinweise nimmt die Polizei unter Telefon 05231 4400-0 entgegen.
"""


def test_a_police_appeal_lists_the_description() -> None:
    summary = _summary(_ROBBERY)
    assert "Der Täter sieht so aus:\n- etwa 30 Jahre alt\n- schlank\n- etwa 1,80 Meter groß" in summary


@pytest.mark.parametrize(
    ("source", "said", "item"),
    [
        # District office: heat advice on a web page.
        (
            "Eine Übersicht aller kühlen Orte ist unter www.kreis-beispiel.example/hitze abrufbar.",
            "Eine Übersicht aller kühlen Orte ist abrufbar.",
            "www.kreis-beispiel.example/hitze",
        ),
        # Company: applications through its web page.
        (
            "Interessierte können sich über das Karriereportal unter www.firma-beispiel.example/jobs bewerben.",
            "Interessierte können sich über das Karriereportal bewerben.",
            "www.firma-beispiel.example/jobs",
        ),
    ],
)
def test_a_web_address_gets_a_line_of_its_own(source: str, said: str, item: str) -> None:
    assert contact_out(_context(source, ())) == Rescue((said, "Die Adresse im Internet ist:"), items=(item,))


@pytest.mark.parametrize(
    "source",
    [
        # Fire brigade and ministry: press material is for journalists.
        "Einsatzbilder stehen unter www.feuerwehr-beispiel.example/presse zum Download bereit.",
        "Ein Pressefoto steht unter www.ministerium-beispiel.example/fotos bereit.",
        # Transport company: the web page first of a list of ways.
        "Die Entscheidung wird auf www.kreis-beispiel.example, über die Apps und im Radio bekannt gegeben.",
    ],
)
def test_press_material_or_a_list_of_ways_gets_no_line(source: str) -> None:
    assert contact_out(_context(source, ())) is None
