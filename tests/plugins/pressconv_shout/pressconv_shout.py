"""Example pressconv writer plugin: the release as upper-case plain text (a test of the plugin API)."""

from __future__ import annotations

from typing import ClassVar

from pressconv.model import Release, block_text, inline_text
from pressconv.writers.base import RenderContext


class ShoutWriter:
    """Render the title and every body block, upper-cased, one block per paragraph."""

    name: ClassVar[str] = "shout"
    extension: ClassVar[str] = "shout.txt"
    media_type: ClassVar[str] = "text/plain"
    requires: ClassVar[tuple[str, ...]] = ()

    def render(self, release: Release, ctx: RenderContext) -> bytes:
        """Return the text; the build timestamp comes from the context, never the clock."""
        parts = [inline_text(release.meta.title), *(block_text(block) for block in release.body)]
        if ctx.branding.organisation:
            parts.append(ctx.branding.organisation)
        return ("\n\n".join(parts).upper() + "\n").encode("utf-8")
