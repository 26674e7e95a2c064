"""A lead core that leaves out the partners of "gemeinsam mit …" leaves out "gemeinsam" too.

"Er hat gemeinsam den Verein gegründet" points at partners nobody named (rubric item 3). Invented leads
of a reading club and a sports club; "gemeinsam" with its partners kept stays.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.leadcore import build_core


@pytest.mark.parametrize(
    ("lead", "core"),
    [
        (
            "Anna Beispiel gründete 2010 gemeinsam mit ihrem Bruder Paul und drei Freundinnen aus der "
            "Nachbarschaft den Verein „Lesefüchse“.",
            "Anna Beispiel hat 2010 den Verein „Lesefüchse“ gegründet.",
        ),
        (
            "Der Sportverein Südheim richtete 2019 gemeinsam mit der Stadt und vielen Freiwilligen aus dem Ort "
            "den ersten Stadtlauf aus.",
            "Der Sportverein Südheim hat 2019 den ersten Stadtlauf ausgerichtet.",
        ),
    ],
)
def test_gemeinsam_goes_with_its_partners(lead: str, core: str) -> None:
    found = build_core(lead, date(2026, 5, 1), lead)
    assert found is not None and found[0] == core
