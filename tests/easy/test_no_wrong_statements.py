"""Classes of wrong statements a blind reading found, each left out rather than written.

Every release here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

from pressconv.model import Metadata, Paragraph, Quotation, Release, Text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.select import speaker_label


def _text(release: Release) -> str:
    return summary_text(summarise(release).release).replace("·", "").split("## Wörterbuch")[0]


def _release(title: str, *paragraphs: tuple[Text | Quotation, ...], kicker: str | None = None) -> Release:
    meta = Metadata(
        title=(Text(text=title),), language="de-DE", issued=date(2024, 3, 1), organisation="Verein Grünfeld", kicker=kicker
    )
    return Release(meta=meta, body=tuple(Paragraph(children=p) for p in paragraphs))


def test_a_role_cut_from_its_organisation_is_left_out() -> None:
    # "Leiterin" alone would say she leads the sender.
    assert speaker_label("Mara Lind", "Leiterin Politik bei der Stiftung Nordlicht") == "Mara Lind"
    assert speaker_label("Jan Ort", "Sprecher des Bündnisses Klarwasser") == "Jan Ort"


def test_a_whole_role_stays_before_the_name() -> None:
    assert speaker_label("Jan Ort", "Bürgermeister") == "Bürgermeister Jan Ort"


def test_a_statement_reversed_by_the_next_sentence_is_left_out() -> None:
    release = _release(
        "Verein Grünfeld zum Entwurf",
        (Text(text="Die Stadt hat einen Plan für neue Radwege vorgelegt. Jedoch fehlt im Plan das Geld."),),
    )
    assert "Die Stadt hat einen Plan" not in _text(release)


def test_one_sentence_of_a_longer_quotation_is_left_out() -> None:
    said = Quotation(children=(Text(text="Der Plan ist ein guter Anfang."),), speaker="Jan Ort")
    more = Quotation(children=(Text(text="Jetzt muss die Stadt Geld geben."),), speaker=None)
    release = _release("Verein Grünfeld zum Plan", (said, Text(text=", sagt Jan Ort. "), more))
    assert "guter Anfang" not in _text(release)


def test_journalists_welcome_at_a_public_event_do_not_make_it_press_only() -> None:
    release = _release(
        "Einladung zum Aktionstag Radfahren",
        (
            Text(
                text="Wir laden Sie zum Aktionstag am Montag, 4. März 2024, um 10 Uhr auf dem Marktplatz ein. "
                "Für Auskünfte und O-Töne steht Jan Ort vor Ort zur Verfügung."
            ),
        ),
    )
    assert "für Journalisten" not in _text(release)
    # A release that names itself a press appointment still says so: tests/easy/test_facts.py (PRESS).


def test_brigades_listed_beside_the_sender_are_not_written_as_the_ones_in_action() -> None:
    # "Mit uns im Einsatz waren …": the sender's own brigade did the work and is not in the list.
    release = _release(
        "Brand in einer Scheune",
        (
            Text(
                text="Am Samstag brannte in Nordheim eine Scheune. Die Feuerwehr löschte den Brand. "
                "Mit uns im Einsatz waren die Feuerwehr Grünau und die Feuerwehr Bachfeld."
            ),
        ),
    )
    # Session 8: the others may be named as having come too ("auch"), never as the ones in action.
    text = _text(release)
    assert all("auch im Einsatz" in line for line in text.splitlines() if "im Einsatz" in line), text
