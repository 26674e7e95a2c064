"""Title rules of session 27 (invented examples): pasted quotation marks, connective openers, verbless
event headlines, articles of telegram headlines, cuts that keep a function verb's noun, place adjectives."""

from __future__ import annotations

from pressconv.transforms.easy.headline_grammar import body_gender
from pressconv.transforms.easy.propernames import place_adjectives, source_names
from pressconv.transforms.easy.source import paired_quotes
from pressconv.transforms.easy.title_candidates import clause_variants
from pressconv.transforms.easy.title_event import dated_event, event_head, told_event
from pressconv.transforms.easy.title_step import _with_article
from pressconv.transforms.easy.verify import dangling

# --- source.paired_quotes ------------------------------------------------------------------------------------------


def test_a_low_opening_mark_closed_by_a_straight_one_becomes_a_pair() -> None:
    # A ministry's programme and a club's festival name, pasted with a straight closing mark.
    assert paired_quotes('Das Programm „Laden plus" hilft Dörfern.') == "Das Programm „Laden plus“ hilft Dörfern."
    assert paired_quotes('Das Fest „Sommer am See" und die Reihe „Kino draußen" beginnen.') == (
        "Das Fest „Sommer am See“ und die Reihe „Kino draußen“ beginnen."
    )


def test_well_formed_or_straight_quotes_stay_as_they_are() -> None:
    assert paired_quotes("Das Fest „Sommer am See“ beginnt.") == "Das Fest „Sommer am See“ beginnt."
    assert paired_quotes('Das Fest "Sommer am See" beginnt.') == 'Das Fest "Sommer am See" beginnt.'
    # A low mark never closed on the line is left: no pair can be told.
    assert paired_quotes("Er sagt: „Wir kommen wieder.") == "Er sagt: „Wir kommen wieder."


# --- verify.dangling: connective prepositional phrases --------------------------------------------------------------


def test_a_connective_phrase_opener_points_at_a_sentence_before() -> None:
    # A waste office's offer in return, a museum's further remark, a road office's reason.
    assert dangling("Im Gegenzug kann man die graue Tonne kleiner bestellen.") == "Im Gegenzug"
    assert dangling("Im Übrigen gilt die alte Gebühr weiter.") == "Im Übrigen"
    assert dangling("Im Anschluss gibt es Kaffee und Kuchen.") == "Im Anschluss"
    assert dangling("Im Gegensatz dazu steigen die Preise.") == "Im Gegensatz"
    assert dangling("Aus diesem Grund ist die Brücke gesperrt.") == "Aus diesem Grund"


def test_a_phrase_that_names_its_reference_or_a_place_is_no_connective() -> None:
    assert dangling("Im Anschluss an die Feier gibt es Kaffee.") is None
    assert dangling("Im Vergleich zum Vorjahr kamen mehr Gäste.") is None
    assert dangling("Im Rathaus gibt es Kaffee.") is None
    assert dangling("In diesem Jahr gibt es ein Fest am See.") is None


# --- title_event: verbless headlines of events, measures and warnings --------------------------------------------


def test_an_event_noun_with_its_day_gets_its_copula() -> None:
    # A town's election and a club's festival.
    assert dated_event("Bürgermeisterwahl am 4. Oktober 2026") == "Die Bürgermeisterwahl ist am 4. Oktober 2026"
    assert dated_event("Großes Sommerfest am 12. Juli") == "Das große Sommerfest ist am 12. Juli"


def test_a_noun_of_no_event_or_a_longer_rest_gets_no_copula() -> None:
    # "Der Arbeitsmarkt ist im Januar" or "… ist am 1. Mai" says nothing (judged meaningless).
    assert dated_event("Arbeitsmarkt am 1. Mai 2027") is None
    assert dated_event("Bürgermeisterwahl am 4. Oktober: Briefwahl beantragen") is None
    # Plural events: the noun's number would change the copula; left to other rules.
    assert dated_event("Sommerfeste am 12. Juli") is None


def test_only_events_measures_and_warnings_take_the_existence_frame() -> None:
    assert event_head("Frostwarnung") and event_head("Förderprogramm") and event_head("Kreiswahl")
    assert not event_head("Arbeitsmarkt") and not event_head("Samstag") and not event_head("Kreistag")
    part = "Frostwarnung für den Kreis Talheim"
    assert told_event("Es gibt eine Frost·warnung für den Kreis Talheim", part) is not None
    assert told_event("Es gibt eine Frost·warnung", part) is not None
    assert told_event("Es gibt einen Arbeits·markt im Januar 2027", "Arbeitsmarkt im Januar 2027") is None
    # A measure is never "Es hat … gegeben" (it stays in force), and its validity is never cut off.
    part = "Neue Hundesteuersatzung ab 1. März 2027"
    assert told_event("Es hat eine neue Hunde·steuer·satzung gegeben", part) is None
    assert told_event("Es gibt eine neue Hunde·steuer·satzung", part) is None
    assert told_event("Es hat einen Wohnungs·brand gegeben", "Wohnungsbrand in Talheim") is not None
    # A phrase left out inside the headline's noun phrase: another statement.
    assert told_event("Es gibt eine Sanierung an der Schule", "Sanierung der Halle an der Schule") is None
    # A copula sentence of a condition ("Anmeldung erforderlich") is a side fact, no event.
    assert told_event("Die Anmeldung ist erforderlich", "Anmeldung erforderlich") is None


# --- articles of telegram headlines ------------------------------------------------------------------------------


def test_a_feminine_noun_shows_its_gender_by_einer_or_a_dative_der() -> None:
    # A waste office's new bin and a town's badge of honour (nouns the lexicon may not list).
    assert body_gender("Komposttonne", "Wer eine Tonne hat, braucht keiner Komposttonne mehr.") is None
    assert body_gender("Komposttonne", "Jeder Haushalt muss mit einer Komposttonne rechnen.") == "die"
    assert body_gender("Ehrenspange", "Die Stadt zeichnet sie mit der Ehrenspange aus.") == "die"
    # "der" after a preposition that also governs the accusative or genitive shows nothing.
    assert body_gender("Ehrenspange", "Das liegt an der Ehrenspange nicht.") is None


def test_a_plural_subject_the_release_writes_with_die_gets_it() -> None:
    # A municipal utility and a town's sirens; the release writes "die" before the same form.
    assert _with_article("Stadtwerke Talheim eröffnen zwei Ladeparks.", "Die Stadtwerke haben gebaut.") == (
        "Die Stadtwerke Talheim eröffnen zwei Ladeparks."
    )
    # A singular verb, or a release that never writes "die" before the plural: no article is guessed.
    assert _with_article("Stadtwerke Talheim eröffnen zwei Ladeparks.", "Talheim baut.") == (
        "Stadtwerke Talheim eröffnen zwei Ladeparks."
    )
    assert _with_article("Polizisten nehmen Dieb fest.", "Die Polizei sucht.") == "Polizisten nehmen Dieb fest."


# --- title_candidates: cuts that keep the verb's complement ------------------------------------------------------


def test_a_cut_drops_the_attribute_and_keeps_a_function_verbs_noun() -> None:
    # A utility's charging points and a school's new rooms (Funktionsverbgefüge).
    forms = clause_variants("Stadtwerke Talheim nehmen neue Ladepunkte für Lieferwagen in Betrieb")
    assert "Stadtwerke Talheim nehmen neue Ladepunkte in Betrieb" in forms
    assert "Stadtwerke Talheim nehmen neue Ladepunkte für Lieferwagen" not in forms
    forms = clause_variants("Schule stellt Räume für Vereine zur Verfügung")
    assert "Schule stellt Räume zur Verfügung" in forms
    assert "Schule stellt Räume für Vereine" not in forms


def test_a_cut_keeps_the_recipient_and_still_drops_a_place() -> None:
    forms = clause_variants("Gemeinde verleiht Medaille in Silber an Anna Beispiel")
    assert "Gemeinde verleiht Medaille an Anna Beispiel" in forms
    # Not a function verb: the place phrase at the end may go.
    assert "Bäckerei baut Filiale" in clause_variants("Bäckerei baut Filiale in Talheim")


def test_the_first_of_january_of_a_year_is_said_as_the_year() -> None:
    forms = clause_variants("Gelbe Tonne wird ab 1. Januar 2028 für alle Haushalte Pflicht")
    assert "Gelbe Tonne wird ab 2028 für alle Haushalte Pflicht" in forms
    # Any other day, or a first of January without its year, keeps its date.
    assert all("ab 2028" not in f for f in clause_variants("Tonne wird ab 1. Februar 2028 Pflicht"))
    assert all("ab 2028" not in f for f in clause_variants("Tonne wird ab 1. Januar Pflicht"))


# --- lexicon: a first part in "-en" that is a noun of its own ------------------------------------------------------


def test_a_first_part_that_is_its_own_noun_loses_no_linking_element() -> None:
    from pressconv.transforms.easy.lexicon import _parts_entry

    # "Graben" is no "Grab" with "-en": a street named after a ditch is never explained as a grave.
    entry = _parts_entry("Graben·straße", None)
    assert entry is None or "Grab " not in entry.explanation
    # A plural first part keeps its linking "-en" ("Gebühren" = "Gebühr" + "en").
    entry = _parts_entry("Gebühren·satzung", None)
    assert entry is not None and "Gebühr und Satzung" in entry.explanation


# --- propernames.place_adjectives --------------------------------------------------------------------------------


def test_a_place_adjective_in_er_stays_whole() -> None:
    source = "Talbrücker Schüler gewinnen. Die Schule in Talbrück hat 400 Kinder."
    assert place_adjectives(source) == {"Talbrücker"}
    assert "Talbrücker" in source_names(source)
    # With an umlaut ("-hausen" -> "-häuser"), from a name with a toponym's head.
    assert place_adjectives("Birkhäuser Sänger singen. Der Chor kommt aus Birkhausen.") == {"Birkhäuser"}


def test_a_plural_noun_is_no_place_adjective_without_its_place() -> None:
    # "Rathäuser" before a noun, with "Rathaus" in the text: no place, so the compound is split as ever.
    assert place_adjectives("Die Rathäuser Kosten steigen. Im Rathaus tagt der Rat.") == set()


# --- leads._fit: a copula keeps its predicate ---------------------------------------------------------------------


def test_a_cut_lead_clause_keeps_the_predicate_of_its_copula() -> None:
    from pressconv.transforms.easy.leads import lead_main

    # A zoo's foal and a library's reading room: the adverb after "sind"/"bleibt" is the predicate.
    cut = lead_main("Die Stute „Wolke“ und das Fohlen sind nach Angaben von den Tierpflegern im Stall wohlauf.")
    assert cut is None or cut.endswith("wohlauf.")
    cut = lead_main("Der Lesesaal bleibt nach Angaben von der Leitung der Bücherei bis Mai geschlossen.")
    assert cut is None or cut.endswith("geschlossen.")
