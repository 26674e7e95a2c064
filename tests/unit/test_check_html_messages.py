"""Messages of the built-in HTML check read as sentences, never as ``<hnone>`` (issue 18 #8)."""

from __future__ import annotations

from pressconv.checks.html import check_html

_PAGE = (
    b'<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><header></header><main>%s</main>'
    b"<footer></footer></body></html>"
)


def test_a_first_heading_below_h1_follows_no_earlier_heading() -> None:
    messages = [issue.message for issue in check_html(_PAGE % b"<h2>x</h2><h1>T</h1>")]
    assert "<h2> follows no earlier heading (WCAG 1.3.1)" in messages
    assert not any("hnone" in message for message in messages)


def test_a_skipped_level_names_the_heading_before() -> None:
    messages = [issue.message for issue in check_html(_PAGE % b"<h1>T</h1><h3>x</h3>")]
    assert "<h3> follows <h1> (WCAG 1.3.1)" in messages
