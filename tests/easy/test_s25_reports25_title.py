"""A death headline said plainly ("… ist gestorben"), never for a near miss; invented police and fire headlines."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.headline_ellipsis import death_clause


def test_a_death_in_headline_ellipsis_is_said_plainly() -> None:
    assert death_clause("Radfahrerin bei Unfall tödlich verletzt") == "Eine Radfahrerin ist bei einem Unfall gestorben"
    assert death_clause("Motorradfahrer tödlich verunglückt") == "Ein Motorradfahrer ist gestorben"
    assert death_clause("Zwei Bergsteiger im Gebirge ums Leben gekommen") == "Zwei Bergsteiger sind im Gebirge gestorben"
    # A phrase whose article would be a guess goes; the death stays.
    assert death_clause("Motorradfahrer auf der L 55 tödlich verletzt") == "Ein Motorradfahrer ist gestorben"


def test_a_near_miss_or_a_negation_is_never_a_death() -> None:
    assert death_clause("Bewohner bei Brand nicht tödlich verletzt") is None
    assert death_clause("Fußgängerin beinahe tödlich verunglückt") is None
    assert death_clause("Kind fast ums Leben gekommen") is None
    assert death_clause("Autofahrer schwer verletzt") is None


_REPORT = """POL-QRS: Radfahrerin bei Unfall tödlich verletzt

{lead}

Rückfragen bitte an:
Polizeiinspektion Tannroda
Telefon: 03641 222-0
"""

_NEAR = """Feuerwehr Kaltenbrunn: Bewohner bei Brand beinahe tödlich verletzt

{lead}

Kontakt: Feuerwehr Kaltenbrunn, Telefon 07721 3030
"""


_REPORT = _REPORT.format(
    lead=" ".join(
        [
            "Tannroda (ots) - Am Mittwochmorgen ist eine 59-jährige Radfahrerin an der Kreuzung Ahornweg",
            "und Lerchenstraße mit dem Rad schwer gestürzt. Die Radfahrerin erlag noch am Unfallort ihren",
            "Verletzungen. Ein Autofahrer hat den Sturz gesehen.",
        ]
    )
)
_NEAR = _NEAR.format(
    lead=" ".join(
        [
            "Kaltenbrunn - Am Samstagabend ist in einem Wohnhaus am Lindenhof ein Feuer ausgebrochen.",
            "Ein 80-jähriger Bewohner wurde schwer verletzt ins Krankenhaus gebracht.",
            "Die Feuerwehr löschte den Brand schnell.",
        ]
    )
)


def _title(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release).splitlines()[0]


def test_a_police_report_of_a_death_has_the_death_as_its_title() -> None:
    assert _title(_REPORT) == "Eine Rad·fahrerin ist bei einem Unfall gestorben"


def test_a_fire_report_of_a_near_miss_never_has_a_death_title() -> None:
    assert "gestorben" not in _title(_NEAR)
