"""The schema.org accessibility facts of a release, stated once for the EPUB metadata and the HTML JSON-LD.

EPUB Accessibility 1.1 §2 and schema.org's CreativeWork use the same vocabulary (accessMode,
accessModeSufficient, accessibilityFeature, accessibilityHazard, accessibilitySummary). Both writers
derive it here from what the output really holds, so the two can never claim different things.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from pressconv.model import Image, Release

__all__ = ["AccessibilityFacts", "Publication", "accessibility_facts", "has_informative_images"]

# "epub" has a navigation document (a table of contents) and is read in a reading system; "web" is
# the HTML page, read in a browser, without a table of contents.
Publication = Literal["epub", "web"]


@dataclass(frozen=True, slots=True)
class _Summary:
    """The accessibility summary's sentences in one language (EPUB Accessibility 1.1 §2.2.5)."""

    with_toc: str
    without_toc: str
    adjust: Mapping[str, str]
    images: str


_SUMMARIES: Mapping[str, _Summary] = MappingProxyType(
    {
        "de": _Summary(
            with_toc="Diese Pressemitteilung ist ein Textdokument mit Überschriften, einem Inhaltsverzeichnis "
            "und einer logischen Lesereihenfolge.",
            without_toc="Diese Pressemitteilung ist ein Textdokument mit Überschriften und einer logischen Lesereihenfolge.",
            adjust=MappingProxyType(
                {
                    "epub": " Schriftart, Schriftgröße und Farben lassen sich im Lesesystem anpassen. "
                    "Sie erfüllt WCAG 2.1 Stufe AA.",
                    "web": " Schriftgröße und Farben lassen sich im Browser anpassen; der Text passt sich "
                    "jeder Bildschirmbreite an. Sie erfüllt WCAG 2.1 Stufe AA.",
                }
            ),
            images=" Alle Bilder haben einen Alternativtext.",
        ),
        "en": _Summary(
            with_toc="This press release is a text document with headings, a table of contents and a logical reading order.",
            without_toc="This press release is a text document with headings and a logical reading order.",
            adjust=MappingProxyType(
                {
                    "epub": " Font, text size and colours can be changed in the reading system. It meets WCAG 2.1 Level AA.",
                    "web": " Text size and colours can be changed in the browser, and the text reflows to "
                    "any screen width. It meets WCAG 2.1 Level AA.",
                }
            ),
            images=" Every image has a text alternative.",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class AccessibilityFacts:
    """What a publication states about its own accessibility, as schema.org property values."""

    access_modes: tuple[str, ...]
    access_modes_sufficient: tuple[str, ...]
    features: tuple[str, ...]
    hazards: tuple[str, ...]
    summary: str


def has_informative_images(release: Release, *, logo_alt: str = "") -> bool:
    """True when a reader sees an image that carries information (an Image or logo with alt text)."""
    blocks = (*release.body, *(block for section in release.sections for block in section.blocks))
    return bool(logo_alt.strip()) or any(isinstance(b, Image) and not b.decorative for b in blocks)


def accessibility_facts(language: str, *, publication: Publication, informative_images: bool) -> AccessibilityFacts:
    """Return the facts for a release in ``language``; images and a table of contents change them."""
    toc = publication == "epub"
    modes = ("textual", "visual") if informative_images else ("textual",)
    # Every image has alt text (the model refuses images without it), so text alone suffices.
    features = ["structuralNavigation"]
    if toc:
        features.append("tableOfContents")
    features += ["readingOrder", "displayTransformability"]
    if informative_images:
        features.append("alternativeText")
    words = _SUMMARIES.get(language.split("-", 1)[0].lower(), _SUMMARIES["en"])
    summary = (words.with_toc if toc else words.without_toc) + words.adjust[publication]
    if informative_images:
        summary += words.images
    # No flashing, motion or sound anywhere in our outputs: schema.org's single value "none".
    return AccessibilityFacts(
        access_modes=modes,
        access_modes_sufficient=("textual",),
        features=tuple(features),
        hazards=("none",),
        summary=summary,
    )
