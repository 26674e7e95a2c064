"""Kind-specific body facts a thin summary lacks: a price change, a rule's time, place and fine, a grant.

Each template runs only on the kinds it belongs to (``_NOT_STATED``, ``_INCIDENTS``), and each
reads only clauses that state a fact in force (plainfact.py).

Each template module reads one convention of its release kind and says only what the source
states plainly; the lines go through the verifier like every source sentence (rules, fact guard,
structure guard), so a line that fails is dropped, never said in part.
"""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy.amounts import plain_amounts
from pressconv.transforms.easy.decree import decree_lines
from pressconv.transforms.easy.draft import Draft
from pressconv.transforms.easy.funding import funding_lines
from pressconv.transforms.easy.jobs import job_lines
from pressconv.transforms.easy.kind import Kind
from pressconv.transforms.easy.match_report import match_lines
from pressconv.transforms.easy.price_change import price_lines
from pressconv.transforms.easy.rulings import ruling_lines
from pressconv.transforms.easy.source import flat
from pressconv.transforms.easy.study import study_lines
from pressconv.transforms.easy.takes_office import office_lines
from pressconv.transforms.easy.timetables import timetable_lines
from pressconv.transforms.easy.votes import vote_lines

__all__ = ["body_lines"]

# The kinds each template belongs to. A statement or opinion says what its sender wants or fears
# ("Die Partei fordert …", "… warnt die Verbraucherzentrale"): none of its sentences is a fact in
# force, so it gets no template line. An incident report (police, fire, missing, appeal) announces
# no prices, grants or study results; an authority's order may come with any notice kind.
_NOT_STATED: Final[frozenset[Kind]] = frozenset(("statement",))
_INCIDENTS: Final[frozenset[Kind]] = frozenset(("police", "fire", "missing", "appeal"))


def body_lines(draft: Draft) -> list[str]:
    """The template sentences of the release's kind, in the order a reader needs them."""
    if draft.kind in _NOT_STATED:
        return []
    meta = draft.release.meta
    subtitle = flat(meta.subtitle, meta.language) if meta.subtitle else ""
    body = [s.text for s in draft.sentences if not s.speech and not s.heading]
    headline = draft.title or ""
    # A referendum's count names its question in quotation marks (it reads as speech): still the sender's count.
    counted = [s.text for s in draft.sentences]  # list lines too: a result list's lines are the count
    found = decree_lines(headline, subtitle, body, draft.facts.notices if draft.facts else ())
    if draft.kind not in _INCIDENTS:
        found += [
            *price_lines(headline, subtitle, body),
            *funding_lines(headline, subtitle, body),
            *study_lines(body, subtitle),
            *ruling_lines(body),
            *vote_lines(counted),
        ]
        found += [*timetable_lines([headline, subtitle, *body], meta.issued), *job_lines([subtitle, *body])]
    # Who takes which post from when, and a match's result: their own plain statements of any kind.
    found += [*office_lines(body, meta.issued), *match_lines(body)]
    # Thousands as a reader says them ("30 tausend Euro"), as every money sentence (amounts.py).
    return [plain_amounts(text) for text in found]
