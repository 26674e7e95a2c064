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
            return
        except OSError:
            pass
        finally:
            ctypes.util.find_library = standard
    import weasyprint  # noqa: F401  (the standard search: its error is the one to report)
