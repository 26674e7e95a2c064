"""The police's call for help says whom it asks: a question before "Bitte melden Sie sich bei der Polizei."."""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text

# A witness appeal of a town's police station.
_APPEAL = """Polizeiinspektion Nordau

Zeugenaufruf nach Einbruch in Bäckerei

Nordau, 4. März 2026 – In der Nacht zum Dienstag sind Unbekannte in eine Bäckerei in der Lindenstraße \
eingebrochen. Sie haben Bargeld gestohlen. Die Polizei bittet um Hinweise: Wer hat in der Nacht \
verdächtige Personen gesehen? Zeugen melden sich bitte unter Telefon 06123 4567-0.
"""
# A missing person appeal of a regional police headquarters.
_MISSING = """Polizeipräsidium Westfeld

Vermisst: 14-jähriger Tom K. aus Westfeld

Westfeld, 9. Juni 2026 – Seit Montag, 8. Juni 2026, wird der 14-jährige Tom K. aus Westfeld vermisst. \
Die Polizei bittet um Hinweise unter Telefon 0521 7788-0.
"""


@pytest.mark.parametrize(("text", "question"), [(_APPEAL, "Haben Sie etwas gesehen?"), (_MISSING, "Wissen Sie etwas?")])
def test_the_call_says_whom_it_asks(text: str, question: str) -> None:
    lines = summary_text(summarise(parse(text.encode()).release).release).splitlines()
    assert "Bitte melden Sie sich bei der Polizei." in lines
    call = lines.index("Bitte melden Sie sich bei der Polizei.")
    assert lines[call - 1] == question
