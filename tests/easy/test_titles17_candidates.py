"""Title candidates (title_candidates.py), the one title check and its ranking (title_check.py), and the
title step that runs every candidate through them: invented releases of at least two sender kinds each."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.title_candidates import clause_variants, headline_clauses, missing_person
from pressconv.transforms.easy.title_check import (
    TitleCandidate,
    TitleContext,
    generic,
    news_share,
    rank,
    side_subject,
    title_failures,
)
from pressconv.transforms.easy.titles import lead_clause
from tests.fixtures.releases import german_release


def _context(source: str, news: str = "", headline: str = "") -> TitleContext:
    """A check whose verifier part passes everything: the title check's own rules are tested alone."""
    return TitleContext(
        source=source, news=news or source, style=lambda text: text, failures=lambda styled: [], headline=headline
    )


def _title(title: str, *paragraphs: str, subtitle: str | None = None, organisation: str | None = None) -> str:
    release = german_release(title, *paragraphs, issued=date(2026, 3, 2), subtitle=subtitle, organisation=organisation)
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- the check: one rule at a time, two sender kinds each ------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Die Stadt Musterstadt hat am Montag im Rathaus einen neuen Plan für Radwege vorgestellt",
        "Die Polizei Musterstadt hat am Abend in der Innenstadt zwei junge Männer festgenommen",
    ],
)
def test_a_title_of_more_than_ten_words_fails(title: str) -> None:
    assert "title.length" in title_failures(title, _context(title))


@pytest.mark.parametrize("title", ["Neue Öffnungszeiten im Bürgeramt", "Schwerer Unfall auf der Landstraße"])
def test_a_title_without_a_finite_verb_fails(title: str) -> None:
    # A city's service notice and a police report: headline noun phrases are no sentences.
    assert "title.no-verb" in title_failures(title, _context(title))


@pytest.mark.parametrize("title", ["Die neuen Gebühren gelten ab 1 April", "Der Bauernmarkt öffnet am 3 Mai wieder"])
def test_a_day_without_its_dot_fails(title: str) -> None:
    # A council decision and a market club's opening: "1 April" is a date a rewrite cut.
    assert "title.date" in title_failures(title, _context(title))
    whole = title.replace("1 April", "1. April").replace("3 Mai", "3. Mai")
    assert "title.date" not in title_failures(whole, _context(title))


@pytest.mark.parametrize(
    "title", ["Es gibt eine Verkehrsgesellschaft Musterstadt mbH", "Es gibt den Turnverein Musterdorf e. V."]
)
def test_es_gibt_with_an_organisation_fails(title: str) -> None:
    # A transport company's and a sports club's letterhead: the sender's name is no news.
    assert "title.institution" in title_failures(title, _context(title))


def test_es_gibt_with_an_event_passes_the_organisation_rule() -> None:
    for title in ("Es gibt einen Warnstreik am 5. März", "Es gibt eine Lesung in der Bibliothek"):
        assert "title.institution" not in title_failures(title, _context(title))


@pytest.mark.parametrize("title", ["Es gibt eine UNWETTERWARNUNG", "Die Bibliothek startet eine VERANSTALTUNGSREIHE"])
def test_shouted_capitals_fail(title: str) -> None:
    # A county's storm warning and a library's series: emphasis in capitals is no acronym.
    assert "title.capitals" in title_failures(title, _context(title))


@pytest.mark.parametrize(
    ("source", "title"),
    [
        (
            "Frau Anna Muster übernimmt kommissarisch die Leitung des Landesamtes für Statistik.",
            "Anna Muster übernimmt die Leitung vom Landesamt",
        ),
        ("Jan Beispiel ist jetzt stellvertretender Vorsitzender des Vereins.", "Jan Beispiel ist Vorsitzender vom Verein"),
    ],
)
def test_a_role_without_its_modifier_fails(source: str, title: str) -> None:
    # A ministry's acting head and a club's deputy chair: the title must not promote them.
    assert "title.modifier" in title_failures(title, _context(source))
    kept = title.replace("übernimmt die", "übernimmt kommissarisch die")
    kept = kept.replace("ist Vorsitzender", "ist stellvertretender Vorsitzender")
    assert "title.modifier" not in title_failures(kept, _context(source))


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("Die neue Leiterin der Musikschule heißt Anna Muster.", "Anna Muster ist neuer Leiter"),
        ("Lea Beispiel wird Trainerin der ersten Mannschaft.", "Lea Beispiel wird Trainer"),
    ],
)
def test_a_role_noun_in_the_other_gender_fails(source: str, title: str) -> None:
    # A music school and a football club: the release names a woman; the title must too.
    assert "title.gender" in title_failures(title, _context(source))


@pytest.mark.parametrize(
    ("news", "title"),
    [
        ("Polizei warnt vor Schockanrufen. Betrüger rufen ältere Menschen an.", "Es hat einen Verkehrsunfall gegeben"),
        ("Neue Spielgeräte im Stadtpark. Die Stadt hat drei Geräte aufgebaut.", "Es hat einen Brand gegeben"),
    ],
)
def test_an_event_the_news_never_names_fails(news: str, title: str) -> None:
    # A scam warning (the accident is the callers' lie) and a park release citing an old fire.
    assert "title.aside" in title_failures(title, _context(news, news))
    fire = "Brand in Scheune."
    assert "title.aside" not in title_failures("Es hat einen Brand gegeben", _context(fire, fire))


@pytest.mark.parametrize(
    "title", ["Neue Station für Altersmedizin öffnet am 1. Juni", "Der Stadtrat beschließt neue Gebührenordnung"]
)
def test_a_singular_noun_phrase_without_its_article_fails(title: str) -> None:
    # A hospital's ward and a council's decision in headline grammar.
    assert "title.no-article" in title_failures(title, _context(title))


def test_a_plural_or_an_object_with_its_article_passes_the_article_rule() -> None:
    for title in ("Neue Spielplätze entstehen im Norden", "Der Stadtrat beschließt eine neue Gebührenordnung"):
        assert "title.no-article" not in title_failures(title, _context(title))


@pytest.mark.parametrize("title", ["Das Museum zeigt einen Ausstellung", "Die Bücherei lädt zu einem Lesung ein"])
def test_an_article_of_another_gender_fails(title: str) -> None:
    # A museum's exhibition and a library's reading: "die Ausstellung", "die Lesung".
    assert "title.article" in title_failures(title, _context(title))


def test_the_verifier_checks_are_part_of_the_title_check() -> None:
    context = TitleContext(source="x", news="x", style=lambda t: t, failures=lambda styled: ["rule.passive"])
    assert "rule.passive" in title_failures("Die Straße wird gesperrt", context)


# --- the ranking -------------------------------------------------------------------------------------


def test_a_generic_frame_gives_way_to_a_title_with_the_news() -> None:
    # A police appeal and a study by a university.
    news = "Vermisst: 9-jährige Lea M. aus Musterdorf"
    best = rank(
        [
            TitleCandidate("Die Polizei bittet um Hilfe", "cascade"),
            TitleCandidate("Die Polizei sucht die 9-jährige Lea M.", "missing"),
        ],
        _context(news, news),
    )
    assert best is not None and best.origin == "missing"
    news = "Neue Studie: Pendler nutzen öfter den Bus"
    best = rank(
        [
            TitleCandidate("Es gibt eine neue Studie", "cascade"),
            TitleCandidate("Die Pendler nutzen öfter den Bus", "headline"),
        ],
        _context(news, news),
    )
    assert best is not None and best.origin == "headline"
    assert generic("Es gibt eine neue Studie") and generic("Die Polizei bittet um Hilfe")


def test_a_side_fact_gives_way_to_the_headline_news() -> None:
    # A county's road closure (a bus stop is a side fact) and a club's new hall (the parking a detail).
    headline = "Kreisstraße K 12 wird ab 4. Mai gesperrt"
    news = f"{headline}. Die Haltestelle Dorfplatz entfällt."
    side = TitleCandidate("Die Haltestelle Dorfplatz entfällt", "cascade")
    core = TitleCandidate("Die Kreisstraße K 12 ist ab 4. Mai gesperrt", "headline")
    assert side_subject(side.text, _context(news, news, headline))
    assert rank([side, core], _context(news, news, headline)) == core
    headline = "Turnverein eröffnet neue Sporthalle am 9. Mai"
    news = f"{headline}. Parkplätze gibt es am Rathaus."
    side = TitleCandidate("Die Parkplätze sind am Rathaus", "cascade")
    core = TitleCandidate("Der Turnverein eröffnet am 9. Mai eine neue Sporthalle", "headline")
    assert rank([side, core], _context(news, news, headline)) == core
    assert news_share(core.text, headline) > news_share(side.text, headline)
    # A person named first is who the news is about, not a side thing (an appointment's title).
    assert not side_subject("Anna Beispiel ist kommissarische Leiterin", _context(news, news, "Neue Leitung im Amt"))


def test_the_sender_as_subject_is_no_side_fact() -> None:
    # A police and a fire brigade report: who acts is the sender, whom the headline need not name.
    for actor, title, headline in (
        ("Polizei Musterstadt", "Die Polizei hat einen Mann festgenommen", "Einbrecher gefasst"),
        ("Feuerwehr Musterdorf", "Die Feuerwehr hat ein Feuer gelöscht", "Scheune in Flammen"),
        # An office acts in the name of its whole body: a part of the sender's compound name.
        ("Bundespolizeiinspektion Musterstadt", "Die Polizei sucht Zeugen für einen Raub", "Zeugen gesucht"),
        ("Berufsfeuerwehr Musterstadt", "Die Feuerwehr hat eine Katze gerettet", "Katze in Not"),
    ):
        context = TitleContext(
            source=headline, news=headline, style=lambda t: t, failures=lambda s: [], headline=headline, actors=actor
        )
        assert not side_subject(title, context)


def test_of_two_titles_that_carry_the_news_the_earlier_generator_wins() -> None:
    news = "Brand in Scheune: Feuerwehr löscht die ganze Nacht"
    first = TitleCandidate("Es hat einen Brand in einer Scheune gegeben", "cascade")
    second = TitleCandidate("Die Feuerwehr löscht eine Scheune", "headline")
    assert rank([first, second], _context(news, news)) == first


def test_nothing_passes_and_rank_says_so() -> None:
    assert rank([TitleCandidate("Schwerer Unfall", "headline")], _context("Schwerer Unfall")) is None


# --- the generators ----------------------------------------------------------------------------------


def test_headline_parts_are_split_at_colon_dash_slash_and_ticker_marks() -> None:
    ticker = headline_clauses("+++ Warnstreik am 5. März: Busse fahren nicht +++")
    assert ticker == ["Warnstreik am 5. März", "Busse fahren nicht"]
    slashed = headline_clauses("Polizei warnt vor Betrug / Mann festgenommen")
    assert slashed == ["Polizei warnt vor Betrug", "Mann festgenommen"]


@pytest.mark.parametrize(
    ("part", "form"),
    [
        ("Dr. Anna Muster übernimmt die Leitung des Amtes", "Anna Muster übernimmt die Leitung des Amtes"),
        ("Prof. Dr. Jan Beispiel wird Chefarzt", "Jan Beispiel wird Chefarzt"),
    ],
)
def test_an_academic_title_is_left_out_of_a_name(part: str, form: str) -> None:
    # A ministry's appointment and a hospital's new head physician.
    assert clause_variants(part)[0] == form


@pytest.mark.parametrize(
    ("part", "state"),
    [
        ("Die Kreisstraße wird ab 4. Mai voll gesperrt", "Die Kreisstraße ist ab 4. Mai voll gesperrt"),
        ("Das Hallenbad wird ab Montag geschlossen", "Das Hallenbad ist ab Montag geschlossen"),
        ("Die Wege werden ab Juni freigegeben", "Die Wege sind ab Juni freigegeben"),
    ],
)
def test_a_closure_in_the_passive_becomes_its_state(part: str, state: str) -> None:
    # A county's road, a city's pool, a park authority's paths.
    assert state in clause_variants(part)


def test_a_passive_of_a_process_is_no_state() -> None:
    # "wird verschickt" is no lasting state: "ist verschickt" would say it happened already.
    assert not any(" ist " in form for form in clause_variants("Die Wahlbenachrichtigung wird verschickt"))


@pytest.mark.parametrize(
    ("part", "first"),
    [
        ("Die Firma Muster investiert 5 Millionen Euro und schafft Stellen", "Die Firma Muster investiert 5 Millionen Euro"),
        ("Der Verein kauft einen Bus und sucht Fahrer", "Der Verein kauft einen Bus"),
    ],
)
def test_the_first_of_two_clauses_stands_alone(part: str, first: str) -> None:
    # A company's investment and a club's purchase.
    assert first in clause_variants(part)


def test_a_second_clause_that_restricts_keeps_the_whole() -> None:
    forms = clause_variants("Die Stadt saniert die Brücke und sperrt nur die Fahrbahn")
    assert "Die Stadt saniert die Brücke" not in forms


@pytest.mark.parametrize(
    ("part", "without"),
    [
        ("Die Kreisstraße zwischen Altdorf und Neudorf ist gesperrt", "Die Kreisstraße ist gesperrt"),
        ("Anna Muster leitet das Landesamt für Umwelt", "Anna Muster leitet das Landesamt"),
    ],
)
def test_a_place_or_purpose_attribute_may_be_left_out(part: str, without: str) -> None:
    # A county's road and a ministry's office: the thing is named less exactly, never wrongly.
    assert without in clause_variants(part)


def test_an_attribute_with_a_number_or_a_restriction_stays() -> None:
    assert "Der Bus fährt" not in clause_variants("Der Bus fährt aus 3 Dörfern")
    assert "Die Stadt hilft Familien" not in clause_variants("Die Stadt hilft Familien ohne Auto")


def test_a_weekday_beside_its_date_is_left_out() -> None:
    # A transport company's strike and a library's reading.
    assert "Warnstreik am 5. März" in clause_variants("Warnstreik am Donnerstag, 5. März")
    assert "Lesung am 13. November" in clause_variants("Lesung am Freitag, 13. November")


def test_a_shouted_word_is_written_as_a_noun() -> None:
    # A county's storm warning and a trade fair's opening.
    assert clause_variants("UNWETTERWARNUNG für den Landkreis")[0] == "Unwetterwarnung für den Landkreis"
    assert clause_variants("Die MESSEWOCHE beginnt")[0] == "Die Messewoche beginnt"


@pytest.mark.parametrize(
    ("headline", "person"),
    [
        ("Vermisst: 9-jährige Lea M. aus Musterdorf", "die 9-jährige Lea M. aus Musterdorf"),
        ("Vermisst: 16-jähriger Max K.", "den 16-jährigen Max K."),
        ("Vermisst: Anna Beispiel", "Anna Beispiel"),
        ("Vermisst: 82-jährige Seniorin", "die 82-jährige Seniorin"),
    ],
)
def test_the_missing_person_in_the_accusative(headline: str, person: str) -> None:
    assert missing_person(headline) == person


def test_no_missing_person_without_the_label() -> None:
    assert missing_person("Unfall auf der B 27") is None
    assert missing_person("Polizei sucht Zeugen") is None


def test_a_lead_clause_keeps_the_dot_of_a_date() -> None:
    # A council's new rule and a market's opening: "1. April", never "1 April".
    assert lead_clause("Die neuen Regeln gelten ab dem 1. April 2026.") == "Die neuen Regeln gelten ab dem 1. April 2026."
    assert lead_clause("Der Markt öffnet am 3. Mai.") == "Der Markt öffnet am 3. Mai."


# --- the title step with every candidate ---------------------------------------------------------------


def test_a_missing_child_appeal_is_titled_with_whom_the_police_seek() -> None:
    title = _title(
        "Vermisst: 9-jährige Lea M. aus Musterdorf",
        "Seit Freitag wird die neunjährige Lea M. aus Musterdorf vermisst. Das Mädchen ist nicht nach Hause gekommen.",
        "Die Polizei bittet um Hilfe. Wer hat Lea M. gesehen? Hinweise an die Polizei Musterdorf.",
    )
    assert title == "Die Polizei sucht die 9-jährige Lea M. aus Musterdorf"


def test_a_missing_senior_appeal_is_titled_with_whom_the_police_seek() -> None:
    title = _title(
        "Vermisst: 82-jähriger Karl B. aus Beispielstadt",
        "Seit Sonntag wird der 82-jährige Karl B. aus Beispielstadt vermisst. Er ist dement.",
        "Die Polizei bittet um Hinweise. Wer hat Karl B. gesehen?",
    )
    # The headline's whole phrase or the appeal's name: either says whom the police seek.
    assert title.startswith("Die Polizei sucht") and "Karl B." in title


def test_a_road_closure_is_titled_with_the_closure_not_a_side_fact() -> None:
    title = _title(
        "Kreisstraße K 12 zwischen Altdorf und Neudorf wird ab 4. Mai voll gesperrt",
        "Der Landkreis erneuert ab dem 4. Mai die Kreisstraße K 12 zwischen Altdorf und Neudorf.",
        "Die Kreisstraße ist ab dem 4. Mai voll gesperrt. Die Haltestelle Dorfplatz entfällt.",
    )
    # The headline's closure or the lead's (the cascade's pick): both say what is closed from when.
    assert title in ("Die Kreisstraße K 12 ist ab 4. Mai voll gesperrt", "Die Kreisstraße ist ab dem 4. Mai voll gesperrt")


def test_a_pool_closure_is_titled_with_the_closure() -> None:
    title = _title(
        "Hallenbad Musterstadt wird ab 1. Juli geschlossen",
        "Die Stadt saniert ab dem 1. Juli das Hallenbad Musterstadt. Das Hallenbad ist dann geschlossen.",
        "Die Sauna bleibt offen. Schwimmkurse finden im Freibad statt.",
    )
    # The closure or the work that causes it: both carry the news core (what, which pool, from when).
    assert "Hallenbad Musterstadt" in title and "1. Juli" in title


def test_a_letterhead_title_gives_way_to_the_ticker_headline() -> None:
    # A transport company whose letterhead the parser took for the headline.
    title = _title(
        "Verkehrsbetriebe Musterstadt GmbH (VBM)",
        "+++ Warnstreik am Donnerstag, 5. März: Busse fahren nicht +++",
        "Die Gewerkschaft hat die Beschäftigten der Verkehrsbetriebe zu einem Warnstreik am 5. März aufgerufen.",
        "Busse und Bahnen fahren am 5. März nicht.",
        organisation="Verkehrsbetriebe Musterstadt GmbH",
    )
    assert "Verkehrsbetriebe Musterstadt" not in title
    assert "5. März" in title
