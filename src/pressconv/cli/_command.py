"""The Click command class every pressconv command uses (usage lines as users write them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typer.core import TyperCommand

if TYPE_CHECKING:
    # Typer 0.28 vendors click as typer._click (it no longer depends on click).
    from typer._click import Context

__all__ = ["PlainUsageCommand"]


class PlainUsageCommand(TyperCommand):
    """A command whose usage line names its arguments as users write them: `RELEASE`, not `{RELEASE}`."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        """The usage pieces without the braces Typer puts around required arguments."""
        # Typer 0.28 writes a required argument as {NAME} (TyperArgument.make_metavar), which reads
        # like a choice or a placeholder to fill in; the POSIX/man-page convention is the bare name.
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]
