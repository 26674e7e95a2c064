"""Issue 17: exit codes are one IntEnum, and output-path safety lives in its own module."""

from __future__ import annotations

import ast
from enum import IntEnum
from pathlib import Path

import pressconv.batch
import pressconv.cli.app
from pressconv import paths
from pressconv.errors import ExitCode


def test_exit_codes_are_an_int_enum_with_interrupted() -> None:
    assert issubclass(ExitCode, IntEnum)
    assert ExitCode(130) is ExitCode.INTERRUPTED
    assert [int(code) for code in ExitCode] == [0, 1, 2, 3, 4, 5, 6, 70, 130]


def _int_literals_passed_to_exit(module: object) -> list[int]:
    """Bare numbers handed to sys.exit/os._exit or assigned to exit_code in a module's source."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    found: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("exit", "_exit"):
            found += [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, int)]
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, int)
            and any(isinstance(t, ast.Name) and t.id == "exit_code" for t in node.targets)
        ):
            found.append(node.value.value)
    return found


def test_batch_and_app_name_their_exit_codes() -> None:
    assert _int_literals_passed_to_exit(pressconv.batch) == []
    assert _int_literals_passed_to_exit(pressconv.cli.app) == []


def test_safe_output_path_lives_in_paths() -> None:
    assert paths.safe_output_path.__module__ == "pressconv.paths"
    assert "con" in paths.RESERVED_NAMES and "lpt¹" in paths.RESERVED_NAMES
    source = Path(pressconv.batch.__file__).read_text(encoding="utf-8")
    assert "def safe_output_path" not in source and "_RESERVED_NAMES" not in source
