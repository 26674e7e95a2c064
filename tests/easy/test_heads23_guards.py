"""Wrong-fact guards of the title: the Perfekt's agent (title_perfect) and the invitation's particle (title_verbs)."""

from __future__ import annotations

from pressconv.transforms.easy.title_perfect import perfect_title
from pressconv.transforms.easy.title_verbs import with_particle


def test_the_perfekt_needs_the_titles_agent_as_the_done_acts_subject() -> None:
    # A town opening a day-care centre and a district council passing a budget.
    town = ["Am Montag hat die Stadt die neue Kindertagesstätte am Lindenweg eröffnet."]
    assert perfect_title("Die Stadt eröffnet die neue Kindertagesstätte", town) == (
        "Die Stadt hat die neue Kindertagesstätte eröffnet"
    )
    council = ["Der Kreistag hat am Dienstag den Haushalt für 2027 beschlossen."]
    assert perfect_title("Der Kreistag beschließt den Haushalt", council) == "Der Kreistag hat den Haushalt beschlossen"


def test_an_agent_that_is_not_the_done_acts_subject_keeps_the_present() -> None:
    # Another doer in the body: a club opened it, the district's parliament passed it, or the town only took part.
    club = ["Der Verein Kinderglück hat die neue Kindertagesstätte am Montag eröffnet."]
    assert perfect_title("Die Stadt eröffnet die neue Kindertagesstätte", club) is None
    district = ["Der Kreistag des Landkreises hat den Haushalt beschlossen."]
    assert perfect_title("Der Landkreis beschließt den Haushalt", district) is None
    helped = ["Der Verein hat mit der Stadt die neue Kindertagesstätte eröffnet."]
    assert perfect_title("Die Stadt eröffnet die neue Kindertagesstätte", helped) is None
    # The roles swapped: the title's agent is the body's object.
    assert perfect_title("Der Verein begrüßt die Bürgermeisterin", ["Die Bürgermeisterin hat den Verein begrüßt."]) is None


def test_the_invitations_particle_is_added_only_where_the_source_says_einladen() -> None:
    # A library's reading and a sports club's summer party, each with the verb in the body.
    library = "Die Stadtbibliothek lädt am Freitag alle Interessierten zur Lesung ein."
    assert with_particle("Die Stadtbibliothek lädt zur Lesung", library) == "Die Stadtbibliothek lädt zur Lesung ein"
    club = "Der Sportverein hat alle Mitglieder zum Sommerfest eingeladen."
    assert with_particle("Der Sportverein lädt zum Sommerfest", club) == "Der Sportverein lädt zum Sommerfest ein"


def test_laden_zu_an_event_is_an_invitation_without_the_sources_einladen() -> None:
    # "laden zu" says an invitation (charging or loading never takes "zu"): a choir's concert, a club's party.
    assert with_particle("Der Chor lädt zum Frühlingskonzert", "Das Konzert beginnt um 18 Uhr.") == (
        "Der Chor lädt zum Frühlingskonzert ein"
    )
    assert with_particle("Der Verein lädt zur Feier in die Halle", "Die Feier beginnt um 20 Uhr.") == (
        "Der Verein lädt zur Feier in die Halle ein"
    )


def test_laden_of_charging_or_loading_gets_no_particle() -> None:
    # A utility's charging points and a haulier: "laden" without "ein" in the source.
    charging = "Ab Montag laden E-Autos an zwölf neuen Ladesäulen in der Tiefgarage am Markt. Eine Ladung kostet 39 Cent."
    assert with_particle("E-Autos laden in der Tiefgarage", charging) == "E-Autos laden in der Tiefgarage"
    trucks = "Die Lastwagen laden den Kies am Hafen. Die Arbeiten dauern bis Freitag."
    assert with_particle("Lastwagen laden am Hafen", trucks) == "Lastwagen laden am Hafen"
    # "ein" as an article after "laden" is no particle.
    article = "Die Helfer laden ein Boot auf den Anhänger."
    assert with_particle("Die Helfer laden auf den Anhänger", article) == "Die Helfer laden auf den Anhänger"
