"""Accessibility checks of an EPUB 3 package: EPUB Accessibility 1.1 metadata, navigation, languages."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile

from pressconv.checks.base import Issue

__all__ = ["A11Y_PROPERTIES", "check_epub"]

_OPF = "http://www.idpf.org/2007/opf"
_DC = "http://purl.org/dc/elements/1.1/"
_CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
_XHTML = "http://www.w3.org/1999/xhtml"
_OPS = "http://www.idpf.org/2007/ops"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# EPUB Accessibility 1.1 §2 (discoverability): the schema.org properties every publication states.
A11Y_PROPERTIES = (
    "schema:accessMode",
    "schema:accessModeSufficient",
    "schema:accessibilityFeature",
    "schema:accessibilityHazard",
    "schema:accessibilitySummary",
)


def _package(archive: zipfile.ZipFile) -> tuple[str, ET.Element] | Issue:
    try:
        container = ET.fromstring(archive.read("META-INF/container.xml"))
    except (KeyError, ET.ParseError) as exc:
        return Issue("epub.no-container", f"META-INF/container.xml is missing or broken: {exc}")
    rootfile = container.find(f".//{{{_CONTAINER}}}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        return Issue("epub.no-container", "container.xml names no package document")
    opf_path = rootfile.get("full-path", "")
    try:
        return opf_path, ET.fromstring(archive.read(opf_path))
    except (KeyError, ET.ParseError) as exc:
        return Issue("epub.no-package", f"the package document {opf_path} is missing or broken: {exc}")


def _metadata_issues(package: ET.Element) -> list[Issue]:
    issues: list[Issue] = []
    if not (package.get(_XML_LANG) or "").strip():
        issues.append(Issue("epub.no-package-lang", "<package> has no xml:lang"))
    metadata = package.find(f"{{{_OPF}}}metadata")
    if metadata is None:
        return [*issues, Issue("epub.no-metadata", "the package has no <metadata>")]
    if not "".join(e.text or "" for e in metadata.iter(f"{{{_DC}}}language")).strip():
        issues.append(Issue("epub.no-dc-language", "no dc:language"))
    if not "".join(e.text or "" for e in metadata.iter(f"{{{_DC}}}title")).strip():
        issues.append(Issue("epub.no-dc-title", "no dc:title"))
    stated = {
        meta.get("property", ""): (meta.text or "").strip()
        for meta in metadata.iter(f"{{{_OPF}}}meta")
        if meta.get("property")
    }
    missing = [name for name in A11Y_PROPERTIES if not stated.get(name)]
    if missing:
        issues.append(
            Issue(
                "epub.no-a11y-metadata",
                f"accessibility metadata missing: {', '.join(missing)} (EPUB A11y 1.1)",
            )
        )
    conforms = stated.get("dcterms:conformsTo") or any(
        link.get("rel") == "dcterms:conformsTo" for link in metadata.iter(f"{{{_OPF}}}link")
    )
    if not conforms:
        issues.append(Issue("epub.no-conformance", "no dcterms:conformsTo claim (EPUB Accessibility 1.1 §2.2)"))
    return issues


def _content_issues(archive: zipfile.ZipFile, opf_path: str, package: ET.Element) -> list[Issue]:
    issues: list[Issue] = []
    base = posixpath.dirname(opf_path)
    manifest = package.find(f"{{{_OPF}}}manifest")
    items = list(manifest.iter(f"{{{_OPF}}}item")) if manifest is not None else []
    navs = [item for item in items if "nav" in (item.get("properties") or "").split()]
    if not navs:
        issues.append(Issue("epub.no-nav", 'no navigation document (manifest item with properties="nav")'))
    for item in items:
        if item.get("media-type") != "application/xhtml+xml":
            continue
        name = posixpath.normpath(posixpath.join(base, item.get("href", "")))
        try:
            document = ET.fromstring(archive.read(name))
        except (KeyError, ET.ParseError) as exc:
            issues.append(Issue("epub.broken-content", f"{name}: missing or not well-formed: {exc}"))
            continue
        if not (document.get(_XML_LANG) or document.get("lang") or "").strip():
            issues.append(Issue("epub.content-no-lang", f"{name}: <html> has no xml:lang (WCAG 3.1.1)"))
        if item in navs:
            kinds = {nav.get(f"{{{_OPS}}}type") for nav in document.iter(f"{{{_XHTML}}}nav")}
            if "toc" not in kinds:
                issues.append(Issue("epub.nav-no-toc", f"{name}: the navigation document has no toc nav"))
    return issues


def check_epub(data: bytes) -> list[Issue]:
    """Return the accessibility problems of one EPUB (empty when it passes)."""
    from pressconv.checks._archive import open_output

    archive = open_output(data, "epub", "an EPUB")
    if isinstance(archive, Issue):
        return [archive]
    with archive:
        names = archive.namelist()
        issues: list[Issue] = []
        # OCF 3.3 §4.2.6: the mimetype file comes first so tools can sniff the type.
        if not names or names[0] != "mimetype" or archive.read("mimetype") != b"application/epub+zip":
            issues.append(Issue("epub.mimetype", "the first entry is not the mimetype file 'application/epub+zip'"))
        found = _package(archive)
        if isinstance(found, Issue):
            return [*issues, found]
        opf_path, package = found
        issues += _metadata_issues(package)
        issues += _content_issues(archive, opf_path, package)
    return issues
