"""The core-news step (core.py) on invented releases: the lead's news first, time and place in their own sentences.

Every release here is made up for these tests (names, streets, numbers); none is a corpus file. The
assertions check what a reader must learn (who does what, when, where) and what must never happen
(a dropped "nicht" or modal verb, a time given to the wrong noun, a pronoun instead of the noun).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.model import Metadata, Paragraph, Release, Text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.core import kernel
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.rewrite import rewrite
from tests.fixtures.releases import german_release


def _release(title: str, *paragraphs: str, issued: date) -> Release:
    return german_release(title, *paragraphs, issued=issued)


def _summary(release: Release) -> tuple[str, list[str]]:
    text = summary_text(summarise(release).release).split("## Wörterbuch")[0].replace("·", "")
    lines = [line for line in text.splitlines() if line and not line.startswith(("#", "Entwurf"))]
    return lines[0], lines[1:]


EVENT = _release(
    "Aktionstag für Familien",
    "Der Verein Kinderhilfe veranstaltet am Samstag, 16. März 2024 in der Stadthalle einen Aktionstag für Familien. "
    "Es gibt Spiele und Musik.",
    issued=date(2024, 3, 1),
)
POLICE_LEAD = (
    # Adapted from the shared corpus release dp-dev-09.
    "In der Nacht von Freitag auf Samstag ereignete sich auf der Landstraße zwischen Nordheim und Südheim "
    "ein schwerer Verkehrsunfall."
)
POLICE = _release("Unfall bei Nordheim", POLICE_LEAD + " Ein Mensch wurde verletzt.", issued=date(2024, 5, 8))
DONATION = _release(
    "Spende an die Tafel",
    "Nach einem erfolgreichen Sommerfest hat der Turnverein Hamburg am Freitag 800 Euro an die Tafel Hamburg übergeben. "
    "Das Geld kommt aus dem Verkauf von Kuchen.",
    issued=date(2024, 7, 1),
)
AWARD = _release(
    "Preis für Schule",
    "Die Jury hat die Lindenschule am Montag mit dem Umweltpreis ausgezeichnet. Die Schule bekommt 500 Euro.",
    issued=date(2024, 6, 5),
)
APPOINTMENT = _release(
    "Wechsel im Gesundheitsamt",
    "Anna Muster ist seit 1. April 2024 neue Leiterin des Gesundheitsamts Nordheim. Sie war vorher Ärztin.",
    issued=date(2024, 4, 3),
)
DECISION_LEAD = "Nach langer Beratung hat der Gemeinderat am Dienstag den Neubau des Hallenbads nicht beschlossen."
DECISION = _release(
    "Kein Neubau für das Hallenbad", DECISION_LEAD + " Die Stadt prüft andere Wege.", issued=date(2024, 2, 9)
)
CLOSURE = _release(
    "Sperrung der Lindenstraße",
    "Wegen Bauarbeiten muss die Stadt die Lindenstraße ab Montag, 4. März 2024 sperren. Umleitungen sind ausgeschildert.",
    issued=date(2024, 3, 1),
)


def test_event_news_first_with_time_and_place_naming_the_event() -> None:
    title, lines = _summary(EVENT)
    # The title says the news; the body does not repeat it word for word (session 7).
    assert lines[:2] == [
        "Der Aktionstag ist am Samstag, 16. März 2024.",
        "Der Aktionstag ist in der Stadthalle.",
    ]
    assert title == "Der Verein Kinderhilfe veranstaltet einen Aktionstag für Familien"


def test_police_report_lead_am_ereignete_sich() -> None:
    # Police report lead "In der Nacht … ereignete sich … ein Unfall": the subject follows the verb.
    found = kernel(rewrite(POLICE_LEAD, date(2024, 5, 8)))
    assert found is not None
    assert found.text == "Ein schwerer Verkehrsunfall hat sich ereignet."
    assert found.event == "Der Verkehrsunfall"
    assert found.time == "In der Nacht von Freitag auf Samstag"
    assert found.place == "auf der Landstraße zwischen Nordheim und Südheim"
    assert found.past


def test_donation_keeps_amount_with_its_noun() -> None:
    # With its day the sentence has 13 words; "übergeben" names no event noun to carry the day, so the
    # day is left out (never "Das war am Freitag.") and the amount stays with its noun.
    title, lines = _summary(DONATION)
    # Session 7: the giver, the amount and the receiver, in the title or the body (the body does not
    # repeat the title): "Der Turnverein Hamburg hat 800 Euro übergeben." and where the money went.
    said = [title + ".", *lines]
    assert any(line.startswith("Der Turnverein Hamburg hat 800 Euro ") for line in said), said
    assert any("an die Tafel Hamburg" in line for line in said), said
    assert not title.startswith("Eine Nachricht")


def test_award_time_never_given_to_the_winner() -> None:
    # "zeichnet die Schule am Montag aus": the object is no event; "Die Lindenschule war am Montag" is false.
    _, lines = _summary(AWARD)
    assert not any(line.startswith("Die Lindenschule war") for line in lines)
    found = kernel("Die Jury hat die Lindenschule am Montag mit dem Umweltpreis ausgezeichnet.")
    assert found is None or found.event is None


def test_appointment_keeps_its_date_inside_the_sentence() -> None:
    _, lines = _summary(APPOINTMENT)
    assert any("seit 1. April 2024" in line and "Anna Muster" in line for line in lines)


def test_decision_keeps_negation() -> None:
    found = kernel(DECISION_LEAD)
    assert found is not None and "nicht beschlossen" in found.text
    _, lines = _summary(DECISION)
    assert any("nicht beschlossen" in line for line in lines)
    assert not any(line.startswith("Der Neubau war") for line in lines)


def test_modal_verb_kept_and_reason_left_out() -> None:
    _, lines = _summary(CLOSURE)
    assert "Die Stadt muss die Lindenstraße ab Montag, 4. März 2024, sperren." in lines


@pytest.mark.parametrize(
    "sentence",
    [
        # "ohne" changes the statement: never dropped, and a sentence with it is not cut.
        "Ohne Führerschein fuhr ein Mann am Montag in Nordheim.",
        # A condition is never cut off ("wenn"), nor a "dass" clause that is the verb's object.
        "Die Stadt sperrt am Montag die Brücke, wenn es schneit.",
        "Der Rat hat am Montag beschlossen, dass die Schule bleibt.",
        # A pronoun subject points outside the sentence.
        "Am Montag hat er in Nordheim einen Preis bekommen.",
    ],
)
def test_refused_where_a_cut_could_mislead(sentence: str) -> None:
    assert kernel(sentence) is None


def test_every_core_sentence_is_short() -> None:
    for release in (EVENT, POLICE, DONATION, AWARD, APPOINTMENT, DECISION, CLOSURE):
        title, lines = _summary(release)
        assert len(words(title)) <= 12
        assert all(len(words(line)) <= 12 for line in lines)


def test_nominal_donation_headline_becomes_a_sentence_only_when_the_body_confirms_it() -> None:
    # Nominal headline style: "Spende der X an die Y" has no verb; the body names the recipient and
    # the amount in one sentence, so the donation and its amount may be said.
    confirmed = _release(
        "Spende der Lauffreunde an die Tafel",
        "Die Lauffreunde Hamburg haben beim Spendenlauf im Mai Geld gesammelt. "
        "Am Freitag haben sie 800 Euro an die Tafel übergeben.",
        issued=date(2024, 7, 1),
    )
    title, lines = _summary(confirmed)
    assert title == "Die Lauffreunde spenden 800 Euro an die Tafel"
    assert "Die Lauffreunde spenden 800 Euro an die Tafel." not in lines  # the title says it
    # The body never names the recipient: nothing is built from the headline alone.
    unconfirmed = _release(
        "Spende der Lauffreunde an die Tafel",
        "Die Lauffreunde Hamburg haben beim Spendenlauf im Mai 800 Euro gesammelt.",
        issued=date(2024, 7, 1),
    )
    _, lines = _summary(unconfirmed)
    assert not any(" spenden " in line for line in lines)


def test_a_genitive_never_moves_to_another_noun() -> None:
    # "Mängel bei der Pflege öffentlicher Gebäude": without "bei der Pflege" the genitive would name
    # the buildings' own defects, a different statement.
    found = kernel(
        "Der Landesverband Hamburg hat in den letzten drei Jahren immer wieder auf grundlegende Mängel "
        "bei der Pflege öffentlicher Gebäude Hamburgs hingewiesen."
    )
    assert found is None or "bei der Pflege" in found.text


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        # Purpose clause first (Finalsatz): the main clause after it is the news.
        ("Damit alle sicher ankommen, sperrt die Stadt Köln am Montag die Brückenstraße.", "sperrt"),
        ("Um Unfälle zu vermeiden, sperrt das Bezirksamt am 4. Mai 2026 den Uferweg.", "sperrt"),
        ("Nachdem der Sturm vorbei war, räumt die Feuerwehr Dresden am Dienstag die Straßen.", "räumt"),
    ],
)
def test_a_leading_adverbial_clause_goes_and_the_main_clause_stays(sentence: str, main: str) -> None:
    found = kernel(rewrite(sentence, date(2026, 4, 1)))
    assert found is not None
    assert main in found.text.split()
    assert found.text.split()[0] in ("Die", "Das")  # the subject opens the sentence
    assert "damit" not in found.text.lower() and "um" not in found.text.lower().split()


@pytest.mark.parametrize(
    "sentence",
    [
        # A condition is never dropped: without it the main clause would be claimed outright.
        "Wenn es regnet, fällt das Sommerfest am Samstag im Stadtpark aus.",
        "Falls Schnee liegt, sperrt die Stadt am Montag die Bergstraße.",
    ],
)
def test_a_leading_condition_is_never_cut_off(sentence: str) -> None:
    found = kernel(sentence)
    assert found is None or "wenn" in found.text.lower() or "falls" in found.text.lower()


def test_ab_before_a_date_is_the_time_preposition_not_a_particle() -> None:
    # HanTa tags "ab" before a noun phrase as a separable particle; the right bracket is at the end.
    lead = (
        "Mit einem Fest am kommenden Freitag startet die Polizei Hamburg ab dem 5. Juni 2026 "
        "in die Aktion Sicheres Radfahren."
    )
    found = kernel(lead)
    assert found is not None
    assert found.time is not None and "5. Juni 2026" in found.time
    assert "5. Juni" not in found.text


def test_a_von_attribute_after_a_name_goes_when_the_lead_is_too_long() -> None:
    lead = (
        "Das Stadtteilzentrum Köln vom Diakonischen Werk Hamburg und die Volkshochschule Dresden haben "
        "am 3. März 2026 eine Partnerschaftsvereinbarung unterzeichnet, um Kurse für Ältere anzubieten."
    )
    release = _release("Neue Partnerschaft", lead, "Die Kurse sind kostenlos.", issued=date(2026, 3, 3))
    title, lines = _summary(release)
    # The news is the title or a body line (a body line does not repeat the title).
    news = [line for line in [title, *lines] if "unterzeichnet" in line]
    assert news, (title, lines)
    assert all(len(words(line)) <= 12 for line in [title, *lines])
    # Both partners stay; the subject keeps its plural verb after the attribute went.
    assert "Stadtteilzentrum Köln und die Volkshochschule Dresden haben" in news[0]


def test_a_von_attribute_after_a_common_noun_stays() -> None:
    from pressconv.transforms.easy.core import _without_name_attribute

    text = "Ein Teil von dem Geld aus der Sammlung ist an den Tierschutzverein Ostheim gegangen."
    assert _without_name_attribute(text) == text


def test_an_evidential_frame_stays_with_the_kernel() -> None:
    # "Nach derzeitigem Ermittlungsstand": without it the police's state of knowledge reads as a fact.
    found = kernel(
        "Nach derzeitigem Ermittlungsstand war ein 64-Jähriger gegen 7.10 Uhr mit einem Roller in der Hauptstraße unterwegs."
    )
    assert found is not None
    assert found.text.startswith("Nach derzeitigem Ermittlungsstand war ein 64-Jähriger")
    assert len(words(found.text)) <= 12


def test_gegen_before_a_clock_time_is_a_time_phrase_and_against_stays() -> None:
    found = kernel("Am Montag fuhr ein Lieferwagen gegen 9 Uhr in der Bahnhofstraße gegen einen Baum.")
    assert found is not None
    assert "gegen einen Baum" in found.text  # "gegen" + noun is the verb's own phrase
    assert "9 Uhr" not in found.text or (found.time is None and found.place is None)


def test_a_hedge_is_never_cut_from_its_statement() -> None:
    # A hedge says who knows it: without it, a report becomes a fact. It stays, and no time or place
    # sentence of its own ("Der Mann war in Nordheim.") is split off without it.
    found = kernel("Nach derzeitigem Ermittlungsstand war ein Mann am Montag in Nordheim unterwegs.")
    assert found is None or (found.text.startswith("Nach derzeitigem Ermittlungsstand") and found.event is None)


def test_a_list_of_examples_becomes_its_own_sentence() -> None:
    found = kernel(
        "Die Volkshochschule Dresden bietet ab dem 2. März 2026 stadtweit Kurse zu Themen wie Kochen, "
        "Nähen, Gärtnern und Malen an."
    )
    assert found is not None
    assert "Kochen" not in found.text and "Themen" in found.text
    assert found.examples == "Die Themen sind zum Beispiel: Kochen, Nähen, Gärtnern und Malen."


def test_a_lead_of_one_line_paragraphs_is_read_across_them() -> None:
    # Plain-text releases often put each sentence in a paragraph of its own; the news may be the fourth.
    release = Release(
        meta=Metadata(title=(Text(text="Herbst"),), language="de-DE", issued=date(2026, 10, 1)),
        body=tuple(
            Paragraph(children=(Text(text=t),))
            for t in (
                "Jedes Jahr das Gleiche.",
                "Es wird früh dunkel.",
                "Um Unfälle zu vermeiden, führt die Polizei Hamburg stadtweit Kontrollen zu Themen wie "
                "Licht, Bremsen, Reifen und Reflektoren durch.",
            )
        ),
    )
    title, lines = _summary(release)
    # "führt … durch" is officialese; the title says the plain "macht" (titles.plain_title).
    assert title == "Die Polizei Hamburg macht stadtweit Kontrollen zu Themen", lines
    assert "Die Themen sind zum Beispiel: Licht, Bremsen, Reifen und Reflektoren." in lines


def test_a_purpose_clause_becomes_what_the_subject_wants() -> None:
    found = kernel("Die Polizei Hamburg kontrolliert am Montag in der Innenstadt Radfahrer, um Unfälle zu vermeiden.")
    assert found is not None and found.purpose == "Die Polizei Hamburg will Unfälle vermeiden."
    plural = kernel(
        "Das Bezirksamt Mitte und die Polizei Berlin haben am Montag eine Vereinbarung unterzeichnet, "
        "um ältere Menschen zu unterstützen."
    )
    assert (
        plural is not None
        and plural.purpose == "Das Bezirksamt Mitte und die Polizei Berlin wollen ältere Menschen unterstützen."
    )


def test_a_purpose_clause_with_a_pronoun_is_left_out() -> None:
    found = kernel("Die Stadt Köln sperrt ab dem 4. Mai 2026 die Domstraße, um sie zu sanieren.")
    assert found is None or found.purpose is None


def test_a_plural_event_object_takes_the_plural_verb_and_the_month_once() -> None:
    found = kernel("Die Polizei Hamburg führt vom 4. Mai bis zum 8. Mai 2026 stadtweit Kontrollen und Beratungen durch.")
    assert found is not None
    assert found.event == "Die Kontrollen und Beratungen" and found.plural
    from pressconv.transforms.easy.core import _details

    assert _details(found) == ["Die Kontrollen und Beratungen sind vom 4. bis zum 8. Mai 2026."]


def test_the_aim_of_a_passive_is_not_its_subjects() -> None:
    # A road authority and a school: the aim belongs to whoever did it, not to the closure or the room.
    for sentence in (
        "Die Sperrung wurde bewusst in die Sommerferien gelegt, um den Schulverkehr wenig zu stören.",
        "Die Turnhalle wird im Winter saniert, um Heizkosten zu sparen.",
    ):
        found = kernel(sentence)
        assert found is None or found.purpose is None, found
