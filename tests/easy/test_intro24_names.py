"""A definite person the summary never introduced ("die Jugendliche") named as the release names them.

introductions.named_person.
"""

from __future__ import annotations

from pressconv.transforms.easy.introductions import named_person

_MISSING = (
    "Die Polizei Altdorf bittet um Mithilfe bei der Suche nach der 14-jährigen Lea M. aus Neudorf. "
    "Die Jugendliche wird seit Freitag vermisst. Sie trug eine rote Jacke."
)
_SENIOR = (
    "Die Polizei sucht den 79-jährigen Walter Kranich aus Bergheim. Der Senior hat am Sonntag das "
    "Pflegeheim verlassen und ist nicht zurückgekehrt."
)
_COURT = (
    "Das Amtsgericht hat den 34-jährigen Jonas B. verurteilt. Der Angeklagte hatte Senioren am Telefon "
    "betrogen. Die Richterin sprach von einer gemeinen Tat."
)


def test_a_definite_person_anywhere_in_the_sentence_gets_the_releases_name() -> None:
    # A police search for a missing girl, for a missing senior, and a court's verdict.
    assert named_person("Man vermisst die Jugendliche seit Freitag.", _MISSING, ["Die Polizei sucht ein Mädchen"]) == (
        "Man vermisst Lea M. seit Freitag."
    )
    assert named_person("Der Senior ist nicht zurückgekehrt.", _SENIOR, ["Die Polizei bittet um Hilfe"]) == (
        "Walter Kranich ist nicht zurückgekehrt."
    )
    assert named_person("Das Gericht hat den Angeklagten verurteilt.", _COURT, ["Ein Urteil vom Amts·gericht"]) == (
        "Das Gericht hat Jonas B. verurteilt."
    )


def test_a_person_the_summary_introduced_stays() -> None:
    # The summary said the noun already, or the name.
    said = ["Eine Jugendliche aus Neudorf ist weg."]
    assert named_person("Man vermisst die Jugendliche seit Freitag.", _MISSING, said) is None
    # The person named already but not the noun: the name again, which the reader knows.
    assert named_person("Die Jugendliche trug eine rote Jacke.", _MISSING, ["Lea M. ist weg."]) == (
        "Lea M. trug eine rote Jacke."
    )


def test_no_name_where_the_release_does_not_tie_it_to_that_noun() -> None:
    # Another person of the report ("die Richterin"), a gender the age phrase excludes, two named persons.
    assert named_person("Die Richterin hat gesprochen.", _COURT, ["Ein Urteil"]) is None
    assert named_person("Man sucht die Frau.", _SENIOR, ["Die Polizei sucht"]) is None
    two = _SENIOR + " Der 81-jährige Karl Berg hat ihn zuletzt gesehen."
    assert named_person("Der Senior ist nicht zurückgekehrt.", two, ["Die Polizei bittet um Hilfe"]) is None
    # A plural ("die Jugendlichen") is no one person.
    assert named_person("Man sucht die Jugendlichen.", _MISSING, ["Die Polizei sucht"]) is None


def test_a_person_met_before_the_name_is_someone_else() -> None:
    # A fire brigade's rescue and a police report: the noun names the rescuer or the witness, met first.
    fire = "Eine Feuerwehrfrau fand die 86-jährige Erna Lutz im Keller. Die Feuerwehrfrau brachte sie ins Freie."
    assert named_person("Die Feuerwehrfrau hat geholfen.", fire, ["Es hat gebrannt."]) is None
    witness = "Ein Zeuge sah den 30-jährigen Tim R. am Bahnhof. Der Zeuge rief die Polizei."
    assert named_person("Der Zeuge hat angerufen.", witness, ["Die Polizei sucht"]) is None
