"""The writer registry: lazy builtins, suggestions for unknown names, Python registration."""

from typing import ClassVar

import pytest

from pressconv.errors import PluginError, UnknownFormatError
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
