"""The fast paths stay fast: `pressconv --help` and `--to html` must not import the heavy libraries.

No timings here (benchmarks are not tests; see bench/run.py): what is checked is which modules a
fresh interpreter has loaded, which is what the start-up time of those commands depends on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = CORPUS / "de-city-dortmund-seed.txt"

# Libraries that cost tenths of a second to import, and the writers and transforms that need them.
HEAVY = ("weasyprint", "pikepdf", "ebooklib", "docx", "rich", "wordfreq", "pyphen")

# Runs the console-script entry point in a fresh interpreter and reports, at exit, which modules
# were loaded; the report goes to stderr after a marker so that the command's own output stays.
_PROBE = """
import atexit, json, sys
atexit.register(lambda: print("LOADED:" + json.dumps(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["pressconv", *ARGS]
from pressconv.cli.app import main
main()
"""


def loaded_modules(*args: str, cwd: Path | None = None) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """Run ``pressconv ARGS`` in a fresh interpreter; return the modules it loaded and the result."""
    code = _PROBE.replace("ARGS", repr(list(args)))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1537444800"},
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("LOADED:")]
    assert lines, f"the probe reported nothing (exit {result.returncode}): {result.stderr[-2000:]}"
    return set(json.loads(lines[-1].removeprefix("LOADED:"))), result


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".", 1)[0] for name in modules}


def test_importing_the_cli_loads_nothing_heavy() -> None:
    code = "import json, sys; import pressconv.cli.app; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    modules = set(json.loads(result.stdout))
    assert not _top_level(modules) & {*HEAVY, "jinja2", "pydantic"}
    # The package's API names are loaded lazily (PEP 562): not even the model is imported.
    assert "pressconv.model" not in modules
    assert "pressconv.api" not in modules


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_load_nothing_heavy(flag: str) -> None:
    modules, result = loaded_modules(flag)
    assert result.returncode == 0, result.stderr
    assert "pressconv" in result.stdout
    assert not _top_level(modules) & {*HEAVY, "jinja2"}
    assert "pressconv.model" not in modules


def test_convert_help_loads_nothing_heavy() -> None:
    modules, result = loaded_modules("convert", "--help")
    assert result.returncode == 0, result.stderr
    assert not _top_level(modules) & set(HEAVY)


def test_to_html_does_not_load_weasyprint_or_the_other_writers(tmp_path: Path) -> None:
    modules, result = loaded_modules("convert", str(SEED), "--to", "html", "--out-dir", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "de-city-dortmund-seed.html").is_file()
    assert not _top_level(modules) & set(HEAVY)
    # A single input is converted in this process: no process pool is started.
    assert "concurrent.futures.process" not in modules


def test_the_public_api_names_still_resolve() -> None:
    import pressconv

    for name in pressconv.__all__:
        assert getattr(pressconv, name) is not None
    assert {"parse", "render", "convert"} <= set(dir(pressconv))
    with pytest.raises(AttributeError):
        _ = pressconv.no_such_name
