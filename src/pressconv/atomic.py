"""Atomic file writes: a temp file in the target folder, fsync, then rename; never a half-written output."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pressconv.errors import OutputError

__all__ = ["write_atomic"]


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the whole new one, nothing between.

    Without ``force`` an existing file is an error. A failure (disk full, permission) removes the
    temp file and raises OutputError with the reason.
    """
    if path.exists() and not force:
        raise OutputError(f"{path} exists; use --force to overwrite it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException as exc:
        # Also on KeyboardInterrupt: the partial temp file must not survive.
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
