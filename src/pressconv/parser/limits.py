"""Named lengths the parser's stages share, each with the convention it comes from."""

from __future__ import annotations

from typing import Final

__all__ = [
    "ABOUT_PARAGRAPH_MAX",
    "ATTRIBUTION_BARE_WORDS_MAX",
    "ATTRIBUTION_LINE_MAX",
    "ATTRIBUTION_WINDOW",
    "BODY_SENTENCE_WORDS_MIN",
    "BOX_HEADING_MAX",
    "CAPS_HEADING_MAX",
    "CAPS_LABEL_MAX",
    "CARD_FIELD_WORDS_MAX",
    "CARD_ORGANISATION_WORDS_MAX",
    "CARD_ROLE_WORDS_MAX",
    "CONTACT_BARE_WORDS_MAX",
    "CONTACT_FIELD_MAX",
    "CONTACT_LABEL_MAX",
    "CONTACT_PARAGRAPH_MAX",
    "CONTACT_PARAGRAPH_WORDS_MAX",
    "DATELINE_LINE_MAX",
    "DATELINE_PLACE_MAX",
    "DATELINE_SCAN",
    "DEBRIS_LINE_MAX",
    "DEMONSTRATIVE_SENTENCE_WORDS",
    "DERIVED_TITLE_CLAUSE_MIN",
    "DERIVED_TITLE_CUT",
    "DERIVED_TITLE_MAX",
    "DERIVED_TITLE_WORDS",
    "DESK_LABEL_WORDS_MAX",
    "END_MARK_MAX",
    "END_MARK_WINDOW",
    "ENGLISH_HEADLINE_WORDS_MIN",
    "FLATTENED_BODY_MIN",
    "FLATTENED_LINE_MIN",
    "FRAGMENT_MAX",
    "FRAGMENT_WORDS_MAX",
    "HEADING_FOLLOWER_MIN",
    "HEADING_LINE_MAX",
    "HEADING_SHORT_MAX",
    "HEADING_SHORT_WORDS_MAX",
    "HEADING_WINDOW",
    "HEADING_WORDS_MAX",
    "HEADLINE_REST_MAX",
    "HEADLINE_WRAP_OVERFLOW_RATIO",
    "HEAD_LINE_MAX",
    "HTML2TEXT_WIDTH",
    "HTML2TEXT_WRAPPED_HEADING_MIN",
    "INLINE_CONTACT_MIN",
    "INLINE_CONTACT_TAIL_MAX",
    "JOIN_TAIL",
    "LANGUAGE_LIST_MAX",
    "LETTER_SPACED_MAX",
    "LINK_TITLE_WORDS_MAX",
    "LIST_ITEM_MAX",
    "MENU_DIGITS_MAX",
    "MENU_LABEL_MAX",
    "MENU_LABEL_WORDS_MAX",
    "MENU_RUN_INSIDE_MIN",
    "MENU_RUN_LONG",
    "MENU_RUN_MIN",
    "MENU_RUN_STRICT_MIN",
    "PAGE_DUMP_LINES_MIN",
    "PAGE_TITLE_MAX",
    "PARTICIPANTS_WINDOW",
    "PERSON_NAME_WORDS_MAX",
    "PERSON_NAME_WORDS_MIN",
    "PERSON_PHRASE_MAX",
    "PHONE_BARE_DIGITS_MIN",
    "PHONE_DIGITS_MAX",
    "PHONE_DIGITS_MIN",
    "PLACE_LINE_MAX",
    "QUOTED_CLAUSE_WORDS_MIN",
    "QUOTE_RESUME_WINDOW",
    "REACH_LABEL_WINDOW",
    "RECORD_OPENER_LINE_MAX",
    "ROLE_PHRASE_WORDS_MAX",
    "RUNNING_TEXT_MIN",
    "RUN_IN_BODY_MIN",
    "RUN_IN_HEADING_WORDS_MAX",
    "RUN_IN_SENTENCE_WORDS_MIN",
    "SCAN_LIMIT",
    "SECTION_LINE_MAX",
    "SENDER_INSTITUTION_WORDS",
    "SENTENCE_BEFORE_WORDS",
    "SENTENCE_WINDOW",
    "SETEXT_HEADING_MAX",
    "SHORT_LINE_MAX",
    "SPEAKER_CARRY_WORDS",
    "SPEAKER_PHRASE_MAX",
    "SPEECH_CLAUSE_WORDS_MIN",
    "SPEECH_WORDS_MIN",
    "SPLIT_DATELINE_MAX",
    "SPLIT_DATELINE_PIECE_MAX",
    "SURNAME_WINDOW",
    "TEL_LINK_TAIL_DIGITS",
    "TOPIC_TAGS_MAX",
    "WRAP_FULL_RATIO",
    "WRAP_OPEN_RATIO",
    "WRAP_OVERFLOW_RATIO",
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
# Words of an institution's full name on a sender line above the headline ("Ministerium für Umwelt,
# Klima, Energie und Landwirtschaft des Landes X" has eleven).
SENDER_INSTITUTION_WORDS: Final = 12
# A title-case headline under the sender's lines has a few words ("New Bridge Opens"); one or two
# capitalised words there are a place line ("WASHINGTON") or a name.
ENGLISH_HEADLINE_WORDS_MIN: Final = 3

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

# A dateline a scraper split over short lines ("WASHINGTON" / "–" / "Sen. Jane Doe …"): each piece
# is a place, a date or a dash, at most half a printed line, and the pieces together are one place
# and date (60 characters); a longer piece or run is a line of text, not a split dateline.
SPLIT_DATELINE_PIECE_MAX: Final = 40
SPLIT_DATELINE_MAX: Final = 60

# A news room's flattened body: several paragraphs on one line, at least ten printed lines (800
# characters). A short line standing alone over such a line is its title, not its lead.
FLATTENED_BODY_MIN: Final = 800

# A line of one sentence ending in "." with ten words or more is body text, not a headline or a
# menu entry: a headline closed by a full stop is a short statement, ten words make a sentence of prose.
BODY_SENTENCE_WORDS_MIN: Final = 10

# An intermediate heading (HEADING_SHORT_MAX, GOLD.md) holds at most 12 words when short and 30 when
# long (a programme's or a bill's name); the paragraph under it is at least a short sentence (20
# characters), not a field value.
HEADING_SHORT_WORDS_MAX: Final = 12
HEADING_WORDS_MAX: Final = 30
HEADING_FOLLOWER_MIN: Final = 20

# The end of a paragraph being joined from wrapped lines that the joining checks look at (quotation
# depth, hyphenation, the last word): about five printed lines, so that joining a flattened body of
# thousands of characters stays linear.
JOIN_TAIL: Final = 400

# Short lines after a line ending in ":" are the items of a list, one on each line, when each is at
# most about half a printed line (60 characters); a longer line is a wrapped paragraph.
LIST_ITEM_MAX: Final = 60

# The second line of a headline wrapped over two lines is a short rest (60 characters, no digits).
HEADLINE_REST_MAX: Final = 60

# A link text or a name on its own line between the two halves of a broken sentence: a fragment of
# at most 40 characters and five words, without final punctuation.
FRAGMENT_MAX: Final = 40
FRAGMENT_WORDS_MAX: Final = 5

# Hard-wrap evidence, as fractions of the wrap width (WRAP_WIDTH_MIN..WRAP_WIDTH_MAX): a line filled
# to 70 % may end a sentence at the line end and still be a wrapped line; 60 % counts a line as
# full when measuring how many lines of a run end open; a line whose length plus the next line's first
# word passes 85 % (90 % for a headline, which is wrapped more loosely) could not take that word, so
# the break was the wrapper's.
WRAP_FULL_RATIO: Final = 0.7
WRAP_OPEN_RATIO: Final = 0.6
WRAP_OVERFLOW_RATIO: Final = 0.85
HEADLINE_WRAP_OVERFLOW_RATIO: Final = 0.9

# A label in capitals ("PRESSEKONTAKT", "MEDIA CONTACT") is read as title case up to half a printed
# line; a longer line in capitals is shouted text, not a label.
CAPS_LABEL_MAX: Final = 40

# The label of a contact section ("Pressekontakt", "For more information, please contact") is one
# phrase of at most 70 characters; a longer lead-in is a sentence that mentions a contact.
CONTACT_LABEL_MAX: Final = 70

# The dateline patterns are run only over the opening of a paragraph: place, date, time and wire fit
# in DATELINE_LINE_MAX (160); 240 is half as much again, and never a whole flattened body.
DATELINE_SCAN: Final = 240

# A title derived from the opening words (DERIVED_TITLE_MAX) looks at the first 80 words only (a
# first sentence is rarely longer); a clause of at least 25 characters (three or four words) can
# stand as a title; without one the sentence is cut at a phrase boundary within 100 characters.
DERIVED_TITLE_WORDS: Final = 80
DERIVED_TITLE_CLAUSE_MIN: Final = 25
DERIVED_TITLE_CUT: Final = 100

# A participant list of an invitation ("Jane Doe, Mayor of X; John Roe, …") is read within about
# twenty printed lines (1500 characters) after its intro: a panel of a few names with roles.
PARTICIPANTS_WINDOW: Final = 1500

# html2text (Markdown copies of web pages) wraps lines at 78 characters, headings too: a first-level
# heading of 65 characters or more without final punctuation may go on in a following line shorter
# than 78 characters.
HTML2TEXT_WIDTH: Final = 78
HTML2TEXT_WRAPPED_HEADING_MIN: Final = 65

# After a closing quotation mark, a speaker named before is looked for by surname within one short
# clause (80 characters: ", so Müller weiter.").
SURNAME_WINDOW: Final = 80

# A quotation without attribution is given to the speaker of the quotation before when at most 30
# words (two sentences) stand between them, or to the person opening the sentence before it when
# that sentence is at most 30 words long; a demonstrative sentence after it ("Das sagte X.") names
# its speaker within 15 words. Longer text between is a new topic.
SPEAKER_CARRY_WORDS: Final = 30
SENTENCE_BEFORE_WORDS: Final = 30
DEMONSTRATIVE_SENTENCE_WORDS: Final = 15

# Scans over a whole paragraph (the people it names, its quotation runs, its language's function
# words, its tip lines) read at most its first 20000 characters, about ten printed pages: a release
# names its speakers and shows its language early, and the bound keeps a 1 MB one-line body fast.
SCAN_LIMIT: Final = 20000

# A self-description ("Acme Inc. is a …", "Die Stadt X ist …") is a boilerplate paragraph of at most
# about fifteen printed lines; a longer paragraph that opens the same way is the release's text.
ABOUT_PARAGRAPH_MAX: Final = 1200

# A line of web or wire debris (a menu entry, a button, a share bar, a cookie notice) is at most
# about five printed lines; a longer line is text, whatever else it holds.
DEBRIS_LINE_MAX: Final = 400

# An end mark ("###", "-30-", "- Ende -", "ENDS", "*** Ende der Meldung ***") is a short line of its
# own; glued to the end of a paragraph it stands in the paragraph's last 40 characters.
END_MARK_MAX: Final = 60
END_MARK_WINDOW: Final = 40

# The label of a phone number or an e-mail address ("Telefon:", "Tel. (Zentrale):", "E-Mail", "T")
# stands right before it, within 40 characters; text further back is another field or a sentence.
REACH_LABEL_WINDOW: Final = 40

# A phrase searched for a person's name and role (an attribution clause, a contact line) longer than
# about five printed lines is a passage, not a clause; it names no single speaker.
PERSON_PHRASE_MAX: Final = 400

# A web page's menu (pagedump): a strict label is at most five words and 45 characters ("Presse",
# "Über uns", "Kontakt"); a loose one is as long as a short heading (HEADING_SHORT_MAX,
# HEADING_SHORT_WORDS_MAX). A box heading ("## Contacts", "Pressekontakt", "Related news") is at
# most 60 characters; a link title whose address the copy lost is at most 25 words.
MENU_LABEL_WORDS_MAX: Final = 5
MENU_LABEL_MAX: Final = 45
BOX_HEADING_MAX: Final = 60
LINK_TITLE_WORDS_MAX: Final = 25

# A phone number has at least six digits (a short local number) and at most fifteen (ITU-T E.164);
# the trunk prefix written into international numbers ("+49 (0)30 …") may add one more. Standing
# alone without a label, a number needs seven digits: a postcode has five, a year four. A tel: link
# whose text ends in the same six digits as its target is the number written out, not a link text.
PHONE_DIGITS_MIN: Final = 6
PHONE_DIGITS_MAX: Final = 15
PHONE_BARE_DIGITS_MIN: Final = 7
TEL_LINK_TAIL_DIGITS: Final = 6

# A place alone on its line ("Berlin/Brandenburg", "Frankfurt am Main") or a category tag printed
# with the label ("Plenary session") is at most 40 characters; the place of a dateline ("Kassel,
# den …", "WASHINGTON, D.C. --") at most 45. Longer is a phrase or a sentence, not a name.
PLACE_LINE_MAX: Final = 40
DATELINE_PLACE_MAX: Final = 45

# The lines of a contact card, in words: a person's name is two to four words ("Jane Doe", "Dr.
# Erika Maria Muster"); an organisation on its own line or after a contact label at most six
# ("Stadt Dortmund, Dezernat für Umwelt"); a role at most eight; any other field (an address, an
# organisation with its department) at most ten, about CONTACT_FIELD_MAX characters. A desk label
# before a value ("Pressestelle:", "Media relations:", "Für Rückfragen:") is at most four words.
PERSON_NAME_WORDS_MIN: Final = 2
PERSON_NAME_WORDS_MAX: Final = 4
CARD_ORGANISATION_WORDS_MAX: Final = 6
CARD_ROLE_WORDS_MAX: Final = 8
CARD_FIELD_WORDS_MAX: Final = 10
DESK_LABEL_WORDS_MAX: Final = 4

# Quoted text reads as speech, not a quoted term or title, from six words on; without a sentence end
# inside the marks it needs twelve words (a clause the sentence carries on from: „…“, heißt es.).
SPEECH_WORDS_MIN: Final = 6
SPEECH_CLAUSE_WORDS_MIN: Final = 12

# Attribution around a quotation: a role before the speaker's name ("Die Leiterin des Zentrums für
# Jugendhilfe, Anna Beck") is at most twelve words, longer is a sentence of its own; a bare clause
# of at most four words ("so Müller", "erklärt Anna Beck") names one person. A quotation mark within
# 120 characters after the attribution („A“, sagte X, „B“) means the quotation goes on; then one
# quoted word is speech, otherwise a quoted clause before an unknown verb needs four words („Feuer
# aus“, meldete X is a call, not a statement).
ROLE_PHRASE_WORDS_MAX: Final = 12
ATTRIBUTION_BARE_WORDS_MAX: Final = 4
QUOTE_RESUME_WINDOW: Final = 120
QUOTED_CLAUSE_WORDS_MIN: Final = 4

# A run-in heading inside a flattened body ("Neue Radwege Die Stadt baut …") is two to sixteen words
# (a short heading line of HEADING_SHORT_MAX characters, no final punctuation), and the sentence after
# it at least four words.
RUN_IN_HEADING_WORDS_MAX: Final = 16
RUN_IN_SENTENCE_WORDS_MIN: Final = 4

# A body paragraph that is a contact on its own ("Fragen an presse@…") has at most twelve words
# besides the address or number, or four with no word saying how to get in touch.
CONTACT_PARAGRAPH_WORDS_MAX: Final = 12
CONTACT_BARE_WORDS_MAX: Final = 4

# Web-page dumps (pagedump.py). A menu entry carries no five-digit number (a postcode, a phone or a
# reference code would); a language switcher names at most twelve languages; six or more lines of
# menu or furniture make the file a page dump; a scraped record's field labels ("Title:", "Date:")
# open the file within its first twelve lines. A run of menu lines needs three members, two of them
# strict labels; six make it long; between paragraphs it needs eight and menu evidence on a third of
# them (half of them around the text). Topic tags that close a page are at most six short lines.
MENU_DIGITS_MAX: Final = 4
LANGUAGE_LIST_MAX: Final = 12
PAGE_DUMP_LINES_MIN: Final = 6
RECORD_OPENER_LINE_MAX: Final = 12
MENU_RUN_MIN: Final = 3
MENU_RUN_STRICT_MIN: Final = 2
MENU_RUN_LONG: Final = 6
MENU_RUN_INSIDE_MIN: Final = 8
TOPIC_TAGS_MAX: Final = 6
