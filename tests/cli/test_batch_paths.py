"""Planning a batch: input discovery, mirrored output paths, and paths that must never escape --out-dir."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressconv.batch import BatchSettings, collect_inputs, plan_batch
from pressconv.errors import InputError, UsageError
from pressconv.paths import UnsafePathError, safe_output_path

EXTENSIONS = {"html": "html", "json": "json", "pdf": "pdf"}


def _tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "top.txt").write_text("x", encoding="utf-8")
    (root / "a" / "one.txt").write_text("x", encoding="utf-8")
    (root / "a" / "b" / "two.txt").write_text("x", encoding="utf-8")
    (root / "a" / "notes.md").write_text("x", encoding="utf-8")
    (root / ".hidden" / "secret.txt").write_text("x", encoding="utf-8")


def test_folders_are_searched_recursively_for_txt_and_md_and_hidden_folders_skipped(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = collect_inputs([tmp_path])
    assert sorted(rel.as_posix() for _, rel in found) == ["a/b/two.txt", "a/notes.md", "a/one.txt", "top.txt"]
    assert all(".hidden" not in str(src) for src, _ in found)


def test_glob_selects_other_files_and_a_file_named_directly_is_taken_whatever_its_name(
    tmp_path: Path,
) -> None:
    _tree(tmp_path)
    assert [rel.as_posix() for _, rel in collect_inputs([tmp_path], "*.md")] == ["a/notes.md"]
    assert [rel.as_posix() for _, rel in collect_inputs([tmp_path / "a" / "notes.md"])] == ["notes.md"]


def test_missing_input_and_empty_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        collect_inputs([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no files matching"):
        collect_inputs([tmp_path / "empty"])


def test_the_same_file_twice_is_converted_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = collect_inputs([tmp_path / "top.txt", tmp_path / "top.txt", tmp_path])
    assert [src.name for src, _ in found if src is not None].count("top.txt") == 1


def test_outputs_mirror_the_input_tree_under_out_dir(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = tmp_path / "out"
    plan = plan_batch([tmp_path], BatchSettings(formats=("html", "json"), out_dir=out), extensions=EXTENSIONS)
    targets = {t.path.relative_to(out).as_posix() for job in plan.jobs for t in job.targets}
    assert targets == {
        "top.html",
        "top.json",
        "a/one.html",
        "a/one.json",
        "a/b/two.html",
        "a/b/two.json",
        "a/notes.html",
        "a/notes.json",
    }


def test_without_out_dir_outputs_go_next_to_the_input(tmp_path: Path) -> None:
    _tree(tmp_path)
    plan = plan_batch([tmp_path / "a" / "one.txt"], BatchSettings(formats=("pdf",)), extensions=EXTENSIONS)
    assert plan.jobs[0].targets[0].path == tmp_path / "a" / "one.pdf"


def test_the_out_dir_inside_an_input_folder_is_not_searched(tmp_path: Path) -> None:
    _tree(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("an output of an earlier run", encoding="utf-8")
    names = [rel.as_posix() for _, rel in collect_inputs([tmp_path], out_dir=out)]
    assert "out/old.txt" not in names


def test_two_inputs_writing_the_same_output_are_a_usage_error_naming_both(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "r.txt").write_text("1", encoding="utf-8")
    (tmp_path / "y" / "r.txt").write_text("2", encoding="utf-8")
    with pytest.raises(UsageError, match=r"x/r\.txt and .*y/r\.txt|y/r\.txt and .*x/r\.txt"):
        plan_batch(
            [tmp_path / "x" / "r.txt", tmp_path / "y" / "r.txt"],
            BatchSettings(formats=("html",), out_dir=tmp_path / "out"),
            extensions=EXTENSIONS,
        )


def test_stdin_gets_the_stem_stdin_and_goes_to_stdout_for_one_format(tmp_path: Path) -> None:
    plan = plan_batch(["-"], BatchSettings(formats=("html",)), extensions=EXTENSIONS, read_stdin=lambda: b"hi")
    assert plan.to_stdout and plan.jobs[0].data == b"hi"
    plan = plan_batch(
        ["-"],
        BatchSettings(formats=("html", "json"), out_dir=tmp_path),
        extensions=EXTENSIONS,
        read_stdin=lambda: b"hi",
    )
    assert not plan.to_stdout
    assert {t.path.name for t in plan.jobs[0].targets} == {"stdin.html", "stdin.json"}


def test_easy_summaries_are_named_leicht(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("x", encoding="utf-8")
    plan = plan_batch([tmp_path / "r.txt"], BatchSettings(formats=("html", "pdf"), easy=True), extensions=EXTENSIONS)
    assert [t.path.name for t in plan.jobs[0].targets] == ["r.html", "r.pdf", "r.leicht.html", "r.leicht.pdf"]


@pytest.mark.parametrize(
    "relative",
    [
        "../escape.html",
        "a/../../escape.html",
        "/etc/passwd",
        "\\\\server\\share\\x.html",
        "C:/Windows/x.html",
        "nul\x00.html",
        "NUL.html",
        "con.pdf",
        "a/COM1.txt.html",
        "lpt9",
        "trailing-dot.",
        "tab\there.html",
        "",
    ],
)
def test_unsafe_output_paths_are_refused(tmp_path: Path, relative: str) -> None:
    with pytest.raises(UnsafePathError):
        safe_output_path(tmp_path, relative)


def test_a_symlink_inside_out_dir_cannot_lead_outside(tmp_path: Path) -> None:
    out = tmp_path / "out"
    outside = tmp_path / "elsewhere"
    out.mkdir()
    outside.mkdir()
    os.symlink(outside, out / "sub")
    with pytest.raises(UnsafePathError, match="symlink"):
        safe_output_path(out, "sub/r.html")


def test_ordinary_names_are_accepted(tmp_path: Path) -> None:
    assert safe_output_path(tmp_path, PurePosixPath("2024/märz/pm-ü 1.html")) == (tmp_path / "2024" / "märz" / "pm-ü 1.html")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), min_size=1, max_size=4))
def test_no_relative_path_whatsoever_escapes_out_dir(parts: list[str]) -> None:
    # Property: whatever the parts are, the result is inside out_dir or the path is refused.
    out_dir = Path("/tmp/pressconv-property-out")
    relative = "/".join(parts)
    try:
        result = safe_output_path(out_dir, relative)
    except UnsafePathError:
        return
    assert result.resolve().is_relative_to(out_dir.resolve())
    assert "\x00" not in str(result)
