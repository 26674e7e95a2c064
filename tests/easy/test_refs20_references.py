"""refs20: references the verifier refused, repaired where the source makes them certain.

Invented releases of several sender kinds (a ministry's appointment, a university's new professor, a
police report, a fire brigade's annual report, a company's closure): a pronoun chain taken up by its
one named person (chains.py), a person first named with "der" introduced with "ein"
(introductions.py), a partitive "davon" with its count in the sentence (partitives.py), and the
cases each must refuse (two persons, no role said, a plural, a rival in the summary).
"""

from __future__ import annotations

from pressconv.transforms.easy.chains import resolve_chain
from pressconv.transforms.easy.introductions import introduce_person
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.verify import structure_failures


def _sentences(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(text) for text in texts]


# --- chains.py ---------------------------------------------------------------------------------


def test_chain_of_subject_pronouns_names_the_person_before_it_ministry() -> None:
    source = _sentences(
        "Das Ministerium stellt Frau Dr. Lindqvist als neue Abteilungsleiterin vor.",
        "Dr. Petra Lindqvist, 1975 in Osterfeld geboren, studierte Rechtswissenschaften.",
        "Danach wechselte sie in das Innenministerium.",
        "Seit 2020 ist sie Leiterin der Abteilung Verwaltung.",
    )
    line = "Seit 2020 ist sie Leiterin von der Abteilung Verwaltung."
    assert resolve_chain(line, source, 3, []) == "Seit 2020 ist Petra Lindqvist Leiterin von der Abteilung Verwaltung."


def test_chain_uses_the_full_name_the_release_gives_university() -> None:
    source = _sentences(
        "Die Universität beruft Professor Jonas Wendeberg auf den Lehrstuhl für Statik.",
        "Wendeberg, Jahrgang 1981, studierte Bauingenieurwesen in Kelbra.",
        "Zuletzt war er als Professor an der Hochschule Nordstadt tätig.",
        "Er ist verheiratet.",
    )
    out = resolve_chain("Er ist verheiratet.", source, 3, [])
    assert out == "Jonas Wendeberg ist verheiratet."
    line = "Zuletzt war er als Professor an der Hoch·schule Nordstadt tätig."
    assert (
        resolve_chain(line, source, 2, []) == "Zuletzt war Jonas Wendeberg als Professor an der Hoch·schule Nordstadt tätig."
    )


def test_chain_refuses_a_name_of_the_other_gender_ministry() -> None:
    # The sentence before the chain names a minister (a man); "sie … Leiterin" is the woman before him.
    source = _sentences(
        "Jana Vogt wird neue Staatssekretärin.",
        "Minister Paul Reiners überreichte die Urkunde.",
        "Seit 2021 ist sie Leiterin der Abteilung.",
    )
    assert resolve_chain("Seit 2021 ist sie Leiterin von der Abteilung.", source, 2, []) is None


def test_chain_refuses_a_name_whose_gender_the_release_does_not_tell_club() -> None:
    # A sports club: no "Herr"/"Frau" and no role noun ties "Kim Sander" to a gender.
    source = _sentences(
        "Der Sportverein hat einen neuen Vorstand gewählt.",
        "Kim Sander, Jahrgang 1990, spielte lange im Verein.",
        "Seit 2022 ist sie Trainerin der ersten Mannschaft.",
    )
    assert resolve_chain("Seit 2022 ist sie Trainerin von der ersten Mannschaft.", source, 2, []) is None


def test_chain_refuses_a_surname_with_two_first_names_company() -> None:
    # A family company: father and son share the surname; "Brückner" later may mean either.
    source = _sentences(
        "Die Firma ehrt ihren Gründer Herrn Karl Brückner und beruft seinen Sohn Herrn Lukas Brückner.",
        "Brückner, Jahrgang 1985, studierte Maschinenbau.",
        "Zuletzt war er als Geschäftsführer in Kelbra tätig.",
    )
    assert resolve_chain("Zuletzt war er als Geschäftsführer in Kelbra tätig.", source, 2, []) is None


def test_chain_never_takes_a_function_word_for_a_first_name() -> None:
    # A university: "Laut Wolterink" (a capitalised preposition) is no first name; the surname stays alone.
    source = _sentences(
        "Die Hochschule stellt Herrn Wolterink vor.",
        "Laut Wolterink ist die Lehre wichtig.",
        "Wolterink, Jahrgang 1979, studierte Physik in Kelbra.",
        "Zuletzt war er als Professor in Kelbra tätig.",
    )
    out = resolve_chain("Zuletzt war er als Professor in Kelbra tätig.", source, 3, [])
    assert out == "Zuletzt war Wolterink als Professor in Kelbra tätig."
    # A clinic: "Danach Wolterink" the same, and no "Herr"/"Frau" or role noun tells the gender: refused.
    source = _sentences(
        "Die Klinik stellt ihren Chefarzt vor.",
        "Danach Wolterink ist die Klinik gut.",
        "Wolterink, Jahrgang 1979, studierte Medizin in Kelbra.",
        "Zuletzt war er als Arzt in Kelbra tätig.",
    )
    assert resolve_chain("Zuletzt war er als Arzt in Kelbra tätig.", source, 3, []) is None


def test_chain_refuses_a_second_person_of_the_same_gender() -> None:
    source = _sentences(
        "Anna Kruse arbeitete lange mit der Leiterin Maria Feld zusammen.",
        "Seit 2021 ist sie Leiterin der Abteilung.",
    )
    assert resolve_chain("Seit 2021 ist sie Leiterin von der Abteilung.", source, 1, []) is None


def test_chain_refuses_without_a_role_said_of_the_pronoun() -> None:
    # "sie" may be the exhibition as well as the mayor: no role predicate says it is a person.
    source = _sentences(
        "Bürgermeisterin Eva Roth eröffnete am Freitag die Ausstellung.",
        "Seit Montag ist sie montags geöffnet.",
    )
    assert resolve_chain("Seit Montag ist sie montags geöffnet.", source, 1, []) is None


def test_chain_refuses_a_plural_verb_and_a_gender_mismatch() -> None:
    source = _sentences(
        "Lena Maurer studierte Chemie.",
        "Seit 2019 sind sie Mitglieder im Verein.",
    )
    assert resolve_chain("Seit 2019 sind sie Mitglieder im Verein.", source, 1, []) is None
    # the role noun's gender must agree with the pronoun: "sie … Leiter" is refused
    source = _sentences("Lena Maurer studierte Chemie.", "Seit 2019 ist sie Leiter der Gruppe.")
    assert resolve_chain("Seit 2019 ist sie Leiter von der Gruppe.", source, 1, []) is None


def test_chain_leaves_an_opening_pronoun_after_one_sentence_to_anaphora() -> None:
    source = _sentences("Tom Berger studierte Physik.", "Er ist Leiter der Gruppe.")
    assert resolve_chain("Er ist Leiter von der Gruppe.", source, 1, []) is None


def test_chain_breaks_at_speech_and_at_another_pronoun() -> None:
    source = [
        SourceSentence("Ute Brand studierte Medizin."),
        SourceSentence("Sie ist eine gute Ärztin", speech=True),
        SourceSentence("Seit 2015 ist sie Ärztin in Kelbra."),
    ]
    assert resolve_chain("Seit 2015 ist sie Ärztin in Kelbra.", source, 2, []) is None
    source = _sentences("Ute Brand studierte Medizin.", "Er lobte sie.", "Seit 2015 ist sie Ärztin in Kelbra.")
    assert resolve_chain("Seit 2015 ist sie Ärztin in Kelbra.", source, 2, []) is None


# --- introductions.py ---------------------------------------------------------------------------

_POLICE = (
    "Am Montag ist ein 12-jähriger Radfahrer an der Kreuzung Ringstraße von einem Auto erfasst worden. "
    "Der Junge stürzte und verletzte sich am Arm."
)
_SHOP = (
    "Am Abend betrat ein maskierter Mann einen Kiosk und bedrohte den 30-jährigen Angestellten. "
    "Der Angestellte blieb unverletzt."
)
_CLINIC = "Eine Patientin ist am Morgen gestürzt. Die Verletzte kam ins Krankenhaus."


def test_a_person_first_named_with_der_is_introduced_with_ein() -> None:
    assert introduce_person("Der Junge ist gestürzt.", _POLICE, ["Die Polizei sucht Zeugen."]) == "Ein Junge ist gestürzt."
    assert introduce_person("Die Verletzte ist im Kranken·haus.", _CLINIC, []) == "Eine Verletzte ist im Kranken·haus."


def test_a_nominalised_adjective_takes_the_strong_ending_after_ein() -> None:
    out = introduce_person("Der Angestellte ist unverletzt geblieben.", _SHOP, ["Es hat einen Überfall gegeben."])
    assert out == "Ein Angestellter ist unverletzt geblieben."


def test_adjectives_take_the_strong_ending_too() -> None:
    out = introduce_person("Der verletzte Junge ist im Kranken·haus.", _POLICE, [])
    assert out == "Ein verletzter Junge ist im Kranken·haus."


def test_no_introduction_beside_a_person_who_could_be_the_same() -> None:
    # The summary named a boy by another noun (or a child, or a name): "Ein Junge" would read as a second one.
    assert introduce_person("Der Junge ist gestürzt.", _POLICE, ["Ein Rad·fahrer ist verletzt."]) is None
    assert introduce_person("Der Junge ist gestürzt.", _POLICE, ["Ein Kind ist verletzt."]) is None
    assert introduce_person("Der Junge ist gestürzt.", _POLICE, ["Die Polizei sucht Tim Maier."]) is None


def test_a_rival_named_in_the_same_clause_is_another_person() -> None:
    # "ein Mann … bedrohte den Angestellten": two participants of one clause are two people.
    out = introduce_person("Der Angestellte ist unverletzt geblieben.", _SHOP, ["Ein Mann hat einen Kiosk überfallen."])
    assert out == "Ein Angestellter ist unverletzt geblieben."


def test_no_introduction_of_a_thing_a_plural_or_an_unmentioned_person() -> None:
    assert introduce_person("Der Saal ist barrierefrei.", "Der Vortrag ist im Saal.", []) is None
    assert introduce_person("Die Helfer waren vor Ort.", "Die Helfer kamen schnell.", []) is None
    assert introduce_person("Der Junge ist gestürzt.", "Eine Frau ist gestürzt.", []) is None


# --- partitives.py ------------------------------------------------------------------------------


def test_partitive_davon_takes_up_the_count_of_its_own_sentence() -> None:
    fire = "Im Lösch·zug sind 37 Mitglieder aktiv, davon 6 Frauen."
    company = "Der Betrieb hat 88 Beschäftigte, davon 12 Auszubildende."
    guests = "Zum Fest kamen 300 Gäste, darunter rund 40 Kinder."
    for sentence in (fire, company, guests):
        assert not [f for f in structure_failures(sentence) if f.check == "guard.pronoun"], sentence


def test_davon_without_a_count_in_the_sentence_still_points_back() -> None:
    for sentence in ("Teile davon sind auf der Straße gelandet.", "Es gibt viele Plätze, davon 6 mit Lade·säulen."):
        assert [f for f in structure_failures(sentence) if f.check == "guard.pronoun"], sentence


# --- unique.py ----------------------------------------------------------------------------------


def test_superlatives_and_totals_need_no_introduction() -> None:
    from pressconv.transforms.easy.style import introduced_failures

    court = "Der Gesamt·schaden liegt bei etwa 9 tausend Euro."
    funding = "Der Höchst·betrag für jeden Verein ist 4 tausend Euro."
    storm = "Der höchste Einzel·schaden hat 46 tausend Euro betragen."
    club = "Die Mindest·investition liegt bei 2 tausend Euro."
    for sentence in (court, funding, storm, club):
        assert not introduced_failures(sentence, ["Es gibt ein Programm."]), sentence


def test_an_ordinary_definite_noun_still_needs_its_introduction() -> None:
    from pressconv.transforms.easy.style import introduced_failures

    for sentence in ("Die feste Stelle ist neu.", "Der Vortrags·saal ist barrierefrei.", "Das Bestattungs·haus ist neu."):
        assert introduced_failures(sentence, ["Es gibt ein Programm."]), sentence


# --- presence.py --------------------------------------------------------------------------------


def test_da_sein_is_present_not_a_pointer_back() -> None:
    for sentence in ("Das neue Kurs·heft von der Musik·schule ist da.", "Die neuen Abfall·kalender sind da."):
        assert not [f for f in structure_failures(sentence) if f.check == "guard.pronoun"], sentence
    for sentence in ("Anträge laufen da etwas anders ab.", "Die Feuerwehr war schnell da und hat gelöscht."):
        assert [f for f in structure_failures(sentence) if f.check == "guard.pronoun"], sentence


def test_bleiben_da_stays_at_a_place_said_before() -> None:
    # "bleibt da" means "stays there": it points back at a place, unlike "ist da" (is available).
    fire = "Die Feuer·wehr bleibt da."
    market = "Die Stände am Markt bleiben da."
    for sentence in (fire, market):
        assert [f for f in structure_failures(sentence) if f.check == "guard.pronoun"], sentence
