"""The writer registry: builtin writers by dotted path (imported only when asked for) plus plugins.

Third-party writers register under the entry-point group ``pressconv.writers``; a plugin needs only
a class with the Writer attributes and one line in its ``pyproject.toml``.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressconv.errors import MissingDependencyError, PluginError, UnknownFormatError
from pressconv.writers.base import Writer

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "BUILTIN_WRITERS",
    "WriterInfo",
    "available_formats",
    "format_for_filename",
    "get_writer",
    "register_writer",
]

ENTRY_POINT_GROUP = "pressconv.writers"

# name -> (module, class, pip extra). Dotted paths, not imports: importing WeasyPrint costs ~0.7 s
# and must never happen for --help or --to html (DESIGN §5).
BUILTIN_WRITERS: dict[str, tuple[str, str, str | None]] = {
    "html": ("pressconv.writers.html", "HtmlWriter", None),
    "pdf": ("pressconv.writers.pdf", "PdfWriter", "pdf"),
    "epub": ("pressconv.writers.epub", "EpubWriter", "epub"),
    "docx": ("pressconv.writers.docx", "DocxWriter", "docx"),
    "easy": ("pressconv.writers.easy", "EasyWriter", "easy"),
    "json": ("pressconv.writers.json", "JsonWriter", None),
    "ninjs": ("pressconv.writers.ninjs", "NinjsWriter", None),
}

# The formats `--to all` means: the publishing formats, not the machine-readable model.
ALL_FORMATS: tuple[str, ...] = ("html", "pdf", "epub", "docx", "easy")

_registered: dict[str, type[Writer]] = {}


@dataclass(frozen=True, slots=True)
class WriterInfo:
    """What ``pressconv formats`` shows about one writer."""

    name: str
    origin: str
    extension: str
    installed: bool
    missing: tuple[str, ...]
    # What installs the missing modules (pip install 'pressconv[pdf]'), or why the writer cannot run.
    hint: str | None = None


def register_writer(cls: type[Writer], *, replace: bool = False) -> None:
    """Register a writer class from Python (embedding use); names are unique unless ``replace``."""
    if not replace and (cls.name in _registered or cls.name in BUILTIN_WRITERS):
        raise PluginError(f"a writer named {cls.name!r} is already registered")
    _registered[cls.name] = cls


def _plugin_entry_points() -> dict[str, list[EntryPoint]]:
    # get_writer runs once per output, so the scan is cached; keyed on sys.path, which is what
    # importlib.metadata searches.
    return {name: list(eps) for name, eps in _scan_entry_points(tuple(sys.path)).items()}


@functools.lru_cache(maxsize=4)
def _scan_entry_points(search_path: tuple[str, ...]) -> dict[str, tuple[EntryPoint, ...]]:
    if not _may_declare_plugins(search_path):
        return {}
    # Only now the real lookup, with importlib.metadata's own rules (duplicates on sys.path, the
    # distribution's name from its METADATA): importing it costs ~0.03 s (email, zipfile, csv).
    from importlib.metadata import entry_points

    found: dict[str, list[EntryPoint]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, []).append(ep)
    return {name: tuple(eps) for name, eps in found.items()}


def _may_declare_plugins(search_path: tuple[str, ...]) -> bool:
    """False only if no distribution importlib.metadata would find mentions our entry-point group.

    The same places its path finder reads (each sys.path directory's ``*.dist-info`` and
    ``*.egg-info`` folders, ``EGG-INFO`` in an ``.egg``), read as bytes for the group's name: a
    necessary condition for a plugin, checked without importing importlib.metadata. Anything this
    check does not read (a zip on the path, a meta-path finder with its own distributions) answers
    True, so the full lookup decides.
    """
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and getattr(finder, "find_distributions", None) is not None:
            return True
    needle = ENTRY_POINT_GROUP.encode("ascii")
    for root in search_path:
        try:
            children = os.listdir(root or ".")
        except OSError:
            if os.path.isfile(root):
                return True  # a zip archive on sys.path may hold distributions
            continue
        base_is_egg = os.path.basename(root).lower().endswith(".egg")
        for child in children:
            low = child.lower()
            if not (low.endswith((".dist-info", ".egg-info")) or (base_is_egg and low == "egg-info")):
                continue
            try:
                with open(os.path.join(root or ".", child, "entry_points.txt"), "rb") as handle:
                    if needle in handle.read():
                        return True
            except OSError:
                continue  # no entry points (or a PKG-INFO-style .egg-info file)
    return False


def _distribution_name(ep: EntryPoint) -> str:
    return ep.dist.name if ep.dist is not None else ep.value


def _load_entry_point(name: str, candidates: list[EntryPoint]) -> type[Writer]:
    if len(candidates) > 1 or name in BUILTIN_WRITERS:
        owners = [_distribution_name(ep) for ep in candidates]
        if name in BUILTIN_WRITERS:
            owners.insert(0, "pressconv (builtin)")
        raise PluginError(f"writer name {name!r} is claimed by several packages: {', '.join(owners)}")
    ep = candidates[0]
    try:
        loaded = ep.load()
    except Exception as exc:  # a broken plugin must not look like a pressconv bug
        raise PluginError(f"writer plugin {name!r} from {_distribution_name(ep)} failed to load: {exc}") from exc
    _check_writer_class(name, loaded, _distribution_name(ep))
    return loaded  # type: ignore[no-any-return]


def _check_writer_class(name: str, loaded: object, origin: str) -> None:
    for attribute in ("name", "extension", "media_type", "render"):
        if not hasattr(loaded, attribute):
            raise PluginError(f"writer plugin {name!r} from {origin} has no {attribute!r}; it is not a pressconv writer")


def _importable(module: str) -> bool:
    # find_spec asks the same finders `import` does, without running the module (importing
    # WeasyPrint costs most of a second). A finder may also refuse by raising ImportError, and a
    # module set to None in sys.modules is blocked: both are "not installed" for the user.
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _missing_modules(modules: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m for m in modules if not _importable(m))


def _install_hint(name: str) -> str | None:
    extra = BUILTIN_WRITERS[name][2] if name in BUILTIN_WRITERS else None
    return f"pip install 'pressconv[{extra}]'" if extra else None


def _require(name: str, cls: type[Writer], hint: str | None) -> None:
    """Raise MissingDependencyError (exit 6) naming what ``cls.requires`` lacks and how to install it."""
    missing = _missing_modules(tuple(getattr(cls, "requires", ())))
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise MissingDependencyError(f"the {name} writer needs {', '.join(missing)}, which {verb} not installed", hint=hint)


def _builtin_class(name: str) -> type[Writer]:
    module_name, class_name, _extra = BUILTIN_WRITERS[name]
    module = importlib.import_module(module_name)
    cls: type[Writer] = getattr(module, class_name)
    _require(name, cls, _install_hint(name))
    return cls


def get_writer(name: str) -> Writer:
    """Return a writer instance for a format name; unknown names get suggestions (exit 5)."""
    key = name.strip().lower()
    if key in _registered:
        cls = _registered[key]
        _require(key, cls, None)
        return cls()
    if key in BUILTIN_WRITERS:
        plugins = _plugin_entry_points()
        if key in plugins:
            _load_entry_point(key, plugins[key])  # raises: a plugin may not shadow a builtin
        return _builtin_class(key)()
    plugins = _plugin_entry_points()
    if key in plugins:
        cls = _load_entry_point(key, plugins[key])
        _require(key, cls, None)
        return cls()
    known = sorted({*BUILTIN_WRITERS, *_registered, *plugins})
    close = difflib.get_close_matches(key, known, n=2)
    suggestion = f"; did you mean {' or '.join(close)}?" if close else ""
    raise UnknownFormatError(f"unknown format {name!r}{suggestion}", hint=f"known formats: {', '.join(known)}")


def available_formats() -> list[WriterInfo]:
    """Describe every writer as ``get_writer`` would find it, without rendering anything.

    One row per name, telling what ``--to NAME`` would do: a writer registered from Python
    replaces the builtin of its name, and a plugin claiming a builtin's name is an error there,
    so the row says so instead of "ready".
    """
    infos: list[WriterInfo] = []
    plugins = _plugin_entry_points()
    for name, (module_name, class_name, _extra) in BUILTIN_WRITERS.items():
        if name in _registered:
            continue  # listed below, as what --to NAME uses
        if name in plugins:
            owners = ", ".join(_distribution_name(ep) for ep in plugins[name])
            clash = f"the name is also claimed by the plugin {owners} (exit 5)"
            infos.append(WriterInfo(name, "builtin", "?", False, (), hint=clash))
            continue
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError) as exc:
            # `formats` is what users run to diagnose an installation: it must list, not crash.
            broken = (f"{module_name} ({type(exc).__name__})",)
            infos.append(WriterInfo(name, "builtin", "?", False, broken, _install_hint(name)))
            continue
        missing = _missing_modules(cls.requires)
        infos.append(WriterInfo(name, "builtin", cls.extension, not missing, missing, _install_hint(name)))
    for name, cls in _registered.items():
        missing = _missing_modules(tuple(getattr(cls, "requires", ())))
        origin = "registered, replaces builtin" if name in BUILTIN_WRITERS else "registered"
        infos.append(WriterInfo(name, origin, cls.extension, not missing, missing))
    for name, eps in plugins.items():
        if name in BUILTIN_WRITERS or name in _registered:
            continue
        try:
            cls = _load_entry_point(name, eps)
        except PluginError:
            infos.append(WriterInfo(name, _distribution_name(eps[0]), "?", False, ("(broken plugin)",)))
            continue
        missing = _missing_modules(tuple(getattr(cls, "requires", ())))
        infos.append(WriterInfo(name, _distribution_name(eps[0]), cls.extension, not missing, missing))
    return infos


def format_for_filename(name: str) -> str | None:
    """The format whose extension ends ``name``; the longest wins (x.leicht.html is easy, x.html html)."""
    lowered = name.lower()
    best: WriterInfo | None = None
    for info in available_formats():
        if info.extension == "?" or not lowered.endswith("." + info.extension.lower()):
            continue
        if best is None or len(info.extension) > len(best.extension):
            best = info
    return best.name if best is not None else None
