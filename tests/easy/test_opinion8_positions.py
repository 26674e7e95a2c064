"""Session 8 (issue 16): a statement says what its sender demands or criticises, and how many demands.

Every release and sentence here is invented for these tests; none is a corpus file. The senders are of
different kinds: a trade union, an alliance of associations, a small party's local branch.
"""

from __future__ import annotations

from dataclasses import replace

from pressconv.model import BulletList, ListItem, OrderedList, Paragraph, Quotation, Release, Text
from pressconv.transforms.easy.positions import (
    call_lines,
    demand_count,
    frame_lines,
    stance_lines,
    statement_title,
    that_lines,
    view_lines,
)
from pressconv.transforms.easy.sender import Sender
from pressconv.transforms.easy.source import SourceSentence, sentences
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

_UNION = Sender(name="Gewerkschaft Nahverkehr Süd", gender="die", kind="eine Gewerkschaft")
_ALLIANCE = Sender(name="Bündnis Saubere Flüsse", gender="das", kind="ein Bündnis")


def _said(*texts: str, speech: bool = False) -> list[SourceSentence]:
    return [SourceSentence(text, speech=speech) for text in texts]


def test_frame_verb_with_an_object_keeps_the_object_whole() -> None:
    lines = frame_lines(_said("Die Gewerkschaft fordert einen höheren Lohn für alle Fahrer."), _UNION, lambda s: s)
    assert lines == ["Die Gewerkschaft Nahverkehr Süd fordert einen höheren Lohn für alle Fahrer."]


def test_coordinated_demands_become_one_sentence_or_one_each() -> None:
    short = frame_lines(_said("Saubere Flüsse fordert mehr Bäume sowie sauberes Wasser."), _ALLIANCE, lambda s: s)
    assert short == ["Saubere Flüsse fordert mehr Bäume und sauberes Wasser."]
    lines = frame_lines(
        _said("Saubere Flüsse fordert strengere Grenzwerte für alle Betriebe sowie mehr Kontrollen an den Ufern."),
        _ALLIANCE,
        lambda s: s,
    )
    assert lines == [
        "Saubere Flüsse fordert strengere Grenzwerte für alle Betriebe.",
        "Saubere Flüsse fordert auch mehr Kontrollen an den Ufern.",
    ]


def test_no_position_from_a_clause_a_quote_a_negation_or_another_subject() -> None:
    body = [
        *_said("Die Gewerkschaft fordert, dass die Busse öfter fahren."),  # a clause: left to clauses.py
        *_said("Die Gewerkschaft fordert die Stadt auf, mehr Busse zu kaufen."),  # the addressee: statement.py
        *_said("Die Gewerkschaft kritisiert die neuen Fahrpläne nicht."),  # never lose the "nicht"
        *_said("Die Stadt kritisiert die Gewerkschaft scharf."),  # not the sender's view
        *_said("Wir fordern mehr Pausen.", speech=True),  # a speaker's words are quoted, not framed
    ]
    assert frame_lines(body, _UNION, lambda s: s) == []


def test_a_time_phrase_before_the_object_is_left_out_other_phrases_are_not() -> None:
    kept = frame_lines(_said("Wir kritisieren zum Jahresende eine schwache Bilanz der Stadt."), _ALLIANCE, lambda s: s)
    assert kept == ["Das Bündnis Saubere Flüsse kritisiert eine schwache Bilanz der Stadt."]
    # "für Kinder" restricts the demand: dropping it would change what is demanded.
    assert frame_lines(_said("Wir fordern für Kinder kostenlose Busse."), _ALLIANCE, lambda s: s) == []


def test_demand_count_only_where_one_count_is_named() -> None:
    assert demand_count(_said("Das Papier umfasst acht Kernforderungen."), _UNION) == (
        "Die Gewerkschaft Nahverkehr Süd hat 8 wichtige Forderungen."
    )
    assert demand_count(_said("Der Brief nennt 3 Forderungen an die Stadt."), _ALLIANCE) == (
        "Das Bündnis Saubere Flüsse hat 3 Forderungen."
    )
    # Two different counts, or a count in a quotation: no count is said.
    assert demand_count(_said("Es gibt drei Forderungen.", "Es gibt fünf Forderungen."), _UNION) is None
    assert demand_count(_said("Wir haben vier Forderungen.", speech=True), _UNION) is None


def test_title_is_the_position_not_a_generic_frame() -> None:
    lines = ["Saubere Flüsse fordert auch mehr Kontrollen.", "Saubere Flüsse kritisiert die Stadt."]
    assert statement_title(lines) == "Saubere Flüsse kritisiert die Stadt"
    assert statement_title(["Saubere Flüsse hat 3 Forderungen."]) is None


def test_summaries_of_a_union_and_a_party_branch_state_their_position() -> None:
    union = german_release(
        "Busfahrer brauchen Pausen",
        "Die Gewerkschaft Nahverkehr Süd fordert längere Pausen sowie mehr Personal. "
        "Die Gewerkschaft kritisiert die neuen Dienstpläne für die Fahrer. "
        "Das Papier der Gewerkschaft umfasst fünf Kernforderungen.",
        organisation="Gewerkschaft Nahverkehr Süd",
    )
    title, body = title_and_body(union)
    said = [title + ".", *body]
    # Both demands of the lead: the lead's own sentence (core.py) says them, the frame lines do not repeat them.
    assert "Die Gewerkschaft Nahverkehr Süd fordert längere Pausen und mehr Personal." in said
    assert not any(line.endswith("fordert auch mehr Personal.") for line in said)
    # "die Fahrer" said as the headline's own compound, which the summary never named (references.fuller, intro24).
    assert "Die Gewerkschaft Nahverkehr Süd kritisiert die neuen Dienstpläne für die Busfahrer." in said
    assert "Die Gewerkschaft Nahverkehr Süd hat 5 wichtige Forderungen." in said
    assert "schreibt über" not in title

    party = german_release(
        "Ortsverband lehnt Parkhaus ab",
        "Der Ortsverband Seedorf der Grünen Mitte kritisiert den Bau eines Parkhauses am Markt. "
        "Wir fordern einen Radweg zum Bahnhof.",
        organisation="Ortsverband Seedorf der Grünen Mitte",
    )
    title, body = title_and_body(party)
    assert "fordert einen Radweg zum Bahnhof" in " ".join([title, *body])
    assert "schreibt über" not in title


def test_the_senders_sentence_after_a_quote_and_a_quoted_title_are_not_speech() -> None:
    quote = Quotation(children=(Text(text="Wir brauchen mehr Platz für alle Gruppen."),), speaker="Eva Beispiel")
    other = Quotation(children=(Text(text="Das ist gut für alle Kinder hier"),), speaker="Tom Muster")
    paragraph = Paragraph(
        children=(
            Text(text="Die Vorsitzende sagt: "),
            quote,
            Text(text=" Der Verein fordert eine neue Halle. "),
            other,
            Text(text=", sagt der Trainer. Das Papier „Mehr Raum für Sport in der Stadt“ umfasst vier Forderungen."),
        )
    )
    release = replace(german_release("Verein stellt Papier vor", organisation="Turnverein Altbach"), body=(paragraph,))
    found = {s.text: s.speech for s in sentences(release)}
    assert found["Der Verein fordert eine neue Halle."] is False
    assert found["Das Papier „Mehr Raum für Sport in der Stadt“ umfasst vier Forderungen."] is False
    assert found[", sagt der Trainer."] is True  # the rest of the quoted sentence


def _with_list(release: Release, intro: str, items: list[str], ordered: bool) -> Release:
    """The release with an intro paragraph and a list of demands after its first paragraph."""
    entries = tuple(ListItem(children=(Text(text=item),)) for item in items)
    listing = OrderedList(items=entries) if ordered else BulletList(items=entries)
    return replace(release, body=(*release.body, Paragraph(children=(Text(text=intro),)), listing))


def test_a_list_of_demands_is_counted_and_its_first_items_said() -> None:
    alliance = _with_list(
        german_release(
            "Bündnis legt Plan für saubere Flüsse vor",
            "Das Bündnis Saubere Flüsse stellt am Montag einen Plan vor.",
            organisation="Bündnis Saubere Flüsse",
        ),
        "Das Bündnis fordert:",
        [
            "Mehr Bäume am Ufer",
            "Sauberes Wasser in allen Seen",
            "Die Stadt muss das Wasser öfter prüfen.",
            "Ein Verbot von Mikroplastik",
        ],
        ordered=True,
    )
    title, body = title_and_body(alliance)
    said = [title + ".", *body]
    assert "Das Bündnis Saubere Flüsse hat 4 Forderungen." in said
    assert "Das Bündnis Saubere Flüsse fordert mehr Bäume am Ufer." in said
    assert "Das Bündnis Saubere Flüsse fordert sauberes Wasser in allen Seen." in said
    assert "Das Bündnis Saubere Flüsse fordert: Die Stadt muss das Wasser öfter prüfen." in said
    # The fourth item is not said, but the count tells the reader there are more.
    assert not any("Mikroplastik" in line for line in said)

    union = _with_list(
        german_release(
            "Pflegekräfte brauchen mehr Zeit",
            "Die Gewerkschaft Pflege Nord spricht mit dem Land über die Arbeit in Heimen.",
            organisation="Gewerkschaft Pflege Nord",
        ),
        "Unsere Forderungen an das Land:",
        ["Mehr Personal in jeder Schicht", "Feste Pausen für alle Pflegekräfte"],
        ordered=False,
    )
    text = " ".join(title_and_body(union)[1])
    assert "Die Gewerkschaft Pflege Nord hat 2 Forderungen." in text
    assert "fordert mehr Personal in jeder Schicht." in text


def test_no_list_of_demands_without_an_intro_that_names_demands() -> None:
    club = _with_list(
        german_release(
            "Verein feiert Sommerfest", "Der Turnverein Altbach feiert am Samstag.", organisation="Turnverein Altbach"
        ),
        "Das Programm:",
        ["Kinderturnen am Vormittag", "Ein Konzert am Abend"],
        ordered=False,
    )
    assert not any("Forderung" in line or "fordert" in line for line in title_and_body(club)[1])


def test_a_refused_nomination_is_never_widened_to_the_party() -> None:
    """A nomination not admitted (one list, one constituency; often not yet decided) is no ban on the
    party standing at all: the blind judgement counted "X darf nicht zur Wahl antreten" as wrong."""
    for sender, sentence in (
        ("Wählergemeinschaft Altbach", "Deshalb wird unser Wahlvorschlag nicht zur Wahl zugelassen."),
        ("Ortsverband Seedorf der Blauen Liste", "Unser Kreiswahlvorschlag wird nicht zugelassen."),
    ):
        release = german_release(
            "Hürden für kleine Parteien",
            f"Die {sender} hat nicht genug Unterschriften bekommen. {sentence}",
            organisation=sender,
        )
        title, body = title_and_body(release)
        assert "nicht zur Wahl antreten" not in " ".join([title, *body])


def test_a_call_on_someone_names_who_should_do_what() -> None:
    tenants = Sender(name="Mieterbund Nordheim", gender="der")
    said = _said("Der Mieterbund Nordheim fordert den neuen Stadtrat auf, mehr Wohnungen zu bauen.")
    assert call_lines(said, tenants, lambda s: s) == [
        "Der Mieterbund Nordheim fordert: Der neue Stadtrat soll mehr Wohnungen bauen."
    ]
    said = _said("Wir appellieren an die Verkehrsbetriebe, mehr Fahrer einzustellen.")
    assert call_lines(said, _UNION, lambda s: s) == [
        "Die Gewerkschaft Nahverkehr Süd bittet: Die Verkehrsbetriebe sollen mehr Fahrer einstellen."
    ]
    # "nicht" stays with its verb; a condition or a second clause leaves the sentence out.
    said = _said("Saubere Flüsse ruft die Stadt dazu auf, die Bäder nicht zu schließen.")
    assert call_lines(said, _ALLIANCE, lambda s: s) == ["Saubere Flüsse bittet: Die Stadt soll die Bäder nicht schließen."]
    assert call_lines(_said("Wir fordern die Stadt auf, zu handeln, wenn es regnet."), _ALLIANCE, lambda s: s) == []
    # "die Bürger" is plural ("Bürger" is masculine); "die Eltern": the number is not known, nothing said.
    said = _said("Wir fordern die Bürger auf, vorsichtig zu sein.", "Wir fordern die Eltern auf, vorsichtig zu sein.")
    assert call_lines(said, _ALLIANCE, lambda s: s) == [
        "Das Bündnis Saubere Flüsse fordert: Die Bürger sollen vorsichtig sein."
    ]
    assert call_lines(_said("Wir fordern die Stadt auf, schnell zu handeln.", speech=True), _ALLIANCE, lambda s: s) == []


def test_a_statement_criticising_its_addressee_is_titled_by_the_criticism() -> None:
    release = german_release(
        "Halbzeit ohne Fortschritt",
        "Der Mieterbund Nordheim kritisiert die Landesregierung. "
        "Er fordert die Landesregierung auf, mehr Sozialwohnungen zu bauen und die Mieten zu begrenzen, "
        "weil viele Familien keine Wohnung finden.",
        organisation="Mieterbund Nordheim",
    )
    title, _ = title_and_body(release)
    assert title == "Der Mieterbund Nordheim kritisiert die Landesregierung"


def test_what_the_sender_criticises_in_a_dass_clause_becomes_a_main_clause() -> None:
    said = _said("Die Gewerkschaft kritisiert, dass die Stadt zu wenig Busse kauft.")
    assert that_lines(said, _UNION, lambda s: s) == [
        "Die Gewerkschaft Nahverkehr Süd kritisiert: Die Stadt kauft zu wenig Busse."
    ]
    said = _said("Wir bedauern, dass der Rat das Sommerfest absagt.")
    assert that_lines(said, _ALLIANCE, lambda s: s) == [
        "Das Bündnis Saubere Flüsse bedauert: Der Rat sagt das Sommerfest ab."
    ]
    said = _said("Der Mieterbund Nordheim begrüßt, dass die Stadt die Bäder nicht geschlossen hat.")
    tenants = Sender(name="Mieterbund Nordheim", gender="der")
    assert that_lines(said, tenants, lambda s: s) == [
        "Der Mieterbund Nordheim begrüßt: Die Stadt hat die Bäder nicht geschlossen."
    ]
    # A second clause, a condition, or no subject at the start of the clause: nothing is said.
    assert that_lines(_said("Wir kritisieren, dass die Stadt spart, weil sie kein Geld hat."), _UNION, lambda s: s) == []
    assert that_lines(_said("Wir kritisieren, dass die Stadt sparen würde."), _UNION, lambda s: s) == []
    assert that_lines(_said("Wir kritisieren, dass trotzdem gespart wird."), _UNION, lambda s: s) == []


def test_the_addressee_of_verlangen_stays_with_the_demand() -> None:
    said = _said("Die Gewerkschaft verlangt von der Stadt mehr Geld für Busse.")
    assert frame_lines(said, _UNION, lambda s: s) == [
        "Die Gewerkschaft Nahverkehr Süd verlangt von der Stadt mehr Geld für Busse."
    ]


def test_one_of_several_counted_demands_is_no_title() -> None:
    lines = ["Das Bündnis Saubere Flüsse hat 7 Forderungen.", "Das Bündnis Saubere Flüsse fordert mehr Bäume."]
    assert statement_title(lines) is None
    lines = [*lines, "Das Bündnis Saubere Flüsse kritisiert die Stadt."]
    assert statement_title(lines) == "Das Bündnis Saubere Flüsse kritisiert die Stadt"
    # Without a count, a demand of up to 12 words is the title rather than a topic frame.
    assert statement_title(["Die Gewerkschaft Nahverkehr Süd verlangt von der Stadt mehr Geld für Busse."]) == (
        "Die Gewerkschaft Nahverkehr Süd verlangt von der Stadt mehr Geld für Busse"
    )


def test_a_view_marked_by_a_noun_of_opinion_is_said_as_the_senders_view() -> None:
    def lines(text: str, sender: Sender) -> list[str]:
        return view_lines(_said(text), sender, lambda s: s)

    assert lines("Nach Auffassung der Gewerkschaft sind die Pausen zu kurz.", _UNION) == [
        "Die Gewerkschaft Nahverkehr Süd meint: Die Pausen sind zu kurz."
    ]
    assert lines("Das Bündnis ist der Ansicht, dass die Flüsse sauberer werden müssen.", _ALLIANCE) == [
        "Das Bündnis Saubere Flüsse meint: Die Flüsse müssen sauberer werden."
    ]
    # Another body's view, or a condition: nothing is said in the sender's name.
    assert lines("Nach Ansicht der Stadt ist der Plan gut.", _UNION) == []
    assert lines("Nach Ansicht der Gewerkschaft wäre der Plan gut, wenn er käme.", _UNION) == []


def test_a_stance_with_a_separable_verb_is_said_plainly() -> None:
    branch = Sender(name="Ortsverband Seedorf der Blauen Liste", gender="der")
    said = _said("Der Ortsverband Seedorf der Blauen Liste spricht sich klar gegen eine neue Straße aus.")
    assert stance_lines(said, branch, lambda s: s) == [
        "Der Ortsverband Seedorf der Blauen Liste ist gegen eine neue Straße."
    ]
    said = _said("Wir lehnen die höheren Preise für Monatskarten ab.")
    assert stance_lines(said, _UNION, lambda s: s) == [
        "Die Gewerkschaft Nahverkehr Süd ist gegen die höheren Preise für Monatskarten."
    ]
    # A negation or a clause as the object: nothing is said.
    assert stance_lines(_said("Wir lehnen die Preise nicht ab."), _UNION, lambda s: s) == []
    assert stance_lines(_said("Wir lehnen es ab, die Preise zu erhöhen."), _UNION, lambda s: s) == []
