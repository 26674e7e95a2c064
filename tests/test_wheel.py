"""The built wheel carries templates/ and styles/ and an installed (non-editable) copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_assets_and_renders_from_them(tmp_path: Path) -> None:
    # --no-build-isolation keeps the build offline: hatchling is in the dev extra.
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"),
            *("-w", str(tmp_path), str(ROOT)),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("pressconv-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for required in (
        "pressconv/templates/release.html.j2",
        "pressconv/styles/screen.css",
        "pressconv/styles/print.css",
        "pressconv/styles/fonts/OFL.txt",
        "pressconv/py.typed",
        # The place inference's gazetteer (issue 14), read from the package at run time.
        "pressconv/parser/gazetteer/towns.txt",
        "pressconv/parser/gazetteer/sections.tsv",
    ):
        assert required in names, f"{required} is missing from the wheel"
    assert any(n.startswith("pressconv/styles/fonts/") and n.endswith(".ttf") for n in names)

    # Run from the unpacked wheel only: its folder comes first on sys.path, ahead of the checkout.
    probe = (
        "import pressconv.resources as r, pressconv;"
        "from pressconv import parse, render;"
        "res = r.default_resources();"
        "print(res.template_dirs[0]); print(res.style_dirs[0]);"
        "html = render(parse('Titel\\n\\nEin Absatz mit Text.').release, 'html');"
        "print(len(html))"
    )
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    template_dir, style_dir, size = result.stdout.split()
    assert Path(template_dir) == site / "pressconv" / "templates"
    assert Path(style_dir) == site / "pressconv" / "styles"
    assert int(size) > 1000
