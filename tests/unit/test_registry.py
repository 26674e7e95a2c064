"""The writer registry: lazy builtins, suggestions for unknown names, Python registration."""

from typing import ClassVar

import pytest

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
