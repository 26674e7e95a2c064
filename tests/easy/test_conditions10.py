"""Conditions and reader actions as a question and its "Dann …" answer (conditions.py, a rescuer)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.conditions import conditional, reader_action, request
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rescuers import RESCUERS
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body, lone_context


def _context(text: str, *, speech: bool = False) -> RescueContext:
    return lone_context(text, speech=speech)


def _said(text: str) -> tuple[str, ...] | None:
    found = reader_action(_context(text))
    return None if found is None else found.sentences


@pytest.mark.parametrize(
    ("source", "question", "answer"),
    [
        # Waste company: "wer" + Perfekt, "wird gebeten, sich … zu melden".
        (
            "Wer bis zum 14. Mai keinen Abfuhrkalender erhalten hat, wird gebeten, sich beim Kundenservice zu melden.",
            "Haben Sie bis zum 14. Mai keinen Abfuhrkalender erhalten?",
            "Dann melden Sie sich bitte beim Kundenservice.",
        ),
        # Police: a modal in the condition, a reflexive full verb in the answer.
        (
            "Wer Angaben zu dem Fahrzeug machen kann, wendet sich an die Polizei.",
            "Können Sie Angaben zu dem Fahrzeug machen?",
            "Dann wenden Sie sich an die Polizei.",
        ),
        # Health office: "sollte" said as the imperative (advice24: one instruction after "Dann"), the negation kept.
        (
            "Wer nach der Reise Husten hat, sollte nicht in die Schule gehen.",
            "Haben Sie nach der Reise Husten?",
            "Dann gehen Sie nicht in die Schule.",
        ),
        # A full verb in the present takes the "Sie" form (its infinitive).
        (
            "Wer einen Angehörigen pflegt, erhält im Pflegestützpunkt eine kostenlose Beratung.",
            "Pflegen Sie einen Angehörigen?",
            "Dann erhalten Sie im Pflegestützpunkt eine kostenlose Beratung.",
        ),
        # School: a separable verb split in the question, the possessive "sein" as "Ihr".
        (
            "Wer sein Kind in der Ganztagsschule anmeldet, muss den Antrag bis Freitag abgeben.",
            "Melden Sie Ihr Kind in der Ganztagsschule an?",
            "Dann müssen Sie den Antrag bis Freitag abgeben.",
        ),
        # A request with a separable zu-infinitive ("anzurufen").
        (
            "Wer einen Unfall beobachtet hat, wird gebeten, die Wache anzurufen.",
            "Haben Sie einen Unfall beobachtet?",
            "Dann rufen Sie bitte die Wache an.",
        ),
        # A "wenn" clause about a thing keeps its own subject.
        (
            "Wenn der Bus ausfällt, fährt ein Sammeltaxi.",
            "Fällt der Bus aus?",
            "Dann fährt ein Sammeltaxi.",
        ),
        # The reader addressed with "Sie" in the condition and in the answer.
        (
            "Wenn Sie Fragen zu Ihrem Bescheid haben, rufen Sie das Bürgerbüro an.",
            "Haben Sie Fragen zu Ihrem Bescheid?",
            "Dann rufen Sie das Bürgerbüro an.",
        ),
        # The conditional verb-first clause "Sollten Sie …".
        (
            "Sollten Sie verdächtige Personen bemerken, wählen Sie den Notruf.",
            "Bemerken Sie verdächtige Personen?",
            "Dann wählen Sie den Notruf.",
        ),
        # The public narrowed down by a relative clause: the plural verb is the "Sie" form.
        (
            "Bürgerinnen und Bürger, die ihren Ausweis verloren haben, werden gebeten, sich im Rathaus zu melden.",
            "Haben Sie Ihren Ausweis verloren?",
            "Dann melden Sie sich bitte im Rathaus.",
        ),
        # The condition after the main clause: a Sie-imperative with "Bitte".
        (
            "Bitte melden Sie sich beim Gesundheitsamt, wenn Sie Fieber bekommen.",
            "Bekommen Sie Fieber?",
            "Dann melden Sie sich bitte beim Gesundheitsamt.",
        ),
        # The condition after "Sie" and a modal.
        (
            "Sie können den Sperrmüll online anmelden, wenn Sie ein Kundenkonto haben.",
            "Haben Sie ein Kundenkonto?",
            "Dann können Sie den Sperrmüll online anmelden.",
        ),
        # A relative clause about a name at the end restricts nothing (non-restrictive): it goes.
        (
            "Wer Fragen zur Einschulung hat, kann sich an Rektorin Eva Beispiel wenden, die die Anmeldung leitet.",
            "Haben Sie Fragen zur Einschulung?",
            "Dann können Sie sich an Rektorin Eva Beispiel wenden.",
        ),
        # Witnesses asked for by a relative clause: the clause is the condition, the request the answer.
        (
            "Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich bei der Wache zu melden.",
            "Haben Sie den Unfall beobachtet?",
            "Dann melden Sie sich bitte bei der Wache.",
        ),
        # Sports club: a modal and its infinitive only; a time with a colon is no frame.
        (
            "Wer mitspielen möchte, kann am Freitag um 18:30 Uhr in die Sporthalle kommen.",
            "Möchten Sie mitspielen?",
            "Dann können Sie am Freitag um 18:30 Uhr in die Sporthalle kommen.",
        ),
    ],
)
def test_a_condition_becomes_a_question_and_its_answer(source: str, question: str, answer: str) -> None:
    found = conditional(_context(source))
    assert found is not None and found.question
    assert found.sentences == (question, answer)


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Die Feuerwehr bittet, die Zufahrt am Wochenende frei zu halten.",
            "Bitte halten Sie die Zufahrt am Wochenende frei.",
        ),
        ("Die Stadtwerke bitten darum, den Zähler bis Ende Mai abzulesen.", "Bitte lesen Sie den Zähler bis Ende Mai ab."),
        # A pair of nouns is one object, not two requests.
        (
            "Die Polizei bittet darum, Fotos und Videos von der Unfallstelle zu löschen.",
            "Bitte löschen Sie Fotos und Videos von der Unfallstelle.",
        ),
        # A named group keeps the request as its own: the imperative would ask every reader.
        (
            "Besucherinnen und Besucher werden gebeten, keine Getränke mitzubringen.",
            "Besucherinnen und Besucher sollen keine Getränke mitbringen.",
        ),
        (
            "Die Eltern werden gebeten, sich bis Montag im Sekretariat zu melden.",
            "Die Eltern sollen sich bis Montag im Sekretariat melden.",
        ),
    ],
)
def test_a_plain_request_becomes_a_polite_imperative(source: str, plain: str) -> None:
    found = request(_context(source))
    assert found is not None and not found.question
    assert found.sentences == (plain,)


@pytest.mark.parametrize(
    "source",
    [
        # Reported speech (Konjunktiv I): someone's report, not the sender's advice.
        "Wer keinen Parkausweis habe, müsse mit einem Bußgeld rechnen.",
        # A focus particle before the condition ("nur wer") would be lost.
        "Nur wer sich vorher anmeldet, kann am Kurs teilnehmen.",
        # A correlative names another case: the reader is not the main clause's subject.
        "Wer keinen Antrag stellt, dem zahlt die Kasse nichts.",
        # "trotzdem" points at a sentence before (a pronominal adverb).
        "Wer kein Fieber hat, sollte trotzdem zum Test gehen.",
        # A pronoun in the answer points at a noun of the condition.
        "Wer seinen Hund mitbringt, muss ihn an der Leine führen.",
        # A possessive after another noun may be that noun's ("seinen Halter" of the dog).
        "Wer den Hund und seinen Halter kennt, wird gebeten, die Polizei anzurufen.",
        # Two requests joined by "sondern": one imperative would say half of it.
        "Wer Fieber bemerkt, wird gebeten, nicht in die Praxis zu kommen, sondern anzurufen.",
        # A reason inside the condition narrows it; without it the question would be broader.
        "Wer das Haus nicht verlassen kann, weil er krank ist, kann einen Hausbesuch vereinbaren.",
        # Two conditions joined by "oder" (two finite verbs).
        "Wer Opfer geworden ist oder Hinweise hat, wendet sich an die Polizei.",
        # A narrower group than the public: the question would drop the restriction.
        "Landwirte, die Geflügel halten, müssen den Bestand melden.",
        # A request to a named group ("Zeugen"): the imperative would ask everyone.
        "Die Polizei bittet Zeugen, sich bei der Wache zu melden.",
        # The relative pronoun may be the object ("die die Täter gesehen haben" / "die die Täter bedroht haben").
        "Die Polizei bittet Zeugen, die die Täter gesehen haben, sich zu melden.",
        # One person asked, not a group.
        "Der Fahrer wird gebeten, sich bei der Polizei zu melden.",
        # A possessive in the answer points at the condition's noun.
        "Wenn das Kind krank ist, müssen seine Eltern die Schule anrufen.",
        # The finite verb alone: no condition to ask ("Mögen Sie?").
        "Wer mag, kann seine Fotos dem Archiv schenken.",
        # A colon frames a list or a statement.
        "Wer helfen will, kann sich melden: im Rathaus oder online.",
        # "Wenn es …": who or what it is about is not in the sentence.
        "Wenn es regnet, fällt der Markt aus.",
        # A counterfactual.
        "Wenn der Antrag früher gekommen wäre, hätte die Stadt geholfen.",
        # "nur dann" binds the main clause to the condition; the answer could not say it.
        "Sie erhalten nur dann Geld, wenn Sie den Antrag stellen.",
        # A trailing condition whose main clause does not address the reader.
        "Der Bus fährt, wenn die Straße frei ist.",
        # Two requests ("abzulesen und mitzuteilen"): one imperative would say half.
        "Die Stadtwerke bitten, den Zähler abzulesen und den Stand online mitzuteilen.",
        # A quote.
        "Wer helfen will, ist „herzlich willkommen“.",
    ],
)
def test_unsure_conditions_are_refused(source: str) -> None:
    assert _said(source) is None


def test_speech_is_never_rescued() -> None:
    text = "Wer Hinweise hat, meldet sich bei der Polizei."
    assert conditional(_context(text)) is not None
    assert reader_action(_context(text, speech=True)) is None


def test_the_rescuer_is_registered() -> None:
    assert ("conditions", reader_action) in RESCUERS


@pytest.mark.parametrize(
    ("title", "paragraphs", "organisation", "question", "answer"),
    [
        (
            "Neue Tonnen für alle Haushalte",
            (
                "Der Abfallbetrieb Musterkreis verteilt ab dem 2. April neue Tonnen an alle Haushalte im Kreis.",
                "Die neuen Tonnen sind größer und haben einen Deckel mit Filter.",
                "Wer bis zum 30. April keine Tonne erhalten hat, wird gebeten, sich beim Abfallbetrieb zu melden.",
            ),
            "Abfallbetrieb Musterkreis",
            "Haben Sie bis zum 30. April keine Tonne bekommen?",  # "erhalten" in plain words (plainwords.py)
            "Dann melden Sie sich bitte beim Abfallbetrieb.",
        ),
        (
            "Unbekannte beschädigen Autos in der Innenstadt",
            (
                "In der Nacht zum Sonntag haben Unbekannte in der Innenstadt von Beispielstadt vier Autos beschädigt.",
                "Wer in der Nacht verdächtige Personen gesehen hat, wendet sich an die Polizeiwache Beispielstadt.",
            ),
            "Polizeipräsidium Beispielstadt",
            "Haben Sie in der Nacht verdächtige Personen gesehen?",
            "Dann wenden Sie sich an die Polizeiwache Beispielstadt.",
        ),
    ],
)
def test_the_pipeline_keeps_question_and_answer_together(
    title: str, paragraphs: tuple[str, ...], organisation: str, question: str, answer: str
) -> None:
    lines = [line for line in easy_body(title, *paragraphs, organisation=organisation).splitlines() if line]
    assert question in lines and answer in lines
    assert lines.index(answer) == lines.index(question) + 1


def test_the_whole_sentence_is_carried_over_without_its_purpose() -> None:
    # The candidate's text may be shortened ("sozialen" cut): the rescue says the source's every word,
    # only a closing purpose clause ("um … zu …") goes.
    source = SourceSentence(
        "Die Feuerwehr bittet darum, Bilder in den sozialen Medien zu löschen, um die Familie zu schützen."
    )
    context = RescueContext(
        source=source,
        text="Die Feuerwehr bittet darum, Bilder in den Medien zu löschen.",
        sentences=(source,),
        index=0,
        issued=None,
        rewrite=lambda piece: piece,
    )
    found = reader_action(context)
    assert found is not None and found.sentences == ("Bitte löschen Sie Bilder in den sozialen Medien.",)
