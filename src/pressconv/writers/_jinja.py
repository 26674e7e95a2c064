"""The shared Jinja2 environment: autoescaped, strict, compiled once per process per template path."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

    from pressconv.resources import Resources

__all__ = ["get_environment", "node_kind"]


def node_kind(node: object) -> str:
    """Return the model class name of ``node`` (``"Paragraph"``, ``"Link"``…) for template dispatch."""
    return type(node).__name__


@lru_cache(maxsize=8)
def _environment(template_dirs: tuple[Path, ...]) -> Environment:
    # Imported here so that `pressconv --help` does not pay for Jinja2.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(
        loader=FileSystemLoader([str(folder) for folder in template_dirs]),
        # Release text is data, never markup: every template escapes by default, whatever its file
        # extension (select_autoescape would leave ".j2" files unescaped).
        autoescape=True,
        # A typo in a template must fail loudly instead of silently dropping release text.
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    environment.filters["kind"] = node_kind
    return environment


def get_environment(resources: Resources) -> Environment:
    """Return the cached environment that loads templates from ``resources.template_dirs`` in order."""
    return _environment(tuple(resources.template_dirs))
