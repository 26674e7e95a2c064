"""Titles of session 19b: a headline's bare object gets its article, a copied "Topic: statement" fails, a result line."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.title_articles import object_article, stray_colon
from pressconv.transforms.easy.title_result import result_title


def _title(text: str) -> str:
    release = parse(text.encode("utf-8"), path="invented.txt").release
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- the object's article (Schlagzeilenstil drops it) -----------------------------------------------


def test_a_bare_count_noun_object_gets_the_indefinite_article() -> None:
    # A university's appointment and a parliament's law: the release writes both nouns with an article.
    university = "Die Professur für Geologie ist neu. Anna Beispiel hat eine Professur in Nordstadt bekommen."
    assert object_article("Anna Beispiel übernimmt Professur", university) == "Anna Beispiel übernimmt eine Professur"
    ministry = "Das Gesetz gilt ab Juli. Der Landtag hat das neue Gesetz am Mittwoch beschlossen."
    assert object_article("Der Landtag beschließt Mietgesetz.", ministry) == "Der Landtag beschließt ein Mietgesetz."


def test_an_ordinal_takes_the_definite_article() -> None:
    # A grocery chain's and a bakery's new branch: an ordinal numbers one of a series.
    chain = "Der Markt Muster eröffnet seine 12. Filiale. Die Filiale hat 20 Beschäftigte."
    assert object_article("Markt Muster eröffnet 12. Filiale", chain) == "Markt Muster eröffnet die 12. Filiale"
    bakery = "Die Bäckerei Korn hat nun einen Markt. Der Markt ist in der Hauptstraße."
    assert object_article("Die Bäckerei Korn eröffnet 4. Markt", bakery) == "Die Bäckerei Korn eröffnet den 4. Markt"


def test_plurals_names_mass_nouns_and_predicates_stay_bare() -> None:
    police = "Die Polizei sucht Zeugen. Ein Zeuge hat sich schon gemeldet."
    assert object_article("Die Polizei sucht Zeugen", police) == "Die Polizei sucht Zeugen"
    school = "Die Schule sucht Lehrer. Ein Lehrer fehlt seit Mai."
    assert object_article("Die Schule sucht Lehrer", school) == "Die Schule sucht Lehrer"  # one or several?
    town = "Die Stadt fordert Geld vom Land. Das Land hat kein Geld."
    assert object_article("Die Stadt fordert Geld", town) == "Die Stadt fordert Geld" or "das Geld" in town
    club = "Der Verein hat eine neue Vorsitzende. Die Vorsitzende heißt Eva Muster."
    assert object_article("Eva Muster ist neue Vorsitzende", club) == "Eva Muster ist neue Vorsitzende"
    assert object_article("Die Polizei sucht Lea", "Die Polizei sucht die 9-jährige Lea.") == "Die Polizei sucht Lea"


# --- a colon inside a title ---------------------------------------------------------------------------


def test_a_copied_topic_statement_headline_fails() -> None:
    assert stray_colon("Heimsieg gegen Nordstadt : FC Süd gewinnt in der Nachspielzeit")
    assert stray_colon("Neue Halle: Turnverein sammelt Spenden")
    assert not stray_colon("Der Kurs beginnt um 18:30 Uhr")
    assert not stray_colon("Die Stadt sagt: Die Brücke bleibt zu")


# --- a match report's result line ---------------------------------------------------------------------


def test_the_result_line_says_who_won() -> None:
    # A football club and a handball club report a win, a draw and an away win.
    football = "Der FC Süd hat das Spiel gegen die SG Nord gewonnen. Für den FC war es der dritte Sieg."
    assert result_title(["FC Süd – SG Nord 2:1 (0:0)"], football) == "Der FC Süd hat gegen die SG Nord gewonnen"
    handball = "Die HSG Tal hat gegen den TV Berg gespielt. Die HSG bleibt Zweiter."
    assert result_title(["TV Berg – HSG Tal 25:25"], handball) == "Der TV Berg und die HSG Tal haben 25:25 gespielt"
    assert result_title(["TV Berg – HSG Tal 24:27 (12:13)"], handball) == "Die HSG Tal hat gegen den TV Berg gewonnen"


def test_no_result_title_without_the_clubs_genders() -> None:
    # "der" stands before a masculine nominative and a feminine dative: it shows no gender alone.
    assert result_title(["Nord 1920 – Süd 08 3:0"], "Das Spiel mit der Nord 1920 war gut.") is None
    assert result_title(["Die Halle ist neu."], "Die Halle ist neu.") is None


def test_a_match_report_titles_its_result() -> None:
    release = (
        "Sportfreunde Muster e.V.\n\n"
        "Spielbericht\n\n"
        "Last-Minute-Jubel gegen Talheim: FC Muster dreht Spiel spät\n\n"
        "FC Muster – SV Talheim 2:1 (0:1)\n\n"
        "Am Sonntag hat der FC Muster das Heimspiel gegen den SV Talheim mit 2:1 gewonnen. "
        "Die Mannschaft hat nach der Pause zwei Tore geschossen. Die Fans haben den FC Muster gefeiert.\n"
    )
    title = _title(release)
    assert ":" not in title
    assert title.endswith("hat gegen den SV Talheim gewonnen")
