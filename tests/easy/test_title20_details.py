"""Titles that say what happened rather than when, quoted names the pronoun guard reads as text, and a
letterhead line that continues the label above it (session 20)."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.title_articles import object_article
from pressconv.transforms.easy.title_check import TitleCandidate, TitleContext, rank
from pressconv.transforms.easy.title_detail import (
    continued_line,
    expected_clause,
    masked_names,
    role_aside,
    when_only,
)
from pressconv.transforms.easy.verify import structure_failures


def _title(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


def _context(news: str) -> TitleContext:
    return TitleContext(source=news, news=news, style=lambda text: text, failures=lambda styled: [], headline=news)


# --- when_only: a line that only dates its subject -------------------------------------------------------


def test_a_line_that_only_dates_its_subject_is_when_only() -> None:
    # A sports club's run, a library's reading, an adult school's course, a town's festival.
    assert when_only("Der Spendenlauf war am Sonntag, 10. Mai 2026")
    assert when_only("Die Lesung ist am Donnerstag, 5. März 2026, um 19 Uhr")
    assert when_only("Der Kurs beginnt um 18 Uhr")
    assert when_only("Das Stadtfest findet am 3. Mai statt")
    # A state or an event with its date says what too.
    assert not when_only("Die Brücke ist ab 13. April gesperrt")
    assert not when_only("Das Bürgerbüro ist am Montag geschlossen")
    assert not when_only("Der Verein feiert am Sonntag sein Jubiläum")


def test_a_title_that_says_what_ranks_before_one_that_says_when() -> None:
    # A charity run of a sports club and a reading of a library: the cascade's date line comes first
    # in the list, the headline's clause says the news.
    news = "Spendenlauf bringt 5.000 Euro. Der Spendenlauf war am Sonntag, 10. Mai 2026."
    dated = TitleCandidate("Der Spendenlauf war am Sonntag, 10. Mai 2026", "cascade")
    news_title = TitleCandidate("Der Spendenlauf bringt 5.000 Euro", "headline")
    assert rank([dated, news_title], _context(news)) == news_title
    assert rank([dated], _context(news)) == dated  # nothing better: the date line still stands
    news = "Autorin liest aus neuem Roman. Die Lesung ist am Donnerstag, 5. März 2026."
    dated = TitleCandidate("Die Lesung ist am Donnerstag, 5. März 2026", "cascade")
    reading = TitleCandidate("Die Autorin liest aus ihrem neuen Roman", "headline")
    assert rank([dated, reading], _context(news)) == reading


# --- masked_names: a quoted name is no pronoun ---------------------------------------------------------


def test_a_quoted_name_is_masked_for_the_pronoun_check() -> None:
    named = "Es gibt eine Vortragsreihe „Holz – Schatz unserer Wälder“"
    assert masked_names(named) == "Es gibt eine Vortragsreihe „Name“"
    assert masked_names('Das Museum zeigt "Schätze unserer Stadt"') == "Das Museum zeigt „Name“"
    assert masked_names("Sie kommt morgen") == "Sie kommt morgen"  # a pronoun outside quotes stays
    # The structure guard reads the possessive of a name as a pronoun; masked, the name passes it.
    named = "Es gibt eine Vortragsreihe „Wälder – Schätze unserer Heimat“."
    assert "guard.pronoun" in {f.check for f in structure_failures(named)}
    assert "guard.pronoun" not in {f.check for f in structure_failures(masked_names(named))}


def test_a_series_named_with_a_possessive_is_titled_by_its_name() -> None:
    # An adult school's lecture series and a museum's exhibition: the possessive belongs to the name.
    school = (
        "Volkshochschule Talheim\nPresseinformation\nTalheim, 10. Februar 2026\n\n"
        "„Wälder – Schätze unserer Heimat“: Neue Vortragsreihe im Frühjahr\n\n"
        "Die Volkshochschule Talheim bietet im Frühjahr eine neue Vortragsreihe an. Die Vortragsreihe heißt "
        "„Wälder – Schätze unserer Heimat“. Es gibt vier Vorträge. Der erste Vortrag ist am Mittwoch, 4. März 2026, "
        "um 19 Uhr im VHS-Haus, Bahnhofstraße 2. Die Anmeldung ist ab sofort möglich.\n"
    )
    title = _title(school)
    assert "Vortragsreihe" in title and not title.startswith("Eine Nachricht"), title
    museum = (
        "Stadtmuseum Kornbach\nPresseinformation\nKornbach, 2. März 2026\n\n"
        "„Bilder unserer Stadt“: Neue Ausstellung im Stadtmuseum\n\n"
        "Das Stadtmuseum Kornbach zeigt ab Samstag, 14. März 2026, eine neue Ausstellung. Die Ausstellung heißt "
        "„Bilder unserer Stadt“. Sie zeigt alte Fotos aus Kornbach. Der Eintritt ist frei.\n"
    )
    title = _title(museum)
    assert "Ausstellung" in title and not title.startswith("Eine Nachricht"), title


# --- continued_line: "des Bündnisses X" continues the label above it -----------------------------------


def test_a_line_opening_with_a_lowercase_article_continues_a_label() -> None:
    assert continued_line("des Netzwerks „Saubere Flüsse“")
    assert continued_line("der Stadt Kornbach und des Landkreises Talheim")
    assert not continued_line("Der Stadtrat beschließt den Haushalt")
    assert not continued_line("Bündnis fordert mehr Geld für Kitas")


def test_a_joint_release_is_titled_by_its_headline_not_its_sender_line() -> None:
    # An alliance of associations and a joint release of a town and its district.
    alliance = (
        "Gemeinsame Presseinformation\ndes Netzwerks „Saubere Flüsse“\n\n"
        "Sperrfrist: Freitag, 8. Mai 2026, 9:30 Uhr\n\n"
        "Umwelt: Netzwerk fordert mehr Kläranlagen\n\n"
        "Das Netzwerk „Saubere Flüsse“ fordert mehr Kläranlagen. Das Netzwerk hat am Freitag seine "
        "Forderungen vorgestellt. Nach Angaben des Netzwerks fehlen im Land 40 Kläranlagen.\n"
    )
    title = _title(alliance)
    assert title.startswith("Das Netzwerk") and "Sperrfrist" not in title, title
    joint = (
        "Gemeinsame Presseinformation\nder Stadt Kornbach und des Landkreises Talheim\n\n"
        "Kornbach, 3. Juni 2026\n\n"
        "Radweg zwischen Kornbach und Talheim: Stadt und Landkreis bauen einen neuen Radweg\n\n"
        "Die Stadt Kornbach und der Landkreis Talheim bauen einen neuen Radweg. Der Radweg ist 4 Kilometer lang. "
        "Der Bau beginnt am Montag, 6. Juli 2026.\n"
    )
    title = _title(joint)
    assert "Radweg" in title and not title.startswith(("Eine Nachricht", "der ", "Der Stadt")), title


# --- role_aside: the role line of a person the headline does not name -----------------------------------


def test_a_role_line_of_a_person_the_headline_does_not_name_is_an_aside() -> None:
    # A foundation's appointment and a club's new board: the minister or the old chair is named beside the news.
    headline = "Stiftung beruft Anna Muster zur neuen Direktorin"
    assert role_aside("Jan Beispiel ist Wirtschaftsminister", headline)
    assert not role_aside("Anna Muster ist Direktorin", headline)
    assert not role_aside("Die Stiftung beruft Anna Muster", headline)
    headline = "Turnverein wählt Eva Probe zur Vorsitzenden"
    assert role_aside("Karl Test ist Kassierer", headline)
    assert not role_aside("Eva Probe ist die neue Kassiererin", headline)


def _headed(headline: str, lead: str) -> TitleContext:
    news = f"{headline}. {lead}"
    return TitleContext(source=news, news=news, style=lambda text: text, failures=lambda styled: [], headline=headline)


def test_the_headline_person_ranks_before_a_role_line_of_another() -> None:
    context = _headed("Stiftung beruft Anna Muster zur neuen Direktorin", "Jan Beispiel ist Wirtschaftsminister.")
    role = TitleCandidate("Jan Beispiel ist Wirtschaftsminister", "cascade")
    appointed = TitleCandidate("Die Stiftung beruft Anna Muster zur neuen Direktorin", "headline")
    assert rank([role, appointed], context) == appointed
    context = _headed("Turnverein wählt Eva Probe zur Vorsitzenden", "Karl Test ist Kassierer.")
    role = TitleCandidate("Karl Test ist Kassierer", "cascade")
    elected = TitleCandidate("Der Turnverein wählt Eva Probe zur Vorsitzenden", "headline")
    assert rank([role, elected], context) == elected


# --- object_article: a noun before a quoted name is one named thing ---------------------------------------


def test_a_bare_noun_before_a_quoted_name_takes_the_definite_article() -> None:
    # A library's reading programme and a municipality's playground: the name makes the noun one thing.
    assert object_article("Die Bücherei stellt Leseprogramm „Lesesommer“ vor", "") == (
        "Die Bücherei stellt das Leseprogramm „Lesesommer“ vor"
    )
    assert object_article("Die Gemeinde eröffnet Spielplatz „Piratenbucht“", "") == (
        "Die Gemeinde eröffnet den Spielplatz „Piratenbucht“"
    )
    # Without a name the number of a bare noun is unknown: no article is guessed.
    assert object_article("Der Verein sucht Helfer", "") == "Der Verein sucht Helfer"


# --- expected_clause: "3.000 Gäste erwartet" is a present passive -----------------------------------------


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(t.word, t.pos, t.lemma or "") for t in morph.tag(text)]


def test_a_participle_of_expectation_is_said_with_man_in_the_present() -> None:
    # A health office's heat warning, a town's marathon, a weather service's storm notice.
    part = "Bis zu 36 Grad ab Mittwoch erwartet"
    assert expected_clause(part, _tags(part)) == "Man erwartet bis zu 36 Grad ab Mittwoch"
    part = "Rund 3.000 Läuferinnen und Läufer erwartet"
    assert expected_clause(part, _tags(part)) == "Man erwartet rund 3.000 Läuferinnen und Läufer"
    part = "Schwere Gewitter befürchtet"
    assert expected_clause(part, _tags(part)) == "Man befürchtet schwere Gewitter"
    # A finished act ("gefasst") or a list of clauses is no expectation.
    part = "Dieb in Oberdorf gefasst"
    assert expected_clause(part, _tags(part)) is None
    part = "Ältere, Kranke und Kleinkinder besonders gefährdet"
    assert expected_clause(part, _tags(part)) is None


def test_a_marathon_headline_with_expected_runners_titles_the_release() -> None:
    text = (
        "Stadt Kornbach\nPressemitteilung\nKornbach, 20. September 2026\n\n"
        "5. Kornbacher Stadtlauf am Sonntag: Rund 2.000 Läuferinnen und Läufer erwartet\n\n"
        "Am Sonntag, 27. September 2026, findet der 5. Kornbacher Stadtlauf statt. Die Stadt erwartet rund 2.000 "
        "Läuferinnen und Läufer. Start und Ziel sind auf dem Marktplatz. Zufahrten für den Rettungsdienst sind "
        "jederzeit gewährleistet.\n"
    )
    title = _title(text)
    # The headline's first part is the event: the title says it; the side line about access never stands.
    assert title == "Es gibt einen Stadtlauf am Sonntag", title
    part = "Rund 2.000 Läuferinnen und Läufer erwartet"
    assert expected_clause(part, _tags(part)) == "Man erwartet rund 2.000 Läuferinnen und Läufer"
