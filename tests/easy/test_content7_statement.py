"""Session 7 (issue 16): a statement names whom its demands go to, and a criticism of that addressee.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

import pytest

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.statement import addressee, criticises
from tests.fixtures.releases import german_release


def _body(release: Release) -> list[str]:
    """The title (as a sentence) and the body: a body sentence the title says is not repeated."""
    text = summary_text(summarise(release).release).replace("·", "")
    body = [line for line in text.split("## Worum geht es?")[1].split("## ")[0].splitlines() if line]
    return [text.splitlines()[0] + ".", *body]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (["Der Mieterbund fordert die Landesregierung auf, mehr Wohnungen zu bauen."], "an die Landesregierung"),
        (["Die Gewerkschaft fordert den neuen Stadtrat dazu auf, die Bäder zu öffnen."], "an den neuen Stadtrat"),
        (["Der Verband appelliert mit einem Brief an die Bundesregierung."], "an die Bundesregierung"),
        # Two different addressees: which one is meant is not plain.
        (
            ["Wir fordern die Stadt auf, zu handeln.", "Wir appellieren an den Landkreis."],
            None,
        ),
        (["Der Verein fordert mehr Geld für Schulen."], None),
    ],
)
def test_addressee(body: list[str], expected: str | None) -> None:
    assert addressee(body) == expected


def test_criticism_only_of_the_named_addressee() -> None:
    body = ["Der Mieterbund kritisiert die Wohnungspolitik der Landesregierung scharf."]
    assert criticises(body, "an die Landesregierung")
    assert not criticises(body, "an den Stadtrat")
    assert not criticises(["Der Mieterbund kritisiert die Landesregierung nicht."], "an die Landesregierung")


def test_statements_of_two_kinds_of_sender_name_the_addressee() -> None:
    for release, lines in (
        (
            german_release(
                "Mieterbund stellt Forderungen",
                "Der Mieterbund Nordheim kritisiert die Wohnungspolitik der Landesregierung. "
                "Er fordert die Landesregierung auf, mehr Sozialwohnungen zu bauen. "
                "Die Mieten müssen sinken.",
                organisation="Mieterbund Nordheim",
            ),
            ["Die Forderungen gehen an die Landesregierung.", "Der Mieterbund Nordheim kritisiert die"],
        ),
        (
            german_release(
                "Gewerkschaft fordert Bäder",
                "Die Gewerkschaft Südheim fordert den Stadtrat dazu auf, die Hallenbäder im Winter offen zu halten. "
                "Kinder müssen schwimmen lernen.",
                organisation="Gewerkschaft Südheim",
            ),
            ["Die Forderungen gehen an den Stadtrat."],
        ),
    ):
        body = _body(release)
        for line in lines:
            # The criticism may be the title in the sender's fuller words ("… die Wohnungspolitik von der …").
            assert any((said.startswith(line.rstrip(".")) and "Landes" in said) or said == line for said in body), body
