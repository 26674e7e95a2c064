"""Whether a source clause states a fact in force, not a demand, warning, plan, condition, past or denial.

The body templates (decree, price change, funding, study) turn one clause into a plain present
sentence. German marks a clause that is no such fact by a few closed word classes: a negation
("nicht", "kein"), a verb of demanding or warning whose subject is someone else ("fordert",
"warnt", "kritisiert"), a modal of plan or wish ("soll", "will", "plant", "könnte"), a condition
("sofern", "falls", "vorbehaltlich") and the past of an earlier change ("zuletzt", "hatten",
"waren … gestiegen"). A template reads its clause only where none of these is there: said plainly,
any of them would turn the source round (omission over error).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["attributed", "conditional", "denied", "in_the_past", "is_plain_fact", "planned"]

# Negation words of German (Duden grammar: Negationswörter).
_NEGATION: Final = re.compile(r"\b(?:nicht|kein\w*|nie|niemals|keinesfalls)\b", re.IGNORECASE)
# Verbs of demanding, warning, judging and expecting: the clause says what someone wants or fears.
_ATTRIBUTED: Final = re.compile(
    r"\b(?:forder\w*|fordert|verlang\w*|appelliert\w*|warn\w*|kritisier\w*|befürcht\w*|mahn\w*|plädier\w*|"
    r"erwart\w*|rechnet|rechnen|prognostizier\w*|meint|meinen|sagt|sagen|betont|betonen|schlägt|schlagen|"
    r"Forderung\w*|Vorschlag|Vorschläge|Warnung\w*|Kritik)\b"
)
# Modals and verbs of intention (Konjunktiv II included): a plan or a possibility, not a fact.
_PLANNED: Final = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|will|wollen|wollte|möchte|möchten|könnte|könnten|würde|würden|"
    r"plant|planen|geplant\w*|beabsichtigt|vorgesehen|Plan|Pläne|Entwurf)\b"
)
# Subordinators of condition (Konditionalsätze) and a proviso's nouns.
_CONDITIONAL: Final = re.compile(
    r"\b(?:sofern|falls|wenn|solange|soweit|vorbehaltlich|vorausgesetzt|es sei denn|Voraussetzung|Vorbehalt)\b",
    re.IGNORECASE,
)
# Past of an earlier event: Präteritum and Plusquamperfekt auxiliaries and adverbs of the past.
_PAST: Final = re.compile(
    r"\b(?:war|waren|hatte|hatten|wurde|wurden|zuletzt|damals|bisher\w*|früher\w*|vergangen\w*|"
    r"vorige\w*|letzte[nmr]?)\b",
    re.IGNORECASE,
)


def denied(text: str) -> bool:
    """The clause holds a negation."""
    return bool(_NEGATION.search(text))


def attributed(text: str) -> bool:
    """The clause says what someone demands, warns of, expects or says."""
    return bool(_ATTRIBUTED.search(text))


def planned(text: str) -> bool:
    """The clause says a plan, wish or possibility."""
    return bool(_PLANNED.search(text))


def conditional(text: str) -> bool:
    """The clause holds a condition."""
    return bool(_CONDITIONAL.search(text))


def in_the_past(text: str) -> bool:
    """The clause tells an earlier event."""
    return bool(_PAST.search(text))


def is_plain_fact(text: str) -> bool:
    """No negation, attribution, plan, condition or past in the clause, and no quotation in it."""
    quoted = any(mark in text for mark in '„“”"»«')
    return not (quoted or denied(text) or attributed(text) or planned(text) or conditional(text) or in_the_past(text))
