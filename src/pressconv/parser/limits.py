"""Named lengths the parser's stages share, each with the convention it comes from."""

from __future__ import annotations

from typing import Final

__all__ = [
    "ATTRIBUTION_LINE_MAX",
    "ATTRIBUTION_WINDOW",
    "CAPS_HEADING_MAX",
    "CONTACT_FIELD_MAX",
    "CONTACT_PARAGRAPH_MAX",
    "DATELINE_LINE_MAX",
    "DERIVED_TITLE_MAX",
    "FLATTENED_LINE_MIN",
    "HEADING_LINE_MAX",
    "HEADING_SHORT_MAX",
    "HEADING_WINDOW",
    "HEAD_LINE_MAX",
    "INLINE_CONTACT_MIN",
    "INLINE_CONTACT_TAIL_MAX",
    "LETTER_SPACED_MAX",
    "PAGE_TITLE_MAX",
    "RUNNING_TEXT_MIN",
    "RUN_IN_BODY_MIN",
    "SECTION_LINE_MAX",
    "SENTENCE_WINDOW",
    "SETEXT_HEADING_MAX",
    "SHORT_LINE_MAX",
    "SPEAKER_PHRASE_MAX",
    "WRAP_WIDTH_MAX",
    "WRAP_WIDTH_MIN",
]

# A line of the head (headline, sub-headline, label, date line) or a short standalone line (photo
# credit, appointment entry) is at most about three printed lines of a headline. The longest
# headlines of the corpus and the gold sets are about 170 characters; 250 leaves room and still
# keeps a one-line flattened paragraph (often thousands of characters) out of the head.
HEAD_LINE_MAX: Final = 250

# Hard-wrapped plain text (mail clients, wire services, fixed-width archives) breaks lines at 72 to
# 80 characters, a few at 100; a run of lines wider than 110 was not wrapped by a tool but written
# line by line. Narrower than 45 is a list or a poem, not a wrapped paragraph.
WRAP_WIDTH_MAX: Final = 110
WRAP_WIDTH_MIN: Final = 45

# A line that stands on its own as a sub-headline, a contact heading with its value ("Pressekontakt:
# Jane Doe, 030 …") or a menu bar is at most two printed lines; a longer one is running text.
SHORT_LINE_MAX: Final = 200

# A scraper's flattened body keeps its paragraph breaks as runs of spaces; a line this long with two
# such runs is a whole body on one line, not a paragraph (Presseportal and QUADRIGA exports).
FLATTENED_LINE_MIN: Final = 200

# A dateline alone on its line ("BERLIN, March 4, 2025 --", "Kassel, den 14.05.2024") is short:
# place, date, time and wire fit in 160 characters; longer is a sentence that starts with a place.
DATELINE_LINE_MAX: Final = 160

# An attribution line after a quotation ("said Jane Doe, mayor of X.") is one clause; a longer
# line is a paragraph of its own, not the speaker of the quotation before it.
ATTRIBUTION_LINE_MAX: Final = 160

# How far after a closing quotation mark the speaker is looked for (", sagte X, Leiterin des …"):
# the attribution clause and a long role, never the next paragraphs of a flattened body.
ATTRIBUTION_WINDOW: Final = 600

# A title derived from the opening words (no headline) is at most a long headline: two printed
# lines, about 110 characters; a longer first sentence is cut at a clause boundary before it.
DERIVED_TITLE_MAX: Final = 110

# A section heading line ("Über die Stadt X", "Pressekontakt: …") with its inline value is read
# only up to this length; beyond it the line is body text that happens to start with such a word.
SECTION_LINE_MAX: Final = 600

# An inline contact ("Pressekontakt: Jane Doe, …") closing a flattened paragraph: the paragraph is
# long enough to hold one (120) and the card is at most a few lines (1200 characters) after the label.
INLINE_CONTACT_MIN: Final = 120
INLINE_CONTACT_TAIL_MAX: Final = 1200

# A run-in heading inside a flattened body ends at a sentence boundary within about two lines.
HEADING_WINDOW: Final = 220

# One field of a contact card on its own line (a name, a phone number, an e-mail address, a street).
CONTACT_FIELD_MAX: Final = 100

# A setext heading ("Title\n-----") is a short line; a long line over "---" is a paragraph over a rule.
SETEXT_HEADING_MAX: Final = 120

# An intermediate heading in plain text (a short line without final punctuation between
# paragraphs, GOLD.md): a short one of at most 90 characters and 12 words stands anywhere; a longer
# one (a programme's or a bill's name) up to 160 characters only after a finished paragraph.
# Unpunctuated lines of that length in a row are list items, not headings.
HEADING_SHORT_MAX: Final = 90
HEADING_LINE_MAX: Final = 160

# A heading set in capitals ("DIE ZIELE", "ÜBER DIE STADT") is one printed line; a longer line in
# capitals is shouted running text or a disclaimer, not a heading.
CAPS_HEADING_MAX: Final = 120

# Letter-spaced display type ("P R E S S E M I T T E I L U N G") is a kicker or a label on one line:
# 120 characters spaced are about 60 letters. A longer line is never undone.
LETTER_SPACED_MAX: Final = 120

# An HTML page title "Headline | Section | Site" (pagedump): a head line (HEAD_LINE_MAX) and a few
# short names after it. A longer line with " | " is a table row or a menu, not a page title.
PAGE_TITLE_MAX: Final = 300

# A speaker with a role ("Ullrich Sierau, Oberbürgermeister der Stadt Dortmund und Vorsitzender …")
# is at most a head line long (HEAD_LINE_MAX); a longer phrase is a clause, not a name and role.
SPEAKER_PHRASE_MAX: Final = 250

# A paragraph of running text, not a label, a name or a short line: a sentence or more, over about
# one printed line (100 characters). A capitals place line stands over such a text; a contact block
# above the release is followed by one.
RUNNING_TEXT_MIN: Final = 100

# One sentence next to a quotation (the attribution, "… erklärte Folgendes:") or after a run-in
# heading is looked for within about four printed lines; press release sentences are rarely longer,
# and the bound keeps a flattened body (one line of thousands of characters) from being scanned whole.
SENTENCE_WINDOW: Final = 300

# Run-in headings ("Neue Radwege Die Stadt baut …") are looked for only in German paragraphs of at
# least eight printed lines: a scraper's flattened body, which holds several paragraphs and their
# headings on one line. A paragraph shorter than that is one paragraph, and its capitals are words.
RUN_IN_BODY_MIN: Final = 600

# A body paragraph that is a contact in its own right ("For media inquiries, contact Jane Doe at …")
# is a few lines; a longer one is running text that happens to give a phone number or an address.
CONTACT_PARAGRAPH_MAX: Final = 600
