"""A definite person inside a sentence the summary never met: the indefinite article, or the line goes.

introductions.met_person.
"""

from __future__ import annotations

from pressconv.transforms.easy.introductions import met_person


def test_a_person_no_one_named_could_be_gets_the_indefinite_article_in_its_case() -> None:
    # A police accident report, a fire brigade's rescue and a rescue service's help, in four cases.
    crash = "Ein Autofahrer fuhr einen Jugendlichen an. Der Autofahrer flüchtete, der Jugendliche kam ins Krankenhaus."
    said = ["Es hat einen Unfall gegeben.", "Der Auto·fahrer ist geflüchtet."]
    assert met_person("Man hat den Jugendlichen im Kranken·haus behandelt.", crash, said) == (
        "Man hat einen Jugendlichen im Kranken·haus behandelt."
    )
    fire = "Im Keller war ein Kind. Die Feuerwehr hat das kleine Kind gerettet."
    assert met_person("Die Feuer·wehr hat das kleine Kind gerettet.", fire, ["Es hat gebrannt."]) == (
        "Die Feuer·wehr hat ein kleines Kind gerettet."
    )
    help_ = "Eine Frau war gestürzt. Die Sanitäter halfen der Verletzten."
    assert met_person("Die Sanitäter haben der Verletzten geholfen.", help_, ["Es gab einen Notfall."]) == (
        "Die Sanitäter haben einer Verletzten geholfen."
    )
    assert met_person("Dann ist der verletzte Fahrer gekommen.", "Ein Fahrer wurde verletzt.", ["Ein Unfall"]) == (
        "Dann ist ein verletzter Fahrer gekommen."
    )


def test_the_one_person_named_before_taken_up_by_the_release_stays_definite() -> None:
    # A police report: the cyclist is the youth (the release says "Der Jugendliche" of him only).
    source = "Ein 14-jähriger Radfahrer stürzte. Der Jugendliche kam ins Krankenhaus."
    sentence = "Man hat den Jugendlichen behandelt."
    assert met_person(sentence, source, ["Ein Radfahrer ist gestürzt."]) == sentence


def test_a_person_who_may_be_someone_named_before_makes_the_line_go() -> None:
    # A man named before and a youth the release introduces on its own: one or two people? Left out.
    assert met_person("Man hat den Jugendlichen behandelt.", "Ein Jugendlicher stürzte.", ["Ein Mann ist gestürzt."]) is None


def test_names_plurals_and_persons_said_stay_untouched() -> None:
    # An opener (the verifier's), a museum's curator with her name, a shop's counted plural, a noun said before.
    opener = "Der Fahrer ist geflüchtet."
    assert met_person(opener, "Ein Fahrer flüchtete.", ["Ein Unfall"]) == opener
    curator = "In die Ausstellung führt die Kuratorin Eva Roth ein."
    assert met_person(curator, "Die Kuratorin Eva Roth führt ein.", ["Eine Ausstellung"]) == curator
    customers = "Man beschenkt die ersten 300 Kundinnen."
    assert met_person(customers, "Die ersten 300 Kundinnen bekommen eine Tasche.", ["Ein Laden"]) == customers
    said = "Man hat den Fahrer gefunden."
    assert met_person(said, "Ein Fahrer flüchtete.", ["Ein Fahrer ist geflüchtet."]) == said


def test_a_person_of_any_sex_named_before_keeps_the_definite_phrase() -> None:
    # A police crash report and a fire brigade's rescue: "ein Mensch" / "eine Person" said before, the
    # indefinite would count a second one.
    crash = "Ein 54-jähriger Motorradfahrer wurde schwer verletzt. Der Aufprall schleuderte den Motorradfahrer weg."
    sentence = "Ein Aufprall hat den Motorrad·fahrer weg·geschleudert."
    assert met_person(sentence, crash, ["Ein Mensch ist schwer verletzt."]) == sentence
    fire = "Eine Bewohnerin wurde gerettet. Die Feuerwehr brachte die Bewohnerin ins Freie."
    rescue = "Die Feuer·wehr hat die Bewohnerin ins Freie gebracht."
    assert met_person(rescue, fire, ["Eine Person ist gerettet."]) == rescue


def test_place_names_are_no_person_who_could_be_meant() -> None:
    # A police crash report between two villages and a fire report with a brigade's place name.
    crash = (
        "Altheim (ots) - Auf der Straße zwischen Altheim und Bergdorf stürzte ein Radfahrer. Kurz nach dem "
        "Ortsausgang Altheim prallte der Radfahrer gegen einen Baum. Eine Person ist verletzt."
    )
    said = ["Es hat einen Unfall zwischen Altheim und Bergdorf gegeben.", "Ein Mensch ist verletzt."]
    sentence = "Man hat den Radfahrer behandelt."
    assert met_person(sentence, crash, said) == sentence
    fire = "Die Feuerwehr Talheim rettete einen Mann. Der Mann kam in eine Klinik."
    assert met_person("Man hat den Mann in eine Klinik gebracht.", fire, ["Die Feuerwehr Talheim war da."]) == (
        "Man hat einen Mann in eine Klinik gebracht."
    )


def test_an_office_or_a_person_named_by_an_owner_needs_no_introduction() -> None:
    # A union criticising the district's head and a police report on a break-in at a warehouse.
    union = "Die Gewerkschaft kritisiert den Landrat. Der Landrat habe nicht geantwortet."
    assert met_person("Die Gewerkschaft kritisiert den Landrat.", union, ["Die Gewerkschaft fordert ein Gespräch"]) == (
        "Die Gewerkschaft kritisiert den Landrat."
    )
    police = "Unbekannte brachen ein Lager auf. Die Polizei befragte die Leiterin des Lagers."
    said = "Man hat die Leiterin vom Lager befragt."
    assert met_person(said, police, ["Unbekannte haben ein Lager aufgebrochen."]) == said
