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
# Paying in is such a task too: an address given with a payment service or a bank transfer ("PayPal:
# spenden@…", "Überweisung an …", an IBAN) takes money, it answers no questions.
_TASK: Final = re.compile(
    r"\b(?:bestell\w*|Bestellung\w*|Helfer\w*|ehrenamtlich\w*|Bewerbung\w*|bewerben|PayPal|IBAN|"
    r"Überweisung\w*|überweisen|Spendenkonto\w*|Bankverbindung\w*)\b"
)
# Words that open a line to every question ("Fragen beantwortet …", "Auskunft", "Hotline"), and a
# police or witness line, which the summary frames as such (templates.contact_lines).
_QUESTIONS: Final = re.compile(
    r"\b(?:Fragen|Rückfragen|Auskunft|Auskünfte|Information\w*|Infos?|Hotline|Service\w*|Beratung|Kontakt|"
    r"Hinweis\w*|Zeug\w*|Polizei\w*)\b"
)


# A line offered for one case only: the sentence opens with the case ("Bei Störungen ist die Hotline
# … erreichbar", "Im Notfall erreichen Sie …"), a conditional prepositional phrase (Duden grammar:
# konditionale Adverbiale). The line's name ("Service-Hotline") does not widen it to every question.
_CASE: Final = re.compile(
    r"^(?:Bei|Im Fall(?:e)?(?: von| eines| einer)?|Im)\s+(?P<case>(?:[a-zäöüß\-]+\s+){0,3}[A-ZÄÖÜ][\w\-]*)"
)
# A case that is the reader's own questions, interest or tips: the line is for the reader then.
_READER_CASE: Final = re.compile(r"\b(?:Fragen|Rückfragen|Interesse|Hinweis\w*|Unklarheit\w*|Anliegen)\b")


def _case_only(sentence: str) -> bool:
    """The sentence offers its line for a case the reader may not have: "Bei Störungen ist … erreichbar"."""
    opened = _CASE.match(sentence)
    if opened is None or _READER_CASE.search(opened["case"]):
        return False
    # The case is a noun phrase whose head is a case noun, never a time ("Im Januar") or a place ("Im
    # Rathaus" offers the line for everyone).
    return bool(_CASE_NOUN.search(opened["case"].split()[-1]))


# Nouns of a case in which one calls a line (a fault, an emergency, an outage, a defect, a burst pipe,
# a breakdown): the class of "Störfall" nouns, by their common heads. Not damage or accidents: a
# county's line for storm damage and a witness line are the reader's lines (see _TASK above).
_CASE_NOUN: Final = re.compile(
    r"(?:[Ss]törung\w*|[Nn]otf[aä]ll\w*|[Aa]usf[aä]ll\w*|[Dd]efekt\w*|[Rr]ohrbr[uü]ch\w*|[Pp]anne\w*)$"
)


def task_only(item: str, body: Sequence[str], *, digits: bool) -> bool:
    """The body offers ``item`` for a task or a case and not for questions (the sentence, or the one
    before it, names the task: "Helfer gesucht. Interessierte melden sich unter …"; or the sentence
    opens with the case: "Bei Störungen ist die Hotline unter … erreichbar")."""
    wanted = re.sub(r"\D", "", item) if digits else item
    for index, sentence in enumerate(body):
        text = re.sub(r"\D", "", sentence) if digits else sentence
        if wanted and wanted in text:
            if _case_only(sentence):
                return True
            context = " ".join(body[max(0, index - 1) : index + 1])
            return bool(_TASK.search(context)) and not _QUESTIONS.search(sentence)
    return False
