"""Session 7: main clauses after "und" + an adverbial Vorfeld, temporal particles, indefinite openers."""

from __future__ import annotations

from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.openers import without_particles
from pressconv.transforms.easy.references import indefinite_opener
from tests.easy.support import easy_body


def test_und_with_an_adverbial_vorfeld_joins_two_main_clauses() -> None:
    assert pieces("Der Keller wurde geräumt und nach einer Stunde konnte die Feuerwehr abrücken.") == [
        "Der Keller wurde geräumt.",
        "Nach einer Stunde konnte die Feuerwehr abrücken.",
    ]
    # No finite verb after "und": one clause with two participles, never cut.
    assert pieces("Die Straße wurde gesperrt und am Abend wieder freigegeben.") == [
        "Die Straße wurde gesperrt und am Abend wieder freigegeben."
    ]


def test_temporal_particles_go_scope_words_stay() -> None:
    assert without_particles("Die Polizei hat den Mann noch festgenommen.") == "Die Polizei hat den Mann festgenommen."
    assert without_particles("Bereits am Morgen war die Halle voll.") == "Am Morgen war die Halle voll."
    for kept in (
        "Die Arbeiten sind noch nicht abgeschlossen.",
        "Es gibt bereits 20 Anmeldungen.",
        "Es gibt noch Plätze.",
    ):
        assert without_particles(kept) == kept


def test_a_compound_head_introduced_with_ein_makes_the_opener_indefinite() -> None:
    source = "Am Montag brannte es in einer Lagerhalle. Die Halle ist einsturzgefährdet."
    assert indefinite_opener("Die Halle ist einsturzgefährdet.", source) == "Eine Halle ist einsturzgefährdet."
    source = "Ein neues Beratungsteam hilft. Das Team berät jeden Dienstag."
    assert indefinite_opener("Das Team berät jeden Dienstag.", source) == "Ein Team berät jeden Dienstag."
    # Never introduced with "ein": a unique body stays definite (and the verifier leaves it out).
    assert indefinite_opener("Der Landesrechnungshof prüft.", "Der Landesrechnungshof prüft.") is None
    # A plural would become a generic claim about all of them: refused.
    assert indefinite_opener("Die Bäume sind krank.", "Es gibt einen Park mit Bäumen.") is None


def test_fire_and_welfare_releases_keep_the_introduced_thing() -> None:
    fire = easy_body(
        "Brand in Lagerhalle",
        "Am Montag gab es einen Brand in einer Lagerhalle in der Bahnhofstraße in Altdorf. Die Halle ist einsturzgefährdet.",
        organisation="Feuerwehr Altdorf",
    )
    # Either the summary introduced the hall before ("Der Brand war in einer Lagerhalle.") and the
    # definite article points at it, or the opener becomes indefinite: never "Die Halle" from nowhere.
    if "Die Halle ist einsturzgefährdet." in fire:
        assert "einer Lagerhalle" in fire.split("Die Halle ist einsturzgefährdet.")[0], fire
    else:
        assert "Eine Halle ist einsturzgefährdet." in fire, fire
    welfare = easy_body(
        "Neue Beratung in Bergheim",
        "Ab Montag gibt es ein neues Beratungsteam im Rathaus Bergheim. Das Team berät zu Fragen der Rente.",
        organisation="Sozialverband Bergheim",
    )
    # "Das Team" points at the team only where the summary introduced it ("ein neues Beratungsteam").
    if "Das Team berät" in welfare:
        assert (
            "Beratungs·team" in welfare.split("Das Team berät")[0] or "Beratungsteam" in welfare.split("Das Team berät")[0]
        ), welfare


def test_relative_clause_after_a_definite_singular_subject_becomes_a_sentence() -> None:
    assert pieces("Die Tour, die alle 2 Jahre stattfindet, ist beliebt.") == [
        "Die Tour ist beliebt.",
        "Die Tour findet alle 2 Jahre statt.",
    ]
    assert pieces("Das Auto, das vor dem Haus stand, brannte aus.") == [
        "Das Auto brannte aus.",
        "Das Auto stand vor dem Haus.",
    ]
    # A plural: the clause may restrict which ones are meant ("only the sick children"): left whole.
    assert pieces("Die Kinder, die krank sind, bleiben zu Hause.") == ["Die Kinder, die krank sind, bleiben zu Hause."]
    # The relative pronoun is not the subject ("der Verein" is): left whole.
    assert pieces("Die Halle, die der Verein gebaut hat, ist fertig.") == [
        "Die Halle, die der Verein gebaut hat, ist fertig."
    ]


def test_fire_brigade_and_police_releases_keep_the_relative_clause_as_a_sentence() -> None:
    fire = easy_body(
        "Brand in Scheune",
        "Am Montag brannte eine Scheune in der Dorfstraße in Talheim. "
        "Die Feuerwehr, die mit 20 Kräften vor Ort war, hat den Brand schnell gelöscht.",
        organisation="Feuerwehr Talheim",
    )
    assert "Die Feuerwehr war mit 20 Kräften vor Ort." in fire
    police = easy_body(
        "Diebstahl im Freibad",
        "Am Sonntag wurden im Freibad Birkenau Taschen gestohlen. "
        "Die Polizei, die den Fall übernommen hat, bittet um Hinweise.",
        organisation="Polizei Birkenau",
    )
    assert "Die Polizei hat den Fall übernommen." in police
    assert ", die " not in fire + police


def test_a_predicative_indefinite_introduces_nothing() -> None:
    # "Es handelt sich um eine Lesung" classifies what was named; "Eine Lesung ist …" would be vague.
    assert indefinite_opener("Die Lesung ist öffentlich.", "Es handelt sich um eine öffentliche Lesung.") is None
