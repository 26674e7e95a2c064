"""Review mends (session 25): a clipped state keeps a "nach" place, takes its number from the body and
needs its whole subject there; "ein" before a noun is no particle; survey findings refuse every
subjunctive and an unnamed asker; derivations are no short compounds; a contest held is over (invented)."""

from __future__ import annotations

from pressconv.transforms.easy.hedges import SHARE_HEDGE
from pressconv.transforms.easy.studies import studies
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_state import clipped_state
from pressconv.transforms.easy.title_step import _joined_subtitle_cut
from pressconv.transforms.easy.titles import _short_compound_gender
from tests.easy.support import lone_context


def _state(part: str, *body: str) -> str | None:
    return clipped_state(part, list(body), " ".join(body))


# --- title_state.clipped_state ------------------------------------------------------------------------------------


def test_a_nach_before_a_place_is_a_direction_and_never_left_out() -> None:
    # A rail operator's line to one town and a district's road to a village: not every train, not every road.
    assert (
        _state(
            "Zugverkehr nach Holmbach nach Sturm bis auf Weiteres eingestellt",
            "Der Zugverkehr nach Holmbach ist eingestellt.",
        )
        is None
    )
    assert (
        _state("Straße nach Kleinau nach Unfall bis auf Weiteres gesperrt", "Die Straße nach Kleinau ist gesperrt.") is None
    )
    assert _state("Fähre nach Sandholm bis auf Weiteres eingestellt", "Die Fähre nach Sandholm ist eingestellt.") is None


def test_a_nach_before_an_event_or_a_damage_is_a_cause_and_may_go() -> None:
    # A town's bathing hall after a storm and a forest office's cycle path after storm damage.
    assert _state("Hallenbad nach Unwetter bis auf Weiteres geschlossen", "Das Hallenbad ist geschlossen.") == (
        "Das Hallenbad ist geschlossen"
    )
    assert _state("Radweg nach Sturmschaden bis auf Weiteres gesperrt", "Der Radweg ist gesperrt.") == (
        "Der Radweg ist gesperrt"
    )


def test_the_number_of_a_clipped_state_is_the_bodys_verbs() -> None:
    # A school board's buildings after a fire, a club's boats after a flood: one form for both numbers.
    assert _state("Schulgebäude nach Brand bis auf Weiteres gesperrt", "Die Schulgebäude sind gesperrt.") == (
        "Die Schulgebäude sind gesperrt"
    )
    assert _state("Ruderboote nach Hochwasser bis auf Weiteres gesperrt", "Die Ruderboote sind gesperrt.") == (
        "Die Ruderboote sind gesperrt"
    )
    # A plural form told with a singular verb names another subject: no title.
    assert _state("Ruderboote nach Hochwasser bis auf Weiteres gesperrt", "Das Ruderboote-Lager ist gesperrt.") is None


def test_a_clipped_state_needs_its_whole_subject_in_the_body() -> None:
    # Another park's playground, another branch of the town hall: the head noun alone confirms nothing.
    assert (
        _state(
            "Spielplatz im Lindenpark nach Vandalismus bis auf Weiteres gesperrt",
            "Der Spielplatz im Kurgarten ist gesperrt.",
        )
        is None
    )
    assert (
        _state(
            "Bürgerbüro Ost wegen Umbau bis auf Weiteres geschlossen",
            "Das Bürgerbüro West ist geschlossen.",
            "Das Bürgerbüro Ost ist geöffnet.",
        )
        is None
    )
    assert (
        _state(
            "Spielplatz im Lindenpark nach Vandalismus bis auf Weiteres gesperrt",
            "Der Spielplatz im Lindenpark ist gesperrt.",
        )
        == "Der Spielplatz im Lindenpark ist gesperrt"
    )


# --- title_step._joined_subtitle_cut ------------------------------------------------------------------------------


def test_ein_before_a_singular_noun_or_an_adjective_is_an_article_not_a_particle() -> None:
    # A town's tree planting, a club's new plan, a district's office: the line stays whole.
    for line in (
        "Gemeinde setzt ein Zeichen und pflanzt 40 Linden",
        "Sportverein stellt ein Konzept vor das Jugendliche schützt",
        "Kreis richtet ein neues Büro ein und Bürger können kommen",
    ):
        assert _joined_subtitle_cut(line) == line
    # A plural after "ein" cannot be its noun: the subtitle is cut off (a library's and a zoo's invitation).
    assert _joined_subtitle_cut("Bücherei lädt zur Lesenacht ein Familien können Bücher tauschen") == (
        "Bücherei lädt zur Lesenacht ein"
    )
    assert _joined_subtitle_cut("Tierpark lädt zum Sommerfest ein Fragen der Gäste werden beantwortet") == (
        "Tierpark lädt zum Sommerfest ein"
    )


# --- studies: subjunctives and an unnamed asker -------------------------------------------------------------------


def _said(text: str) -> tuple[str, ...] | None:
    found = studies(lone_context(text))
    return None if found is None else found.sentences


def test_a_finding_in_the_subjunctive_is_refused() -> None:
    # Konjunktiv I of reported speech and Konjunktiv II of a full verb: what they would need is no fact.
    assert _said("30 Prozent der Befragten sagten, dass sie zufrieden seien.") is None
    assert _said("40 Prozent der Betriebe erklärten, dass sie mehr Personal bräuchten.") is None
    # The indicative stays (a club's and a firm's survey).
    assert _said("30 Prozent der Befragten sagten, dass sie zufrieden sind.") == (
        "30 von 100 Befragten sagen: Sie sind zufrieden.",
    )


def test_an_unnamed_asker_is_never_the_sender() -> None:
    assert _said("Das zeigt eine Umfrage der Stiftung Wiesental, für die man 500 Eltern befragt hat.") is None
    assert _said("Das zeigt eine Studie der Hochschule Wiesental, für die das Team 500 Eltern befragt hat.") == (
        "Die Hochschule Wiesental hat 500 Eltern befragt.",
    )


def test_the_share_hedges_are_the_amount_hedges_without_those_no_share_keeps() -> None:
    assert "mehr als" in SHARE_HEDGE and "nahezu" in SHARE_HEDGE
    words = SHARE_HEDGE.removeprefix("(?:").removesuffix(")").split("|")
    assert "gut" not in words and "über" not in words and not any(w.startswith("ca") for w in words)


# --- titles._short_compound_gender: derivations are no compounds --------------------------------------------------


def test_a_derivation_with_an_inseparable_prefix_is_never_a_short_compound() -> None:
    # "Ver·band", "Ge·stein", "Be·stand": the letters after "Verb", "Gest", "Best" are no compound part.
    for word in ("Verband", "Gestein", "Bestand", "Versand", "Ursprung"):
        assert _short_compound_gender(word) is None, word
    # Real short compounds keep their last part's gender.
    assert _short_compound_gender("Stadtbus") == "der"
    assert _short_compound_gender("Bergbahn") == "die"


# --- title_check: a contest or a celebration held is over -----------------------------------------------------------


def test_a_tournament_or_a_championship_held_is_no_present_existence() -> None:
    for noun, title in (
        ("Schachturnier", "Es gibt ein Schachturnier"),
        ("Kreismeisterschaft", "Es gibt eine Kreismeisterschaft"),
        ("Seifenkistenrennen", "Es gibt ein Seifenkistenrennen"),
    ):
        held = TitleContext(
            source=f"Am Samstag ist das {noun} zu Ende gegangen.",
            news=noun,
            style=lambda t: t,
            failures=lambda t: [],
            past=True,
        )
        assert "title.tense" in title_failures(title, held), noun
        ahead = TitleContext(source=held.source, news=noun, style=lambda t: t, failures=lambda t: [])
        assert "title.tense" not in title_failures(title, ahead), noun
    # An offer that runs on stays true after its opening.
    show = TitleContext(
        source="Die Ausstellung ist eröffnet.", news="Ausstellung", style=lambda t: t, failures=lambda t: [], past=True
    )
    assert "title.tense" not in title_failures("Es gibt eine Ausstellung", show)
