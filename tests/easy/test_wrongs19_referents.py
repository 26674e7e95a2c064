"""wrongs19: one person introduced once (coreference.py), "auch"/"wieder" only after what they
presuppose (presupposition.py), a "von" owner that must be introduced (style.introduced_failures).
Invented sentences of a police authority, a fire brigade, a town hall, a zoo and a sports club.
"""

from __future__ import annotations

from pressconv.transforms.easy.coreference import one_person
from pressconv.transforms.easy.presupposition import resolved
from pressconv.transforms.easy.style import introduced_failures

_THEFT = "Ein 34-jähriger Mann stahl ein Auto. Die Polizei nahm den Tatverdächtigen fest. Er kam in Untersuchungshaft."
_FRAUD = (
    "Gegen eine mittlerweile 61 Jahre alte Frau wird ermittelt. Die Tatverdächtige soll Spenden veruntreut haben. "
    "Ein Richter erließ Haftbefehl."
)


def test_the_role_noun_takes_up_the_person_introduced_first() -> None:
    texts = ["Ein 34-Jähriger hat ein Auto gestohlen.", "Ein Tat·verdächtiger ist jetzt in Haft."]
    assert one_person(texts, _THEFT) == [texts[0], "Der 34-Jährige ist jetzt in Haft."]


def test_the_person_told_by_role_first_is_named_definitely_later() -> None:
    texts = ["Die Polizei sucht eine Tat·verdächtige.", "Eine Frau soll Spenden veruntreut haben."]
    assert one_person(texts, _FRAUD) == [texts[0], "Die Tat·verdächtige soll Spenden veruntreut haben."]


def test_two_people_the_source_introduces_stay() -> None:
    source = "Eine Frau wurde verletzt. Eine weitere Frau blieb unverletzt."
    texts = ["Eine Frau ist verletzt.", "Eine Frau ist nicht verletzt."]
    assert one_person(texts, source) == texts


def test_an_unsure_take_up_is_left_out() -> None:
    # A police officer is no antecedent for "der Tatverdächtige": to whom it points is not certain.
    texts = ["Ein Polizist hat etwas gesehen.", "Ein Tat·verdächtiger ist jetzt in Haft."]
    assert one_person(texts, "Ein Polizist sah den Tatverdächtigen.") == [texts[0], None]


def test_auch_names_the_sender_of_the_same_kind() -> None:
    sentence = "Die Feuer·wehren aus Nordheim und Südheim waren auch im Einsatz."
    sender = ("die Feuer·wehr Mitteldorf", "Feuerwehr")
    assert resolved(sentence, ["Ein Auto ist im Graben gelandet."], sender) == [
        "Die Feuer·wehr Mitteldorf war im Einsatz.",
        sentence,
    ]


def test_auch_after_its_predicate_stays() -> None:
    sentence = "Der Eintritt ist auch am Sonntag frei."  # zoo
    assert resolved(sentence, ["Der Eintritt ist am Samstag frei."]) == [sentence]


def test_unmet_auch_is_left_out_where_that_stays_true() -> None:
    said = ["Ein Auto ist im Graben gelandet."]  # fire brigade
    assert resolved("Die Polizei und der Rettungs·dienst waren auch im Einsatz.", said) == [
        "Die Polizei und der Rettungs·dienst waren im Einsatz."
    ]


def test_auch_that_adds_to_a_named_thing_or_a_condition_stays() -> None:
    # town hall: the applications were named before, "auch online" adds a way to send them
    sentence = "Man kann Anträge auch online stellen."
    assert resolved(sentence, ["Die Stadt nimmt Anträge entgegen."]) == [sentence]
    # food company: a scalar "auch ohne" would narrow the sentence without its "auch"
    sentence = "Man erstattet den Kaufpreis auch ohne Kassenbon."
    assert resolved(sentence, ["Die Firma ruft einen Käse zurück."]) == [sentence]


def test_unmet_auch_with_words_that_need_it_drops_the_sentence() -> None:
    said = ["Die Polizei bittet um Hinweise."]
    assert resolved("Man kann sich auch an jede andere Polizei·wache wenden.", said) is None


def test_wieder_without_the_leaving_is_left_out() -> None:
    said = ["Ein Radfahrer ist geflohen."]
    assert resolved("Der Radfahrer ist über den Gehweg wieder auf die Straße gefahren.", said) == [
        "Der Radfahrer ist über den Gehweg auf die Straße gefahren."
    ]
    # "immer wieder" is no restitutive "wieder" (sports club)
    sentence = "Die Spieler sind immer wieder auf den Platz gelaufen."
    assert resolved(sentence, said) == [sentence]


def test_an_unintroduced_owner_after_von_points_at_nothing() -> None:
    failures = introduced_failures("Die Gesamt·kosten von der Maßnahme sind hoch.", ["Die Straße ist gesperrt."])
    assert [f.check for f in failures] == ["guard.not-introduced"]
    assert not introduced_failures("Die Kosten von der Maßnahme sind hoch.", ["Die Stadt plant eine Maßnahme."])
    assert not introduced_failures("Der Vorstand vom Verein Muster hat gewählt.", [])
