"""Unit tests of the HTML writer: markup, escaping, variants, JSON-LD and the stylesheet's contrast."""

from __future__ import annotations

import itertools
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pressconv import colour
from pressconv.model import (
    BulletList,
    Heading,
    Inline,
    Link,
    Metadata,
    OrderedList,
    Paragraph,
    PhotoCredit,
    Release,
    Table,
    Text,
)
from pressconv.registry import get_writer
from pressconv.writers.base import Branding, RenderContext
from pressconv.writers.html import HtmlWriter, render_document
from tests.fixtures.releases import (
    ENTITY,
    HOSTILE_LINK_TEXTS,
    JINJA_EXPR,
    JINJA_STMT,
    PAYLOADS,
    SCRIPT_PLAIN,
    TIMESTAMP,
    context,
    english_release,
    hostile_release,
    seed_release,
)
from tests.fixtures.releases import every_kind_release as full_release

REPO = Path(__file__).resolve().parents[2]
SCREEN_CSS = REPO / "styles" / "screen.css"


def _t(text: str) -> Text:
    return Text(text=text)


# ---------------------------------------------------------------------------- a tiny DOM for assertions


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: _Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[_Element] = []
        # Text and child elements in document order, so text() reads like innerText.
        self.content: list[str | _Element] = []

    def text(self) -> str:
        return "".join(part if isinstance(part, str) else part.text() for part in self.content)

    def iter(self, tag: str | None = None) -> list[_Element]:
        found = [self] if tag in (None, self.tag) else []
        for child in self.children:
            found.extend(child.iter(tag))
        return found


_VOID = {"meta", "link", "br", "img", "hr", "input", "source", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        self.current.content.append(element)
        if tag not in _VOID:
            self.current = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        self.current.content.append(element)

    def handle_endtag(self, tag: str) -> None:
        node: _Element | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"unbalanced </{tag}>"
        self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.content.append(data)


def dom(html: str) -> _Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# ---------------------------------------------------------------------------- markup


@pytest.fixture(scope="module")
def full_html() -> str:
    return render_document(full_release(), context())


def test_writer_class_matches_the_registry_contract() -> None:
    writer = get_writer("html")
    assert isinstance(writer, HtmlWriter)
    assert (writer.name, writer.extension, writer.media_type, writer.requires) == (
        "html",
        "html",
        "text/html",
        ("jinja2",),
    )
    data = writer.render(full_release(), context())
    assert data == render_document(full_release(), context()).encode("utf-8")


def test_document_basics(full_html: str) -> None:
    root = dom(full_html)
    assert full_html.startswith('<!DOCTYPE html>\n<html lang="de-DE">')
    (title,) = root.iter("title")
    assert title.text() == "Dortmund als „Digitalste Stadt“ ausgezeichnet – Stadt Dortmund"
    assert len(root.iter("h1")) == 1
    assert root.iter("h1")[0].text() == "Dortmund als Digitalste Stadt ausgezeichnet"
    assert [e.attrs.get("id") for e in root.iter("main")] == ["inhalt"]
    assert len(root.iter("footer")) == 1
    skip = root.iter("a")[0]
    assert skip.attrs == {"class": "skip-link", "href": "#inhalt"}
    assert skip.text() == "Zum Inhalt springen"
    metas = {m.attrs.get("name"): m.attrs.get("content") for m in root.iter("meta") if m.attrs.get("name")}
    assert metas["description"] == "Die Stiftung hat die Stadt Dortmund als „Digitalste Stadt“ ausgezeichnet."
    assert metas["dcterms.created"] == "2018-09-20"
    assert metas["dcterms.modified"] == "2018-09-20T12:00:00+00:00"
    assert metas["author"] == "Frank Bußmann"
    assert metas["keywords"] == "Digitalisierung, Smart City"
    assert "<style>" in full_html and "--fg-text" in full_html
    assert "<link" not in full_html


def test_release_header(full_html: str) -> None:
    root = dom(full_html)
    header = next(e for e in root.iter("header") if e.attrs.get("class") == "release-header")
    classes = [child.attrs.get("class") for child in header.children]
    assert classes == ["embargo", "kicker", None, "subtitle", "dateline", "byline"]
    times = header.iter("time")
    assert times[0].attrs["datetime"] == "2018-09-20T10:00+00:00"
    assert times[0].text() == "20. September 2018, 10:00 Uhr"
    assert times[1].attrs["datetime"] == "2018-09-20T10:30"
    assert times[1].text() == "20. September 2018, 10.30 Uhr"
    assert "Sperrfrist:" in header.text()
    dateline = header.children[4].text()
    assert dateline == "Dortmund, 20. September 2018, 10.30 Uhr · Nr. 548/2018"
    # The subtitle is not a heading (it would break the outline under the one h1).
    assert not any(root.iter(tag) for tag in ("h1 ", "hgroup"))


def test_blocks_and_inlines(full_html: str) -> None:
    root = dom(full_html)
    lead = next(p for p in root.iter("p") if p.attrs.get("class") == "lead")
    assert lead.iter("q")[0].text() == "Digitalste Stadt"
    assert "„" not in lead.text()  # the marks come from CSS, never doubled
    figure = next(f for f in root.iter("figure") if f.attrs.get("class") == "quote")
    assert [c.tag for c in figure.children] == ["blockquote", "figcaption"]
    assert len(figure.iter("p")) == 2
    assert figure.iter("figcaption")[0].text() == "— Ullrich Sierau, Oberbürgermeister"
    assert not root.iter("cite")
    abbrs = root.iter("abbr")
    assert abbrs[0].attrs == {"title": "Technische Universität"} and abbrs[0].text() == "TU"
    assert abbrs[1].attrs == {} and abbrs[1].text() == "IML"
    assert [s.attrs.get("lang") for s in root.iter("span") if "lang" in s.attrs] == ["en"]
    assert root.iter("br")
    assert root.iter("ul")[0].iter("li")[0].text().startswith("Lebensqualität")
    # The start as written; the counter style makes WeasyPrint (which ignores start) number the same.
    assert root.iter("ol")[0].attrs == {"start": "3", "style": "counter-reset: list-item 2"}
    tables = root.iter("table")
    assert tables[0].iter("caption")[0].text() == "Digitalprojekte nach Jahr"
    assert [th.attrs for th in tables[0].iter("th")] == [{"scope": "col"}, {"scope": "col"}]
    assert tables[0].parent is not None and tables[0].parent.attrs["role"] == "region"
    assert tables[0].parent.attrs["aria-labelledby"] == tables[0].iter("caption")[0].attrs["id"]
    assert tables[1].parent is not None and tables[1].parent.attrs["aria-label"] == "Tabelle 2"
    images = root.iter("img")
    assert images[0].attrs["alt"] == "Oberbürgermeister Sierau mit der Urkunde"
    assert images[1].attrs["alt"] == "" and images[1].attrs["class"] == "decorative"
    assert any(p.attrs.get("class") == "credit" for p in root.iter("p"))


def test_links_email_phone(full_html: str) -> None:
    root = dom(full_html)
    anchors = {a.text(): a.attrs for a in root.iter("a")}
    # A bare URL gets a description as link text; the address stays visible next to it (WCAG 2.4.4).
    described = anchors["Seite auf dortmund.de"]
    assert (described["href"] or "").startswith("https://www.dortmund.de/de/leben_in_dortmund/")
    urls = [s.text() for s in root.iter("span") if s.attrs.get("class") == "url"]
    assert urls[0] == "(www.dortmund.de/de/leben_in_dortmund/nachrichtenportal/alle_nachrichten/" + (
        "nachricht.jsp?nid=548121)"
    )
    assert anchors["Stiftung Lebendige Stadt"]["href"] == "https://www.lebendige-stadt.de/"
    assert anchors["Website lebendige-stadt.de"]["href"] == "https://www.lebendige-stadt.de"
    assert anchors["presse@stadtdo.de"]["href"] == "mailto:presse@stadtdo.de"
    phones = [a.attrs["href"] for a in root.iter("a") if "phone" in (a.attrs.get("class") or "").split()]
    # The running text's first number, the contact card's (the same), then the running text's second.
    assert phones == ["tel:+492315022345", "tel:+492315022345", "tel:+492315012345"]
    # Every number of usual length is kept on one line (DIN 5008; test_phone_unbroken.py).
    assert all("unbroken" in (a.attrs.get("class") or "") for a in root.iter("a") if "tel:" in (a.attrs.get("href") or ""))
    assert "Zentrale" not in anchors  # a Phone without a dialable form is plain text


def test_heading_levels_start_at_two_and_never_skip(full_html: str) -> None:
    root = dom(full_html)
    levels = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels == [1, 2, 3, 4, 2, 2, 2, 3, 2]
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1
    ids = [e.attrs["id"] for e in root.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))


def test_sections_and_contacts(full_html: str) -> None:
    root = dom(full_html)
    sections = root.iter("section")
    assert [s.attrs["class"] for s in sections] == [
        "closing closing-contact",
        "closing closing-about",
        "closing closing-notes",
        "closing closing-links",
    ]
    for section in sections:
        heading = section.iter("h2")[0]
        assert section.attrs["aria-labelledby"] == heading.attrs["id"]
    address = sections[0].iter("address")[0]
    lines = [child.text() for child in address.children]
    assert lines == [
        "Anke Widow",
        "Pressesprecherin",
        "Stadt Dortmund, Dortmund-Agentur",
        "Friedensplatz 1",
        "44135 Dortmund",
        "Telefon: 0231 50-2 23 45",
        "E-Mail: awidow@stadtdo.de",
    ]
    hrefs = [a.attrs["href"] for a in address.iter("a")]
    # A card's number is dialled the way the parser derives inline ones: German area code, +49.
    assert hrefs == ["tel:+492315022345", "mailto:awidow@stadtdo.de"]


def test_json_ld(full_html: str) -> None:
    match = re.search(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', full_html, re.DOTALL)
    assert match is not None
    data = json.loads(match.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
    # Under embargo: written on the issue date, first publishable when the embargo ends (issue 18 #11).
    assert data["dateCreated"] == "2018-09-20T10:30"
    assert data["datePublished"] == "2018-09-20T10:00+00:00"
    assert data["dateModified"] == "2018-09-20T12:00:00+00:00"
    assert data["inLanguage"] == "de-DE"
    assert data["publisher"] == {"@type": "Organization", "name": "Stadt Dortmund"}
    assert data["author"] == {"@type": "Person", "name": "Frank Bußmann"}
    assert data["description"].startswith("Die Stiftung hat")


def test_seed_json_ld_date() -> None:
    html = render_document(seed_release(), context())
    match = re.search(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', html, re.DOTALL)
    assert match is not None
    data = json.loads(match.group(1))
    assert data["datePublished"] == "2018-09-20"
    assert data["headline"] == "Dortmund als „Digitalste Stadt“ ausgezeichnet"
    assert data["inLanguage"] == "de-DE"


def test_english_labels_and_dates() -> None:
    html = render_document(english_release(), context())
    root = dom(html)
    assert html.startswith('<!DOCTYPE html>\n<html lang="en-US">')
    assert root.iter("a")[0].text() == "Skip to content"
    assert root.iter("main")[0].attrs["id"] == "content"
    assert root.iter("time")[0].text() == "October 27, 2009"
    assert root.iter("time")[0].attrs["datetime"] == "2009-10-27"
    assert root.iter("title")[0].text() == "Senator Welcomes “Smart Grid” Funding – Office of Senator Example"
    assert "Phone: 202-224-0000" in root.text()
    assert [s.attrs["lang"] for s in root.iter("span") if "lang" in s.attrs] == ["de", "fr"]


def test_text_is_data_never_markup() -> None:
    release = hostile_release()
    html = render_document(release, context())
    root = dom(html)
    # Exactly one script element: the JSON-LD; the release's script text is escaped.
    assert html.count("<script") == 1
    assert SCRIPT_PLAIN not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    body_text = root.iter("body")[0].text()
    assert JINJA_EXPR in html and JINJA_STMT in body_text and "49" not in body_text
    assert "LOOPLOOP" not in body_text
    assert "&amp;lt;" in html
    assert "<img src=x" not in html and "javascript:" not in "".join(a.attrs.get("href") or "" for a in root.iter("a"))
    assert not any((img.attrs.get("src") or "").startswith("javascript") for img in root.iter("img"))
    assert "</style>" not in html.split("<style>")[1].split("</style>")[0]
    assert all(not (a.attrs.get("href") or "").startswith("data:") for a in root.iter("a"))
    for literal in (*PAYLOADS, SCRIPT_PLAIN, ENTITY, *HOSTILE_LINK_TEXTS):
        assert literal in body_text, literal
    # The quote-breaking href stays one attribute value.
    quoted = next(a for a in root.iter("a") if a.text() == "Zitatlink")
    assert set(quoted.attrs) == {"href"}
    match = re.search(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', html, re.DOTALL)
    assert match is not None
    assert "<" not in match.group(1)
    assert json.loads(match.group(1))["headline"] == "Titel " + " ".join(PAYLOADS)


def test_print_variant() -> None:
    html = render_document(full_release(), context(), variant="print")
    root = dom(html)
    assert 'class="skip-link"' not in html
    assert [p.text() for p in root.iter("p") if p.attrs.get("class") == "running-org"] == ["Stadt Dortmund"]
    running_title = [p.text() for p in root.iter("p") if p.attrs.get("class") == "running-title"]
    assert running_title == ["Dortmund als Digitalste Stadt ausgezeichnet"]
    assert len(root.iter("h1")) == 1 and root.iter("main")
    screen = render_document(full_release(), context())
    # Same body markup apart from the skip link, the running strings and the bullets, which the
    # print variant writes as text of the item for the PDF (issue 15 #5; the tag fixer makes them Lbl).
    print_body = html.split("<main")[1]
    assert print_body.count('<li data-pdf-label="•">• ') == 3
    unbulleted = print_body.replace('<ul class="text-bullets">', "<ul>").replace('<li data-pdf-label="•">• ', "<li>")
    assert screen.split("<main")[1] == unbulleted


def test_epub_variant_is_well_formed_polyglot_xhtml() -> None:
    for release in (full_release(), english_release(), hostile_release()):
        xhtml = render_document(release, context(epub_stylesheet_href="css/book.css"), variant="epub")
        assert xhtml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n')
        root = ET.fromstring(xhtml.encode("utf-8"))
        ns = "{http://www.w3.org/1999/xhtml}"
        assert root.tag == f"{ns}html"
        language = release.meta.language
        assert root.attrib["lang"] == language
        assert root.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == language
        assert 'xmlns:epub="http://www.idpf.org/2007/ops"' in xhtml
        assert root.find(f"{ns}head/{ns}script") is None
        links = root.findall(f"{ns}head/{ns}link")
        assert [(link.get("rel"), link.get("type"), link.get("href")) for link in links] == [
            ("stylesheet", "text/css", "css/book.css")
        ]
        assert root.find(f".//{ns}style") is None and "skip-link" not in xhtml
        for span in root.iter(f"{ns}span"):
            if "lang" in span.attrib:
                assert span.get("{http://www.w3.org/XML/1998/namespace}lang") == span.get("lang")
        for void in ("meta", "br", "img", "link"):
            assert f"<{void}" not in xhtml or all(
                chunk.split(">", 1)[0].endswith("/") for chunk in xhtml.split(f"<{void}")[1:]
            )
    default = render_document(english_release(), context(), variant="epub")
    assert 'href="styles/epub.css"' in default


def test_external_assets_option() -> None:
    html = render_document(english_release(), context(html_external_assets=True))
    assert '<link rel="stylesheet" href="screen.css">' in html
    assert "<style>" not in html


def test_output_is_deterministic() -> None:
    first = render_document(full_release(), context())
    assert all(render_document(full_release(), context()) == first for _ in range(3))


def test_branding_footer() -> None:
    ctx = RenderContext(
        timestamp=TIMESTAMP, branding=Branding(organisation="Polizei Berlin", footer="Platz der Luftbrücke 6")
    )
    release = english_release()
    html = render_document(Release(meta=Metadata(title=(_t("Titel"),), language="de"), body=release.body), ctx)
    root = dom(html)
    assert root.iter("footer")[0].iter("p")[0].text() == "Platz der Luftbrücke 6"
    assert root.iter("header")[0].text().strip() == "Polizei Berlin"
    assert root.iter("title")[0].text() == "Titel – Polizei Berlin"


def test_invalid_variant() -> None:
    with pytest.raises(ValueError, match="variant"):
        render_document(english_release(), context(), variant="pdf")  # type: ignore[arg-type]


def test_every_inline_kind_is_covered_by_the_fixture() -> None:
    seen: set[str] = set()

    def walk(inlines: tuple[Inline, ...]) -> None:
        for node in inlines:
            seen.add(type(node).__name__)
            walk(getattr(node, "children", ()))

    release = full_release()
    walk(release.meta.title)
    for block in release.body:
        match block:
            case Paragraph(children=children) | Heading(children=children) | PhotoCredit(children=children):
                walk(children)
            case BulletList(items=items) | OrderedList(items=items):
                for item in items:
                    walk(item.children)
            case _:
                pass
    assert seen >= {
        "Text",
        "Emphasis",
        "Strong",
        "Link",
        "Email",
        "Phone",
        "Quotation",
        "Abbr",
        "Lang",
        "LineBreak",
    }
    block_kinds = {type(block).__name__ for block in release.body}
    assert block_kinds == {
        "Paragraph", "Heading", "BlockQuote", "BulletList", "OrderedList", "Table", "Image", "PhotoCredit"
    }  # fmt: skip


# ---------------------------------------------------------------------------- stylesheet


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two hex colours, by the library's formula (tested in test_colour)."""
    return colour.contrast_ratio(colour.parse_colour(foreground), colour.parse_colour(background))


def _palettes(css: str) -> dict[str, dict[str, str]]:
    """Return the colour tokens in effect for each scheme, by applying the :root blocks in order."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    blocks: list[tuple[str, dict[str, str]]] = []
    for match in re.finditer(r"(@media[^{]*\{\s*)?:root\s*\{([^}]*)\}", css):
        condition = (match.group(1) or "").strip()
        tokens = dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b", match.group(2)))
        blocks.append((condition, tokens))
    schemes = {
        "light": {"dark": False, "more": False},
        "dark": {"dark": True, "more": False},
        "light-more": {"dark": False, "more": True},
        "dark-more": {"dark": True, "more": True},
    }
    result: dict[str, dict[str, str]] = {}
    for name, flags in schemes.items():
        effective: dict[str, str] = {}
        for condition, block_tokens in blocks:
            applies = (("prefers-color-scheme: dark" not in condition) or flags["dark"]) and (
                ("prefers-contrast: more" not in condition) or flags["more"]
            )
            if applies:
                effective.update(block_tokens)
        result[name] = effective
    return result


def test_contrast_of_every_colour_pair() -> None:
    palettes = _palettes(SCREEN_CSS.read_text(encoding="utf-8"))
    assert set(palettes) == {"light", "dark", "light-more", "dark-more"}
    checked = 0
    for scheme, tokens in palettes.items():
        foregrounds = {k: v for k, v in tokens.items() if k.startswith(("--fg-", "--link"))}
        backgrounds = {k: v for k, v in tokens.items() if k.startswith("--bg-")}
        assert len(foregrounds) >= 6 and len(backgrounds) >= 3, scheme
        for fg_name, fg in foregrounds.items():
            for bg_name, bg in backgrounds.items():
                ratio = contrast_ratio(fg, bg)
                # WCAG 1.4.3 (AA, 4.5:1); with prefers-contrast: more we aim for 1.4.6 (AAA, 7:1).
                wanted = 7.0 if scheme.endswith("more") else 4.5
                assert ratio >= wanted, f"{scheme}: {fg_name} {fg} on {bg_name} {bg} is {ratio:.2f}:1"
                checked += 1
        # Non-text contrast (WCAG 1.4.11): the focus ring against the page, 3:1.
        for bg in backgrounds.values():
            assert contrast_ratio(tokens["--focus"], bg) >= 3.0, scheme
    assert checked > 50


def test_stylesheet_requirements() -> None:
    css = SCREEN_CSS.read_text(encoding="utf-8")
    assert "min(70ch, 100% - 2.5rem)" in css
    assert re.search(r"body\s*\{[^}]*line-height:\s*1\.(5|6)", css)
    assert "hyphens: manual" in css and "hyphens: auto" not in css
    assert "overflow-wrap: anywhere" in css
    assert ":focus-visible" in css
    for query in (
        "prefers-color-scheme: dark",
        "prefers-reduced-motion",
        "prefers-contrast: more",
        "@media print",
    ):
        assert query in css, query
    # Relative units only for type: no px font sizes (WCAG 1.4.4 Resize Text).
    assert not re.search(r"font-size:\s*[\d.]+px", css)
    # Nothing external: no url() to the network in the self-contained page.
    assert "url(" not in css and "@import" not in css


@pytest.mark.parametrize(
    ("accent", "expected"),
    [
        ("#b00020", ["--accent-bar: #b00020;", "--fg-accent: #b00020;", "--link: #b00020;"]),
        ("#2f86e0", ["--accent-bar: #2f86e0;"]),  # 3.7:1: enough for the bar, too light for text
        ("#ffee00", []),  # too light for anything
        ("red; } body { display: none", []),  # not a colour: never reaches the CSS
    ],
)
def test_branding_accent_respects_contrast(accent: str, expected: list[str]) -> None:
    ctx = RenderContext(timestamp=TIMESTAMP, branding=Branding(accent=accent))
    html = render_document(english_release(), ctx)
    style = html.split("<style>")[1].split("</style>")[0]
    brand = style.split("(prefers-contrast: no-preference)", 1)[1] if expected else ""
    assert [token for token in expected if token in brand] == expected
    if len(expected) == 1:
        assert "--link" not in brand
    if not expected:
        assert "prefers-contrast: no-preference" not in style
        assert accent not in style


def test_ragged_tables_and_blank_cells_are_regular() -> None:
    table = Table(
        header=((_t("Name"),), (_t(" "),), (_t("Wert"),)),
        rows=(((_t("a"),),), ((_t("b"),), (_t("c"),), (_t("d"),), (_t("e"),))),
    )
    release = Release(
        meta=Metadata(title=(_t("Tabelle"),), language="de"),
        body=(Heading(level=2, children=(_t("  "),)), table, Heading(level=5, children=(_t("Tief"),))),
    )
    root = dom(render_document(release, context()))
    rows = root.iter("tr")
    assert [len([c for c in row.children if c.tag in ("td", "th")]) for row in rows] == [4, 4, 4]
    assert [th.text() for th in root.iter("th")] == ["Name", "Wert"]
    assert [(e.tag, e.text()) for e in root.iter() if re.fullmatch(r"h[2-6]", e.tag)] == [("h2", "Tief")]


def test_text_glued_to_a_bare_url_gets_a_space() -> None:
    paragraph = Paragraph(
        children=(
            _t("Company Website"),
            Link(url="http://www.benzinga.com", children=(_t("http://www.benzinga.com"),)),
        )
    )
    html = render_document(Release(meta=Metadata(title=(_t("T"),), language="en"), body=(paragraph,)), context())
    assert 'Company Website <a href="http://www.benzinga.com" class="described">benzinga.com website</a>' in html
