"""Session 21: every source sentence the verifier refuses is reported, however long (issue 16: a failing
sentence is dropped and reported, never written silently). Invented releases of a water utility and a
university."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.pipeline import build, diagnostics
from tests.fixtures.releases import german_release

# Long sentences of officialese that break several rules at once (a relative clause, a passive, a
# genitive, more than 30 words): no rescue says them, so the summary leaves them out.
_UTILITY = (
    "Die Stadtwerke Obersand teilen mit, dass im Zuge der umfangreichen Sanierungsarbeiten des "
    "Leitungsnetzes, die von einer beauftragten Fachfirma durchgeführt werden, in den kommenden Wochen "
    "mit zeitweiligen Druckschwankungen gerechnet werden muss, welche jedoch nach Einschätzung der "
    "Betriebsleitung keine Beeinträchtigung der Trinkwasserqualität darstellen dürften."
)
_UNIVERSITY = (
    "Im Rahmen des Forschungsverbundes, dessen Förderung seitens des Landesministeriums bereits im "
    "vergangenen Herbst bewilligt worden war, wurden von den beteiligten Arbeitsgruppen zahlreiche "
    "Messreihen ausgewertet, deren Ergebnisse nach Auffassung der Projektleitung weitere Untersuchungen "
    "erforderlich erscheinen lassen dürften."
)


@pytest.mark.parametrize(
    ("title", "sentence", "organisation"),
    [
        ("Arbeiten am Leitungsnetz", _UTILITY, "Stadtwerke Obersand"),
        ("Neue Messreihen ausgewertet", _UNIVERSITY, "Universität Tannfeld"),
    ],
)
def test_a_long_refused_sentence_is_reported(title: str, sentence: str, organisation: str) -> None:
    draft = build(german_release(title, sentence, organisation=organisation))
    assert len(sentence.split()) > 30
    assert all(sentence[:20] not in line.text for line in draft.lines)
    reported = [d.message for d in diagnostics(draft) if d.code == "easy.dropped"]
    # The report names the sentence (in its rewrite) and the checks it failed.
    assert any("left out (" in message and "rule.too-long" in message for message in reported), reported
