"""Main clauses side by side (coordinated.py): each its own sentence, the subject said again, or refused."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.coordinated import coordinated, coordinated_alone, split_coordinated
from pressconv.transforms.easy.rescue import RescueContext
from tests.easy.support import lone_context


def _context(text: str) -> RescueContext:
    return lone_context(text, rewritten=True)


@pytest.mark.parametrize(
    ("sentence", "sentences"),
    [
        # A utility: two main clauses after a bare comma (Satzverbindung), each true alone.
        (
            "Der Arbeitspreis sinkt auf 33 Cent, der monatliche Grundpreis bleibt bei 13 Euro.",
            ["Der Arbeitspreis sinkt auf 33 Cent.", "Der monatliche Grundpreis bleibt bei 13 Euro."],
        ),
        # A kindergarten fête: the second clause's own subject after the comma.
        (
            "Das Sommerfest bietet eine Tombola im Garten, der Erlös geht an den Elternbeirat.",
            ["Das Sommerfest bietet eine Tombola im Garten.", "Der Erlös geht an den Elternbeirat."],
        ),
        # An authority: "und" with the subject left out; the date apposition's commas close no clause.
        (
            "Die Verfügung tritt am Freitag, 6. März 2026, in Kraft und gilt bis auf Weiteres.",
            ["Die Verfügung tritt am Freitag, 6. März 2026, in Kraft.", "Die Verfügung gilt bis auf Weiteres."],
        ),
        # A municipality: the elided subject said again.
        (
            "Die Gemeinde saniert die Straße und erneuert die Leitungen.",
            ["Die Gemeinde saniert die Straße.", "Die Gemeinde erneuert die Leitungen."],
        ),
        # A fire report: one auxiliary, a list of participles (Koordination im Mittelfeld).
        (
            "Nachbarn hatten den Knall gehört, Rauch bemerkt und die Feuerwehr gerufen.",
            [
                "Nachbarn hatten den Knall gehört.",
                "Nachbarn hatten Rauch bemerkt.",
                "Nachbarn hatten die Feuerwehr gerufen.",
            ],
        ),
        # A utility: a name in quotes is no clause boundary.
        (
            "Der Preis im Tarif „Stadtstrom“ sinkt auf 33 Cent, der Grundpreis bleibt gleich.",
            ["Der Preis im Tarif „Stadtstrom“ sinkt auf 33 Cent.", "Der Grundpreis bleibt gleich."],
        ),
        # A club: "er" can only mean the club (the one masculine noun), so the club is named again.
        (
            "Der Verein hat 300 Mitglieder, er feiert im Mai sein Jubiläum.",
            ["Der Verein hat 300 Mitglieder.", "Der Verein feiert im Mai sein Jubiläum."],
        ),
    ],
)
def test_coordinated_main_clauses_are_cut(sentence: str, sentences: list[str]) -> None:
    found = split_coordinated(sentence)
    assert found is not None
    assert found[0] == sentences


@pytest.mark.parametrize(
    "sentence",
    [
        # "oder" offers alternatives: neither clause is true alone.
        "Die Kinder basteln, die Eltern trinken Kaffee oder die Großeltern lesen vor.",
        # A gapped second clause ("…, die Beklagte 3000 Euro") has no verb of its own.
        "Der Kläger hatte 9000 Euro gefordert, die Beklagte eine Summe von 3000 Euro.",
        # "er" could mean the driver as well as the subject: refused (omission over error).
        "Die Polizei hat den Fahrer gestoppt, er hat gestanden.",
        # A relative clause after the comma is topology.py's, never a main clause.
        "Der Verein sucht Helfer, die am Samstag Zeit haben.",
        # The Vorfeld is the object (the verb is singular, the noun plural): its subject is not known.
        "Die Kosten trägt die Stadt und erneuert die Leitungen.",
        # A "dass" clause is the object of the verb before it.
        "Die Stadt teilt mit, dass die Halle schließt und die Kurse ausfallen.",
        # A court: after a verb of saying, the bare main clause is what was said, not a fact.
        "Der Richter führte in der Begründung aus, die Folgen gingen weit über den Schaden hinaus.",
        # An object in the Vorfeld, the subject after the verb: the festival does not invite anyone.
        "Das Fest organisiert der Verein und lädt alle Bürger ein.",
        # An infinitive under the modal before it is no clause of its own.
        "Die Stadt will die Halle sanieren, aber die Kita erweitern.",
        # Police: "und" inside a time span joins no clauses; the Vorfeld of the first clause is no subject.
        "Nach den Ermittlungen hebelten die Täter zwischen 22 und 6 Uhr ein Tor auf und gelangten in die Halle.",
        # An authority: "In aller Regel" holds the second clause in its scope as well.
        "In aller Regel erscheinen keine Vertreter vor Gericht und Anfragen werden nicht beantwortet.",
        # A city: a list whose last part has a participle ("vernetzt") is no second clause.
        "In der Stadt arbeiten Verwaltung, Vereine, Wirtschaft und Wissenschaft vernetzt in einem Labor.",
        # A fire report: the participle at the end closes the one clause (shared subject and verb).
        "Die Brandbekämpfung ist über 2 Drehleitern und mehrere Trupps unter Atemschutz erfolgt.",
        # An adult-education course: "darüber hinaus" points back (beyond the limit), never said apart.
        "Für den Kurs gilt eine Obergrenze von 20 Plätzen, Mitglieder können darüber hinaus kommen.",
        # A club and a company: "davon" points back into the clause before (Duden grammar: a
        # pronominal adverb is a Verweiswort); alone it would dangle.
        "Der Verein hat 300 Mitglieder, davon sind 100 Kinder.",
        "Die Firma stellt 40 Azubis ein, davon kommen 12 aus der Region.",
        # Police: after a verb of thinking, the same (abhängiger Verbzweitsatz).
        "Die Ermittler vermuten, der Täter ist über die Grenze geflohen.",
    ],
)
def test_unsure_readings_are_refused(sentence: str) -> None:
    assert split_coordinated(sentence) is None


def test_the_rescue_links_a_contrast_and_a_reason() -> None:
    # A council: the contrast keeps its "Aber"; a reason after "denn" is announced as one.
    found = coordinated(_context("Die Stadt baut eine Halle, aber die Kosten steigen."))
    assert found is not None and found.sentences == ("Die Stadt baut eine Halle.", "Aber die Kosten steigen.")
    found = coordinated(_context("Der Verein verlegt das Fest, denn der Platz ist nass."))
    assert found is not None
    assert found.sentences == ("Der Verein verlegt das Fest.", "Der Grund ist: Der Platz ist nass.")


def test_the_clauses_that_pass_alone_stand_without_the_others() -> None:
    # A building site: the second clause stays a request with a "zu"-infinitive; the first stands.
    found = coordinated_alone(
        _context("Fußgänger können die Baustelle jederzeit passieren, Radfahrer werden gebeten, dort abzusteigen.")
    )
    assert found is not None and found.sentences == ("Fußgänger können die Baustelle jederzeit passieren.",)
    # A kindergarten fête: the first clause is too long; the second stands.
    found = coordinated_alone(
        _context(
            "Das Sommerfest der Kita bietet von 14 bis 17 Uhr ein Puppentheater und eine Tombola im Garten, "
            "der Erlös aus der Tombola geht an den Elternbeirat."
        )
    )
    assert found is not None and found.sentences == ("Der Erlös aus der Tombola geht an den Elternbeirat.",)


def test_a_clause_with_a_pronoun_never_stands_without_the_clause_it_points_into() -> None:
    # An authority: "ihr Führerschein" is the woman's of the clause left out; alone it could be anyone's.
    found = coordinated_alone(_context("Ihr wurde ein Bußgeld auferlegt, ihr Führerschein wurde eingezogen."))
    assert found is None
    # A club: "sein Vorstand" alone could be anyone's; the clause with it is never said alone.
    found = coordinated_alone(_context("Der Verein sucht einen Kassenwart, sein Vorstand hat seit 2020 nur 3 Mitglieder."))
    assert found is None or all("sein" not in sentence.lower().split() for sentence in found.sentences)


def test_a_passive_the_tags_hide_is_not_offered() -> None:
    # A trade fair and a laboratory: "gehört" may be tagged as a finite verb; the passive clause is
    # not said, the active one is.
    found = coordinated_alone(_context("Die Messe hat im März begonnen, an 4 Tagen wurden 30 Aussteller gehört."))
    assert found is not None and found.sentences == ("Die Messe hat im März begonnen.",)
    found = coordinated_alone(_context("Die Prüfung hat im März begonnen, an 4 Tagen wurden 30 Proben gehört."))
    assert found is not None and found.sentences == ("Die Prüfung hat im März begonnen.",)
