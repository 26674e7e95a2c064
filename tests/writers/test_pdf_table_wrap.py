"""A phone number in a narrow PDF table cell stays on one line and reads back whole.

``overflow-wrap: anywhere`` (print.css) lets table cells shrink so that no cell runs off the page; in a
narrow cell a phone number then broke mid-number ("02" / "31"), and the lines of the other cells stood
between its pieces in the text layer, so "231" was lost to a reader of the text. Found by ``make
fuzz``-style exploration (hypothesis) in session 17 and pinned as a strict xfail until session 22: a
phone number is now one unit (DIN 5008), kept whole by ``.phone.unbroken`` (writers/base.phone_class).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from pressconv.model import (
    Abbr,
    Email,
    Emphasis,
    Inline,
    Lang,
    LineBreak,
    Metadata,
    Paragraph,
    Phone,
    Quotation,
    Release,
    Table,
    Text,
)
from tests.property.test_writers_property import _assert_text_preserved, _render

_PHONE = "0231 50-12345"
_MAIL = "presse@example.org"
_SP = Text(text=" ")


def _phone_mail_break(last: Inline) -> tuple[Inline, ...]:
    """The run hypothesis generated twice: phone, e-mail, a line break, then ``last``."""
    return (Phone(number=_PHONE), _SP, Email(address=_MAIL), _SP, LineBreak(), _SP, last)


def _release() -> Release:
    quote = Quotation(children=_phone_mail_break(Text(text="Stadt Stadt")), speaker=None, role="Stadt")
    first = Table(
        header=None,
        rows=(
            ((Email(address=_MAIL),),),
            (
                (Text(text="Stadt Stadt {{ x }} Stadt Stadt Stadt Stadt"),),
                (
                    Lang(
                        children=(Text(text="Stadt"), _SP, quote, _SP, Text(text="Stadt Stadt")),
                        lang="de-DE",
                    ),
                ),
            ),
        ),
    )
    inner = Emphasis(children=_phone_mail_break(Abbr(text="ÖPNV", expansion="Stadt Stadt")))
    cell = Emphasis(
        children=(
            LineBreak(),
            _SP,
            Email(address=_MAIL),
            _SP,
            Lang(children=(Phone(number=_PHONE), _SP, Text(text="Stadt Stadt")), lang="de-DE"),
            _SP,
            inner,
        )
    )
    second = Table(
        header=None,
        rows=(
            (
                (cell,),
                (
                    Email(address=_MAIL),
                    _SP,
                    Phone(number=_PHONE),
                    _SP,
                    Text(text="Stadt"),
                    _SP,
                    Phone(number=_PHONE),
                ),
            ),
            ((Text(text="Stadt"), _SP, Text(text="Stadt")), (Text(text="\x00"),), (Text(text="Stadt"),)),
            ((Text(text="Stadt"), _SP, Text(text="Stadt")),),
        ),
    )
    return Release(
        meta=Metadata(
            title=(Text(text="Stadt"), _SP, Email(address=_MAIL), _SP, Text(text="Stadt")),
            language="de-DE",
            keywords=("Stadt", "Stadt Stadt"),
        ),
        body=(
            Paragraph(children=(Text(text="Stadt"), _SP, Text(text="Stadt " + "x" * 40 + " Stadt"))),
            first,
            second,
        ),
        sections=(),
    )


def test_a_phone_number_broken_in_a_narrow_table_cell_reads_back_whole() -> None:
    release = _release()
    data = _render(release, "pdf")
    with tempfile.TemporaryDirectory() as folder:
        _assert_text_preserved(release, "pdf", data, Path(folder))
