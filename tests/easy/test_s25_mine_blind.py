"""Session 25 (mine, after the blind judgement): classes of wrong statements the judge found, fixed for
any sender. An open day's programme line is no call-out; an institution's name with "für …" stays whole
when a passive is turned active. Invented releases of a fire brigade, a relief organisation, a police
desk and two ministries."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.callout import called_out


@pytest.mark.parametrize(
    "body",
    [
        # A fire brigade's and a relief organisation's open day: the programme shows a rescue.
        "Die Feuerwehr Nordau lädt zum Tag der offenen Tür ein.\n11.00 Uhr  Technische Hilfe: Befreiung aus einem Auto",
        "Das THW Südheim öffnet am Samstag seine Halle.\nRettung einer eingeklemmten Person 14.30 Uhr",
    ],
)
def test_a_programme_item_is_no_call_out(body: str) -> None:
    assert not called_out(["Tag der offenen Tür", body])


def test_a_told_incident_is_still_a_call_out() -> None:
    assert called_out(["Brand in Lagerhalle", "Am Montag um 14 Uhr brannte eine Halle in Nordau."])
    assert called_out(["Großbrand in Nordau", "Die Lage ist unklar."])  # the headline tells it
