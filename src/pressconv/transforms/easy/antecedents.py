"""The summary's kept lines read as one text: one person introduced once, no particle pointing at nothing.

Applies coreference.py (a person introduced twice with "ein") and presupposition.py ("auch"/"wieder"
with nothing said before) to the lines the verifier kept, in order, with the title read first. A
line that changes is checked again by the verifier's checks (``passes``); one that fails goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from . import morph
from .coreference import one_person
from .draft import Draft, metadata
from .presupposition import resolved
from .sender import with_article
from .templates import Line


def _sender(draft: Draft) -> tuple[str, str] | None:
    """The sender in the nominative and its head noun ("die Freiwillige Feuerwehr X", "Feuerwehr"); a plural sender none."""
    sender = draft.facts.sender if draft.facts is not None else None
    if sender is None or sender.plural or sender.gender is None or " und " in sender.name:
        return None
    nouns = [t.word for t in morph.tag(sender.name) if t.pos == "NN"]
    if not nouns:
        return None
    return with_article(sender, "nom"), nouns[-1]


def settled(kept: list[Line], draft: Draft, title: str, passes: Callable[[str], bool]) -> list[Line]:
    """The kept lines with second introductions made definite and unmet particles resolved (or the line left out)."""
    body = [i for i, line in enumerate(kept) if not metadata(line) and not line.items]
    texts = one_person([kept[i].text for i in body], draft.source)
    changed = dict(zip(body, texts, strict=True))
    sender = _sender(draft)
    out: list[Line] = []
    for index, line in enumerate(kept):
        text = changed.get(index, line.text)
        if text is None:
            continue
        said = [title, *(o.text for o in out)]
        resolution = resolved(text, said, sender) if index in changed else [text]
        if resolution is None:
            continue
        if resolution == [line.text]:
            out.append(line)
            continue
        if not all(passes(t) for t in resolution):
            continue
        *before, own = resolution
        out.extend(replace(line, text=t, origin="template", group=None, follows=False) for t in before)
        out.append(replace(line, text=own))
    return out
