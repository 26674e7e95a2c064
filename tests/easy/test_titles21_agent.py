"""A participle headline said with the agent the body names, and the articles an object may not take (session 21)."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import morph, summarise, summary_text
from pressconv.transforms.easy.headline_grammar import passive_agent
from pressconv.transforms.easy.title_articles import bare_object, object_article
from pressconv.transforms.easy.titles import from_headline
from tests.fixtures.releases import german_release


def _title(headline: str, *paragraphs: str, organisation: str | None = None) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, issued=date(2026, 3, 2))
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


# --- passive_agent: "von der X" in the body's past passive ------------------------------------------------------


def test_the_agent_of_the_body_passive() -> None:
    # A police arrest and a fire brigade's rescue.
    police = "Am Abend wurde der Mann von Beamten der Kriminalpolizei an der Haustür festgenommen."
    assert passive_agent("festgenommen", police) == "Die Kriminalpolizei"
    fire = "Die Katze wurde am Montag von der Feuerwehr Musterstadt aus dem Baum gerettet."
    assert passive_agent("gerettet", fire) == "Die Feuerwehr"


def test_no_agent_without_an_organisation_or_with_a_negation() -> None:
    # A neighbour is no organisation; a place name takes no article; a negated passive says the opposite.
    assert passive_agent("gerettet", "Die Katze wurde von einem Nachbarn gerettet.") is None
    assert passive_agent("gerettet", "Die Katze wurde von Bürgern aus Neustadt gerettet.") is None
    assert passive_agent("festgenommen", "Der Mann wurde von der Polizei nicht festgenommen.") is None
    # Two passives with two different agents: no one agent.
    two = "Er wurde von der Polizei festgenommen. Sie wurde von der Bundespolizei festgenommen."
    assert passive_agent("festgenommen", two) is None


def test_a_participle_headline_takes_the_agent_as_subject() -> None:
    police = from_headline(
        "23-jähriger Geldabholer in Altdorf festgenommen",
        past=True,
        body="Als er das Geld holen wollte, wurde er von Kräften der Kriminalpolizei festgenommen.",
    )
    assert police == "Die Kriminalpolizei hat einen 23-jährigen Geldabholer in Altdorf festgenommen"
    fire = from_headline(
        "Verletzter Schwan am Ufer gerettet",
        past=True,
        body="Der verletzte Schwan wurde am Sonntag von der Feuerwehr Musterstadt am Ufer gerettet.",
    )
    assert fire == "Die Feuerwehr hat einen verletzten Schwan am Ufer gerettet"


def test_the_arrest_headline_after_a_slash_is_the_title() -> None:
    title = _title(
        "Polizei warnt vor Schockanrufen / 23-jähriger Geldabholer in Altdorf festgenommen",
        "In den vergangenen Tagen haben Betrüger in der ganzen Region ältere Menschen angerufen und sich als"
        " Polizisten ausgegeben, um an deren Geld und Schmuck zu kommen.",
        "Als der Mann am Dienstag das Geld bei einer Seniorin holen wollte, wurde er von Kräften der"
        " Kriminalpolizei an der Haustür festgenommen.",
        organisation="Polizeipräsidium Musterland",
    )
    # The arrest, with the police as the subject (the facts' own template may say it first).
    assert title.startswith(("Die Kriminalpolizei hat", "Die Polizei hat")) and title.endswith("festgenommen")


# --- object_article: no indefinite article for the sender's own thing ---------------------------------------------


def test_an_abstract_act_or_a_known_thing_takes_no_indefinite_article() -> None:
    # A manufacturer's production and a clinic's care (-ung nouns): "eine Fertigung" would change the meaning.
    source = "Die Fertigung zieht um. Eine Fertigung gibt es dort. Die Betreuung bleibt. Eine Betreuung."
    # Where the release writes the act as its own known one ("Die Fertigung …"), the definite article
    # names it (session 22, title_articles._known_act); never the indefinite one.
    assert object_article("Hesselmann bündelt Fertigung in Altdorf", source) == "Hesselmann bündelt die Fertigung in Altdorf"
    assert object_article("Die Klinik stärkt Betreuung", source) == "Die Klinik stärkt die Betreuung"
    assert object_article("Die Klinik stärkt Betreuung", "Eine Betreuung.") == "Die Klinik stärkt Betreuung"
    # An adjective of the sender's own known thing ("gesamte", "eigene") takes none either.
    assert object_article("Die Firma bündelt gesamte Produktion", "") == "Die Firma bündelt gesamte Produktion"
    assert object_article("Der Verein baut eigene Halle", "") == "Der Verein baut eigene Halle"


# --- bare_object: a count noun object without its article fails the title check ---------------------------------


def _tags(text: str) -> tuple[morph.Token, ...]:
    return morph.tag(text)


def test_a_bare_count_object_is_no_sentence() -> None:
    # An alliance's demand and a club's new hall: the release writes both nouns with an article.
    alliance = "Das Bündnis fordert die Landesregierung zu einem Kurswechsel auf."
    assert bare_object(_tags("Das Bündnis fordert Landesregierung zum Handeln auf."), alliance)
    club = "Der Verein baut die Sporthalle neben der Schule."
    assert bare_object(_tags("Der Verein saniert Sporthalle."), club)
    # A mass noun the release never writes with an article, a plural and a copula's role stay.
    assert not bare_object(_tags("Das Land stellt Geld bereit."), "Das Land gibt Geld für Schulen.")
    assert not bare_object(_tags("Die Stadt baut neue Schulen."), "Die Schulen sind alt.")
    assert not bare_object(_tags("Anna Muster wird Leiterin."), "Die Leiterin ist neu.")


def test_an_abstract_object_gets_no_guessed_article() -> None:
    # A manufacturer and a town: "eine Fertigung", "eine Sanierung" would change what is said.
    factory = from_headline(
        "Hesselmann bündelt Fertigung in Altdorf", past=False, countable=lambda _: True, body="Eine Fertigung zieht um."
    )
    assert factory is None or "eine Fertigung" not in factory
    town = from_headline(
        "Stadt beginnt Sanierung der Brücke", past=False, countable=lambda _: True, body="Eine Sanierung ist nötig."
    )
    assert town is None or "eine Sanierung" not in town
