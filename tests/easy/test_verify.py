"""The verifier's rules, structure guard and fact guard, and the rewrites it checks."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.lexicon import lexicon, lookup
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.verify import FactGuard, dangling, rule_failures, structure_failures


@pytest.mark.parametrize(
    ("sentence", "check"),
    [
        ("Der Mann wurde von der Polizei festgenommen.", "rule.passive"),
        ("Die Feuerwehr löschte den Brand.", "rule.praeteritum"),
        ("Der Täter floh zu Fuß.", "rule.praeteritum"),
        ("Die Leiterin des Amtes spricht.", "rule.genitive"),
        ("Das Fest wäre schön.", "rule.konjunktiv"),
        # Konjunktiv I of reported speech, from a police appeal and from a club's statement.
        ("Jeder Hinweis könne bei der Suche helfen.", "rule.konjunktiv"),
        ("Der Verein habe lange gewartet.", "rule.konjunktiv"),
        ("Es kommen z. B. Kinder.", "rule.abbreviation"),
        ("Die Stadt zahlt 25.000 Euro.", "rule.big-number"),
        ("Die Zahl ist um 12 Prozent gesunken.", "rule.percentage"),
        ("Das Fest ist im XIX. Bezirk.", "rule.roman-numeral"),
        ("Die Stadt stellt die Weichen gestellt.", "rule.idiom"),
        ("Die Straße ist gesperrt, weil dort gebaut wird.", "rule.subordinate-clause"),
        ("Die Verkehrsbehörde informiert.", "rule.long-word"),
        ("Das ist ein sehr langer Satz mit viel zu vielen Wörtern für die Leser hier.", "rule.too-long"),
    ],
)
def test_rule_failures(sentence: str, check: str) -> None:
    assert check in {f.check for f in rule_failures(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Straße ist gesperrt.",
        "Die Polizei hat den Mann festgenommen.",
        "Die Verkehrs·behörde hilft.",
    ],
)
def test_plain_sentences_pass(sentence: str) -> None:
    assert rule_failures(sentence) == []
    assert structure_failures(sentence) == []


def test_first_person_indicative_is_not_konjunktiv() -> None:
    # "ich habe", "ich werde" are indicative; only the third person "habe"/"werde" reports speech.
    assert "rule.konjunktiv" not in {f.check for f in rule_failures("Ich habe eine Frage.")}
    assert "rule.konjunktiv" not in {f.check for f in rule_failures("Ich werde morgen kommen.")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie bietet älteren Menschen Hilfe.",
        "Anschließend fuhr er weg.",
        "Dort gibt es Kaffee.",
        "Eine weitere Person ist verletzt.",
    ],
)
def test_dangling_openers(sentence: str) -> None:
    assert dangling(sentence) is not None


def test_formal_you_is_not_dangling() -> None:
    assert dangling("Sie können anrufen.") is None


@pytest.mark.parametrize(
    "sentence",
    ["Die Polizei kann nicht ausschließen, dass", "Die Feier beginnt mit der", "Der Preis für"],
)
def test_cut_off_sentences_fail_the_structure_guard(sentence: str) -> None:
    assert structure_failures(sentence)


def test_pronoun_pointing_outside_fails() -> None:
    assert "guard.pronoun" in {f.check for f in structure_failures("Die Polizei hat ihn festgenommen.")}


def test_fact_guard_refuses_invented_numbers_and_names() -> None:
    guard = FactGuard("Am 3. Mai brannte in Nordhausen eine Scheune.")
    assert guard.failures("Der Brand war in Nordhausen.") == []
    assert {f.match for f in guard.failures("Der Brand war in Südhausen.")} == {"Südhausen"}
    assert {f.match for f in guard.failures("Es waren 7 Menschen da.")} == {"7"}


def test_rewrite_to_perfekt_keeps_the_particle_and_object() -> None:
    assert rewrite("Die Polizei nahm den Mann fest.", None) == "Die Polizei hat den Mann festgenommen."
    assert rewrite("Die Feuerwehr löschte den Brand.", None) == "Die Feuerwehr hat den Brand gelöscht."


def test_rewrite_genitive_to_von_and_dates() -> None:
    assert rewrite("Die Leiterin des Bezirksamts eröffnet die Ausstellung.", None) == (
        "Die Leiterin vom Bezirksamt eröffnet die Ausstellung."
    )
    assert rewrite("Das Fest ist am 03.05.2024.", None) == "Das Fest ist am 3. Mai 2024."
    assert rewrite("Gestern Abend brannte es.", date(2024, 5, 4)).startswith("Am 3. Mai 2024")


def test_lexicon_is_general_and_has_both_role_forms() -> None:
    entries = lexicon()
    assert len(entries) >= 300
    male, female = lookup("Bürgermeister"), lookup("Bürgermeisterin")
    assert male is not None and female is not None
    assert male.explanation.startswith("Ein Bürger·meister") and female.explanation.startswith("Eine Bürger·meisterin")
    assert not any("Dortmund" in e.explanation or "Berlin " in e.explanation for e in entries)


def test_shared_subject_is_repeated_when_a_sentence_is_split() -> None:
    from pressconv.transforms.easy.rewrite import split_clauses

    parts = [rewrite(p, None) for p in split_clauses("Eine Frau stürzte und verletzte sich schwer.")]
    assert parts == ["Eine Frau ist gestürzt.", "Die Frau hat sich schwer verletzt."]


def test_noun_coordination_is_not_split() -> None:
    from pressconv.transforms.easy.rewrite import split_clauses

    sentence = "Die Stadt und die Polizei haben einen Vertrag unterschrieben."
    assert split_clauses(sentence) == [sentence]


def test_every_lexicon_sentence_keeps_the_rules() -> None:
    import re

    for entry in lexicon():
        for sentence in re.split(r"(?<=[.!?])\s+", entry.explanation):
            # The entry's own headword is the word the glossary line explains: it may stand there.
            failures = [
                f
                for f in rule_failures(sentence)
                if f.check != "rule.abbreviation" and f.match.replace("·", "").lower() not in entry.forms
            ]
            assert failures == [], (entry.word, sentence, failures)


@pytest.mark.parametrize(
    ("word", "expected"), [("vertritt", False), ("weiß", False), ("hält", False), ("nahm", True), ("lief", True)]
)
def test_preterite_against_present_with_changed_stem(word: str, expected: bool) -> None:
    from pressconv.transforms.easy.morph import is_preterite

    assert is_preterite(word) is expected


def test_lexicon_headwords_are_unique() -> None:
    # A word of several senses has one line per sense, each with its cue words (lexicon.sense).
    words = [e.word for e in lexicon() if not e.role and not e.cues]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verein feiert die 1000. Stunde.",  # ordinal: names the hour, counts nothing
        "Das Fest war im Jahr 2024.",
        "Die Adresse ist Hauptstraße 5, 10115 Berlin.",
        "Das Amt ist in 80331 München.",
    ],
)
def test_numbers_that_name_a_thing_pass(sentence: str) -> None:
    assert "rule.big-number" not in {f.check for f in rule_failures(sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["Es kamen 1000 Menschen.", "Die Stadt zahlt 25.000 Euro.", "Es kamen 12345 Menschen.", "Es waren 2500."],
)
def test_large_quantities_still_fail(sentence: str) -> None:
    assert "rule.big-number" in {f.check for f in rule_failures(sentence)}


def test_an_all_caps_name_used_as_a_word_is_no_abbreviation() -> None:
    from pressconv.transforms.easy.verify import name_words

    # Two senders' styles: a party writing its name in capitals, a club doing the same.
    source = "Die PARTEI sammelt Unterschriften. Wir von der PARTEI klagen. Die LINKE lädt ein."
    names = name_words(source)
    assert {"PARTEI", "LINKE"} <= names
    assert not rule_failures("Die Nachricht ist von der PARTEI.", known_acronyms=names)
    assert not rule_failures("Die LINKE lädt ein.", known_acronyms=names)


@pytest.mark.parametrize(
    "source",
    [
        "Der ADAC hilft bei Pannen.",  # an initialism: no common word in lower case
        "Der Allgemeine Club (CLUB) hilft. Der CLUB lädt ein.",  # spelt out in brackets
        "Die Stadt hilft. PARTEI ist ein Wort.",  # never used after an article
    ],
)
def test_true_initialisms_still_fail(source: str) -> None:
    from pressconv.transforms.easy.verify import name_words

    word = "ADAC" if "ADAC" in source else ("CLUB" if "CLUB" in source else "PARTEI")
    failures = rule_failures(f"Das ist der {word}.", known_acronyms=name_words(source))
    assert "rule.abbreviation" in {f.check for f in failures}
