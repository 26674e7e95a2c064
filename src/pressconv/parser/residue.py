"""Recognise what is not part of a release: web-page debris, wire-service markers and end marks."""

from __future__ import annotations

import re

__all__ = [
    "END_MARK",
    "aggregator_tail_start",
    "end_mark_reason",
    "residue_reason",
    "trailing_button",
]

# Lines a browser copy of a press page drags along. Matched against the whole line, case-insensitive.
_WEB_RESIDUE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (
            r"(direkt )?zum (haupt)?inhalt( springen| wechseln)?|zur navigation( springen)?|"
            r"skip to (main )?content|skip navigation|jump to (main )?content|zum seitenanfang|"
            r"nach oben|back to top|(zurück )?zur übersicht|hauptnavigation|navigation (öffnen|schließen)|"
            r"menü|menu|suche|search",
            "web-page navigation (skip link or menu)",
        ),
        (
            r"((diese[nrs]? )?(seite|artikel|meldung) )?(drucken|teilen|versenden|empfehlen|merken)|print( this)?( page)?|"
            r"share( this)?( (page|article|on \w+))?|(auf )?(facebook|twitter|x|linkedin|xing|whatsapp|"
            r"e-mail|mastodon)( teilen)?|tweet|pdf herunterladen|download pdf|vorlesen|"
            r"(text|schrift)größe|leichte sprache|gebärdensprache|rss",
            "web-page tool (print, share or similar button)",
        ),
        (
            r".{0,120}\b(cookies?|datenschutzeinstellungen|privacy settings)\b.{0,200}|"
            r"(alle )?(akzeptieren|ablehnen)|accept( all)?( cookies)?|reject( all)?|einverstanden",
            "cookie notice",
        ),
        (
            r"(startseite|home|sie sind hier:?)(\s*[>›»/|]\s*[^>›»|]{1,60}){1,8}|sie sind hier:.*",
            "breadcrumb navigation",
        ),
        (
            r"email us here|visit our (website|blog)|(visit|go to) website|read more|weiterlesen|mehr lesen",
            "link label whose link was lost when the page was copied",
        ),
        (r"[*•·\-–]\s*", "empty list item"),
        (
            r"(-{2,}\s*)?(news direct|pr newswire|business wire|globe newswire|accesswire)(\s*-{2,})?",
            "wire-service marker",
        ),
        (
            r"(©|\(c\)|copyright)\s*\d{4}.{0,80}|alle rechte vorbehalten\.?|all rights reserved\.?",
            "copyright line of the web page",
        ),
    )
)

END_MARK = re.compile(
    r"(#\s*#\s*#|-\s*30\s*-|–\s*30\s*–|[-–]\s*ende\s*[-–]|ende der (presse)?mitteilung|ends?|"
    r"\*\s*\*\s*\*|-{1,2}\s*end\s*-{1,2})",
    re.IGNORECASE,
)

_MD_LINK_LINE = re.compile(r"(!?\[[^\]]*\]\([^)\s]*\)|pickup\s*-\s*|\s|\|)+", re.IGNORECASE)


_TRAILING_BUTTON = re.compile(
    r"\s+(?P<label>email us here|visit our website|visit our blog|click here|read more|weiterlesen|"
    r"mehr erfahren)$",
    re.IGNORECASE,
)


def trailing_button(text: str) -> tuple[str, str] | None:
    """Split off a button label glued to the end of a line ("… Association Email Us Here")."""
    match = _TRAILING_BUTTON.search(text)
    if not match or not text[: match.start()].strip():
        return None
    return text[: match.start()].rstrip(), match.group("label")


def residue_reason(text: str) -> str | None:
    """Return why the whole line ``text`` is web or wire debris, or None if it is content."""
    stripped = text.strip()
    if not stripped or len(stripped) > 400:
        return None
    for pattern, reason in _WEB_RESIDUE:
        if pattern.fullmatch(stripped):
            return reason
    return None


# The end marks of the genre, in every spelling seen across senders: "###", "# # #", "#####",
# "-30-", "– 30 –", "- END -", "– Ende –", "ENDS", "ENDE", "Ende der Pressemitteilung", "***".
_END_MARK_LINE = re.compile(
    r"#(?:\s*#){2,}|[-–—]{1,2}\s*30\s*[-–—]{1,2}|[-–—]{1,2}\s*(?:ende?|ends)\s*[-–—]{1,2}|"
    r"[(\[]?(?:ende?|ends)[)\]]?|ende der (?:presse)?(?:mitteilung|meldung|information)|end of (?:press )?release|"
    r"\*(?:\s*\*){2,}",
    re.IGNORECASE,
)


def end_mark_reason(text: str) -> str | None:
    """Return a reason if the line is an end mark (``###``, ``-30-``, ``- Ende -``, ``ENDS``)."""
    stripped = text.strip()
    # "**ENDS**": Markdown emphasis around the mark ("***" alone is a mark of its own).
    inner = stripped.strip("*_").strip()
    stripped = inner if re.search(r"[^\W_]", inner) else stripped
    if len(stripped) > 60 or not stripped:
        return None
    bare = re.sub(r"[\W_]", "", stripped)
    # A bare word ("End", "Ende") is an end mark only in capitals: "Ende" alone may be a heading.
    if _END_MARK_LINE.fullmatch(stripped) and (not bare.isalpha() or bare.isupper() or " " in stripped or stripped != bare):
        return "end mark of the release"
    return None


def aggregator_tail_start(texts: list[str]) -> int | None:
    """Index of a ``---`` line after which only aggregator link debris follows (Markdown archives).

    News archives append "source", "TLDR", pickup and QR-code links after a rule; none of it was
    written by the press office.
    """
    for index in range(len(texts) - 1, -1, -1):
        if texts[index].strip() in ("---", "***", "___"):
            tail = [t for t in texts[index + 1 :] if t.strip()]
            if tail and all(_MD_LINK_LINE.fullmatch(t.strip()) for t in tail):
                return index
            return None
    return None
