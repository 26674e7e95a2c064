"""Read the metadata block at the top of a release: YAML or TOML front matter, or ``Key: value`` records."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from pressconv.diagnostics import RemovedLine
from pressconv.parser._lazy import lazy_compile
from pressconv.parser.dates import find_date, parse_date_line

__all__ = ["FrontMatter", "read_front_matter"]

# Field names of static-site generators (Hugo, Jekyll, Eleventy, Zola, Next.js content folders) and of
# scraped records, English and German, mapped to the metadata they carry. "teaser", "meta_beschreibung"
# and "excerpt" are texts for listing cards and search engines, not shown under the headline.
_KEYS: dict[str, str] = {
    "title": "title",
    "titel": "title",
    "headline": "title",
    "überschrift": "title",
    "ueberschrift": "title",
    "date": "date",
    "datum": "date",
    "published": "date",
    "publishdate": "date",
    "publish_date": "date",
    "pubdate": "date",
    "veröffentlicht": "date",
    "author": "author",
    "authors": "author",
    "autor": "author",
    "autorin": "author",
    "autoren": "author",
    "by": "author",
    "description": "subtitle",
    "summary": "subtitle",
    "einleitung": "subtitle",
    "subtitle": "subtitle",
    "untertitel": "subtitle",
    "subheadline": "subtitle",
    "lead": "subtitle",
    "tags": "keywords",
    "keywords": "keywords",
    "schlagworte": "keywords",
    "schlagwörter": "keywords",
    "stichworte": "keywords",
}
# Keys of scraped records that are known to hold page furniture (still a sign of a record header).
_RECORD_ONLY = {"pr tag", "tag", "category", "kategorie", "source", "quelle", "url", "link", "type", "typ"}
_USE = {
    "title": "used as the title",
    "date": "used as the release date",
    "author": "used as the author",
    "subtitle": "used as the subtitle",
    "keywords": "used as keywords",
}
_TEMPLATE = "front matter: template field not shown"

_YAML_KEY = lazy_compile(r"(?P<key>[A-Za-zÄÖÜäöüß_][\wÄÖÜäöüß.-]*)\s*:(?:\s+|$)(?P<value>.*)$")
_TOML_KEY = lazy_compile(r"(?P<key>[A-Za-z_][\w.-]*|\"[^\"]+\")\s*=\s*(?P<value>.*)$")
_TOML_TABLE = lazy_compile(r"\[\[?\s*(?P<name>[\w.\" -]+?)\s*\]\]?\s*(?:#.*)?")
# "Title: …" / "PR Tag: …": a scraped record's field name is one to three words, then a colon.
_RECORD_KEY = lazy_compile(r"(?P<key>[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß]*(?: [\wÄÖÜäöüß]+){0,2})\s*:\s*(?P<value>.*)$")
_ISO = lazy_compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?")


@dataclass
class FrontMatter:
    """Metadata read from the top of the text, and the lines it occupied (as ``removed`` entries)."""

    kind: str  # "yaml", "toml" or "record"
    end: int  # index of the first line after the block
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    issued: date | None = None
    issued_time: str | None = None
    keywords: tuple[str, ...] = ()
    title_line: int | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    # A record's "Content: text" line keeps its text as the first body line.
    content_line: tuple[int, str] | None = None


def read_front_matter(lines: list[str]) -> FrontMatter | None:
    """Read a leading YAML (``---``), TOML (``+++``) or ``Key: value`` record block, if there is one."""
    if not lines:
        return None
    first = lines[0].strip().lstrip("\ufeff")
    if first in ("---", "+++"):
        closer = ("---", "...") if first == "---" else ("+++",)
        for index in range(1, min(len(lines), 2000)):
            if lines[index].strip() in closer:
                entries = _read_yaml(lines, index) if first == "---" else _read_toml(lines, index)
                if not entries:
                    return None
                return _build("yaml" if first == "---" else "toml", lines, index + 1, entries)
        return None
    return _read_record(lines)


# One entry per field: (key, raw value, list values, first line index, last line index).
_Entry = tuple[str, str, list[str], int, int]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value


def _strip_comment(value: str) -> str:
    """Drop a trailing ``# comment`` that stands outside quotes (YAML and TOML agree on this)."""
    quote = ""
    for position, char in enumerate(value):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (position == 0 or value[position - 1] in " \t:[,"):
            quote = char
        elif char == "#" and (position == 0 or value[position - 1] in " \t"):
            return value[:position].rstrip()
    return value.rstrip()


def _inline_list(value: str) -> list[str]:
    inner = value.strip()[1:-1]
    return [_unquote(part) for part in inner.split(",") if _unquote(part)]


def _read_yaml(lines: list[str], close: int) -> list[_Entry] | None:
    """A tolerant reader for the flat YAML of front matter: scalars, quoted, folded and list values."""
    entries: list[_Entry] = []
    index = 1
    while index < close:
        raw = lines[index]
        text = raw.strip()
        if not text or text.startswith("#") or raw[:1] in " \t":
            index += 1  # comments, blank lines and stray indented lines belong to no field
            continue
        match = _YAML_KEY.match(text)
        if not match:
            return None  # prose between two "---" lines: a rule above the text, not front matter
        key, value = match.group("key"), _strip_comment(match.group("value"))
        start = index
        index += 1
        if value and value[0] in "\"'" and (len(value) < 2 or not value.endswith(value[0])):
            # A quoted scalar may go on over unindented lines until its closing quote.
            quote, parts = value[0], [value]
            while index < close and not _YAML_KEY.match(lines[index]):
                parts.append(lines[index].strip())
                index += 1
                if parts[-1].endswith(quote):
                    break
            value = " ".join(part for part in parts if part)
        block: list[str] = []
        while index < close and (not lines[index].strip() or lines[index][:1] in " \t"):
            block.append(lines[index].strip())
            index += 1
        while block and not block[-1]:
            block.pop()  # trailing blank lines separate fields; they are not part of this one
            index -= 1
        items: list[str] = []
        if value[:1] in ("|", ">"):
            joiner = "\n" if value[0] == "|" else " "
            value = joiner.join(part for part in block if not part.startswith("#")).strip()
        elif value.startswith("[") and value.endswith("]"):
            items = _inline_list(value)
            value = ", ".join(items)
        elif not value and block and block[0].startswith("- "):
            items = [_unquote(_strip_comment(part[2:])) for part in block if part.startswith("- ")]
            value = ", ".join(items)
        elif not value and block and _YAML_KEY.match(block[0]):
            value = ""  # a nested mapping (image: src: …) is template data
        else:
            value = _unquote(" ".join([value, *(part for part in block if not part.startswith("#"))]).strip())
        entries.append((key, value, items, start, index - 1))
    return entries


def _read_toml(lines: list[str], close: int) -> list[_Entry] | None:
    """A tolerant reader for TOML front matter: ``key = value``, arrays, multi-line strings, tables."""
    entries: list[_Entry] = []
    table = ""
    index = 1
    while index < close:
        text = lines[index].strip()
        if not text or text.startswith("#"):
            index += 1
            continue
        header = _TOML_TABLE.fullmatch(text)
        if header:
            table = header.group("name").strip().strip('"').lower()
            index += 1
            continue
        match = _TOML_KEY.match(text)
        if not match:
            return None  # prose between two "+++" lines is no front matter
        key = match.group("key").strip('"')
        value = match.group("value").strip()
        start = index
        if value.startswith(('"""', "'''")) and (len(value) < 6 or not value.endswith(value[:3])):
            quote, parts = value[:3], [value[3:]]
            while index + 1 < close:
                index += 1
                part = lines[index].rstrip()
                if part.endswith(quote):
                    parts.append(part[:-3])
                    break
                parts.append(part)
            value = " ".join(p.strip() for p in parts if p.strip())
        elif value.startswith("[") and not _strip_comment(value).endswith("]"):
            parts = [value]
            while index + 1 < close and not _strip_comment(parts[-1]).endswith("]"):
                index += 1
                parts.append(lines[index].strip())
            value = " ".join(_strip_comment(p) for p in parts)
        value = _strip_comment(value)
        items: list[str] = []
        if value.startswith(('"""', "'''")) and value.endswith(value[:3]) and len(value) >= 6:
            value = value[3:-3].strip()
        elif value.startswith("[") and value.endswith("]"):
            items = _inline_list(value)
            value = ", ".join(items)
        else:
            value = _unquote(value)
        # Hugo keeps page fields in [params], Zola tags in [taxonomies]; other tables are template data.
        name = key if table in ("", "params", "taxonomies") else f"{table}.{key}"
        entries.append((name, value, items, start, index))
        index += 1
    return entries


def _read_record(lines: list[str]) -> FrontMatter | None:
    """Scraped records open with ``Title: …`` / ``Date: …`` lines, often closed by a ``Content:`` line."""
    entries: list[_Entry] = []
    content: tuple[int, str] | None = None
    index = 0
    while index < min(len(lines), 40):
        text = lines[index].strip()
        if not text:
            index += 1
            continue
        match = _RECORD_KEY.fullmatch(text)
        if not match:
            break
        key = match.group("key").strip()
        lower = key.lower()
        if lower in ("content", "inhalt", "text", "body"):
            content = (index, match.group("value").strip())
            index += 1
            break
        if lower not in _KEYS and lower not in _RECORD_ONLY:
            break
        entries.append((key, match.group("value").strip(), [], index, index))
        index += 1
    known = [entry for entry in entries if entry[0].lower() in _KEYS]
    # A record header is two fields at the very top (or one and a "Content:" marker), one a title or date.
    if len(entries) < (1 if content else 2) or entries[0][3] != 0:
        return None
    if not any(_KEYS[e[0].lower()] in ("title", "date") for e in known):
        return None
    found = _build("record", lines, content[0] if content else entries[-1][4] + 1, entries)
    if content is not None:
        # The "Content:" marker line is record structure; a text after it is the first body line.
        marker = lines[content[0]].strip()
        if content[1]:
            marker = marker[: len(marker) - len(content[1])].strip()
            found.content_line = content
        found.removed.append(
            RemovedLine(line=content[0] + 1, text=marker, reason="record field marker: the release text follows")
        )
        found.end = content[0] + 1
    return found


def _date(value: str) -> tuple[date | None, str | None]:
    iso = _ISO.match(value.strip())
    if iso:
        try:
            found = date.fromisoformat(iso.group("date"))
        except ValueError:
            return None, None
        clock = f"{iso.group('hour')}:{iso.group('minute')}" if iso.group("hour") else None
        return found, clock
    line = parse_date_line(value)
    if line:
        return line.value, line.time
    loose = find_date(value)
    return (loose.value, None) if loose else (None, None)


def _build(kind: str, lines: list[str], end: int, entries: list[_Entry]) -> FrontMatter:
    found = FrontMatter(kind=kind, end=end)
    used: dict[int, str] = {}
    for key, value, items, start, last in entries:
        target = _KEYS.get(key.lower())
        if target is None or not value.strip():
            continue
        value = html.unescape(value)  # site generators accept "&amp;" and "&nbsp;" in field values
        taken = False
        if target == "title" and found.title is None:
            found.title, taken = " ".join(value.split()), True
            found.title_line = start + 1
        elif target == "subtitle" and found.subtitle is None:
            found.subtitle, taken = " ".join(value.split()), True
        elif target == "author" and found.author is None:
            found.author, taken = " ".join(value.split()), True
        elif target == "keywords" and not found.keywords:
            words = items or [part.strip() for part in value.split(",")]
            found.keywords, taken = tuple(word for word in words if word), True
        elif target == "date" and found.issued is None:
            found.issued, found.issued_time = _date(value)
            taken = found.issued is not None
        if taken:
            for position in range(start, last + 1):
                used[position] = f"front matter: field '{key}' {_USE[target]}"
    for position in range(0, end):
        text = lines[position].strip()
        if text:
            found.removed.append(RemovedLine(line=position + 1, text=text, reason=used.get(position, _TEMPLATE)))
    return found
