"""pressconv: turn plain-text press releases into accessible HTML, PDF/UA, EPUB, DOCX and Leichte Sprache.

The public, stable API is what ``__all__`` lists. Its names are loaded on first use (PEP 562), so
``import pressconv`` - which every ``pressconv.*`` import, the CLI included, goes through - costs
nothing: ``pressconv --help`` must not pay for the model, the registry and importlib.metadata.
Heavy modules (WeasyPrint, ebooklib, python-docx) are imported only when a writer that needs them
renders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressconv.api import ParseResult, convert, make_context, parse, render
    from pressconv.config import load_config
    from pressconv.registry import get_writer, register_writer
    from pressconv.site import build_site
    from pressconv.writers.base import Branding

__version__ = "0.1.0"

__all__ = [
    "Branding",
    "ParseResult",
    "__version__",
    "build_site",
    "convert",
    "get_writer",
    "load_config",
    "make_context",
    "parse",
    "register_writer",
    "render",
]

# Public name -> the module that defines it.
_LAZY: dict[str, str] = {
    "ParseResult": "pressconv.api",
    "build_site": "pressconv.site",
    "convert": "pressconv.api",
    "parse": "pressconv.api",
    "render": "pressconv.api",
    # What embedding needs to render like the CLI: the config file's branding and a context.
    "make_context": "pressconv.api",
    "load_config": "pressconv.config",
    "Branding": "pressconv.writers.base",
    "get_writer": "pressconv.registry",
    "register_writer": "pressconv.registry",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'pressconv' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module_name), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
