"""A search appeal said verbally (leadsearch.py): who searches whom, then what the sender asks; invented appeals."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.leadsearch import search_appeal


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # A police appeal for a missing girl (feminine: "der 13-jährigen" -> "die 13-jährige").
        (
            "Lindau, 5. Mai 2026 – Die Polizeiinspektion Beispielkreis bittet die Öffentlichkeit um Unterstützung "
            "bei der Suche nach der 13-jährigen Lena Sommer aus Lindau.",
            (
                "Die Polizeiinspektion Beispielkreis sucht die 13-jährige Lena Sommer aus Lindau.",
                "Die Polizeiinspektion Beispielkreis bittet die Öffentlichkeit um Unterstützung.",
            ),
        ),
        # A fire brigade searching a woman ("einer älteren Frau" -> "eine ältere Frau").
        (
            "Die Feuerwehr Beispielheim bittet die Anwohner um Hilfe bei der Suche nach einer älteren Frau "
            "aus dem Seniorenheim.",
            (
                "Die Feuerwehr Beispielheim sucht eine ältere Frau aus dem Seniorenheim.",
                "Die Feuerwehr Beispielheim bittet die Anwohner um Hilfe.",
            ),
        ),
        # A named boy after "dem": a name is never neuter, so "den".
        (
            "Die Polizei Musterland bittet um Hinweise bei der Suche nach dem 12-jährigen Jonas M. aus Adorf.",
            (
                "Die Polizei Musterland sucht den 12-jährigen Jonas M. aus Adorf.",
                "Die Polizei Musterland bittet um Hinweise.",
            ),
        ),
    ],
)
def test_a_search_appeal_says_whom_the_sender_searches(lead: str, expected: tuple[str, ...]) -> None:
    assert build_core(lead, date(2026, 5, 6), lead) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # "dem Kind": neuter, the accusative is "das", which the dative article hides.
        "Die Polizei Musterland bittet um Hinweise bei der Suche nach dem Kind Lea Muster.",
        # A plural dative ("den 2 Kindern"): its noun's own ending would need changing.
        "Die Polizei Musterland bittet um Mithilfe bei der Suche nach den 2 vermissten Kindern aus Adorf.",
        # A limiting or hedging word: the two sentences could say more than the appeal.
        "Das Tierheim Beispielheim bittet alle Spaziergänger um Hinweise bei der Suche nach der Hündin Luna.",
        "Die Polizei Talstadt bittet nicht um Unterstützung bei der Suche nach der 16-jährigen Marie Winter.",
        # No search appeal at all.
        "Die Polizei Musterland bittet die Bevölkerung um Mithilfe.",
    ],
)
def test_no_verbal_search_where_the_case_or_the_claim_is_unsure(lead: str) -> None:
    assert search_appeal(lead) is None
