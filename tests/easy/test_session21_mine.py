"""Session 21: every source sentence the verifier refuses is reported, however long (issue 16: a failing
sentence is dropped and reported, never written silently); a name after the subject's head noun is
never torn from it (clauses._verb_second, subordinate._subject_end). Invented releases of a water utility,
a university, a district and a municipality."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.kind import classify, scores
from pressconv.transforms.easy.lexicon import sense
from pressconv.transforms.easy.pipeline import build, diagnostics
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import contacts
from pressconv.transforms.easy.subordinate import verb_first_as_main
from tests.fixtures.releases import german_release

# Long sentences of officialese that break several rules at once (a relative clause, a passive, a
# genitive, more than 30 words): no rescue says them, so the summary leaves them out.
_UTILITY = (
    "Die Stadtwerke Obersand teilen mit, dass im Zuge der umfangreichen Sanierungsarbeiten des "
    "Leitungsnetzes, die von einer beauftragten Fachfirma durchgeführt werden, in den kommenden Wochen "
    "mit zeitweiligen Druckschwankungen gerechnet werden muss, welche jedoch nach Einschätzung der "
    "Betriebsleitung keine Beeinträchtigung der Trinkwasserqualität darstellen dürften."
)
_UNIVERSITY = (
    "Im Rahmen des Forschungsverbundes, dessen Förderung seitens des Landesministeriums bereits im "
    "vergangenen Herbst bewilligt worden war, wurden von den beteiligten Arbeitsgruppen zahlreiche "
    "Messreihen ausgewertet, deren Ergebnisse nach Auffassung der Projektleitung weitere Untersuchungen "
    "erforderlich erscheinen lassen dürften."
)


@pytest.mark.parametrize(
    ("title", "sentence", "organisation"),
    [
        ("Arbeiten am Leitungsnetz", _UTILITY, "Stadtwerke Obersand"),
        ("Neue Messreihen ausgewertet", _UNIVERSITY, "Universität Tannfeld"),
    ],
)
def test_a_long_refused_sentence_is_reported(title: str, sentence: str, organisation: str) -> None:
    draft = build(german_release(title, sentence, organisation=organisation))
    assert len(sentence.split()) > 30
    assert all(sentence[:20] not in line.text for line in draft.lines)
    reported = [d.message for d in diagnostics(draft) if d.code == "easy.dropped"]
    # The report names the sentence (in its rewrite) and the checks it failed.
    assert any("left out (" in message and "rule.too-long" in message for message in reported), reported


# A place or company name after the subject's head noun, which HanTa reads as a common noun: the
# subject must not be cut before it, or the name reads as the object (Duden grammar, enge Apposition).
@pytest.mark.parametrize(
    "sentence",
    [
        # A district's order after a clause of time.
        "Nachdem das Labor den Befund bestätigt hat, hat der Landkreis Wiesental zum Schutz der Bestände "
        "eine Verfügung erlassen, mit welcher ab Montag eine Pflicht gilt.",
        # A municipality's decision after a clause of reason.
        "Weil die Brücke marode ist, hat die Gemeinde Oberkleinhausen im Mai eine Sperrung angeordnet, die bis Herbst gilt.",
    ],
)
def test_a_name_after_the_head_noun_is_never_torn_from_its_subject(sentence: str) -> None:
    name = sentence.split(", hat ")[1].split()[2]
    for piece in pieces(sentence):
        assert not re.search(rf"\bhat {name}\b", piece), piece


def test_a_bare_object_after_the_subject_still_moves() -> None:
    # "Spenden" is a word in everyday use: the object, not a name; the subject moves in front.
    assert verb_first_as_main(morph.tag("hat der Verein Spenden gesammelt")) == "der Verein hat Spenden gesammelt."
    assert verb_first_as_main(morph.tag("hat der Landkreis Wiesental zum Schutz eine Verfügung erlassen")) is None


@pytest.mark.parametrize(
    ("title", "body", "organisation"),
    [
        # A police report: the road's number stands right before the count of the injured.
        (
            "Unfall auf der Kreisstraße",
            "Am Sonntag wurden auf der Kreisstraße 12 zwei Radfahrer leicht verletzt. Die Polizei ermittelt.",
            "Polizeiinspektion Talheim",
        ),
        # A fire brigade's report: a building's number before the count.
        (
            "Brand in Werkhalle",
            "Am Montag wurden in Halle 4 drei Personen leicht verletzt. Die Feuerwehr löschte den Brand.",
            "Feuerwehr Grünhain",
        ),
    ],
)
def test_a_name_number_before_the_count_is_no_count_of_the_injured(title: str, body: str, organisation: str) -> None:
    text = " ".join(line.text for line in build(german_release(title, body, organisation=organisation)).lines)
    assert not re.search(r"\b(?:12|4) Menschen\b", text), text
    count = "2" if "zwei" in body else "3"
    assert f"{count} Menschen sind leicht verletzt." in text, text


@pytest.mark.parametrize(
    ("title", "subtitle", "body", "organisation", "name"),
    [
        # A school's open day, named in the subtitle.
        (
            "Gesamtschule Talbach öffnet ihre Türen",
            "Schule lädt zum Tag der offenen Tür",
            "Die Gesamtschule Talbach öffnet am Samstag, 14. November 2026, von 10 bis 14 Uhr ihre Türen. "
            "Eltern und Kinder können Klassenräume und Labore besuchen.",
            "Gesamtschule Talbach",
            "Tag der offenen Tür",
        ),
        # A heritage society's day of open monuments, named in the lead.
        (
            "Alte Mühle zeigt sich",
            None,
            "Der Heimatverein Birkenau lädt am Sonntag, 13. September 2026, zum Tag des offenen Denkmals in "
            "die alte Mühle ein. Führungen beginnen um 11 Uhr und um 14 Uhr.",
            "Heimatverein Birkenau",
            "Tag des offenen Denkmals",
        ),
    ],
)
def test_a_genitive_named_day_is_said_as_the_events_name(
    title: str, subtitle: str | None, body: str, organisation: str, name: str
) -> None:
    draft = build(german_release(title, body, organisation=organisation, subtitle=subtitle, issued=date(2026, 9, 1)))
    assert draft.facts is not None
    assert draft.facts.what_name == name
    text = " ".join(line.text for line in draft.lines)
    assert f"heißt „{name}“." in text, text


@pytest.mark.parametrize(
    "lead",
    [
        # A library's invitation with date, event and place between "lädt" and its particle.
        "Die Stadtbücherei Hollfeld lädt am Freitag, 20. November 2026, um 16 Uhr zu einer Lesung mit "
        "Bilderbuchkino für Kinder ab vier Jahren in den großen Saal im Erdgeschoss ein.",
        # A choir's invitation, the particle before a comma.
        "Die Sängerinnen und Sänger des Chors Eintracht laden am Sonntag, 6. Dezember 2026, alle Freundinnen und "
        "Freunde der Chormusik zum traditionellen Adventskonzert in die Pfarrkirche St. Martin ein, der Eintritt ist frei.",
    ],
)
def test_a_long_invitation_bracket_is_an_event(lead: str) -> None:
    assert classify("Einladung", lead, lead) == "event"


def test_the_article_ein_is_no_invitation_particle() -> None:
    # "lädt … ein" needs the particle at the clause's end: "ein Fahrzeug" is an article and its noun.
    assert scores("Neues Fahrzeug", "Die Firma lädt ihre Akkus über ein Fahrzeug der Stadtwerke.")["event"] == 0


@pytest.mark.parametrize(
    "bank_line",
    [
        # An animal shelter's donation account, the phone number later.
        "Geldspenden sind auf folgendes Konto möglich: Tierhilfe Rotbach e.V., IBAN DE02 1203 0000 0000 2020 51, "
        "Verwendungszweck „Futter“.",
        # A charity run's donation account.
        "Spenden bitte an den Förderverein, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX.",
    ],
)
def test_iban_digits_are_no_phone_number(bank_line: str) -> None:
    release = german_release(
        "Spenden gesucht",
        bank_line,
        "Wer helfen möchte, meldet sich telefonisch unter 08847 92 36 15.",
        organisation="Tierhilfe Rotbach",
    )
    phones, _ = contacts(release)
    assert phones == ("08847 92 36 15",)


@pytest.mark.parametrize(
    ("sentence", "source", "police"),
    [
        # A health office traces contacts: no police, no crime.
        (
            "Das Gesundheits·amt hat die Ermittlung von den Kontakt·personen aufgenommen.",
            "Das Gesundheitsamt hat die Ermittlung der Kontaktpersonen aufgenommen.",
            False,
        ),
        # A tax office's inquiry into income.
        (
            "Das Finanz·amt hat die Ermittlungen zum Einkommen abgeschlossen.",
            "Das Finanzamt hat die Ermittlungen zum Einkommen abgeschlossen.",
            False,
        ),
        # A police report: the police sense, cued in the word's own sentence.
        (
            "Die Kriminal·polizei hat die Ermittlungen übernommen.",
            "Die Kriminalpolizei hat die Ermittlungen übernommen.",
            True,
        ),
    ],
)
def test_ermittlung_is_a_police_matter_only_where_the_police_investigate(sentence: str, source: str, police: bool) -> None:
    entry = sense("Ermittlungen", sentence, source)
    assert entry is not None
    assert ("Polizei" in entry.explanation) is police


@pytest.mark.parametrize(
    "source",
    [
        # An animal shelter's kittens.
        "Futter, Streu und die tierärztliche Versorgung übernimmt das Tierheim.",
        # A zoo's new calf.
        "Die Versorgung der Tiere im Tierpark übernehmen zwei Pflegerinnen.",
    ],
)
def test_versorgung_of_animals_is_no_care_of_people(source: str) -> None:
    entry = sense("Versorgung", source, source)
    assert entry is None or "Menschen" not in entry.explanation


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A hospital's visiting rule: the limit holds at one time.
        ("Pro Patient sind höchstens zwei Besucher gleichzeitig erlaubt.", True),
        # A transport company's rule for bicycles on buses.
        ("In den Bussen dürfen höchstens drei Fahrräder gleichzeitig mitfahren.", True),
        # A court of audit's report: "gleichzeitig" after the verb only links to the sentence before.
        ("Der Rechnungshof unterrichtet gleichzeitig den Senat.", False),
    ],
)
def test_gleichzeitig_after_a_count_is_kept(sentence: str, kept: bool) -> None:
    assert ("gleichzeitig" in rewrite(sentence, date(2026, 2, 20))) is kept
