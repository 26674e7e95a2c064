"""Recognise what is not part of a release: web-page debris, wire-service markers and end marks."""

from __future__ import annotations

import re

from pressconv.parser._lazy import lazy_compile
from pressconv.parser._programs import cached_compile
from pressconv.parser.limits import DEBRIS_LINE_MAX, END_MARK_MAX

__all__ = [
    "END_MARK",
    "aggregator_tail_start",
    "end_mark_reason",
    "residue_reason",
    "trailing_button",
]

# Lines a browser copy of a press page drags along. Matched against the whole line, case-insensitive.
_WEB_RESIDUE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (cached_compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (
            r"(direkt )?zum (haupt)?inhalt( springen| wechseln)?|zur navigation( springen)?|"
            r"(springe?|gehe|direkt) (zum|zur|zu) (haupt)?(inhalt|navigation|suche|menü|hauptmenü|fußzeile)|"
            r"skip to (main )?content|skip navigation|jump to (main )?content|zum seitenanfang|"
            r"nach oben|back to top|(zurück )?zur übersicht|hauptnavigation|navigation (öffnen|schließen)|"
            r"menü|menu|suche|search",
            "web-page navigation (skip link or menu)",
        ),
        (
            # The back link of a CMS article page ("« Zurück zur Übersicht", "← Back to all news",
            # "Zurück zu den Pressemitteilungen"): an arrow or guillemet marks it as a link whatever
            # its target; without one, only a target that names a list page of the site.
            r"[«‹←<]{1,2}\s*(zurück|back)(\s+(zu[rm]?|to)\s+[^.!?:]{1,40})?|"
            r"(zurück|back)(\s+(zu[rm]?|to)(\s+(der|den|dem|allen|all|the))?\s+(übersicht|startseite|liste|"
            r"(presse)?meldungen|pressemitteilungen|nachrichten|news|overview|home|list|press releases))?\s*[»›→>]{0,2}",
            "web-page navigation (back link)",
        ),
        (
            r"((diese[nrs]? )?(seite|artikel|meldung) )?(drucken|teilen|versenden|empfehlen|merken)|print( this)?( page)?|"
            r"share( this)?( (page|article|on \w+))?|(auf )?(facebook|twitter|x|linkedin|xing|whatsapp|"
            r"e-?mail|mastodon)( teilen)?|tweet|pdf herunterladen|download pdf|vorlesen|druckversion|"
            r"pdf[- ]version|print version|"
            r"(text|schrift)größe|leichte sprache|gebärdensprache|rss",
            "web-page tool (print, share or similar button)",
        ),
        (
            # The font-size switch of German public-sector page templates ("Schrift A A A", "A- A A+",
            # "Schriftgröße: A A+ A++"): three letters A, each a button; no line of a release looks so.
            r"((schrift|text)(größe)?\s*:?\s*)?a[-–−+]{0,2}(\s+a[-–−+]{0,2}){2}",
            "web-page tool (font-size switch)",
        ),
        (
            # A banner names cookies and asks for consent or points to the site's policy; a sentence
            # of a release about cookies does neither.
            r"(?=.{0,120}\bcookies?\b)(?=.{0,300}(akzept|accept|zustimm|stimmen sie|einverstanden|einwillig|"
            r"consent|einstellung|settings|learn more|mehr erfahren|more info|datenschutzerklärung|privacy|"
            r"(diese|unsere)[rn]? (web)?seite|(this|our) (web)?site|website|(wir|we) (verwenden|nutzen|setzen|use)))"
            r".{1,320}|datenschutzeinstellungen|privacy settings|"
            r"(alle )?(akzeptieren|ablehnen)|accept( all)?( cookies)?|reject( all)?|einverstanden",
            "cookie notice",
        ),
        (
            # "Sie sind hier:" and "Sie befinden sich hier:" open a breadcrumb alike (CMS conventions).
            r"(startseite|home|sie sind hier:?|sie befinden sich hier:?)(\s*[>›»/|]\s*[^>›»|]{1,60}){1,8}"
            r"|sie (sind|befinden sich) hier:.*",
            "breadcrumb navigation",
        ),
        (
            r"email us here|visit our (website|blog)|(visit|go to) website|read more|weiterlesen|mehr lesen",
            "link label whose link was lost when the page was copied",
        ),
        (r"[*•·\-–]\s*", "empty list item"),
        (
            r"(-{2,}\s*)?(news direct|pr newswire|business wire|globe newswire|accesswire)(\s*-{2,})?|"
            # Presseportal (news aktuell) closes every ots release with its distribution note.
            r"original-content von:.{1,200}|übermittelt durch news aktuell",
            "wire-service marker",
        ),
        (
            r"(©|\(c\)|copyright)\s*\d{4}.{0,80}|alle rechte vorbehalten\.?|all rights reserved\.?",
            "copyright line of the web page",
        ),
        # Accessibility skip links and menu toggles of CMS page templates ("Access to page content
        # (press "Enter")", "View submenu:", "Hide menu: News", "Launch the search").
        (
            r".{0,60}\(press \W?enter\W?\)|(direct )?access to (the )?(page content|main content|"
            r"search field|[\w ]{1,25} menu)|(view|hide|show|open|close|toggle) (sub)?menu(:.{0,40})?|"
            r"(launch|start) (the )?search|(change|select|choose) (the )?(navigation )?language|"
            r"sprache (wählen|ändern|auswählen)|current page:*|go back to page\s*:.{0,60}",
            "web-page navigation (skip link or menu)",
        ),
        # Footer links every site template carries (English and German legal pages).
        (
            r"privacy (statement|policy|notice)|terms (of use|of service|and conditions)|legal notice|"
            r"cookie (policy|settings|richtlinie)|datenschutzerklärung|datenschutzhinweise|impressum|"
            r"nutzungsbedingungen|sitemap|barrierefreiheitserklärung|accessibility statement",
            "footer link of the web page",
        ),
        # Cookie banners' buttons ("I Accept", "OK, verstanden", "Got it").
        (
            r"i accept|ich stimme zu|(ok(ay)?,? )?verstanden|got it|ok(ay)?|learn more|mehr erfahren|"
            r"alle cookies (akzeptieren|zulassen)",
            "cookie notice",
        ),
        # "Tweet"/"Share this page:"/"Follow us on LinkedIn": share and follow buttons.
        (
            r"(share|teilen|follow us|folgen sie uns|folge uns)( (this|diese[nrs]?) (page|article|post|seite|"
            r"artikel|beitrag))?( (on|auf) [\w+ ]{1,20})?:?|"
            r"((check out|follow|find|visit|folgen sie|folge|besuchen sie) .{1,40}|\S+( \S+){0,2}) (on|auf) "
            r"(facebook|twitter|x|linkedin|xing|instagram|youtube|flickr|pinterest|snapchat|reddit|tiktok|"
            r"mastodon|bluesky)",
            "web-page tool (print, share or similar button)",
        ),
        # Cloudflare's e-mail obfuscation leaves "[email protected]" where the address was; the
        # address itself is lost in the copy.
        (r"([\w.\- ]{1,20}:\s*)?\[email(&#160;|\s)protected\]", "e-mail address hidden by the web page"),
        # Twitter-style tag lines under wire releases ("#digitalhealth #CPAP", "$RMD").
        (r"(## )?([#$][\w.]{1,40}\s*){1,12}|(## )?(#hashtags|\$cashtags)", "hashtag or cashtag line"),
        # WordPress feeds append "The post <title> appeared first on <site>."
        (r"the post .{1,300} appeared first on .{1,200}", "feed footer of a blog or news site"),
        # News archives link the wire's page: "[Original/Source Press Release](https://…)".
        (r"\[(original|source|original/source) press release\]\([^)\s]*\)", "link to the release's source page"),
        # A button of a static-site template ("<a href="{{ site.url }}/x.pdf"><button>PDF</button></a>"):
        # markup whose link is a template placeholder the copy never filled in.
        (
            r"(?=.{0,600}(<button|\{\{|\{%))(<[^<>]{0,500}>\s*){1,6}[^<>]{0,80}(\s*</?(button|a|span)\b[^<>]{0,200}>){1,6}",
            "button markup of the web page",
        ),
        # Scraped records label their fields; a "Content:" line alone only opens the text.
        (r"(content|body|text|inhalt|article|artikel)\s*:", "field label of a scraped record"),
        # Wire pages link their own copy ("View original content to download multimedia:https://…",
        # PR Newswire) and close with their channel list and disclaimer (EIN Presswire).
        (
            r"view original content( to download multimedia)?\s*:\s*\S{1,500}|distribution channels\s*:.{1,300}|"
            # Business Wire and News Direct: "View source version on businesswire.com: https://…".
            r"view source version on [\w.\-]{3,60}\s*:\s*\S{1,500}|"
            r"legal disclaimer\s*:.{0,600}|.{0,40}provides this news content \W?as is\W? without warranty.{0,600}",
            "wire-service marker",
        ),
        # Article furniture: reading time, tag lines, picture tools.
        (
            r"(lesezeit|lesedauer|reading time)\s*:?\s*(ca\.\s*|etwa\s*|about\s*)?\d{1,3}\s*(min\.?|minuten|minutes?)|"
            r"\d{1,3}\s*(min\.?|minuten|minutes?)\s*(read|lesezeit|lesen)|"
            r"(tags|schlagwörter|schlagworte|stichwörter|keywords|kategorien?|categor(y|ies)|rubrik(en)?)\s*:.{0,200}|"
            r"(bild|foto|image)\s*(vergrößern|herunterladen|download|enlarge)|vergrößern|zoom",
            "web-page article tool or tag line",
        ),
        # A line holding only a menu or breadcrumb separator.
        (r"[|›»/·•]+", "web-page navigation (skip link or menu)"),
    )
)

END_MARK = lazy_compile(
    r"(#\s*#\s*#|-\s*30\s*-|–\s*30\s*–|[-–]\s*ende\s*[-–]|ende der (presse)?mitteilung|ends?|"
    r"\*\s*\*\s*\*|-{1,2}\s*end\s*-{1,2})",
    re.IGNORECASE,
)

_MD_LINK_LINE = lazy_compile(r"(!?\[[^\]]*\]\([^)\s]*\)|pickup\s*-\s*|\s|\|)+", re.IGNORECASE)


_TRAILING_BUTTON = lazy_compile(
    r"\s+(?P<label>email us here|visit our website|visit our blog|click here|read more|weiterlesen|"
    r"mehr erfahren)$",
    re.IGNORECASE,
)


# Longer than the longest label plus the space before it.
_BUTTON_TAIL = 40


def trailing_button(text: str) -> tuple[str, str] | None:
    """Split off a button label glued to the end of a line ("… Association Email Us Here")."""
    # The label ends the line: search its last characters only, since "\s+" tried from every
    # position of a long run of spaces would make the search quadratic (issue 15 #3).
    match = _TRAILING_BUTTON.search(text, max(0, len(text) - _BUTTON_TAIL))
    if not match or not text[: match.start()].strip():
        return None
    return text[: match.start()].rstrip(), match.group("label")


def residue_reason(text: str) -> str | None:
    """Return why the whole line ``text`` is web or wire debris, or None if it is content."""
    stripped = text.strip()
    if not stripped or len(stripped) > DEBRIS_LINE_MAX:
        return None
    for candidate in (stripped, stripped.rstrip(":").rstrip()):
        for pattern, reason in _WEB_RESIDUE:
            if candidate and pattern.fullmatch(candidate):
                return reason
    # A row of page buttons copied as one line ("Teilen   Drucken   E-Mail", "Drucken | Merken |
    # Schrift A A A"): the copy keeps the gaps between the buttons as runs of spaces, or the bars a
    # template sets between them. Residue if every item is.
    items = [item.strip() for item in _BUTTON_GAP.split(stripped) if item.strip()]
    if len(items) >= 2:
        reasons = [_item_reason(item) for item in items]
        # "PDF" or "E-Mail" alone is a button only beside other buttons ("Drucken   Teilen   PDF"): on a
        # line of its own it may be a heading or a label of the text.
        found = [reason for reason in reasons if reason]
        if found and all(reason or _ROW_BUTTON.fullmatch(item) for reason, item in zip(reasons, items, strict=True)):
            return found[0]
    return None


# Buttons that name a format or channel ("PDF", "Als PDF", "E-Mail", "Link kopieren"): residue in a row of tools.
_ROW_BUTTON = lazy_compile(
    r"\[?(?:(?:als |zum )?pdf(?: (?:speichern|herunterladen|download))?|(?:per )?e-?mail|link kopieren|kopieren|"
    r"copy link|print|save as pdf)\]?",
    re.IGNORECASE,
)
# One button of a row in square brackets: "[Drucken]", "[Zurück zur Übersicht]".
_BRACKETED_BUTTON = lazy_compile(r"^\[(?P<label>[^\[\]]{1,40})\]$")


# A bar alone, not "\s*\|\s*": the spaces around it are stripped from the items afterwards, since
# "\s*" tried from every position of a long run of spaces would make the split quadratic.
_BUTTON_GAP = lazy_compile(r"\s{2,}|\t+|\|")


def _item_reason(text: str) -> str | None:
    # "[Drucken]  [Als PDF speichern]": text-mode browsers and some CMS exports set each button of a
    # row in square brackets; the bracket marks the control, the label inside says what it does.
    text = _BRACKETED_BUTTON.sub(r"\g<label>", text)
    for pattern, reason in _WEB_RESIDUE:
        if pattern.fullmatch(text):
            return reason
    return None


# The end marks of the genre, in every spelling seen across senders: "###", "# # #", "#####",
# "-30-", "– 30 –", "- END -", "– Ende –", "ENDS", "ENDE", "Ende der Pressemitteilung", "***".
_END_MARK_LINE = lazy_compile(
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
    if len(stripped) > END_MARK_MAX or not stripped:
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
