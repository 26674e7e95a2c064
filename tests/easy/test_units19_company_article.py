"""Session 19, units: an article that agreed with a company's dropped legal form gets "Firma" in its
place, so it never stands before a masculine or neuter name noun (units.py), on invented names of a
grocery chain, a DIY store, a utility and a delicatessen."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.units import plain_units


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "die GmbH": the article is the legal form's; the name's noun is masculine ("der Markt").
        (
            "Die Getränkemarkt Beispiel GmbH & Co. KG eröffnet eine Filiale.",
            "Die Firma Getränkemarkt Beispiel eröffnet eine Filiale.",
        ),
        ("Man kann bei der Baumarkt Schulz GmbH einkaufen.", "Man kann bei der Firma Baumarkt Schulz einkaufen."),
        # A plural or feminine name agrees with the article itself, and the verb with it: unchanged.
        ("Die Stadtwerke Muster GmbH senken die Preise.", "Die Stadtwerke Muster senken die Preise."),
        # A name of names only (HanTa reads "Feinkost" and "Meyer" as names): "Firma" carries the article
        # (session 32: "Die Schmidt GmbH hat …" had become "Die Schmidt hat …").
        ("Man kann bei der Feinkost Meyer GmbH anrufen.", "Man kann bei der Firma Feinkost Meyer anrufen."),
        ("Die Schmidt GmbH aus Adorf hat gebaut.", "Die Firma Schmidt aus Adorf hat gebaut."),
        # The legal form as the noun itself, not after a name: it stays (the verifier judges the abbreviation).
        ("Die Stadtwerke haben eine neue GmbH gegründet.", "Die Stadtwerke haben eine neue GmbH gegründet."),
        ("Der Geschäftsführer der GmbH ist Hans Meier.", "Der Geschäftsführer der GmbH ist Hans Meier."),
        # No article, or "Firma" said already: only the legal form goes.
        ("Muster GmbH informiert.", "Muster informiert."),
        ("Die Firma Meyer GmbH hat gebaut.", "Die Firma Meyer hat gebaut."),
    ],
)
def test_the_article_of_a_company_name_stays_true(sentence: str, expected: str) -> None:
    assert plain_units(sentence) == expected
