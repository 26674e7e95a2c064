"""The site index (`convert --site`) passes axe-core (WCAG 2.2 AA and best practice) and the Nu Html Checker
like the release pages: light and dark, at 320 CSS pixels, plain and with an organisation's branding."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.fixtures.releases import tiny_png
from tests.unit.test_site import RELEASES, run_pressconv
from tests.validators import tools

pytestmark = pytest.mark.validator

SITES = ("plain", "branded")
BRANDED_CONFIG = """\
organisation = "Stadt Musterstadt"
accent = "#0b5394"
footer = "Stadt Musterstadt, Presseamt, Marktplatz 1"

[logo]
path = "logo.png"
alt = "Wappen der Stadt Musterstadt"
"""


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the site over the whole corpus twice: without a configuration and with branding and a logo."""
    built: dict[str, Path] = {}
    for name in SITES:
        root = tmp_path_factory.mktemp(f"site-{name}")
        releases = root / "releases"
        releases.mkdir()
        for path in RELEASES:
            shutil.copy(path, releases / path.name)
        if name == "branded":
            (releases / "pressconv.toml").write_text(BRANDED_CONFIG, encoding="utf-8")
            (releases / "logo.png").write_bytes(tiny_png())
        out = root / "dist"
        completed = run_pressconv("convert", releases, "--to", "html,ninjs", "-d", out, "--site", out, "--quiet")
        assert completed.returncode == 0, completed.stderr
        built[name] = out / "index.html"
    return built


def test_vnu_reports_nothing(indexes: dict[str, Path]) -> None:
    results = tools.vnu_messages(list(indexes.values()))
    for name, path in indexes.items():
        assert results[path] == [], (name, results[path])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", SITES)
def test_axe_finds_no_violations(name: str, scheme: str, indexes: dict[str, Path], browser: tools.Browser) -> None:
    violations = browser.axe(indexes[name], color_scheme=scheme)  # type: ignore[arg-type]
    assert violations == [], tools.describe_violations(violations)


@pytest.mark.parametrize("name", SITES)
def test_axe_at_320_px(name: str, indexes: dict[str, Path], browser: tools.Browser) -> None:
    violations = browser.axe(indexes[name], viewport_width=320)
    assert violations == [], tools.describe_violations(violations)


@pytest.mark.parametrize("name", SITES)
def test_reflows_at_320_css_pixels(name: str, indexes: dict[str, Path], browser: tools.Browser) -> None:
    # WCAG 1.4.10 Reflow: 320 CSS px is 1280 px at 400 % zoom; nothing may scroll sideways.
    assert browser.scroll_width(indexes[name], width=320) <= 320


def test_branded_index_shows_the_logo_and_organisation(indexes: dict[str, Path], browser: tools.Browser) -> None:
    text = browser.inner_text(indexes["branded"])
    assert "Stadt Musterstadt" in text
    assert 'alt="Wappen der Stadt Musterstadt"' in indexes["branded"].read_text(encoding="utf-8")
