"""Session 21 (loosen21): rescuers that offer pieces where they used to refuse before offering.

"nicht X, sondern Y" said as Y (contrast.py), a trailing weiterführender Relativsatz left out
(topology.py), main clauses that each open with a frame of their own said apart and a passive
clause offered for the composition to repair (coordinated.py). Invented sentences of several
sender kinds (transit company, club, town hall, library, utility, police, fire brigade); none is
taken from a development file. Each construction also has the shapes that stay refused.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.contrast import contrast, positive_part
from pressconv.transforms.easy.coordinated import coordinated, coordinated_alone, split_coordinated
from pressconv.transforms.easy.topology import matrix_only
from tests.easy.support import lone_context

# --- 1. "nicht X, sondern Y" (adversative Koordination): the corrected part in place of the negated one


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # transit company: the route, the verb bracket's participle after the corrected part
        (
            "Die Linie 4 wird ab Montag nicht mehr durch die Bahnhofstraße, sondern über den Ring geführt.",
            "Die Linie 4 wird ab Montag über den Ring geführt.",
        ),
        # club: the separable particle of the negated part closes the corrected clause too
        (
            "Das Sommerfest findet nicht am Samstag statt, sondern am Sonntag.",
            "Das Sommerfest findet am Sonntag statt.",
        ),
        # town hall: a place, "nicht mehr" left out with the negated part
        (
            "Die Sprechstunde ist ab März nicht mehr im Rathaus, sondern im Bürgerhaus.",
            "Die Sprechstunde ist ab März im Bürgerhaus.",
        ),
        # adult education centre: a noun phrase after a preposition each
        (
            "Der Kurs richtet sich nicht an Anfänger, sondern an Fortgeschrittene.",
            "Der Kurs richtet sich an Fortgeschrittene.",
        ),
        # sports club: a weekday
        (
            "Der Verein trifft sich künftig nicht mehr montags, sondern dienstags im Vereinsheim.",
            "Der Verein trifft sich künftig dienstags im Vereinsheim.",
        ),
    ],
)
def test_the_corrected_part_is_said_in_place_of_the_negated_one(sentence: str, expected: str) -> None:
    assert positive_part(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # school board: "nicht nur …, sondern auch" adds, it does not correct
        "Die Stadt fördert nicht nur Schulen, sondern auch Kitas.",
        # veterinary office: a verb phrase corrected; its object is not the corrected one's
        "Die Bevölkerung wird gebeten, tote Vögel nicht zu berühren, sondern den Fundort zu melden.",
        # election office: a clause of its own after "sondern"
        "Wähler bekommen die Unterlagen nicht automatisch, sondern müssen sie erneut anfordern.",
        # transit company: "kein" is another negation, its noun would have to be said positively
        "Am Sonntag fahren keine Busse, sondern Sammeltaxis.",
        # swimming pool: the negated part holds a day and an hour, the corrected one only an hour
        "Das Bad öffnet nicht am Montag um 8 Uhr, sondern um 10 Uhr.",
        # parish: the parts are not of one kind ("wie geplant" against a place)
        "Die Feier findet nicht wie geplant im Saal, sondern im Garten statt.",
        # museum: the negation inside a subordinate clause
        "Der Eintritt ist frei, weil die Ausstellung nicht im Museum, sondern im Park stattfindet.",
    ],
)
def test_other_shapes_of_sondern_are_refused(sentence: str) -> None:
    assert positive_part(sentence) is None


def test_the_contrast_rescue_is_rewritten_and_refuses_reported_speech() -> None:
    found = contrast(lone_context("Die Bücherei öffnet nicht am Montag, sondern am Dienstag.", rewritten=True))
    assert found is not None and found.sentences == ("Die Bücherei öffnet am Dienstag.",)
    said = "Der Sprecher sagte, die Bücherei öffne nicht am Montag, sondern am Dienstag."
    assert contrast(lone_context(said, rewritten=True)) is None


# --- 2. a weiterführender Relativsatz ("wodurch", "womit", "weshalb") left out, the main clause alone


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # utility: "womit"
        (
            "Die Stadtwerke haben die Leitung in der Nacht erneuert, womit die Versorgung wieder gesichert ist.",
            "Die Stadtwerke haben die Leitung in der Nacht erneuert.",
        ),
        # club: "weshalb"
        (
            "Der Verein hat seine Beiträge deutlich erhöht, weshalb einige Mitglieder ausgetreten sind.",
            "Der Verein hat seine Beiträge deutlich erhöht.",
        ),
        # transit company: "wodurch", the third person read as a participle by the tagger ("verkürzt")
        (
            "Die Linie 4 fährt ab Montag über den Ring, wodurch sich die Fahrzeit um 6 Minuten verkürzt.",
            "Die Linie 4 fährt ab Montag über den Ring.",
        ),
    ],
)
def test_a_trailing_continuative_clause_is_left_out(sentence: str, expected: str) -> None:
    found = matrix_only(lone_context(sentence))
    assert found is not None and found.sentences == (expected,)


@pytest.mark.parametrize(
    "sentence",
    [
        # police: an indirect question after "prüft" is the object of the clause before
        "Die Polizei prüft derzeit, wodurch das Feuer in der Scheune entstanden ist.",
        # fire brigade: after "unklar"
        "Unklar ist noch, weshalb der Wagen von der Straße abkam.",
        # town hall: "nur" scopes over the reason (topology's focus-particle check)
        "Die Gemeinde erhält nur 2 Millionen Euro, weshalb der Bau verschoben wird.",
    ],
)
def test_a_w_clause_that_may_be_a_question_or_scoped_stays(sentence: str) -> None:
    assert matrix_only(lone_context(sentence)) is None


# --- 3. main clauses that each open with a frame of their own (Reihung), the passive offered


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # transit company: two time frames, the first clause passive
        (
            "Samstags wird die Strecke im Stundentakt bedient, an Sonn- und Feiertagen besteht kein Angebot.",
            ["Samstags wird die Strecke im Stundentakt bedient.", "An Sonn- und Feiertagen besteht kein Angebot."],
        ),
        # fire brigade: a participle in the second Vorfeld, its subject "niemand" kept
        (
            "Insgesamt waren 90 Einsatzkräfte vor Ort, verletzt wurde nach derzeitigem Stand niemand.",
            ["Insgesamt waren 90 Einsatzkräfte vor Ort.", "Verletzt wurde nach derzeitigem Stand niemand."],
        ),
        # public pool: two seasons
        (
            "Im Sommer öffnet das Freibad um 7 Uhr, im Winter beginnt der Betrieb um 9 Uhr.",
            ["Im Sommer öffnet das Freibad um 7 Uhr.", "Im Winter beginnt der Betrieb um 9 Uhr."],
        ),
        # village fête: a place in each Vorfeld
        (
            "Im Festzelt spielt die Blaskapelle, auf der Wiese gibt es ein Kinderprogramm.",
            ["Im Festzelt spielt die Blaskapelle.", "Auf der Wiese gibt es ein Kinderprogramm."],
        ),
    ],
)
def test_clauses_with_frames_of_their_own_are_cut(sentence: str, expected: list[str]) -> None:
    found = split_coordinated(sentence)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # market: the second clause opens with its subject; "Am Samstag" may scope over it
        "Am Samstag gibt es eine Hüpfburg auf dem Parkplatz, der Erlös geht an den Kindergarten.",
        # police: a source in the first Vorfeld scopes over every clause
        "Nach Angaben der Polizei war der Fahrer betrunken, verletzt wurde niemand.",
        # library: "sie" points at the noun of the first clause
        "Montags hat die Bücherei bis 18 Uhr geöffnet, mittwochs bleibt sie geschlossen.",
        # fire brigade: "es" stands for the first clause's noun
        "Im Vorjahr rückte die Wehr zu 60 Einsätzen aus, in diesem Jahr waren es 73.",
        # town hall: "dort" points back
        "Vormittags gibt es Führungen, dort können Kinder basteln.",
        # swimming pool: the subject left out after an adverbial Vorfeld
        "Am Montag schließt das Bad und öffnet am Dienstag wieder.",
        # village fête: an object in the second Vorfeld, which a reader would take for the subject
        "Für Kaffee und Kuchen sorgt der Förderverein, Würstchen und Getränke bietet die Feuerwehr an.",
        # theatre: a role named first, the actor after the verb
        "Als Eve steht Lisa Brandt auf der Bühne, Frau Marthe spielt Gudrun Holm.",
        # fire brigade: the second clause opens with its subject, an adverb inside it
        "Beim Eintreffen der Wehr brannte die Scheune, eine weithin sichtbare Rauchsäule zog nach Osten.",
        # transit company: no subject in the first clause (unpersönliches Passiv), it leans on the sentence before
        "Sonntags wird im Zweistundentakt gefahren, an Feiertagen gibt es keinen Busverkehr.",
        # club: a hedge in the first clause
        "Im Mai feiert der Verein vermutlich sein Jubiläum, im Juni folgt ein Turnier.",
    ],
)
def test_clauses_without_frames_of_their_own_are_refused(sentence: str) -> None:
    assert split_coordinated(sentence) is None


def test_a_passive_clause_the_verifier_sees_is_offered_for_repair() -> None:
    # transit company: the passive piece is offered; compose.py repairs its voice or drops the rescue
    sentence = "Samstags wird die Strecke im Stundentakt bedient, an Sonn- und Feiertagen besteht kein Angebot."
    found = coordinated(lone_context(sentence, rewritten=True))
    assert found is not None and found.sentences[1] == "An Sonn- und Feiertagen besteht kein Angebot."
    # the clauses cut by their frames are said together or not at all
    assert coordinated_alone(lone_context(sentence, rewritten=True)) is None


# --- 3b. verb phrases of one list under one subject ("A, B und C"), the subject said again


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # club: a clean-up day
        (
            "Der Verein pflanzte 40 Bäume, reinigte den Bach und baute eine Bank auf.",
            ["Der Verein pflanzte 40 Bäume.", "Der Verein reinigte den Bach.", "Der Verein baute eine Bank auf."],
        ),
        # police: the negation stays in its own phrase
        (
            "Der Fahrer hielt kurz an, stieg nicht aus und fuhr weiter.",
            ["Der Fahrer hielt kurz an.", "Der Fahrer stieg nicht aus.", "Der Fahrer fuhr weiter."],
        ),
    ],
)
def test_a_list_of_verb_phrases_shares_its_subject(sentence: str, expected: list[str]) -> None:
    found = split_coordinated(sentence)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # police: an indefinite subject said again would name someone new each time
        "Eine Passantin half dem Jungen auf, brachte das Rad auf den Gehweg und rief die Polizei.",
        # town hall: a bare verb shares the object of the phrase after it
        "Die Gemeinde baut den Kindergarten, saniert und erweitert die Schule.",
        # town hall: no "und" at the end, not a list
        "Die Stadt baut die Schule aus, erweitert die Kita.",
        # village fête: the left-out subject is the one of the clause right before, not the first one's
        "Die Helfer räumten die Halle, die Gäste gingen nach Hause und feierten weiter.",
    ],
)
def test_verb_phrases_that_do_not_share_the_first_subject_are_refused(sentence: str) -> None:
    assert split_coordinated(sentence) is None
