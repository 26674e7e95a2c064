"""The headline's topic label ("Blaualgen im Weiher: …") said in the body where nothing else names it (headtopic.py)."""

from __future__ import annotations

from pressconv.transforms.easy.headtopic import headline_topic, named_topic, topic_sentence, with_topic
from pressconv.transforms.easy.templates import Line


def test_the_label_before_a_colon_or_dash_is_the_topic_where_a_clause_follows() -> None:
    # A district's bathing ban, a county's animal-disease order, a police report behind its press code.
    assert headline_topic("Blaualgen im Mühlenweiher: Landkreis spricht Badeverbot aus") == "Blaualgen im Mühlenweiher"
    assert headline_topic("Vogelgrippe: Kreis ordnet Stallpflicht an") == "Vogelgrippe"
    assert headline_topic("POL-XY: Einbruchsserie in Altdorf – Kripo bittet um Hinweise") == "Einbruchsserie in Altdorf"
    assert headline_topic("+++ UPDATE +++ Großbrand in Lagerhalle – Feuerwehr warnt Anwohner") == "Großbrand in Lagerhalle"


def test_no_topic_from_a_generic_label_a_code_a_list_or_a_nominal_headline() -> None:
    # Labels of the message kind, an alarm level, a slogan, a list, and a headline without a clause after the colon.
    assert headline_topic("Pressemitteilung: Stadt eröffnet neues Hallenbad") is None
    assert headline_topic("Update: Polizei findet vermissten Mann") is None
    assert headline_topic("Achtung: Feuerwehr warnt vor Rauch") is None
    assert headline_topic("Brand 3: Personen in Gefahr") is None
    assert headline_topic("Lesen, malen, basteln: Die Bücherei lädt ein") is None
    assert headline_topic("Schnuppertag im Labor: Hochschulinformationstag am 9. Mai") is None
    assert headline_topic("Stadt eröffnet neues Hallenbad") is None


def test_the_topic_takes_the_accusative_after_um() -> None:
    # A plural stays bare; a singular takes its article and an adjective the weak ending (Duden grammar).
    assert topic_sentence("Blaualgen im Mühlenweiher") == ("Es geht um Blaualgen im Mühlenweiher.", "Blaualgen")
    assert topic_sentence("Neue Hundesteuer") == ("Es geht um die neue Hundesteuer.", "Hundesteuer")
    assert topic_sentence("Warnstreik am Donnerstag") == ("Es geht um den Warnstreik am Donnerstag.", "Warnstreik")
    assert topic_sentence("Einbruchsserie in Altdorf") == ("Es geht um die Einbruchsserie in Altdorf.", "Einbruchsserie")


def test_no_topic_sentence_from_an_idiom_a_coordination_or_a_verb() -> None:
    # An idiom with a stranded preposition, two nouns without their articles, a verb phrase.
    assert topic_sentence("Land unter bei den Stubentigern") is None
    assert topic_sentence("Masern und Grippe") is None
    assert topic_sentence("Studieren ausprobieren") is None


def test_the_topic_is_said_only_where_title_and_body_never_name_it() -> None:
    # A health office's bathing ban: the body of the summary never names the algae.
    body = "Im Mühlenweiher hat man viele Blaualgen gefunden. Das Baden ist verboten."
    headline = "Blaualgen im Mühlenweiher: Landkreis spricht Badeverbot aus"
    assert named_topic(headline, ["Der Kreis spricht ein Bade·verbot aus"], body) == "Es geht um Blaualgen im Mühlenweiher."
    assert named_topic(headline, ["Der Kreis verbietet das Baden wegen Blau·algen"], body) is None
    # A tax office's rise: the summary names the tax already.
    tax = "Die Gemeinde erhöht die Hundesteuer ab Januar."
    said = ["Die Gemeinde erhöht die Hunde·steuer"]
    assert named_topic("Neue Hundesteuer: Gemeinde erhöht die Sätze", said, tax) is None
    # A word only the headline uses is a pun or a slogan: never said.
    pool = ["Die Stadt eröffnet ein Freibad"]
    assert named_topic("Wasserspiele: Stadt eröffnet neues Freibad", pool, "Das Freibad öffnet.") is None


def test_the_topic_line_opens_the_body_and_passes_the_verifiers_checks() -> None:
    # A county's animal-disease order and a transport company's strike notice.
    kept = [Line("Der Kreis ordnet eine Stall·pflicht an.", origin="core")]
    source = "Vogelgrippe: Kreis ordnet Stallpflicht an\nBei Wildvögeln hat man die Vogelgrippe gefunden."
    out = with_topic(kept, "Vogelgrippe: Kreis ordnet Stallpflicht an", "Stall·pflicht im Kreis", source, lambda t: t)
    assert [line.text for line in out] == ["Es geht um die Vogelgrippe.", "Der Kreis ordnet eine Stall·pflicht an."]
    headline = "Warnstreik am Donnerstag: Busse stehen still"
    strike = headline + "\nAm Donnerstag gibt es einen Warnstreik bei den Verkehrsbetrieben."
    refused = with_topic(kept, headline, "Die Busse fahren nicht", strike, lambda t: None)
    assert refused == kept


def test_a_label_noun_the_body_never_uses_is_a_metaphor_and_never_said() -> None:
    # An alliance's statement on the coalition ("Ampel") and a club's pun; the literal reading would mislead.
    body = "Zur Halbzeit der Legislatur kritisiert das Bündnis die Regierung."
    assert named_topic("Zwei Jahre Ampel: Netzwerk kritisiert Regierung", ["Das Bündnis kritisiert"], body) is None
    club = "Der Verein sucht neue Spielerinnen für die Mannschaft."
    assert named_topic("Frischer Wind im Kader: Verein sucht Spielerinnen", ["Der Verein sucht"], club) is None


def test_a_label_noun_of_another_domain_is_never_said() -> None:
    # A party's statement on the coalition ("Ampel" as the government) and a town's broken traffic light.
    party = "Die Ampel hat bisher wenig umgesetzt, sagt der Verband zur Halbzeit."
    assert named_topic("Ein Jahr Ampel: Verband zieht Bilanz", ["Der Verband zieht eine Bilanz"], party) is None
    town = "Die Ampel am Markt ist kaputt. Autofahrer und Fußgänger müssen an der Kreuzung warten. Die Straße bleibt offen."
    said = ["Die Stadt repariert eine Anlage"]
    assert (
        named_topic("Defekte Ampel am Markt: Stadt repariert Anlage", said, town) == "Es geht um die defekte Ampel am Markt."
    )
