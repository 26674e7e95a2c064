"""The ninjs writer: the release as IPTC ninjs 2.4 (News in JSON), the format newsroom systems ingest.

Property names and meanings follow the IPTC ninjs 2.4 JSON Schema and guidelines (iptc/newsinjson,
``specification/ninjs-schema_2.4.json``); the tests validate every corpus release against it.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import ClassVar
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pressconv.errors import WriterError
from pressconv.model import (
    BlockQuote,
    Emphasis,
    Inline,
    Lang,
    Link,
    Paragraph,
    Quotation,
    Release,
    Strong,
    block_text,
    contact_text,
    inline_text,
)
from pressconv.writers.base import RenderContext

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "NinjsWriter", "ninjs_document", "release_uri", "zone_for"]

NINJS_VERSION = "2.4"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json"

# A fixed namespace for uuid5: the same source text always gets the same urn:uuid (ninjs `uri` is
# "the global unique identifier for this news object", so it must survive a re-run).
_URI_NAMESPACE = uuid.UUID("3b8e8c1e-52c4-5f0f-9d77-0c5a3f1f6a90")

# Regions with a single civil time zone, so a release's local times can be placed without guessing.
# Regions that span several zones (US, CA, AU, RU, BR, MX …) are left out on purpose: for those the
# configuration must say (`[ninjs] ninjs_timezone`), else times are written as UTC with a warning.
_SINGLE_ZONE_REGIONS = {
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "CH": "Europe/Zurich",
    "LI": "Europe/Vaduz",
    "LU": "Europe/Luxembourg",
    "BE": "Europe/Brussels",
    "NL": "Europe/Amsterdam",
    "FR": "Europe/Paris",
    "IT": "Europe/Rome",
    "DK": "Europe/Copenhagen",
    "PL": "Europe/Warsaw",
    "CZ": "Europe/Prague",
    "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo",
    "FI": "Europe/Helsinki",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
}

_TIME_OF_DAY = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")


def release_uri(release: Release, base_uri: str | None = None, stem: str = "release") -> str:
    """Return the news object's ``uri``: under the configured base URI, else a urn:uuid from the source hash."""
    if base_uri:
        return base_uri.rstrip("/") + "/" + quote(stem)
    source = release.meta.source
    # A release built by hand through the API has no source: its content is hashed instead.
    digest = source.sha256 if source is not None else hashlib.sha256(repr(release).encode("utf-8")).hexdigest()
    return f"urn:uuid:{uuid.uuid5(_URI_NAMESPACE, digest)}"


def zone_for(language: str, configured: str | None) -> tzinfo | None:
    """Return the time zone the release's local times are in: configured, else its region's, else None."""
    if configured:
        try:
            return ZoneInfo(configured)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise WriterError(f"ninjs_timezone {configured!r} is not a known IANA time zone") from exc
    parts = language.split("-")
    region = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    name = _SINGLE_ZONE_REGIONS.get(region or "")
    return ZoneInfo(name) if name else None


@dataclass(frozen=True, slots=True)
class _Clock:
    """Turns the release's written local dates and times into RFC 3339 date-times (ninjs format date-time)."""

    zone: tzinfo | None

    def stamp(self, moment: datetime) -> str:
        zone = self.zone or UTC
        # A written local time is in the release's zone; the build timestamp is already aware (UTC).
        moment = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
        # Kept in the release's own offset, so the day and hour read as the release wrote them.
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")

    def issued(self, day: date, written_time: str | None) -> str:
        match = _TIME_OF_DAY.search(written_time or "")
        # Without a written time the day's start is the only honest instant: the release is of that day.
        hour, minute = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        return self.stamp(datetime.combine(day, time(hour, minute)))


def _plain(inlines: tuple[Inline, ...]) -> str:
    return " ".join(inline_text(inlines).split())


def _speakers(release: Release) -> list[tuple[str, str | None]]:
    """Everyone quoted in the release, block and inline quotations, in reading order, once each."""
    found: list[tuple[str, str | None]] = []

    def add(name: str | None, role: str | None) -> None:
        if name and name.strip() and all(name.strip() != known for known, _ in found):
            found.append((name.strip(), role.strip() if role else None))

    def walk(nodes: tuple[Inline, ...]) -> None:
        for node in nodes:
            match node:
                case Quotation(children=children, speaker=speaker, role=role):
                    add(speaker, role)
                    walk(children)
                case Emphasis(children=children) | Strong(children=children) | Lang(children=children):
                    walk(children)
                case Link(children=children):
                    walk(children)
                case _:
                    pass

    for block in release.body:
        if isinstance(block, BlockQuote):
            add(block.speaker, block.role)
            for paragraph in block.children:
                walk(paragraph.children)
        elif isinstance(block, Paragraph):
            walk(block.children)
    return found


def _contact_info(email: str | None, phone: str | None, address: str | None) -> list[dict[str, object]]:
    info: list[dict[str, object]] = []
    if email:
        info.append({"type": "email", "role": "office", "value": email})
    if phone:
        info.append({"type": "phone", "role": "office", "value": phone})
    if address:
        lines = [line.strip() for line in address.splitlines() if line.strip()]
        if lines:
            info.append({"type": "address", "role": "office", "address": {"lines": lines}})
    return info


def _people_and_organisations(release: Release, sender: str | None) -> tuple[list[object], list[object]]:
    people: list[dict[str, object]] = []
    organisations: list[dict[str, object]] = []
    if sender:
        organisations.append({"name": sender, "rel": "sender"})
    for name, role in _speakers(release):
        person: dict[str, object] = {"name": name, "rel": "speaker"}
        if role:
            person["literal"] = role
        people.append(person)
    for section in release.sections:
        for contact in section.contacts:
            info = _contact_info(contact.email, contact.phone, contact.address)
            if contact.name:
                entry: dict[str, object] = {"name": contact.name, "rel": "contact"}
                if contact.role:
                    entry["literal"] = contact.role
                if info:
                    entry["contactinfo"] = info
                people.append(entry)
            if contact.organisation and all(o["name"] != contact.organisation for o in organisations):
                organisation: dict[str, object] = {"name": contact.organisation, "rel": "contact"}
                if info and not contact.name:
                    organisation["contactinfo"] = info
                organisations.append(organisation)
            elif not contact.name and info and organisations:
                # A card with only a press-office address belongs to the sender (or its last organisation).
                organisations[-1].setdefault("contactinfo", info)
    return list(people), list(organisations)


def _plain_body(release: Release) -> str:
    """The body and closing sections as plain text: blocks separated by blank lines, titles kept."""
    parts = [block_text(block).strip() for block in release.body]
    for section in release.sections:
        parts.append(section.title)
        parts.extend(contact_text(contact) for contact in section.contacts)
        parts.extend(block_text(block).strip() for block in section.blocks)
    return "\n\n".join(part for part in parts if part) + "\n"


def _lead(release: Release) -> str | None:
    paragraphs = [block for block in release.body if isinstance(block, Paragraph)]
    lead = next((p for p in paragraphs if p.lead), None)
    return _plain(lead.children) or None if lead else None


def ninjs_document(release: Release, ctx: RenderContext) -> dict[str, object]:
    """Return the release as a ninjs 2.4 object (a dict in the schema's property order of importance)."""
    from pressconv.writers._branding import read_logo
    from pressconv.writers.html import render_body

    meta = release.meta
    language = meta.language or "de-DE"
    base_uri = ctx.options.get("ninjs_base_uri")
    configured_zone = ctx.options.get("ninjs_timezone")
    zone = zone_for(language, str(configured_zone) if configured_zone else None)
    clock = _Clock(zone)
    if zone is None and (meta.issued_time or meta.embargo):
        ctx.reporter.add(
            "warning",
            "ninjs.timezone",
            f"the time zone of {language} releases is not known, so ninjs times are written as UTC; "
            "set ninjs_timezone in the [ninjs] table of pressconv.toml",
        )
    doc: dict[str, object] = {
        "uri": release_uri(release, str(base_uri) if base_uri else None, ctx.stem),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
        "profile": "press-release",
        "version": "1",
    }
    # No date in the release: the build's timestamp (SOURCE_DATE_EPOCH keeps it reproducible).
    created = clock.issued(meta.issued, meta.issued_time) if meta.issued is not None else clock.stamp(ctx.timestamp)
    doc["firstcreated"] = created
    doc["versioncreated"] = created
    if meta.embargo is not None:
        doc["embargoed"] = clock.stamp(meta.embargo)
    # "usable" with an embargo is how ninjs says "held until then" (the embargoed property).
    doc["pubstatus"] = "usable"
    doc["language"] = language
    doc["title"] = _plain(meta.title)
    headlines: list[dict[str, object]] = [{"role": "main", "contenttype": "text/plain", "value": _plain(meta.title)}]
    if meta.subtitle:
        headlines.append({"role": "sub", "contenttype": "text/plain", "value": _plain(meta.subtitle)})
    doc["headlines"] = headlines
    lead = _lead(release)
    if lead:
        doc["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": lead}]
    plain = _plain_body(release)
    doc["bodies"] = [
        {"role": "main", "contenttype": "text/html", "value": render_body(release, ctx)},
        {
            "role": "main",
            "contenttype": "text/plain",
            "charcount": len(plain.strip()),
            "wordcount": len(plain.split()),
            "value": plain,
        },
    ]
    sender = meta.organisation or ctx.branding.organisation
    by = meta.author or sender
    if by:
        doc["by"] = by
    if meta.place and not meta.place_inferred:
        # Only a dateline the release wrote; a place inferred from the sender's seat is not "located".
        doc["located"] = meta.place
    people, organisations = _people_and_organisations(release, sender)
    if people:
        doc["people"] = people
    if organisations:
        doc["organisations"] = organisations
    if meta.keywords:
        doc["subjects"] = [{"name": keyword} for keyword in meta.keywords]
    if meta.release_number:
        doc["altids"] = [{"role": "release-number", "value": meta.release_number}]
    if meta.kicker:
        doc["genres"] = [{"name": meta.kicker}]
    logo = read_logo(ctx)
    if logo is not None:
        association: dict[str, object] = {
            "name": "logo",
            "uri": f"urn:uuid:{uuid.uuid5(_URI_NAMESPACE, hashlib.sha256(logo.data).hexdigest())}",
            "type": "picture",
            "renditions": [
                {
                    "name": "original",
                    # The output is one self-contained file, like the HTML page: the logo travels with it.
                    "href": logo.data_url(),
                    "contenttype": logo.media_type,
                    "width": logo.width,
                    "height": logo.height,
                    "sizeinbytes": len(logo.data),
                }
            ],
        }
        if logo.alt:
            association["descriptions"] = [{"role": "alternative-text", "contenttype": "text/plain", "value": logo.alt}]
        doc["associations"] = [association]
    return doc


class NinjsWriter:
    """Writes the release as one IPTC ninjs 2.4 JSON document."""

    name: ClassVar[str] = "ninjs"
    extension: ClassVar[str] = "ninjs.json"
    media_type: ClassVar[str] = "application/json"
    requires: ClassVar[tuple[str, ...]] = ("jinja2",)

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the ninjs document as UTF-8 JSON, keys in a fixed order, ending in a newline."""
        return (json.dumps(ninjs_document(release, ctx), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
