"""Characters XML 1.0 forbids never reach DOCX or EPUB, whether they come through the CLI or a model.

XML 1.0 §2.2 allows TAB, LF and CR among the C0 controls and excludes U+FFFE/U+FFFF; Word refuses a
document.xml holding any other control character ("unreadable content"), and EPUB reading systems
refuse ill-formed XHTML. API users build models by hand, so the writers must cope, not just the parser.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from pressconv.api import render
from pressconv.model import (
    BlockQuote,
    Contact,
    Heading,
    Link,
    ListItem,
    Metadata,
    OrderedList,
    Paragraph,
    Release,
    Section,
    Table,
    Text,
)
from tests.reliability.support import assert_clean_success, run_cli

_FORBIDDEN_CHARS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
_FORBIDDEN = re.compile(f"[{re.escape(_FORBIDDEN_CHARS)}]")
CONTROLS = "A\x00B\x01C\x08D\x0bE\x0cF\x1bG\x1fH\ufffeI\uffffJ\x7fK\x85L"


def _t(text: str) -> Text:
    return Text(text=text)


def control_release() -> Release:
    """Every text field of the model seeded with XML-forbidden characters."""
    return Release(
        meta=Metadata(
            title=(_t("Titel " + CONTROLS),),
            subtitle=(_t("Unter " + CONTROLS),),
            kicker="Kicker " + CONTROLS,
            place="Ort " + CONTROLS,
            organisation="Amt " + CONTROLS,
            author="Autor " + CONTROLS,
            keywords=("Wort " + CONTROLS,),
        ),
        body=(
            Paragraph(children=(_t("Absatz " + CONTROLS),), lead=True),
            Heading(level=2, children=(_t("Kopf " + CONTROLS),)),
            Paragraph(children=(Link(url="https://example.org/" + CONTROLS, children=(_t("Link " + CONTROLS),)),)),
            BlockQuote(children=(Paragraph(children=(_t("Zitat " + CONTROLS),)),), speaker="S " + CONTROLS),
            OrderedList(items=(ListItem(children=(_t("Punkt " + CONTROLS),)),)),
            Table(header=((_t("H " + CONTROLS),),), rows=(((_t("Z " + CONTROLS),),),), caption="C " + CONTROLS),
        ),
        sections=(
            Section(
                kind="contact",
                title="Kontakt " + CONTROLS,
                contacts=(Contact(name="N " + CONTROLS, email="a@example.org", phone="030 123 " + CONTROLS),),
            ),
        ),
    )


def _check_package(data: bytes, fmt: str) -> str:
    texts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels", ".xhtml", ".opf", ".ncx")):
                continue
            raw = archive.read(name)
            text = raw.decode("utf-8")
            found = sorted({f"U+{ord(c):04X}" for c in _FORBIDDEN.findall(text)})
            assert not found, f"{fmt}: {name} contains XML-forbidden characters {found}"
            # Character references are no way around it: &#1; is just as ill-formed.
            assert not re.search(r"&#(x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*([0-8]|1[1-9]|2[0-9]|3[01]|11|12));", text), (
                f"{fmt}: {name} holds a character reference to a control character"
            )
            etree.fromstring(raw)
            texts.append(text)
    return "\n".join(texts)


@pytest.mark.parametrize(
    "fmt",
    [
        "docx",
        "epub",
    ],
)
def test_model_controls_never_reach_xml(fmt: str) -> None:
    text = _check_package(render(control_release(), fmt), fmt)
    # The letters around the controls survive: the characters are dropped, not the text.
    assert "Absatz A" in text and "K" in text


@pytest.mark.parametrize("fmt", ["html", "easy"])
def test_model_controls_never_reach_html(fmt: str) -> None:
    page = render(control_release(), fmt).decode("utf-8")
    found = sorted({f"U+{ord(c):04X}" for c in _FORBIDDEN.findall(page)})
    assert not found, f"{fmt}: HTML contains control characters {found} (a parse error in HTML)"


def test_cli_input_controls_never_reach_xml(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_bytes(
        b"Titel mit\x01 Steuer\x1bzeichen\n\nDortmund, 20. September 2018\n\n" + "Text\x0b mit\x7f Zeichen\x85.\n".encode()
    )
    out = tmp_path / "out"
    result = run_cli(["convert", source, "--to", "docx,epub", "--out-dir", out], cwd=tmp_path)
    assert_clean_success(result)
    assert "source.control" in result.stderr
    for fmt in ("docx", "epub"):
        _check_package((out / f"release.{fmt}").read_bytes(), fmt)
