"""PDF output of long documents: no work per tagged element that grows with the page count (issue 15 #5).

pydyf's ``PDF.page_references`` builds a tuple of every page's reference on each access, and
WeasyPrint's tagging reads it once per tagged element: 10 000 bullets on 280 pages built 14 million
references. Counted here, not timed.
"""

from __future__ import annotations

import pydyf
import pytest

from pressconv.api import convert

_HEAD = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\nDie Stadt baut Radwege.\n\n"


def test_page_references_are_built_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = [0]
    original = pydyf.PDF.page_references.fget

    def counted(self: pydyf.PDF) -> object:
        builds[0] += 1
        return original(self)

    monkeypatch.setattr(pydyf.PDF, "page_references", property(counted))
    text = _HEAD + "".join(f"- Punkt {i}\n" for i in range(600))
    data = convert(text.encode("utf-8"), ["pdf"], path="release.txt").outputs[0].data
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page ") or data.count(b"/Type /Page/")
    assert data.startswith(b"%PDF-")
    # One build per page (and a few more) when cached; one per tagged element (thousands) when not.
    assert builds[0] <= 60, f"{builds[0]} builds of the page reference list"
    del pages
