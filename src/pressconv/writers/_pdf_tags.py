"""Fix the tag tree WeasyPrint 70 writes, so the PDF is PDF/UA-1 in fact and not only in its claim.

Two halves. While WeasyPrint builds its structure tree, ``record_origins`` notes for every structure
element the HTML element it came from (WeasyPrint has no hook for this, so its tree builder is
wrapped; the wrapper only observes). After rendering, ``fix_tags`` rewrites the PDF with pikepdf:

- ``@page`` margin-box text is re-marked ``/Artifact /Pagination`` (WeasyPrint #1836 leaves it
  tagged but unreachable from the StructTreeRoot: neither real content nor artifact, ISO 14289-1 7.1);
- elements split at a page break (one per page, #2902/#2903) are merged back into one, and the
  anonymous-box duplicates (an ``Art`` inside the same ``Art``) are folded into their element;
- a table header repeated on a later page becomes an artifact instead of a second header;
- decorative images (``alt=""``) become artifacts instead of Figures without /Alt (#2550, 7.3);
- Link annotations get ``/Contents`` from the link text instead of the raw href (7.18.5, WCAG 2.4.4);
- elements with their own ``lang`` get ``/Lang`` (7.2, WCAG 3.1.2 Language of Parts);
- ``<q>`` becomes ``Quote`` and a ``<figure>`` grouping a quotation a ``Div`` (WeasyPrint: NonStruct);
- a list item with an inside marker gets the ``LBody`` WeasyPrint leaves out (``LI > Lbl + LBody``);
- a bullet written as text (``data-pdf-label``, the print variant's bullets) is cut out of the item's
  first line into an ``Lbl`` of its own, in the structure tree and in the page's content stream;
- the ParentTree is rebuilt from the final tree, so no entry points at a removed element;
- embedded files are removed (nothing but the release belongs in the PDF).
"""

from __future__ import annotations

import io
import re
import zlib
from collections import deque
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = ["ElementOrigin", "OriginRecorder", "TagFixReport", "fix_tags", "record_origins"]


@dataclass(frozen=True, slots=True)
class ElementOrigin:
    """What one structure element was made from: its HTML element and the facts the fixes need."""

    element_key: int
    element_tag: str
    lang: str | None = None
    decorative: bool = False
    link_text: str | None = None
    href: str | None = None
    margin: str | None = None
    hidden: bool = False
    label: str | None = None


@dataclass(slots=True)
class OriginRecorder:
    """Collects ElementOrigins keyed by the PDF object number WeasyPrint gave the structure element."""

    origins: dict[int, ElementOrigin] = field(default_factory=dict)
    margin_stack: list[str] = field(default_factory=list)
    _keys: dict[int, int] = field(default_factory=dict)
    # Keeps the HTML elements alive, so that id() values cannot be reused while recording.
    _alive: list[Any] = field(default_factory=list)

    def note(self, struct_element: Any, box: Any) -> None:
        """Record the origin of one structure element (the innermost box that yields it wins)."""
        number = getattr(struct_element, "number", None)
        element = getattr(box, "element", None)
        if number is None or number in self.origins or element is None:
            return
        key = self._keys.setdefault(id(element), len(self._keys))
        if len(self._alive) < len(self._keys):
            self._alive.append(element)
        tag = str(getattr(box, "element_tag", "") or "")
        self.origins[number] = ElementOrigin(
            element_key=key,
            element_tag=tag,
            lang=element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang"),
            decorative=_is_decorative(element, tag),
            link_text=_element_text(element) if tag == "a" else None,
            href=element.get("href") if tag == "a" else None,
            margin=self.margin_stack[-1] if self.margin_stack else None,
            hidden=element.get("aria-hidden") == "true" and tag not in ("img", "svg"),
            label=element.get("data-pdf-label") if tag == "li" else None,
        )


_ACTIVE: ContextVar[OriginRecorder | None] = ContextVar("pressconv_pdf_origins", default=None)


def _is_decorative(element: Any, tag: str) -> bool:
    """True for images that carry no information (HTML: alt="", role=presentation, aria-hidden)."""
    if tag not in ("img", "{http://www.w3.org/2000/svg}svg", "svg"):
        return False
    alt = element.get("alt")
    return (
        (alt is not None and not alt.strip())
        or element.get("role") in ("presentation", "none")
        or element.get("aria-hidden") == "true"
    )


def _element_text(element: Any) -> str:
    """Return an element's accessible name: aria-label, else its text with whitespace collapsed."""
    label = element.get("aria-label")
    text = label if label else "".join(element.itertext())
    return " ".join(text.split())


def _install_wrapper() -> None:
    """Wrap WeasyPrint's tag-tree builder once per process; it observes and never changes output."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.absolute import AbsolutePlaceholder
    from weasyprint.pdf import tags

    original = tags._build_box_tree
    if getattr(original, "_pressconv_wrapped", False):
        return

    def build_box_tree(
        box: Any, parent: Any, pdf: Any, page_number: int, nums: Any, annotations: Any, stream_tags: Any
    ) -> Iterator[Any]:
        recorder = _ACTIVE.get()
        if recorder is None:
            yield from original(box, parent, pdf, page_number, nums, annotations, stream_tags)
            return
        real_box = box._box if isinstance(box, AbsolutePlaceholder) else box
        is_margin = isinstance(real_box, boxes.MarginBox)
        if is_margin:
            recorder.margin_stack.append(str(real_box.at_keyword))
        try:
            for element in original(box, parent, pdf, page_number, nums, annotations, stream_tags):
                recorder.note(element, real_box)
                yield element
        finally:
            if is_margin:
                recorder.margin_stack.pop()

    build_box_tree._pressconv_wrapped = True  # type: ignore[attr-defined]
    tags._build_box_tree = build_box_tree


@contextmanager
def record_origins() -> Iterator[OriginRecorder]:
    """Record structure-element origins for the WeasyPrint ``write_pdf`` calls made inside the block."""
    _install_wrapper()
    recorder = OriginRecorder()
    token = _ACTIVE.set(recorder)
    try:
        yield recorder
    finally:
        _ACTIVE.reset(token)


# ------------------------------------------------------------------------------------ post-processor


@dataclass(slots=True)
class TagFixReport:
    """What the post-processor changed; the writer logs it and tests assert on it."""

    margin_artifacts: int = 0
    merged_elements: int = 0
    folded_anonymous: int = 0
    repeated_headers: int = 0
    decorative_images: int = 0
    link_contents: int = 0
    lang_spans: int = 0
    quotes: int = 0
    removed_attachments: int = 0
    list_bodies: int = 0
    text_labels: int = 0


_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|www\.)", re.IGNORECASE)


class _Fixer:
    """One pass over one PDF; holds the pikepdf objects and the pending content-stream edits."""

    def __init__(self, pdf: Any, origins: Mapping[int, ElementOrigin], language: str) -> None:
        import pikepdf

        self.pikepdf = pikepdf
        self.pdf = pdf
        self.origins = origins
        self.language = language
        self.report = TagFixReport()
        self.page_index = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        # (page objgen, mcid) -> artifact subtype ("Header", "Footer", "Layout", "Pagination")
        self.artifacts: dict[tuple[tuple[int, int], int], str] = {}
        # Header-cell IDs of a dropped repeated table header -> the first header's cell IDs.
        self.header_alias: dict[str, Any] = {}
        # (page objgen, mcid) of an item's first line -> the label cut planned for it.
        self.label_cuts: dict[tuple[tuple[int, int], int], _LabelCut] = {}
        # Object numbers of the content streams rewrite_content replaced.
        self.rewritten: set[int] = set()
        # Kids of indirect structure elements by object number (see ``kids``).
        self._kids: dict[tuple[int, int], list[Any]] = {}

    # -- helpers

    def origin(self, element: Any) -> ElementOrigin | None:
        return self.origins.get(element.objgen[0]) if element.is_indirect else None

    def is_struct(self, kid: Any) -> bool:
        # Only structure elements have /S (an MCR or OBJR dictionary never has): one lookup, not two.
        return isinstance(kid, self.pikepdf.Dictionary) and "/S" in kid

    def kids(self, element: Any) -> list[Any]:
        """The element's kids, read through pikepdf once per element and run (issue 15 #5).

        Every read of ``/K`` wraps each kid in a new Python object; the passes below visit each
        element several times (200 000 reads for the 30 000 elements of 10 000 bullets). The list is
        cached by object number and replaced by ``set_kids``, the only place ``/K`` is written, so it
        never goes stale. Callers must not change the list they get (copy it first).
        """
        indirect = element.is_indirect
        if indirect:
            cached = self._kids.get(element.objgen)
            if cached is not None:
                return cached
        k = element.get("/K")
        if k is None:
            out: list[Any] = []
        elif isinstance(k, self.pikepdf.Array):
            out = list(k)
        else:
            out = [k]
        if indirect:
            self._kids[element.objgen] = out
        return out

    def set_kids(self, element: Any, kids: list[Any]) -> None:
        """Write the element's ``/K`` and keep the cache of ``kids`` in step."""
        element.K = self.pikepdf.Array(kids)
        if element.is_indirect:
            self._kids[element.objgen] = list(kids)

    def movable_kids(self, element: Any) -> list[Any]:
        """The element's kids as they may move to another element: bare MCIDs as MCRs with /Pg.

        A bare MCID means "on the element's /Pg page"; in an element on another page (a merge across
        a page break, a fold into the parent) it needs its page said explicitly (ISO 32000-1
        14.7.4.2). Only kids that move are converted: the final walk turns MCRs on their element's
        own page back into bare MCIDs, so converting every element first was a round trip.
        """
        out = self.kids(element)
        if not any(isinstance(kid, int) for kid in out):
            return out
        page = element.get("/Pg")
        if page is None:
            return out
        pikepdf = self.pikepdf
        return [pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=page, MCID=kid) if isinstance(kid, int) else kid for kid in out]

    def marked_contents(self, element: Any) -> Iterator[tuple[Any, int]]:
        """Yield (page object, mcid) of every marked-content sequence under ``element``."""
        for kid in self.kids(element):
            if isinstance(kid, self.pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                yield kid.Pg, int(kid.MCID)
            elif isinstance(kid, int):
                yield element.Pg, kid
            elif self.is_struct(kid):
                yield from self.marked_contents(kid)

    def artifact_element(self, element: Any, subtype: str) -> None:
        for page, mcid in self.marked_contents(element):
            self.artifacts[(page.objgen, mcid)] = subtype

    # -- passes

    def mark_orphans(self, reachable: set[tuple[int, int]]) -> None:
        """#1836: content whose ParentTree entry is outside the tree is margin-box text."""
        nums = self.pdf.Root.StructTreeRoot.ParentTree.get("/Nums", [])
        pages = {index: page for index, page in enumerate(self.pdf.pages)}
        for i in range(0, len(nums), 2):
            key, value = int(nums[i]), nums[i + 1]
            if not isinstance(value, self.pikepdf.Array) or key not in pages:
                continue
            page = pages[key].obj
            for mcid, owner in enumerate(value):
                if not isinstance(owner, self.pikepdf.Dictionary) or owner.objgen in reachable:
                    continue
                subtype = self.margin_subtype(owner)
                self.artifacts[(page.objgen, mcid)] = subtype
                self.report.margin_artifacts += 1

    def margin_subtype(self, element: Any) -> str:
        node = element
        for _ in range(64):
            origin = self.origin(node)
            if origin is not None and origin.margin is not None:
                return "Header" if origin.margin.startswith("@top") else "Footer"
            parent = node.get("/P")
            if parent is None or not self.is_struct(parent):
                break
            node = parent
        return "Pagination"

    def reachable(self) -> set[tuple[int, int]]:
        seen: set[tuple[int, int]] = set()
        stack = list(self.kids(self.pdf.Root.StructTreeRoot))
        while stack:
            node = stack.pop()
            if not self.is_struct(node) or node.objgen in seen:
                continue
            seen.add(node.objgen)
            stack.extend(self.kids(node))
        return seen

    def normalise(self, element: Any, element_s: Any) -> None:
        """Merge split siblings, fold anonymous duplicates, drop decorative and repeated content.

        ``element_s`` is the element's /S, read once by the caller.
        """
        own = self.origin(element)
        # A deque, not a list: popping the front of a list of 10 000 list items is quadratic.
        pending = deque(self.kids(element))
        result: list[Any] = []
        # Kids of merged elements, collected here and written once: rebuilding a pikepdf array at
        # each page a list continues on copied all its items again (quadratic in long lists).
        merged: dict[int, list[Any]] = {}
        earlier: dict[int, Any] = {}
        # The /S of each kid kept, for the recursion below (a read of /S is a call into pikepdf).
        kinds: dict[int, Any] = {}
        # The last kid kept, when it is a structure element: its origin and type, read once (each
        # read is a call into pikepdf, and this loop runs for every element of the tree).
        last: tuple[ElementOrigin | None, Any] | None = None
        changed = False
        while pending:
            kid = pending.popleft()
            if not self.is_struct(kid):
                result.append(kid)
                last = None
                continue
            origin = self.origin(kid)
            kid_s = kid.S
            if origin is not None and origin.hidden:
                # aria-hidden content (the running-header strings) is not for assistive technology.
                self.artifact_element(kid, "Pagination")
                changed = True
                continue
            if origin is not None and origin.decorative:
                # #2550: an image marked decorative is not content (ISO 14289-1 7.3, WCAG 1.1.1).
                self.artifact_element(kid, "Layout")
                self.report.decorative_images += 1
                changed = True
                continue
            if (
                origin is not None
                and own is not None
                and origin.element_key == own.element_key
                and (kid_s == element_s or kid_s == "/NonStruct")
            ):
                # An anonymous box or pseudo-element of the same HTML element: fold it in.
                pending.extendleft(reversed(self.movable_kids(kid)))
                self.report.folded_anonymous += 1
                changed = True
                continue
            if (
                last is not None
                and origin is not None
                and last[0] is not None
                and last[0].element_key == origin.element_key
                and last[1] == kid_s
            ):
                # #2902/#2903: the same HTML element continued on the next page.
                position = len(result) - 1
                if position not in merged:
                    merged[position] = list(self.kids(result[position]))
                merged[position].extend(self.movable_kids(kid))
                self.report.merged_elements += 1
                changed = True
                continue
            if origin is not None and origin.element_key in earlier and kid_s == "/THead":
                # The header row WeasyPrint repeats on each page is layout, not a second header.
                self.alias_header_cells(earlier[origin.element_key], kid)
                self.artifact_element(kid, "Pagination")
                self.report.repeated_headers += 1
                changed = True
                continue
            if origin is not None:
                earlier.setdefault(origin.element_key, kid)
            kinds[len(result)] = kid_s
            result.append(kid)
            last = (origin, kid_s)
        for position, kids in merged.items():
            self.set_kids(result[position], kids)
        if element_s == "/LI":
            with_body = self.with_list_body(element, result, kinds)
            if with_body is not result:
                changed, result, kinds = True, with_body, {}
            if own is not None and own.label:
                self.plan_label_cut(element, result, own.label, kinds.get(0))
        if changed:
            self.set_kids(element, result)
        for position, kid in enumerate(result):
            kid_s = kinds.get(position)
            if kid_s is None:
                if not self.is_struct(kid):
                    continue
                kid_s = kid.S  # the LBody that with_list_body made
            kid.P = element
            self.normalise(kid, self.retag(kid, kid_s))

    def with_list_body(self, item: Any, kids: list[Any], kinds: Mapping[int, Any]) -> list[Any]:
        """Give a list item with an inside marker its LBody: the label first, then the body.

        For an inside marker (print.css hangs bullets inside their item) WeasyPrint puts the
        ``Lbl`` and the item's content side by side in the ``LI``; ISO 32000-1 14.8.4.3.3 wants the
        content in an ``LBody``, as it is for outside markers. Items with an LBody are left alone.
        ``kinds`` has the /S of each structure kid by position (normalise read them).
        """
        pikepdf = self.pikepdf
        labels = [kid for position, kid in enumerate(kids) if kinds.get(position) == "/Lbl"]
        if not labels:
            return kids
        body = [kid for position, kid in enumerate(kids) if kinds.get(position) != "/Lbl"]
        if not body or any(kinds.get(position) == "/LBody" for position in range(len(kids))):
            return kids
        element = pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.LBody, P=item, K=pikepdf.Array(body))
        if "/Pg" in item:
            element.Pg = item.Pg
        self.report.list_bodies += 1
        return [*labels, self.pdf.make_indirect(element)]

    def plan_label_cut(self, item: Any, kids: list[Any], label: str, first_kind: Any = None) -> None:
        """Note where a list item's bullet, written as text, is: the first content of its LBody.

        WeasyPrint tags such an item ``LI > LBody > Span`` (no marker box, so no ``Lbl``); the
        bullet is the first glyphs of the Span's first marked content. ``rewrite_content`` cuts
        them into a sequence of their own and ``apply_label_cuts`` makes it the item's ``Lbl``.
        """
        if len(kids) != 1:
            return
        if first_kind is None:  # not read by normalise (an LBody it made)
            first_kind = kids[0].S if self.is_struct(kids[0]) else None
        if first_kind != "/LBody":
            return
        holder = kids[0]
        for _ in range(8):
            first = self.kids(holder)
            if not first:
                return
            kid = first[0]
            if isinstance(kid, int) or (isinstance(kid, self.pikepdf.Dictionary) and kid.get("/Type") == "/MCR"):
                # A bare MCID is on the holder's page (kids move with their page said: movable_kids).
                page = kid.Pg if not isinstance(kid, int) else holder.get("/Pg")
                if page is None:
                    return
                # The label and a space after it: one glyph each (bullets take no ligatures).
                cut = _LabelCut(item=item, holder=holder, glyphs=len(label) + 1)
                self.label_cuts[(page.objgen, kid if isinstance(kid, int) else int(kid.MCID))] = cut
                return
            if not self.is_struct(kid) or kid.S not in ("/Span", "/NonStruct", "/LBody"):
                return
            holder = kid

    def header_cells(self, element: Any) -> list[Any]:
        cells: list[Any] = []
        for kid in self.kids(element):
            if self.is_struct(kid):
                cells.extend([kid] if kid.S == "/TH" else self.header_cells(kid))
        return cells

    def alias_header_cells(self, first: Any, repeat: Any) -> None:
        """Point TD /Headers that name the repeated header's cells at the first header's cells."""
        for original, copy in zip(self.header_cells(first), self.header_cells(repeat), strict=False):
            if "/ID" in copy and "/ID" in original:
                self.header_alias[str(copy.ID)] = original.ID

    def fix_cell_headers(self, element: Any) -> None:
        attributes = element.get("/A")
        if isinstance(attributes, self.pikepdf.Dictionary) and "/Headers" in attributes:
            attributes.Headers = self.pikepdf.Array([self.header_alias.get(str(h), h) for h in attributes.Headers])
        for kid in self.kids(element):
            if self.is_struct(kid):
                self.fix_cell_headers(kid)

    def retag(self, element: Any, kind: Any) -> Any:
        """Give elements the semantics WeasyPrint drops (Quote, Lang, link descriptions).

        ``kind`` is the element's /S; the return value is its /S afterwards.
        """
        pikepdf = self.pikepdf
        origin = self.origin(element)
        if origin is None:
            return kind
        tag = origin.element_tag
        if tag == "q" and kind == "/NonStruct":
            element.S = kind = pikepdf.Name.Quote
            self.report.quotes += 1
        elif tag in ("figure", "address") and kind == "/NonStruct":
            element.S = kind = pikepdf.Name.Div
        if origin.lang and "/Lang" not in element and tag not in ("html", "body"):
            element.Lang = pikepdf.String(origin.lang)
            self.report.lang_spans += 1
        if kind == "/Link":
            description = self.link_description(origin)
            for kid in self.kids(element):
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
                    kid.Obj.Contents = pikepdf.String(description)
                    self.report.link_contents += 1
        return kind

    def link_description(self, origin: ElementOrigin) -> str:
        text = origin.link_text or ""
        if text and not _URL_LIKE.match(text):
            return text
        from pressconv.writers.base import link_description

        return link_description(origin.href or text, text or origin.href or "", self.language)

    def rewrite_content(self) -> None:
        """Re-mark the collected marked-content sequences as artifacts, and cut text labels out."""
        pikepdf = self.pikepdf
        # Grouped by page once: filtering all of them for each page was quadratic (280 pages and
        # 10 000 labels for 10 000 bullets).
        artifacts: dict[tuple[int, int], dict[int, str]] = {}
        for (key, mcid), sub in self.artifacts.items():
            artifacts.setdefault(key, {})[mcid] = sub
        label_cuts: dict[tuple[int, int], dict[int, _LabelCut]] = {}
        for (key, mcid), cut in self.label_cuts.items():
            label_cuts.setdefault(key, {})[mcid] = cut
        for page in self.pdf.pages:
            objgen = page.obj.objgen
            wanted = artifacts.get(objgen, {})
            cuts = label_cuts.get(objgen, {})
            if not wanted and not cuts:
                continue
            instructions = list(pikepdf.parse_content_stream(page))
            # Operator names and MCIDs read once per page (each is a call into pikepdf).
            operators = [str(i.operator) for i in instructions]
            mcids = {index: _mcid(instructions[index].operands) for index, op in enumerate(operators) if op == "BDC"}
            next_mcid = 1 + max(mcids.values(), default=-1)
            type0: set[str] | None = None
            bdc = _operators(pikepdf)[0]
            # Only the BDCs are visited; the instructions between them are copied a slice at a time
            # (a page of text has some 3 000 instructions and a few dozen sequences to change).
            changed: list[Any] = []
            done = 0  # instructions[:done] are in ``changed`` (or replaced there)
            for index, mcid in mcids.items():  # in page order: built by enumerate
                if index < done:
                    continue  # inside a sequence already cut
                subtype = wanted.get(mcid)
                if subtype is not None:
                    changed.extend(instructions[done:index])
                    operands = [pikepdf.Name.Artifact, self.artifact_properties(subtype)]
                    changed.append(pikepdf.ContentStreamInstruction(operands, bdc))
                    done = index + 1
                    continue
                planned = cuts.get(mcid)
                if planned is None:
                    continue
                if type0 is None:
                    type0 = _type0_fonts(pikepdf, page)
                end = _sequence_end(operators, index)
                body = instructions[index + 1 : end]
                split = _cut_label(pikepdf, type0, body, operators[index + 1 : end], planned.glyphs, (mcid, next_mcid))
                if split:
                    changed.extend(instructions[done:index])
                    changed.extend(split)
                    planned.mcid, planned.new_mcid, planned.page = mcid, next_mcid, page.obj
                    next_mcid += 1
                    done = end + 1
                elif split is not None:
                    planned.mcid, planned.page = mcid, page.obj  # the whole sequence is the label
            changed.extend(instructions[done:])
            contents = page.obj.get("/Contents")
            if contents is not None and contents.is_indirect:
                self.rewritten.add(contents.objgen[0])
            page.obj.Contents = self.pdf.make_stream(pikepdf.unparse_content_stream(changed))

    def apply_label_cuts(self) -> None:
        """Make each cut-out label the ``Lbl`` of its item: ``LI > Lbl + LBody`` (ISO 14289-1 7.6)."""
        pikepdf = self.pikepdf
        for cut in self.label_cuts.values():
            if cut.mcid is None:
                continue  # the content did not have the expected shape: the bullet stays in the body
            page = cut.page
            kids = list(self.kids(cut.holder))
            if cut.new_mcid is None:
                # The label was a sequence of its own: it leaves the body, and so does a Span
                # that held nothing else.
                kids = kids[1:]
                if not kids and cut.holder.get("/S") != "/LBody" and "/P" in cut.holder:
                    parent = cut.holder.P
                    self.set_kids(parent, [k for k in self.kids(parent) if not _same(k, cut.holder)])
                else:
                    self.set_kids(cut.holder, kids)
            elif isinstance(kids[0], pikepdf.Dictionary):
                kids[0] = pikepdf.Dictionary(Type=pikepdf.Name.MCR, Pg=page, MCID=cut.new_mcid)
                self.set_kids(cut.holder, kids)
            else:
                kids[0] = cut.new_mcid
                self.set_kids(cut.holder, kids)
            label = pikepdf.Dictionary(
                Type=pikepdf.Name.StructElem, S=pikepdf.Name.Lbl, P=cut.item, Pg=page, K=pikepdf.Array([cut.mcid])
            )
            self.set_kids(cut.item, [self.pdf.make_indirect(label), *self.kids(cut.item)])
            self.report.text_labels += 1

    def artifact_properties(self, subtype: str) -> Any:
        name = self.pikepdf.Name
        if subtype in ("Header", "Footer"):
            return self.pikepdf.Dictionary(Type=name.Pagination, Subtype=name("/" + subtype))
        if subtype == "Layout":
            return self.pikepdf.Dictionary(Type=name.Layout)
        return self.pikepdf.Dictionary(Type=name.Pagination)

    def finish_tree(self) -> None:
        """Compact the final tree's MCRs and write a ParentTree that maps exactly what is left in it.

        One walk does both (they were two walks over every element). An MCR on its element's own
        page becomes a bare MCID again, as WeasyPrint wrote it (smaller); the ParentTree maps each
        page's marked content and each annotation to its element, so no entry points at a removed
        element (ISO 32000-1 14.7.4.4).
        """
        pikepdf = self.pikepdf
        per_page: dict[tuple[int, int], dict[int, Any]] = {}
        annotations: dict[int, Any] = {}

        def walk(element: Any) -> None:
            page = element.get("/Pg")
            page_key = page.objgen if page is not None else None
            out: list[Any] = []
            converted = False
            for kid in self.kids(element):
                if isinstance(kid, int):
                    # A bare MCID is on the element's /Pg (the element has one: WeasyPrint writes it).
                    per_page.setdefault(element.Pg.objgen, {})[kid] = element
                elif not isinstance(kid, pikepdf.Dictionary):
                    pass
                elif "/S" in kid:
                    # Only structure elements have /S (MCR and OBJR dictionaries never do).
                    walk(kid)
                elif "/MCID" in kid:
                    kid_page = kid.Pg
                    if page_key is None:
                        page = element.Pg = kid_page
                        page_key = page.objgen
                    kid_key = kid_page.objgen
                    if kid_key == page_key:
                        mcid = int(kid.MCID)
                        out.append(mcid)
                        converted = True
                        per_page.setdefault(kid_key, {})[mcid] = element
                        continue
                    if kid.get("/Type") == "/MCR":
                        per_page.setdefault(kid_key, {})[int(kid.MCID)] = element
                elif kid.get("/Type") == "/OBJR" and "/StructParent" in kid.Obj:
                    annotations[int(kid.Obj.StructParent)] = element
                out.append(kid)
            if converted:
                self.set_kids(element, out)

        for top in self.kids(self.pdf.Root.StructTreeRoot):
            if self.is_struct(top):
                walk(top)
        entries: dict[int, Any] = {}
        for page in self.pdf.pages:
            if "/StructParents" not in page.obj:
                continue
            mapping = per_page.get(page.obj.objgen, {})
            size = max(mapping) + 1 if mapping else 0
            entries[int(page.obj.StructParents)] = pikepdf.Array([mapping.get(mcid, None) for mcid in range(size)])
        entries.update(annotations)
        nums: list[Any] = []
        for key in sorted(entries):
            nums.extend([key, entries[key]])
        tree_root = self.pdf.Root.StructTreeRoot
        tree_root.ParentTree = self.pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
        tree_root.ParentTreeNextKey = max(entries) + 1 if entries else 0

    def remove_attachments(self) -> None:
        names = self.pdf.Root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names:
            del names["/EmbeddedFiles"]
            self.report.removed_attachments += 1
        if "/AF" in self.pdf.Root:
            del self.pdf.Root["/AF"]
        for page in self.pdf.pages:
            annots = page.obj.get("/Annots")
            if annots is None:
                continue
            kept = [a for a in annots if a.get("/Subtype") != "/FileAttachment"]
            if len(kept) != len(annots):
                self.report.removed_attachments += len(annots) - len(kept)
                page.obj.Annots = self.pikepdf.Array(kept)

    def run(self) -> TagFixReport:
        tree_root = self.pdf.Root.get("/StructTreeRoot")
        self.remove_attachments()
        if tree_root is None:
            return self.report
        # Three walks over the tree: what is reachable (it fills the cache of kids), normalise (with
        # the retagging), and finish_tree (MCRs compacted, ParentTree built); fix_cell_headers only
        # for a PDF with a repeated table header.
        self.mark_orphans(self.reachable())
        for top in self.kids(tree_root):
            if self.is_struct(top):
                self.normalise(top, top.get("/S"))
                if self.header_alias:
                    self.fix_cell_headers(top)
        self.rewrite_content()
        self.apply_label_cuts()
        self.finish_tree()
        return self.report


@dataclass(slots=True)
class _LabelCut:
    """A list item whose bullet is the first ``glyphs`` glyphs of its first marked content."""

    item: Any
    holder: Any
    glyphs: int
    mcid: int | None = None
    new_mcid: int | None = None
    page: Any = None


# Operators that set state and paint nothing: a marked-content sequence may begin after them.
_STATE_OPERATORS = frozenset({"gs", "rg", "RG", "g", "G", "k", "K", "cs", "CS", "sc", "scn", "SC", "SCN"})
_TEXT_STATE_OPERATORS = frozenset({"Tm", "Tf", "Td", "TD", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "T*"})
_MARK_OPERATORS = frozenset({"BDC", "BMC", "EMC", "BT", "ET"})
_SHOW_OPERATORS = frozenset({"TJ", "Tj", "'", '"'})


def _same(a: Any, b: Any) -> bool:
    """True when two pikepdf objects are the same indirect object."""
    return bool(getattr(a, "is_indirect", False) and getattr(b, "is_indirect", False) and a.objgen == b.objgen)


def _mcid(operands: Any) -> int:
    """The MCID of a BDC's property list, or -1."""
    if len(operands) == 2:
        props = operands[1]
        if hasattr(props, "keys") and "/MCID" in props:
            return int(props.MCID)
    return -1


def _sequence_end(operators: list[str], start: int) -> int:
    """The index of the EMC that closes the marked-content sequence opened at ``start``."""
    depth = 0
    for index in range(start, len(operators)):
        operator = operators[index]
        if operator in ("BDC", "BMC"):
            depth += 1
        elif operator == "EMC":
            depth -= 1
            if depth == 0:
                return index
    return len(operators) - 1


def _type0_fonts(pikepdf: Any, page: Any) -> set[str]:
    """The names of the page's Type0 fonts (the only fonts whose glyphs ``_cut_label`` can count)."""
    fonts = page.obj.get("/Resources", {}).get("/Font", {})
    return {str(name) for name, font in fonts.items() if isinstance(font, pikepdf.Dictionary) and _is_type0(font)}


def _is_type0(font: Any) -> bool:
    return bool(font.get("/Subtype") == "/Type0")


def _cut_label(
    pikepdf: Any, type0: set[str], body: list[Any], operators: list[str], glyphs: int, mcids: tuple[int, int]
) -> list[Any] | None:
    """Split one marked-content sequence (WeasyPrint's text line) after its first ``glyphs`` glyphs.

    ``mcids`` are the sequence's own MCID (it keeps the label) and the new one for the rest;
    ``operators`` are the names of ``body``'s operators and ``type0`` the page's Type0 fonts.

    WeasyPrint draws a line as ``BDC`` state ``BT`` text-state ``TJ`` … ``ET EMC``. The result is
    state ``BT`` text-state ``BDC[label] TJ EMC BDC[rest] TJ … EMC ET``: marked content nests inside
    the text object (ISO 32000-1 14.6), and the second ``TJ`` starts where the first ends, so the
    page looks the same. Glyphs are two bytes (WeasyPrint embeds TrueType as Identity-H Type0
    fonts); anything else, or any other shape, gives None and the line stays as it was.
    """
    if "BT" not in operators or operators.count("BT") != 1 or not operators or operators[-1] != "ET":
        return None
    bt = operators.index("BT")
    if any(op not in _STATE_OPERATORS for op in operators[:bt]):
        return None
    show = next((i for i in range(bt + 1, len(body)) if operators[i] in ("TJ", "Tj")), None)
    if show is None or any(op not in _TEXT_STATE_OPERATORS for op in operators[bt + 1 : show]):
        return None
    if any(op in _MARK_OPERATORS for op in operators[show + 1 : -1]):
        return None
    font = next((body[i].operands[0] for i in range(show - 1, bt, -1) if operators[i] == "Tf"), None)
    if font is None or str(font) not in type0:
        return None
    shown = body[show].operands[0]
    split = _split_array(pikepdf, shown, glyphs) if operators[show] == "TJ" else None
    if split is None:
        label, rest_items = _split_items(pikepdf, list(shown) if operators[show] == "TJ" else [shown], glyphs)
        rest = pikepdf.Array(rest_items)
    else:
        label, rest = split
    glyphs_after = any(isinstance(rest[i], pikepdf.String) for i in range(len(rest)))
    if not glyphs_after and _SHOW_OPERATORS.isdisjoint(operators[show + 1 :]):
        # The line shows the label alone (an item that starts with a link, or whose first word
        # went to the next line with the space): the whole sequence is the label, nothing to cut.
        return []

    instruction = pikepdf.ContentStreamInstruction
    bdc, emc, tj = _operators(pikepdf)
    # With nothing after the label in its own text run (the first word in a fallback font comes
    # after a Tf), the body's sequence starts with the operators that follow.
    after = [instruction([rest], tj)] if glyphs_after else []
    return [
        *body[:show],
        instruction([pikepdf.Name.Lbl, pikepdf.Dictionary(MCID=mcids[0])], bdc),
        instruction([pikepdf.Array(label)], tj),
        instruction([], emc),
        instruction([pikepdf.Name.Span, pikepdf.Dictionary(MCID=mcids[1])], bdc),
        *after,
        *body[show + 1 : -1],
        instruction([], emc),
        body[-1],
    ]


def _split_items(pikepdf: Any, items: list[Any], glyphs: int) -> tuple[list[Any], list[Any]]:
    """Split the items of a ``TJ`` (strings and position adjustments) after ``glyphs`` glyphs."""
    label: list[Any] = []
    rest: list[Any] = []
    left = glyphs
    for item in items:
        if isinstance(item, pikepdf.String):
            data = bytes(item)
            if left * 2 >= len(data):
                label.append(item)
                left -= len(data) // 2
            elif left > 0:
                label.append(pikepdf.String(data[: left * 2]))
                rest.append(pikepdf.String(data[left * 2 :]))
                left = 0
            else:
                rest.append(item)
        elif rest:
            rest.append(item)
        else:
            label.append(item)  # a position adjustment right after the label stays with it
    return label, rest


def _split_array(pikepdf: Any, array: Any, glyphs: int) -> tuple[list[Any], Any] | None:
    """``_split_items`` for the usual case, where the label ends between two strings of the array.

    Reads only the label's items and copies the rest as a pikepdf array, instead of turning all of
    them into Python objects and back (WeasyPrint writes one string and one adjustment per glyph:
    reading a line's array cost 13 µs, for 10 000 bullets most of the content rewriting). None
    when the label ends inside a string: ``_split_items`` cuts that one.
    """
    label: list[Any] = []
    left = glyphs
    size = len(array)
    index = 0
    while index < size:
        item = array[index]
        if isinstance(item, pikepdf.String):
            length = len(bytes(item))
            if left * 2 < length:
                if left > 0:
                    return None
                break
            left -= length // 2
        label.append(item)  # a glyph of the label, or an adjustment right after it
        index += 1
    rest = pikepdf.Array(array)
    for _ in range(index):
        del rest[0]
    return label, rest


def _deflate(data: bytes) -> bytes:
    """Deflate as pydyf does (``zlib.compressobj(level=9)``), so a deferred stream gets the same bytes."""
    compressor = zlib.compressobj(level=9)
    return compressor.compress(data) + compressor.flush()


@cache
def _operators(pikepdf: Any) -> tuple[Any, Any, Any]:
    """The operators ``_cut_label`` writes, made once (BDC, EMC, TJ)."""
    return pikepdf.Operator("BDC"), pikepdf.Operator("EMC"), pikepdf.Operator("TJ")


def fix_tags(
    data: bytes, origins: Mapping[int, ElementOrigin], *, language: str, deflate: Collection[int] = ()
) -> tuple[bytes, TagFixReport]:
    """Return the repaired PDF and a report of the changes; same input gives the same bytes.

    ``deflate`` names streams the writer left plain for the fixer (pdf._pdf_for_the_fixer): those it
    does not rewrite are deflated here as pydyf would have deflated them.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        fixer = _Fixer(pdf, origins, language)
        report = fixer.run()
        for number in sorted(set(deflate) - fixer.rewritten):
            stream = pdf.get_object(number, 0)
            if isinstance(stream, pikepdf.Stream) and "/Filter" not in stream:
                stream.write(_deflate(stream.read_raw_bytes()), filter=pikepdf.Name.FlateDecode)
        out = io.BytesIO()
        # deterministic_id: the trailer /ID is a hash of the content, never random or time-based,
        # so two runs with the same SOURCE_DATE_EPOCH give the same bytes.
        pdf.save(
            out,
            deterministic_id=True,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return out.getvalue(), report
