"""Verb/adjective homographs read as the finite verb, and genitives inside names kept.

Invented senders: a university's research office, a charity, a city museum service, a volunteer
fire brigade, a nursing school and an environment office.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.rewrite import _genitive, title_genitive
from pressconv.transforms.easy.verify import rule_failures


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        # a university's research headline: "kühlen" between two noun phrases is the verb
        ("Begrünte Dächer kühlen Wohnungen um bis zu 3 Grad", "kühlen"),
        # a charity's headline
        ("Warme Decken wärmen Obdachlose im Winter", "wärmen"),
    ],
)
def test_a_homograph_between_two_noun_phrases_is_the_finite_verb(sentence: str, verb: str) -> None:
    tagged = {t.word: t.pos for t in morph.tag(sentence)}
    assert tagged[verb] == "VV(FIN)"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit kühlen Getränken in den Sommer",  # after a preposition: an adjective
        "Die Stadt bietet kühlen Besuchern Wasser an.",  # a finite verb elsewhere: left as tagged
    ],
)
def test_an_adjective_stays_an_adjective(sentence: str) -> None:
    tagged = {t.word: t.pos for t in morph.tag(sentence)}
    assert tagged["kühlen"] == "ADJ(A)"


@pytest.mark.parametrize(
    "sentence",
    [
        # a city museum service: a name's capitalised adjective
        "Die Stadt lädt am Samstag zur Langen Nacht der Museen ein.",
        # a volunteer fire brigade: a named day
        "Die Feuerwehr lädt zum Tag der offenen Tür ein.",
        # a nursing school: a named day with a feminine noun
        "Die Schule feiert den Tag der Pflege.",
        # an environment office: a named week
        "Der Verein beteiligt sich an der Woche der Umwelt.",
    ],
)
def test_a_genitive_inside_a_name_keeps_its_form_and_the_verifier_refuses_it(sentence: str) -> None:
    said = _genitive(sentence)
    assert said == sentence
    assert "von den Museen" not in said and "von der Pflege" not in said
    assert any(f.check == "rule.genitive" for f in rule_failures(said))


def test_an_ordinary_genitive_still_becomes_von() -> None:
    assert _genitive("Die Leiterin des Bezirksamts spricht.") == "Die Leiterin vom Bezirksamt spricht."
    assert _genitive("Der Chef der Feuerwehr spricht.") == "Der Chef von der Feuerwehr spricht."
    assert title_genitive("Hinweise der Polizei") == "Hinweise von der Polizei"
    # a volunteer fire brigade named with its owner: the genitive names the owner, not part of a term
    said = _genitive("Der Sturm hat die Freiwillige Feuerwehr der Gemeinde Moorbach gefordert.")
    assert said == "Der Sturm hat die Freiwillige Feuerwehr von der Gemeinde Moorbach gefordert."
    assert title_genitive("Schule feiert Tag der Pflege") == "Schule feiert Tag der Pflege"
