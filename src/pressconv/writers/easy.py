"""EasyWriter: the Leichte Sprache / Easy Read HTML page (``--to easy`` -> ``release.leicht.html``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, assert_never

from pressconv.model import (
    Abbr,
    Block,
    BlockQuote,
    BulletList,
    Email,
    Emphasis,
    Heading,
    Image,
    Inline,
    Lang,
    LineBreak,
    Link,
    OrderedList,
    Paragraph,
    Phone,
    PhotoCredit,
    Quotation,
    Release,
    Strong,
    Table,
    Text,
    block_text,
    inline_text,
)
from pressconv.writers._labels import labels_for
from pressconv.writers.base import RenderContext, link_description, phone_class, safe_href, tel_href, xml_safe

if TYPE_CHECKING:
    from markupsafe import Markup

__all__ = ["EasyWriter"]


@dataclass(frozen=True, slots=True)
class _SectionView:
    id: str
    heading: Markup
    blocks: list[Markup]
    css: str = ""


def _text(text: str) -> Markup:
    """Escape text; the Mediopunkt is hidden from screen readers so they read one word.

    Some speech engines read U+00B7 aloud ("Punkt") or pause inside the word (research notes §1.1).
    """
    from markupsafe import Markup, escape

    return Markup('<span aria-hidden="true">·</span>').join(escape(part) for part in text.split("·"))


def _inlines(nodes: tuple[Inline, ...], language: str) -> Markup:
    from markupsafe import Markup, escape

    out: list[Markup] = []
    for node in nodes:
        match node:
            case Text(text=text):
                out.append(_text(text))
            case Emphasis(children=children) | Strong(children=children):
                # Leichte Sprache: bold for emphasis, never italics.
                out.append(Markup("<strong>%s</strong>") % _inlines(children, language))
            case Quotation(children=children):
                out.append(Markup("<q>%s</q>") % _inlines(children, language))
            case Link(url=url, children=children):
                href = safe_href(url)
                label = link_description(url, inline_text(children), language)
                if href is None:
                    out.append(_text(label))
                else:
                    out.append(Markup('<a href="%s">%s</a>') % (href, _text(label)))
            case Email(address=address):
                out.append(Markup('<a href="mailto:%s">%s</a>') % (address, escape(address)))
            case Phone(number=number, tel=tel):
                # Only numbers the parser made dialable are links: the summary's own contact
                # lines carry no dialable form.
                href = tel_href(number, tel, language) if tel else None
                classes = phone_class(number)
                if href:
                    out.append(Markup('<a href="%s" class="%s">%s</a>') % (href, classes, escape(number)))
                else:
                    out.append(Markup('<span class="%s">%s</span>') % (classes, escape(number)))
            case Abbr(text=text, expansion=expansion):
                out.append(escape(expansion or text))
            case Lang(children=children, lang=lang):
                out.append(Markup('<span lang="%s">%s</span>') % (lang, _inlines(children, language)))
            case LineBreak():
                out.append(Markup("<br>"))
            case _:
                assert_never(node)
    return Markup("").join(out)


def _block(block: Block, language: str, level_offset: int = 0) -> Markup:
    from markupsafe import Markup

    match block:
        case Paragraph(children=children):
            return Markup("<p>%s</p>") % _inlines(children, language)
        case Heading(level=level, children=children):
            tag = f"h{min(6, max(2, level + level_offset))}"
            return Markup(f"<{tag}>%s</{tag}>") % _inlines(children, language)
        case BulletList(items=items) | OrderedList(items=items):
            tag = "ul" if isinstance(block, BulletList) else "ol"
            rows = Markup("").join(Markup("<li>%s</li>") % _inlines(i.children, language) for i in items)
            return Markup(f"<{tag}>%s</{tag}>") % rows
        case BlockQuote(children=paragraphs):
            return Markup("").join(Markup("<p>%s</p>") % _inlines(p.children, language) for p in paragraphs)
        case Table() | Image() | PhotoCredit():
            # The summariser never produces these; render their text so nothing is silently lost.
            return Markup("<p>%s</p>") % _text(block_text(block))
        case _:
            assert_never(block)


class EasyWriter:
    """Render a release's easy-language summary as one self-contained, accessible HTML page."""

    name: ClassVar[str] = "easy"
    extension: ClassVar[str] = "leicht.html"
    media_type: ClassVar[str] = "text/html"
    # What the summary transform imports (word frequencies, hyphenation, German morphology; HanTa
    # imports numpy without declaring it): the extra `pressconv[easy]`.
    requires: ClassVar[tuple[str, ...]] = ("wordfreq", "pyphen", "HanTa", "numpy")

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Summarise ``release`` (unless it already is a summary) and return the HTML page."""
        from pressconv.errors import WriterError
        from pressconv.writers._jinja import get_environment

        if release.meta.variant != "easy":
            # The summary is made by the transform stage (pressconv.transforms.SUMMARY), which the
            # API and the batch run; a writer only renders.
            raise WriterError("the easy writer renders a summary: run pressconv.transforms.SUMMARY first")
        language = "de" if release.meta.language.lower().startswith("de") else "en"
        table = labels_for(language)
        labels = {"skip": table["skip_link"], "full": table["easy_full"], "made": table["easy_made"]}
        sections: list[_SectionView] = []
        current: _SectionView | None = None
        for block in release.body:
            if isinstance(block, Heading) and block.level <= 2:
                current = _SectionView(f"teil-{len(sections) + 1}", _inlines(block.children, language), [])
                sections.append(current)
                continue
            if current is None:
                current = _SectionView("teil-1", _text(table["easy_about"]), [])
                sections.append(current)
            current.blocks.append(_block(block, language))
        for section in release.sections:
            sections.append(
                _SectionView(
                    f"teil-{len(sections) + 1}",
                    _text(section.title),
                    [_block(b, language) for b in section.blocks],
                    "glossary" if section.kind == "notes" else "",
                )
            )
        title_text = inline_text(release.meta.title)
        kicker = release.meta.kicker or ""
        page_title = title_text if title_text.startswith(kicker) else f"{kicker}: {title_text}"
        from markupsafe import Markup

        # Our own stylesheet is trusted markup, but it must not be able to close the <style> element.
        stylesheet = Markup(ctx.resources.read_style("easy.css").replace("</", "<\\/"))
        template = get_environment(ctx.resources).get_template("easy.html.j2")
        html = template.render(
            lang=release.meta.language,
            page_title=page_title.replace("·", ""),
            description=f"{kicker}. {inline_text(release.meta.subtitle or ())}",
            modified=ctx.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            stylesheet=stylesheet,
            labels={k: _text(v) for k, v in labels.items()},
            kicker=kicker,
            draft=inline_text(release.meta.subtitle or ()),
            title=_inlines(release.meta.title, language),
            sections=sections,
            full_href=f"{ctx.stem}.html",
        )

        # Control characters in a hand-built model would make the page invalid HTML (see base.xml_safe).
        return xml_safe(html).encode("utf-8")
