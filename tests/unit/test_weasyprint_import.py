"""WeasyPrint imported without gcc and ld runs loads the same native libraries (issue 21, WeasyPrint #1125).

Each check runs in a fresh interpreter: the import happens once per process, and the libraries it
loaded are read from /proc/self/maps.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


_PROBE = r"""
import json, subprocess, sys
started = []
original = subprocess.Popen.__init__
def recording(self, args, *rest, **kwargs):
    started.append(args[0] if isinstance(args, (list, tuple)) else args)
    original(self, args, *rest, **kwargs)
subprocess.Popen.__init__ = recording
MODE = sys.argv[1]
if MODE == "plain":
    import weasyprint
else:
    from pressconv.writers import _weasyprint_import as helper
    if MODE == "nothing-found":
        helper._ldconfig_lookup = lambda: (lambda name: None)
    helper.import_weasyprint()
    import weasyprint
    weasyprint.HTML(string="<p>x</p>").write_pdf()  # the loaded libraries work
names = ("pango", "harfbuzz", "fontconfig", "gobject")
loaded = sorted({line.split()[-1] for line in open("/proc/self/maps") if any(n in line for n in names) and ".so" in line})
print(json.dumps({"started": [str(s) for s in started], "loaded": loaded}))
"""


def _probe(mode: str) -> dict[str, list[str]]:
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    result: dict[str, list[str]] = json.loads(completed.stdout.splitlines()[-1])
    return result


def test_the_import_runs_ldconfig_once_and_neither_gcc_nor_ld() -> None:
    plain = _probe("plain")
    fast = _probe("fast")
    # The probe can see the standard search at work: this is what the helper saves.
    assert any(Path(p).name in ("gcc", "cc", "ld", "ldconfig") for p in plain["started"]), plain
    assert fast["started"] == ["/sbin/ldconfig"], fast


def test_the_same_libraries_are_loaded_as_by_a_plain_import() -> None:
    plain = _probe("plain")
    assert plain["loaded"], "no Pango, HarfBuzz, fontconfig or GObject mapped: the probe sees nothing"
    assert _probe("fast")["loaded"] == plain["loaded"]


def test_with_no_answer_from_ldconfig_the_sonames_still_load_the_same_libraries() -> None:
    # WeasyPrint's list of names ends with the Linux sonames, which cffi opens directly.
    assert _probe("nothing-found")["loaded"] == _probe("plain")["loaded"]


_ARRAY_TYPES_CHECK = r"""
import cffi
from pressconv.writers._weasyprint_import import _ArrayTypes, import_weasyprint

import_weasyprint()
from weasyprint.text.ffi import ffi

assert isinstance(ffi._parsed_types, _ArrayTypes), type(ffi._parsed_types)
lengths = range(70001, 70011)  # lengths nothing else in this process has asked for
built = [ffi.typeof(f"hb_codepoint_t[{n}]") for n in lengths]
for n in lengths:
    dict.pop(ffi._parsed_types, f"hb_codepoint_t[{n}]")
with ffi._lock:
    parsed = [ffi._get_cached_btype(ffi._parser.parse_type(f"hb_codepoint_t[{n}]")) for n in lengths]
assert all(a is b for a, b in zip(built, parsed, strict=True))
array = ffi.new("hb_codepoint_t[3]", [7, 8, 9])
assert list(array) == [7, 8, 9] and ffi.sizeof(array) == 12
assert ffi.typeof("unsigned int[4]") is ffi.typeof("unsigned int[4]")
try:
    ffi.typeof("no_such_type_t[3]")
except cffi.CDefError:
    print("ok")
"""


def test_fixed_size_array_types_are_cffi_own_types_without_its_parser() -> None:
    # _ArrayTypes builds `hb_codepoint_t[n]` (WeasyPrint's font subsetting) without pycparser: the
    # type must be the very object cffi's parse gives, and other type strings must behave as before.
    # In a fresh interpreter like the checks above: a test that imported WeasyPrint plainly before in
    # the same worker process would leave cffi's own type cache in place, and the check would see that.
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(
        [sys.executable, "-c", _ARRAY_TYPES_CHECK], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip().splitlines()[-1] == "ok"
