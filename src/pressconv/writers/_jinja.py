"""The shared Jinja2 environment: autoescaped, strict, compiled once per process per template path."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, Environment

    from pressconv.resources import Resources

__all__ = ["get_environment", "node_kind"]


def node_kind(node: object) -> str:
    """Return the model class name of ``node`` (``"Paragraph"``, ``"Link"``…) for template dispatch."""
    return type(node).__name__


def _bytecode_cache() -> BytecodeCache | None:
    """Jinja's per-user bytecode cache, so that a fresh process loads compiled templates.

    Compiling the templates costs more than rendering a release; `pressconv convert x --to html`
    runs in a fresh process each time. Entries are keyed by template path and checked against a hash
    of the source, so an edited or overriding template is recompiled. The cache folder is Jinja's
    default (the temp dir, owned by the user, mode 0700, checked by Jinja). A cache that cannot be
    written only costs the compile, never the render.
    """
    from contextlib import suppress

    from jinja2 import FileSystemBytecodeCache

    class _QuietCache(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            with suppress(OSError):
                super().dump_bytecode(bucket)

        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, EOFError, ValueError):
                bucket.reset()  # an unreadable entry is recompiled

    try:
        return _QuietCache()
    except (OSError, RuntimeError):  # no safe cache folder: compile every time
        return None


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
        bytecode_cache=_bytecode_cache(),
    )
    environment.filters["kind"] = node_kind
    return environment


def get_environment(resources: Resources) -> Environment:
    """Return the cached environment that loads templates from ``resources.template_dirs`` in order."""
    return _environment(tuple(resources.template_dirs))
