"""Whole invented releases (session 26): the headline's clause, rebuilt in the active or with its copula, is the title."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.model import inline_text
from pressconv.transforms.easy import summarise


def _title(text: str) -> str:
    return inline_text(summarise(parse(text.encode()).release).release.meta.title).replace("·", "")


def test_a_citys_passive_opening_headline_is_the_title_in_the_active() -> None:
    text = (
        "Stadt Birkenau – Pressemitteilung\n\n"
        "Neuer Wasserspielplatz im Lindenpark wird eröffnet\n\n"
        "Birkenau, 4. Mai 2026. Nach acht Monaten Bauzeit ist der neue Wasserspielplatz im Lindenpark fertig. "
        "Die Eröffnung findet am Samstag, 16. Mai 2026, um 14 Uhr statt. Alle Familien sind herzlich eingeladen. "
        "Der Spielplatz hat eine Pumpe, einen Bachlauf und eine große Matschanlage.\n"
    )
    assert _title(text) == "Man eröffnet den neuen Wasserspielplatz im Lindenpark"


def test_a_tax_offices_deadline_headline_keeps_its_modal_and_date() -> None:
    text = (
        "Gemeinde Talheim – Steueramt\n\n"
        "Erinnerung: Hundesteuer muss bis 15. März gezahlt werden\n\n"
        "Talheim, 20. Februar 2027. Das Steueramt der Gemeinde Talheim erinnert alle Hundehalterinnen und "
        "Hundehalter an die Zahlung der Hundesteuer für das Jahr 2027. Die Steuer muss bis zum 15. März auf dem "
        "Konto der Gemeinde sein. Der Betrag beträgt 90 Euro für den ersten Hund.\n"
    )
    assert _title(text) == "Man muss die Hundesteuer bis 15. März zahlen"


def test_a_date_the_body_never_names_keeps_the_headline_out_of_the_title() -> None:
    # The headline's words must recur in the body (a pun or a wrong date never becomes the title).
    text = (
        "Gemeinde Talheim – Steueramt\n\n"
        "Erinnerung: Hundesteuer muss bis 15. März gezahlt werden\n\n"
        "Talheim, 20. Februar 2027. Das Steueramt der Gemeinde Talheim erinnert alle Hundehalterinnen und "
        "Hundehalter an die Zahlung der Hundesteuer für das Jahr 2027. Der Betrag beträgt 90 Euro für den ersten Hund.\n"
    )
    assert "März" not in _title(text)


def test_a_doctors_associations_quantified_closure_is_said_with_its_copula() -> None:
    text = (
        "Ärzteverband Kreis Lohberg informiert\n\n"
        "Viele Zahnarztpraxen zwischen Ostern und Pfingsten geschlossen\n\n"
        "Lohberg, 2. April 2027. Zwischen Ostern und Pfingsten bleiben zahlreiche Zahnarztpraxen im Kreis Lohberg "
        "geschlossen. Der Notdienst ist an allen Tagen erreichbar.\n"
    )
    assert _title(text) == "Viele Zahnarztpraxen sind zwischen Ostern und Pfingsten geschlossen"
