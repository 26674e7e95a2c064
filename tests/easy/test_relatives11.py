"""A non-restrictive relative clause as a sentence of its own (relatives.py): "… eine Brücke. Die Brücke …"."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy import rescuers as rescue_module
from pressconv.transforms.easy.relatives import relative_apart, split_relative
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.subordinate import relative_clause_as_main, verb_second

ISSUED = date(2024, 3, 1)


def _context(sentence: str, *before: str) -> RescueContext:
    sentences = (*(SourceSentence(b) for b in before), SourceSentence(sentence))
    return RescueContext(
        source=sentences[-1],
        text=rewrite(sentence, ISSUED),
        sentences=sentences,
        index=len(sentences) - 1,
        issued=ISSUED,
        rewrite=lambda piece: rewrite(piece, ISSUED),
    )


@pytest.mark.parametrize(
    ("sentence", "main", "told"),
    [
        # A sports club, an indefinite object in a report of a past event: the clause tells more of it.
        (
            "Der Verein hat einen neuen Trainer verpflichtet, der zuletzt in der zweiten Liga gearbeitet hat.",
            "Der Verein hat einen neuen Trainer verpflichtet.",
            "Der neue Trainer hat zuletzt in der zweiten Liga gearbeitet.",
        ),
        # A town council: neuter, the strong adjective ending after "ein" becomes the weak one after "das".
        (
            "Die Gemeinde hat ein neues Feuerwehrhaus gebaut, das 2 Millionen Euro gekostet hat.",
            "Die Gemeinde hat ein neues Feuerwehrhaus gebaut.",
            "Das neue Feuerwehrhaus hat 2 Millionen Euro gekostet.",
        ),
        # A police report: the clause in the middle, a noun made from an adjective ("ein Zeuge" kind).
        (
            "Ein Radfahrer, der den Unfall gesehen hatte, rief den Rettungsdienst.",
            "Ein Radfahrer rief den Rettungsdienst.",
            "Der Radfahrer hat den Unfall gesehen.",
        ),
        # A person's name: non-restrictive; a choir's release.
        (
            "Der Chor dankte Marta Lindqvist, die seit 20 Jahren die Proben leitet.",
            "Der Chor dankte Marta Lindqvist.",
            "Marta Lindqvist leitet seit 20 Jahren die Proben.",
        ),
        # A preposition with the pronoun, the dative: "in dem" -> "In dem Stall"; a fire brigade.
        (
            "Die Flammen griffen auf den angrenzenden Stall über, in dem 12 Kälber standen.",
            "Die Flammen griffen auf den angrenzenden Stall über.",
            "In dem angrenzenden Stall standen 12 Kälber.",
        ),
        # The pronoun as object ("den"): the noun in the accusative after the verb, the clause's
        # subject first (subject, verb, object; never the object first); a museum.
        (
            "Das Museum zeigte einen alten Webstuhl, den ein Sammler geschenkt hatte.",
            "Das Museum zeigte einen alten Webstuhl.",
            "Ein Sammler hat den alten Webstuhl geschenkt.",
        ),
        # A definite plural with a number names exactly its referents.
        (
            "Die Feuerwehr rettete die 2 Bewohner, die im Keller eingeschlossen waren.",
            "Die Feuerwehr rettete die 2 Bewohner.",
            "Die 2 Bewohner waren im Keller eingeschlossen.",
        ),
    ],
)
def test_the_clause_becomes_a_sentence(sentence: str, main: str, told: str) -> None:
    found = split_relative(sentence)
    assert found is not None
    assert (found.main, found.told) == (main, told)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Alle Schüler, die krank sind, bleiben zu Hause.", "quantified: restrictive"),
        ("Personen, die keinen Schutz haben, dürfen die Schule nicht betreten.", "bare plural: restrictive"),
        ("Die Eltern, die bei ihrem Kind bleiben möchten, bekommen ein Bett.", "definite plural: restrictive"),
        ("Die Polizei sucht einen Mann, der einen roten Hut trug.", "the man may not exist (intensional verb)"),
        ("Ein Kind, das Fieber hat, bleibt zu Hause.", "indefinite in the present: a generic condition"),
        ("Die Stadt hat den Zeugen gedankt, der den Notruf gewählt hat.", "weak masculine: the form would change"),
        ("Die Stadt erneuert das Dach der Halle, das undicht ist.", "a noun inside another noun's phrase"),
        ("Die Kasse erstattet nur den Betrag, der über 50 Euro liegt.", "a focus particle before the noun"),
        ("Der Verein ehrt den ersten Läufer, der ins Ziel kam.", "an ordinal singles out: restrictive"),
        ("Wer einem Menschen begegnet, der hilflos wirkt, sollte helfen.", "a subordinate clause remains"),
        ("Die Zeitung lobte die Bücherei unter anderem als einen Ort, der Menschen verbindet.", "a predicate after 'als'"),
        ("Der Markt war ein Erfolg, der alle überraschte.", "an indefinite predicate noun names a kind"),
    ],
)
def test_a_restrictive_or_doubtful_clause_is_refused(sentence: str, reason: str) -> None:
    assert split_relative(sentence) is None, reason


def test_a_definite_noun_named_before_is_specific() -> None:
    sentence = "Die Bibliothek, die im Rathaus liegt, öffnet um 9 Uhr."
    assert split_relative(sentence) is None  # a present-tense statement about a noun not yet named
    found = split_relative(sentence, "Die Stadtbibliothek bekommt neue Öffnungszeiten.")
    assert found is not None
    assert (found.main, found.told) == ("Die Bibliothek öffnet um 9 Uhr.", "Die Bibliothek liegt im Rathaus.")


def test_the_rescue_rewrites_each_part_and_is_registered() -> None:
    # The Präteritum the rewrite could not reach inside the long sentence becomes the Perfekt.
    context = _context("Ein Radfahrer, der den Unfall gesehen hatte, rief sofort den Rettungsdienst.")
    rescued = relative_apart(context)
    assert rescued is not None
    assert rescued.sentences == (
        "Ein Radfahrer hat sofort den Rettungsdienst gerufen.",
        "Der Radfahrer hat den Unfall gesehen.",
    )
    assert "relatives" in dict(rescue_module.RESCUERS)


def test_speech_and_reported_speech_are_never_split() -> None:
    quoted = SourceSentence("Wir haben einen Trainer geholt, der viel Erfahrung hat.", speech=True)
    context = RescueContext(quoted, quoted.text, (quoted,), 0, ISSUED, lambda piece: rewrite(piece, ISSUED))
    assert relative_apart(context) is None
    reported = _context("Der Vorstand habe einen Trainer geholt, der viel Erfahrung habe.")
    assert relative_apart(reported) is None


def test_the_clause_as_a_main_clause_moves_the_verb_and_its_particle() -> None:
    clause = morph.tag("den die Stadt im Mai vorstellte")[1:]
    assert relative_clause_as_main(["Den", "Plan"], clause) == "Den Plan stellte die Stadt im Mai vor."


def test_a_passive_whose_agent_has_a_phrase_after_it_stays_passive() -> None:
    # "von einem Team aus 12 Freiwilligen": the active form could not tell where "aus …" belongs.
    context = _context(
        "Der Laden, der von einem Team aus 12 Freiwilligen betrieben wird, öffnet am Montag um 9 Uhr.",
        "Der Verein eröffnet einen Laden für gebrauchte Kleidung.",
    )
    rescued = relative_apart(context)
    assert rescued is not None
    # The clause stays passive, which the verifier refuses; the main clause stands alone (non-restrictive).
    assert rescued.sentences == ("Der Laden öffnet am Montag um 9 Uhr.",)


def test_a_particle_the_list_does_not_hold_goes_to_the_end() -> None:
    # verb_second asks HanTa for particles beyond its list ("heraus", "davon"); a publisher's release.
    clause = morph.tag("der den Kalender herausgab")[1:]
    assert relative_clause_as_main(["Der", "Verlag"], clause) == "Der Verlag gab den Kalender heraus."


def test_two_main_clauses_joined_by_a_semicolon_are_not_one_main_clause() -> None:
    sentence = "Der Fahrer blieb unverletzt; die Beifahrerin, die am Steuer gesessen hatte, kam ins Krankenhaus."
    assert split_relative(sentence) is None


def test_an_inseparable_prefix_stays_with_its_verb() -> None:
    # HanTa may analyse "ver-" as a particle ("verraucht" -> "raucht … ver"); the Duden's inseparable
    # prefixes never are one.
    for word, lemma in (("verraucht", "verrauchen"), ("bemalt", "bemalen"), ("zerlegt", "zerlegen")):
        assert verb_second(morph.Token(word, lemma, "VV(FIN)")) == (word, "")
    assert verb_second(morph.Token("herausgab", "herausgeben", "VV(FIN)")) == ("gab", "heraus")


def test_a_date_in_the_clause_keeps_its_commas_and_may_stand_apart() -> None:
    # The weekday's apposition ("am Sonntag, 10. März 2024,") does not close the clause; a town's kiosk.
    found = split_relative(
        "Die Stadt hat einen Kiosk eröffnet, der am Sonntag, 10. März 2024, von 10 bis 18 Uhr geöffnet ist."
    )
    assert found is not None
    assert found.told == "Der Kiosk ist am Sonntag, 10. März 2024, von 10 bis 18 Uhr geöffnet."
    # Too long as one sentence: its time goes into a follower (timeout.split), the group kept together.
    sentence = (
        "Die Schule hat einen Flohmarkt organisiert, der am Sonntag, 10. März 2024, "
        "von 10 bis 18 Uhr im Gemeindehaus stattfindet."
    )
    rescued = relative_apart(_context(sentence))
    assert rescued is not None
    assert rescued.sentences == (
        "Die Schule hat einen Flohmarkt organisiert.",
        "Der Flohmarkt findet im Gemeindehaus statt.",
        "Das ist am Sonntag, 10. März 2024, von 10 bis 18 Uhr.",
    )
    # A verb whose object may not exist ("geplant"): the market is not reported as real.
    assert split_relative(sentence.replace("organisiert", "geplant")) is None
