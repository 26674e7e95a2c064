"""The draft a summary is while the pipeline builds it, and the helpers every step shares (style, fact guard)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from pressconv.model import Release
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator, segment_text
from pressconv.transforms.easy.facts import Facts
from pressconv.transforms.easy.informing import unframed
from pressconv.transforms.easy.kind import Kind
from pressconv.transforms.easy.lexicon import Entry, lexicon, lookup
from pressconv.transforms.easy.ours import SenderForms
from pressconv.transforms.easy.person import third_person
from pressconv.transforms.easy.positions import list_counts
from pressconv.transforms.easy.rewrite import digits_of_number_words
from pressconv.transforms.easy.sender import with_article
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.storeys import storeys
from pressconv.transforms.easy.templates import Line, derived_facts
from pressconv.transforms.easy.verify import FactGuard, Failure, name_words

__all__ = [
    "NO_TEXT",
    "Draft",
    "allowed_acronyms",
    "capital_nouns",
    "fact_guard",
    "lexicon_acronyms",
    "metadata",
    "own_voice",
    "style",
    "template_vocabulary",
]

# What an otherwise empty "Worum geht es?" says (never an empty section).
NO_TEXT: Final = "Für die Nachricht gibt es noch keinen Text in Leichter Sprache."


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """The summary while it is built: what each step found and what the verifier kept or dropped."""

    release: Release
    separator: Separator = MEDIOPUNKT
    title: str = ""
    sentences: tuple[SourceSentence, ...] = ()
    source: str = ""
    kind: Kind = "other"
    facts: Facts | None = None
    lines: tuple[Line, ...] = ()
    contact: tuple[Line, ...] = ()
    headline: str | None = None
    glossary: tuple[Entry, ...] = ()
    dropped: tuple[tuple[str, tuple[Failure, ...]], ...] = ()
    copied: int = 0
    keep: frozenset[str] = field(default_factory=frozenset)


def capital_nouns(text: str) -> set[str]:
    """Capitalised words after the first (nouns and names), without compound dots."""
    return {w.lower() for w in re.findall(r"(?<!^)\b[A-ZÄÖÜ][\wäöüß·\-]{2,}", text.replace("·", ""))}


def own_voice(draft: Draft) -> Callable[[str], str] | None:
    """The sender's first person plural in the third person with its name, where the sender is known."""
    sender = draft.facts.sender if draft.facts is not None else None
    if sender is None:
        return None
    subject = with_article(sender, "nom")
    # "die Polizei und die Staatsanwaltschaft": two organisations take the plural verb.
    # A plural head ("die Stadtwerke X") takes the plural verb too (sender.Sender.plural).
    plural = sender.plural or (subject.count(" und ") == 1 and bool(re.search(r" und (?:der|die|das) ", subject)))
    # "uns" and "unser" name the sender in the case the grammar asks for (ours.py).
    forms = SenderForms(subject, with_article(sender, "acc"), with_article(sender, "dat"), plural=plural)
    # What the sender itself points out or reports ("Die Stadt weist darauf hin, dass …") is its own
    # claim: the "dass" clause said as a main clause (informing.py).
    words = frozenset(re.findall(r"[A-ZÄÖÜ][\wäöüß\-]{3,}", sender.name))
    return lambda piece: unframed(third_person(piece, subject, plural=plural, forms=forms), words)


# The template line that names only the sender ("Die Nachricht ist von der Stadt X.").
_METADATA_LINE: Final = re.compile(r"Die Nachricht ist (?:vom|von)\b")


def metadata(line: Line) -> bool:
    """A line that says only who sent the release and when."""
    return line.origin == "written" or bool(_METADATA_LINE.match(line.text))


def style(text: str, draft: Draft) -> str:
    """Split long compounds at verified word parts; names and quoted titles stay whole."""
    # Names HanTa recognises in the sentence (a town, a street's first part) are not split either.
    # A compound whose last part the lexicon knows ("Taschen·diebstahl") is a common noun after all.
    names = {t.word for t in morph.tag(text) if t.pos == "NE" and lookup(t.word) is None}
    # A storey adjective ("dreigeschossig") is said with a number after its noun first (storeys.py).
    return segment_text(storeys(text), draft.separator, keep=draft.keep | names)


def fact_guard(draft: Draft) -> FactGuard:
    """The fact guard of this release: its source, the facts derived from it and our templates' words."""
    derived = derived_facts(draft.facts) if draft.facts is not None else []
    # Number words written as digits by rewrite (Leichte Sprache writes numbers as digits) are the
    # source's own numbers, not new facts.
    derived = [*derived, *digits_of_number_words(draft.source)]
    derived += list_counts(draft.sentences)  # "hat 4 Forderungen": the items of a list, counted (positions.py)
    vocabulary = template_vocabulary()
    return FactGuard(draft.source, derived=derived, vocabulary=vocabulary)


@lru_cache(maxsize=1)
def template_vocabulary() -> frozenset[str]:
    """Words our templates and lexicon bring in; they are not facts of the release."""
    from pressconv._months import MONTHS_DE
    from pressconv.transforms.easy import rewrite as rewrites
    from pressconv.transforms.easy import templates
    from pressconv.transforms.easy.when import WEEKDAYS_DE

    # Our own sentence frames and written-out abbreviations: read from the modules that hold them.
    text = "".join(Path(m.__file__ or "").read_text(encoding="utf-8") for m in (templates, rewrites))
    found = set(re.findall(r"[A-ZÄÖÜ][\w·\-]*[\wäöüß]", text)) | set(re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", text))
    found.update(e.word.replace("·", "") for e in lexicon())
    # The long forms of the lexicon's abbreviations ("Arbeiter·wohlfahrt" for AWO): the general
    # lexicon's words, not facts of the release (abbreviations.py writes them out).
    found.update(
        w.replace("·", "") for e in lexicon() if e.word.isupper() for w in re.findall(r"[A-ZÄÖÜ][\w·\-]*", e.explanation)
    )
    found.update(WEEKDAYS_DE, MONTHS_DE)
    found.update(("Auto", "Nummer", "Beispiel", "Nachricht"))
    found.add("Man")  # the impersonal subject voice.modal_passive brings in after a frame's colon
    found.update(("Es", "Thema", "Leichter", "Sprache", "Eine", "Einladung", "Telefon·nummer", "Telefonnummer"))
    return frozenset(found)


def allowed_acronyms(draft: Draft) -> frozenset[str]:
    """Acronyms the lexicon explains may stand (the glossary then says what they mean), and so may
    the all-caps names the source uses like words ("Die PARTEI"; see ``verify.name_words``)."""
    return lexicon_acronyms() | name_words(draft.source)


@lru_cache(maxsize=1)
def lexicon_acronyms() -> frozenset[str]:
    """The acronyms the lexicon explains (its headwords in capitals)."""
    return frozenset(e.word for e in lexicon() if e.word.isupper())
