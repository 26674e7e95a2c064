"""Hypothesis strategies that build Release models directly: every block and inline kind, any text.

Text mixes plain words with umlauts, emoji (with ZWJ sequences), right-to-left scripts, markup
characters and the control characters a hand-built model may carry, because API users do not go
through the parser's input cleaning.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

from pressconv.model import (
    Abbr,
    Block,
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

VOCABULARY = (
    "Stadt",
    "Dortmund",
    "Straße",
    "Öffnung",
    "Bürgermeisterin",
    "Radweg",
    "2018",
    "IT-Verfahren",
    "release",
    "city",
    "€",
    "50 %",
    "Über",
    "São",
    "Łódź",
    "שלום",
    "مرحبا",
    "日本",
    "🎉",
    "🚲",
    "👨‍👩‍👧",
    "🇩🇪",
    "<b>",
    "&amp;",
    "{{ x }}",
    "{% raw %}",
    '"',
    "'",
    "]]>",
    "x" * 40,
)
_WORDS = st.sampled_from(VOCABULARY)
# Characters a hand-built model may contain that no output may carry verbatim.
# (Bidi overrides such as U+202E are left to the CLI tests: in a PDF they legitimately reverse the
# printed text, so the extracted words differ; the parser strips them from input files.)
_AWKWARD = st.sampled_from(["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\ufffe", "\u200b", "\u00ad", "\t"])
_FREE_TEXT = st.text(
    # Control characters come only from _AWKWARD, between words: writers may delete one (HTML) or
    # keep it as a separator (DOCX keeps XML-legal C1), which must not join or split a word.
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf"), max_codepoint=0x1FAFF),
    min_size=1,
    max_size=12,
)

text_run = st.lists(st.one_of(_WORDS, _WORDS, _WORDS, _AWKWARD, _FREE_TEXT), min_size=1, max_size=8).map(" ".join)
# Text that has at least one visible character (titles, alt texts).
visible_text = text_run.filter(lambda s: any(ch.isalnum() for ch in s))

URLS = st.sampled_from(
    [
        "https://www.dortmund.de/",
        "https://example.org/a?b=1&c=<2>",
        "http://example.org",
        "www.example.org/pfad",
        "mailto:presse@example.org",
        "tel:+49231500",
        "javascript:alert(1)",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "ftp://example.org/",
        "//evil.example/",
        "https://例え.jp/パス",
    ]
)
LANGUAGES = st.sampled_from(["de-DE", "de", "en-GB", "en", "fr-FR", "ar", "he-IL", "tr"])
TINY_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _text_leaf() -> st.SearchStrategy[Inline]:
    return st.one_of(
        text_run.map(lambda s: Text(text=s)),
        st.builds(Email, address=st.sampled_from(["presse@example.org", "a.b@stadt.dortmund.de", "x@y"])),
        st.builds(
            Phone,
            number=st.sampled_from(["0231 50-12345", "+49 30 9026-0", "110", "(555) 123-4567"]),
            tel=st.one_of(st.none(), st.just("+4923150123")),
        ),
        st.builds(
            Abbr,
            text=st.sampled_from(["ÖPNV", "EU", "IT", "z. B."]),
            expansion=st.one_of(st.none(), text_run),
        ),
        st.just(LineBreak()),
    )


def _with_spaces(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Separate sibling inlines with a space, as the parser does.

    Without it an e-mail address runs into the next word ("x@ypresse"), or into a quotation whose
    marks only CSS adds, and the word comparison reports a loss that no reader would see.
    """
    spaced: list[Inline] = []
    for node in nodes:
        if spaced:
            spaced.append(Text(text=" "))
        spaced.append(node)
    return tuple(spaced)


inlines: st.SearchStrategy[tuple[Inline, ...]] = st.recursive(
    st.lists(_text_leaf(), min_size=1, max_size=4).map(_with_spaces),
    lambda children: st.lists(
        st.one_of(
            _text_leaf(),
            children.map(lambda c: Emphasis(children=c)),
            children.map(lambda c: Strong(children=c)),
            st.builds(Link, url=URLS, children=children),
            st.builds(
                Quotation,
                children=children,
                speaker=st.one_of(st.none(), visible_text),
                role=st.one_of(st.none(), text_run),
            ),
            st.builds(Lang, children=children, lang=LANGUAGES),
        ),
        min_size=1,
        max_size=4,
    ).map(_with_spaces),
    max_leaves=12,
)
visible_inlines = st.tuples(visible_text.map(lambda s: Text(text=s)), inlines).map(lambda t: (t[0], Text(text=" "), *t[1]))

_paragraph = st.builds(Paragraph, children=inlines, lead=st.booleans())
_item = st.builds(ListItem, children=inlines)
_cells = st.lists(inlines, min_size=1, max_size=4).map(tuple)

blocks: st.SearchStrategy[Block] = st.one_of(
    _paragraph,
    _paragraph,
    st.builds(
        Heading,
        level=st.integers(2, 4),
        children=visible_inlines,
        id=st.one_of(st.none(), st.sampled_from(["a", "abschnitt-1", "x y", "1", 'a"b'])),
    ),
    st.builds(
        BlockQuote,
        children=st.lists(st.builds(Paragraph, children=inlines), min_size=1, max_size=3).map(tuple),
        speaker=st.one_of(st.none(), visible_text),
        role=st.one_of(st.none(), text_run),
    ),
    st.builds(BulletList, items=st.lists(_item, min_size=1, max_size=5).map(tuple)),
    st.builds(OrderedList, items=st.lists(_item, min_size=1, max_size=5).map(tuple), start=st.integers(0, 99)),
    st.builds(
        Table,
        header=st.one_of(st.none(), _cells),
        rows=st.lists(_cells, min_size=1, max_size=4).map(tuple),
        caption=st.one_of(st.none(), visible_text),
    ),
    st.one_of(
        st.builds(Image, src=st.sampled_from([TINY_PNG, "logo.png", "https://example.org/x.png"]), alt=visible_text),
        st.builds(Image, src=st.just(TINY_PNG), alt=st.just(""), decorative=st.just(True)),
    ),
    st.builds(PhotoCredit, children=inlines),
)

contacts = st.builds(
    Contact,
    name=st.one_of(st.none(), visible_text),
    role=st.one_of(st.none(), text_run),
    organisation=st.one_of(st.none(), text_run),
    email=st.one_of(st.none(), st.just("presse@example.org")),
    phone=st.one_of(st.none(), st.just("0231 50-12345")),
    address=st.one_of(st.none(), text_run),
)
sections = st.builds(
    Section,
    kind=st.sampled_from(["contact", "about", "notes", "links"]),
    title=visible_text,
    blocks=st.lists(blocks, max_size=3).map(tuple),
    contacts=st.lists(contacts, max_size=2).map(tuple),
)

metadata = st.builds(
    Metadata,
    title=visible_inlines,
    language=LANGUAGES,
    subtitle=st.one_of(st.none(), visible_inlines),
    kicker=st.one_of(st.none(), st.sampled_from(["Pressemitteilung", "FOR IMMEDIATE RELEASE"]), visible_text),
    issued=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))),
    issued_time=st.one_of(st.none(), st.sampled_from(["10:30", "9:05"])),
    place=st.one_of(st.none(), visible_text),
    embargo=st.one_of(
        st.none(),
        st.datetimes(
            min_value=datetime(2000, 1, 1),
            max_value=datetime(2090, 1, 1),
            timezones=st.sampled_from([UTC, timezone(timedelta(hours=2))]),
        ),
    ),
    organisation=st.one_of(st.none(), visible_text),
    author=st.one_of(st.none(), visible_text),
    release_number=st.one_of(st.none(), st.sampled_from(["Nr. 12/2018", "0815"])),
    keywords=st.lists(visible_text, max_size=3).map(tuple),
)

releases = st.builds(
    Release,
    meta=metadata,
    body=st.lists(blocks, min_size=1, max_size=6).map(tuple),
    sections=st.lists(sections, max_size=3).map(tuple),
)
