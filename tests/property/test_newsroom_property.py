"""Generated releases: the ninjs document validates against IPTC's schema and keeps the text; a site over
several of them gives a feed that validates against RFC 4287's schema and an index that parses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree, html

from pressconv.api import make_context, render
from pressconv.model import Metadata, Paragraph, Release, Text, inline_text
from pressconv.site import SiteEntry, SiteFile, render_site
from tests.property.release_strategies import releases
from tests.unit.test_ninjs_writer import _errors
from tests.unit.test_site import atom_schema

_TIMESTAMP = datetime(2018, 9, 20, 12, 0, tzinfo=UTC)
# XML 1.0 forbids these characters; a title made of them must not break the feed.
_CONTROL_TITLE = Release(
    meta=Metadata(title=(Text(text="A\x01B\x0bC\ufffe"),)), body=(Paragraph(children=(Text(text="x"),)),)
)


@given(releases)
def test_ninjs_validates_and_keeps_the_paragraphs(release: Release) -> None:
    document = json.loads(render(release, "ninjs", ctx=make_context(release, timestamp=_TIMESTAMP)))
    assert _errors(document) == []
    plain = " ".join(document["bodies"][1]["value"].split())
    for block in release.body:
        if isinstance(block, Paragraph):
            assert " ".join(inline_text(block.children).split()) in plain


@given(st.lists(releases, min_size=1, max_size=3))
def test_site_feed_validates_and_index_parses(items: list[Release]) -> None:
    items = [*items, _CONTROL_TITLE]
    site_dir = Path("/nonexistent-site")
    entries = [
        SiteEntry(
            release=release,
            stem=f"r{number}",
            files=(SiteFile(path=site_dir / f"r{number}.html", fmt="html", media_type="text/html", size=1234),),
        )
        for number, release in enumerate(items)
    ]
    files = render_site(entries, make_context(items[0], timestamp=_TIMESTAMP), site_dir)
    feed = etree.fromstring(files["feed.atom"])
    assert atom_schema().validate(feed), atom_schema().error_log
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == len(items)
    page = html.fromstring(files["index.html"])
    assert len(page.findall(".//main//article")) == len(items)
    hrefs = [a.get("href") for a in page.findall(".//main//ul//a")]
    assert sorted(hrefs) == sorted(f"r{number}.html" for number in range(len(items)))
    # Newest first, undated last: the dates shown never go up along the page.
    stamps = [article.find(".//time") for article in page.findall(".//main//article")]
    dated = [stamp.get("datetime") for stamp in stamps if stamp is not None]
    assert [stamp is None for stamp in stamps] == sorted(stamp is None for stamp in stamps)
    assert [d[:10] for d in dated] == sorted((d[:10] for d in dated), reverse=True)
