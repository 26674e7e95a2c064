"""Title checks of session 19: a separable verb's particle, advice, headline idioms, labels, counted headline phrases."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.title_candidates import clause_variants, counted_phrase
from pressconv.transforms.easy.title_check import TitleCandidate, TitleContext, generic, rank
from pressconv.transforms.easy.title_quality import (
    advice,
    count_lost,
    elliptic_pair,
    headline_idiom,
    label_after_comma,
    particle_lost,
)
from pressconv.transforms.easy.title_step import stated_topic


def _title(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- a separable verb keeps its particle (Verbklammer) ---------------------------------------------------


def test_a_title_without_the_particle_the_release_writes_fails() -> None:
    # A district office's order and a club's call: the release writes the verb only with its particle.
    office = "Der Landkreis ordnet eine Leinenpflicht für den Stadtwald an. Sie gilt ab Montag."
    assert particle_lost(morph.tag("Der Landkreis ordnet eine Leinenpflicht."), office)
    assert not particle_lost(morph.tag("Der Landkreis ordnet eine Leinenpflicht an."), office)
    club = "Der Turnverein ruft zu Spenden für die neue Halle auf. Das Geld kommt dem Bau zugute."
    assert particle_lost(morph.tag("Der Turnverein ruft zu Spenden."), club)
    assert not particle_lost(morph.tag("Der Turnverein ruft zu Spenden auf."), club)


def test_a_verb_the_release_also_writes_without_a_particle_passes() -> None:
    # "sucht" stands alone in the release: no particle is lost (a police appeal, a school's notice).
    police = "Die Polizei sucht Zeugen. Die Polizei sucht auch den Fahrer."
    assert not particle_lost(morph.tag("Die Polizei sucht Zeugen."), police)
    school = "Die Schule sucht Lesepaten für die Grundschule."
    assert not particle_lost(morph.tag("Die Schule sucht Lesepaten."), school)


def test_leaving_out_an_attribute_keeps_the_particle() -> None:
    # The attribute cut stops before the particle that closes the verb bracket.
    forms = clause_variants("Landkreis ordnet Leinenpflicht für den Stadtwald an")
    assert "Landkreis ordnet Leinenpflicht an" in forms
    assert "Landkreis ordnet Leinenpflicht" not in forms
    forms = clause_variants("Stadtwerke kündigen Bauarbeiten in der Bergstraße an")
    assert "Stadtwerke kündigen Bauarbeiten an" in forms
    assert all(not form.endswith("Bauarbeiten") for form in forms)


def test_an_office_order_keeps_its_particle_in_the_title() -> None:
    text = (
        "Tollwut: Landratsamt Musterkreis ordnet Leinenpflicht für den nördlichen Landkreis an\n\n"
        "Musterstadt, 3. März 2026. Das Landratsamt Musterkreis ordnet eine Leinenpflicht für Hunde an. "
        "Die Leinenpflicht gilt für den nördlichen Landkreis. Sie gilt ab Montag, 9. März 2026. "
        "Der Grund ist ein Fall von Tollwut bei einem Fuchs.\n"
    )
    assert _title(text).endswith(" an")


# --- advice is no news ------------------------------------------------------------------------------


def test_advice_is_no_title() -> None:
    # A music school's and a museum's advice, an office's recommendation.
    assert advice("Eine frühe Anmeldung empfiehlt sich")
    assert advice("Besucher sollten früh kommen")
    assert advice("Ein Termin wird empfohlen")
    assert not advice("Die Stadt sperrt die Brücke")
    assert not advice("Das Museum zeigt eine Ausstellung über Salz")


# --- headline idioms ----------------------------------------------------------------------------------


def test_headline_idioms_fail() -> None:
    # A builder's contract, a council's decision: figures of speech the verifier's idiom list knows.
    assert headline_idiom("Der Vertrag für die Halle ist in trockenen Tüchern")
    assert headline_idiom("Der Rat gibt grünes Licht für den Radweg")
    assert headline_idiom("Der Anbau ist unter Dach und Fach")
    # Literal sentences pass.
    assert not headline_idiom("Das Förderprogramm beginnt am 1. Mai")
    assert not headline_idiom("Das Fest ist ins neue Jahr verschoben")


def _context(news: str) -> TitleContext:
    return TitleContext(source=news, news=news, style=lambda text: text, failures=lambda styled: [], headline=news)


def test_a_headline_idiom_ranks_after_a_plain_title_but_before_nothing() -> None:
    # A town council's cycle path and a sports club's new hall: the plain candidate wins where there is one.
    news = "Radweg in trockenen Tüchern. Der Radweg entsteht ab dem 4. Mai 2026."
    idiom = TitleCandidate("Der Radweg ist in trockenen Tüchern", "headline")
    plain = TitleCandidate("Der Radweg entsteht ab dem 4. Mai 2026", "lead")
    assert rank([idiom, plain], _context(news)) == plain
    assert rank([idiom], _context(news)) == idiom
    news = "Anbau unter Dach und Fach. Der Verein eröffnet am 5. Februar 2026 seine neue Halle."
    idiom = TitleCandidate("Der Anbau ist unter Dach und Fach", "headline")
    plain = TitleCandidate("Der Verein eröffnet seine neue Halle", "lead")
    assert rank([idiom, plain], _context(news)) == plain


# --- one where the release counts several ------------------------------------------------------------


def test_one_thing_where_the_release_counts_several_fails() -> None:
    # A music school's concerts and a police report's arrests.
    concerts = "Vier Konzerte im Rathaus. Die Schule lädt zu vier Konzerten ein."
    assert count_lost("Die Musikschule lädt zu einem Konzert ein", concerts)
    assert count_lost("Die Polizei hat einen Täter festgenommen", "Die Polizei hat drei Täter festgenommen.")
    # The news names one itself, or counts something else.
    one = "Die Schule lädt zu einem Konzert ein. Es spielen vier Bands."
    assert not count_lost("Die Musikschule lädt zu einem Konzert ein", one)
    assert not count_lost("Die Polizei hat einen Täter festgenommen", "Ein Täter ist gefasst. Zwei Zeugen haben geholfen.")


# --- labels after a comma and verbless headline pairs -------------------------------------------------


def test_an_office_or_section_label_after_a_comma_fails() -> None:
    # A city's office and a fire brigade's web-page section after the sender's name.
    assert label_after_comma(morph.tag("Die Nachricht kommt von der Stadt Musterhausen, Der Bürgermeister."))
    assert label_after_comma(morph.tag("Die Nachricht kommt von der Feuerwehr Tannau, Einsatzberichte."))
    # A list with "und", or a clause with its verb after the comma, is no label.
    assert not label_after_comma(morph.tag("Die Stadt sperrt die Brücke, den Weg und die Straße."))
    assert not label_after_comma(morph.tag("Die Schule ist zu, der Unterricht fällt aus."))


def test_a_verbless_headline_part_before_a_clause_fails() -> None:
    # A funding call's and a concert's headline listing: the first statement has lost its verb.
    assert elliptic_pair(morph.tag("Karten ab 2. März, Vorverkauf endet am 20. Mai."))
    assert elliptic_pair(morph.tag("Eintritt ab 18 Uhr, Konzert beginnt um 19 Uhr."))
    # A name with a listing inside it is no such pair.
    assert not elliptic_pair(morph.tag("Die Senatsverwaltung für Bildung, Jugend und Familie lädt ein."))


# --- counted headline phrases --------------------------------------------------------------------------


def test_a_counted_headline_phrase_becomes_an_existence_sentence() -> None:
    # A music school's concerts, a museum's tours, a fire brigade's year.
    assert counted_phrase("Vier Konzerte von Februar bis Mai", past=False) == "Es gibt vier Konzerte von Februar bis Mai"
    assert counted_phrase("Zwölf Führungen im Sommer", past=False) == "Es gibt zwölf Führungen im Sommer"
    assert counted_phrase("312 Einsätze im Jahr 2025", past=True) == "Es hat 312 Einsätze im Jahr 2025 gegeben"


def test_a_measure_a_list_or_a_clause_is_no_counted_phrase() -> None:
    assert counted_phrase("Drei Jahre Haft für Betrüger", past=False) is None
    assert counted_phrase("612 Kurse, neue Standorte", past=False) is None
    assert counted_phrase("Zwei Brücken werden gesperrt", past=False) is None
    assert counted_phrase("Neue Station öffnet", past=False) is None


def test_a_reading_series_is_titled_by_its_counted_subtitle_not_by_advice() -> None:
    text = (
        "Stadtbibliothek Neudorf\n\n"
        "Lesungen in der Bibliothek\n"
        "Fünf Lesungen von März bis Juni\n\n"
        "Neudorf, 12. Februar 2026. Die Stadtbibliothek Neudorf lädt zu fünf Lesungen in den Lesesaal ein. "
        "Die Lesungen sind von März bis Juni. Die erste Lesung ist am Donnerstag, 5. März 2026, um 19 Uhr. "
        "Der Eintritt ist frei. Eine Anmeldung empfiehlt sich.\n"
    )
    # Not the advice, and not "lädt zu einer Lesung ein" (one reading where the release counts five).
    assert _title(text) == "Es gibt 5 Lesungen von März bis Juni"


# --- a ticker label before the headline ----------------------------------------------------------------


def test_a_ticker_label_before_the_headline_is_left_out() -> None:
    # A fire brigade's update and a city's urgent notice (press-portal ticker convention).
    assert stated_topic("+++ NACHTRAG +++ Feuer in Scheune bei Neudorf") == "Feuer in Scheune bei Neudorf"
    assert stated_topic("+++ Eilmeldung +++ Brücke am Markt gesperrt") == "Brücke am Markt gesperrt"
    assert stated_topic("+++ Sperrung der Brücke +++") == "Sperrung der Brücke"


# --- an appeal frame without its incident is generic ---------------------------------------------------


def test_an_appeal_without_its_incident_is_a_generic_frame() -> None:
    # A police appeal and a federal police appeal: the frame alone names no news.
    assert generic("Die Polizei sucht Zeugen")
    assert generic("Die Bundes·polizei sucht Hinweise")
    # With the incident or the person sought it says what happened.
    assert not generic("Die Polizei sucht Zeugen für einen Unfall")
    assert not generic("Die Polizei sucht die 9-jährige Lea M.")
    news = "Einbruchsserie in Musterstadt – Polizei sucht Zeugen. Es hat vier Einbrüche gegeben."
    frame = TitleCandidate("Die Polizei sucht Zeugen", "headline")
    named = TitleCandidate("Es hat 4 Einbrüche gegeben", "lead")
    assert rank([frame, named], _context(news)) == named
