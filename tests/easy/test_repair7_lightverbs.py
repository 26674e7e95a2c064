"""Session 7: light-verb constructions and officialese verbs become their plain verb (lightverbs.py)."""

from __future__ import annotations

from pressconv.transforms.easy.lightverbs import plain_light_verbs, plain_verbs
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.style import nominal_failures
from tests.easy.support import easy_body


def test_light_verbs_become_plain_verbs_in_the_same_frame() -> None:
    assert plain_light_verbs("Die Kripo hat Ermittlungen zum Diebstahl aufgenommen.") == "Die Kripo ermittelt zum Diebstahl."
    assert plain_light_verbs("Die Behörden haben Ermittlungen eingeleitet.") == "Die Behörden ermitteln."
    assert plain_light_verbs("Die Radfahrerin hat sich leichte Verletzungen zugezogen.") == (
        "Die Radfahrerin hat sich leicht verletzt."
    )
    assert plain_light_verbs("Der Gemeinderat hat eine Entscheidung über den Neubau getroffen.") == (
        "Der Gemeinderat hat über den Neubau entschieden."
    )
    assert plain_light_verbs("Die Schule hat die Eltern in Kenntnis gesetzt.") == "Die Schule hat die Eltern informiert."
    assert plain_light_verbs("Der Landkreis stellt den Vereinen 800 Euro zur Verfügung.") == (
        "Der Landkreis gibt den Vereinen 800 Euro."
    )
    assert plain_light_verbs("Die Nachbarn können sofort Hilfe leisten.") == "Die Nachbarn können sofort helfen."
    assert plain_light_verbs("Der Wirt hat den Einbruch zur Anzeige gebracht.") == "Der Wirt hat den Einbruch angezeigt."


def test_refused_where_the_noun_phrase_says_more_than_the_verb() -> None:
    for sentence in (
        "Der Fahrer hat sich keine Verletzungen zugezogen.",  # "keine" would be lost: the claim turns around
        "Der Rat hat eine schwierige Entscheidung getroffen.",  # the adjective has no place in "entscheiden"
        "Die Helfer haben dem Nachbarn Unterstützung geleistet.",  # "unterstützen" takes the accusative
        "Die Stadt stellt sich zur Verfügung.",  # "sich" belongs to another construction
    ):
        assert plain_light_verbs(sentence) == sentence, sentence


def test_officialese_verbs_in_their_everyday_form() -> None:
    assert plain_verbs("Die Polizei hat keine Waffe aufgefunden.") == "Die Polizei hat keine Waffe gefunden."
    assert plain_verbs("Der Verein konnte das Fest durchführen.") == "Der Verein konnte das Fest machen."
    # The present of holding an event stays: it names the event its time and place belong to.
    assert plain_verbs("Der Verein führt am Sonntag ein Fest durch.") == "Der Verein führt am Sonntag ein Fest durch."


def test_legal_constructions_without_a_plain_paraphrase_are_left_out() -> None:
    assert nominal_failures("Die Polizei hat den Mann in Gewahrsam genommen.")
    assert nominal_failures("Ein Richter hat den Haftbefehl in Vollzug gesetzt.")
    assert not nominal_failures("Die Radfahrerin hat sich leicht verletzt.")


def test_rewrite_turns_the_preterite_construction_into_a_plain_perfekt() -> None:
    assert (
        rewrite("Der Jogger zog sich schwere Verletzungen am Arm zu.", None) == "Der Jogger hat sich schwer am Arm verletzt."
    )


def test_police_and_club_releases_say_the_plain_verb() -> None:
    police = easy_body(
        "Einbruch in Bäckerei",
        "Unbekannte sind am Dienstag in eine Bäckerei in Kleinstadt eingebrochen. Sie haben Geld gestohlen. "
        "Die Kriminalpolizei hat Ermittlungen wegen Einbruchs aufgenommen.",
        organisation="Polizei Kleinstadt",
    )
    # The light verb goes; the fact sentence "Die Polizei ermittelt." may already say it.
    assert "Ermittlungen" not in police and "ermittelt" in police, police
    club = easy_body(
        "Unfall beim Training",
        "Beim Training am Sonntag in Bergheim ist eine Spielerin gestürzt. "
        "Die Spielerin hat sich leichte Verletzungen zugezogen.",
        organisation="Turnverein Bergheim",
    )
    assert "leicht verletzt" in club and "zugezogen" not in club


def test_es_handelt_sich_um_says_the_property_plainly() -> None:
    from pressconv.transforms.easy.lightverbs import classifying

    assert classifying("Es handelt sich um einen kostenlosen Kurs.") == "Der Kurs ist kostenlos."
    assert classifying("Es handelt sich um eine öffentliche Lesung.") == "Die Lesung ist öffentlich."
    assert classifying("Es handelt sich um ein neues Angebot.") == "Das Angebot ist neu."
    # No adjective: nothing to state about the thing; two adjectives: more than one claim.
    for kept in ("Es handelt sich um eine Lesung.", "Es handelt sich um eine kurze öffentliche Lesung."):
        assert classifying(kept) == kept


def test_aid_and_library_releases_say_the_property() -> None:
    aid = easy_body(
        "Erste-Hilfe-Kurs in Talheim",
        "Am Samstag, 9. März, gibt es einen Erste-Hilfe-Kurs im Rathaus Talheim. Es handelt sich um einen kostenlosen Kurs.",
        organisation="Rotes Kreuz Talheim",
    )
    assert "Der Kurs ist kostenlos." in aid
    library = easy_body(
        "Lesung in der Bücherei",
        "Am Freitag gibt es eine Lesung in der Bücherei Bergheim. Es handelt sich um eine öffentliche Lesung.",
        organisation="Gemeinde Bergheim",
    )
    assert "Die Lesung ist öffentlich." in library
