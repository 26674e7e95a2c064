"""Output paths that cannot leave their folder: the checks every output name of a batch passes."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from pressconv.errors import UsageError

__all__ = ["RESERVED_NAMES", "UnsafePathError", "safe_output_path"]

# Device names Windows reserves in every folder, with any extension (Win32 naming rules). An output
# called NUL.html or com1.pdf cannot be opened there, so a batch refuses them everywhere: out-dirs
# get copied between systems.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in (*range(10), "¹", "²", "³")}
    | {f"lpt{i}" for i in (*range(10), "¹", "²", "³")}
)


class UnsafePathError(UsageError):
    """An output path would leave the output folder or cannot be a portable file name."""


def _check_component(part: str, relative: PurePosixPath) -> None:
    if "\x00" in part:
        raise UnsafePathError(f"output path {str(relative)!r} contains a NUL character")
    if part in ("", ".", "..") or "/" in part or "\\" in part:
        raise UnsafePathError(f"output path {str(relative)!r} would leave the output folder")
    stem = part.split(".", 1)[0].rstrip(" ").lower()
    if stem in RESERVED_NAMES:
        raise UnsafePathError(f"output path {str(relative)!r} uses the reserved device name {part!r}")
    if part != part.rstrip(" .") or any(ord(c) < 32 for c in part):
        raise UnsafePathError(f"output path {str(relative)!r} has a name no file system accepts everywhere")


def safe_output_path(out_dir: Path, relative: str | PurePosixPath | Path) -> Path:
    """Return ``out_dir / relative``, refusing anything that could end up outside ``out_dir``.

    Refused: absolute paths, drive letters, ``..`` and ``.`` parts, backslashes, NUL and control
    characters, Windows device names, and symlinks inside ``out_dir`` that point out of it.
    """
    text = str(relative)
    if "\x00" in text:
        raise UnsafePathError(f"output path {text!r} contains a NUL character")
    if text.startswith(("/", "\\")) or (len(text) > 1 and text[1] == ":"):
        raise UnsafePathError(f"output path {text!r} is absolute")
    pure = PurePosixPath(text)
    if not pure.parts:
        raise UnsafePathError("output path is empty")
    for part in pure.parts:
        _check_component(part, pure)
    root = out_dir.resolve()
    candidate = root.joinpath(*pure.parts)
    # resolve() follows symlinks already present under out_dir: out/sub -> /etc must not work.
    if not candidate.resolve().is_relative_to(root):
        raise UnsafePathError(f"output path {text!r} leads out of {out_dir} (through a symlink)")
    # Checked on the resolved path, returned as the user wrote the folder (readable messages).
    return out_dir.joinpath(*pure.parts)
