"""The lead sentence made ready for the news cuts: no dateline in front, a date apposition without its commas.

German press releases open the body with a dateline (Ortsmarke: "Nordstadt, 4. Mai 2026 – …",
"Kreis X (ots) – …"); it is the release's place and date, not part of the lead's clause. The lead
itself names a day as an apposition set off by commas ("am Montag, 4. Mai 2026, beginnt …", Duden:
the date after the weekday is an apposition, enclosed in commas). Those commas are no clause
boundary, but a cut that looks for clauses at commas refuses the sentence. ``protect`` reads the
apposition as one time phrase ("am 4. Mai 2026"); ``restore`` gives a finished sentence its weekday
back where the source names it, so nothing the reader could use is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.parser.header import match_dateline
from pressconv.transforms.easy.phrases import _MONTHS, _WEEKDAYS
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["lead_indexes", "protect", "restore", "without_dateline"]

# A weekday with its part of the day ("Freitagabend", "Dienstagnachmittag") names the same day.
_DAY: Final = rf"(?:{_WEEKDAYS})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?"
_DATE: Final = rf"\d{{1,2}}\. (?:{_MONTHS})(?: \d{{4}})?"
# "Montag, 4. Mai 2026," / "Montag, den 4. Mai," inside a clause: the apposition with both commas.
_APPOSITION: Final = re.compile(rf"\b(?P<day>{_DAY}), (?:dem |den )?(?P<date>{_DATE}),(?= \S)")
# A clock time after the date apposition, set off by commas too ("Am Montag, 4. Mai 2026, gegen 19:50
# Uhr, betrat …"): a second apposition of the same time, read without its commas.
_CLOCK: Final = re.compile(r"(?<=\d{4}),? (?P<clock>(?:gegen|um|ab) \d{1,2}(?:[:.]\d{2})? Uhr),(?= \S)")
# The same at the sentence's end ("… beginnt am Montag, 4. Mai 2026."): only the opening comma.
_APPOSITION_END: Final = re.compile(rf"\b(?P<day>{_DAY}), (?:dem |den )?(?P<date>{_DATE})(?=[.!]$)")
# "für Verkehr, Bau und Digitales": the remits in an authority's name, capitalised nouns
# separated by commas, the last one after "und" (one optional adjective before it).
_PORTFOLIO: Final = re.compile(
    r"(?<=\bfür )(?P<items>(?:[A-ZÄÖÜ][\wäöüß-]+, )+[A-ZÄÖÜ][\wäöüß-]+)(?P<last> und (?:[a-zäöüß]+ )?[A-ZÄÖÜ][\wäöüß-]+)"
)
# The news-wire code of German police and authority releases (news aktuell: "(ots)") ends the
# dateline: "Kreis X / Stadt Y (ots) – Am Montag …". What stands before it is the place.
_WIRE: Final = re.compile(r"^[^.!?„“\"]{2,120}?\((?:ots|dpa|lni|lby|lsw|lnw|epd|kna)\)\s*[–—-]\s+(?=[A-ZÄÖÜ„])")


def without_dateline(text: str) -> str:
    """``text`` without a dateline in front ("Nordstadt, 4. Mai 2026 – Der Verein …" -> "Der Verein …")."""
    wire = _WIRE.match(text)
    if wire is not None:
        return text[wire.end() :]
    found = match_dateline(text)
    # Only a dateline followed by a capitalised sentence: "Berlin. Die …", "Nordstadt, 4. Mai 2026 – Der …".
    if found is None or (found.issued is None and found.wire is None):
        return text
    rest = text[found.length :].lstrip(" –—-.")
    return rest if rest[:1].isupper() or rest[:1] in '„"' else text


def protect(text: str) -> str:
    """The date appositions of ``text`` as time phrases ("am Montag, 4. Mai 2026, beginnt" -> "am 4. Mai 2026 beginnt").

    A portfolio list in a name ("Ministerium für Verkehr, Bau und Digitales") is read with "und"
    for its commas: German authorities list their remits with commas, which are no clause boundary.
    """
    text = _PORTFOLIO.sub(lambda m: m["items"].replace(", ", " und ") + m["last"], text)
    text = _APPOSITION.sub(lambda m: m["date"], text)
    text = _CLOCK.sub(lambda m: " " + m["clock"], text)
    return _APPOSITION_END.sub(lambda m: m["date"], text)


def restore(text: str, source: str) -> str:
    """``text`` with each date's weekday back as the source names it ("am 4. Mai 2026" -> "am Montag, 4. Mai 2026")."""
    for found in _PORTFOLIO.finditer(source):
        listed = found["items"].replace(", ", " und ") + found["last"]
        text = text.replace(listed, found["items"] + found["last"])
    days = {m["date"]: m["day"] for pattern in (_APPOSITION, _APPOSITION_END) for m in pattern.finditer(source)}
    for date, day in days.items():
        if f"{day}, {date}" in text:
            continue
        # Inside the clause the apposition closes with a comma ("am Montag, 4. Mai 2026, die Straße").
        named = f"{day}, {date}"
        text = re.sub(rf"(?<![\w.]){re.escape(date)}(?= \w)", named + ",", text, count=1)
        if named not in text:
            text = re.sub(rf"(?<![\w.]){re.escape(date)}(?![\w,])", named, text, count=1)
    return text


def lead_indexes(sentences: Sequence[SourceSentence], own: Sequence[int]) -> list[int] | None:
    """The sentences of the paragraph that opens with a dateline, when one of the first three does.

    The dateline opens the body text (Ortsmarke); paragraphs before it are a banner, a summary in
    bullets or a subtitle. The paragraph it opens is the lead (inverted pyramid). None when no
    early paragraph opens with one: the caller's own choice of the lead stands.
    """
    paragraphs: list[int] = []
    for index in own:
        paragraph = sentences[index].paragraph
        if paragraph in paragraphs:
            continue
        paragraphs.append(paragraph)
        if len(paragraphs) > 3:
            return None
        if index == own[0] and len(paragraphs) == 1:
            continue  # the first paragraph is the lead by default anyway
        if without_dateline(sentences[index].text) != sentences[index].text:
            return [i for i in own if sentences[i].paragraph == paragraph]
    return None
