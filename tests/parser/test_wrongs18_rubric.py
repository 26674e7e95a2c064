"""A one-word rubric in capitals under the sender's name is the kicker, never part of the sender.

Every release here is invented; senders of two kinds (police, utility, county office).
"""

from __future__ import annotations

import pytest

from pressconv.model import inline_text
from tests.fixtures.heads import BODY as _BODY
from tests.fixtures.heads import HEADLINE as _HEADLINE
from tests.fixtures.heads import lost as _lost
from tests.fixtures.heads import parse_text as _parse


@pytest.mark.parametrize(
    ("sender", "rubric"),
    [
        ("Polizeiinspektion Nordau-Land", "ÖFFENTLICHKEITSFAHNDUNG"),
        ("Polizeipräsidium Südmark", "VERKEHRSUNFALL"),
        ("Stadtwerke Nordau GmbH", "VERBRAUCHERHINWEIS"),
        ("Landratsamt Nordau", "TERMINHINWEIS"),
    ],
)
def test_a_caps_rubric_under_the_sender_is_the_kicker(sender: str, rubric: str) -> None:
    result = _parse(f"{sender}\n\n{rubric}\n\n{_HEADLINE}\n\n{_BODY}")
    meta = result.release.meta
    assert meta.organisation == sender
    assert meta.kicker == rubric
    assert inline_text(meta.title) == _HEADLINE
    assert not _lost(result)
