"""Session 31: the lead's kernel for closures and openings with a dated span, and a kernel that is too
long made shorter without a wider claim (a singular subject's place attributes, an adverb of a
ceremony or a vote, a co-operative's legal form, a frame phrase before the verb), with the review's
counter-examples. Invented releases of libraries, road authorities, a town hall, councils, a waste
authority, a co-operative, a county and a hospital."""

from __future__ import annotations

import re

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.core import _time_follower, kernel
from pressconv.transforms.easy.rewrite import rewrite


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode(), path="r.txt").release, separator="·").release)


@pytest.mark.parametrize(
    ("sentence", "follower"),
    [
        # A library's and a road authority's closure: a state with a dated span says it in a follower.
        (
            "Die Stadtbücherei „Am Wall“ bleibt wegen Bauarbeiten vom 6. Juli bis einschließlich 14. August 2026 "
            "für den Publikumsverkehr geschlossen.",
            "Das gilt vom 6. Juli bis 14. August 2026.",
        ),
        (
            "Die Mühlbachbrücke wird ab Montag, 2. März 2026, für den gesamten Verkehr voll gesperrt.",
            "Das gilt ab Montag, 2. März 2026.",
        ),
        # A town hall closed on one day: "ist geschlossen" is a state now, its day "Das ist …", never "Das war".
        (
            "Das Rathaus ist am Freitag, 15. Mai 2026, wegen einer Personalversammlung für Besucher den ganzen "
            "Tag geschlossen.",
            "Das ist am Freitag, 15. Mai 2026.",
        ),
    ],
)
def test_a_closure_with_a_dated_span_keeps_its_time_in_a_follower(sentence: str, follower: str) -> None:
    found = kernel(sentence)
    assert found is not None and found.hours
    assert _time_follower(found) == follower
    assert len(found.text.split()) <= 12


def test_a_closure_keeps_its_condition_and_its_group() -> None:
    # "bei Hochwasser" and "für den gesamten Verkehr" say when and for whom: a state keeps every phrase.
    found = kernel(
        "Die Uferstraße am Hafen in Adorf bleibt vom 1. Dezember 2026 bis 28. Februar 2027 für den gesamten "
        "Verkehr bei Hochwasser gesperrt."
    )
    assert found is not None
    assert "bei Hochwasser" in found.text and "für den gesamten Verkehr" in found.text


@pytest.mark.parametrize(
    "sentence",
    [
        # Weekly hours are what an availability sentence says: they never leave it.
        "Die Beratungsstelle ist am Montag und Mittwoch von 9 bis 12 Uhr im Rathaus geöffnet.",
        "Der Spielplatz ist täglich von 8 Uhr bis zum Einbruch der Dunkelheit geöffnet.",
        "Die Hauptstraße ist am Sonntag von 6 bis 20 Uhr für den Durchgangsverkehr gesperrt.",
        # A date with a clock time: "ab 1. September bis 18 Uhr" would end the span at six o'clock.
        "Das Bürgerbüro im Rathaus ist ab dem 1. September 2026 dienstags bis 18 Uhr geöffnet.",
    ],
)
def test_hours_never_leave_their_sentence(sentence: str) -> None:
    found = kernel(sentence)
    assert found is None or "Uhr" in found.text


def test_an_open_end_is_no_dated_span() -> None:
    # "bis zur Freigabe durch den Förster": the forester opens it, he does not close it.
    assert (
        kernel(
            "Der Stadtwald Adorf bleibt wegen Sturmschäden ab Montag, 3. August 2026, bis zur Freigabe durch den "
            "Förster für Spaziergänger gesperrt."
        )
        is None
    )


def test_a_perfect_passive_is_no_state() -> None:
    found = kernel("Die Brücke über die Lahn ist am Dienstag, 3. März 2026, nach einem Unfall gesperrt worden.")
    assert found is None or not found.hours


def test_a_deadline_with_bis_einschliesslich_is_still_a_bound() -> None:
    # "bis einschließlich" ends a span after "vom"; alone after "müssen" it is a deadline (core._DEADLINE).
    assert kernel("Anträge müssen bis einschließlich Freitag, 5. Juni 2026, schriftlich im Rathaus eingehen.") is None


@pytest.mark.parametrize(
    ("sentence", "shorter"),
    [
        (
            "Die Fußgänger- und Radbrücke über die Aue zwischen der Altstadt und dem Stadtteil Westfeld wird "
            "ab Montag, 6. Juli 2026, für einen Neubau abgerissen.",
            "Die Fußgänger- und Radbrücke wird für einen Neubau abgerissen.",
        ),
        # Thirteen words with "mehrheitlich": the adverb of a vote goes once the subject has no attribute.
        (
            "Der Ortschaftsrat im Ortsteil Nordheim hat am Dienstag mehrheitlich eine neue Satzung für die "
            "Nutzung der Sporthallen im Ortsteil beschlossen.",
            "Der Ortschaftsrat im Ortsteil Nordheim hat eine neue Satzung für die Nutzung der Sporthallen im "
            "Ortsteil beschlossen.",
        ),
    ],
)
def test_a_too_long_kernel_is_shortened_without_a_wider_claim(sentence: str, shorter: str) -> None:
    found = kernel(sentence)
    assert found is not None and found.text == shorter


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # Plural: without the attribute the claim would cover more than the source.
        (
            "Die Wege im Nordteil des Stadtparks zwischen Teich und Spielplatz werden ab Montag, 4. Mai 2026, "
            "wegen Baumfällarbeiten für mehrere Wochen für Fußgänger und Radfahrer gesperrt.",
            "Nordteil",
        ),
        # For whom, against what, whose and to where: the claim's own scope, never dropped.
        (
            "Der Zuschuss für Familien mit geringem Einkommen vom Landkreis Talheim steigt ab dem 1. Januar "
            "2027 auf 50 Euro im Monat.",
            "für Familien",
        ),
        (
            "Die Impfung gegen Masern für Kinder in den Kitas vom Landkreis Talheim wird ab Montag, 3. August "
            "2026, vom Gesundheitsamt übernommen.",
            "gegen Masern",
        ),
        (
            "Der Sohn von der Bürgermeisterin von Adorf hat am Samstag beim Stadtlauf durch die Altstadt den "
            "ersten Platz belegt.",
            "von der Bürgermeisterin",
        ),
        (
            "Die einzige Zufahrt zum Klinikum am Nordring in Adorf wird ab Montag, 3. August 2026, für zwei "
            "Wochen erneuert.",
            "zum Klinikum",
        ),
        # An amount, and an object first ("Die Kosten trägt die Gemeinde" would lose the amount).
        (
            "Die Kosten für die Sanierung der Turnhalle in Höhe von rund 240.000 Euro trägt nach dem Beschluss "
            "vom Dienstag die Gemeinde.",
            "240",
        ),
        # "einschließlich" says what a measure covers.
        (
            "Die gesamte Untersuchung einschließlich Befragung und anschließender Blutabnahme dauert nach Angaben "
            "der Klinik rund 90 Minuten.",
            "einschließlich",
        ),
    ],
)
def test_an_attribute_that_changes_the_claim_stays(sentence: str, kept: str) -> None:
    found = kernel(sentence)
    assert found is None or kept in found.text


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A role, a scope: never dropped (rubric: "kommissarisch" stays; a closed session is no invitation).
        (
            "Die Erste Beigeordnete Anna Meier leitet ab Montag, 1. Juni 2026, kommissarisch das neue Jugendamt "
            "vom Landkreis Talheim.",
            "kommissarisch",
        ),
        (
            "Der Finanzausschuss der Stadt Adorf berät am Dienstag, 9. Juni 2026, nichtöffentlich über den "
            "Verkauf des alten Hallenbades an einen Investor aus Talheim.",
            "nichtöffentlich",
        ),
        # After "sein" the adjective is the predicate.
        ("Der Eintritt ist für alle Besucherinnen und Besucher am Sonntag natürlich kostenlos.", "kostenlos"),
    ],
)
def test_only_an_adverb_of_ceremony_or_vote_goes(sentence: str, kept: str) -> None:
    found = kernel(sentence)
    assert found is None or kept in found.text


def test_the_adverb_of_a_ceremony_goes_when_the_kernel_is_too_long() -> None:
    found = kernel(
        "Die Wohnungsgenossenschaft Nordhafen hat am Mittwoch offiziell mit dem Bau von 36 neuen "
        "Mietwohnungen am Hafenbecken begonnen."
    )
    assert found is not None
    assert (
        found.text
        == "Die Wohnungsgenossenschaft Nordhafen hat mit dem Bau von 36 neuen Mietwohnungen am Hafenbecken begonnen."
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Die Wohnungsbau Nordstadt eG vermietet 20 Wohnungen.", "Die Wohnungsbau Nordstadt vermietet 20 Wohnungen."),
        # A legal form as a noun of its own stays ("eine eG gründen").
        ("Die Stadt gründet eine eG.", "Die Stadt gründet eine eG."),
    ],
)
def test_a_cooperative_legal_form_after_a_name_goes(sentence: str, plain: str) -> None:
    assert rewrite(sentence, None) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Rahmen der mobilen Sammlung ist das Sammelfahrzeug vom 7. bis 12. September 2026 wieder in den "
        "Dörfern vom Nordkreis unterwegs.",
        "Im Zuge der Sanierung ist das Museum vom 1. bis 28. Februar 2027 für Besucher geschlossen.",
    ],
)
def test_a_frame_phrase_before_the_verb_goes(sentence: str) -> None:
    found = kernel(sentence)
    assert found is not None
    assert not found.text.startswith("Im ")
    assert any(year in f"{found.text} {found.time}" for year in ("2026", "2027"))


def test_nouns_with_a_name_after_an_owner_go_on_naming_it() -> None:
    found = kernel(
        "Im Rahmen von der mobilen Sammlung ist das Sammelfahrzeug vom Abfallbetrieb Landkreis Görlitz vom 7. "
        "bis 12. September 2026 wieder in den Dörfern unterwegs."
    )
    assert found is not None
    assert found.text == "Das Sammelfahrzeug vom Abfallbetrieb Landkreis Görlitz ist wieder in den Dörfern unterwegs."


def test_a_role_noun_with_a_name_after_the_subject_is_an_object() -> None:
    found = kernel("Am Freitag, 5. Juni 2026, ehrt der Landrat Sportlerin Lea Braun im Kreishaus in Adorf.")
    assert found is not None and found.text.startswith("Der Landrat ehrt Sportlerin Lea Braun")


def test_the_hour_of_a_date_is_one_time_phrase() -> None:
    found = kernel("Der Gemeinderat berät am Dienstag, 22. September 2026, um 17 Uhr den Haushalt für das Jahr 2027.")
    assert found is not None
    # No comma before "um": the rule checks read ", um" as a clause of purpose (rule.subordinate-clause).
    assert _time_follower(found) == "Das ist am Dienstag, 22. September 2026 um 17 Uhr."


def test_a_closure_notice_says_what_is_closed_and_when() -> None:
    text = (
        "Stadtbücherei bleibt im Sommer geschlossen\n\n"
        "Lindau, 2. Juni 2026. Die Stadtbücherei „Am Wall“ bleibt wegen umfangreicher Sanierungsarbeiten "
        "vom 6. Juli bis einschließlich 14. August 2026 für den Publikumsverkehr geschlossen. Ausgeliehene "
        "Medien können bis zum 4. Juli zurückgegeben werden.\n"
    )
    summary = _summary(text)
    assert "Das gilt vom 6. Juli bis 14. August 2026." in summary


def test_the_day_of_a_charge_is_not_the_day_of_the_crime() -> None:
    text = (
        "Anklage nach Einbruchserie\n\n"
        "Nordheim, 3. März 2027. Die Staatsanwaltschaft Nordheim hat am 1. März 2027 Anklage gegen einen "
        "41-jährigen Mann erhoben. Die Anklage lautet auf schweren Diebstahl und Einbruch in fünf Fällen. Der "
        "Mann soll zwischen Mai und August 2026 in fünf Gartenlauben eingebrochen sein. Verletzt wurde "
        "niemand. Die Polizei hatte den Mann im September festgenommen.\n"
    )
    summary = _summary(text)
    # Before: "Der Diebstahl war am Montag, 1. März 2027." (the day the charge was brought).
    assert not re.search(r"war am [^.\n]*1\. März 2027", summary)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die beiden Männer wurden noch am Tatort von einer Streife festgenommen.",
        "Kurz darauf nahm eine Streife die beiden Männer in der Nähe fest.",
    ],
)
def test_the_two_arrested_are_counted(sentence: str) -> None:
    text = (
        "Einbruch in Kiosk\n\n"
        "Nordheim (ots) - In der Nacht zum Montag sind Unbekannte in einen Kiosk an der Bahnhofstraße "
        f"eingebrochen. Sie stahlen Zigaretten und Bargeld. {sentence}\n"
    )
    summary = _summary(text)
    assert "jemanden festgenommen" not in summary
    assert "2 Menschen festgenommen" in summary


def test_a_referral_number_in_brackets_is_no_line_for_questions() -> None:
    text = (
        "Kleiderkammer schließt im August\n\n"
        "Nordheim, 2. Juli 2026. Die Kleiderkammer des Vereins Nachbarn helfen bleibt vom 3. bis 28. August "
        "2026 geschlossen. Wer in dieser Zeit Hilfe braucht, kann sich an die Sozialberatung der Caritas "
        "(Tel. 0621 123456) wenden.\n\n"
        "Kontakt für die Presse: Anna Beispiel, presse@nachbarn-helfen.example.de\n"
    )
    summary = _summary(text)
    contact = summary.split("## Kontakt", 1)[1] if "## Kontakt" in summary else ""
    assert "0621 123456" not in contact
