"""The writer registry: lazy builtins, suggestions for unknown names, Python registration."""

import zipfile
from importlib.metadata import distributions
from pathlib import Path
from typing import ClassVar

import pytest

from pressconv import registry
from pressconv.errors import MissingDependencyError, PluginError, UnknownFormatError
from pressconv.model import Release
from pressconv.registry import BUILTIN_WRITERS, get_writer, register_writer
from pressconv.writers.base import RenderContext


def test_unknown_format_suggests_the_closest_name() -> None:
    with pytest.raises(UnknownFormatError, match="did you mean pdf"):
        get_writer("pfd")


def test_builtin_names_cannot_be_taken_over() -> None:
    class Impostor:
        name: ClassVar[str] = "html"
        extension: ClassVar[str] = "htm"
        media_type: ClassVar[str] = "text/html"
        requires: ClassVar[tuple[str, ...]] = ()

        def render(self, release: Release, ctx: RenderContext) -> bytes:
            return b""

    with pytest.raises(PluginError, match="already registered"):
        register_writer(Impostor)


def test_registered_writer_is_found_case_insensitively() -> None:
    class Shout:
        name: ClassVar[str] = "shout-test"
        extension: ClassVar[str] = "txt"
        media_type: ClassVar[str] = "text/plain"
        requires: ClassVar[tuple[str, ...]] = ()

        def render(self, release: Release, ctx: RenderContext) -> bytes:
            return b"HELLO"

    register_writer(Shout)
    assert get_writer("SHOUT-test").extension == "txt"


def test_every_builtin_is_declared_with_module_and_class() -> None:
    assert {"html", "pdf", "epub", "docx", "easy", "json"} <= set(BUILTIN_WRITERS)


def test_a_writer_registered_over_a_builtin_is_what_formats_lists() -> None:
    from pressconv.registry import _registered, available_formats

    class Replacement:
        name: ClassVar[str] = "json"
        extension: ClassVar[str] = "model.json"
        media_type: ClassVar[str] = "application/json"
        requires: ClassVar[tuple[str, ...]] = ("pressconv_no_such_module",)

        def render(self, release: Release, ctx: RenderContext) -> bytes:
            return b"{}"

    register_writer(Replacement, replace=True)
    try:
        rows = [info for info in available_formats() if info.name == "json"]
        assert len(rows) == 1 and rows[0].extension == "model.json"
        assert not rows[0].installed and rows[0].missing == ("pressconv_no_such_module",)
        with pytest.raises(MissingDependencyError, match="pressconv_no_such_module"):
            get_writer("json")
    finally:
        del _registered["json"]


def _dist_info(site: Path, name: str, entry_points: str | None) -> None:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_the_plugin_precheck_finds_what_importlib_metadata_finds(tmp_path: Path) -> None:
    # The precheck spares `convert` the import of importlib.metadata; it may say "maybe" too
    # often, never "no" for a path where importlib.metadata finds a pressconv writer.
    _dist_info(tmp_path / "plain", "plain", "[console_scripts]\nplain = plain:main\n")
    _dist_info(tmp_path / "plain", "bare", None)
    _dist_info(tmp_path / "plugin", "shout", "[pressconv.writers]\nshout = shout:Writer\n")
    for folder, expected in (("plain", False), ("plugin", True)):
        path = (str(tmp_path / folder),)
        assert registry._may_declare_plugins(path) is expected
        found = [ep for dist in distributions(path=list(path)) for ep in dist.entry_points]
        assert any(ep.group == registry.ENTRY_POINT_GROUP for ep in found) is expected
    zipped = tmp_path / "site.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("x-1.0.dist-info/entry_points.txt", "[pressconv.writers]\nx = x:W\n")
    assert registry._may_declare_plugins((str(zipped),)) is True
