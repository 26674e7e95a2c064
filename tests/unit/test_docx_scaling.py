"""The DOCX writer does constant work per paragraph and per link, not work that grows with the document.

Issue 15 #5: 5 000 "Tel.:" lines took 10 s, because every new hyperlink searched all relationships
made so far (and picked its id by trying rId1, rId2, …), and every new paragraph searched the whole
body for the section properties. Counted here, not timed: the number of relationships and body
children python-docx visits must stay proportional to the document.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from pressconv.api import convert

_HEAD = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\nDie Stadt baut Radwege.\n\n"


def _visits(monkeypatch: pytest.MonkeyPatch, lines: int) -> tuple[int, bytes]:
    from docx.opc import rel
    from docx.oxml import xmlchemy

    count = [0]
    values = rel.Relationships.values
    first_child = xmlchemy.BaseOxmlElement.first_child_found_in

    def counted_values(self: rel.Relationships) -> object:
        items = list(values(self))
        count[0] += len(items)
        return items

    def counted_first_child(self: xmlchemy.BaseOxmlElement, *tagnames: str) -> object:
        count[0] += len(self)
        return first_child(self, *tagnames)

    monkeypatch.setattr(rel.Relationships, "values", counted_values)
    monkeypatch.setattr(xmlchemy.BaseOxmlElement, "first_child_found_in", counted_first_child)
    text = _HEAD + "".join(f"Tel.: 0231 50-{i:05d}\n\n" for i in range(lines))
    data = convert(text.encode("utf-8"), ["docx"], path="release.txt").outputs[0].data
    return count[0], data


def test_links_and_paragraphs_cost_the_same_however_many_came_before(monkeypatch: pytest.MonkeyPatch) -> None:
    small, _ = _visits(monkeypatch, 200)
    large, data = _visits(monkeypatch, 1600)
    # Eight times the lines: about eight times the visits when linear, sixty-four when quadratic.
    assert large < 12 * small, f"{small} visits for 200 lines, {large} for 1600"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode("utf-8")
        document = archive.read("word/document.xml").decode("utf-8")
    assert rels.count('TargetMode="External"') == 1600
    assert document.count("<w:hyperlink") == 1600
    assert 'Target="tel:+492315001599"' in rels
