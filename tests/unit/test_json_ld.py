"""The schema.org NewsArticle JSON-LD of the HTML page: it parses for every corpus release and states the
publisher (with logo), image, language, free access and the same accessibility facts as the EPUB."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pressconv.api import make_context, parse, render
from pressconv.model import Release
from pressconv.writers.base import Branding
from tests.fixtures.releases import TIMESTAMP, tiny_png
from tests.fixtures.releases import every_kind_release as full_release

TESTS = Path(__file__).resolve().parents[1]
RELEASES = sorted((TESTS / "corpus").glob("*.txt")) + sorted((TESTS / "eval" / "annotated" / "texts").glob("*.txt"))
A11Y_PROPERTIES = ("accessMode", "accessModeSufficient", "accessibilityFeature", "accessibilityHazard")


def json_ld(page: bytes) -> dict[str, Any]:
    match = re.search(rb'<script type="application/ld\+json">\s*(.*?)\s*</script>', page, re.DOTALL)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def _html(release: Release, branding: Branding | None = None) -> dict[str, Any]:
    return json_ld(render(release, "html", ctx=make_context(release, timestamp=TIMESTAMP, branding=branding)))


def _epub_accessibility(release: Release, branding: Branding | None = None) -> dict[str, list[str]]:
    """The schema:* properties of the EPUB's package document, as lists per property."""
    data = render(release, "epub", ctx=make_context(release, timestamp=TIMESTAMP, branding=branding))
    with zipfile.ZipFile(BytesIO(data)) as book:
        opf_name = next(name for name in book.namelist() if name.endswith(".opf"))
        opf = etree.fromstring(book.read(opf_name))
    found: dict[str, list[str]] = {}
    for meta in opf.iter("{http://www.idpf.org/2007/opf}meta"):
        prop = meta.get("property") or ""
        if prop.startswith("schema:"):
            found.setdefault(prop.removeprefix("schema:"), []).append(meta.text or "")
    return found


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.stem)
def test_every_corpus_page_has_the_properties(path: Path) -> None:
    release = parse(path.read_bytes(), path=path.name).release
    data = _html(release)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["inLanguage"] == release.meta.language
    assert data["isAccessibleForFree"] is True
    for name in A11Y_PROPERTIES:
        assert isinstance(data[name], list) and data[name], name
    assert data["accessibilitySummary"].strip()
    if release.meta.organisation:
        assert data["publisher"] == {"@type": "Organization", "name": release.meta.organisation}


def test_publisher_logo_is_an_image_object(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    branding = Branding(organisation="Stadt Dortmund", logo_path=str(logo), logo_alt="Logo der Stadt Dortmund")
    data = _html(full_release(), branding)
    image = data["publisher"]["logo"]
    assert image["@type"] == "ImageObject"
    assert image["url"].startswith("data:image/png;base64,")
    assert image["encodingFormat"] == "image/png"
    assert isinstance(image["width"], int) and isinstance(image["height"], int)
    assert image["caption"] == "Logo der Stadt Dortmund"
    # A logo with alt text is an image a reader sees: the page says so, as the EPUB does.
    assert "visual" in data["accessMode"] and "alternativeText" in data["accessibilityFeature"]


def test_release_images_are_listed() -> None:
    data = _html(full_release())
    # The fixture has one informative and one decorative image: only the first is content.
    assert [image["caption"] for image in data["image"]] == ["Oberbürgermeister Sierau mit der Urkunde"]
    assert data["image"][0]["@type"] == "ImageObject"


@pytest.mark.parametrize("path", [RELEASES[0], next(p for p in RELEASES if p.name.startswith("en-"))], ids=str)
def test_the_page_states_what_the_epub_states(path: Path) -> None:
    release = parse(path.read_bytes(), path=path.name).release
    page, book = _html(release), _epub_accessibility(release)
    assert page["accessMode"] == book["accessMode"]
    assert page["accessModeSufficient"] == book["accessModeSufficient"]
    assert page["accessibilityHazard"] == book["accessibilityHazard"]
    # The page has no table of contents; everything else it claims, the EPUB claims too.
    assert set(book["accessibilityFeature"]) - set(page["accessibilityFeature"]) == {"tableOfContents"}
    assert set(page["accessibilityFeature"]) <= set(book["accessibilityFeature"])
    # Same conformance sentence in both summaries, in the release's language.
    assert page["accessibilitySummary"].split(". ")[-1] == book["accessibilitySummary"][0].split(". ")[-1]
    assert "WCAG 2.1" in page["accessibilitySummary"]


def test_script_content_stays_inert() -> None:
    release = full_release()
    page = render(release, "html", ctx=make_context(release, timestamp=TIMESTAMP))
    script = re.search(rb'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert script is not None and b"<" not in script.group(1)


# --------------------------------------------------------------------------- embargo (issue 18 #11)


def _epub_opf(release: Release) -> Any:
    data = render(release, "epub", ctx=make_context(release, timestamp=TIMESTAMP))
    with zipfile.ZipFile(BytesIO(data)) as book:
        opf_name = next(name for name in book.namelist() if name.endswith(".opf"))
        return etree.fromstring(book.read(opf_name))


def _available(release: Release) -> list[str]:
    opf = _epub_opf(release)
    return [
        meta.text or ""
        for meta in opf.iter("{http://www.idpf.org/2007/opf}meta")
        if meta.get("property") == "dcterms:available"
    ]


def test_embargo_is_the_publication_date_and_the_issue_date_the_creation_date() -> None:
    release = full_release()
    data = _html(release)
    # schema.org has no embargo property: the embargo is the earliest publication.
    assert data["datePublished"] == "2018-09-20T10:00+00:00"
    assert data["dateCreated"] == "2018-09-20T10:30"
    assert _available(release) == ["2018-09-20T10:00+00:00"]


def test_without_embargo_the_issue_date_is_the_publication_date() -> None:
    release = replace(full_release(), meta=replace(full_release().meta, embargo=None, embargo_lines=()))
    data = _html(release)
    assert data["datePublished"] == "2018-09-20T10:30"
    assert "dateCreated" not in data
    assert _available(release) == []


def test_an_unreadable_embargo_claims_no_publication_date() -> None:
    text = "Sperrfrist: irgendwann bald\n\nStadt hilft Vereinen\n\nDortmund, 20.09.2018 – Die Stadt hilft.\n"
    release = parse(text.encode(), path="unreadable.txt").release
    assert release.meta.embargo is None and release.meta.embargo_lines
    data = _html(release)
    assert "datePublished" not in data
    assert data["dateCreated"] == "2018-09-20"
    assert _available(release) == []


def test_a_parsed_embargo_reaches_the_json_ld_with_its_zone() -> None:
    text = (
        "EMBARGOED UNTIL 00:01 EST, 25 December 2024\n\nCity opens shelter\n\n"
        "SPRINGFIELD, December 20, 2024 — The city opens a shelter.\n"
    )
    release = parse(text.encode(), path="embargo.txt").release
    assert release.meta.embargo is not None
    data = _html(release)
    assert data["datePublished"] == "2024-12-25T00:01-05:00"
    assert data["dateCreated"] == "2024-12-20"
