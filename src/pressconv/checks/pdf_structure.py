"""Structural PDF/UA-1 checks of a tagged PDF, in pure pikepdf (no Java, no veraPDF needed).

Each check encodes a rule that validators check only partly or not at all (formats.md §1.4):
content outside the tree (ISO 14289-1 7.1, veraPDF 7.1-3), ParentTree entries pointing at elements
that are not in the tree (WeasyPrint #1836), heading skips (7.4), link descriptions (7.18.5, WCAG
2.4.4), document language (7.2), XMP identification and title (5, 7.1-9), MarkInfo (6.2), and a
paragraph split into several P elements at a page break (WeasyPrint #2902/#2903).
"""

from __future__ import annotations

import io
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

__all__ = ["Finding", "check_pdf_structure", "open_pdf", "structure_outline"]

_PAINTING = frozenset({"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"})
_URL_LIKE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|www\.)\S*\s*$", re.IGNORECASE)
_NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_NS_DC = "http://purl.org/dc/elements/1.1/"
_NS_PDFUAID = "http://www.aiim.org/pdfua/ns/id/"
# A paragraph ending like this is finished; anything else followed by a lowercase start is a split.
_SENTENCE_END = tuple(".!?:;…“”\"'»«)")


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed check: a stable code (``pdf.area-problem``) and a readable message."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


def _kids(element: Any) -> list[Any]:
    import pikepdf

    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def _is_struct(obj: Any) -> bool:
    import pikepdf

    return isinstance(obj, pikepdf.Dictionary) and "/S" in obj and obj.get("/Type") not in ("/MCR", "/OBJR")


def _walk(element: Any) -> Iterator[Any]:
    """Yield struct elements depth-first in reading order (the element itself first)."""
    yield element
    for kid in _kids(element):
        if _is_struct(kid):
            yield from _walk(kid)


def _marked(element: Any) -> Iterator[tuple[tuple[int, int], int]]:
    """Yield (page objgen, mcid) for the marked content directly owned by ``element``."""
    import pikepdf

    for kid in _kids(element):
        if isinstance(kid, int) and "/Pg" in element:
            yield element.Pg.objgen, kid
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            page = kid.get("/Pg", element.get("/Pg"))
            if page is not None:
                yield page.objgen, int(kid.MCID)


class _Document:
    """The parsed facts every check needs: the tree, the ParentTree, text per marked content."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        root = pdf.Root.get("/StructTreeRoot")
        self.tree_root = root
        self.elements: list[Any] = []
        if root is not None:
            for top in _kids(root):
                if _is_struct(top):
                    self.elements.extend(_walk(top))
        self.reachable = {e.objgen for e in self.elements}
        self.owner: dict[tuple[tuple[int, int], int], Any] = {}
        for element in self.elements:
            for key in _marked(element):
                self.owner[key] = element
        self.text: dict[tuple[tuple[int, int], int], str] = {}
        self.page_number = {page.obj.objgen: index + 1 for index, page in enumerate(pdf.pages)}

    def element_text(self, element: Any) -> str:
        parts: list[str] = []
        for kid in _kids(element):
            if _is_struct(kid):
                parts.append(self.element_text(kid))
        own = [self.text.get(key, "") for key in _marked(element)]
        if own and not parts:
            return "".join(own)
        # Mixed content is rare in WeasyPrint trees; keep the kids' order.
        return "".join(parts) + "".join(own)

    def pages_of(self, element: Any) -> list[int]:
        pages = [self.page_number.get(objgen, 0) for node in _walk(element) for objgen, _ in _marked(node)]
        return pages


def _to_unicode(font: Any) -> dict[bytes, str]:
    """Parse a font's ToUnicode CMap (bfchar and bfrange) into code bytes -> text."""
    mapping: dict[bytes, str] = {}
    stream = font.get("/ToUnicode")
    if stream is None:
        return mapping
    data = stream.read_bytes().decode("latin-1")

    def hexbytes(token: str) -> bytes:
        return bytes.fromhex(token.strip("<> \n"))

    def hextext(token: str) -> str:
        raw = hexbytes(token)
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"(<[0-9A-Fa-f]+>)\s*(<[0-9A-Fa-f]*>)", block):
            mapping[hexbytes(src)] = hextext(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"(<[0-9A-Fa-f]+>)\s*(<[0-9A-Fa-f]+>)\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            low, high = int(lo.strip("<>"), 16), int(hi.strip("<>"), 16)
            width = len(lo.strip("<>")) // 2
            if dst.startswith("["):
                targets = re.findall(r"<[0-9A-Fa-f]*>", dst)
                for offset, target in enumerate(targets):
                    mapping[(low + offset).to_bytes(width, "big")] = hextext(target)
            else:
                base = hexbytes(dst)
                start = int.from_bytes(base, "big")
                for offset in range(high - low + 1):
                    value = (start + offset).to_bytes(len(base), "big")
                    mapping[(low + offset).to_bytes(width, "big")] = value.decode("utf-16-be", errors="replace")
    return mapping


def _decode(raw: bytes, cmap: dict[bytes, str]) -> str:
    if not cmap:
        return raw.decode("latin-1")
    width = len(next(iter(cmap)))
    return "".join(cmap.get(raw[i : i + width], "") for i in range(0, len(raw), width))


def _scan_page(doc: _Document, page: Any, findings: list[Finding], page_no: int) -> None:
    """Check painting operators against marked content and collect text per MCID."""
    import pikepdf

    fonts = page.obj.get("/Resources", {}).get("/Font", {})
    cmaps: dict[str, dict[bytes, str]] = {}
    current: dict[bytes, str] = {}
    # Stack of (is_artifact, key) for every open marked-content sequence.
    stack: list[tuple[bool, tuple[tuple[int, int], int] | None]] = []
    untagged = 0
    orphaned: set[int] = set()
    for instruction in pikepdf.parse_content_stream(page):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            operator = "BI"
            operands: list[Any] = []
        else:
            operator = str(instruction.operator)
            operands = list(instruction.operands)
        if operator == "BDC":
            tag = str(operands[0])
            props = operands[1] if len(operands) > 1 else None
            key = None
            if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                key = (page.obj.objgen, int(props.MCID))
            stack.append((tag == "/Artifact", key))
            continue
        if operator == "BMC":
            stack.append((str(operands[0]) == "/Artifact", None))
            continue
        if operator == "EMC":
            if stack:
                stack.pop()
            continue
        if operator == "Tf":
            name = str(operands[0])
            if name not in cmaps:
                font = fonts.get(name)
                cmaps[name] = _to_unicode(font) if font is not None else {}
            current = cmaps[name]
            continue
        if operator not in _PAINTING:
            continue
        if any(artifact for artifact, _ in stack):
            continue
        keys = [key for _, key in stack if key is not None]
        if not keys:
            untagged += 1
            continue
        key = keys[-1]
        if key not in doc.owner:
            orphaned.add(key[1])
            continue
        if operator in ("Tj", "'", '"'):
            doc.text[key] = doc.text.get(key, "") + _decode(bytes(operands[-1]), current)
        elif operator == "TJ":
            for item in operands[0]:
                if isinstance(item, pikepdf.String):
                    doc.text[key] = doc.text.get(key, "") + _decode(bytes(item), current)
    if untagged:
        findings.append(
            Finding(
                "pdf.untagged-content",
                f"page {page_no}: {untagged} painting operators outside marked content",
            )
        )
    if orphaned:
        findings.append(
            Finding(
                "pdf.content-outside-tree",
                f"page {page_no}: marked content {sorted(orphaned)[:8]} is neither an Artifact nor in the "
                "structure tree (WeasyPrint #1836)",
            )
        )


def _check_parent_tree(doc: _Document, findings: list[Finding]) -> None:
    import pikepdf

    parent_tree = doc.tree_root.get("/ParentTree")
    if parent_tree is None:
        findings.append(Finding("pdf.no-parent-tree", "StructTreeRoot has no ParentTree"))
        return
    nums = list(parent_tree.get("/Nums", []))
    unreachable = 0
    for i in range(1, len(nums), 2):
        value = nums[i]
        targets = list(value) if isinstance(value, pikepdf.Array) else [value]
        for target in targets:
            if _is_struct(target) and target.objgen not in doc.reachable:
                unreachable += 1
    if unreachable:
        findings.append(
            Finding("pdf.parent-tree-orphans", f"{unreachable} ParentTree entries are not reachable from the root")
        )


def _check_headings(doc: _Document, findings: list[Finding]) -> None:
    previous = 0
    for element in doc.elements:
        match = re.fullmatch(r"/H([1-6])", str(element.S))
        if not match:
            continue
        level = int(match.group(1))
        if level > previous + 1:
            findings.append(Finding("pdf.heading-skip", f"H{level} follows H{previous or 'nothing'} (skipped level, 7.4)"))
        previous = level


def _check_links(pdf: Any, findings: list[Finding]) -> None:
    for number, page in enumerate(pdf.pages, start=1):
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") != "/Link":
                continue
            contents = str(annotation.get("/Contents", "")).strip()
            if not contents:
                findings.append(Finding("pdf.link-no-contents", f"page {number}: a Link has no /Contents"))
            elif _URL_LIKE.match(contents):
                findings.append(
                    Finding(
                        "pdf.link-contents-url",
                        f"page {number}: a Link's /Contents is a URL: {contents[:80]}",
                    )
                )
            if "/StructParent" not in annotation:
                findings.append(Finding("pdf.link-untagged", f"page {number}: a Link has no StructParent"))


def _check_metadata(pdf: Any, findings: list[Finding]) -> None:
    lang = str(pdf.Root.get("/Lang", "")).strip()
    if not lang:
        findings.append(Finding("pdf.no-lang", "the catalog has no /Lang (7.2)"))
    mark_info = pdf.Root.get("/MarkInfo")
    if mark_info is None or not bool(mark_info.get("/Marked", False)):
        findings.append(Finding("pdf.not-marked", "MarkInfo /Marked is not true (6.2)"))
    viewer = pdf.Root.get("/ViewerPreferences")
    if viewer is None or not bool(viewer.get("/DisplayDocTitle", False)):
        findings.append(Finding("pdf.no-display-doc-title", "ViewerPreferences /DisplayDocTitle is not true"))
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        findings.append(Finding("pdf.no-xmp", "no XMP metadata stream"))
        return
    tree = ET.fromstring(metadata.read_bytes())
    part = None
    for description in tree.iter(f"{{{_NS_RDF}}}Description"):
        part = part or description.get(f"{{{_NS_PDFUAID}}}part")
        element = description.find(f"{{{_NS_PDFUAID}}}part")
        if element is not None and element.text:
            part = element.text.strip()
    if part != "1":
        findings.append(Finding("pdf.no-pdfua-id", f"XMP pdfuaid:part is {part!r}, not '1'"))
    titles = (
        [li.text for li in tree.iter(f"{{{_NS_RDF}}}li") if li.text]
        if tree.find(f".//{{{_NS_DC}}}title") is not None
        else []
    )
    if not titles:
        findings.append(Finding("pdf.no-dc-title", "XMP has no dc:title (7.1-9)"))


def _check_split_paragraphs(doc: _Document, findings: list[Finding]) -> None:
    # WeasyPrint puts the fragments in per-page copies of the ancestors, so they are often cousins
    # rather than siblings: compare consecutive P elements in reading order.
    paragraphs = [element for element in doc.elements if element.S == "/P"]
    for previous, current in pairwise(paragraphs):
        before, after = doc.element_text(previous).rstrip(), doc.element_text(current).lstrip()
        pages_before, pages_after = doc.pages_of(previous), doc.pages_of(current)
        crosses = bool(pages_before and pages_after and max(pages_before) < min(pages_after))
        if crosses and before and after and not before.endswith(_SENTENCE_END) and after[0].islower():
            findings.append(
                Finding(
                    "pdf.split-paragraph",
                    f"a paragraph is split into two P elements at a page break: …{before[-30:]!r} | {after[:30]!r}…",
                )
            )


def open_pdf(source: bytes | Path) -> Any:
    """Open a PDF from bytes or a path with pikepdf, whatever bytes the path's name holds."""
    import pikepdf

    if isinstance(source, bytes):
        return pikepdf.open(io.BytesIO(source))
    # pikepdf passes a path's name on as text, which fails for names that are not UTF-8 (surrogate
    # escapes); a file opened by descriptor carries no name to convert. pikepdf never closes a
    # stream it is given, so the bytes are read here and the file closed at once (else every
    # check leaks a descriptor: a ResourceWarning, and a limit a long batch could reach).
    with open(os.open(source, os.O_RDONLY), "rb") as stream:
        return pikepdf.open(io.BytesIO(stream.read()))


def _inspect(source: bytes | Path) -> tuple[Any, _Document, list[Finding]]:
    pdf = open_pdf(source)
    findings: list[Finding] = []
    doc = _Document(pdf)
    if doc.tree_root is None:
        findings.append(Finding("pdf.untagged", "the PDF has no StructTreeRoot (not tagged)"))
        return pdf, doc, findings
    for number, page in enumerate(pdf.pages, start=1):
        _scan_page(doc, page, findings, number)
    return pdf, doc, findings


def check_pdf_structure(source: bytes | Path) -> list[Finding]:
    """Run every structural check on a PDF (bytes or a path); an empty list means all passed."""
    pdf, doc, findings = _inspect(source)
    with pdf:
        if doc.tree_root is None:
            return findings
        _check_parent_tree(doc, findings)
        _check_headings(doc, findings)
        _check_links(pdf, findings)
        _check_metadata(pdf, findings)
        _check_split_paragraphs(doc, findings)
    return findings


def structure_outline(source: bytes | Path) -> list[tuple[str, str]]:
    """Return (structure type, text) for every block-level element, in reading order (for tests)."""
    pdf, doc, _ = _inspect(source)
    with pdf:
        return [
            (str(element.S).lstrip("/"), " ".join(doc.element_text(element).split()))
            for element in doc.elements
            if str(element.S) not in ("/Span", "/NonStruct", "/Document")
        ]
