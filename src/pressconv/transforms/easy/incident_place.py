"""The place of a police or fire report said after the news it belongs to: "Das war in Talheim und Weilach."

News-writing convention (the W-questions of the lead): a police or fire report's first sentence
says where the incident happened ("In Talheim und Weilach war heute früh ein 19-Jähriger … unterwegs",
"Am Freitag brannte in der Lindenstraße in Oberried ein Wohnhaus"). When the summary's title or
one of its lines says that lead's news without its place, the reader never learns where it was.

The place is said only where the lead names exactly one place phrase (towns or districts joined by
"und", a street with its town, "zwischen A und B"): two places in a lead may belong to two events
(a crime here, an arrest there), and any of them stated for the news could be wrong (omission over
error). "Das war …" points back at the line said right before it, so it goes right after the line
whose words are the lead's own and never anywhere else; where the title says the lead, the place
opens the body as "Der Ort ist: …".

Only the main clause's adverbial of place is the incident's place: a place inside an attribute
("ein in Südhausen gestohlenes Auto"), a relative clause (", der in Nordhausen wohnt,") or another
subordinate clause belongs to a person's or a thing's story, not to where the incident happened.
Such places are skipped; where one stands inside a participle attribute the lead is not read at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from pressconv.transforms.easy.draft import Draft, allowed_acronyms, fact_guard, style
from pressconv.transforms.easy.facts import is_place
from pressconv.transforms.easy.propernames import NAME as _NAME
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.verify import rule_failures

__all__ = ["incident_place", "with_place"]

# The kinds whose releases tell an incident at a place (police, fire, witness appeal).
_KINDS: Final = ("police", "fire", "appeal")
# German street names end in one of these heads (Straße, Weg, Allee …); they take their article.
_STREET: Final = r"[A-ZÄÖÜ][\wäöüß\-]*(?:straße|weg|allee|gasse|chaussee|damm|ring|platz|ufer)"
_FEMININE_STREET: Final = ("straße", "allee", "gasse", "chaussee")
_PLACES: Final = re.compile(
    # "in der Lindenstraße in Oberried", "in der Lindenstraße"
    rf"\b[Ii]n (?:der |dem |im )?(?P<street>{_STREET})(?: in (?P<town>{_NAME}))?\b(?![\wäöüß\-])"
    # "zwischen Oberried und Talheim"
    rf"|\bzwischen (?P<b>{_NAME}) und (?P<c>{_NAME})\b(?! [A-ZÄÖÜ])"
    # "in Talheim und Weilach", "in Nordheim, Südheim und Westheim"
    rf"|\b[Ii]n (?P<list>{_NAME}(?:, {_NAME})*(?: (?:und|sowie) {_NAME})?)\b(?![\wäöüß\-]| [A-ZÄÖÜ])"
)
# A prepositional phrase right after an article or before an inflected participle and its noun is
# an attribute of that noun (erweitertes Partizipialattribut): "ein in X gestohlenes Auto".
_ATTRIBUTE_BEFORE: Final = re.compile(
    r"\b(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+$"
)
_ATTRIBUTE_AFTER: Final = re.compile(r"\s+[a-zäöüß]+(?:e|en|em|er|es)\s+[A-ZÄÖÜ]")
# Subordinate clauses run to the next comma or the end of the sentence: after a comma, a relative
# pronoun (with its preposition: "in dem") or a subordinator; opening the sentence, a subordinator.
_RELATIVE: Final = r"(?:der|die|das|dem|den|deren|dessen|denen|welche[nmrs]?|wo)"
_CONJUNCTION: Final = r"(?:als|weil|nachdem|während|wenn|bevor|obwohl|dass|sobald|ob)"
_SUBORDINATE: Final = re.compile(
    rf",\s*(?:(?:[a-zäöüß]+ )?{_RELATIVE}|{_CONJUNCTION})\b[^,]*|^(?:{_CONJUNCTION.title()})\b[^,]*"
)
# A plural place noun before a list: "in den Stadtteilen …", "in den Gemeinden …".
_PLACE_LIST: Final = re.compile(
    r"\b(?:in|aus) den (?:Stadtteilen|Ortsteilen|Gemeinden|Bezirken|Städten|Orten|Kreisen|Landkreisen)\b"
)
# Words of a title or line that say little of their own: a shared "hat" makes no match.
_CONTENT_MIN: Final = 4
# Share of a line's content words the lead must contain for the line to say the lead's news.
_SHARE: Final = 0.75


def incident_place(lead: str) -> str | None:
    """ "in Talheim und Weilach": the one place phrase of a report's lead, else None."""
    if _PLACE_LIST.search(lead):
        return None  # "in den Stadtteilen A, B …": a list of places this reading does not take whole
    found: list[str] = []
    subordinate = _subordinate_spans(lead)
    for match in _PLACES.finditer(lead):
        if any(start <= match.start() < end for start, end in subordinate):
            continue  # ", der in Nordhausen wohnt,": a person's place, not the incident's
        if _ATTRIBUTE_BEFORE.search(lead[: match.start()]) or _ATTRIBUTE_AFTER.match(lead[match.end() :]):
            return None  # "ein in Südhausen gestohlenes Auto": the thing's story, the incident is elsewhere
        if re.search(r"(?:\bsowie|\bund|\boder|,)\s*$", lead[: match.start()]):
            return None  # "… sowie in Brandenburg": one part of a coordinated list would cut the rest
        if match["street"]:
            street = match["street"]
            if street.lower().endswith(_FEMININE_STREET):
                phrase = f"in der {street}"
            elif match.group(0).lower().startswith("in der "):
                phrase = f"in der {street}"  # "in der Kreisstraße"-like: the article as written
            else:
                phrase = f"im {street}"
            if match["town"]:
                if not is_place(match["town"]):
                    return None
                phrase += f" in {match['town']}"
        elif match["b"]:
            if not (is_place(match["b"]) and is_place(match["c"])):
                continue
            phrase = f"zwischen {match['b']} und {match['c']}"
        else:
            names = re.split(r", | und | sowie ", match["list"])
            if not all(is_place(name) for name in names):
                if any(is_place(name) for name in names):
                    return None  # a list of places and other words: not read safely
                continue  # "in Haft", "in Richtung": no place
            phrase = f"in {match['list'].replace(' sowie ', ' und ')}"
        if phrase not in found:
            found.append(phrase)
    return found[0] if len(found) == 1 else None


def _subordinate_spans(lead: str) -> list[tuple[int, int]]:
    """The spans of the lead's subordinate clauses (see ``_SUBORDINATE``)."""
    return [(m.start(), m.end()) for m in _SUBORDINATE.finditer(lead)]


def _content(text: str) -> list[str]:
    """The text's content words: lower case, without Mediopunkts, long enough to carry meaning."""
    return [w for w in re.findall(r"[\wäöüß\-]+", text.replace("·", "").lower()) if len(w) >= _CONTENT_MIN]


def _says_lead(text: str, lead: str) -> bool:
    """The line's words are the lead's own (three in four of its content words)."""
    words = _content(text)
    lead_words = set(_content(lead))
    return len(words) >= 2 and sum(w in lead_words for w in words) >= _SHARE * len(words)


def with_place(draft: Draft) -> Draft:
    """The summary with "Das war in …" after the title or line that says the report's lead."""
    if draft.kind not in _KINDS or not draft.lines:
        return draft
    body = [s.text for s in draft.sentences if not s.speech and not s.heading and len(s.text.split()) >= 5]
    if not body:
        return draft
    lead = body[0]
    place = incident_place(lead)
    if place is None:
        return draft
    names = re.findall(_NAME, place)
    said = [draft.headline or "", *(line.text for line in draft.lines)]
    if any(name.lower() in text.replace("·", "").lower() for name in names for text in said):
        return draft  # the summary names the place already
    if _says_lead(draft.headline or "", lead):
        # Under the title the place is said in a frame of its own: a "Das" at the top of the body
        # would point at a heading, not at a sentence the reader has just read.
        at, text, follows = 0, f"Der Ort ist: {re.sub(r'^(?:in der |im |in )', '', place)}.", False
    else:
        at = next((i + 1 for i, line in enumerate(draft.lines) if not line.phone and _says_lead(line.text, lead)), -1)
        if at < 0:
            return draft
        # A follower of the line before it (rescue.py's convention): it stays right after its head.
        text, follows = f"Das war {place}.", True
    styled = style(text, draft)
    if rule_failures(styled, known_acronyms=allowed_acronyms(draft)) or fact_guard(draft).failures(styled):
        return draft
    lines = list(draft.lines)
    lines.insert(at, Line(styled, origin="template", follows=follows))
    return replace(draft, lines=tuple(lines))
