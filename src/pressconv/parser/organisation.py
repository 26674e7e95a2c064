"""Find the issuing organisation where the release states it in a fixed form (never a guess).

Three forms count: a lead that opens "Die Senatsverwaltung für … teilt mit:"; the presseportal
footer "Original-Content von: Polizeipräsidium Frankfurt am Main, übermittelt durch news aktuell";
and a press-office contact ("Bezirksamt Mitte, Pressestelle"). A body that merely mentions an
organisation ("hat die Stadt Dortmund ausgezeichnet") sets nothing.
"""

from __future__ import annotations

import re

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.header import name_like
from pressconv.parser.limits import SHORT_LINE_MAX

__all__ = [
    "from_about_title",
    "from_contact",
    "from_footer",
    "from_imprint",
    "from_lead",
    "office_label",
    "office_of",
    "split_office_label",
]

# The first word must name an institution, so "Die Bezirksstadträtin …, Sabine Weißler, informiert:"
# (a person speaking) is not taken for one. German public bodies are named by the last part of a
# compound ("Bezirks|amt", "Landes|archiv", "Verwaltungs|gericht", "Senats|verwaltung"), so the
# mechanism is a set of endings of the genre, not a list of particular institutions.
_INSTITUTION = (
    r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:verwaltung|kanzlei|amt|ämter|ministerium|präsidium|direktion|archiv|gericht|"
    r"regierung|behörde|hof|feuerwehr|polizei|stiftung|universität|hochschule|kammer|bibliothek|museum|"
    r"anstalt|zentrale|rat|wahlleitung|beauftragte)|"
    r"Stadt|Gemeinde|Landkreis|Kreis|Bezirk|Land|Bund|Polizei|Feuerwehr|Stiftung|Universität|Hochschule|"
    r"Ministerium|Verwaltung|Senat|Landeshauptstadt|Kreisverwaltung)"
)
_LEAD = lazy_compile(
    r"(?:Die|Der|Das)\s+(?P<org>" + _INSTITUTION + r"\b[^:.!?]{0,100}?)\s+"
    r"(?:teilt mit|informiert|gibt bekannt)\s*:"
)
_FOOTER = lazy_compile(r"Original-Content von:\s*(?P<org>[^,\n]{3,80}?),\s*übermittelt durch")
_PRESS_OFFICE = lazy_compile(r"(?P<org>" + _INSTITUTION + r"\b.{0,80}?)(?:,\s*|\s+)Pressestelle\b.*")


def from_lead(text: str) -> str | None:
    """The organisation of "Die Senatsverwaltung für Integration, Arbeit und Soziales teilt mit:"."""
    match = _LEAD.match(text)
    return match.group("org").strip() if match else None


def from_footer(text: str) -> str | None:
    """The organisation of the presseportal footer "Original-Content von: X, übermittelt durch …"."""
    match = _FOOTER.search(text)
    return match.group("org").strip() if match else None


def from_contact(organisations: list[str]) -> str | None:
    """The one organisation whose press office ("Pressestelle") the contact sections name.

    Besides "Bezirksamt Mitte, Pressestelle", a card may name any sender's communication desk after
    its name ("Klinikum X gGmbH, Unternehmenskommunikation", "Acme Inc., Media Relations"): the
    name before the desk is the organisation when it is written like a name.
    """
    found = {match.group("org").strip() for text in organisations if (match := _PRESS_OFFICE.fullmatch(text))}
    for text in organisations:
        name, office = split_office_label(text)
        if office is not None and name_like(_LOWER_LEGAL_FORM.sub("", name), max_words=12):
            found.add(name)
    return found.pop() if len(found) == 1 else None


# The press office printed under or after the sender's name ("Amtsgericht X" / "– Pressestelle –",
# "Polizeidirektion X, Pressestelle", "Acme Inc. | Media Relations"): the desk that sends the
# release, a label of the letterhead, not part of the organisation's name.
_OFFICE = (
    r"(?:Pressestelle|Presseamt|Presse-\s?und\s+Informationsamt|Presse-?\s?und\s+Öffentlichkeitsarbeit|"
    r"Öffentlichkeitsarbeit|Pressereferat|Pressebüro|"
    # Communication desks of universities, companies and agencies: "Stabsstelle Kommunikation",
    # "Hochschulkommunikation", "Presse und Kommunikation", "Kommunikation und Marketing".
    # Universities and authorities name the unit too ("Referat Presse und Kommunikation", "Abteilung
    # Öffentlichkeitsarbeit", "Stabsstelle Kommunikation").
    r"(?:Stabsstelle|Referat|Abteilung|Dezernat|Sachgebiet|Team|Bereich)\s+(?:Presse|Öffentlichkeitsarbeit|"
    r"[\wäöüß]*[Kk]ommunikation)(?:-?\s+(?:und|&)\s+[\wäöüß-]+)?|"
    r"(?:Presse\s+(?:und|&)\s+)?(?:Hochschul|Unternehmens|Konzern|Wissenschafts)?[Kk]ommunikation"
    r"(?:\s+(?:und|&)\s+(?:Marketing|Medien|Presse))?|Corporate [Cc]ommunications|"
    r"Pressestab|Press [Oo]ffice|Media [Rr]elations|Press and [Mm]edia|Newsroom)"
)
_OFFICE_LINE = lazy_compile(r"[–—-]?\s*" + _OFFICE + r"\s*[–—-]?")
# The office after the name on one line, set off by a comma, dash, bar or middle dot ("Stadt X ·
# Presseamt": letterheads set their items off by middle dots as often as by bars).
_OFFICE_AFTER = lazy_compile(r"(?P<org>\S.*?)\s*(?:,|\s[–—|·•-])\s*(?P<office>" + _OFFICE + r"\s*[–—-]?)")
# Legal forms written in lower case end a name ("Klinikum X gGmbH", "Verein Y e.V.").
_LOWER_LEGAL_FORM = lazy_compile(r"\s+(?:gGmbH|gAG|mbH|e\.\s?V\.)$")
# An "about" section names the organisation only as "Über X" / "About X" with a name after it:
# "Über uns", "Hintergrund", "Unternehmensprofil" are section labels (GOLD.md: the organisation is
# the body's name, never a heading).
_ABOUT_NAME = lazy_compile(r"(?:Über|Ueber|About)\s+(?:(?:die|den|das|der|the)\s+)?(?P<org>[A-ZÄÖÜ0-9„\"].*)")


def office_label(text: str) -> bool:
    """True for a line that is only the press office's label ("Pressestelle", "– Pressestelle –")."""
    return len(text) <= SHORT_LINE_MAX and _OFFICE_LINE.fullmatch(text.strip()) is not None


# The desk before the name, as mail programs show a press office's sender name ("Pressestelle
# Agentur für Arbeit X", "Pressestelle der Stadt X", "Press Office Acme Inc."). Only "der" may link
# them: a feminine name keeps its form after it ("der Stadt X" -> "Stadt X"), other genitives do not.
_OFFICE_BEFORE = lazy_compile(_OFFICE + r"\s+(?:der\s+|of\s+(?:the\s+)?)?(?P<org>[A-ZÄÖÜ0-9].*)")


def office_of(text: str) -> str | None:
    """The organisation of a desk name written desk first ("Pressestelle Agentur für Arbeit X")."""
    if len(text) > SHORT_LINE_MAX:
        return None
    match = _OFFICE_BEFORE.fullmatch(text.strip())
    if match is None or not name_like(match.group("org"), max_words=12):
        return None
    return match.group("org").strip()


def split_office_label(text: str) -> tuple[str, str | None]:
    """Split "Polizeidirektion X, Pressestelle" into the name and the office label after it."""
    if len(text) > SHORT_LINE_MAX:
        return text.strip(), None  # a sender line is short; never run the pattern over a long text
    match = _OFFICE_AFTER.fullmatch(text.strip())
    if match is None:
        return text.strip(), None
    return match.group("org").strip(), match.group("office").strip()


# The imprint of a release names its publisher: "Herausgeber: Stadt X", "Herausgegeben von: …",
# "Published by: …" (German press law and many company templates print it at the end).
_IMPRINT = lazy_compile(
    r"(?:Herausgeber(?:in)?|Herausgegeben von|Published by|Issued by)\s*:?\s*(?P<org>[^:]{0,150})", re.IGNORECASE
)


def from_imprint(texts: list[str]) -> str | None:
    """The publisher an imprint line names ("Herausgeber: Stadt X", or the line after "Herausgeber:")."""
    for position, text in enumerate(texts):
        match = _IMPRINT.fullmatch(text.strip())
        if match is None:
            continue
        named = match.group("org").strip()
        if not named and position + 1 < len(texts):
            named = texts[position + 1].strip()
        name, _ = split_office_label(named)
        if name and name_like(_LOWER_LEGAL_FORM.sub("", name), max_words=12):
            return name
    return None


def from_about_title(title: str) -> str | None:
    """The organisation an "Über Acme" / "About Acme" section heading names, else None."""
    match = _ABOUT_NAME.fullmatch(title.strip().rstrip(":"))
    return match.group("org").strip() if match else None
