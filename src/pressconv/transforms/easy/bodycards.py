"""A contact card the parser lifted out of a body sentence keeps that sentence's purpose.

The parser gives a sentence of the body that names a number a card of its own ("Termine können unter
der kostenfreien Rufnummer … vereinbart werden" becomes a card "Berufsberatung"), so that writers can
link it. Such a card is no closing contact block: press-release convention puts the sender's contact
(the press office, the desk for questions) on lines of their own after the body, and a number said
only inside a body sentence is for what that sentence says it is for (booking an appointment,
reporting, signing up). The summary's contact step must therefore judge the number by its sentence,
not take it for the sender's general line (a careers-advice booking line shown under "Haben Sie
Fragen?" was judged wrong).
"""

from __future__ import annotations

from pressconv.model import Release, Section

__all__ = ["lifted_from_body"]


def lifted_from_body(section: Section, release: Release) -> bool:
    """The contact section holds the cards of a body paragraph (it starts on that paragraph's line).

    A closing contact block starts on a line of its own after the body ("Pressekontakt:"); the parser
    gives the cards of a tip or help line of the body the line of the paragraph that holds them.
    """
    if section.kind != "contact" or section.line is None:
        return False
    return any(getattr(block, "line", None) == section.line for block in release.body)
