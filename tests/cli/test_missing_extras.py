"""A plain install without extras (issue 18 #2): html and json work, every other format exits 6 naming its extra.

The extras are hidden from one subprocess by the real import machinery: a ``sitecustomize`` on
PYTHONPATH puts a finder first on ``sys.meta_path`` that refuses the extras' top-level modules,
exactly as ``import`` behaves when a package is not installed. Nothing of pressconv is mocked.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.helpers import CORPUS, explain, run_cli

SEED = CORPUS / "de-city-dortmund-seed.txt"

# pyproject.toml [project.optional-dependencies]: the importable top-level module of each package.
EXTRAS = {
    "pdf": ("weasyprint", "pikepdf"),
    "epub": ("ebooklib",),
    "docx": ("docx",),
    "easy": ("wordfreq", "pyphen", "HanTa", "numpy"),
}

_BLOCKER = '''
import os
import sys

_BLOCKED = frozenset(os.environ["PRESSCONV_TEST_BLOCKED"].split(","))


class _NotInstalled:
    """Refuse the listed top-level modules as if their packages were not installed."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _NotInstalled())
'''


def _without(blocked: tuple[str, ...], site: Path) -> dict[str, str]:
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_BLOCKER, encoding="utf-8")
    return {
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "PRESSCONV_TEST_BLOCKED": ",".join(blocked),
    }


def _no_extras(site: Path) -> dict[str, str]:
    return _without(tuple(module for modules in EXTRAS.values() for module in modules), site)


def test_the_blocker_really_hides_a_module(tmp_path: Path) -> None:
    # Guards the test's own premise: with the blocker the extras cannot be imported at all.
    import subprocess
    import sys

    env = {**os.environ, **_no_extras(tmp_path / "site")}
    done = subprocess.run([sys.executable, "-c", "import wordfreq"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "No module named 'wordfreq'" in done.stderr


def test_formats_tells_what_a_plain_install_can_do(tmp_path: Path) -> None:
    listing = run_cli(["formats"], env=_no_extras(tmp_path / "site"))
    assert listing.returncode == 0, explain(listing)
    rows = {line.split()[0]: line for line in listing.stdout.splitlines()}
    assert rows["html"].endswith("ready") and rows["json"].endswith("ready")
    for extra in EXTRAS:
        assert "ready" not in rows[extra] and f"pip install 'pressconv[{extra}]'" in rows[extra], rows[extra]


def test_html_and_json_work_without_extras(tmp_path: Path) -> None:
    done = run_cli(["convert", SEED, "--to", "html,json", "-d", tmp_path / "out"], env=_no_extras(tmp_path / "site"))
    assert done.returncode == 0, explain(done)
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".html", ".json"]


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (["convert", SEED, "--to", "pdf"], "pdf"),
        (["convert", SEED, "--to", "epub"], "epub"),
        (["convert", SEED, "--to", "docx"], "docx"),
        (["convert", SEED, "--to", "easy"], "easy"),
        (["convert", SEED, "--to", "all"], "pdf"),
        (["convert", SEED, "--to", "html", "--easy"], "easy"),
        (["easy", SEED], "easy"),
    ],
)
def test_every_other_format_exits_6_naming_its_extra(args: list[str | Path], extra: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_cli([*args, "-d", out] if args[0] == "convert" else args, env=_no_extras(tmp_path / "site"))
    assert done.returncode == 6, explain(done)
    assert f"pip install 'pressconv[{extra}]'" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("pressconv: error:") == 1 and done.stdout == ""
    assert not out.exists()


def test_only_the_missing_extra_is_named(tmp_path: Path) -> None:
    # wordfreq alone missing: easy is unusable, the rest of the easy-less formats is ready.
    env = _without(("wordfreq",), tmp_path / "site")
    listing = run_cli(["formats"], env=env)
    rows = {line.split()[0]: line for line in listing.stdout.splitlines()}
    assert "missing: wordfreq;" in rows["easy"] and rows["pdf"].endswith("ready")
    done = run_cli(["convert", SEED, "--to", "easy", "-o", tmp_path / "x.leicht.html"], env=env)
    assert done.returncode == 6 and "wordfreq" in done.stderr, explain(done)
