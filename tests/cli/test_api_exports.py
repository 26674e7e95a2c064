"""Embedding (issue 18 #10, the export part): load_config, Branding and make_context come from `pressconv`."""

from __future__ import annotations

from pathlib import Path

import pressconv
from tests.cli.helpers import CORPUS


def test_embedding_renders_with_the_config_file_like_the_cli(tmp_path: Path) -> None:
    (tmp_path / "pressconv.toml").write_text(
        'organisation = "Stadt Musterstadt"\nfooter = "Rathausplatz 1"\n', encoding="utf-8"
    )
    loaded = pressconv.load_config(None, inputs=[tmp_path])
    assert isinstance(loaded.branding, pressconv.Branding) and loaded.branding.footer == "Rathausplatz 1"
    result = pressconv.parse((CORPUS / "de-city-dortmund-seed.txt").read_bytes(), path="seed.txt")
    ctx = pressconv.make_context(result.release, branding=loaded.branding)
    page = pressconv.render(result.release, "html", ctx=ctx).decode("utf-8")
    assert "Rathausplatz 1" in page
    assert {"Branding", "load_config", "make_context"} <= set(pressconv.__all__)
