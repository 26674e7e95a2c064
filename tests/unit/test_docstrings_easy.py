"""Every function of transforms/easy has a prose docstring (house style): read with ast, never imported."""

from __future__ import annotations

import ast
from pathlib import Path

EASY = Path(__file__).resolve().parents[2] / "src" / "pressconv" / "transforms" / "easy"


def undocumented(root: Path) -> list[str]:
    """``file:line name`` of every function, method and nested function below ``root`` without a docstring."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and ast.get_docstring(node) is None:
                found.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
    return found


def test_every_function_of_the_easy_summary_has_a_docstring() -> None:
    assert undocumented(EASY) == []


def test_the_check_finds_a_function_without_one(tmp_path: Path) -> None:
    (tmp_path / "module.py").write_text(
        '"""A module."""\n\n\ndef _helper() -> int:\n    return 1\n\n\ndef kept() -> int:\n    """One."""\n    return 1\n',
        encoding="utf-8",
    )
    assert undocumented(tmp_path) == ["module.py:4 _helper"]
