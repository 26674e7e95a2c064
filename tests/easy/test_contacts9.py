"""Whom the summary tells the reader to ask: the body's reader contacts before the press block's."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.facts import _reader_contacts


@pytest.mark.parametrize(
    ("body", "phones", "emails", "expected"),
    [
        # A police appeal: tips by phone; the block's press address is not for witnesses.
        (
            ["Hinweise nimmt die Polizeiinspektion Musterstadt unter 0123 4567-0 entgegen."],
            ("0123 4567-0", "0123 4567-110"),
            ("pressestelle.musterstadt@polizei.example",),
            (("0123 4567-0",), ()),
        ),
        # A utility: customer questions by phone; a desk's own address in the block still serves
        # the reader, the press officer's personal address does not.
        (
            ["Fragen beantwortet der Kundenservice unter 0800 123 456."],
            ("0800 123 456", "0987 6543-21"),
            ("anna.beispiel@werke.example", "service@werke.example"),
            (("0800 123 456",), ("service@werke.example",)),
        ),
        # A club without a reader contact in the body: the release's contacts stay as they are.
        (
            ["Das Fest beginnt um 14 Uhr."],
            ("0555 1234",),
            ("presse@verein.example",),
            (("0555 1234",), ("presse@verein.example",)),
        ),
    ],
)
def test_reader_contacts_come_from_the_body_where_it_offers_them(
    body: list[str],
    phones: tuple[str, ...],
    emails: tuple[str, ...],
    expected: tuple[tuple[str, ...], tuple[str, ...]],
) -> None:
    assert _reader_contacts(phones, emails, body) == expected
