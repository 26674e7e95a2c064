"""Import WeasyPrint without the gcc and ld runs of ctypes' library search (WeasyPrint #1125, issue 21).

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject through cffi, trying each library under
its Windows, Linux and macOS names in turn (``text/ffi.py``, ``_dlopen``). cffi hands every name
without a path to ``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and, when
that finds nothing, compiles an empty program with gcc and runs ld to ask the linker: a dozen
process starts for the names that do not exist on Linux ('libgobject-2.0-0', 'pango-1.0-0'),
about 0.15 s of the import (measured on the bench machine; WeasyPrint #1125 shows the gcc calls).

While WeasyPrint is imported here, ``find_library`` answers from one ``ldconfig -p`` listing with
the pattern and ABI tag of CPython's own first step (``ctypes/util.py``, ``_findSoname_ldconfig``)
and gives up where that finds nothing, instead of asking gcc and ld. The libraries loaded are the
same: what gcc or ld would find is a soname the dynamic loader must then find by name, and
WeasyPrint's list ends with those sonames ('libgobject-2.0.so.0'), which cffi opens directly. If
the import fails all the same, it is run again with the standard search, so the error (and
WeasyPrint's installation hint) is exactly the one a plain ``import weasyprint`` gives.

After the import, WeasyPrint's cffi instance gets a type cache that answers fixed-size arrays
(``hb_codepoint_t[137]``) without cffi's C parser (see ``_ArrayTypes``).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import subprocess
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["import_weasyprint"]

_LDCONFIG = "/sbin/ldconfig"
# CPython's table of ldconfig's ABI tags (ctypes/util.py), keyed by machine and pointer width.
_ABI_TAGS = {
    "x86_64-64": "libc6,x86-64",
    "ppc64-64": "libc6,64bit",
    "sparc64-64": "libc6,64bit",
    "s390x-64": "libc6,64bit",
    "ia64-64": "libc6,IA-64",
}


def _ldconfig_lookup() -> Callable[[str], str | None] | None:
    """A find_library that reads one ``ldconfig -p`` listing; None where there is no such listing."""
    if not sys.platform.startswith("linux") or not os.path.exists(_LDCONFIG):
        return None
    try:
        listing = subprocess.run(
            [_LDCONFIG, "-p"],
            stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            env={"LC_ALL": "C", "LANG": "C"},
            check=False,
        ).stdout
    except OSError:
        return None
    if not listing:
        return None
    width = "-32" if struct.calcsize("l") == 4 else "-64"
    abi = _ABI_TAGS.get(os.uname().machine + width, "libc6")

    def find_library(name: str) -> str | None:
        found = re.search(os.fsencode(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({abi}"), listing)
        return os.fsdecode(found.group(1)) if found else None

    return find_library


def import_weasyprint() -> None:
    """Import WeasyPrint (once per process), with the library search of the module docstring."""
    if "weasyprint" in sys.modules:
        return
    import ctypes.util

    lookup = _ldconfig_lookup()
    if lookup is not None:
        standard = ctypes.util.find_library
        ctypes.util.find_library = lookup  # type: ignore[assignment]  # same call, a closure
        try:
            # WeasyPrint prints its installation hint before it raises; the retry below prints it.
            with contextlib.redirect_stdout(io.StringIO()):
                import weasyprint
            _cache_array_types()
            return
        except OSError:
            pass
        finally:
            ctypes.util.find_library = standard
    import weasyprint  # noqa: F401  (the standard search: its error is the one to report)

    _cache_array_types()


# A C array type of fixed length: an item type name (identifier words) and a decimal length.
_FIXED_ARRAY = re.compile(r"([A-Za-z_][A-Za-z0-9_ ]*?) *\[([0-9]+)\]")


class _ArrayTypes(dict[Any, Any]):
    """cffi's cache of parsed type strings, which builds a missing fixed-size array type directly.

    WeasyPrint's font subsetting (``pdf/fonts.py``, ``_harfbuzz_subset``) allocates its glyph
    lists as ``ffi.new(f'hb_codepoint_t[{n}]')``: every new length is a new type string, which
    cffi parses with pycparser, pure Python, about 2 ms each. In a batch worker that was one or two
    new lengths per release (59 parses for 52 releases, 2 ms of a release's 105 ms). The type
    ``T[n]`` is built here the way cffi's parser builds it (``model.ArrayType(item, n)``, item
    parsed once from ``T[]``) and through the same global type cache, so it is the very object
    cffi's own parse returns. Anything else misses as before and is parsed by cffi.
    """

    def __init__(self, ffi: Any, parsed: dict[Any, Any]) -> None:
        super().__init__(parsed)
        self._ffi = ffi
        self._items: dict[str, Any] = {}

    def __missing__(self, key: Any) -> Any:
        # Called by cffi's FFI._typeof (``self._parsed_types[cdecl]``) outside its lock.
        match = _FIXED_ARRAY.fullmatch(key) if isinstance(key, str) else None
        if match is None:
            raise KeyError(key)
        import importlib

        # cffi ships no type hints; its model module is used as WeasyPrint's ffi is: untyped.
        model: Any = importlib.import_module("cffi.model")
        ffi = self._ffi
        with ffi._lock:
            item = self._items.get(match[1])
            if item is None:
                try:
                    unsized = ffi._parser.parse_type(match[1] + "[]")
                except Exception:
                    # Not a type cffi knows: its own parse below raises the error to show.
                    raise KeyError(key) from None
                if not isinstance(unsized, model.ArrayType):
                    raise KeyError(key)
                item = self._items[match[1]] = unsized.item
            result = (ffi._get_cached_btype(model.ArrayType(item, int(match[2]))), False)
            self[key] = result
        return result


def _cache_array_types() -> None:
    """Give WeasyPrint's cffi instance the array type cache of ``_ArrayTypes`` (once)."""
    try:
        from weasyprint.text.ffi import ffi
    except ImportError:  # pragma: no cover - a WeasyPrint without the module: nothing to speed up
        return
    parsed = getattr(ffi, "_parsed_types", None)
    if type(parsed) is dict and hasattr(ffi, "_lock") and hasattr(ffi, "_get_cached_btype"):
        ffi._parsed_types = _ArrayTypes(ffi, parsed)
