"""A page's title as the browser tab shows it ("Presse | Universität X") is the sender, never the headline.

Invented pages of a university and a city: the HTML <title> convention puts the page's section first
and the site's name last; a copy from the top of the page keeps that line above the headline.
"""

from __future__ import annotations

import pytest

from pressconv.api import parse
from pressconv.model import inline_text
from pressconv.parser.pagedump import breadcrumb_after_name


@pytest.mark.parametrize(
    ("line", "sender"),
    [
        ("Presse | Universität Nordheim", "Universität Nordheim"),
        ("Aktuelles | Stadt Talheim", "Stadt Talheim"),
    ],
)
def test_a_tab_title_above_the_headline_is_the_sender(line: str, sender: str) -> None:
    text = (
        f"{line}\n\n02.09.2027\n\nNeue Brücke am Mühlbach eröffnet\n\n"
        "Talheim, 3. Mai 2027. Die Stadt hat die neue Brücke am Mühlbach eröffnet.\n"
    )
    result = parse(text.encode())
    assert inline_text(result.release.meta.title) == "Neue Brücke am Mühlbach eröffnet"
    assert result.release.meta.organisation == sender
    # Nothing lost: the section's name is listed as removed, with its reason.
    assert any(line.split(" | ")[0] in item.text for item in result.removed)


def test_the_tab_title_split_and_what_stays_a_label() -> None:
    assert breadcrumb_after_name("Presse | Universität Nordheim") == ("Universität Nordheim", "Presse |")
    # A headline with the site's section is no tab title of a sender (no institution's name last).
    assert breadcrumb_after_name("Presse | Neue Brücke eröffnet") is None
    # "Pressemitteilung | Stadt X" stays the kicker and the sender, as before.
    text = "Pressemitteilung | Stadt Talheim\n\nNeue Brücke eröffnet\n\nTalheim, 3. Mai 2027. Die Stadt hat sie eröffnet.\n"
    meta = parse(text.encode()).release.meta
    assert meta.kicker == "Pressemitteilung" and meta.organisation == "Stadt Talheim"
