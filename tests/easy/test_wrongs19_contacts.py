"""wrongs19: a sign-up line is said as such or left out, never the desk for every question; the topic
line is a sentence. Invented releases of a sports federation, a library and a district office.
"""

from __future__ import annotations

from pressconv import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.signup import sign_up_only

_GRANTS = """Landessportbund Musterland

Zuschüsse für neue Vereinsgeräte

Musterstadt, 9. Juni 2026 – Der Landessportbund Musterland zahlt ab Juli Zuschüsse für neue Sportgeräte in kleinen Vereinen.

Am Dienstag, 23. Juni 2026, erklärt der Verband das Verfahren in einer Video-Sprechstunde.
Anmeldung bis 21. Juni unter sprechstunde@lsb-musterland.example.

Der Verband berät Vereine kostenlos unter 05931 4411-20.

Pressekontakt: Landessportbund Musterland, Jan Beispiel, Tel. 05931 4411-10, presse@lsb-musterland.example
"""

_READING = """Stadtbibliothek Musterstadt

Lesung für Kinder

Musterstadt, 3. März 2026 – Die Stadtbibliothek lädt am Samstag, 14. März 2026, um 11 Uhr zu einer Lesung für Kinder ein.

Die Lesung ist in der Stadtbibliothek, Marktplatz 3. Anmeldung zur Lesung unter 05231 4444-12.

Pressekontakt: Stadt Musterstadt, Pressestelle, Tel. 05231 4444-99, presse@musterstadt.example
"""


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release)


def test_the_sign_up_address_of_a_side_event_is_no_desk_for_questions() -> None:
    summary = _summary(_GRANTS)
    assert "sprechstunde@lsb-musterland.example" not in summary


def test_an_events_sign_up_line_says_what_it_is_for() -> None:
    contact = _summary(_READING).split("## Kontakt")[1]
    assert "Haben Sie Fragen?" not in contact
    assert "für die Anmeldung" in contact


def test_a_line_for_questions_and_sign_up_is_the_readers_line() -> None:
    body = ["Informationen und Anmeldung unter 05231 4444-12."]
    assert not sign_up_only("05231 4444-12", body, digits=True)
    assert sign_up_only("05231 4444-12", ["Anmeldung unter 05231 4444-12."], digits=True)


def test_a_contact_block_line_makes_the_address_general() -> None:
    # trade fair: schools sign up at the address the contact block gives for everything
    body = ["Schulen melden sich per E-Mail an messe@ihk.example an.", "Tel. 06631 7908-214, messe@ihk.example"]
    assert not sign_up_only("messe@ihk.example", body, digits=False)
