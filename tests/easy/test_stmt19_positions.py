"""Session 19: who criticises or demands what, the reason given, and the sender named by its own sentences.

Every release and sentence here is invented for these tests; none is a corpus file. The senders are of
different kinds: a citizens' initiative, a trade union, a party's local branch and a sports club.
"""

from __future__ import annotations

from pressconv.model import BulletList, ListItem, Paragraph, Release, Text
from pressconv.transforms.easy.claims import claim_frame, criticism_clause
from pressconv.transforms.easy.framesender import frame_sender, short_names
from pressconv.transforms.easy.positions import (
    _main_clause,
    accusation_lines,
    frame_lines,
    listed_demands,
    position_lines,
    stance_lines,
    that_lines,
)
from pressconv.transforms.easy.reasons import split_reason
from pressconv.transforms.easy.sender import Sender
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

_UNION = Sender(name="Gewerkschaft Nahverkehr Süd", gender="die", kind="eine Gewerkschaft")
_CLUB = Sender(name="Sportverein Blau-Weiß Talheim", gender="der")


def _said(*texts: str, speech: bool = False) -> list[SourceSentence]:
    return [SourceSentence(text, speech=speech) for text in texts]


def test_the_sender_is_the_subject_of_its_own_frame_sentences() -> None:
    initiative = _said(
        "Die Bürgerinitiative „Grüne Aue“ hat am Montag 900 Unterschriften übergeben.",
        "Die Initiative kritisiert den Plan der Gemeinde.",
        "Konkret fordert die Bürgerinitiative:",
    )
    assert frame_sender(initiative) == Sender("Bürgerinitiative", "die")
    club = _said("Der Sportverein verlangt einen neuen Rasen.", "Der Verein kritisiert die Gebühren.")
    assert frame_sender(club) == Sender("Sportverein", "der")


def test_no_sender_where_two_organisations_frame_or_none_is_an_advocacy_body() -> None:
    two = _said("Die Gewerkschaft fordert mehr Lohn.", "Der Verband kritisiert die Gewerkschaft.")
    assert frame_sender(two) is None
    office = _said("Die Stadt fordert alle Bürger auf, Wasser zu sparen.")  # no advocacy body
    assert frame_sender(office) is None
    quoted = _said("Die Gewerkschaft fordert mehr Lohn.", speech=True)  # a speaker's words, not the sender's
    assert frame_sender(quoted) is None


def test_a_compound_name_is_named_again_by_its_last_part() -> None:
    assert short_names("Bürgerinitiative") == ["Initiative"]
    assert short_names("Landesverband") == ["Verband"]
    assert short_names("Gewerkschaftsbund") == []  # "der Bund" names another body
    lines = frame_lines(_said("Der Verein kritisiert die neuen Gebühren für den Platz."), _CLUB, lambda s: s)
    assert lines == ["Der Sportverein Blau-Weiß Talheim kritisiert die neuen Gebühren für den Platz."]


def test_the_reason_of_a_position_follows_it_in_the_senders_frame() -> None:
    lines = frame_lines(
        _said("Die Gewerkschaft kritisiert den Sparplan, weil die Stadt zwölf Busse weniger kauft."), _UNION, lambda s: s
    )
    assert lines == [
        "Die Gewerkschaft Nahverkehr Süd kritisiert den Sparplan.",
        "Die Gewerkschaft Nahverkehr Süd sagt: Die Stadt kauft zwölf Busse weniger.",
    ]
    # The reason keeps its "nicht"; "denn" keeps its main-clause order.
    lines = frame_lines(
        _said("Der Verein fordert einen neuen Rasen, denn der alte Platz ist nicht mehr sicher."), _CLUB, lambda s: s
    )
    assert lines[-1] == "Der Sportverein Blau-Weiß Talheim sagt: Der alte Platz ist nicht mehr sicher."
    stance = stance_lines(_said("Der Verein lehnt die neuen Gebühren ab, weil viele Familien wenig Geld haben."), _CLUB, str)
    assert stance[-1] == "Der Sportverein Blau-Weiß Talheim sagt: Viele Familien haben wenig Geld."
    that = that_lines(
        _said("Die Gewerkschaft kritisiert, dass die Stadt am Bus spart, weil die Wahl näher kommt."), _UNION, str
    )
    assert that == [
        "Die Gewerkschaft Nahverkehr Süd kritisiert: Die Stadt spart am Bus.",
        "Die Gewerkschaft Nahverkehr Süd sagt: Die Wahl kommt näher.",
    ]


def test_no_reason_line_from_a_condition_a_pronoun_or_a_second_clause() -> None:
    for text in (
        "Die Gewerkschaft fordert mehr Lohn, weil die Preise steigen würden.",  # a subjunctive
        "Die Gewerkschaft fordert mehr Lohn, weil sie das schon lange sagt.",  # "sie" points back
        "Die Gewerkschaft fordert mehr Lohn, weil die Preise steigen, die Löhne aber nicht.",  # two clauses
    ):
        position, reason = split_reason(text, _main_clause)
        assert reason is None and position == text


def test_a_clause_cut_from_a_criticism_stays_the_senders_claim() -> None:
    source = "Die Partei kritisiert die Stadtverwaltung, weil die Verwaltung die Bürger belogen hat."
    piece = "Die Verwaltung hat die Bürger belogen."
    assert criticism_clause(piece, source)
    framed = claim_frame(piece, source, "Die Partei", own=True)
    assert framed == "Die Partei sagt: Die Verwaltung hat die Bürger belogen."
    # Whose claim it is unknown (another subject, no sender): left out, never stated as a fact.
    assert claim_frame(piece, "Der Nachbar wirft der Verwaltung vor, dass sie lügt.", "Die Partei", own=False) is None
    assert claim_frame(piece, source, None, own=True) is None
    # A sentence without a verb of criticism is no claim of that kind and stays as it is.
    assert claim_frame("Die Halle ist alt.", "Die Halle ist alt, sagt der Verein.", "Der Verein", own=True) == (
        "Die Halle ist alt."
    )


def test_an_accusation_in_a_party_release_is_never_stated_as_fact() -> None:
    party = german_release(
        "Rote Welle kritisiert Rathaus",
        "Die Partei Rote Welle kritisiert die Stadtverwaltung Nordheim scharf, weil die Verwaltung die Bürger belogen hat.",
        "Die Partei fordert einen Untersuchungsausschuss.",
        organisation="Partei Rote Welle",
    )
    title, body = title_and_body(party)
    said = [title + ".", *body]
    assert not any(line.startswith("Die Verwaltung hat") for line in said)
    assert any(line.endswith("sagt: Die Verwaltung hat die Bürger belogen.") for line in said) or not any(
        "belogen" in line for line in said
    )
    assert any("kritisiert die Stadtverwaltung" in line for line in said)


def _initiative() -> Release:
    items = ("ein neues Gutachten zum Verkehr", "eine Bürgerversammlung im Mai", "mehr Bäume an der Straße")
    body = (
        Paragraph(children=(Text(text="Die Bürgerinitiative „Grüne Aue“ hat am Montag 900 Unterschriften übergeben."),)),
        Paragraph(children=(Text(text="Konkret fordert die Bürgerinitiative:"),)),
        BulletList(items=tuple(ListItem(children=(Text(text=item),)) for item in items)),
    )
    release = german_release("Bürgerinitiative „Grüne Aue“ Talheim", "x")
    return Release(meta=release.meta, body=body)


def test_an_initiative_without_letterhead_says_its_demands() -> None:
    title, body = title_and_body(_initiative())
    assert "Die Bürgerinitiative hat 3 Forderungen." in [title + ".", *body]
    assert "Die Bürgerinitiative fordert ein neues Gutachten zum Verkehr." in body
    assert not title.startswith("Eine Nachricht")
    # Without any other news, the count of the demands is the title, never the generic line.
    release = _initiative()
    release = Release(meta=release.meta, body=release.body[1:])
    title, _ = title_and_body(release)
    assert title == "Die Bürgerinitiative hat 3 Forderungen"


def test_position_lines_mark_reasons_apart_from_positions() -> None:
    found = position_lines(
        _said("Die Gewerkschaft kritisiert den Sparplan, weil die Stadt zwölf Busse weniger kauft."),
        _UNION,
        "statement",
        lambda s: s,
    )
    assert [origin for _, origin in found] == ["position", "reason"]


def test_an_accusation_stays_in_the_senders_frame() -> None:
    party = Sender(name="Fraktion Rote Welle", gender="die")
    body = _said(
        "Die Fraktion wirft dem Bürgermeister vor, die Bürger getäuscht zu haben.",
        "Die Fraktion wirft der Stadtverwaltung erneut vor, die Probleme seit Jahren zu ignorieren.",
        "Die Fraktion wirft dem neuen Landrat Untätigkeit vor.",
    )
    assert accusation_lines(body, party, lambda s: s) == [
        "Die Fraktion Rote Welle sagt: Der Bürgermeister hat die Bürger getäuscht.",
        "Die Fraktion Rote Welle sagt: Die Stadtverwaltung ignoriert die Probleme seit Jahren.",
        "Die Fraktion Rote Welle kritisiert den neuen Landrat.",
    ]
    club = _said(
        "Der Verein wirft der Gemeinde vor, den Platz verkauft zu haben.",
        "Der Verein wirft der Gemeinde vor, dass sie lügt.",  # a dass-clause with a pronoun: left out
        "Der Verein wirft den Ämtern vor, geschlafen zu haben.",  # a plural accused: form unsure, left out
        "Der Verein wirft der Gemeinde vor, den Platz verkaufen zu wollen, wenn Geld fehlt.",  # a condition
    )
    assert accusation_lines(club, _CLUB, lambda s: s) == [
        "Der Sportverein Blau-Weiß Talheim sagt: Die Gemeinde hat den Platz verkauft."
    ]


def _listed(intro: str, *items: str) -> list[SourceSentence]:
    return [
        SourceSentence(intro, paragraph=0),
        *(SourceSentence(item, heading=True, paragraph=1, position=i) for i, item in enumerate(items)),
    ]


def test_infinitive_items_of_a_demand_list_say_what_should_be_done() -> None:
    alliance = Sender(name="Bündnis Saubere Flüsse", gender="das", kind="ein Bündnis")
    body = _listed("Wir fordern:", "die Gebühren für Vereine zu senken", "Radwege ausbauen", "mehr Bäume und Hecken")
    assert listed_demands(body, alliance, lambda s: s) == [
        "Das Bündnis Saubere Flüsse fordert: Man soll die Gebühren für Vereine senken.",
        "Das Bündnis Saubere Flüsse fordert: Man soll Radwege ausbauen.",
        "Das Bündnis Saubere Flüsse fordert mehr Bäume und Hecken.",
    ]
    # An item with a negation or two verbs is left out, never cut.
    body = _listed("Konkret fordert der Verein:", "den Platz nicht zu verkaufen", "bauen und sanieren")
    assert listed_demands(body, _CLUB, lambda s: s) == []


def test_criticism_as_a_light_verb_phrase_is_said_with_kritisiert() -> None:
    from pressconv.transforms.easy.accusations import accusation

    assert accusation("übt scharfe Kritik an der Stadtverwaltung.", "Der Verein") == (
        "Der Verein kritisiert die Stadtverwaltung."
    )
    assert accusation("übt Kritik am Landrat wegen der neuen Gebühren.", "Die Gewerkschaft") == (
        "Die Gewerkschaft kritisiert den Landrat."
    )
    assert accusation("übt Kritik an Bürgermeisterin Eva Muster im Zusammenhang mit dem Bad.", "Die Partei") == (
        "Die Partei kritisiert Bürgermeisterin Eva Muster."
    )
    assert accusation("übt Kritik an vielen Dingen.", "Die Partei") is None  # no one named as criticised


def test_a_letterhead_unit_speaks_in_its_bodys_name() -> None:
    # A voters' group in a town council and a union's group in a district assembly (fix19c: invented).
    voters = german_release(
        "Wählergemeinschaft kritisiert Verwaltung",
        "Die Fraktion der Wählergemeinschaft im Gemeinderat Seeblick übt deutliche Kritik an der Stadtverwaltung "
        "wegen der neuen Gebühren. Wir fordern eine offene Sitzung.",
        organisation="Wählergemeinschaft Seeblick, Fraktion im Gemeinderat",
    )
    title, body = title_and_body(voters)
    assert "Die Wählergemeinschaft Seeblick kritisiert die Stadtverwaltung." in [title + ".", *body]
    assert "schreibt über" not in title and "Meinung" not in title
    union = german_release(
        "Gewerkschaft kritisiert Landrat",
        "Die Gruppe der Gewerkschaft im Kreistag Talheim übt scharfe Kritik am Landrat wegen der Schließung "
        "der Klinik. Wir fordern ein Gespräch.",
        organisation="Gewerkschaft Pflege Nord, Gruppe im Kreistag",
    )
    title, body = title_and_body(union)
    assert "Die Gewerkschaft Pflege Nord kritisiert den Landrat." in [title + ".", *body]


def test_a_branch_speaks_as_its_party_or_association() -> None:
    # A party's local branch and a youth association's district group: "von der <Name>" in the letterhead.
    from pressconv.transforms.easy.positions import own_sentence

    branch = Sender("Ortsverband Nordheim von der Blauen Liste", "der")
    assert own_sentence("Die Blaue Liste kritisiert den Plan.", branch)
    youth = Sender("Kreisgruppe Talheim von der Deutschen Wanderjugend", "die")
    assert own_sentence("Die Deutsche Wanderjugend fordert neue Wege.", youth)
    assert not own_sentence("Die Stadt fordert neue Wege.", youth)


def test_throwing_is_no_accusation() -> None:
    source = "Der Mann warf einen Stein in das Fenster und flüchtete zu Fuß."
    assert not criticism_clause("Der Mann ist zu Fuß geflüchtet.", source)
    assert criticism_clause("Die Stadt hat gelogen.", "Der Verein wirft der Stadt vor, dass sie gelogen hat.")


def test_the_critics_own_coordinated_clause_is_no_claim() -> None:
    source = "Die Gewerkschaft kritisiert den Plan und fordert mehr Geld."
    assert not criticism_clause("Die Gewerkschaft fordert mehr Geld.", source)
    source = "Der Verein kritisiert die Gebühren und hat eine Umfrage gestartet."
    assert not criticism_clause("Der Verein hat eine Umfrage gestartet.", source)
