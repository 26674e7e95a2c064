"""An incident someone only claims (indirect speech after a verb of saying) is never stated as the news."""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text

# A police warning of phone fraud: the accident is the fraudster's lie.
_POLICE = """Polizei Nordhausen

Polizei warnt vor Schockanrufen

Nordhausen, 4. März 2026 – Eine 80-jährige Frau aus Nordhausen erhielt am Dienstag einen Anruf von einem \
angeblichen Polizisten, der ihr erzählte, ihr Enkel liege nach einem schweren Verkehrsunfall im Krankenhaus. \
Die Frau legte auf und rief die Polizei an. Die Polizei warnt vor solchen Anrufen.
"""
# A water utility's warning of fake technicians: the fire in the cellar is the trickster's claim.
_UTILITY = """Stadtwerke Westerhaus

Falsche Techniker unterwegs

Westerhaus, 9. Juni 2026 – Ein Unbekannter klingelte am Montag bei einem Rentner und behauptete, \
im Keller des Nachbarhauses habe es einen Brand gegeben. Die Stadtwerke schicken nie unangemeldet \
Techniker. Die Stadtwerke bitten um Vorsicht.
"""


@pytest.mark.parametrize(("text", "claimed"), [(_POLICE, "unfall"), (_UTILITY, "brand")])
def test_a_claimed_incident_is_not_the_news(text: str, claimed: str) -> None:
    summary = summary_text(summarise(parse(text.encode()).release).release)
    stated = [line for line in summary.splitlines() if "gegeben" in line or " war am " in line]
    assert not any(claimed in line.lower().replace("·", "") for line in stated), summary
