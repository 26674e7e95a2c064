"""Hostile release text: markup, template syntax, entities, CSS and dangerous URLs in every model field.

Release text is data, never markup (DESIGN §5); these releases put attack strings everywhere a
writer could paste text into HTML, XHTML, XML, CSS, JSON-LD or a PDF, so a single missed escape
shows up as a test failure.
"""

from __future__ import annotations

from datetime import date

from pressconv.model import (
    Abbr,
    BlockQuote,
    BulletList,
    Contact,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    ListItem,
    Metadata,
    OrderedList,
    Paragraph,
    Phone,
    PhotoCredit,
    Quotation,
    Release,
    Section,
    Strong,
    Table,
    Text,
)

SCRIPT = "<script>alert('x')</script>"
IMG_ONERROR = '<img src=x onerror="alert(1)">'
ATTR_BREAK = '"><svg onload=alert(1)>'
JINJA_EXPR = "{{ 7*7 }}"
JINJA_STMT = "{% for x in range(3) %}LOOP{% endfor %}"
ENTITY = "&lt;b&gt;fett&lt;/b&gt; &amp; &#x3C;i&#x3E; &nbsp;"
CSS_BREAK = "</style><style>body{background:#badbad}</style>"
CSS_EXPR = "x{background:url(javascript:alert(1))}; expression(alert(1))"
CDATA = "]]><!-- --><![CDATA[x]]>"
PAYLOADS = (SCRIPT, IMG_ONERROR, ATTR_BREAK, JINJA_EXPR, JINJA_STMT, ENTITY, CSS_BREAK, CSS_EXPR, CDATA)
# Words from the payloads that must reach every output as visible text (inert, not interpreted).
MARKERS = ("alert", "onerror", "onload", "LOOP", "fett", "badbad", "expression", "CDATA")

# URLs that must never become links, in the spellings browsers still accept.
UNSAFE_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    " javascript:alert(3)",
    "\tjavascript:alert(4)",
    "java\nscript:alert(5)",
    "vbscript:msgbox(6)",
    "data:text/html,<script>alert(7)</script>",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//evil.example/protocol-relative",
    "\\\\evil.example\\share",
)
SAFE_URLS = (
    "https://www.example.org/a?b=1&c=2",
    "http://example.org/",
    "mailto:presse@example.org",
    "tel:+4930123",
)
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")


def _all_payloads() -> str:
    return " ".join(PAYLOADS)


def _t(text: str) -> Text:
    return Text(text=text)


def hostile_release() -> Release:
    """A release with attack strings in every text field and every inline and block kind."""
    payload = _all_payloads()
    inlines: tuple[Inline, ...] = (
        _t(f"Vorne {payload} "),
        Emphasis(children=(_t(SCRIPT),)),
        _t(" "),
        Strong(children=(_t(ATTR_BREAK),)),
        _t(" "),
        Quotation(children=(_t(JINJA_EXPR),), speaker=SCRIPT, role=ATTR_BREAK),
        _t(" "),
        Abbr(text="XSS", expansion=ATTR_BREAK + SCRIPT),
        _t(" "),
        Lang(children=(_t("hello " + CSS_BREAK),), lang="en"),
        LineBreak(),
        Email(address="presse@example.org"),
        _t(" "),
        Phone(number="030 1234-567", tel="+49301234567"),
        _t(" hinten."),
    )
    links = tuple(
        Link(url=url, children=(_t(f"Verweis{number} {ATTR_BREAK}"),))
        for number, url in enumerate(UNSAFE_URLS)
    )
    safe_links = tuple(
        Link(url=url, children=(_t(f"Sicher{number}"),)) for number, url in enumerate(SAFE_URLS)
    )
    link_paragraph: list[Inline] = []
    for link in (*links, *safe_links):
        link_paragraph += [link, _t(" ")]
    return Release(
        meta=Metadata(
            title=(_t("Titel " + payload),),
            language="de-DE",
            subtitle=(_t("Untertitel " + SCRIPT),),
            kicker="Pressemitteilung " + ATTR_BREAK,
            issued=date(2018, 9, 20),
            place="Dortmund " + CSS_BREAK,
            organisation="Stadt " + SCRIPT,
            author="Autor " + JINJA_EXPR,
            release_number="Nr. " + ATTR_BREAK,
            keywords=("Schlagwort " + SCRIPT, JINJA_STMT),
        ),
        body=(
            Paragraph(children=inlines, lead=True),
            Heading(level=2, children=(_t("Zwischen " + payload),), id='x" onclick="alert(1)'),
            Paragraph(children=tuple(link_paragraph)),
            BlockQuote(
                children=(Paragraph(children=(_t("Zitat " + payload),)),),
                speaker="Sprecherin " + SCRIPT,
                role="Rolle " + CSS_BREAK,
            ),
            BulletList(items=(ListItem(children=(_t("Punkt " + payload),)), ListItem(children=(_t(CDATA),)))),
            OrderedList(items=(ListItem(children=(_t("Erstens " + JINJA_STMT),)),), start=3),
            Table(
                header=((_t("Kopf " + SCRIPT),), (_t("Spalte " + ATTR_BREAK),)),
                rows=(((_t("Zelle " + CSS_BREAK),), (_t("Wert " + JINJA_EXPR),)),),
                caption="Tabelle " + ATTR_BREAK,
            ),
            Image(src="javascript:alert(1)", alt="Bild " + ATTR_BREAK),
            PhotoCredit(children=(_t("Foto: " + SCRIPT),)),
        ),
        sections=(
            Section(
                kind="contact",
                title="Kontakt " + SCRIPT,
                contacts=(
                    Contact(
                        name="Name " + ATTR_BREAK,
                        role="Rolle " + JINJA_EXPR,
                        organisation="Amt " + CSS_BREAK,
                        email='presse@example.org"onmouseover="alert(1)',
                        phone="030 1234-567 " + SCRIPT,
                        address="Straße 1 " + ENTITY,
                    ),
                ),
            ),
            Section(kind="about", title="Über " + JINJA_STMT, blocks=(Paragraph(children=(_t(payload),)),)),
        ),
    )
