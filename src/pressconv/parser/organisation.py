"""Find the issuing organisation where the release states it in a fixed form (never a guess).

Three forms count: a lead that opens "Die Senatsverwaltung für … teilt mit:"; the presseportal
footer "Original-Content von: Polizeipräsidium Frankfurt am Main, übermittelt durch news aktuell";
and a press-office contact ("Bezirksamt Mitte, Pressestelle"). A body that merely mentions an
organisation ("hat die Stadt Dortmund ausgezeichnet") sets nothing.
"""

from __future__ import annotations

from pressconv.parser._lazy import lazy_compile

__all__ = ["from_contact", "from_footer", "from_lead"]

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
    """The one organisation whose press office ("Pressestelle") the contact sections name."""
    found = {match.group("org").strip() for text in organisations if (match := _PRESS_OFFICE.fullmatch(text))}
    return found.pop() if len(found) == 1 else None
