"""A phone number or address the release gives for one task is no line for the reader's questions.

Releases print numbers in the body for a task: ordering a call-taxi ("Fahrten müssen … unter Tel. …
bestellt werden"), applying for a job, signing up as a volunteer ("Helfer gesucht … Interessierte
melden sich unter helfer@…"). Under the summary's "Haben Sie Fragen?" such a line sends the reader to
the wrong desk (easy-judging.md item 2); the release's contact block, or nothing, is the right
answer. Registration lines ("Anmeldung unter …") stay: the reader who registers asks there too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["task_only"]

# Tasks a body line may name for its number: ordering, volunteering, applying. A line for reporting
# damage is left as it is: a county's "Bürgertelefon" for storm damage is the reader's line too.
_TASK: Final = re.compile(r"\b(?:bestell\w*|Bestellung\w*|Helfer\w*|ehrenamtlich\w*|Bewerbung\w*|bewerben)\b")
# Words that open a line to every question ("Fragen beantwortet …", "Auskunft", "Hotline"), and a
# police or witness line, which the summary frames as such (templates.contact_lines).
_QUESTIONS: Final = re.compile(
    r"\b(?:Fragen|Rückfragen|Auskunft|Auskünfte|Information\w*|Infos?|Hotline|Service\w*|Beratung|Kontakt|"
    r"Hinweis\w*|Zeug\w*|Polizei\w*)\b"
)


def task_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """The body offers ``item`` for a task and not for questions (the sentence, or the one before it,
    names the task: "Helfer gesucht. Interessierte melden sich unter …")."""
    wanted = re.sub(r"\D", "", item) if digits else item
    for index, sentence in enumerate(body):
        text = re.sub(r"\D", "", sentence) if digits else sentence
        if wanted and wanted in text:
            context = " ".join(body[max(0, index - 1) : index + 1])
            return bool(_TASK.search(context)) and not _QUESTIONS.search(sentence)
    return False
