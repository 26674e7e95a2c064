"""The text of a PDF output: the page text (PDFium), link targets and the structure tree's alt texts.

One extractor that ships as a wheel (pypdfium2, in the ``pdf`` extra), so ``check --against`` gives
the same verdict on every machine: with poppler's pdftotext optional, a machine without it fell back
to the structure tree's text and reported words of a correct PDF as missing (issue 17).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Final

from pressconv.errors import MissingDependencyError

__all__ = ["pdf_text"]

# PDFium writes a hyphen that ends a line as U+FFFE and joins the two lines ("E" U+FFFE "Government"
# for "E-" at a line end and "Government" on the next). Our PDFs never hyphenate (print.css
# ``hyphens: manual``), so such a hyphen is the text's own or a soft hyphen's: put it back (words
# compare without their inner hyphens, see checks/words.py).
_LINE_END_HYPHEN = "\ufffe"


_TOKEN = re.compile(r"\S+")


def _direction(token: str) -> str:
    """``R`` for a word with a right-to-left letter, ``L`` for one with a left-to-right letter, else ``N``."""
    for char in token:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "N"


def _runs_reversed(tokens: list[str], kinds: list[str], kind: str) -> list[str]:
    """Reverse every run of ``kind`` words (with the neutral words between two of them)."""
    result = list(tokens)
    positions = [index for index, token_kind in enumerate(kinds) if token_kind == kind]
    start = 0
    while start < len(positions):
        end = start
        # A run goes on over neutral words (numbers, dashes) up to the next word of its direction.
        while end + 1 < len(positions) and all(kinds[k] == "N" for k in range(positions[end] + 1, positions[end + 1])):
            end += 1
        first, last = positions[start], positions[end]
        result[first : last + 1] = result[first : last + 1][::-1]
        start = end + 1
    return result


def right_to_left(text: str) -> bool:
    """True if most letters of ``text`` are right-to-left: the document's paragraph direction.

    It cannot be read off a line in visual order (its first word stands on the left or on the
    right); the document's script decides, as its ``dir`` attribute decided the layout.
    """
    kinds = [unicodedata.bidirectional(char) for char in text]
    return kinds.count("R") + kinds.count("AL") > kinds.count("L")


def logical_order(line: str, *, rtl: bool = False) -> str:
    """Put the words of a line that PDFium gives in visual order back into reading order.

    PDFium keeps the letters of a right-to-left word in logical order but the words of a
    right-to-left run in visual order, left to right on the page ("הבאים ברוכים עולם שלום" for
    "שלום עולם ברוכים הבאים"). Reversing each run undoes the reordering of the Unicode
    Bidirectional Algorithm (UAX #9, rule L2) at the level of words: in a left-to-right document
    the right-to-left runs are reversed; in a right-to-left one (``rtl``) the whole line is, and
    its left-to-right runs are turned back. Lines without right-to-left words stay as they are.
    """
    tokens = _TOKEN.findall(line)
    kinds = [_direction(token) for token in tokens]
    if "R" not in kinds:
        return line
    if not rtl:
        glued = _glued_number_word(tokens, kinds)
        if glued is not None:
            return glued
        return " ".join(_runs_reversed(tokens, kinds, "R"))
    return " ".join(_runs_reversed(tokens[::-1], kinds[::-1], "L"))


# A number, then a right-to-left word with a left-to-right word's letters glued to its end: in a
# left-to-right line, "שלום 0A" is shown as "0 שלוםA". The number after the right-to-left word takes
# its level (UAX #9, rules W2 and I2: a European number after R sits inside the right-to-left run),
# so it stands to the left of the run, and the rest of its word ("A") stays where the run ends.
_NUMBER_THEN_GLUED: Final = re.compile(r"^(?P<number>\d[\d.,:]*)$")


def _glued_number_word(tokens: list[str], kinds: list[str]) -> str | None:
    """The reading order of a line in which a number and a word were split by a right-to-left run.

    Only the one shape the rules above produce: "<number> <R word><L letters>", nothing else on
    the line around it is changed; None when the line has no such pair.
    """
    for index in range(len(tokens) - 1):
        number, word = tokens[index], tokens[index + 1]
        if not _NUMBER_THEN_GLUED.match(number) or kinds[index + 1] != "R":
            continue
        cut = next((i for i, char in enumerate(word) if unicodedata.bidirectional(char) == "L"), None)
        if cut is None or cut == 0 or any(unicodedata.bidirectional(c) == "L" for c in word[:cut]):
            continue
        rest = [*tokens[:index], word[:cut], number + word[cut:], *tokens[index + 2 :]]
        rest_kinds = [_direction(token) for token in rest]
        return " ".join(_runs_reversed(rest, rest_kinds, "R"))
    return None


def page_text(path: Path) -> str:
    """The text of every page in reading order, one page after the other."""
    try:
        import pypdfium2
    except ImportError as exc:
        raise MissingDependencyError(
            "reading the text of a PDF needs pypdfium2: pip install 'pressconv[pdf]'",
            hint="pip install 'pressconv[pdf]'",
        ) from exc
    document = pypdfium2.PdfDocument(path)
    try:
        pages: list[str] = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            try:
                pages.append(text_page.get_text_range())
            finally:
                text_page.close()
                page.close()
    finally:
        document.close()
    text = "\n".join(pages).replace(_LINE_END_HYPHEN, "-")
    rtl = right_to_left(text)
    return "\n".join(logical_order(line, rtl=rtl) for line in text.splitlines())


def _links_and_alternatives(path: Path) -> list[str]:
    """Link targets and /Alt texts: a screen reader reads an image's /Alt from the structure tree,
    not from the page, so a text alternative counts as delivered when it is there (ISO 14289-1 7.3)."""
    try:
        import pikepdf
    except ImportError:
        return []
    from pressconv.checks.pdf_structure import open_pdf

    links: list[str] = []
    with open_pdf(path) as pdf:
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                action = annotation.get("/A")
                if action is not None and "/URI" in action:
                    links.append(str(action.URI))
        alternatives = [
            str(obj.get("/Alt"))
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and "/S" in obj and "/Alt" in obj
        ]
    return links + alternatives


def pdf_text(path: Path) -> str:
    """The page text, then link targets and the structure tree's alternative texts."""
    return page_text(path) + "\n" + "\n".join(_links_and_alternatives(path))
